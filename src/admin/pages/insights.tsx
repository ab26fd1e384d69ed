import { type WardId, wardIds, wardNames } from '../../core/taxonomy.ts'
import type { InsightsView } from '../../insights/dashboard.ts'
import { valueLabel } from '../../insights/labels.ts'
import { shownText } from '../../insights/suppress.ts'
import type { Actor } from '../console.ts'
import { BarChart, CountTable, HeatMap, LineChart } from './charts.tsx'
import { Layout } from './layout.tsx'

// /admin/insights: the demand dashboard for 地域ケア会議. Counts only, every number suppressed
// (src/insights/suppress.ts); each chart has a text alternative and the same numbers as a table.

export const SuppressionNote = () => (
  <p class="hint" id="suppression-note">
    5未満（危機・虐待・DVは10未満）の欄は「5未満」「10未満」と表示し、数を出しません。合計は表示した欄だけを足した数で、
    小さな欄を含まない数には※を付けています。期間は月単位です（詳しくは docs/insights-privacy.md）。
  </p>
)

const query = (v: InsightsView) =>
  `?${new URLSearchParams({ from: v.period.from, to: v.period.to, ...(v.ward ? { ward: v.ward } : {}) })}`

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`)

export const unmetRows = (v: InsightsView) => {
  const row = v.ward ?? null
  const rows = row ? [row] : v.unmet.rows
  return v.unmet.cols
    .map((concern) => {
      const cells = rows.map((r) => v.unmet.cell(r, concern))
      const unmet = row ? v.unmet.cell(row, concern) : v.unmet.colTotal(concern)
      const all = row ? v.consultations.cell(row, concern) : v.consultations.colTotal(concern)
      const u = 'suppressed' in unmet && unmet.suppressed ? null : (unmet as { value: number }).value
      const a = 'suppressed' in all && all.suppressed ? null : (all as { value: number }).value
      return {
        concern,
        unmet,
        all,
        share: u !== null && a ? u / a : null,
        hidden: cells.every((c) => c.suppressed),
      }
    })
    .filter((r) => !(r.hidden && r.concern === 'none'))
    .sort((a, b) => {
      const va = 'suppressed' in a.unmet && a.unmet.suppressed ? -1 : (a.unmet as { value: number }).value
      const vb = 'suppressed' in b.unmet && b.unmet.suppressed ? -1 : (b.unmet as { value: number }).value
      return vb - va
    })
}

export const UnmetTable = (props: { v: InsightsView; id?: string; limit?: number }) => {
  const place = props.v.ward ? wardNames[props.v.ward] : '市全体'
  return (
    <table id={props.id ?? 'unmet'}>
      <caption>{`窓口の空白: ${place}（市や区役所の総合窓口で終わった案内）`}</caption>
      <thead>
        <tr>
          <th scope="col">相談内容</th>
          <th scope="col">総合窓口で終わった案内</th>
          <th scope="col">その相談の件数</th>
          <th scope="col">割合</th>
        </tr>
      </thead>
      <tbody>
        {unmetRows(props.v)
          .filter((r) => r.concern !== 'none')
          .slice(0, props.limit ?? 99)
          .map((r) => (
            <tr>
              <th scope="row">{valueLabel('concern', r.concern)}</th>
              <td class="num">{shownText(r.unmet)}</td>
              <td class="num">{shownText(r.all)}</td>
              <td class="num">{pct(r.share)}</td>
            </tr>
          ))}
      </tbody>
    </table>
  )
}

const Filters = (props: { v: InsightsView }) => (
  <form method="get" action="/admin/insights" class="filters">
    <label for="ward">区</label>
    <select id="ward" name="ward">
      <option value="">市全体</option>
      {wardIds.map((w) => (
        <option value={w} selected={props.v.ward === w}>
          {wardNames[w]}
        </option>
      ))}
    </select>
    <label for="from">はじめの月</label>
    <input type="month" id="from" name="from" value={props.v.period.from} />
    <label for="to">おわりの月</label>
    <input type="month" id="to" name="to" value={props.v.period.to} />
    <div class="actions">
      <button type="submit">表示する</button>
    </div>
  </form>
)

export const InsightsPage = (props: { actor: Actor; v: InsightsView }) => {
  const { v } = props
  const place = v.ward ? wardNames[v.ward] : '市全体'
  const top = [...v.trends]
    .sort(
      (a, b) =>
        b.points.reduce<number>((n, p) => n + (p ?? 0), 0) -
        a.points.reduce<number>((n, p) => n + (p ?? 0), 0),
    )
    .slice(0, 6)
  const outside = v.outside.filter((o) => o.base > 0)
  const heatRows: readonly WardId[] | readonly string[] = [...wardIds, 'unknown']
  return (
    <Layout title="相談の傾向" actor={props.actor} stylesheet="/admin/insights.css">
      <p>
        {`${place}・${v.period.from}〜${v.period.to}。`}
        相談ルーターが数えた件数だけを表示しています（書かれた内容や、だれが相談したかは残していません）。
      </p>
      <SuppressionNote />
      <Filters v={v} />
      <p class="actions">
        <a class="button" href={`/admin/insights/export.csv${query(v)}`} download>
          CSVで保存
        </a>
        <a class="button" href={`/admin/insights/export.json${query(v)}`} download>
          JSONで保存
        </a>
        {v.ward && (
          <a class="button" href={`/admin/insights/report?ward=${v.ward}&month=${v.period.to}`}>
            {`${wardNames[v.ward]}の月報（${v.period.to}）を開く`}
          </a>
        )}
      </p>

      <h2 id="heat-heading">区 × 相談内容（案内まで進んだ相談の件数）</h2>
      <HeatMap table={v.heat} rows={heatRows} id="heat" title="区 × 相談内容のヒートマップ" />
      <details>
        <summary>表で見る（区 × 相談内容）</summary>
        <CountTable table={v.heat} rows={heatRows} caption="区 × 相談内容" id="heat-table" />
      </details>

      <h2>相談内容ごとの週ごとの件数（{place}）</h2>
      {top.length === 0 ? (
        <p>この期間の週ごとの件数は、すべて5未満（または10未満）のため表示できません。</p>
      ) : (
        <>
          <LineChart
            id="trend"
            title={`週ごとの件数（${place}、多い順に${top.length}つ）`}
            desc={`${v.weeks.length}週の折れ線です。${top
              .map(
                (s) =>
                  `${valueLabel('concern', s.concern)}は最多で週${Math.max(...s.points.map((p) => p ?? 0))}件`,
              )
              .join('、')}。点は5件単位に丸め、5未満（10未満）の週は線を切っています。`}
            xLabels={v.weeks.map((w) => w.slice(5).replace('-', '/'))}
            series={top.map((s) => ({ label: valueLabel('concern', s.concern), points: s.points }))}
          />
          <details>
            <summary>表で見る（週ごとの件数）</summary>
            <div class="scroll">
              <table>
                <caption>週ごとの件数（週は月曜はじまり、5件単位に丸め）</caption>
                <thead>
                  <tr>
                    <th scope="col">週（月曜日）</th>
                    {top.map((s) => (
                      <th scope="col">{valueLabel('concern', s.concern)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {v.weeks.map((w, i) => (
                    <tr>
                      <th scope="row">{w}</th>
                      {top.map((s) => (
                        <td class="num">
                          {s.points[i] === null ? `${s.threshold}未満` : `約${s.points[i]}`}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}

      <h2>受付時間外（平日17時以降・早朝・土日祝）に書かれた相談の割合（市全体）</h2>
      <BarChart
        id="outside"
        title="相談内容ごとの時間外の割合"
        desc={outside
          .map((o) => `${valueLabel('concern', o.concern)} ${pct(o.share)}`)
          .join('、')
          .concat('。表示した欄だけから計算しています。')}
        bars={outside.map((o) => ({ label: valueLabel('concern', o.concern), share: o.share }))}
      />
      <details>
        <summary>表で見る（時間帯）</summary>
        <table>
          <caption>時間外の割合</caption>
          <thead>
            <tr>
              <th scope="col">相談内容</th>
              <th scope="col">時間外の割合</th>
              <th scope="col">もとにした件数</th>
            </tr>
          </thead>
          <tbody>
            {outside.map((o) => (
              <tr>
                <th scope="row">{valueLabel('concern', o.concern)}</th>
                <td class="num">{`${pct(o.share)}${o.partial ? '※' : ''}`}</td>
                <td class="num">{o.base}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <h2 id="unmet-heading">窓口の空白（その相談と地域に、専用の番号を持つ窓口がない）</h2>
      <p class="hint">
        案内が市のコールセンターや区役所の総合案内で終わった件数です。多いものほど、名簿に窓口を加えると役に立ちます。
      </p>
      <UnmetTable v={v} />

      <h2>「お役に立ちましたか？」の答え（件数のみ）</h2>
      <CountTable table={v.wardFeedback} caption={`区ごと（${place}）`} />
      <CountTable table={v.feedback} caption="相談内容ごと（市全体）" />

      <h2>案内の結果（{place}）</h2>
      <CountTable table={v.outcomes} caption="区 × 結果" />

      <h2>会話の数（経路ごと、市全体）</h2>
      <table>
        <caption>始まった会話と、案内まで進んだ会話</caption>
        <thead>
          <tr>
            <th scope="col">経路</th>
            <th scope="col">始まった会話</th>
            <th scope="col">案内まで進んだ会話</th>
            <th scope="col">案内の前に離れた会話</th>
          </tr>
        </thead>
        <tbody>
          {v.conversations.map((c) => (
            <tr>
              <th scope="row">{valueLabel('channel', c.channel)}</th>
              <td class="num">{shownText(c.opened)}</td>
              <td class="num">{shownText(c.answered)}</td>
              <td class="num">{c.left === null ? '—' : c.left}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  )
}

export const insightsCss = `
.chart{max-width:72rem;background:#fff;border:1px solid #c5cbd3;margin:.5rem 0}
.scroll{overflow-x:auto}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end}
.filters label{margin-top:0}
.filters select,.filters input{width:auto}
details{margin:.5rem 0}summary{cursor:pointer;color:#0b57a4}
table{margin:.5rem 0}
`
