// The keys of the staff files' JSON Schemas (scripts/flows/build-schema.ts), as paths: every key a file may
// have, and the ones it must have. tests/staff-schema-upgrade.test.ts compares them with the record in
// tests/fixtures/staff-schema-keys.json, so that a key made required under a part published versions already
// have fails a test before a deploy makes every stored version unreadable (src/admin/live-service.ts then
// serves the repo's YAML, not the staff's edits). `npx tsx scripts/flows/schema-keys.ts --write` updates
// the record after a deliberate change (a required key added together with a migration of stored versions).

import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { staffSchemas } from './build-schema.ts'
import { repoRoot } from './load.ts'

export const RECORD = 'tests/fixtures/staff-schema-keys.json'

export interface SchemaKeys {
  /** Every key path (`handlers.crisis.again`, `agencies[].phone`, `concerns.*.by_ward`). */
  keys: string[]
  /** The paths whose key must be present when its parent is. */
  required: string[]
}

type Json = { [k: string]: unknown }

const walk = (node: unknown, path: string, out: { keys: Set<string>; required: Set<string> }): void => {
  if (node === null || typeof node !== 'object') return
  const s = node as Json
  const props = (s.properties ?? {}) as Record<string, unknown>
  const required = new Set((s.required ?? []) as string[])
  for (const [key, child] of Object.entries(props)) {
    const p = path ? `${path}.${key}` : key
    out.keys.add(p)
    if (required.has(key)) out.required.add(p)
    walk(child, p, out)
  }
  // An array's items and a map's values are parts too: a published row has them whenever it has the array.
  for (const [part, child] of [
    [`${path}[]`, s.items],
    [`${path}.*`, typeof s.additionalProperties === 'object' ? s.additionalProperties : null],
  ] as const) {
    if (!child) continue
    out.keys.add(part)
    walk(child, part, out)
  }
  for (const alt of ['anyOf', 'oneOf', 'allOf'] as const)
    for (const branch of (s[alt] ?? []) as unknown[]) walk(branch, path, out)
}

/** Each staff schema's keys, by the schema file's path. */
export const schemaKeys = (): Record<string, SchemaKeys> =>
  Object.fromEntries(
    staffSchemas().map(({ path, schema }) => {
      const out = { keys: new Set<string>(), required: new Set<string>() }
      walk(schema, '', out)
      return [path, { keys: [...out.keys].sort(), required: [...out.required].sort() }]
    }),
  )

/** The parent of a key path ('' for a top-level key). */
export const parentOf = (path: string): string => path.match(/^(.*)(?:\.[^.[\]]+|\[\])$/)?.[1] ?? ''

if (process.argv[1]?.endsWith('schema-keys.ts') && process.argv.includes('--write')) {
  const out = join(repoRoot, RECORD)
  writeFileSync(out, `${JSON.stringify(schemaKeys(), null, 2)}\n`)
  // In the repository's own layout, so that `biome check` passes on the record as written.
  execFileSync(process.execPath, [
    join(repoRoot, 'node_modules/@biomejs/biome/bin/biome'),
    'format',
    '--write',
    out,
  ])
  console.log(`wrote ${RECORD}`)
}
