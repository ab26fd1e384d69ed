// bench:edge: the workerd processes that a `wrangler dev` (its own process group) started, read from /proc.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** The workerd processes in wrangler's process group. */
export const workerdPids = (pgid: number): string[] =>
  execFileSync('ps', ['-o', 'pid=,comm=', '-g', String(pgid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((row) => row.trim().split(/\s+/))
    .filter(([, comm]) => comm === 'workerd')
    .map(([pid]) => pid!)

/** A /proc file of a process that may have gone meanwhile ('' then). */
const proc = (pid: string, file: string) => {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8')
  } catch {
    return ''
  }
}

/** Summed RSS (MB) of the workerd processes in wrangler's process group. */
export const workerdRssMB = (pgid: number): number => {
  let kb = 0
  for (const pid of workerdPids(pgid)) kb += Number(proc(pid, 'status').match(/VmRSS:\s+(\d+) kB/)?.[1] ?? 0)
  return Math.round(kb / 102.4) / 10
}

/**
 * CPU time (ms) the workerd processes in wrangler's process group have used so far. Wall time on a
 * shared machine measures the machine; CPU time measures the Worker (10 ms resolution). Module
 * evaluation happens before "ready", so spawn → answer is the fair total between builds.
 */
export const workerdCpuMs = (pgid: number): number => {
  let ticks = 0
  for (const pid of workerdPids(pgid)) {
    // Fields after the command (which may hold spaces): state is 3rd, utime 14th, stime 15th.
    const fields = proc(pid, 'stat').split(') ')[1]?.split(' ') ?? []
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0)
  }
  return ticks * 10
}
