import type { Context } from 'hono'
import { Hono } from 'hono'
import { parse } from 'yaml'
import { z } from 'zod'
import { staffRoles, type VersionFile } from '../core/console-store.ts'
import { AppError } from '../core/errors.ts'
import { type ResidentLanguage, residentLanguageSchema } from '../core/language.ts'
import { concernSchema, labelIds, labelSchema, wardSchema } from '../core/taxonomy.ts'
import { weekdayIds } from '../directory/schema.ts'
import {
  type AgencyFields,
  applyAgencyEdit,
  type DayRow,
  formOf,
  listRows,
  type RowFile,
  type Stated,
} from './agency-edit.ts'
import type { Actor, StaffConsole } from './console.ts'
import { applyIntentEdit, type CounterRow, examplesOf, intentForm, listIntents } from './edit/intents-edit.ts'
import {
  applyRoutingEdit,
  type CandidateRow,
  candidateRows,
  candidateTypes,
  listConcerns,
  moveRow,
} from './edit/routing-edit.ts'
import { applyTextEdit, type TextRow, textRows, translatedLanguages } from './edit/texts-edit.ts'
import { NotFoundError, WrongStateError } from './errors.ts'
import { AgencyFormPage } from './pages/agency-form.tsx'
import { FilePage, FilesPage } from './pages/files-view.tsx'
import { HotlinesPage } from './pages/hotlines.tsx'
import { IntentFormPage, IntentsListPage } from './pages/intents-form.tsx'
import { RoutingFormPage, RoutingListPage } from './pages/routing-form.tsx'
import { TextFormPage, TextsTablePage } from './pages/texts-form.tsx'
import { UsersPage } from './pages/users.tsx'
import type { FileProblem } from './validate.ts'

// The editors (routing, what the bot says, intents, the read-only YAML view, users): form pages on
// the draft. Mounted by adminRoutes behind its sign-in check, so `actor` is always set here. Every
// save goes through StaffConsole.editDraft: the project's checks, the audit log, the approval reset.

type Env = { Variables: { actor: Actor } }

const idSchema = z.coerce.number().int().positive()
const revisionSchema = z.coerce.number().int().min(0)
const text = (v: unknown, max = 2000) => (typeof v === 'string' ? v.slice(0, max) : '')

/** Every id a routing line may name (agencies, hotlines, additions), for the form's suggestions. */
export const agencyChoices = (files: VersionFile[]): { id: string; name: string }[] => {
  const out: { id: string; name: string }[] = []
  for (const [file, key] of [
    ['data/kawasaki/agencies.yaml', 'agencies'],
    ['data/kawasaki/hotlines.yaml', 'hotlines'],
    ['data/kawasaki/additions.yaml', 'additions'],
  ] as const) {
    const t = files.find((f) => f.path === file)?.text
    let rows: unknown
    try {
      rows = t ? (parse(t) as Record<string, unknown>)?.[key] : []
    } catch {
      rows = []
    }
    for (const r of Array.isArray(rows) ? rows : [])
      if (r && typeof r.id === 'string')
        out.push({ id: r.id, name: typeof r.name === 'string' ? r.name : r.id })
  }
  return out
}

/** Rows from the posted form (`rows`, `type.0`, `value.0`, …). */
const rowsOf = (form: Record<string, unknown>): CandidateRow[] => {
  const n = Math.min(Number(form.rows) || 0, 60)
  return Array.from({ length: n }, (_, i) => {
    const type = text(form[`type.${i}`])
    return {
      type: (candidateTypes as readonly string[]).includes(type) ? (type as CandidateRow['type']) : 'agency',
      value: text(form[`value.${i}`], 200),
      reason: text(form[`reason.${i}`], 300),
      ages: text(form[`ages.${i}`], 10),
    }
  }).filter(
    (r, i) =>
      i < n - 1 || r.value.trim() || r.reason.trim() || r.type === 'houkatsu' || r.type === 'ward_office',
  )
}

type Body = Record<string, string | File | (string | File)[]>
const one = (v: Body[string] | undefined, max = 2000) => text(Array.isArray(v) ? v[0] : v, max)
const many = (v: Body[string] | undefined) =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((x) => (typeof x === 'string' ? [x] : []))
const stated = (v: string): Stated => (v === 'closed' || v === 'open' ? v : '')

/**
 * The agency form's fields. The full form sends `full=1`; without it (an older form or a script that
 * only changes the phone and hours) every other field is left as it is in the file.
 */
export const agencyFieldsOf = (form: Body): AgencyFields => {
  const base = {
    phone: one(form.phone, 32),
    hours: one(form.hours, 500),
    sourceUrl: one(form.sourceUrl, 500),
    asOf: one(form.asOf, 20),
  }
  if (one(form.full) !== '1') return base
  const rows = (name: string) => Math.min(Number(one(form[name])) || 0, 50)
  const mode = one(form.hoursMode)
  return {
    ...base,
    name: one(form.name, 200),
    kind: one(form.kind, 40),
    hoursMode: mode === 'always' || mode === 'weekly' ? mode : '',
    days: weekdayIds.map(
      (day): DayRow => ({
        day,
        open1: one(form[`open1.${day}`], 5),
        close1: one(form[`close1.${day}`], 5),
        open2: one(form[`open2.${day}`], 5),
        close2: one(form[`close2.${day}`], 5),
      }),
    ),
    holidays: stated(one(form.holidays)),
    newYear: stated(one(form.newYear)),
    serves: many(form.serves),
    scope: one(form.scope, 20),
    ward: one(form.ward, 20),
    wards: many(form.wards),
    towns: one(form.towns, 5000),
    urgent: one(form.urgent) === '1',
    note: one(form.note, 500),
    verified: one(form.verified) === '1',
    contacts: Array.from({ length: rows('contactRows') }, (_, i) => ({
      type: one(form[`contact.type.${i}`], 20),
      value: one(form[`contact.value.${i}`], 200),
      url: one(form[`contact.url.${i}`], 500),
      label: one(form[`contact.label.${i}`], 300),
      source: one(form[`contact.source.${i}`], 500),
      source_kind: one(form[`contact.source_kind.${i}`], 40),
      as_of: one(form[`contact.as_of.${i}`], 20),
      verified: one(form[`contact.verified.${i}`]) === '1',
    })).filter((c) => c.type),
    sources: Array.from({ length: rows('sourceRows') }, (_, i) => ({
      url: one(form[`source.url.${i}`], 500),
      kind: one(form[`source.kind.${i}`], 40),
      title: one(form[`source.title.${i}`], 300),
      as_of: one(form[`source.as_of.${i}`], 20),
    })).filter((x, i, all) => x.url.trim() || i < all.length - 1),
  }
}

export const editorRoutes = (staff: StaffConsole) => {
  const app = new Hono<Env>()

  /** The draft for an editor page; a live or archived version is refused (edit a new draft). */
  const draft = async (c: Context<Env>) => {
    const version = await staff.version(idSchema.parse(c.req.param('id')))
    if (version.status !== 'draft')
      throw new WrongStateError(`版 ${version.id} は下書きではないので編集できません。下書きを作ってください`)
    return version
  }

  // ── 相談窓口（agencies.yaml）と電話相談（hotlines.yaml）
  app.get('/versions/:id/hotlines', async (c) => {
    const v = await draft(c)
    return c.html(
      <HotlinesPage actor={c.get('actor')} versionId={v.id} hotlines={listRows(v.files, 'hotlines')} />,
    )
  })
  for (const file of ['agencies', 'hotlines'] as const satisfies RowFile[]) {
    const page = async (
      c: Context<Env>,
      values?: AgencyFields,
      problems: FileProblem[] = [],
      code: 200 | 422 = 200,
    ) => {
      const v = await draft(c)
      const rowId = c.req.param('row') ?? ''
      const agency = listRows(v.files, file).find((a) => a.id === rowId)
      const current = formOf(v.files, file, rowId)
      if (!agency || !current) throw new NotFoundError(`v${v.id} に ${rowId} という窓口はありません`)
      return c.html(
        <AgencyFormPage
          actor={c.get('actor')}
          versionId={v.id}
          revision={v.revision}
          file={file}
          agency={agency}
          values={values ? { ...current, ...values } : current}
          problems={problems}
        />,
        code,
      )
    }
    app.get(`/versions/:id/${file}/:row`, (c) => page(c))
    app.post(`/versions/:id/${file}/:row`, async (c) => {
      const form = (await c.req.parseBody({ all: true })) as Body
      const id = idSchema.parse(c.req.param('id'))
      const rowId = c.req.param('row') ?? ''
      const fields = agencyFieldsOf(form)
      const problems = await staff.editDraft(
        c.get('actor'),
        id,
        revisionSchema.parse(one(form.revision)),
        rowId,
        (files) => applyAgencyEdit(files, rowId, fields, file),
      )
      if (problems.length === 0) return c.redirect(`/admin/versions/${id}?done=saved`, 303)
      return page(c, fields, problems, 422)
    })
  }

  // ── 案内先（routing）
  app.get('/versions/:id/routing', async (c) => {
    const v = await draft(c)
    return c.html(
      <RoutingListPage actor={c.get('actor')} versionId={v.id} concerns={listConcerns(v.files)} />,
    )
  })

  const routingPage = async (
    c: Context<Env>,
    state: { rows?: CandidateRow[]; problems?: FileProblem[]; status?: string; ward?: string } = {},
    code: 200 | 422 = 200,
  ) => {
    const v = await draft(c)
    const concern = concernSchema.safeParse(c.req.param('concern'))
    if (!concern.success) throw new NotFoundError(`${c.req.param('concern')} という相談の種類はありません`)
    const wardText = state.ward ?? c.req.query('ward') ?? ''
    const ward = wardText ? wardSchema.parse(wardText) : null
    const own = candidateRows(v.files, concern.data, ward)
    const summary = listConcerns(v.files).find((s) => s.concern === concern.data)!
    return c.html(
      <RoutingFormPage
        actor={c.get('actor')}
        versionId={v.id}
        revision={v.revision}
        concern={concern.data}
        label={summary.label}
        ward={ward}
        hasOverride={ward !== null && own !== null}
        rows={state.rows ?? own ?? candidateRows(v.files, concern.data, null) ?? []}
        problems={state.problems ?? []}
        agencies={agencyChoices(v.files)}
        status={state.status}
      />,
      code,
    )
  }
  app.get('/versions/:id/routing/:concern', (c) =>
    routingPage(c, { status: c.req.query('saved') ? '下書きに保存しました。' : undefined }),
  )
  app.post('/versions/:id/routing/:concern', async (c) => {
    const form = await c.req.parseBody()
    const op = text(form.op, 20)
    const ward = text(form.ward, 20)
    const rows = rowsOf(form)
    if (op !== 'save' && op !== 'drop')
      return routingPage(c, {
        rows: moveRow(rows, op),
        ward,
        status: op.startsWith('remove')
          ? '行を削除しました（まだ保存していません）'
          : '並べ替えました（まだ保存していません）',
      })
    const id = idSchema.parse(c.req.param('id'))
    const concern = concernSchema.parse(c.req.param('concern'))
    const w = ward ? wardSchema.parse(ward) : null
    const problems = await staff.editDraft(
      c.get('actor'),
      id,
      revisionSchema.parse(form.revision),
      `routing › ${concern}${w ? ` › ${w}` : ''}`,
      (files) => applyRoutingEdit(files, concern, w, op === 'drop' ? null : rows),
    )
    if (problems.length === 0)
      return c.redirect(`/admin/versions/${id}/routing/${concern}?${w ? `ward=${w}&` : ''}saved=1`, 303)
    return routingPage(c, { rows, ward, problems }, 422)
  })

  // ── ボットの文言（flows/*.yaml と flows/locales/*.yaml）
  app.get('/versions/:id/texts', async (c) => {
    const v = await draft(c)
    const rows = textRows(v.files)
    const lang = residentLanguageSchema.safeParse(c.req.query('lang'))
    const broken = rows.length > 0 && !('key' in rows[0]!)
    return c.html(
      <TextsTablePage
        actor={c.get('actor')}
        versionId={v.id}
        rows={broken ? [] : (rows as TextRow[])}
        problems={broken ? (rows as FileProblem[]) : []}
        lang={lang.success && lang.data !== 'ja' ? lang.data : null}
        missingOnly={c.req.query('missing') === '1'}
      />,
    )
  })
  const textPage = async (
    c: Context<Env>,
    state: {
      values?: { source: string; texts: Partial<Record<ResidentLanguage, string>> }
      problems?: FileProblem[]
      status?: string
    } = {},
    code: 200 | 422 = 200,
  ) => {
    const v = await draft(c)
    const rows = textRows(v.files)
    const key = c.req.param('key')
    const row = (rows as TextRow[]).find((r) => 'key' in r && r.key === key)
    if (!row)
      throw new NotFoundError(
        `${key} という文言はありません（フローのファイルに誤りがあるときは一覧で確かめてください）`,
      )
    return c.html(
      <TextFormPage
        actor={c.get('actor')}
        versionId={v.id}
        revision={v.revision}
        row={row}
        values={state.values ?? { source: row.source, texts: row.texts }}
        problems={state.problems ?? []}
        status={state.status}
      />,
      code,
    )
  }
  app.get('/versions/:id/texts/:key', (c) =>
    textPage(c, { status: c.req.query('saved') ? '下書きに保存しました。' : undefined }),
  )
  app.post('/versions/:id/texts/:key', async (c) => {
    const form = await c.req.parseBody()
    const id = idSchema.parse(c.req.param('id'))
    const key = c.req.param('key')
    const values = {
      source: text(form.source, 1000),
      texts: Object.fromEntries(translatedLanguages.map((l) => [l, text(form[`text.${l}`], 1000)])),
    }
    const problems = await staff.editDraft(
      c.get('actor'),
      id,
      revisionSchema.parse(form.revision),
      `texts › ${key}`,
      (files) => applyTextEdit(files, key, values),
    )
    if (problems.length === 0)
      return c.redirect(`/admin/versions/${id}/texts/${encodeURIComponent(key)}?saved=1`, 303)
    return textPage(c, { values, problems }, 422)
  })

  // ── 意図の例文（intents/<label>.yaml）
  app.get('/versions/:id/intents', async (c) => {
    const v = await draft(c)
    return c.html(<IntentsListPage actor={c.get('actor')} versionId={v.id} intents={listIntents(v.files)} />)
  })
  const intentPage = async (
    c: Context<Env>,
    state: { examples?: string; counter?: CounterRow[]; problems?: FileProblem[]; status?: string } = {},
    code: 200 | 422 = 200,
  ) => {
    const v = await draft(c)
    const label = labelSchema.safeParse(c.req.param('label'))
    const form = label.success ? intentForm(v.files, label.data) : null
    if (!label.success || !form)
      throw new NotFoundError(`${c.req.param('label')} という意図のファイルはありません`)
    return c.html(
      <IntentFormPage
        actor={c.get('actor')}
        versionId={v.id}
        revision={v.revision}
        label={form.label}
        description={form.description}
        examples={state.examples ?? form.examples.join('\n')}
        counter={state.counter ?? form.counter}
        problems={state.problems ?? []}
        status={state.status}
      />,
      code,
    )
  }
  app.get('/versions/:id/intents/:label', (c) =>
    intentPage(c, { status: c.req.query('saved') ? '下書きに保存しました。' : undefined }),
  )
  app.post('/versions/:id/intents/:label', async (c) => {
    const form = await c.req.parseBody()
    const id = idSchema.parse(c.req.param('id'))
    const label = labelSchema.parse(c.req.param('label'))
    const examples = text(form.examples, 200_000)
    const n = Math.min(Number(form.rows) || 0, 500)
    const counter: CounterRow[] = Array.from({ length: n }, (_, i) => {
      const expected = text(form[`counter.expected.${i}`], 40)
      return {
        text: text(form[`counter.text.${i}`], 500),
        expected: (labelIds as readonly string[]).includes(expected)
          ? (expected as CounterRow['expected'])
          : '',
        why: text(form[`counter.why.${i}`], 1000),
      }
    })
    const problems = await staff.editDraft(
      c.get('actor'),
      id,
      revisionSchema.parse(form.revision),
      `intents › ${label}`,
      (files) => applyIntentEdit(files, label, { examples: examplesOf(examples), counter }),
    )
    if (problems.length === 0) return c.redirect(`/admin/versions/${id}/intents/${label}?saved=1`, 303)
    return intentPage(c, { examples, counter: counter.filter((r) => r.text.trim()), problems }, 422)
  })

  // ── YAML（読み取り専用）: any version, live and archived ones too
  app.get('/versions/:id/files', async (c) => {
    const v = await staff.version(idSchema.parse(c.req.param('id')))
    return c.html(
      <FilesPage
        actor={c.get('actor')}
        versionId={v.id}
        files={v.files.map((f) => ({ path: f.path, size: new TextEncoder().encode(f.text).length }))}
      />,
    )
  })
  app.get('/versions/:id/files/*', async (c) => {
    const v = await staff.version(idSchema.parse(c.req.param('id')))
    const path = decodeURIComponent(c.req.path.replace(/^.*?\/files\//, ''))
    const file = v.files.find((f) => f.path === path)
    if (!file) throw new NotFoundError(`v${v.id} に ${path} というファイルはありません`)
    return c.html(<FilePage actor={c.get('actor')} versionId={v.id} path={file.path} text={file.text} />)
  })

  // ── ユーザー管理（admin）
  const usersPage = async (
    c: Context<Env>,
    state: { status?: string; error?: string } = {},
    code: 200 | 409 | 404 = 200,
  ) => c.html(<UsersPage actor={c.get('actor')} users={await staff.users(c.get('actor'))} {...state} />, code)
  const done: Record<string, string> = {
    added: 'ユーザーを追加しました。',
    role: '役割を変更しました。',
    disable: '無効にしました。この人はもうサインインできません。',
    enable: '有効にしました。',
    password: 'パスワードを再設定しました。',
  }
  app.get('/users', (c) => usersPage(c, { status: done[c.req.query('done') ?? ''] }))
  /** A refusal (a weak password, a taken name, the last admin) is shown on the page, not as an error page. */
  const userAction = (
    path: string,
    run: (c: Context<Env>, form: Record<string, unknown>) => Promise<void>,
    key: string,
  ) =>
    app.post(path, async (c) => {
      const form = await c.req.parseBody()
      try {
        await run(c, form)
      } catch (err) {
        if (err instanceof AppError && (err.status === 409 || err.status === 404))
          return usersPage(c, { error: err.message }, err.status as 409 | 404)
        throw err
      }
      return c.redirect(`/admin/users?done=${key}`, 303)
    })
  const roleOf = (v: unknown) => z.enum(staffRoles).parse(v)
  userAction(
    '/users',
    (c, f) => staff.addUser(c.get('actor'), text(f.name, 64), roleOf(f.role), text(f.password, 256)),
    'added',
  )
  userAction(
    '/users/:name/role',
    (c, f) => staff.changeUser(c.get('actor'), c.req.param('name') ?? '', { role: roleOf(f.role) }),
    'role',
  )
  userAction(
    '/users/:name/disable',
    (c) => staff.changeUser(c.get('actor'), c.req.param('name') ?? '', { disabled: true }),
    'disable',
  )
  userAction(
    '/users/:name/enable',
    (c) => staff.changeUser(c.get('actor'), c.req.param('name') ?? '', { disabled: false }),
    'enable',
  )
  userAction(
    '/users/:name/password',
    (c, f) =>
      staff.changeUser(c.get('actor'), c.req.param('name') ?? '', { password: text(f.password, 256) }),
    'password',
  )

  return app
}
