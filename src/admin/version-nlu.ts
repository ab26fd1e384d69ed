import type { ConsoleStore, VersionFile } from '../core/console-store.ts'
import type { Nlu } from '../core/nlu.ts'
import { filesHash } from './check.ts'
import { type TrainedClassifier, unpackModel } from './version-model.ts'

// Which classifier a version answers with, on every runtime: the one 「チェック」 trained for it and
// stored with it (its intents differ from the committed model's), else the committed one. Approval
// refuses a version whose intents differ and that has no stored model (requirePassingCheck), so the
// committed fallback is only ever taken for intents it was trained on. A stored model for files other
// than the version's (a save after the check; only drafts can change) is ignored. Analyzers are kept
// per model, so a rollback to a recent version swaps back without unpacking or indexing again.

export interface VersionNluOptions {
  store: ConsoleStore
  /** The classifier the runtime was built with (the bundled model). */
  committed: Nlu
  /** An analyzer for a stored classifier; each runtime builds its nearest-example index its own way. */
  build: (trained: TrainedClassifier) => Nlu | Promise<Nlu>
  /** How many stored models to keep in memory (each is tens of MB once indexed). */
  keep?: number
}

export const createVersionNlus = (options: VersionNluOptions) => {
  const keep = options.keep ?? 2
  const analyzers = new Map<string, Promise<Nlu>>()
  /** The version's classifier, and whether it is its own (the simulator tells staff which). */
  const resolve = async (id: number, files: VersionFile[] | null): Promise<{ nlu: Nlu; own: boolean }> => {
    const stored = await options.store.getModel(id)
    if (!stored || (files && stored.filesHash !== (await filesHash(files))))
      return { nlu: options.committed, own: false }
    let nlu = analyzers.get(stored.contentHash)
    if (nlu) {
      // Most recently used last, so the oldest is the one dropped.
      analyzers.delete(stored.contentHash)
    } else {
      nlu = unpackModel(stored).then(options.build)
      nlu.catch(() => analyzers.delete(stored.contentHash))
    }
    analyzers.set(stored.contentHash, nlu)
    while (analyzers.size > keep) analyzers.delete(analyzers.keys().next().value!)
    return { nlu: await nlu, own: true }
  }
  return {
    /**
     * The version's classifier; throws when its stored model is damaged (the version is then refused).
     * `files: null` (the simulator on a draft) takes the model of the draft's latest check even if the
     * draft was saved since: closer to the draft than the committed one, and only staff see it.
     */
    forVersion: async (id: number, files: VersionFile[] | null): Promise<Nlu> =>
      (await resolve(id, files)).nlu,
    resolve,
  }
}
