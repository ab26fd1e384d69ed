import type { CheckInput, CheckResult, PackedModel } from '../../src/admin/check.ts'
import { packModel, unpackModel } from '../../src/admin/version-model.ts'
import type { CheckFinding, CheckReport, VersionFile } from '../../src/core/console-store.ts'
import { DataFileError } from '../../src/core/errors.ts'
import { turnPath } from '../../src/flow/dialog-runner.ts'
import { createAnalyzer } from '../../src/nlu/analyze.ts'
import type { ModelArtifact } from '../../src/nlu/model.ts'
import type { JaTokenizer } from '../../src/nlu/tokenizer.ts'
import { buildModel, sourceHashOf } from '../../src/nlu/train.ts'
import {
  DEFAULT_DIRS,
  ProjectFilesError,
  parseProject,
  splitProjectFiles,
} from '../../src/project/project.ts'
import { bundledCrisisModel, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { cachedExampleIndex } from '../../src/runtime/node/neighbour-cache.ts'
import { flowProblems } from '../flows/check.ts'
import { directoryFromFiles } from '../flows/deps.ts'
import { goldenDialogs } from '../flows/test-dialogs.ts'
import { type DevReport, evaluateDevSet } from '../nlu/dev-eval.ts'
import { buildGazetteer } from '../nlu/gazetteer-build.ts'
import { type DevItem, intentsFromFiles } from '../nlu/io.ts'

// 「チェック」 on one version's files: the checks a developer runs before a release, each through the
// function its command uses, on the version's own copy of the staff files:
//   flows check      → flowProblems (schema, graph, routes, translations)
//   build:model      → buildModel on the version's intents/*.yaml and the authors' corpus
//   flows test       → goldenDialogs (tests/dialogs) with that classifier
//   eval             → evaluateDevSet (tests/fixtures/dev-set), beside the live version's classifier
// The classifier is trained only when its inputs differ from those of the committed model (the same
// sourceHash build:model writes) and from those of every stored model handed in (the live version's,
// the parent's); otherwise that model is this training's result already. A classifier that is not the
// committed one is returned packed, so the console stores it with the version and every instance
// serving the version classifies with it.

/** What the check reads besides the version: the authors' corpus, the golden dialogs and the dev set (repo files). */
export interface CheckTools {
  tokenizer: JaTokenizer
  corpus: VersionFile[]
  dialogs: VersionFile[]
  devSet: DevItem[]
}

/** An accuracy drop below the live version's that fails the check (dev set, percentage points). */
export const MAX_ACCURACY_DROP = 0.02

const findingOf = (line: string): CheckFinding => {
  const m = /^(.+?) › (.*?): ([\s\S]*)$/.exec(line)
  return m ? { file: m[1]!, path: m[2]!, message: m[3]! } : { file: '', path: '', message: line }
}

const classifierFor = async (files: VersionFile[], tools: CheckTools, known: PackedModel[]) => {
  const staff = files.filter((f) => /^intents\/[^/]+\.ya?ml$/.test(f.path))
  const intents = intentsFromFiles(staff, tools.corpus)
  const text = (path: string) => {
    const f = files.find((x) => x.path === path)
    if (!f) throw new DataFileError(path, [{ path: '', message: 'ファイルがありません' }])
    return f.text
  }
  const gazetteer = buildGazetteer(text)
  const sourceHash = sourceHashOf([...intents.files.map((f) => f.text), gazetteer.sourceHash])
  const started = performance.now()
  const stored =
    sourceHash === bundledModel.sourceHash ? undefined : known.find((m) => m.sourceHash === sourceHash)
  const reused = stored ? await unpackModel(stored) : null
  const model: ModelArtifact =
    sourceHash === bundledModel.sourceHash
      ? bundledModel
      : (reused?.model ??
        buildModel(tools.tokenizer, {
          intents: intents.intents,
          data: intents.data,
          sourceTexts: intents.files.map((f) => f.text),
          gazetteer,
          concepts: intents.concepts,
        }))
  return {
    sourceHash,
    model,
    gazetteer,
    /** The stored classifier this check reused, handed back as it was stored (not packed again). */
    stored: stored ?? null,
    retrained: model !== bundledModel && !reused,
    trainMs: Math.round(performance.now() - started),
    nlu: createAnalyzer(tools.tokenizer, model, gazetteer, {
      crisisModel: bundledCrisisModel,
      neighbourIndex: await cachedExampleIndex({ tokenizer: tools.tokenizer, model, gazetteer }),
    }),
  }
}

const scores = (r: DevReport) => ({ accuracy: r.intent.accuracy, crisisRecall: r.crisisRecall })

export const checkVersion = async (input: CheckInput, tools: CheckTools): Promise<CheckResult> => {
  const started = performance.now()
  const done = (report: Omit<CheckReport, 'durationMs' | 'passed'>): CheckReport => ({
    ...report,
    passed: report.reasons.length === 0,
    durationMs: Math.round(performance.now() - started),
  })
  const empty = {
    dialogs: { total: 0, failed: [] },
    model: { retrained: false, examples: 0, cvAccuracy: 0, trainMs: 0 },
    evaluation: { accuracy: 0, crisisRecall: 0, live: null },
  }
  // Schema first: a file that does not parse stops the check, as it stops `flows check`.
  let project: ReturnType<typeof parseProject>
  let classifier: Awaited<ReturnType<typeof classifierFor>>
  try {
    project = parseProject(input.files, DEFAULT_DIRS)
    classifier = await classifierFor(input.files, tools, input.models)
  } catch (err) {
    const lines =
      err instanceof ProjectFilesError
        ? err.lines
        : err instanceof DataFileError
          ? err.message.split('\n')
          : null
    if (!lines) throw err
    const lint = lines.map(findingOf)
    return {
      report: done({
        lint,
        ...empty,
        reasons: [`ファイルの形式の誤りが${lint.length}件あります。直すまでほかのチェックは行いません`],
      }),
      model: null,
    }
  }
  const split = splitProjectFiles(input.files)
  const dir = directoryFromFiles({ data: split.data, routing: split.routing! })
  const lint = flowProblems(project.flows, dir)
    .filter((p) => p.severity === 'error')
    .map(({ file, path, message }) => ({ file, path, message }))

  const outcomes = goldenDialogs(
    {
      flows: project.flows,
      nlu: classifier.nlu,
      directory: dir.directory,
      ...(project.locateWard ? { locateWard: project.locateWard } : {}),
    },
    tools.dialogs,
  )
  const failed = outcomes
    .filter((o) => !o.passed)
    .map((o) => {
      const turn = o.reports.findIndex((r) => r.failures.length > 0)
      return {
        file: o.file,
        path: turnPath(o.dialog.name, turn, o.reports[turn]?.input ?? ''),
        message: o.reports[turn]?.failures.join(' ／ ') ?? '',
      }
    })

  const dev = scores(evaluateDevSet(classifier.nlu, tools.devSet))
  let live: CheckReport['evaluation']['live'] = null
  if (input.live) {
    const known = input.live.evaluation
    if (known)
      live = { version: input.live.version, accuracy: known.accuracy, crisisRecall: known.crisisRecall }
    else {
      const theirs = await classifierFor(input.live.files, tools, input.models)
      const same = theirs.sourceHash === classifier.sourceHash
      live = {
        version: input.live.version,
        ...(same ? dev : scores(evaluateDevSet(theirs.nlu, tools.devSet))),
      }
    }
  }

  const reasons: string[] = []
  if (lint.length > 0) reasons.push(`形式とつながりのチェックで誤りが${lint.length}件あります`)
  if (failed.length > 0)
    reasons.push(`ゴールデン対話 ${outcomes.length}件のうち${failed.length}件が期待どおりに進みません`)
  if (live && dev.crisisRecall < live.crisisRecall)
    reasons.push(
      '危機の言葉を見つける率が公開中の版より下がりました。intents/crisis.yaml などの変更を見直してください',
    )
  if (live && dev.accuracy < live.accuracy - MAX_ACCURACY_DROP)
    reasons.push(
      `相談の種類の正解率が公開中の版より${Math.round((live.accuracy - dev.accuracy) * 1000) / 10}ポイント下がりました（許容は${MAX_ACCURACY_DROP * 100}ポイントまで）。意図の例文の変更を見直してください`,
    )
  const report = done({
    lint,
    dialogs: { total: outcomes.length, failed },
    model: {
      retrained: classifier.retrained,
      examples: classifier.model.stats.examples,
      cvAccuracy: classifier.model.stats.cvAccuracy,
      trainMs: classifier.trainMs,
      sourceHash: classifier.sourceHash,
    },
    evaluation: { ...dev, live },
    reasons,
  })
  // filesHash is the console's to add: it knows which save this check vouches for.
  const packed =
    classifier.model === bundledModel
      ? null
      : (classifier.stored ??
        (await packModel({ model: classifier.model, gazetteer: classifier.gazetteer }, '')))
  return {
    report,
    model: packed && { sourceHash: packed.sourceHash, contentHash: packed.contentHash, data: packed.data },
  }
}
