import { TokenizerBuilder } from '@patdx/kuromoji'
import { splitByPunctuation } from '../dict/compact-tokenizer.ts'
import { createLattice, NODE_KNOWN } from '../dict/lattice.ts'
import { type StockTokenizer, stockLatticeTables } from '../dict/stock-tables.ts'
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

/** Word ids whose features are kept; past this the cache starts again (bounded memory). */
const FEATURE_CACHE_SIZE = 1 << 15

/** A high surrogate without its low half: stock kuromoji throws on it (its UTF-8 encoder gives up). */
const LONE_HIGH_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])/

/**
 * Stock kuromoji's tokenize, mapped by toToken, over our own lattice (src/dict/lattice.ts: typed arrays
 * kept between sentences instead of stock's per-position strings, index arrays and node objects) and
 * without decoding and splitting a word's feature line each time it is met: stock reads it byte by
 * byte from the dictionary and splits it into ten strings per token. A word id's line never changes,
 * so what it gives is kept (a bounded cache of dictionary entries, never of a resident's text) and each
 * token is made exactly as stock's IpadicFormatter and toToken would make it. A sentence with a lone
 * high surrogate goes to stock, which throws there (normalize() drops lone surrogates before analyze()).
 */
export const fastJaTokenizer = (kuromoji: StockTokenizer): JaTokenizer => {
  const lattice = createLattice(stockLatticeTables(kuromoji))
  const featuresOf = (dict: StockTokenizer['token_info_dictionary'], id: number): string[] => {
    // getFeatures is typed for a string id but is called with (and parses) the node's number, as stock does.
    const line = dict.getFeatures(id as unknown as string)
    return line == null ? [] : line.split(',')
  }
  // A known word's token depends on its id alone; an unknown word's also on its surface.
  const known = new Map<number, Token>()
  const unknown = new Map<number, string[]>()
  const knownToken = (id: number): Token => {
    let t = known.get(id)
    if (!t) {
      if (known.size >= FEATURE_CACHE_SIZE) known.clear()
      const f = featuresOf(kuromoji.token_info_dictionary, id)
      t = toToken({ surface_form: f[0]!, pos: f[1]!, pos_detail_1: f[2]!, basic_form: f[7]!, reading: f[8] })
      known.set(id, t)
    }
    // A copy: a caller may keep or change its tokens without reaching the cache.
    return { ...t }
  }
  const unknownToken = (id: number, surface: string): Token => {
    let f = unknown.get(id)
    if (!f) {
      f = featuresOf(kuromoji.unknown_dictionary, id)
      unknown.set(id, f)
    }
    return toToken({ surface_form: surface, pos: f[1]!, pos_detail_1: f[2]!, basic_form: f[7]! })
  }
  return {
    tokenize(text) {
      if (text.length === 0) return []
      const tokens: Token[] = []
      for (const sentence of splitByPunctuation(text)) {
        if (LONE_HIGH_SURROGATE.test(sentence)) {
          for (const t of kuromoji.tokenizeForSentence(sentence, [])) tokens.push(toToken(t as IpadicToken))
          continue
        }
        const n = lattice.search(sentence)
        for (let i = 0; i < n; i++) {
          const row = lattice.path(i)
          // BOS and EOS are never on a path.
          tokens.push(
            lattice.type(row) === NODE_KNOWN
              ? knownToken(lattice.name(row))
              : unknownToken(lattice.name(row), lattice.surface(sentence, row)),
          )
        }
      }
      return tokens
    },
  }
}

const builds = new WeakMap<DictionaryLoader, Promise<JaTokenizer>>()

export const buildTokenizer = (loader: DictionaryLoader): Promise<JaTokenizer> => {
  const existing = builds.get(loader)
  if (existing) return existing
  const promise = new TokenizerBuilder({ loader: toKuromojiLoader(loader) }).build().then(fastJaTokenizer)
  // A failed build must not poison later attempts (a transient read error on a cold start).
  promise.catch(() => builds.delete(loader))
  builds.set(loader, promise)
  return promise
}

// Made once at load (a regex literal and an arrow in the function were new objects on every call).
const HIRAGANA = /[\u3041-\u3096]/g
const katakanaOf = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0x60)
/** Hiragana → katakana; everything else unchanged. */
export const toKatakana = (s: string): string => s.replace(HIRAGANA, katakanaOf)
