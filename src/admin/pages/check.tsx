import type { CheckFinding, CheckReport } from '../../core/console-store.ts'
import type { CheckState } from '../check.ts'
import type { Actor } from '../console.ts'
import { jst, Layout } from './layout.tsx'

// 「チェック」 of a draft: start it, watch it run (the response asks the browser to reload every few
// seconds while it runs; no script), read the result beside the live version's.

const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}秒`

const Findings = (props: { caption: string; rows: CheckFinding[] }) =>
  props.rows.length === 0 ? null : (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">ファイル</th>
          <th scope="col">場所</th>
          <th scope="col">説明</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((f) => (
          <tr>
            <td>{f.file}</td>
            <td>{f.path}</td>
            <td>{f.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )

const Report = (props: { report: CheckReport }) => {
  const r = props.report
  const live = r.evaluation.live
  return (
    <>
      {r.reasons.length > 0 && (
        <ul class="problems">
          {r.reasons.map((x) => (
            <li>{x}</li>
          ))}
        </ul>
      )}
      <table>
        <caption>結果（{seconds(r.durationMs)}）</caption>
        <thead>
          <tr>
            <th scope="col">項目</th>
            <th scope="col">この下書き</th>
            <th scope="col">{live ? `公開中の版 v${live.version}` : '公開中の版'}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">形式とつながりの誤り（flows check）</th>
            <td>{r.lint.length}件</td>
            <td>—</td>
          </tr>
          <tr>
            <th scope="row">ゴールデン対話（flows test）</th>
            <td>
              {r.dialogs.total - r.dialogs.failed.length} / {r.dialogs.total} 件合格
            </td>
            <td>—</td>
          </tr>
          <tr>
            <th scope="row">相談の種類の正解率（評価用の例文）</th>
            <td>{pct(r.evaluation.accuracy)}</td>
            <td>{live ? pct(live.accuracy) : '—'}</td>
          </tr>
          <tr>
            <th scope="row">危機の言葉を見つけた率</th>
            <td>{pct(r.evaluation.crisisRecall)}</td>
            <td>{live ? pct(live.crisisRecall) : '—'}</td>
          </tr>
          <tr>
            <th scope="row">分類器</th>
            <td colspan={2}>
              {r.model.retrained
                ? `意図の例文が変わったため学習し直しました（${r.model.examples}件、${seconds(r.model.trainMs)}）`
                : `意図の例文は公開用の分類器と同じです（${r.model.examples}件で学習済み）`}
              。交差検証の正解率 {pct(r.model.cvAccuracy)}
            </td>
          </tr>
        </tbody>
      </table>
      <Findings caption="形式とつながりの誤り" rows={r.lint} />
      <Findings caption="期待どおりに進まなかったゴールデン対話" rows={r.dialogs.failed} />
    </>
  )
}

export const CheckPage = (props: {
  actor: Actor
  versionId: number
  isDraft: boolean
  state: CheckState
}) => {
  const { check, current } = props.state
  const base = `/admin/versions/${props.versionId}`
  const verdict =
    check === null
      ? 'まだチェックしていません。'
      : check.status === 'running'
        ? `チェック中です（${check.by} さんが ${jst(check.startedAt)} に開始）。終わるとこの画面に結果が出ます。`
        : check.status === 'passed'
          ? '合格しました。承認者が承認できます。'
          : check.status === 'failed'
            ? '不合格です。下の誤りを直してから、もう一度チェックしてください。'
            : (check.error ?? 'チェックを実行できませんでした。')
  return (
    <Layout title={`v${props.versionId} のチェック`} actor={props.actor}>
      <p>
        承認の前に、この下書きで次のことを確かめます：ファイルの形式とフローのつながり、ゴールデン対話、
        意図の例文が変わっていれば分類器の学習し直し、評価用の例文での正解率（公開中の版と比べます）。
      </p>
      <p
        class={
          check?.status === 'passed' && current ? 'notice' : check?.status === 'running' ? 'hint' : 'problems'
        }
        role="status"
      >
        {verdict}
        {check &&
          check.status !== 'running' &&
          !current &&
          ' ただし、この結果の後に下書きが保存されたため、今の内容はまだチェックされていません。'}
      </p>
      <div class="actions">
        {props.isDraft && check?.status !== 'running' && (
          <form method="post" action={`${base}/check`}>
            <button type="submit">チェック</button>
          </form>
        )}
        <a href={base}>版 v{props.versionId} に戻る</a>
      </div>
      {check?.report && <Report report={check.report} />}
    </Layout>
  )
}
