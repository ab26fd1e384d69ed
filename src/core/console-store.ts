// What the staff console (/admin) keeps: staff accounts, sign-in sessions, versions of the staff files
// and the audit log. One contract, a small implementation per runtime (src/admin/store/): a JSON file
// store on local disk for the embedded Node default, Redis for several Node processes. Every
// implementation passes tests/admin/store-contract.ts. Nothing here ever holds a resident's text.

/** viewer: ward staff who read the insights dashboard and change nothing (issue 15). */
export const staffRoles = ['editor', 'approver', 'admin', 'viewer'] as const
export type StaffRole = (typeof staffRoles)[number]

export interface StaffUser {
  name: string
  role: StaffRole
  /** `pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>` (src/admin/password.ts). */
  passwordHash: string
  createdAt: string
  /** A disabled account cannot sign in; its name stays in the versions and the audit log. */
  disabled: boolean
}

export interface StaffSession {
  id: string
  user: string
  createdAt: string
  expiresAt: string
}

/** A staff file of one version, as the repo holds it (data/kawasaki/*.yaml, flows/*.yaml, intents/*.yaml). */
export interface VersionFile {
  path: string
  text: string
}

/**
 * A version without its files. `status` is not stored: the store's live pointer decides it (see
 * `versionStatus`), so a publish or rollback is one write and a version can never be "live" twice.
 */
export interface VersionMeta {
  id: number
  /** The version this one was copied from; null for version 1 (the YAML in the repo). */
  parent: number | null
  author: string
  message: string
  createdAt: string
  updatedAt: string
  approvedBy: string | null
  approvedAt: string | null
  /** The first time it went live; a rollback to it keeps this and is recorded in the audit log. */
  publishedAt: string | null
  publishedBy: string | null
  /** A draft its author gave up; it is listed as archived and never published. */
  discarded: boolean
  /** Bumped by every successful putVersion: two staff saving the same draft cannot overwrite each other. */
  revision: number
}

export interface Version extends VersionMeta {
  files: VersionFile[]
}

export type VersionStatus = 'live' | 'draft' | 'archived'

export const versionStatus = (v: VersionMeta, liveId: number | null): VersionStatus =>
  v.id === liveId ? 'live' : v.publishedAt || v.discarded ? 'archived' : 'draft'

/** Metadata of a version that has just been written: not approved, published or discarded yet. */
export const newVersionMeta = (
  fields: Pick<VersionMeta, 'parent' | 'author' | 'message'> & { at: string },
): Omit<VersionMeta, 'id'> => ({
  parent: fields.parent,
  author: fields.author,
  message: fields.message,
  createdAt: fields.at,
  updatedAt: fields.at,
  approvedBy: null,
  approvedAt: null,
  publishedAt: null,
  publishedBy: null,
  discarded: false,
  revision: 0,
})

export const auditActions = [
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'edit',
  'approve',
  'publish',
  'rollback',
  'discard',
  'check',
  'export',
  'user_add',
  'user_change',
] as const
export type AuditAction = (typeof auditActions)[number]

export interface AuditEntry {
  /** 1, 2, 3 … in the order the store accepted them. */
  seq: number
  at: string
  actor: string
  action: AuditAction
  /** What it was done to: `v3`, a user name, `v3 › data/kawasaki/agencies.yaml`. */
  target: string
  detail: string
}

/** One finding of a check, pointing at the file and field (`file › path: message`). */
export interface CheckFinding {
  file: string
  path: string
  message: string
}

/** What 「チェック」 found on one version's files (src/admin/check.ts runs it; scripts/console/check-version.ts computes it). */
export interface CheckReport {
  passed: boolean
  /** Schema, graph, route and translation checks (`npm run flows -- check`): errors only. */
  lint: CheckFinding[]
  /** The golden dialogs (`npm run flows -- test`): names of those that failed, with the first reason. */
  dialogs: { total: number; failed: CheckFinding[] }
  /**
   * The intent classifier for this version's intents: trained now, reused (a stored model with the same
   * inputs), or the committed one when its inputs are the same. `sourceHash` names those inputs (the
   * intents and the gazetteer's data files); absent in reports written before models were stored.
   */
  model: { retrained: boolean; examples: number; cvAccuracy: number; trainMs: number; sourceHash?: string }
  /** The held-out dev set (`npm run eval`) with this version's classifier, and with the live version's. */
  evaluation: {
    accuracy: number
    crisisRecall: number
    live: { version: number; accuracy: number; crisisRecall: number } | null
  }
  /** Why it failed, one Japanese sentence each (empty when it passed). */
  reasons: string[]
  durationMs: number
}

/** A check of a version as it was when the check started. */
export interface VersionCheck {
  /** SHA-256 of the version's files when the check started: any later save makes the check stale. */
  filesHash: string
  status: 'running' | 'passed' | 'failed' | 'error'
  by: string
  startedAt: string
  finishedAt: string | null
  report: CheckReport | null
  /** For status 'error': a sentence for staff (never a stack trace). */
  error?: string
}

/**
 * The classifier 「チェック」 trained (or reused) for one version whose intents differ from the committed
 * model's, so every instance serving the version classifies with it (src/admin/version-model.ts packs it).
 */
export interface VersionModel {
  /** The training inputs' hash (the model's own sourceHash). */
  sourceHash: string
  /** The model's contentHash: instances cache one analyzer per model. */
  contentHash: string
  /** SHA-256 of the version's files the check ran on: a model for other files is never used. */
  filesHash: string
  /** gzip of the JSON `{ model, gazetteer }`, base64: a string, so every store (Upstash speaks JSON) holds it. About 1 MB. */
  data: string
}

export interface ConsoleStore {
  readonly name: string

  getUser(name: string): Promise<StaffUser | null>
  /** Creates the account; false when the name is taken (nothing is changed then). */
  addUser(user: StaffUser): Promise<boolean>
  /** Replaces an existing account; false when there is none. */
  replaceUser(user: StaffUser): Promise<boolean>
  listUsers(): Promise<StaffUser[]>

  /**
   * Counts a failed sign-in for `name` within a window of `windowSeconds` from the first failure and
   * returns the count (atomic, so parallel guesses are all counted). `clearFailures` on success.
   */
  countFailure(name: string, windowSeconds: number): Promise<number>
  failures(name: string): Promise<number>
  clearFailures(name: string): Promise<void>

  putSession(session: StaffSession): Promise<void>
  /** The session, or null when unknown or expired. */
  getSession(id: string, now: Date): Promise<StaffSession | null>
  deleteSession(id: string): Promise<void>

  /**
   * Stores version 1 and makes it live, only when the store has no versions yet (several processes
   * may start together; one wins). Resolves true when this call created it.
   */
  seed(version: Omit<Version, 'id'>): Promise<boolean>
  /** Stores a new version and returns its id (the next number). */
  addVersion(version: Omit<Version, 'id'>): Promise<number>
  /**
   * Replaces a version's files and metadata (a draft being edited, an approval) when the stored
   * revision is still `version.revision`, storing revision + 1. False on a conflict or an unknown id:
   * the caller reloads and shows the other person's change instead of losing it.
   */
  putVersion(version: Version): Promise<boolean>
  getVersion(id: number): Promise<Version | null>
  /** Every version, newest first, without files. */
  listVersions(): Promise<VersionMeta[]>
  /** The live version's id: cheap, so every instance can poll it (src/admin/project-source.ts). */
  liveVersion(): Promise<number | null>
  setLive(id: number): Promise<void>

  /** The latest check of a version (replaces the previous one). */
  putCheck(id: number, check: VersionCheck): Promise<void>
  getCheck(id: number): Promise<VersionCheck | null>

  /** The classifier trained for a version (replaces the previous one); null removes it. */
  putModel(id: number, model: VersionModel | null): Promise<void>
  getModel(id: number): Promise<VersionModel | null>

  /** Appends to the log; entries are never changed or removed. Returns the entry's seq. */
  appendAudit(entry: Omit<AuditEntry, 'seq'>): Promise<number>
  /** Every entry, oldest first. */
  listAudit(): Promise<AuditEntry[]>

  close?(): Promise<void>
}
