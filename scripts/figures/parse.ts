// Reads the figures the README quotes out of the evaluation commands' own printed reports (the
// records in docs/results/). The reports are aggregates only by design: no resident's or author's
// text is in them, so they can live in the repository even for a sealed set.

export class RecordFormatError extends Error {
  constructor(
    readonly record: string,
    readonly what: string,
  ) {
    super(
      `docs/results/${record}.txt: no ${what} found. If the command's report changed its layout, change scripts/figures/parse.ts with it`,
    )
    this.name = 'RecordFormatError'
  }
}

const num = (s: string) => Number(s.replace(/,/g, ''))

const need = (record: string, text: string, re: RegExp, what: string) => {
  const m = text.match(re)
  if (!m) throw new RecordFormatError(record, what)
  return m
}

export type Row = { name: string; n: number; values: number[] }

/** The rows of a `title  n  a%  b%` table that follows a heading line starting with `title`. */
const table = (record: string, text: string, title: string): Row[] => {
  const lines = text.split('\n')
  const at = lines.findIndex((l) => l.startsWith(title))
  if (at < 0) throw new RecordFormatError(record, `"${title}" table`)
  const rows: Row[] = []
  for (const line of lines.slice(at + 1)) {
    const m = line.match(/^(\S+)\s+(\d+)((?:\s+[\d.]+%)+)\s*$/)
    if (!m) break
    rows.push({
      name: m[1]!,
      n: num(m[2]!),
      values: [...m[3]!.matchAll(/([\d.]+)%/g)].map((v) => num(v[1]!)),
    })
  }
  if (rows.length === 0) throw new RecordFormatError(record, `rows under "${title}"`)
  return rows
}

export type CrisisFigures = {
  fire: number
  lines: number
  answered: number
  quiet: number
  quietAnswered: number
  quietAsked: number
  ordinary: number
  ordinaryShown: number
  byKind: Row[]
  byLanguage: Row[]
}

/** `npm run eval -- --crisis …` (scripts/nlu/crisis-eval.ts). */
export const parseCrisis = (record: string, text: string): CrisisFigures => {
  const f = need(
    record,
    text,
    /^fire (\d+): lines shown (\d+) \(\s*[\d.]+%\), crisis answer (\d+)/m,
    '"fire N: lines shown" line',
  )
  const q = need(
    record,
    text,
    /^quiet (\d+): crisis answer (\d+) \(\s*[\d.]+%\), safety question (\d+) \(\s*[\d.]+%\); ordinary messages: (\d+)\/(\d+)/m,
    '"quiet N: crisis answer" line',
  )
  return {
    fire: num(f[1]!),
    lines: num(f[2]!),
    answered: num(f[3]!),
    quiet: num(q[1]!),
    quietAnswered: num(q[2]!),
    quietAsked: num(q[3]!),
    ordinaryShown: num(q[4]!),
    ordinary: num(q[5]!),
    byKind: table(record, text, 'fire by kind'),
    byLanguage: table(record, text, 'fire by language'),
  }
}

export type DialogFigures = { n: number; strict: number; standIn: number }

/** `npm run eval -- --dialogs DIR --quiet` (scripts/nlu/dialog-eval.ts), and the sealed report's dialogs. */
export const parseDialogs = (record: string, text: string): DialogFigures => {
  const s = need(
    record,
    text,
    /Dialogs ending at an expected agency kind: (\d+)\/(\d+)/,
    '"Dialogs ending at an expected agency kind" line',
  )
  const t = need(
    record,
    text,
    /or at its documented stand-in[^:]*: (\d+)\/(\d+)/,
    '"documented stand-in" line',
  )
  return { n: num(s[2]!), strict: num(s[1]!), standIn: num(t[1]!) }
}

export type UnderstandingFigures = {
  messages: number
  top1: number
  macroF1: number
  firstReply: { right: number; n: number }
  dialogs: DialogFigures
}

/** `npm run eval -- --sealed DIR --prefix P` (scripts/nlu/sealed-eval.ts). */
export const parseUnderstanding = (record: string, text: string): UnderstandingFigures => {
  const m = need(
    record,
    text,
    /n=(\d+)\s+top-1 accuracy ([\d.]+)%\s+macro-F1 ([\d.]+)%/,
    '"top-1 accuracy" line',
  )
  const r = need(
    record,
    text,
    /First reply in the resident's language: (\d+)\/(\d+)/,
    '"First reply in the resident\'s language" line',
  )
  return {
    messages: num(m[1]!),
    top1: num(m[2]!),
    macroF1: num(m[3]!),
    firstReply: { right: num(r[1]!), n: num(r[2]!) },
    dialogs: parseDialogs(record, text),
  }
}

export type PeerRow = { system: string; top1: number }

/** `npm run bench:peers -- DIR` (bench/nlu/peers-on.ts): the first column of its table. */
export const parsePeers = (record: string, text: string): PeerRow[] => {
  const rows = [...text.matchAll(/^\| ([^|]+?) \| ([\d.]+)% \|/gm)].map((m) => ({
    system: m[1]!,
    top1: num(m[2]!),
  }))
  if (rows.length === 0) throw new RecordFormatError(record, 'table of systems')
  return rows
}
