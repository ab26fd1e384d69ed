import { describe, expect, it } from 'vitest'
import { auditCsv } from '../../src/admin/csv.ts'
import { diffVersions, fieldChanges } from '../../src/admin/diff.ts'
import { hashPassword, verifyPassword } from '../../src/admin/password.ts'

describe('passwords', () => {
  it('verifies the right password only, with the iteration count kept in the hash', async () => {
    const stored = await hashPassword('correct horse battery', 1000)
    expect(stored).toMatch(/^pbkdf2-sha256\$1000\$/)
    expect(await verifyPassword('correct horse battery', stored)).toBe(true)
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false)
    expect(await verifyPassword('x', 'md5$1$a$b')).toBe(false)
    expect(await hashPassword('same', 1000)).not.toBe(await hashPassword('same', 1000)) // salted
  })
})

describe('version diffs', () => {
  it('names rows by id, so a moved row is not a change and a changed field is one line', () => {
    const before = 'agencies:\n- id: a\n  phone: 044-1-1111\n- id: b\n  phone: null\n'
    const after = 'agencies:\n- id: b\n  phone: null\n- id: a\n  phone: 044-1-2222\n'
    expect(fieldChanges(before, after)).toEqual([
      { path: 'agencies (a).phone', before: '044-1-1111', after: '044-1-2222' },
    ])
  })

  it('shows flows as a text diff and the directory as fields', () => {
    const diff = diffVersions(
      [
        { path: 'flows/main.yaml', text: 'a:\n  text: こんにちは\n' },
        { path: 'data/kawasaki/wards.yaml', text: 'x: 1\n' },
      ],
      [
        { path: 'flows/main.yaml', text: 'a:\n  text: こんばんは\n' },
        { path: 'data/kawasaki/wards.yaml', text: 'x: 2\n' },
      ],
    )
    expect(diff[0]).toEqual({
      file: 'data/kawasaki/wards.yaml',
      kind: 'fields',
      changes: [{ path: 'x', before: '1', after: '2' }],
    })
    expect(diff[1]?.kind).toBe('text')
    expect(diff[1]?.kind === 'text' && diff[1].patch).toContain('-  text: こんにちは\n+  text: こんばんは')
  })
})

describe('audit CSV', () => {
  it('quotes commas and quotes, and never lets a cell start a formula', () => {
    const csv = auditCsv([
      { seq: 1, at: 't', actor: '=HYPERLINK("x")', action: 'edit', target: 'a,b', detail: 'say "hi"' },
    ])
    expect(csv.split('\r\n')[1]).toBe(`1,t,"'=HYPERLINK(""x"")",edit,"a,b","say ""hi"""`)
  })
})
