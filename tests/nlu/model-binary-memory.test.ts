import { describe, expect, it } from 'vitest'
import { scoreDanger } from '../../src/nlu/crisis-model.ts'
import { loadModel } from '../../src/nlu/model.ts'
import { decodeArtifact, encodeArtifact } from '../../src/nlu/model-binary.ts'
import { encodeCrisisModel, loadCrisisModel } from '../../src/nlu/models.ts'
import { bundledCrisisModel, bundledModel } from '../../src/runtime/node/bundled-models.ts'

// What a Worker keeps of its binary models (issue #11: the isolate's memory): every table is read
// where the file holds it, never copied at load beside the file's own numbers (the crisis weights had
// been made into 5.6 MB of doubles beside the file's 2.8 MB of thousandths, both kept).

const buffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer

describe('a binary model in memory', () => {
  it('scores the crisis model from the rows the file holds, not from a copy', () => {
    const file = buffer(encodeCrisisModel(bundledCrisisModel))
    const m = loadCrisisModel(file)
    expect(m.weights.rows.buffer === file).toBe(true)
    // The danger weights are read from the file too (the only other buffer would be a copy).
    const { tables } = decodeArtifact('crisis-model.nlm', file)
    for (const t of Object.values(tables)) expect(t.values.buffer === file).toBe(true)
  })

  it('stores rows of thousandths as doubles, and single thousandths as integers divided when read', () => {
    const rows = { a: [0.001, -1.5, 2], b: [0.25, -0.003, 7] }
    const single = { a: 0.001, b: -2.125, c: 3 }
    const file = buffer(encodeArtifact({ rows, single }, { rows, single }))
    const { tables } = decodeArtifact('t.nlm', file)
    expect(tables.rows!.values).toBeInstanceOf(Float64Array)
    expect(tables.rows!.divisor).toBe(1)
    // -2.125 is -2125 thousandths: 16 bits.
    expect(tables.single!.values).toBeInstanceOf(Int16Array)
    expect(tables.single!.divisor).toBe(1000)
    expect(tables.rows!.values.buffer === file).toBe(true)
    expect(tables.single!.values.buffer === file).toBe(true)
    const read = tables.single!.record<number>()
    for (const [k, v] of Object.entries(single)) expect(Object.is(read[k], v)).toBe(true)
    const readRows = tables.rows!.record<Float64Array>()
    for (const [k, v] of Object.entries(rows)) expect(Array.from(readRows[k]!)).toEqual(v)
  })

  it('reads the same doubles as the JSON model, value by value (danger and crisis weights)', () => {
    const file = buffer(encodeCrisisModel(bundledCrisisModel))
    const m = loadCrisisModel(file)
    const { rows } = bundledCrisisModel.weights
    expect(m.weights.rows.length).toBe(rows.length)
    // Viewed in place in the file as Int16 thousandths: each divided as read is the JSON's very double.
    expect(m.weights.rows).toBeInstanceOf(Int16Array)
    expect(m.weights.rows.buffer === file).toBe(true)
    const { divisor } = m.weights
    for (let k = 0; k < rows.length; k++)
      if (!Object.is(m.weights.rows[k]! / divisor, rows[k])) expect(k).toBe(-1)
    for (const [f, w] of Object.entries(bundledCrisisModel.danger.weights)) {
      if (!Object.is(m.danger.weights[f], w)) expect(f).toBe('read as the JSON holds it')
      expect(scoreDanger(m, [f])).toBe(scoreDanger(bundledCrisisModel, [f]))
    }
  })

  it('reads an integer table of the intent model in place, in 16 bits', () => {
    const bytes = encodeArtifact(bundledModel, { weights: bundledModel.weights })
    const file = buffer(bytes)
    const { tables } = decodeArtifact('model.nlm', file)
    // The intent weights are integers of 16 bits (-490..1469 in the committed model).
    expect(tables.weights!.values).toBeInstanceOf(Int16Array)
    expect(tables.weights!.values.buffer === file).toBe(true)
    const m = loadModel(file)
    const first = Object.keys(bundledModel.weights)[0]!
    expect((m.weights[first] as Int16Array).buffer === file).toBe(true)
  })

  it('stores integers beyond 16 bits as Int32, and reads them exactly', () => {
    const rows = { a: [40_000, -1], b: [-32_769, 2_147_483_647] }
    const single = { a: 32_767, b: -32_768 }
    const file = buffer(encodeArtifact({ rows, single }, { rows, single }))
    const { tables } = decodeArtifact('t.nlm', file)
    expect(tables.rows!.values).toBeInstanceOf(Int32Array)
    expect(tables.single!.values).toBeInstanceOf(Int16Array)
    const readRows = tables.rows!.record<Int32Array>()
    for (const [k, v] of Object.entries(rows)) expect(Array.from(readRows[k]!)).toEqual(v)
    const read = tables.single!.record<number>()
    for (const [k, v] of Object.entries(single)) expect(read[k]).toBe(v)
  })
})
