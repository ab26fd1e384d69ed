import type {
  AuditAction,
  ConsoleStore,
  StaffRole,
  StaffSession,
  StaffUser,
  Version,
  VersionFile,
  VersionMeta,
  VersionStatus,
} from '../core/console-store.ts'
import { newVersionMeta, versionStatus } from '../core/console-store.ts'
import { type AgencyFields, applyAgencyEdit } from './agency-edit.ts'
import { requirePassingCheck } from './check.ts'
import { diffVersions } from './diff.ts'
import {
  EditConflictError,
  ForbiddenActionError,
  LockedOutError,
  NotFoundError,
  SignInRefusedError,
  WrongStateError,
} from './errors.ts'
import { hashPassword, passwordProblem, verifyPassword } from './password.ts'
import { checkVersionFiles, type FileProblem } from './validate.ts'

// What staff can do, independent of HTTP: sign in, draft, edit, approve, publish, roll back, manage
// users. Every action that changes something is written to the audit log by the same call, so a route
// cannot forget it. Roles: an editor edits drafts; an approver also approves, publishes and rolls back;
// an admin can do everything and manages users; a viewer only reads (the insights dashboard).

export interface ConsoleOptions {
  store: ConsoleStore
  /** The YAML tree in the repo: version 1 when the store has none. */
  seedFiles: () => Promise<VersionFile[]> | VersionFile[]
  now?: () => Date
  /** How long a sign-in lasts (default 8 h: one working day). */
  sessionSeconds?: number
  /** Failed sign-ins for one name before it is locked, and for how long (default 5 in 15 min). */
  maxFailures?: number
  lockoutSeconds?: number
  /**
   * The inputs' hash (sourceHash) of the classifier the service runs when a version has none of its
   * own: a draft with the same intents needs no stored classifier to be approved. The runtime gives it
   * (it loaded the model); without it every draft needs the classifier its check stored.
   */
  committedSourceHash?: string
}

export interface VersionRow extends VersionMeta {
  status: VersionStatus
}

export interface Actor {
  name: string
  role: StaffRole
}

const may = {
  /** Every version and its files: the version pages and the .zip download. */
  read: ['editor', 'approver', 'admin'],
  edit: ['editor', 'approver', 'admin'],
  approve: ['approver', 'admin'],
  publish: ['approver', 'admin'],
  users: ['admin'],
  /** The demand insights (/admin/insights): counts only, but about residents, so not every editor. */
  insights: ['approver', 'admin', 'viewer'],
} as const satisfies Record<string, readonly StaffRole[]>

const roleNames: Record<StaffRole, string> = {
  editor: '編集者',
  approver: '承認者',
  admin: '管理者',
  viewer: '閲覧者',
}

export const mayDo = (actor: Actor, what: keyof typeof may) =>
  (may[what] as readonly StaffRole[]).includes(actor.role)

export const allow = (actor: Actor, what: keyof typeof may, doing: string) => {
  if (!mayDo(actor, what))
    throw new ForbiddenActionError(`${roleNames[actor.role]}は${doing}できません`, { role: actor.role })
}

export type StaffConsole = ReturnType<typeof createConsole>

export const createConsole = (options: ConsoleOptions) => {
  const { store } = options
  const now = options.now ?? (() => new Date())
  const sessionSeconds = options.sessionSeconds ?? 8 * 3600
  const maxFailures = options.maxFailures ?? 5
  const lockoutSeconds = options.lockoutSeconds ?? 15 * 60

  const audit = (actor: string, action: AuditAction, target: string, detail = '') =>
    store.appendAudit({ at: now().toISOString(), actor, action, target, detail })

  let seeded: Promise<void> | null = null
  /** Version 1 from the repo, once per store (several processes may race; the store picks one). */
  const ensureSeeded = () => {
    seeded ??= (async () => {
      if ((await store.liveVersion()) !== null) return
      const at = now().toISOString()
      await store.seed({
        ...newVersionMeta({ parent: null, author: 'system', message: 'リポジトリの YAML（初版）', at }),
        publishedAt: at,
        publishedBy: 'system',
        files: await options.seedFiles(),
      })
    })().catch((err) => {
      seeded = null
      throw err
    })
    return seeded
  }

  const versionOrThrow = async (id: number) => {
    await ensureSeeded()
    const v = await store.getVersion(id)
    if (!v) throw new NotFoundError(`版 ${id} はありません`, { id })
    return v
  }

  const rows = async (): Promise<VersionRow[]> => {
    await ensureSeeded()
    const [list, live] = await Promise.all([store.listVersions(), store.liveVersion()])
    return list.map((v) => ({ ...v, status: versionStatus(v, live) }))
  }

  const statusOf = async (v: VersionMeta) => versionStatus(v, await store.liveVersion())

  const save = async (v: Version) => {
    if (!(await store.putVersion(v)))
      throw new EditConflictError(
        'ほかの人が先にこの版を保存しました。画面を読み込み直してから、もう一度変更してください',
        {
          id: v.id,
        },
      )
  }

  /**
   * Saves an editor's change into a draft when it and the project's checks pass; otherwise returns
   * the problems (`file › path: message`) and changes nothing. `edit` maps the draft's files to the
   * edited ones (or its own form-level problems). Any saved edit withdraws an approval and is
   * audited with what changed: field paths for the directory, file names for flows and intents.
   */
  const editDraft = async (
    actor: Actor,
    id: number,
    revision: number,
    target: string,
    edit: (files: VersionFile[]) => { files: VersionFile[]; problems: FileProblem[] },
  ): Promise<FileProblem[]> => {
    allow(actor, 'edit', '編集')
    const v = await versionOrThrow(id)
    if ((await statusOf(v)) !== 'draft')
      throw new WrongStateError(`版 ${id} は下書きではないので編集できません`)
    if (v.revision !== revision)
      throw new EditConflictError(
        'ほかの人が先にこの版を保存しました。画面を読み込み直してから、もう一度変更してください',
      )
    const edited = edit(v.files)
    if (edited.problems.length > 0) return edited.problems
    const problems = checkVersionFiles(edited.files)
    if (problems.length > 0) return problems
    const diff = diffVersions(v.files, edited.files)
    if (diff.length === 0) return []
    // Sources are long (URLs, titles): the log says which row's sources changed, not their text.
    const changes = diff.flatMap((d) =>
      d.kind === 'fields'
        ? d.changes.map((c) =>
            c.path.includes('.sources')
              ? `${c.path.replace(/\.sources.*$/, '.sources')}: 出典を変更`
              : `${c.path}: ${c.before ?? '（なし）'} → ${c.after ?? '（なし）'}`,
          )
        : [`${d.file} を変更`],
    )
    await save({
      ...v,
      files: edited.files,
      updatedAt: now().toISOString(),
      approvedBy: null,
      approvedAt: null,
    })
    await audit(actor.name, 'edit', `v${id} › ${target}`, [...new Set(changes)].join('; '))
    return []
  }

  return {
    store,
    ensureSeeded,
    editDraft,

    async signIn(name: string, password: string): Promise<{ session: StaffSession; user: StaffUser }> {
      // A locked name is refused before the password is even checked, so guessing cannot continue.
      if ((await store.failures(name)) >= maxFailures) {
        await audit(name, 'sign_in_failed', name, 'locked')
        throw new LockedOutError(
          `サインインの失敗が続いたため、この名前は${Math.round(lockoutSeconds / 60)}分間サインインできません。時間をおいてから、または管理者に連絡してください`,
        )
      }
      const user = await store.getUser(name)
      const ok = user && !user.disabled && (await verifyPassword(password, user.passwordHash))
      if (!ok || !user) {
        await store.countFailure(name, lockoutSeconds)
        await audit(name, 'sign_in_failed', name, user ? 'password' : 'unknown_user')
        throw new SignInRefusedError('名前またはパスワードが違います')
      }
      await store.clearFailures(name)
      const at = now()
      const session: StaffSession = {
        id: `${crypto.randomUUID()}${crypto.randomUUID()}`.replaceAll('-', ''),
        user: name,
        createdAt: at.toISOString(),
        expiresAt: new Date(at.getTime() + sessionSeconds * 1000).toISOString(),
      }
      await store.putSession(session)
      await audit(name, 'sign_in', name)
      return { session, user }
    },

    /** The signed-in staff member for a session id, or null (unknown, expired, disabled since). */
    async actorFor(sessionId: string | undefined): Promise<Actor | null> {
      if (!sessionId) return null
      const session = await store.getSession(sessionId, now())
      if (!session) return null
      const user = await store.getUser(session.user)
      return user && !user.disabled ? { name: user.name, role: user.role } : null
    },

    /**
     * The staff member an upstream identity (a verified Cloudflare Access email) names: an enabled
     * account of exactly that name, with its role; null for anyone else (they sign in with a password).
     */
    async actorForIdentity(name: string | null): Promise<Actor | null> {
      if (!name) return null
      const user = await store.getUser(name.toLowerCase())
      return user && !user.disabled ? { name: user.name, role: user.role } : null
    },

    async signOut(sessionId: string, actor: Actor) {
      await store.deleteSession(sessionId)
      await audit(actor.name, 'sign_out', actor.name)
    },

    versions: rows,

    async version(id: number) {
      const v = await versionOrThrow(id)
      return { ...v, status: await statusOf(v) }
    },

    /** A version to take away (the console's .zip download), audited as `export` with `detail`. */
    async exportVersion(actor: Actor, id: number, detail: string) {
      allow(actor, 'read', '版を書き出')
      const v = await versionOrThrow(id)
      await audit(actor.name, 'export', `v${id}`, detail)
      return v
    },

    /** What changed from the version it was copied from (nothing for version 1). */
    async diff(id: number) {
      const v = await versionOrThrow(id)
      if (v.parent === null) return []
      const parent = await versionOrThrow(v.parent)
      return diffVersions(parent.files, v.files)
    },

    /** A new draft: a copy of the live version. */
    async createDraft(actor: Actor, message: string) {
      allow(actor, 'edit', '下書きを作成')
      await ensureSeeded()
      const live = await store.liveVersion()
      const base = await versionOrThrow(live ?? 1)
      const at = now().toISOString()
      const id = await store.addVersion({
        ...newVersionMeta({
          parent: base.id,
          author: actor.name,
          message: message.trim() || '（説明なし）',
          at,
        }),
        files: base.files,
      })
      await audit(actor.name, 'edit', `v${id}`, `下書きを作成（v${base.id} から）`)
      return id
    },

    /** The agency form (phone, hours and the rest): see agency-edit.ts. */
    editAgency(
      actor: Actor,
      id: number,
      agencyId: string,
      fields: AgencyFields,
      revision: number,
    ): Promise<FileProblem[]> {
      return editDraft(actor, id, revision, agencyId, (files) => applyAgencyEdit(files, agencyId, fields))
    },

    /**
     * A YAML tree (an exported version a city kept in git, edited outside) as a new draft, after the
     * same checks as every edit. Returns the draft's id, or the problems and no draft. `source` names
     * what was imported in the audit log (the .zip's file name from the console).
     */
    async importDraft(
      actor: Actor | 'cli',
      files: VersionFile[],
      message: string,
      source = 'YAML',
    ): Promise<{ id: number; problems: [] } | { id: null; problems: FileProblem[] }> {
      if (actor !== 'cli') allow(actor, 'edit', '取り込み')
      const problems = checkVersionFiles(files)
      if (problems.length > 0) return { id: null, problems }
      await ensureSeeded()
      const live = await store.liveVersion()
      const at = now().toISOString()
      const name = actor === 'cli' ? 'cli' : actor.name
      const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1))
      const id = await store.addVersion({
        ...newVersionMeta({ parent: live, author: name, message: message.trim() || 'YAML の取り込み', at }),
        files: sorted,
      })
      await audit(
        name,
        'edit',
        `v${id}`,
        `${source} を取り込んで下書きを作成（${files.length}ファイル、v${live} から）`,
      )
      return { id, problems: [] }
    },

    async approve(actor: Actor, id: number) {
      allow(actor, 'approve', '承認')
      const v = await versionOrThrow(id)
      if ((await statusOf(v)) !== 'draft')
        throw new WrongStateError(`版 ${id} は下書きではないので承認できません`)
      if (v.author === actor.name)
        throw new ForbiddenActionError('自分が作成した版は承認できません。別の承認者に依頼してください')
      if (v.approvedBy) throw new WrongStateError(`版 ${id} は ${v.approvedBy} さんが承認済みです`)
      // 「チェック」 covers the schema and graph checks too, on the files as they are now.
      await requirePassingCheck(store, v, options.committedSourceHash ?? null)
      const at = now().toISOString()
      await save({ ...v, approvedBy: actor.name, approvedAt: at })
      await audit(actor.name, 'approve', `v${id}`)
    },

    async publish(actor: Actor, id: number) {
      allow(actor, 'publish', '公開')
      const v = await versionOrThrow(id)
      if ((await statusOf(v)) !== 'draft')
        throw new WrongStateError(`版 ${id} は下書きではないので公開できません`)
      if (!v.approvedBy)
        throw new WrongStateError(`版 ${id} はまだ承認されていません。承認者の承認が必要です`)
      const at = now().toISOString()
      await save({ ...v, publishedAt: at, publishedBy: actor.name })
      await store.setLive(id)
      await audit(actor.name, 'publish', `v${id}`, v.message)
    },

    /** Makes an earlier published version live again: one action, recorded. */
    async rollback(actor: Actor, id: number) {
      allow(actor, 'publish', '以前の版に戻')
      const v = await versionOrThrow(id)
      const from = await store.liveVersion()
      if (from === id) throw new WrongStateError(`版 ${id} はすでに公開中です`)
      if (!v.publishedAt) throw new WrongStateError(`版 ${id} は一度も公開されていないので戻せません`)
      await store.setLive(id)
      await audit(actor.name, 'rollback', `v${id}`, `v${from} から v${id} に戻しました`)
    },

    async discard(actor: Actor, id: number) {
      allow(actor, 'edit', '下書きを破棄')
      const v = await versionOrThrow(id)
      if ((await statusOf(v)) !== 'draft') throw new WrongStateError(`版 ${id} は下書きではありません`)
      await save({ ...v, discarded: true })
      await audit(actor.name, 'discard', `v${id}`)
    },

    /** Used by `npm run staff -- add-user` (actor "cli") and by an admin in the console. */
    async addUser(actor: Actor | 'cli', name: string, role: StaffRole, password: string) {
      if (actor !== 'cli') allow(actor, 'users', 'ユーザーを追加')
      // An email address is allowed too: with Cloudflare Access, the account whose name is the verified
      // email is the one signed in (src/admin/access.ts).
      if (
        !/^[a-z0-9][a-z0-9._-]{1,31}$/.test(name) &&
        !/^[a-z0-9][a-z0-9._%+-]*@[a-z0-9.-]+\.[a-z]+$/.test(name)
      )
        throw new WrongStateError(
          'ユーザー名は半角英小文字・数字・. _ - で2〜32文字か、小文字のメールアドレス（64文字まで）にしてください',
        )
      if (name.length > 64) throw new WrongStateError('ユーザー名は64文字までにしてください')
      const weak = passwordProblem(password)
      if (weak) throw new WrongStateError(weak)
      const user: StaffUser = {
        name,
        role,
        passwordHash: await hashPassword(password),
        createdAt: now().toISOString(),
        disabled: false,
      }
      if (!(await store.addUser(user))) throw new WrongStateError(`${name} はすでに登録されています`)
      await audit(actor === 'cli' ? 'cli' : actor.name, 'user_add', name, role)
    },

    /** Staff accounts for an admin (never the password hashes). */
    async users(actor: Actor) {
      allow(actor, 'users', 'ユーザーを管理')
      return (await store.listUsers()).map(({ passwordHash: _, ...u }) => u)
    },

    /**
     * An admin changes a role, disables or enables an account, or sets a new password; audited as
     * user_change. An admin cannot lock themselves out, and the last enabled admin stays an admin.
     */
    async changeUser(
      actor: Actor,
      name: string,
      change: { role: StaffRole } | { disabled: boolean } | { password: string },
    ) {
      allow(actor, 'users', 'ユーザーを変更')
      const user = await store.getUser(name)
      if (!user) throw new NotFoundError(`${name} というユーザーはいません`)
      const admins = (await store.listUsers()).filter((u) => u.role === 'admin' && !u.disabled)
      const losesAdmin =
        user.role === 'admin' &&
        !user.disabled &&
        (('role' in change && change.role !== 'admin') || ('disabled' in change && change.disabled))
      if (losesAdmin && name === actor.name)
        throw new WrongStateError('自分自身の管理者の役割は外せません。別の管理者に依頼してください')
      if (losesAdmin && admins.length <= 1)
        throw new WrongStateError('有効な管理者が1人もいなくなるため、変更できません')
      let next: StaffUser
      let detail: string
      if ('role' in change) {
        next = { ...user, role: change.role }
        detail = `役割 ${user.role} → ${change.role}`
      } else if ('disabled' in change) {
        next = { ...user, disabled: change.disabled }
        detail = change.disabled ? '無効にしました' : '有効にしました'
      } else {
        const weak = passwordProblem(change.password)
        if (weak) throw new WrongStateError(weak)
        next = { ...user, passwordHash: await hashPassword(change.password) }
        detail = 'パスワードを再設定'
      }
      await store.replaceUser(next)
      // A new password or a disabled account also clears a lockout, so the person can sign in again.
      if ('password' in change) await store.clearFailures(name)
      await audit(actor.name, 'user_change', name, detail)
    },

    async audit(filter: AuditFilter = {}) {
      const all = await store.listAudit()
      return all.filter(
        (e) =>
          (!filter.actor || e.actor === filter.actor) &&
          (!filter.action || e.action === filter.action) &&
          (!filter.from || e.at >= filter.from) &&
          // A bare date as `to` includes that whole day.
          (!filter.to || e.at <= (filter.to.length === 10 ? `${filter.to}T23:59:59.999Z` : filter.to)),
      )
    },
  }
}

export interface AuditFilter {
  actor?: string
  action?: AuditAction
  /** ISO time or date; inclusive. */
  from?: string
  to?: string
}
