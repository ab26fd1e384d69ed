import type { Context } from 'hono'
import { Hono } from 'hono'
import { parse } from 'yaml'
import { z } from 'zod'
import type { VersionFile } from '../core/console-store.ts'
import { concernSchema, wardSchema } from '../core/taxonomy.ts'
import type { Actor, StaffConsole } from './console.ts'
import {
  applyRoutingEdit,
  type CandidateRow,
  candidateRows,
  candidateTypes,
  listConcerns,
  moveRow,
} from './edit/routing-edit.ts'
import { NotFoundError, WrongStateError } from './errors.ts'
import { RoutingFormPage, RoutingListPage } from './pages/routing-form.tsx'
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

export const editorRoutes = (staff: StaffConsole) => {
  const app = new Hono<Env>()

  /** The draft for an editor page; a live or archived version is refused (edit a new draft). */
  const draft = async (c: Context<Env>) => {
    const version = await staff.version(idSchema.parse(c.req.param('id')))
    if (version.status !== 'draft')
      throw new WrongStateError(`版 ${version.id} は下書きではないので編集できません。下書きを作ってください`)
    return version
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

  return app
}
