import { describe, expect, it } from 'vitest'
import { encodeModel, loadModel, type ModelArtifact, predict } from '../../src/nlu/model.ts'
import {
  peerArtifact,
  peerInput,
  peerProbabilities,
  peerTermsAs,
  prunePeer,
  shippedPeerProbabilities,
  trainPeer,
} from '../../src/nlu/tfidf-peer.ts'
import { bundledModel } from '../../src/runtime/node/bundled-models.ts'

// The TF-IDF + LR peer the classifier blends in (src/nlu/tfidf-peer.ts): its shipped, packed form must
// score as the trained peer does, survive the Worker's binary file, and blend as documented.

const words = (s: string) => s.split(' ')
// Three labels; `b` is taught by words that push `a` down, so the peer learns negative weights too.
const docs = [
  'money rent late',
  'money bills late',
  'rent landlord evict',
  'kid cries night',
  'kid school hungry',
  'kid hungry locked',
  'sad cry alone',
  'alone tired sad',
  'night alone cry',
].map(words)
const ys = [0, 0, 0, 1, 1, 1, 2, 2, 2]
const peer = trainPeer(docs, ys, 3)

describe('TF-IDF peer, shipped form', () => {
  it('scores as the trained peer within the rounding of its integers, negative weights included', () => {
    expect(Array.from(peer.w).some((w) => w < -0.1)).toBe(true)
    const shipped = peerArtifact(peer, { blend: 0.5, latinBlend: 0.5 }, 1)
    for (const text of ['kid hungry', 'money late night', 'sad alone', 'rent cry kid']) {
      const want = peerProbabilities(peer, words(text))!
      const got = shippedPeerProbabilities(shipped, words(text))!
      for (let c = 0; c < 3; c++) expect(got[c]).toBeCloseTo(want[c]!, 2)
    }
  })

  it('knows nothing of a text without a known term, and pruning keeps only the larger weights', () => {
    const shipped = peerArtifact(peer, { blend: 0.5, latinBlend: 0.5 }, 1)
    expect(shippedPeerProbabilities(shipped, ['unknown'])).toBeNull()
    const pruned = prunePeer(shipped, 50)
    const size = (p: typeof shipped) => Object.values(p.terms).reduce((n, r) => n + r.length, 0)
    expect(size(pruned)).toBeLessThan(size(shipped))
    // Every term keeps its idf, so the lengths (and the vocabulary) stay.
    expect(Object.keys(pruned.terms)).toEqual(Object.keys(shipped.terms))
    for (const [t, row] of Object.entries(pruned.terms)) expect(row[0]).toBe(shipped.terms[t]![0])
  })
})

// nlu18: residents type Portuguese, Spanish and Vietnamese with and without diacritics; a peer that says
// `foldLatin` was trained on folded terms and folds a message's terms the same way (kana and Han untouched).
describe('a peer reading Latin without diacritics', () => {
  it('folds Latin letters only, in words and character pairs', () => {
    expect(
      peerTermsAs({ foldLatin: true }, ['w:salário', 'c:ão', 'c:ấy', 'w:đau', 'w:認知', 'c:が', 'w:kid']),
    ).toEqual(['w:salario', 'c:ao', 'c:ay', 'w:dau', 'w:認知', 'c:が', 'w:kid'])
    expect(peerTermsAs({}, ['w:salário'])).toEqual(['w:salário'])
  })

  it('meets a word typed with or without its accents when folded, and only then', () => {
    const folded = trainPeer(
      [
        ['w:salario', 'w:atrasado'],
        ['w:filho', 'w:escola'],
      ],
      [0, 1],
      2,
    )
    const plain = peerArtifact(folded, { blend: 0.5, latinBlend: 0.5 }, 1)
    const shipped = { ...plain, foldLatin: true }
    const bare = shippedPeerProbabilities(shipped, ['w:salario'])!
    expect(Array.from(shippedPeerProbabilities(shipped, ['w:salário'])!)).toEqual(Array.from(bare))
    expect(bare[0]).toBeGreaterThan(bare[1]!)
    expect(shippedPeerProbabilities(plain, ['w:salário'])).toBeNull()
  })
})

describe('the blend in predict', () => {
  // The committed model's labels, with a peer whose labels are those indexes (a toy, three labels used).
  const labels = bundledModel.labels.length
  const wide = trainPeer(docs, ys, labels)
  const withPeer = (blend: number): ModelArtifact => ({
    ...bundledModel,
    peer: peerArtifact(wide, { blend, latinBlend: 0 }, 1),
  })
  const v = new Map([['w:お金', 1]])
  // Not mostly Latin letters: `blend` applies; a message in Latin letters gets latinBlend (0 here).
  const terms = { terms: words('kid hungry locked'), latin: false }

  it('is ours alone at 0, the peer alone at 1, and a weighted mean between', () => {
    const ours = predict(bundledModel, v)
    const byLabel = (r: ReturnType<typeof predict>) => new Map(r.map((s) => [s.label, s.score]))
    expect(predict(withPeer(0), v, undefined, terms)).toEqual(ours)
    const q = shippedPeerProbabilities(withPeer(1).peer!, terms.terms)!
    const peerOnly = byLabel(predict(withPeer(1), v, undefined, terms))
    const mixed = byLabel(predict(withPeer(0.25), v, undefined, terms))
    const mine = byLabel(ours)
    bundledModel.labels.forEach((l, i) => {
      expect(peerOnly.get(l)).toBeCloseTo(q[i]!, 12)
      expect(mixed.get(l)).toBeCloseTo(0.75 * mine.get(l)! + 0.25 * q[i]!, 12)
    })
    // Without the message's terms (a clause, or a caller that has none) the model is ours alone.
    expect(predict(withPeer(0.25), v)).toEqual(ours)
  })

  it('gives a message mostly in Latin letters the Latin share, and reads which one it is', () => {
    expect(predict(withPeer(0.5), v, undefined, { ...terms, latin: true })).toEqual(predict(bundledModel, v))
    expect(peerInput('母が心配です', []).latin).toBe(false)
    expect(peerInput('my mom 認知症', []).latin).toBe(true)
    expect(peerInput('Em hay khóc một mình', []).latin).toBe(true)
    expect(peerInput('아이가 말이 늦어요', []).latin).toBe(false)
    expect(peerInput('मेरो दिदी', []).latin).toBe(false)
    expect(peerInput('我姐姐被打了', []).latin).toBe(false)
  })

  // nlu17: leave one author out weighs the peer by the message's script (Hangul and Devanagari apart).
  it('gives a message mostly in Hangul or Devanagari its own share when the peer has one', () => {
    expect(peerInput('아이가 말이 늦어요', []).script).toBe('hangul')
    expect(peerInput('मेरो दिदी बिरामी छ', []).script).toBe('devanagari')
    expect(peerInput('我姐姐被打了', []).script).toBeUndefined()
    expect(peerInput('母が心配です', []).script).toBeUndefined()
    expect(peerInput('my mom 치매', []).script).toBeUndefined()
    const m: ModelArtifact = {
      ...bundledModel,
      peer: { ...peerArtifact(wide, { blend: 0.5, latinBlend: 0 }, 1), scriptBlend: { hangul: 0 } },
    }
    const hangul = { ...terms, script: 'hangul' as const }
    expect(predict(m, v, undefined, hangul)).toEqual(predict(bundledModel, v))
    expect(predict(m, v, undefined, { ...terms, script: 'devanagari' })).toEqual(
      predict(withPeer(0.5), v, undefined, terms),
    )
  })

  it('softens the peer by its temperature before blending, shipped as trained', () => {
    const hot = { ...peerArtifact(peer, { blend: 0.5, latinBlend: 0.5 }, 1), temperature: 2 }
    const text = words('kid hungry night')
    const q1 = peerProbabilities(peer, text)!
    const q2 = shippedPeerProbabilities(hot, text)!
    const want = peerProbabilities(peer, text, 2)!
    for (let c = 0; c < 3; c++) expect(q2[c]).toBeCloseTo(want[c]!, 2)
    // Flatter: its best label less sure, its worst more.
    expect(Math.max(...q2)).toBeLessThan(Math.max(...q1))
    expect(Math.min(...q2)).toBeGreaterThan(Math.min(...q1))
  })

  it('scores the same from the binary file a Worker loads', () => {
    const m = withPeer(0.4)
    const bytes = encodeModel(m)
    const binary = loadModel(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    )
    expect(predict(binary, v, undefined, terms)).toEqual(predict(m, v, undefined, terms))
  })
})
