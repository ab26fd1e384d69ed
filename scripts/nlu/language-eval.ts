import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import type { ConversationService } from '../../src/core/conversation.ts'
import type { OutboundMessage } from '../../src/core/messages.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import { nextLanguage } from '../../src/nlu/language.ts'
import { EVAL_NOW, pctOf, projectConversation } from './dialog-eval.ts'
import { loadIntents, readJsonl, repoRoot } from './io.ts'

// npm run eval -- --first-reply-language [DIR|FILE ...] [--errors]
//
// The dev measurement of issue 12's two language targets, on texts we may read:
//  - the first reply in the resident's language: each foreign-language text opens a fresh conversation
//    through the real core (crisis → NLU → flows → directory → locale), and the first message of the
//    answer must carry the text's language (the sealed evaluation scores it the same way, with
//    firstReplyInLanguage below);
//  - language detection on short messages (10–40 characters): the conversation's language after the
//    message, from Japanese, for every text of that length, Japanese included (it must stay Japanese).
// Texts: the foreign authors' corpus files (intents/corpus/*/<author>.yaml with a lang per example),
// plus every *.jsonl given: dialogs ({turns, lang}: the first turn) or messages ({text, lang}).

export interface LangText {
  text: string
  lang: string
  source: string
}

const lineSchema = z.union([
  z.object({ turns: z.array(z.string()).min(1), lang: z.string().optional() }),
  z.object({ text: z.string(), lang: z.string().optional() }),
])

const jsonlFiles = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((n) => n.endsWith('.jsonl'))
        .sort()
        .map((n) => join(path, n))
    : [path]

/** The detector comparison's short messages (tests/fixtures/language/short-messages.yaml). */
const shortMessages = (): LangText[] =>
  Object.entries(
    parse(readFileSync(join(repoRoot, 'tests/fixtures/language/short-messages.yaml'), 'utf8')) as Record<
      string,
      string[]
    >,
  ).flatMap(([lang, texts]) => texts.map((text) => ({ text, lang, source: 'short-messages' })))

export const textsOf = (paths: string[]): LangText[] => [
  ...shortMessages(),
  ...loadIntents({ foreign: true })
    .data.filter((d) => d.lang)
    .map((d) => ({ text: d.text, lang: d.lang!, source: 'intents/corpus' })),
  ...paths.flatMap(jsonlFiles).flatMap((file) =>
    readJsonl(file, lineSchema).map((l) => ({
      text: 'turns' in l ? l.turns[0]! : l.text,
      lang: l.lang ?? 'ja',
      source: file,
    })),
  ),
]

const isForeign = (lang: string) => lang !== 'ja' && lang !== 'ja-easy'
/** zh-Hans and zh-Hant both count as Chinese: a reply in the other script is still read. */
const sameLanguage = (tag: string | undefined, lang: string) =>
  tag !== undefined && tag.toLowerCase().slice(0, 2) === lang.toLowerCase().slice(0, 2)

/** Whether the first message answering `text`, in a fresh conversation, is in `lang`. */
export const firstReplyInLanguage = async (
  conversation: ConversationService,
  text: string,
  lang: string,
  sessionId: string,
): Promise<{ ok: boolean; tag: string | undefined }> => {
  const r = await conversation.handle({
    channel: 'api',
    sessionId,
    message: { type: 'text', text },
    now: EVAL_NOW,
  })
  await conversation.end(sessionId)
  const tag = (r.messages[0] as (OutboundMessage & { lang?: string }) | undefined)?.lang
  return { ok: sameLanguage(tag, lang), tag }
}

/** Per-language shares: `lang  ok/n  pct`. */
const table = (rows: { lang: string; ok: boolean }[]): string[] => {
  const by = new Map<string, [number, number]>()
  for (const r of rows) {
    const [a, b] = by.get(r.lang) ?? [0, 0]
    by.set(r.lang, [a + (r.ok ? 1 : 0), b + 1])
  }
  const ok = rows.filter((r) => r.ok).length
  return [
    `  all      ${ok}/${rows.length}  ${pctOf(ok, rows.length)}`,
    ...[...by].sort().map(([l, [a, b]]) => `  ${l.padEnd(8)} ${a}/${b}  ${pctOf(a, b)}`),
  ]
}

/** The conversation's language after one message from a Japanese start (what the turn answers in). */
export const detectedLanguage = (nlu: Nlu, text: string): string => {
  const reading = nlu.analyze(text).language
  return reading ? nextLanguage('ja', reading) : 'ja'
}

/** Issue 12's short messages: 10–40 characters. */
const SHORT = { min: 10, max: 40 }
const isShort = (text: string) => text.length >= SHORT.min && text.length <= SHORT.max

/**
 * Issue 12's detection target, counts only (no text, so a sealed report can be shared): the
 * conversation's language after each non-Japanese message of 10–40 characters, from a Japanese start,
 * must be the message's language exactly (zh-Hans read as zh-Hant is a miss). Returns the table's lines.
 */
export const shortDetectionLines = (nlu: Nlu, messages: { text: string; lang: string }[]): string[] => {
  const rows = messages
    .filter((m) => isForeign(m.lang) && isShort(m.text))
    .map((m) => ({ lang: m.lang, ok: detectedLanguage(nlu, m.text) === m.lang }))
  return [
    `Language detected on short non-Japanese messages (${SHORT.min}–${SHORT.max} characters, ${rows.length} texts):`,
    ...table(rows),
  ]
}

export const languageEvalMain = async (argv: string[]) => {
  const at = argv.indexOf('--first-reply-language')
  const paths = argv
    .slice(at + 1)
    .filter((a) => !a.startsWith('--'))
    .map((p) => resolve(p))
  const errors = argv.includes('--errors')
  const texts = textsOf(paths)
  const { nlu, conversation } = await projectConversation()
  const out: string[] = []

  const foreign = texts.filter((t) => isForeign(t.lang))
  const replies: { lang: string; ok: boolean }[] = []
  const wrong: string[] = []
  for (const [i, t] of foreign.entries()) {
    const r = await firstReplyInLanguage(conversation, t.text, t.lang, `lang-eval-${i}`)
    replies.push({ lang: t.lang, ok: r.ok })
    if (!r.ok) wrong.push(`- [${t.lang} → ${r.tag ?? 'ja'}] ${t.text}`)
  }
  out.push(
    `First reply in the resident's language (${foreign.length} foreign-language texts):`,
    ...table(replies),
  )
  if (errors) out.push(...wrong)

  // Japanese must stay Japanese: the Japanese authors' texts (t1–t3, no lang recorded) in Japanese script.
  const japanese = loadIntents({ foreign: true })
    .data.filter((d) => !d.lang && /[\u3040-\u30ff]/.test(d.text) && !/[a-zA-Z]{3}/.test(d.text))
    .map((d) => ({ text: d.text, lang: 'ja', source: 'intents/corpus' }))
  const short = [...texts, ...japanese].filter((t) => isShort(t.text))
  const detected = short.map((t) => {
    const got = detectedLanguage(nlu, t.text)
    // やさしい日本語 read as Japanese (or the reverse) is still answered in Japanese.
    const ok = isForeign(t.lang) ? got === t.lang : !isForeign(got)
    return { lang: t.lang, ok, got, text: t.text }
  })
  out.push(
    '',
    `Language detected on short messages (${SHORT.min}–${SHORT.max} characters, ${short.length} texts):`,
    ...table(detected),
  )
  if (errors) out.push(...detected.filter((d) => !d.ok).map((d) => `- [${d.lang} → ${d.got}] ${d.text}`))
  // The target itself (the line above counts Japanese too, which must stay Japanese).
  out.push('', ...shortDetectionLines(nlu, texts))
  console.log(out.join('\n'))
}
