import { wardNames } from '../../core/taxonomy.ts'
import type { InsightsView } from '../../insights/dashboard.ts'
import { valueLabel } from '../../insights/labels.ts'
import { shownText } from '../../insights/suppress.ts'
import { UnmetTable } from './insights.tsx'

// The monthly report per ward, one A4 page to print and bring to a 地域ケア会議. Its own page (no console
// header), print CSS for A4, the same suppressed numbers as the dashboard. The CSS is served as
// /admin/insights-report.css: the console's CSP allows no inline style.

export const reportCss = `
@page{size:A4 portrait;margin:12mm}
*{box-sizing:border-box}
body{font:10.5pt/1.45 "Yu Gothic","Meiryo",system-ui,sans-serif;color:#000;margin:0 auto;max-width:186mm;padding:8mm 0;background:#fff}
h1{font-size:15pt;margin:0 0 2mm}h2{font-size:11.5pt;margin:4mm 0 1.5mm;border-bottom:1px solid #000}
table{border-collapse:collapse;width:100%;font-size:9.5pt}
th,td{border:1px solid #555;padding:.6mm 1.5mm;text-align:left}
th{background:#eee}td.num{text-align:right;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:bold}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:4mm}
.facts{display:flex;gap:6mm;margin:2mm 0}.facts div{border:1px solid #000;padding:1.5mm 3mm}
.facts strong{font-size:14pt;display:block}
.note{font-size:8.5pt;color:#222}
.noprint a{color:#0b57a4}
@media print{.noprint{display:none}body{padding:0}h2,table{break-inside:avoid}}
`

export const ReportPage = (props: { v: InsightsView; month: string }) => {
  const { v } = props
  const ward = v.ward!
  const name = wardNames[ward]
  const concerns = v.consultations.cols
    .map((c) => ({ c, s: v.consultations.cell(ward, c) }))
    .filter((x) => x.c !== 'none')
    .sort((a, b) => (b.s.suppressed ? -1 : b.s.value) - (a.s.suppressed ? -1 : a.s.value))
  const bands = v.bands
  const outsideShown = ['evening', 'night', 'holiday']
    .map((b) => bands.cell(ward, b))
    .reduce((n, s) => n + (s.suppressed ? 0 : s.value), 0)
  const allShown = bands.rowTotal(ward).value
  const [y, m] = props.month.split('-')
  return (
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${name} 相談の傾向 ${y}年${Number(m)}月 | 相談ルーター`}</title>
        <link rel="stylesheet" href="/admin/insights-report.css" />
      </head>
      <body>
        <p class="noprint">
          <a href={`/admin/insights?ward=${ward}&from=${props.month}&to=${props.month}`}>
            相談の傾向（画面）に戻る
          </a>
          ・印刷はブラウザの「印刷」から（A4縦1枚）
        </p>
        <main>
          <h1>{`${name}　相談ルーターに寄せられた相談の傾向　${y}年${Number(m)}月`}</h1>
          <p class="note">
            地域ケア会議の資料。相談ルーターが数えた件数だけで、書かれた内容や相談した人のことは残していません。
          </p>
          <div class="facts">
            <div>
              案内まで進んだ相談<strong>{shownText(v.consultations.rowTotal(ward))}件</strong>
            </div>
            <div>
              受付時間外の割合
              <strong>{allShown > 0 ? `${Math.round((outsideShown / allShown) * 100)}%` : '—'}</strong>
            </div>
            <div>
              お役に立った（はい／いいえ）
              <strong>{`${shownText(v.wardFeedback.cell(ward, 'yes'))}／${shownText(v.wardFeedback.cell(ward, 'no'))}`}</strong>
            </div>
          </div>
          <div class="cols">
            <table>
              <caption>相談内容（多い順）</caption>
              <thead>
                <tr>
                  <th scope="col">相談内容</th>
                  <th scope="col">件数</th>
                </tr>
              </thead>
              <tbody>
                {concerns.slice(0, 12).map((x) => (
                  <tr>
                    <th scope="row">{valueLabel('concern', x.c)}</th>
                    <td class="num">{shownText(x.s)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div>
              <table>
                <caption>書かれた時間帯</caption>
                <tbody>
                  {bands.cols.map((b) => (
                    <tr>
                      <th scope="row">{valueLabel('band', b)}</th>
                      <td class="num">{shownText(bands.cell(ward, b))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table>
                <caption>案内の結果</caption>
                <tbody>
                  {v.outcomes.cols.map((o) => (
                    <tr>
                      <th scope="row">{valueLabel('outcome', o)}</th>
                      <td class="num">{shownText(v.outcomes.cell(ward, o))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <h2>窓口の空白</h2>
          <UnmetTable v={v} id="report-unmet" limit={8} />
          <p class="note">
            5未満（危機・虐待・DVは10未満）の欄は「5未満」「10未満」と表示し、数を出していません。合計は表示した欄だけの和で、小さな欄を含まない数には※を付けています。
          </p>
        </main>
      </body>
    </html>
  )
}
