import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { readJsonl, repoRoot } from './io.ts'

// The crisis corpus: JSONL files of {id, turns[], label: fire|quiet, kind, lang, note}, one file per
// author. The dev corpus is in tests/fixtures/crisis-corpus (tuned on, trained on); a sealed corpus is
// kept outside the repository and read only by `npm run eval -- --crisis --dir DIR`.

export const CORPUS_DIR = join(repoRoot, 'tests/fixtures/crisis-corpus')
/** Examples the lead wrote to teach the model a boundary: trained on, never scored (not an independent author). */
export const TRAINING_ONLY_DIR = join(CORPUS_DIR, 'training-only')

export const crisisItemSchema = z.object({
  id: z.string(),
  turns: z.array(z.string()).min(1),
  label: z.enum(['fire', 'quiet']),
  kind: z.string(),
  lang: z.string(),
  note: z.string().optional(),
})
export type CrisisItem = z.infer<typeof crisisItemSchema>

export const readCorpus = (dir: string): CrisisItem[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(dir, f), crisisItemSchema))
