import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { agencyRowSchema, hotlineRowSchema } from '../../src/directory/schema.ts'

// verified: true without a source was accepted (issue 14); now the row is refused at `verified`.

const agency = {
  id: 'test-office',
  name: 'テスト相談室',
  kind: 'ward_mimamori',
  phone: '044-000-0000',
  address: null,
  hours: null,
  serves: ['other'],
  area: { scope: 'city' },
  urgent: false,
  verified: true,
}
const hotline = {
  id: 'test-line',
  name: 'テスト電話',
  kind: 'city_callcenter',
  number: '044-000-0000',
  hours: null,
  serves: ['other'],
  urgent: false,
  scope: 'kawasaki',
  verified: true,
}
const issues = (r: z.ZodSafeParseResult<unknown>) =>
  r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)

describe('verified needs a source', () => {
  it.each([
    ['agency', agencyRowSchema, agency],
    ['hotline', hotlineRowSchema, hotline],
  ] as const)('refuses a verified %s with no source, or only another project’s code', (_, schema, row) => {
    const none = issues(schema.safeParse(row))
    expect(none).toEqual([expect.stringMatching(/^verified: verified: true には出典が必要です/)])
    const code = schema.safeParse({
      ...row,
      sources: [{ url: 'https://github.com/x/y', kind: 'third_party_code' }],
    })
    expect(issues(code)).toHaveLength(1)
  })

  it('accepts a verified row with an official source, and an unverified row with none', () => {
    expect(
      issues(
        agencyRowSchema.safeParse({
          ...agency,
          sources: [{ url: 'https://www.city.kawasaki.jp/', kind: 'official' }],
        }),
      ),
    ).toEqual([])
    expect(issues(agencyRowSchema.safeParse({ ...agency, source: 'https://www.city.kawasaki.jp/' }))).toEqual(
      [],
    )
    expect(issues(agencyRowSchema.safeParse({ ...agency, verified: false }))).toEqual([])
  })
})
