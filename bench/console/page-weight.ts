import { gzipSync } from 'node:zlib'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { bundledModels } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { PASSWORD, startConsole } from '../../tests/admin/harness.ts'

// npm run bench:console — the staff console's page weight: each main page's HTML as served, plus the
// one stylesheet every page links (cached after the first page) and the script (none), raw and gzipped.
// Office PCs in a closed network are often on a thin shared line; this is what one page costs.

const s = await startConsole({
  nlu: await createNlu({ loader: nodeDictionaryLoader(), models: bundledModels }),
})
const signIn = await s.app.request('/admin/api/session', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ user: 'sato', password: PASSWORD }),
})
const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!
const editor = { name: 'sato', role: 'editor' as const }
const id = await s.staff.createDraft(editor, '中原区の番号を更新')
const agency = 'kids-support-nakahara'
await s.staff.editAgency(
  editor,
  id,
  agency,
  { phone: '044-789-0000', hours: '', sourceUrl: 'https://www.city.kawasaki.jp/', asOf: '2026-12-01' },
  0,
)
await s.check(id)
const get = async (path: string) => (await s.app.request(path, { headers: { cookie } })).text()
const post = async (path: string, body: Record<string, string>) =>
  (
    await s.app.request(path, {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    })
  ).text()

const pages: [string, string][] = [
  ['サインイン /admin/login', await (await s.app.request('/admin/login')).text()],
  ['版の一覧 /admin', await get('/admin')],
  [`下書き /admin/versions/${id}`, await get(`/admin/versions/${id}`)],
  ['窓口の編集', await get(`/admin/versions/${id}/agencies/${agency}`)],
  ['チェック（結果あり）', await get(`/admin/versions/${id}/check`)],
  [
    'シミュレーター（1往復）',
    await post(`/admin/versions/${id}/simulator`, { text: '中原区 子育て', at: 'weekday' }),
  ],
  ['操作の記録', await get('/admin/audit')],
]
const css = await (await s.app.request('/admin/console.css')).text()
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const gz = (t: string) => gzipSync(Buffer.from(t, 'utf8')).length
const scripts = pages.reduce((n, [, html]) => n + (html.match(/<script/g)?.length ?? 0), 0)
console.log('| 画面 | HTML | HTML（gzip） | 初回（HTML+CSS、gzip） |')
console.log('| --- | ---: | ---: | ---: |')
for (const [name, html] of pages) {
  const bytes = Buffer.byteLength(html)
  console.log(`| ${name} | ${kb(bytes)} | ${kb(gz(html))} | ${kb(gz(html) + gz(css))} |`)
}
console.log(
  `\nconsole.css: ${kb(Buffer.byteLength(css))}, gzip ${kb(gz(css))}; script tags on these pages: ${scripts}`,
)
await s.close()
process.exit(0)
