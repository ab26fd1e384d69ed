// Nepali as people type it: in Devanagari, or romanised in as many ways as there are writers
// (marna/marnaa, chha/cha/xa, bhayo/vayo/bhaeo, banchna/bachna, ahile/aile). One form per spelling
// could never keep up (every unseen author scored 62–71 %), so both scripts are read as one consonant
// skeleton and the Nepali concept forms (`nesk` in crisis-concepts.ts) are written once, on it:
//  - Devanagari is transliterated consonant by consonant; vowels, virama and nasal marks are dropped;
//  - romanised text loses its vowels, its aspiration (kh→k, chh→c, bh→b) and an h inside a word
//    (ahile/aile; harayo keeps its h), a nasal n before
//    a consonant (banchna = बाँच्न), and y after the start of a word (bhayo/bhaeo, lagyo/lageo);
//    x (xa, xu) is c, v and w are b, f is p, z is j;
//  - a doubled consonant is one (chakku, lukkeko).
//  - a postposition written apart joins its word (haat ma = हातमा: `htm`).
// So 「मर्न मन लाग्यो」, "marna man lagyo" and "marnaa mann lageo" all read `mrn mn lg`. A skeleton is
// short and ambiguous, so romanised text is read this way only when it looks Nepali (MARKERS), each
// word of a form matches the start of a word (the rest is its suffixes: रगतले, ragat), and a form
// names two or more words where one would be too loose.
// Forms are written as Nepali people write it, in either script ('ragat rokidaina', 'रगत रोकिँदैन'),
// and turned into the skeleton by the same function (neskForm).

const CONSONANT: Record<string, string> = {
  क: 'k',
  ख: 'k',
  ग: 'g',
  घ: 'g',
  ङ: 'n',
  च: 'c',
  छ: 'c',
  ज: 'j',
  झ: 'j',
  ञ: 'n',
  ट: 't',
  ठ: 't',
  ड: 'd',
  ढ: 'd',
  ण: 'n',
  त: 't',
  थ: 't',
  द: 'd',
  ध: 'd',
  न: 'n',
  प: 'p',
  फ: 'p',
  ब: 'b',
  भ: 'b',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  व: 'b',
  श: 's',
  ष: 's',
  स: 's',
  ह: 'h',
  क़: 'k',
  ख़: 'k',
  ग़: 'g',
  ज़: 'j',
  ड़: 'd',
  ढ़: 'd',
  फ़: 'p',
  ळ: 'l',
}
const DIGIT = '०१२३४५६७८९'
const VIRAMA = '\u094d'

/**
 * Devanagari to loose Latin: each consonant, with an `a` for its vowel unless a virama joins it to the
 * next (so a joined न् is the nasal n the romanised rules drop: चाहन्छु, chahachu); vowel signs and
 * nasal marks dropped, Devanagari digits read as digits.
 */
const fromDevanagari = (s: string): string => {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!
    const consonant = CONSONANT[ch]
    if (consonant !== undefined) out += s[i + 1] === VIRAMA ? consonant : `${consonant}a`
    else if (DIGIT.includes(ch)) out += String(DIGIT.indexOf(ch))
    else if (/[\u0904-\u0914]/.test(ch)) out += 'a'
    else if (!/[\u0900-\u097f]/.test(ch)) out += ch
  }
  return out
}

const POSTPOSITION =
  /([a-z0-9\u0900-\u097f]) (ma|maa|le|lai|laai|ko|ki|ka|bata|baata|dekhi|samma|sanga|sangai)(?![a-z])/g

/** Romanised Nepali to its consonant skeleton (the Devanagari side arrives here already consonants). */
const skeletonOfLatin = (s: string): string =>
  s
    .toLowerCase()
    .replace(/x/g, 'c')
    .replace(/n(?=[bcdfgjklmpqrstvwz])/g, '')
    // A postposition written apart joins its word, as in Devanagari (haat ma = हातमा); not across a
    // comma, where "ma" is "I". After the nasal rule: the n of "din dekhi" is no nasal.
    .replace(POSTPOSITION, '$1$2')
    .replace(/chh|ch|kh|gh|jh|th|dh|ph|bh|sh/g, (d) => d[0]!)
    .replace(/(?<=[a-z0-9])h/g, '')
    .replace(/f/g, 'p')
    .replace(/[vw]/g, 'b')
    .replace(/z/g, 'j')
    .replace(/q/g, 'k')
    .replace(/(?<=[a-z])y/g, '')
    .replace(/[aeiou]/g, '')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

// Romanised text is read as Nepali only with two signs of it: words only Nepali uses often, or verb
// endings ("rokidaina", "garchu", "gareko"). Short words Tagalog or Vietnamese also write (ko, ma, na,
// bata, lai, cha, chan, ra) are not signs at all, and one sign is not enough unless it is STRONG.
const MARKERS =
  /(?<![a-z])(?:chha|chhu|chhan|xu|xan|chaina|chhaina|xaina|malai|mero|meri|hamro|tapai|tapaai|timi|usle|uslai|bhayo|vayo|bhaeo|bhayena|garna|garnu|garchu|garera|gareko|sakina|sakdina|sakdaina|bhanera|bhancha|bhanchha|lagyo|lagcha|lagchha|dekhi|aaja|aile|ahile|pani|ekdam|dherai|kina|kasari|kaha|hajur|didi|bahini|bhai|sathi|saathi|aama|buba|hajurba|hajuraama|srimati|shrimati|srimaan|shriman|namaste|ghar|kotha|sabai|sanga|sangai|yaar|cha|chu|eklai|eklo|goli|nindra|ramro|thik|garne|garyo|huncha|paincha|parcha|aba|kun|bhanda|kehi|afnai|aafno|ek|mathi|hunna|milcha|kasto|kati|sakena|aayena|aaena|bhaena|gayena|farkena|pharkena|utheena|khanda|garda|hunda|chahanna|chahinna|kasailai|kasaiko|aafnai|aafulai|lagxa|garxa|hunxa|parxa|aauxa|sakxa)(?![a-z])|[a-z]{2,}(?:daina|dina|dainan|dai|chhu|chu|xu|chha|chhan|ncha|rcha|lcha|eko|eki|iyo|ayo|era|nu|nus|nuhos|thyo|thiyo|isake|isakey|isakyo)(?![a-z])/g

// Alone enough: a negative or first-person verb ending, and words no other language writes.
const STRONG =
  /(?<![a-z])(?:malai|chaina|chhaina|xaina|hajur|[a-z]{2,}(?:daina|dainan|dainau|dinan|chhu|chu|xu|eko|thyo|nuhos))(?![a-z])/

/** The consonant skeleton of a message when it is Nepali (Devanagari, or Latin that reads Nepali), else ''. */
export const nepaliSkeleton = (normalized: string): string => {
  if (/[\u0900-\u097f]/.test(normalized)) return skeletonOfLatin(fromDevanagari(normalized))
  const lower = normalized.toLowerCase()
  const markers = new Set(lower.match(MARKERS) ?? [])
  return markers.size >= 2 || STRONG.test(lower) ? skeletonOfLatin(lower) : ''
}

/**
 * A Nepali concept form (plain words in either script; `…` for up to three words between) as a regex
 * source over the skeleton: each word from the start of a word, its suffixes free, except a word of
 * one consonant (aba `b`, chha `c`), which must be the whole word: as a prefix it would match almost
 * anything. A one-word form needs three consonants or more (crisis-rules.test.ts checks it);
 * shorter words go in the concept's `ne` forms, spelled out.
 */
export const neskForm = (phrase: string): string =>
  phrase
    .split('…')
    .map((part) =>
      skeletonOfLatin(fromDevanagari(part.trim()))
        .split(' ')
        .map((w) => {
          // A word of vowels only (aayo, aau) leaves nothing on the skeleton: as `[a-z0-9]*` it matched any word, so
          // 'pheri … aayo' read every word that starts with pr (purano, prayas). Such a word goes in `ne` forms.
          if (w === '')
            throw new Error(
              `crisis-concepts.ts: the Nepali form "${phrase}" has a word with no consonant (nesk)`,
            )
          return w.length === 1 ? `${w}(?![a-z0-9])` : `${w}[a-z0-9]*`
        })
        .join(' '),
    )
    .join('(?: [a-z0-9]+){0,3} ')
