import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { applyIntentEdit, examplesOf, intentForm } from '../../src/admin/edit/intents-edit.ts'
import { applyRoutingEdit, candidateRows, moveRow, ROUTING_FILE } from '../../src/admin/edit/routing-edit.ts'
import { applyTextEdit, type TextRow, textRows } from '../../src/admin/edit/texts-edit.ts'
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
      ...candidateRows(files, 'dementia', null)!.filter((r) => r.value !== 'kanagawa-carer-denwa'),
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

  it('refuses the same office twice in one list, naming the later row', () => {
    const rows = candidateRows(files, 'dementia', null)!
    const twice = applyRoutingEdit(files, 'dementia', 'nakahara', [
      ...rows,
      { ...rows[1]!, reason: '別の理由' },
    ])
    expect(twice.problems).toEqual([
      expect.objectContaining({
        path: `concerns.dementia.by_ward.nakahara[${rows.length}]`,
        message: expect.stringContaining('2行目と同じ窓口'),
      }),
    ])
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

describe('texts form ↔ flows/*.yaml and flows/locales/*.yaml', () => {
  const rows = textRows(files) as TextRow[]
  const row = (key: string) => rows.find((r) => r.key === key)!

  it('lists every key with its Japanese source, its file, and only the translations that exist', () => {
    expect(row('ui.call')).toMatchObject({ sourceFile: 'flows/locales/ja.yaml', source: '電話をかける' })
    expect(row('ui.call').texts.en).toBe('Call')
    expect(row('nodes.triage_again.text')).toMatchObject({ sourceFile: 'flows/elderly.yaml' })
    expect(row('wards.nakahara').sourceFile).toBeNull()
  })

  it('writes a translation into its language file only, and an empty one removes it (shown as missing)', () => {
    const edited = applyTextEdit(files, 'ui.call', {
      source: '電話をかける',
      texts: { ...row('ui.call').texts, en: 'Phone' },
    })
    expect(edited.problems).toEqual([])
    const changed = edited.files.filter((f, i) => f.text !== files[i]!.text).map((f) => f.path)
    expect(changed).toEqual(['flows/locales/en.yaml'])
    expect(text(edited.files, 'flows/locales/en.yaml')).toBe(
      text(files, 'flows/locales/en.yaml').replace('  call: Call\n', '  call: Phone\n'),
    )
    const removed = applyTextEdit(files, 'ui.call', {
      source: '電話をかける',
      texts: { ...row('ui.call').texts, en: '' },
    })
    const after = (textRows(removed.files) as TextRow[]).find((r) => r.key === 'ui.call')!
    expect(after.texts.en).toBeUndefined()
    expect(after.texts['ja-easy']).toBe(row('ui.call').texts['ja-easy'])
  })

  it('writes the Japanese source of a flow text into its flow file, and refuses an empty one', () => {
    const key = 'nodes.triage_again.text'
    const edited = applyTextEdit(files, key, {
      source: 'メニューからお選びください。',
      texts: row(key).texts,
    })
    expect(text(edited.files, 'flows/elderly.yaml')).toContain('text: メニューからお選びください。')
    expect(checkVersionFiles(edited.files)).toEqual([])
    const empty = applyTextEdit(files, key, { source: ' ', texts: row(key).texts })
    expect(empty.problems[0]).toMatchObject({ file: 'flows/elderly.yaml', path: key })
  })

  it('finds the source of a menu label, a classify choice and a handler in their files', () => {
    for (const [key, file, from, to] of [
      ['menu.disability', 'flows/main.yaml', 'label: 障害のこと', 'label: 障害のあること'],
      [
        'nodes.menu_elderly.choices.dementia',
        'flows/elderly.yaml',
        'label: 物忘れ・認知症',
        'label: もの忘れ・認知症',
      ],
    ] as const) {
      const edited = applyTextEdit(files, key, { source: to.replace('label: ', ''), texts: row(key).texts })
      expect(edited.problems, key).toEqual([])
      expect(text(edited.files, file), key).toBe(text(files, file).replace(from, to))
    }
    const handler = rows.find((r) => r.key.startsWith('handlers.'))!
    const edited = applyTextEdit(files, handler.key, { source: `${handler.source}。`, texts: handler.texts })
    expect((textRows(edited.files) as TextRow[]).find((r) => r.key === handler.key)?.source).toBe(
      `${handler.source}。`,
    )
  })

  it('the project refuses a translation with a placeholder its source does not have', () => {
    const edited = applyTextEdit(files, 'ui.reason', {
      source: row('ui.reason').source,
      texts: { ...row('ui.reason').texts, en: 'A place to talk about: {concen}' },
    })
    expect(checkVersionFiles(edited.files)).toEqual([
      expect.objectContaining({
        file: 'flows/locales/en.yaml',
        path: 'ui.reason',
        message: expect.stringContaining('{concen}'),
      }),
    ])
  })
})

describe('intents form ↔ intents/<label>.yaml', () => {
  const form = intentForm(files, 'dementia')!

  it('reads examples and counter-examples, and writes an added example as one new line', () => {
    expect(form.examples.length).toBeGreaterThan(20)
    expect(form.counter[0]).toMatchObject({ text: '子どもの頃から物忘れが多い', expected: 'other' })
    const edited = applyIntentEdit(files, 'dementia', {
      examples: [...form.examples, '母が同じ話ばかりします'],
      counter: form.counter,
    })
    expect(edited.problems).toEqual([])
    const before = text(files, 'intents/dementia.yaml').split('\n')
    const after = text(edited.files, 'intents/dementia.yaml').split('\n')
    expect(after.length).toBe(before.length + 1)
    expect(after.filter((l) => !before.includes(l))).toEqual(['  - 母が同じ話ばかりします'])
    expect(checkVersionFiles(edited.files)).toEqual([])
  })

  it('drops blank lines, and refuses duplicates, an example that is also a counter-example, and an empty list', () => {
    expect(examplesOf(' a \n\n b\r\n')).toEqual(['a', 'b'])
    const dup = applyIntentEdit(files, 'dementia', { examples: ['物忘れ', '物忘れ'], counter: [] })
    expect(dup.problems).toEqual([
      expect.objectContaining({ path: 'examples.1', message: expect.stringContaining('1行目と同じ') }),
    ])
    const both = applyIntentEdit(files, 'dementia', {
      examples: ['物忘れ'],
      counter: [{ text: '物忘れ', expected: 'other', why: '' }],
    })
    expect(both.problems[0]).toMatchObject({ path: 'counter_examples.0.text' })
    expect(applyIntentEdit(files, 'dementia', { examples: [], counter: [] }).problems[0]).toMatchObject({
      path: 'examples',
    })
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

  it('shows missing translations as missing and saves one key in every language', async () => {
    const table = await (await get(`/admin/versions/${draft}/texts?lang=en&missing=1`)).text()
    expect(table).toContain('キー × 言語')
    const page = await get(`/admin/versions/${draft}/texts/ui.call`)
    expect(await page.text()).toContain('English（en）')
    const bad = await post(`/admin/versions/${draft}/texts/ui.reason`, {
      revision: String(await revision()),
      source: '{concern}のご相談先です',
      'text.en': 'For {concen}',
    })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toMatch(
      /id="text-en"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="text-en"/,
    )
    const ok = await post(`/admin/versions/${draft}/texts/ui.call`, {
      revision: String(await revision()),
      source: '電話をかける',
      'text.en': 'Phone',
    })
    expect(ok.status).toBe(303)
    const v = await s.staff.version(draft)
    expect(text(v.files, 'flows/locales/en.yaml')).toContain('  call: Phone\n')
    // Languages left empty on the form lost their translation: they fall back to やさしい日本語.
    expect(text(v.files, 'flows/locales/ko.yaml')).not.toMatch(/^ {2}call:/m)
  })

  it('saves intents examples and shows a duplicate by the textarea', async () => {
    const bad = await post(`/admin/versions/${draft}/intents/dementia`, {
      revision: String(await revision()),
      examples: '物忘れ\n物忘れ',
      rows: '0',
    })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('intents/dementia.yaml › examples.1:')
  })

  it("shows any version's files read-only, and refuses editors on a live version", async () => {
    const list = await get('/admin/versions/1/files')
    expect(await list.text()).toContain('flows/routing.yaml')
    const file = await get('/admin/versions/1/files/flows/routing.yaml')
    expect(await file.text()).toContain('max_cards: 3')
    expect((await get('/admin/versions/1/routing')).status).toBe(409)
  })
})
