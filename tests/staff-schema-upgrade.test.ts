import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../scripts/flows/load.ts'
import { parentOf, RECORD, type SchemaKeys, schemaKeys } from '../scripts/flows/schema-keys.ts'

// Staff publish versions of these files in the console, and every server serves the published version
// (src/admin/live-service.ts). A key that a new release makes required, under a part those versions already
// have, makes every one of them unreadable on deploy: the servers fall back to the repo's YAML and the
// staff's published edits stop reaching residents (dialogs10's handlers.crisis.again did this, caught at
// merge on 2026-12-07). New keys are optional, with a fallback in the code; the record in RECORD holds the
// keys as they were published.

const record = JSON.parse(readFileSync(join(repoRoot, RECORD), 'utf8')) as Record<string, SchemaKeys>

/** Keys required now that published versions may lack, as `file › path: message` lines. */
const newlyRequired = (before: Record<string, SchemaKeys>, now: Record<string, SchemaKeys>) =>
  Object.entries(now).flatMap(([file, { required }]) => {
    const was = before[file]
    if (!was) return []
    const known = new Set(was.keys)
    const wasRequired = new Set(was.required)
    return required
      .filter((p) => !wasRequired.has(p) && (parentOf(p) === '' || known.has(parentOf(p))))
      .map(
        (p) =>
          `${file} › ${p}: 公開済みの版にないキーが必須になっています。.optional() にして、ないときの扱いをコードに書いてください（必須にするなら、保存済みの版の移行を書いてから ${RECORD} を更新します）`,
      )
  })

describe('staff files published before this release', () => {
  it('stay readable: no key they lack is required now', () => {
    expect(newlyRequired(record, schemaKeys())).toEqual([])
  })

  it('would be caught: a key made required under handlers.crisis, or in every agency row', () => {
    const now = schemaKeys()
    const flows = now['flows/schema.json']!
    const agencies = now['data/schemas/agencies.schema.json']!
    const tightened = {
      ...now,
      'flows/schema.json': { ...flows, required: [...flows.required, 'handlers.crisis.again'] },
      'data/schemas/agencies.schema.json': {
        ...agencies,
        required: [...agencies.required, 'agencies[].languages'],
      },
    }
    expect(newlyRequired(record, tightened).map((l) => l.split(':')[0])).toEqual([
      'flows/schema.json › handlers.crisis.again',
      'data/schemas/agencies.schema.json › agencies[].languages',
    ])
    // A required key inside a new optional part is no danger: published versions do not have the part.
    const withNewPart = {
      ...now,
      'flows/schema.json': { ...flows, required: [...flows.required, 'extras.note'] },
    }
    expect(newlyRequired(record, withNewPart)).toEqual([])
  })
})
