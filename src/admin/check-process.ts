import { spawn } from 'node:child_process'
import { setPriority } from 'node:os'
import { z } from 'zod'
import type { CheckReport } from '../core/console-store.ts'
import type { Checker, CheckInput, CheckResult } from './check.ts'

// 「チェック」 on Node: scripts/console/check-main.ts in a child process (files in on stdin, report out
// on stdout), one at a time, at a lower CPU priority, so training the classifier never stalls the
// service's answers to residents. The report is parsed like any other input from outside.

const findingSchema = z.object({ file: z.string(), path: z.string(), message: z.string() })
const scoresSchema = z.object({ accuracy: z.number(), crisisRecall: z.number() })
const reportSchema = z.object({
  passed: z.boolean(),
  lint: z.array(findingSchema),
  dialogs: z.object({ total: z.number(), failed: z.array(findingSchema) }),
  model: z.object({
    retrained: z.boolean(),
    examples: z.number(),
    cvAccuracy: z.number(),
    trainMs: z.number(),
    sourceHash: z.string().optional(),
  }),
  evaluation: scoresSchema.extend({ live: scoresSchema.extend({ version: z.number() }).nullable() }),
  reasons: z.array(z.string()),
  durationMs: z.number(),
}) satisfies z.ZodType<CheckReport>
const resultSchema = z.object({
  report: reportSchema,
  model: z.object({ sourceHash: z.string(), contentHash: z.string(), data: z.string() }).nullable(),
}) satisfies z.ZodType<CheckResult>

/** The child did not produce a report (crashed, timed out, printed something else). */
export class CheckProcessError extends Error {
  override readonly name = 'CheckProcessError'
}

export interface ProcessCheckerOptions {
  /** scripts/console/check-main.ts */
  script: string
  /** Where `--import tsx` and the repo's tests/ and intents/corpus resolve (the repo root). */
  cwd: string
  /**
   * A check that runs far longer is stopped. Retraining took 139 s at load 11 and 286 s at load 8 with
   * other work on the 2 cores (bench/console/check-retrain.ts); 5 minutes killed a healthy check on a busy
   * host, so the default is 12 (below CHECK_STALE_MS, after which a lost check may be started again).
   */
  timeoutMs?: number
}

const runOnce = (options: ProcessCheckerOptions, input: CheckInput) =>
  new Promise<CheckResult>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', options.script], {
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    try {
      if (child.pid) setPriority(child.pid, 10)
    } catch {
      // Not permitted on some hosts; the check still runs, only at normal priority.
    }
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 12 * 60_000)
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(new CheckProcessError(`check process did not start: ${e.message}`))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code !== 0) {
        const tail = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-3).join(' | ')
        return reject(new CheckProcessError(`check process ended with ${signal ?? code}: ${tail}`))
      }
      try {
        resolve(resultSchema.parse(JSON.parse(Buffer.concat(out).toString('utf8'))))
      } catch {
        reject(new CheckProcessError('check process printed no report'))
      }
    })
    child.stdin.on('error', () => {}) // a child that died early is reported by 'close'
    child.stdin.end(JSON.stringify(input))
  })

export const processChecker = (options: ProcessCheckerOptions): Checker => {
  // One check at a time in each process: two trainings at once would take both cores of a small host.
  let queue: Promise<unknown> = Promise.resolve()
  return (input) => {
    const next = queue.then(
      () => runOnce(options, input),
      () => runOnce(options, input),
    )
    queue = next.catch(() => {})
    return next
  }
}
