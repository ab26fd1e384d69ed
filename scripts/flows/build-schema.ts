import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { routingFileSchema } from '../../src/directory/routing-schema.ts'
import { flowFileSchema } from '../../src/flow/schema.ts'
import { repoRoot } from './load.ts'

/** flows/schema.json for editor completion (yaml-language-server). Generated: do not edit by hand. */
export const flowJsonSchema = () => ({
  ...z.toJSONSchema(flowFileSchema, { io: 'input', target: 'draft-7' }),
  title: 'soudan-router flow file (flows/*.yaml)',
})

/** flows/routing.schema.json: where each concern goes, including the per-ward lists (by_ward). */
export const routingJsonSchema = () => ({
  ...z.toJSONSchema(routingFileSchema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }),
  title: 'soudan-router routing rules (flows/routing.yaml)',
})

if (process.argv[1]?.endsWith('build-schema.ts')) {
  for (const [name, schema] of [
    ['schema.json', flowJsonSchema()],
    ['routing.schema.json', routingJsonSchema()],
  ] as const) {
    const out = join(repoRoot, 'flows', name)
    writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`)
    console.log(`wrote ${out}`)
  }
}
