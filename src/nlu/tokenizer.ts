import { TokenizerBuilder } from '@patdx/kuromoji'
import { type DictionaryLoader, toKuromojiLoader } from './dictionary-loader.ts'

// kuromoji's IPADIC tokenizer, built once per loader: the build reads ~17 MB of dictionary and takes
// about a second, so concurrent first callers share one promise instead of building twice.

export interface Token {
  surface: string
  /** 基本形 (dictionary form); the surface for unknown words. */
  base: string
  /** Katakana reading; the surface (in katakana when kana) for unknown words. */
  reading: string
  /** 品詞 and its first sub-class, e.g. 名詞/一般. */
  pos: string
  pos1: string
}

export interface JaTokenizer {
  tokenize(text: string): Token[]
}

/** The fields of a kuromoji IPADIC token the NLU reads (stock and compact dictionaries alike). */
export interface IpadicToken {
  surface_form: string
  basic_form: string
  reading?: string
  pos: string
  pos_detail_1: string
}

/** One mapping for every runtime, so Node and Workers read Japanese identically. */
export const toToken = (t: IpadicToken): Token => ({
  surface: t.surface_form,
  base: t.basic_form === '*' ? t.surface_form : t.basic_form,
  reading: t.reading && t.reading !== '*' ? t.reading : toKatakana(t.surface_form),
  pos: t.pos,
  pos1: t.pos_detail_1,
})

const builds = new WeakMap<DictionaryLoader, Promise<JaTokenizer>>()

export const buildTokenizer = (loader: DictionaryLoader): Promise<JaTokenizer> => {
  const existing = builds.get(loader)
  if (existing) return existing
  const promise = new TokenizerBuilder({ loader: toKuromojiLoader(loader) }).build().then(
    (kuromoji): JaTokenizer => ({
      tokenize(text) {
        if (text.length === 0) return []
        return kuromoji.tokenize(text).map(toToken)
      },
    }),
  )
  // A failed build must not poison later attempts (a transient read error on a cold start).
  promise.catch(() => builds.delete(loader))
  builds.set(loader, promise)
  return promise
}

/** Hiragana → katakana; everything else unchanged. */
export const toKatakana = (s: string): string =>
  s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
