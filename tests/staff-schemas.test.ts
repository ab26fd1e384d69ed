import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { schemaText, staffSchemas } from '../scripts/flows/build-schema.ts'
import { repoRoot } from '../scripts/flows/load.ts'

// Every file staff edit has a JSON Schema made from the zod schema that parses it, so an editor
// underlines a mistake before the check runs. The schemas are committed; this fails when one is stale.

describe('JSON Schemas of the staff files (npm run build:schema)', () => {
  it.each(staffSchemas().map((s) => [s.path, s.schema] as const))('%s is up to date', (path, schema) => {
    // Byte for byte: Biome leaves the generated schemas alone (biome.json), so the file is what the build wrote.
    expect(readFileSync(join(repoRoot, path), 'utf8')).toBe(schemaText(schema))
  })

  it('the routing schema describes the per-ward lists', () => {
    expect(readFileSync(join(repoRoot, 'flows/routing.schema.json'), 'utf8')).toContain('by_ward')
  })

  it.each(['agencies', 'hotlines', 'wards', 'houkatsu', 'additions'])(
    'data/kawasaki/%s.yaml points editors at its schema',
    (name) => {
      const first = readFileSync(join(repoRoot, 'data/kawasaki', `${name}.yaml`), 'utf8').split('\n')[0]
      expect(first).toBe(`# yaml-language-server: $schema=../schemas/${name}.schema.json`)
    },
  )
})
