// Where a version's files live in the repo's YAML tree. A module of its own, with no node: import, so
// the console's .zip (src/admin/zip.ts, run on Workers too) and the Node-only tree on disk
// (version-tree.ts) share one list.

/** The folders a version's files come from; anything else in the tree is not part of a version. */
export const VERSION_DIRS = ['data/kawasaki', 'flows', 'flows/locales', 'intents'] as const
