import { TokenizerBuilder } from '@patdx/kuromoji'
import { splitByPunctuation } from '../dict/compact-tokenizer.ts'
import { installSentenceLookup } from '../dict/kuromoji-lookup.ts'
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

type StockTokenizer = Awaited<ReturnType<TokenizerBuilder['build']>>
type LatticeNode = ReturnType<StockTokenizer['viterbi_searcher']['search']>[number]

/** Word ids whose features are kept; past this the cache starts again (bounded memory). */
const FEATURE_CACHE_SIZE = 1 << 15

/**
 * Stock kuromoji's tokenize, mapped by toToken, without decoding and splitting a word's feature line
 * each time it is met: stock reads it byte by byte from the dictionary and splits it into ten strings
 * per token. A word id's line never changes, so what it gives is kept (a bounded cache of dictionary
 * entries, never of a resident's text) and each token is made exactly as stock's IpadicFormatter and
 * toToken would make it. The lattice and its search are stock's, with installSentenceLookup's lookup.
 */
export const fastJaTokenizer = (kuromoji: StockTokenizer): JaTokenizer => {
  installSentenceLookup(kuromoji)
  const featuresOf = (dict: StockTokenizer['token_info_dictionary'], id: number): string[] => {
    // getFeatures is typed for a string id but is called with (and parses) the node's number, as stock does.
    const line = dict.getFeatures(id as unknown as string)
    return line == null ? [] : line.split(',')
  }
  // A known word's token depends on its id alone; an unknown word's also on its surface.
  const known = new Map<number, Token>()
  const unknown = new Map<number, string[]>()
  const { formatter, viterbi_searcher: searcher } = kuromoji
  const token = (node: LatticeNode): Token => {
    if (node.type === 'KNOWN') {
      let t = known.get(node.name)
      if (!t) {
        if (known.size >= FEATURE_CACHE_SIZE) known.clear()
        const f = featuresOf(kuromoji.token_info_dictionary, node.name)
        t = toToken({
          surface_form: f[0]!,
          pos: f[1]!,
          pos_detail_1: f[2]!,
          basic_form: f[7]!,
          reading: f[8],
        })
        known.set(node.name, t)
      }
      // A copy: a caller may keep or change its tokens without reaching the cache.
      return { ...t }
    }
    if (node.type === 'UNKNOWN') {
      let f = unknown.get(node.name)
      if (!f) {
        f = featuresOf(kuromoji.unknown_dictionary, node.name)
        unknown.set(node.name, f)
      }
      return toToken({ surface_form: node.surface_form, pos: f[1]!, pos_detail_1: f[2]!, basic_form: f[7]! })
    }
    // BOS/EOS never reach a best path; should one, it is formatted exactly as stock would.
    return toToken(formatter.formatEntry(node.name, node.start_pos, node.type, []))
  }
  return {
    tokenize(text) {
      if (text.length === 0) return []
      const tokens: Token[] = []
      for (const sentence of splitByPunctuation(text)) {
        for (const node of searcher.search(kuromoji.getLattice(sentence))) tokens.push(token(node))
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

/** Hiragana → katakana; everything else unchanged. */
export const toKatakana = (s: string): string =>
  s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
