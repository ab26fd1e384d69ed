import type {
  CheckReport,
  ConsoleStore,
  StaffRole,
  Version,
  VersionCheck,
  VersionFile,
  VersionModel,
} from '../core/console-store.ts'
import { versionStatus } from '../core/console-store.ts'
import { ForbiddenActionError, NotFoundError, WrongStateError } from './errors.ts'

// 「チェック」 on a draft: the same checks a developer runs before a release (flows check, flows
// test, build:model, eval), run on the draft's own files. Training the classifier can take a minute,
// so a check runs in the background: the store holds 'running' and then the report, keyed by a hash
// of the files it checked, and the page refreshes until it is done. Approval needs a passing check of
// the files as they are now, so any save after the check makes it stale.

type Actor = { name: string; role: StaffRole }

export interface CheckInput {
  files: VersionFile[]
  /** The live version, to score its classifier beside the draft's (null when there is none). */
  live: { version: number; files: VersionFile[]; evaluation: CheckReport['evaluation'] | null } | null
  /**
   * Classifiers stored for other versions (the live one, the draft's parent): one with the same
   * sourceHash is that training's result already, so the check reuses it instead of training again.
   */
  models: PackedModel[]
}

/** A packed classifier before it is tied to a version's files (src/admin/version-model.ts). */
export type PackedModel = Omit<VersionModel, 'filesHash'>

export interface CheckResult {
  report: CheckReport
  /** The version's classifier when it is not the committed one (trained or reused); stored with the check. */
  model: PackedModel | null
}

/** Runs the checks on one version's files (Node: scripts/console/check-version.ts in a child process). */
export type Checker = (input: CheckInput) => Promise<CheckResult>

/** SHA-256 of the files (sorted by path): what a check vouches for. Web Crypto, so Workers can compute it too. */
export const filesHash = async (files: VersionFile[]) => {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const bytes = new TextEncoder().encode(JSON.stringify(sorted.map((f) => [f.path, f.text])))
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** A check left 'running' this long was lost with its process (a restart); it may be started again. */
export const CHECK_STALE_MS = 15 * 60 * 1000

export interface CheckState {
  check: VersionCheck | null
  /** The check vouches for the files as they are now (false after any later save). */
  current: boolean
}

export const checkState = async (store: ConsoleStore, v: Version): Promise<CheckState> => {
  const check = await store.getCheck(v.id)
  return { check, current: check !== null && check.filesHash === (await filesHash(v.files)) }
}

/**
 * Refuses approval unless the draft's files, as they are now, passed 「チェック」. `committedSourceHash`
 * is the inputs' hash of the classifier every instance runs when a version has none of its own (given
 * by the runtime, which loaded it; null: unknown, so every version needs its own).
 */
export const requirePassingCheck = async (
  store: ConsoleStore,
  v: Version,
  committedSourceHash: string | null,
) => {
  const { check, current } = await checkState(store, v)
  if (!check || !current)
    throw new WrongStateError(
      `版 ${v.id} は、今の内容で「チェック」が済んでいません。下書きの画面で「チェック」を押し、合格してから承認してください`,
    )
  if (check.status === 'running')
    throw new WrongStateError(`版 ${v.id} の「チェック」はまだ終わっていません。終わってから承認してください`)
  if (check.status !== 'passed')
    throw new WrongStateError(
      `版 ${v.id} は「チェック」に合格していないため承認できません。誤りを直してからもう一度チェックしてください`,
    )
  // Intents that differ from the committed model's need the classifier the check trained for them:
  // without it, the published version would answer with the old one.
  if (committedSourceHash !== null && check.report?.model.sourceHash === committedSourceHash) return
  const model = await store.getModel(v.id)
  if (!model || model.filesHash !== check.filesHash || model.sourceHash !== check.report?.model.sourceHash)
    throw new WrongStateError(
      `版 ${v.id} は意図の例文（intents/）が変わっていますが、その内容で学習した分類器が保存されていません。「チェック」をもう一度実行してから承認してください`,
    )
}

const reportSummary = (r: CheckReport) =>
  `${r.passed ? '合格' : '不合格'}: 形式とつながりの誤り${r.lint.length}件、ゴールデン対話 ${r.dialogs.total - r.dialogs.failed.length}/${r.dialogs.total}、` +
  `評価の正解率 ${(r.evaluation.accuracy * 100).toFixed(1)}%` +
  (r.evaluation.live
    ? `（公開中 v${r.evaluation.live.version}: ${(r.evaluation.live.accuracy * 100).toFixed(1)}%）`
    : '') +
  `、${(r.durationMs / 1000).toFixed(1)}秒`

export interface ChecksOptions {
  store: ConsoleStore
  checker: Checker
  now?: () => Date
  /** Told about a checker that failed (for the log); staff see a plain sentence. */
  onFault?: (err: unknown) => void
}

export type Checks = ReturnType<typeof createChecks>

export const createChecks = (options: ChecksOptions) => {
  const { store, checker } = options
  const now = options.now ?? (() => new Date())
  const audit = (actor: string, target: string, detail: string) =>
    store.appendAudit({ at: now().toISOString(), actor, action: 'check', target, detail })
  /** Background runs in this process (tests await them). */
  const running = new Set<Promise<void>>()

  const draft = async (id: number) => {
    const v = await store.getVersion(id)
    if (!v) throw new NotFoundError(`版 ${id} はありません`, { id })
    if (versionStatus(v, await store.liveVersion()) !== 'draft')
      throw new WrongStateError(`版 ${id} は下書きではないのでチェックできません`)
    return v
  }

  const liveInput = async (liveId: number | null): Promise<CheckInput['live']> => {
    const live = liveId === null ? null : await store.getVersion(liveId)
    if (!live) return null
    // A version published through the console passed a check; its scores are reused, not recomputed.
    const previous = await store.getCheck(live.id)
    const evaluation =
      previous?.report && previous.filesHash === (await filesHash(live.files))
        ? previous.report.evaluation
        : null
    return { version: live.id, files: live.files, evaluation }
  }

  /** The live version's and the parent's stored classifiers, for the check to reuse. */
  const knownModels = async (v: Version, liveId: number | null): Promise<PackedModel[]> => {
    const ids = new Set([liveId, v.parent].filter((id): id is number => id !== null))
    const found = await Promise.all([...ids].map((id) => store.getModel(id)))
    return found.flatMap((m) =>
      m ? [{ sourceHash: m.sourceHash, contentHash: m.contentHash, data: m.data }] : [],
    )
  }

  const run = async (actor: Actor, v: Version, started: VersionCheck) => {
    try {
      // Read once, so the live version compared against and the models offered for reuse are the same one.
      const liveId = await store.liveVersion()
      const { report, model } = await checker({
        files: v.files,
        live: await liveInput(liveId),
        models: await knownModels(v, liveId),
      })
      // The model first: a passing check is only ever visible with the classifier it vouches for.
      await store.putModel(v.id, model ? { ...model, filesHash: started.filesHash } : null)
      await store.putCheck(v.id, {
        ...started,
        status: report.passed ? 'passed' : 'failed',
        finishedAt: now().toISOString(),
        report,
      })
      await audit(actor.name, `v${v.id}`, reportSummary(report))
    } catch (err) {
      options.onFault?.(err)
      const error =
        'チェックを最後まで実行できませんでした。もう一度「チェック」を押し、続くときは担当の開発者に連絡してください'
      await store.putCheck(v.id, { ...started, status: 'error', finishedAt: now().toISOString(), error })
      await audit(actor.name, `v${v.id}`, 'チェックを実行できませんでした')
    }
  }

  return {
    /** Starts a check of the draft as it is now; a check of the same files already running is kept. */
    async start(actor: Actor, id: number) {
      if (!['editor', 'approver', 'admin'].includes(actor.role))
        throw new ForbiddenActionError('この役割ではチェックできません')
      const v = await draft(id)
      const hash = await filesHash(v.files)
      const previous = await store.getCheck(id)
      if (
        previous?.status === 'running' &&
        previous.filesHash === hash &&
        now().getTime() - Date.parse(previous.startedAt) < CHECK_STALE_MS
      )
        return
      const started: VersionCheck = {
        filesHash: hash,
        status: 'running',
        by: actor.name,
        startedAt: now().toISOString(),
        finishedAt: null,
        report: null,
      }
      await store.putCheck(id, started)
      await audit(actor.name, `v${id}`, 'チェックを開始')
      const task = run(actor, v, started).finally(() => running.delete(task))
      running.add(task)
    },

    async state(id: number): Promise<CheckState> {
      const v = await store.getVersion(id)
      if (!v) throw new NotFoundError(`版 ${id} はありません`, { id })
      return checkState(store, v)
    },

    /** Resolves when every check this process started has finished (tests, shutdown). */
    async settled() {
      while (running.size > 0) await Promise.allSettled([...running])
    },
  }
}
