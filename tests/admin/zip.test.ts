import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_COOKIE } from '../../src/admin/routes.tsx'
import type { VersionFile } from '../../src/core/console-store.ts'
import { PASSWORD, startConsole } from './harness.ts'

// The console's .zip: any version downloads as the export tree, audited; such a .zip uploads as a new
// draft after the CLI import's checks; every refusal (a path out of the tree, too big, a zip bomb, bad
// YAML, not UTF-8, a wrong role, no session, another site's form) names the entry and the fix and makes
// no draft.

const ORIGIN = 'http://localhost'
type Stack = Awaited<ReturnType<typeof startConsole>>

let s: Stack
let v1: VersionFile[]
beforeAll(async () => {
  s = await startConsole()
  await s.staff.addUser('cli', 'yamada', 'viewer', PASSWORD)
  v1 = (await s.staff.version(1)).files
})
afterAll(async () => {
  await s.close()
})

/** A session cookie for `user` (signing in through the form and the API is tested in routes.test.ts). */
const cookieOf = async (user: string) =>
  `${SESSION_COOKIE}=${(await s.staff.signIn(user, PASSWORD)).session.id}`

const byPath = (fs: VersionFile[]) => Object.fromEntries(fs.map((f) => [f.path, f.text]))

/** v1's files as a .zip, with `change` applied to the name → bytes map first. */
const zipOf = (change: (entries: Record<string, Uint8Array>) => void = () => {}) => {
  const entries = Object.fromEntries(v1.map((f) => [f.path, strToU8(f.text)]))
  change(entries)
  return zipSync(entries)
}

const withFile = (path: string, bytes: Uint8Array) =>
  zipOf((e) => {
    e[path] = bytes
  })

const upload = (
  bytes: Uint8Array,
  { cookie, origin = ORIGIN, name = 'edited.zip' }: { cookie?: string; origin?: string; name?: string },
) => {
  const form = new FormData()
  form.set('zip', new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/zip' }))
  form.set('message', 'zip から')
  return s.app.request('/admin/versions/import', {
    method: 'POST',
    headers: { origin, ...(cookie ? { cookie } : {}) },
    body: form,
  })
}

/** Uploads as the admin, expects a refusal with `status`, and that no version was added. */
const refusal = async (bytes: Uint8Array, status = 400) => {
  const before = await s.store.listVersions()
  const res = await upload(bytes, { cookie: await cookieOf('kimura') })
  expect(res.status).toBe(status)
  expect(await s.store.listVersions()).toEqual(before)
  const html = await res.text()
  expect(html).toContain('zip を取り込めませんでした')
  return html
}

describe('version .zip download', () => {
  it('downloads v1 as the export tree with a file name, zip headers and an export audit entry', async () => {
    const res = await s.app.request('/admin/versions/1/zip', { headers: { cookie: await cookieOf('sato') } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="soudan-router-v1.zip"')
    expect(res.headers.get('cache-control')).toBe('no-store')
    const entries = unzipSync(new Uint8Array(await res.arrayBuffer()))
    const texts = Object.fromEntries(
      Object.entries(entries).map(([name, data]) => [name, new TextDecoder().decode(data)]),
    )
    expect(texts).toEqual(byPath(v1))
    expect(Object.keys(texts)).toContain('flows/locales/ja.yaml')
    const log = await s.staff.audit({ action: 'export' })
    expect(log.at(-1)).toMatchObject({ actor: 'sato', target: 'v1', detail: 'soudan-router-v1.zip' })
  })

  it('answers 404 for a version that does not exist, and lists a download link per version', async () => {
    const cookie = await cookieOf('tanaka')
    expect((await s.app.request('/admin/versions/999/zip', { headers: { cookie } })).status).toBe(404)
    const page = await (await s.app.request('/admin', { headers: { cookie } })).text()
    expect(page).toContain('href="/admin/versions/1/zip"')
    expect(page).toContain('download="soudan-router-v1.zip"')
    expect(page).toContain('enctype="multipart/form-data"')
  })
})

describe('version .zip import', () => {
  it('round trip: the downloaded zip imports as a draft whose files equal the version, audited', async () => {
    const cookie = await cookieOf('kimura')
    const zip = await (await s.app.request('/admin/versions/1/zip', { headers: { cookie } })).arrayBuffer()
    const res = await upload(new Uint8Array(zip), { cookie, name: 'soudan-router-v1.zip' })
    expect(res.status).toBe(303)
    const id = Number(/\/admin\/versions\/(\d+)\?done=imported$/.exec(res.headers.get('location')!)![1])
    const draft = await s.staff.version(id)
    expect(draft.status).toBe('draft')
    expect(draft.author).toBe('kimura')
    expect(draft.message).toBe('zip から')
    expect(byPath(draft.files)).toEqual(byPath(v1))
    expect(await s.staff.diff(id)).toEqual([])
    const log = await s.staff.audit({ actor: 'kimura', action: 'edit' })
    expect(log.at(-1)).toMatchObject({
      target: `v${id}`,
      detail: `soudan-router-v1.zip を取り込んで下書きを作成（${v1.length}ファイル、v1 から）`,
    })
  })

  it('an editor may import too (as the console import always allowed), also from a re-zipped folder', async () => {
    // Windows' 「圧縮フォルダーに送る」 on the unpacked folder puts every path under the folder's name.
    const wrapped = zipSync(
      Object.fromEntries(v1.map((f) => [`soudan-router-v1/${f.path}`, strToU8(f.text)])),
    )
    const res = await upload(wrapped, { cookie: await cookieOf('sato') })
    expect(res.status).toBe(303)
    const id = Number(/versions\/(\d+)/.exec(res.headers.get('location')!)![1])
    expect(byPath((await s.staff.version(id)).files)).toEqual(byPath(v1))
  })

  it('refuses a path out of the tree (.., absolute, another folder), naming each entry', async () => {
    const html = await refusal(
      zipOf((e) => {
        e['../flows/evil.yaml'] = strToU8('a: 1')
        e['/etc/cron.yaml'] = strToU8('a: 1')
        e['scripts/run.yaml'] = strToU8('a: 1')
      }),
    )
    expect(html).toContain('../flows/evil.yaml › パス: 「..」を含むパスは取り込めません')
    expect(html).toContain('/etc/cron.yaml › パス: 絶対パスのファイルは取り込めません')
    expect(html).toContain(
      'scripts/run.yaml › パス: 版に入るのは data/kawasaki/・flows/・flows/locales/・intents/',
    )
  })

  it('refuses bad YAML with the file, the field and the project’s own message, and makes no draft', async () => {
    const broken = await refusal(
      zipOf((e) => {
        e['flows/routing.yaml'] = strToU8(
          v1.find((f) => f.path === 'flows/routing.yaml')!.text.replace('max_cards: 3', 'max_cards: 30'),
        )
      }),
    )
    expect(broken).toMatch(/flows\/routing\.yaml › max_cards: /)
    const unparsable = await refusal(
      zipOf((e) => {
        e['flows/main.yaml'] = strToU8('id: main\nnodes: [unclosed\n')
      }),
    )
    expect(unparsable).toContain('flows/main.yaml ›')
  })

  it('refuses a file that is not UTF-8, a missing folder, and bytes that are not a zip', async () => {
    const sjis = await refusal(
      zipOf((e) => {
        e['flows/main.yaml'] = new Uint8Array([0x82, 0xa0, 0x0a]) // 「あ」 in Shift_JIS
      }),
    )
    expect(sjis).toContain('flows/main.yaml › 文字コード: UTF-8 で読めません')
    const noIntents = await refusal(
      zipOf((e) => {
        for (const k of Object.keys(e)) if (k.startsWith('intents/')) delete e[k]
      }),
    )
    expect(noIntents).toContain('intents/ › フォルダー: zip に intents/ の .yaml がありません')
    expect(await refusal(strToU8('not a zip at all'))).toContain(
      'edited.zip › 形式: zip ファイルとして読めません',
    )
  })

  it('refuses a zip bomb and too many entries from the central directory, and an upload over 10 MB', async () => {
    // 40 MB of zeros deflate to about 40 KB: refused by the declared size, before inflating.
    const bomb = await refusal(withFile('flows/zeros.yaml', new Uint8Array(40 * 1024 * 1024)))
    expect(bomb).toContain(
      'edited.zip › 展開後の大きさ: 展開すると 40.6 MB になり、上限の 30.0 MB を超えています',
    )
    const many = await refusal(
      zipOf((e) => {
        for (let i = 0; i < 500; i++) e[`intents/extra-${i}.yaml`] = strToU8('x: 1')
      }),
    )
    expect(many).toContain('edited.zip › ファイル数: 547個のファイルがあり、上限の500個を超えています')
    // Random bytes do not compress: the upload itself is over the limit.
    const big = new Uint8Array(11 * 1024 * 1024)
    for (let i = 0; i < big.length; i += 65536) crypto.getRandomValues(big.subarray(i, i + 65536))
    const tooBig = await refusal(withFile('flows/noise.yaml', big), 413)
    expect(tooBig).toContain('zip › 大きさ: 上限の 10 MB を超えています')
  })
})

describe('who may download and import', () => {
  it('answers 401 without a session, 403 to a viewer, and refuses a form from another site', async () => {
    const zip = zipOf()
    const before = await s.store.listVersions()
    const anon = await s.app.request('/admin/versions/1/zip')
    expect(anon.status).toBe(401)
    expect(await anon.text()).toContain('サインイン')
    expect((await upload(zip, {})).status).toBe(401)

    const viewer = await cookieOf('yamada')
    expect((await s.app.request('/admin/versions/1/zip', { headers: { cookie: viewer } })).status).toBe(403)
    expect((await upload(zip, { cookie: viewer })).status).toBe(403)

    const csrf = await upload(zip, { cookie: await cookieOf('kimura'), origin: 'https://evil.example' })
    expect(csrf.status).toBe(403)
    expect(await csrf.text()).toContain('別のサイトから送られた操作は受け付けません')
    expect(await s.store.listVersions()).toEqual(before)
    expect(await s.staff.audit({ actor: 'yamada', action: 'export' })).toEqual([])
  })
})
