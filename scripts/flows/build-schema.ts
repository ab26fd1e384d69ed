import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { flowFileSchema } from '../../src/flow/schema.ts'
import { repoRoot } from './load.ts'

/** flows/schema.json for editor completion (yaml-language-server). Generated: do not edit by hand. */
export const flowJsonSchema = () => ({
  ...z.toJSONSchema(flowFileSchema, { io: 'input', target: 'draft-7' }),
  title: 'soudan-router flow file (flows/*.yaml)',
})

if (process.argv[1]?.endsWith('build-schema.ts')) {
  const out = join(repoRoot, 'flows', 'schema.json')
  writeFileSync(out, `${JSON.stringify(flowJsonSchema(), null, 2)}\n`)
  console.log(`wrote ${out}`)
}
