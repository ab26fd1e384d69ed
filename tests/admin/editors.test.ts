import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { applyRoutingEdit, candidateRows, moveRow, ROUTING_FILE } from '../../src/admin/edit/routing-edit.ts'
import { editYamlText } from '../../src/admin/edit/yaml-text.ts'
import { repoVersionFiles } from '../../src/admin/node.ts'
import { checkVersionFiles } from '../../src/admin/validate.ts'
import type { VersionFile } from '../../src/core/console-store.ts'
import { PASSWORD, startConsole } from './harness.ts'

// The editors' form → YAML mappings (pure), and their routes on a real console: each save lands in the
// draft through the project's checks, and a bad value comes back as `file › path: message` by its field.

const files: VersionFile[] = await repoVersionFiles()
const text = (fs: VersionFile[], path: string) => fs.find((f) => f.path === path)!.text

describe('YAML edits keep the rest of the file as it was', () => {
  it('changes one value and leaves comments, folded text and quoting alone', () => {
    const before = text(files, ROUTING_FILE)
    const after = editYamlText(before, (doc) => doc.setIn(['max_cards'], 4))
    expect(after).toBe(before.replace('max_cards: 3', 'max_cards: 4'))
    const intents = text(files, 'intents/dementia.yaml')
    const edited = editYamlText(intents, (doc) => doc.setIn(['examples', 0], '母の物忘れ'))
    const lines = (t: string) => t.split('\n')
    const changed = lines(edited).filter((l, i) => l !== lines(intents)[i])
    expect(changed).toEqual(['  - 母の物忘れ'])
  })
})

describe('routing form ↔ flows/routing.yaml', () => {
  it('reads a list as rows, the short form as an agency row', () => {
    const rows = candidateRows(files, 'dementia', null)!
    expect(rows[0]).toEqual({ type: 'houkatsu', value: '', reason: '', ages: '' })
    expect(rows[1]).toEqual({ type: 'ward_section', value: 'korei-shogai', reason: '', ages: '' })
    expect(candidateRows(files, 'dementia', 'nakahara')).toBeNull()
  })

  it('moves rows up and down and removes one; out of range leaves them', () => {
    expect(moveRow(['a', 'b', 'c'], 'up:1')).toEqual(['b', 'a', 'c'])
    expect(moveRow(['a', 'b', 'c'], 'down:1')).toEqual(['a', 'c', 'b'])
    expect(moveRow(['a', 'b', 'c'], 'remove:0')).toEqual(['b', 'c'])
    expect(moveRow(['a', 'b'], 'up:0')).toEqual(['a', 'b'])
    expect(moveRow(['a', 'b'], 'down:1')).toEqual(['a', 'b'])
  })

  it('writes a ward-only list under by_ward that the project accepts, and removes it again', () => {
    const rows = [
      {
        type: 'agency' as const,
        value: 'kanagawa-carer-denwa',
        reason: '中原区では、まずこちらへ',
        ages: '',
      },
      ...candidateRows(files, 'dementia', null)!,
    ]
    const added = applyRoutingEdit(files, 'dementia', 'nakahara', rows)
    expect(added.problems).toEqual([])
    const rule = parse(text(added.files, ROUTING_FILE)).concerns.dementia
    expect(rule.by_ward.nakahara[0]).toEqual({
      agency: 'kanagawa-carer-denwa',
      reason: '中原区では、まずこちらへ',
    })
    expect(rule.candidates).toEqual(parse(text(files, ROUTING_FILE)).concerns.dementia.candidates)
    expect(checkVersionFiles(added.files)).toEqual([])
    const removed = applyRoutingEdit(added.files, 'dementia', 'nakahara', null)
    expect(text(removed.files, ROUTING_FILE)).toBe(text(files, ROUTING_FILE))
  })

  it('refuses a row with no id, and an unknown id comes back from the checks with its row', () => {
    const blank = applyRoutingEdit(files, 'dementia', null, [
      { type: 'agency', value: ' ', reason: 'x', ages: '' },
    ])
    expect(blank.problems[0]).toMatchObject({ file: ROUTING_FILE, path: 'concerns.dementia.candidates[0]' })
    const wrong = applyRoutingEdit(files, 'dementia', 'nakahara', [
      { type: 'agency', value: 'no-such-office', reason: '', ages: '' },
    ])
    expect(wrong.problems).toEqual([])
    const problems = checkVersionFiles(wrong.files)
    expect(problems.map((p) => `${p.file} › ${p.path}: ${p.message}`)).toEqual([
      expect.stringMatching(/^flows\/routing\.yaml › concerns\.dementia\.by_ward\.nakahara\[0\]/),
    ])
  })
})

describe('editor routes', () => {
  let s: Awaited<ReturnType<typeof startConsole>>
  let cookie: string
  let draft: number
  beforeAll(async () => {
    s = await startConsole()
    const res = await s.app.request('/admin/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'sato', password: PASSWORD }),
    })
    cookie = res.headers.get('set-cookie')!.split(';')[0]!
    draft = await s.staff.createDraft({ name: 'sato', role: 'editor' }, 'editors test')
  })
  afterAll(async () => {
    await s.close()
  })
  const get = (path: string) => s.app.request(path, { headers: { cookie } })
  const post = (path: string, body: Record<string, string>) =>
    s.app.request(path, {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    })
  const revision = async () => (await s.staff.version(draft)).revision

  it('moves a routing row without saving, saves a ward override, and shows a bad id by its row', async () => {
    const page = await get(`/admin/versions/${draft}/routing/dementia?ward=nakahara`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('中原区だけの並びはまだありません')
    const form = {
      revision: String(await revision()),
      ward: 'nakahara',
      rows: '3',
      'type.0': 'houkatsu',
      'value.0': '',
      'type.1': 'agency',
      'value.1': 'kanagawa-carer-denwa',
      'reason.1': '中原区では、まずこちらへ',
      'type.2': 'agency',
      'value.2': '',
    }
    const moved = await post(`/admin/versions/${draft}/routing/dementia`, { ...form, op: 'up:1' })
    expect(moved.status).toBe(200)
    const html = await moved.text()
    expect(html.indexOf('kanagawa-carer-denwa" list')).toBeLessThan(html.indexOf('name="type.1"'))
    expect(html).toContain('まだ保存していません')
    expect((await s.staff.version(draft)).revision).toBe(Number(form.revision))

    const bad = await post(`/admin/versions/${draft}/routing/dementia`, {
      ...form,
      'value.1': 'kanagawa-carer-denwaa',
      op: 'save',
    })
    expect(bad.status).toBe(422)
    const badHtml = await bad.text()
    expect(badHtml).toContain('flows/routing.yaml › concerns.dementia.by_ward.nakahara[1]')
    expect(badHtml).toMatch(/id="value-1"[^>]*aria-invalid="true"/)

    const saved = await post(`/admin/versions/${draft}/routing/dementia`, { ...form, op: 'save' })
    expect(saved.status).toBe(303)
    const v = await s.staff.version(draft)
    expect(parse(text(v.files, ROUTING_FILE)).concerns.dementia.by_ward.nakahara[1].agency).toBe(
      'kanagawa-carer-denwa',
    )
    const audit = await s.staff.audit({ action: 'edit' })
    expect(audit.at(-1)).toMatchObject({ actor: 'sato', target: `v${draft} › routing › dementia › nakahara` })
  })
})
