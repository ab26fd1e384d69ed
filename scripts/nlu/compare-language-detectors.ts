import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { ResidentLanguage } from '../../src/core/language.ts'
import { chineseVariant, scriptVerdict } from '../../src/nlu/language-script.ts'

// Compares language detectors on tests/fixtures/language/short-messages.yaml (short messages written
// for this project), each alone and behind the script-first step of src/nlu/language-script.ts.
// The libraries other than the one we ship are not dependencies: install them for a run with
//   npm i --no-save franc franc-min tinyld eld
// and run `npx tsx scripts/nlu/compare-language-detectors.ts`. Missing ones are reported and skipped.

type Detect = (text: string) => string | null
const LATIN = ['en', 'vi', 'tl', 'pt', 'es'] as const

const iso3: Record<string, string> = {
  jpn: 'ja',
  eng: 'en',
  cmn: 'zh',
  kor: 'ko',
  vie: 'vi',
  tgl: 'tl',
  por: 'pt',
  spa: 'es',
  npi: 'ne',
  nep: 'ne',
}
const iso3Of = (l: string) =>
  Object.entries(iso3)
    .filter(([, v]) => v === l)
    .map(([k]) => k)

const load = async (): Promise<Record<string, { raw: Detect; latin: Detect }>> => {
  const out: Record<string, { raw: Detect; latin: Detect }> = {}
  const tryImport = async (name: string) => {
    try {
      return await import(name)
    } catch {
      console.log(`(${name} not installed: skipped)`)
      return null
    }
  }
  for (const name of ['franc', 'franc-min']) {
    const m = await tryImport(name)
    if (!m) continue
    const only = LATIN.flatMap(iso3Of)
    out[name] = {
      raw: (t) => iso3[m.franc(t, { minLength: 3 })] ?? null,
      latin: (t) => iso3[m.franc(t, { minLength: 3, only })] ?? null,
    }
  }
  const tiny = await tryImport('tinyld')
  if (tiny)
    out.tinyld = {
      raw: (t) => tiny.detect(t) || null,
      latin: (t) => tiny.detect(t, { only: [...LATIN] }) || null,
    }
  const eldm = await tryImport('eld/small')
  if (eldm) {
    const raw = eldm.eld
    out['eld (small)'] = {
      raw: (t) => raw.detect(t).language || null,
      latin: (t) => {
        const scores = raw.detect(t).getScores() as Record<string, number>
        const best = LATIN.map((l) => [l, scores[l] ?? 0] as const).sort((a, b) => b[1] - a[1])[0]
        return best && best[1] > 0 ? best[0] : null
      },
    }
  }
  return out
}

const expected = (lang: string) => (lang === 'ja-easy' ? 'ja' : lang)
const zhSplit = (text: string, l: string | null) => (l === 'zh' ? chineseVariant(text) : l)

const scriptFirst = (detect: Detect) => (text: string) => {
  const v = scriptVerdict(text)
  if (v.kind === 'language') return v.lang === 'ja-easy' ? 'ja' : v.lang
  if (v.kind === 'latin') return detect(text)
  return null
}

const main = async () => {
  const set = parse(
    readFileSync(new URL('../../tests/fixtures/language/short-messages.yaml', import.meta.url), 'utf8'),
  ) as Record<ResidentLanguage, string[]>
  const items = Object.entries(set).flatMap(([lang, texts]) => texts.map((text) => ({ lang, text })))
  const libs = await load()
  const langs = Object.keys(set)
  console.log(`${items.length} messages, ${langs.length} classes (ja-easy counts as ja)\n`)
  console.log(['detector', 'all', ...langs].join('\t'))
  for (const [name, d] of Object.entries(libs)) {
    for (const [mode, fn] of [
      ['alone', (t: string) => zhSplit(t, d.raw(t))],
      ['script-first', scriptFirst(d.latin)],
    ] as const) {
      const per = langs.map((l) => {
        const of = items.filter((i) => i.lang === l)
        return of.filter((i) => fn(i.text) === expected(l)).length / of.length
      })
      const all = items.filter((i) => fn(i.text) === expected(i.lang)).length / items.length
      console.log([`${name} ${mode}`, all.toFixed(3), ...per.map((p) => p.toFixed(2))].join('\t'))
    }
  }
}

await main()
