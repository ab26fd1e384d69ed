import { text } from 'node:stream/consumers'
import { z } from 'zod'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { readDialogFiles } from '../flows/test-dialogs.ts'
import { loadDevSet, readCorpusFiles } from '../nlu/io.ts'
import { checkVersion } from './check-version.ts'
import { memoTokenizer } from './memo-tokenizer.ts'

// The child process the console's 「チェック」 starts (src/admin/check-process.ts): a version's files as
// JSON on standard input, the report as JSON on standard output. A process of its own, because training
// the classifier keeps a CPU busy for up to a minute and the service must keep answering residents.

const fileSchema = z.object({ path: z.string().min(1), text: z.string() })
const inputSchema = z.object({
  files: z.array(fileSchema).min(1),
  live: z
    .object({
      version: z.number().int().positive(),
      files: z.array(fileSchema),
      evaluation: z
        .object({
          accuracy: z.number(),
          crisisRecall: z.number(),
          live: z.object({ version: z.number(), accuracy: z.number(), crisisRecall: z.number() }).nullable(),
        })
        .nullable(),
    })
    .nullable(),
  models: z
    .array(z.object({ sourceHash: z.string(), contentHash: z.string(), data: z.string() }))
    .default([]),
})

const input = inputSchema.parse(JSON.parse(await text(process.stdin)))
const result = await checkVersion(input, {
  tokenizer: memoTokenizer(await buildTokenizer(nodeDictionaryLoader())),
  corpus: readCorpusFiles(),
  dialogs: readDialogFiles(),
  devSet: loadDevSet(),
})
process.stdout.write(`${JSON.stringify(result)}\n`)
