// npx tsx bench/edge/name-table-ab.ts — NameTable.find on the nearest-example index's names, a table with
// slots as files before perf15 held them (twice the names rounded up to a power of two) against one with
// twice the names (half full), in one process, rounds A B B A: CPU ns per lookup, for names in the table
// and for names that are not (most of a message's features are in no table).
import { readFileSync } from 'node:fs'
import { encodeNames, NameTable } from '../../src/nlu/name-table.ts'

const b = readFileSync('dist/assets/nlu/neighbours.bin')
const header = JSON.parse(b.subarray(8, 8 + b.readUInt32LE(4)).toString()) as { namesBytes: number }
const list = b
  .subarray(b.length - header.namesBytes)
  .toString()
  .split('\u0000')
const fresh = encodeNames(list)
// As files before perf15 held them: a power of two (the writer then takes the hash's low bits, as it did).
const pow2 = encodeNames(list, 2 ** Math.ceil(Math.log2(list.length * 2))).slots
const names = fresh.names
const tables = {
  before: new NameTable(names, fresh.nameEnds, pow2),
  after: new NameTable(names, fresh.nameEnds, fresh.slots),
}
const hits = list.filter((_, i) => i % 7 === 0)
const misses = hits.map((s) => `${s}\u3000`)
const time = (t: NameTable, qs: string[]) => {
  const t0 = process.cpuUsage()
  let found = 0
  for (let r = 0; r < 10; r++) for (const q of qs) if (t.find(q) !== undefined) found++
  const d = process.cpuUsage(t0)
  return { ns: ((d.user + d.system) * 1000) / (qs.length * 10), found }
}
const out: Record<string, number[]> = {}
for (let round = 0; round < 6; round++)
  for (const side of round % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const))
    for (const [kind, qs] of [
      ['hit', hits],
      ['miss', misses],
    ] as const) {
      const key = `${side} ${kind} (slots ${side === 'before' ? pow2.length : fresh.slots.length})`
      out[key] = [...(out[key] ?? []), time(tables[side], qs).ns]
    }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
for (const [k, v] of Object.entries(out)) console.log(k.padEnd(32), 'ns/lookup median', median(v).toFixed(1))
