import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

// A large, varied corpus for comparing the compact tokenizer with stock kuromoji: every string in
// the project's Japanese data files plus generated text that mixes scripts, widths, emoji,
// surrogate pairs and punctuation, from a seeded generator so a failure can be reproduced.

const yamlStrings = (dir: string): string[] => {
  const out: string[] = []
  let files: string[] = []
  try {
    files = readdirSync(dir, { recursive: true }) as string[]
  } catch {
    return out
  }
  // intents/corpus holds thousands of authors' examples much like the staff files: reading them all
  // would triple the run without new kinds of text.
  for (const f of files.filter((f) => f.endsWith('.yaml') && !f.startsWith('corpus/'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const text = line
        .replace(/^\s*(-\s*)?([a-z_]+:\s*)?/, '')
        .replace(/^['"]|['"]$/g, '')
        .trim()
      if (text.length > 1) out.push(text)
    }
  }
  return out
}

const pieces = [
  '認知症',
  'にんちしょう',
  'ニンチショウ',
  'ﾆﾝﾁｼｮｳ',
  '介護',
  'かいご',
  'ヘルパー',
  'ﾍﾙﾊﾟｰ',
  '８５歳',
  '85歳',
  '中２',
  '母',
  '父が',
  'の',
  'は',
  'を',
  'に',
  'で',
  'です',
  'ます',
  'ません',
  'けど',
  'やねん',
  'だべ',
  'ばい',
  '〜',
  'ー',
  'ぁ',
  'ゃ',
  'っ',
  '😢',
  '🙏',
  '👵',
  '𠮷',
  '𩸽',
  '！',
  '？',
  '!',
  '?',
  '、',
  '。',
  '，',
  '．',
  ' ',
  '　',
  'ABC',
  'ａｂｃ',
  'help',
  'mother',
  '123',
  '１２３',
  '〒211-0004',
  '2110004',
  '武蔵小杉',
  '溝の口',
  '梶ケ谷',
  '死ぬほど',
  '疲れた',
  '消えたい',
  '家賃',
  '借金',
  '眠れない',
  '引きこもり',
  'ＤＶ',
  'DV',
  '８０５０',
  '(笑)',
  'w',
  '川崎区',
  '中原区',
  '麻生区',
  '地域包括支援センター',
  '相談',
  'したい',
  'どこに',
  'いい',
  'か',
  'な',
  'ね',
  '…',
]

export const generatedTexts = (count: number, seed = 20261124): string[] => {
  let s = seed >>> 0
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(next() * 14)
    let text = ''
    for (let j = 0; j < n; j++) text += pieces[Math.floor(next() * pieces.length)]
    out.push(text)
  }
  return out
}

export const corpus = (root: string, generated = 3000): string[] => {
  // The city's own document (../shared/seeds) is long natural prose; it sits beside the repo on CI
  // and developer machines, and the generated part keeps the corpus large where it does not.
  const seedDir = join(root, '../shared/seeds')
  const seed = existsSync(seedDir)
    ? readdirSync(seedDir, { withFileTypes: true }).flatMap((e) =>
        e.isFile() ? readFileSync(join(seedDir, e.name), 'utf8').split('\n') : [],
      )
    : []
  return [
    ...seed.filter((l) => l.trim()),
    ...yamlStrings(join(root, 'intents')),
    ...yamlStrings(join(root, 'tests/fixtures')),
    ...yamlStrings(join(root, 'data')),
    ...generatedTexts(generated),
  ]
}
