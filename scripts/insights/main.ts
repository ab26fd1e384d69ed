import { wardSchema } from '../../src/core/taxonomy.ts'
import { createInsightsStore } from '../../src/insights/create-insights-store.ts'
import { exportCsv, exportJson } from '../../src/insights/export.ts'
import { periodOf } from '../../src/insights/period.ts'
import { simulate } from '../../src/insights/simulate.ts'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { insightsFile } from '../../src/runtime/node/build-node-app.ts'
import { bundledModels } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { parseConfig } from '../../src/runtime/node/env.ts'
import { loadProject } from '../../src/runtime/node/load-project.ts'
import { option, runOnStore } from '../cli.ts'

// npm run insights -- export --format csv|json [--ward W] [--from D] [--to D]
// npm run insights -- simulate [--conversations N] [--weeks W] [--seed S]
// Both use the store the service uses (SESSION_STORE, REDIS_URL / UPSTASH_*, INSIGHTS_FILE or
// ADMIN_DATA_DIR/insights.json), so an export shows what the console shows.

const usage = `使い方:
  npm run insights -- export --format csv|json [--ward nakahara] [--from 2026-10] [--to 2026-12]
      期間は月単位です（日付を書いても、その月全体になります）。既定は直近の3か月。
  npm run insights -- simulate [--conversations 3000] [--weeks 8] [--seed 15]
      デモ用に、合成した会話を本物の会話処理に流して件数を作ります。
  保存先はサービスと同じです（SESSION_STORE、REDIS_URL、INSIGHTS_FILE または ADMIN_DATA_DIR/insights.json）。`

const count = (v: string | undefined, fallback: number, name: string) => {
  if (v === undefined) return fallback
  const n = Number(v)
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} には1以上の整数を書いてください（${v}）`)
  return n
}

const main = async (argv: string[]): Promise<number> => {
  const [command, ...args] = argv
  if (command !== 'export' && command !== 'simulate') {
    console.log(usage)
    return command === undefined || command === 'help' ? 0 : 2
  }
  const config = parseConfig(process.env)
  const store = await createInsightsStore(config, { file: insightsFile(process.env) })
  if (!store) {
    console.error('INSIGHTS_ENABLED=false のため、集計はありません')
    return 1
  }
  return runOnStore(store, async () => {
    if (command === 'export') {
      const format = option(args, '--format') ?? 'csv'
      if (format !== 'csv' && format !== 'json') {
        console.error('--format には csv か json を書いてください')
        return 2
      }
      const wardArg = option(args, '--ward')
      const ward = wardArg === undefined ? null : wardSchema.safeParse(wardArg).data
      if (ward === undefined) {
        console.error(`--ward には ${wardSchema.options.join(' / ')} のどれかを書いてください（${wardArg}）`)
        return 2
      }
      const period = periodOf(option(args, '--from'), option(args, '--to'), new Date())
      const values = await store.read(period.firstDay, period.lastDay)
      process.stdout.write(
        format === 'csv'
          ? exportCsv(values, { period, ward })
          : `${JSON.stringify(exportJson(values, { period, ward }), null, 2)}\n`,
      )
      return 0
    }
    const conversations = count(option(args, '--conversations'), 3000, 'conversations')
    const weeks = count(option(args, '--weeks'), 8, 'weeks')
    const project = await loadProject()
    const nlu = await createNlu({ loader: nodeDictionaryLoader(), models: bundledModels })
    const report = await simulate({
      project,
      nlu,
      insights: store,
      conversations,
      weeks,
      end: new Date(),
      seed: count(option(args, '--seed'), 15, 'seed'),
    })
    console.log(
      `${report.conversations}件の会話（${report.turns}ターン）を${(report.ms / 1000).toFixed(1)}秒で流しました（保存先: ${store.name}）`,
    )
    if (report.countFailures > 0) {
      console.error(`${report.countFailures}ターンの件数を保存できませんでした`)
      return 1
    }
    return 0
  })
}

process.exitCode = await main(process.argv.slice(2))
