import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadModel, serializeModel } from '../../src/nlu/model.ts'
import { ModelFileError } from '../../src/nlu/model-file-error.ts'
import {
  loadCrisisModel,
  loadGazetteer,
  loadNluModels,
  MODEL_FILES,
  type ModelFileName,
  serializeCrisisModel,
} from '../../src/nlu/models.ts'
import { bundledCrisisModel, bundledModels } from '../../src/runtime/node/bundled-models.ts'

// The models reach every runtime as text (src/nlu/models.ts): the loaders must give back exactly what
// was serialized, and refuse anything else with the file's name and the fix, never a bare SyntaxError.

const generated = (name: ModelFileName) => readFileSync(`src/nlu/generated/${name}`, 'utf8')

describe('model files', () => {
  it('round-trip: what serialize writes, load gives back unchanged', () => {
    expect(loadModel(serializeModel(bundledModels.model))).toEqual(bundledModels.model)
    expect(loadCrisisModel(serializeCrisisModel(bundledCrisisModel))).toEqual(bundledCrisisModel)
  })

  it('are read through the port by file name, all three', async () => {
    const asked: string[] = []
    const models = await loadNluModels(async (name) => {
      asked.push(name)
      return generated(name)
    })
    expect(asked.sort()).toEqual(Object.values(MODEL_FILES).sort())
    expect(models).toEqual(bundledModels)
  })

  it('refuse text that is not the model, naming the file and the fix', () => {
    const fails = (load: () => unknown, message: RegExp) => {
      expect(load).toThrow(ModelFileError)
      expect(load).toThrow(message)
    }
    fails(() => loadModel('{"format":1,'), /^model\.json: not JSON .*npm run build:model/)
    fails(() => loadModel('[]'), /model\.json: not a JSON object/)
    const model = JSON.parse(generated('model.json'))
    fails(() => loadModel(JSON.stringify({ ...model, format: 2 })), /model\.json: format 2 is not 1/)
    fails(() => loadModel(JSON.stringify({ ...model, weights: [] })), /weights should be object, is array/)
    // A console version's model is named by its own path.
    fails(() => loadModel('x', 'versions/3/model.json'), /^versions\/3\/model\.json: not JSON/)
    const crisis = JSON.parse(generated('crisis-model.json'))
    fails(
      () => loadCrisisModel(JSON.stringify({ ...crisis, labels: [...crisis.labels].reverse() })),
      /crisis-model\.json: labels .* are not none,/,
    )
    fails(
      () => loadCrisisModel(JSON.stringify({ ...crisis, danger: undefined })),
      /crisis-model\.json: danger should be object, is undefined/,
    )
    fails(() => loadGazetteer('{}'), /gazetteer\.json: sourceHash should be string, is undefined/)
  })
})
