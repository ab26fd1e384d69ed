import { dimensionNames, valueLabel } from '../../insights/labels.ts'
import { type PublishedTable, type Shown, shownText } from '../../insights/suppress.ts'

// Server-rendered SVG charts for the insights pages: no script, no library. Each chart is an <svg
// role="img"> with a <title> and a <desc> that says in words what it shows, and the same numbers follow
// as a table (a screen reader, a printout, a copy into Excel).

const value = (s: Shown) => (s.suppressed ? 0 : s.value)

/** Light to dark blue by share of the largest value; suppressed cells hatched grey. */
const shade = (v: number, max: number) => {
  const t = max > 0 ? v / max : 0
  const l = Math.round(96 - t * 62)
  return `hsl(210 70% ${l}%)`
}

export const HeatMap = (props: {
  table: PublishedTable
  id: string
  title: string
  rows?: readonly string[]
}) => {
  const { table } = props
  const rows = props.rows ?? table.rows
  const cols = table.cols
  const cw = 44
  const ch = 26
  const left = 96
  const top = 120
  const max = Math.max(0, ...rows.flatMap((r) => cols.map((c) => value(table.cell(r, c)))))
  let best = { r: '', c: '', v: 0 }
  for (const r of rows)
    for (const c of cols) {
      const v = value(table.cell(r, c))
      if (v > best.v) best = { r, c, v }
    }
  const [dr, dc] = table.dims
  const desc =
    best.v > 0
      ? `${rows.length}行×${cols.length}列の表です。いちばん多いのは${valueLabel(dr, best.r)}の${valueLabel(dc, best.c)}（${best.v}件）。色が濃いほど多く、灰色の欄は数を出していません（5未満または10未満）。同じ数を下の表でも読めます。`
      : '表示できる数がありません（すべての欄が5未満または10未満です）。'
  return (
    <svg
      role="img"
      aria-labelledby={`${props.id}-t ${props.id}-d`}
      viewBox={`0 0 ${left + cols.length * cw + 8} ${top + rows.length * ch + 8}`}
      width="100%"
      class="chart"
    >
      <title id={`${props.id}-t`}>{props.title}</title>
      <desc id={`${props.id}-d`}>{desc}</desc>
      {cols.map((c, j) => (
        <text
          x={left + j * cw + cw / 2}
          y={top - 6}
          font-size="11"
          transform={`rotate(-55 ${left + j * cw + cw / 2} ${top - 6})`}
        >
          {valueLabel(dc, c)}
        </text>
      ))}
      {rows.map((r, i) => (
        <>
          <text x={left - 6} y={top + i * ch + ch / 2 + 4} font-size="12" text-anchor="end">
            {valueLabel(dr, r)}
          </text>
          {cols.map((c, j) => {
            const s = table.cell(r, c)
            return (
              <g>
                <rect
                  x={left + j * cw}
                  y={top + i * ch}
                  width={cw - 2}
                  height={ch - 2}
                  fill={s.suppressed ? '#e4e6e9' : shade(s.value, max)}
                >
                  <title>{`${valueLabel(dr, r)} × ${valueLabel(dc, c)}: ${shownText(s)}`}</title>
                </rect>
                <text
                  x={left + j * cw + cw / 2 - 1}
                  y={top + i * ch + ch / 2 + 3}
                  font-size="9"
                  text-anchor="middle"
                  fill={!s.suppressed && s.value > max * 0.55 ? '#fff' : '#1a1a1a'}
                >
                  {s.suppressed ? `<${s.below}` : shownText(s)}
                </text>
              </g>
            )
          })}
        </>
      ))}
    </svg>
  )
}

/** The same table in rows and columns, with totals (only shown cells add up; ※ when one is left out). */
export const CountTable = (props: {
  table: PublishedTable
  caption: string
  rows?: readonly string[]
  cols?: readonly string[]
  totals?: boolean
  id?: string
}) => {
  const { table } = props
  const rows = props.rows ?? table.rows
  const cols = props.cols ?? table.cols
  const [dr, dc] = table.dims
  return (
    <div class="scroll">
      <table id={props.id}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{`${dimensionNames[dr]} ＼ ${dimensionNames[dc]}`}</th>
            {cols.map((c) => (
              <th scope="col">{valueLabel(dc, c)}</th>
            ))}
            {props.totals !== false && <th scope="col">合計</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">{valueLabel(dr, r)}</th>
              {cols.map((c) => (
                <td class="num">{shownText(table.cell(r, c))}</td>
              ))}
              {props.totals !== false && <td class="num">{shownText(table.rowTotal(r))}</td>}
            </tr>
          ))}
        </tbody>
        {props.totals !== false && rows.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">合計</th>
              {cols.map((c) => (
                <td class="num">{shownText(table.colTotal(c))}</td>
              ))}
              <td class="num">{shownText(table.grand)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  )
}

export interface Series {
  label: string
  points: (number | null)[]
}

const palette = ['#0b57a4', '#b34700', '#2e7d32', '#6a1b9a', '#a4000f', '#00695c']

/** Lines over weeks; a gap where a point is below the threshold. */
export const LineChart = (props: {
  id: string
  title: string
  desc: string
  xLabels: string[]
  series: Series[]
}) => {
  const w = 720
  const h = 260
  const left = 44
  const bottom = 40
  const max = Math.max(5, ...props.series.flatMap((s) => s.points.map((p) => p ?? 0)))
  const n = Math.max(1, props.xLabels.length - 1)
  const x = (i: number) => left + (i * (w - left - 150)) / n
  const y = (v: number) => h - bottom - (v / max) * (h - bottom - 16)
  return (
    <svg
      role="img"
      aria-labelledby={`${props.id}-t ${props.id}-d`}
      viewBox={`0 0 ${w} ${h}`}
      width="100%"
      class="chart"
    >
      <title id={`${props.id}-t`}>{props.title}</title>
      <desc id={`${props.id}-d`}>{props.desc}</desc>
      <line x1={left} y1={h - bottom} x2={w - 150} y2={h - bottom} stroke="#6b7480" />
      <line x1={left} y1={16} x2={left} y2={h - bottom} stroke="#6b7480" />
      <text x={left - 6} y={y(max) + 4} font-size="11" text-anchor="end">
        {max}
      </text>
      <text x={left - 6} y={h - bottom + 4} font-size="11" text-anchor="end">
        0
      </text>
      {props.xLabels.map((l, i) =>
        i % Math.ceil(props.xLabels.length / 8) === 0 ? (
          <text x={x(i)} y={h - bottom + 16} font-size="10" text-anchor="middle">
            {l}
          </text>
        ) : null,
      )}
      {props.series.map((s, k) => {
        const colour = palette[k % palette.length]
        const segments: string[] = []
        let current: string[] = []
        s.points.forEach((p, i) => {
          if (p === null) {
            if (current.length) segments.push(current.join(' '))
            current = []
          } else current.push(`${x(i)},${y(p)}`)
        })
        if (current.length) segments.push(current.join(' '))
        return (
          <g>
            {segments.map((pts) => (
              <polyline
                points={pts}
                fill="none"
                stroke={colour}
                stroke-width="2.5"
                stroke-dasharray={k > 2 ? '6 3' : undefined}
              />
            ))}
            <rect x={w - 140} y={20 + k * 20} width="14" height="4" fill={colour} />
            <text x={w - 120} y={26 + k * 20} font-size="12">
              {s.label}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** Horizontal bars of a share (0–1); a bar with no value says so in words. */
export const BarChart = (props: {
  id: string
  title: string
  desc: string
  bars: { label: string; share: number | null }[]
}) => {
  const left = 170
  const bw = 420
  const bh = 20
  const h = props.bars.length * (bh + 6) + 10
  return (
    <svg
      role="img"
      aria-labelledby={`${props.id}-t ${props.id}-d`}
      viewBox={`0 0 ${left + bw + 70} ${h}`}
      width="100%"
      class="chart"
    >
      <title id={`${props.id}-t`}>{props.title}</title>
      <desc id={`${props.id}-d`}>{props.desc}</desc>
      {props.bars.map((b, i) => (
        <g>
          <text x={left - 6} y={i * (bh + 6) + bh - 4} font-size="12" text-anchor="end">
            {b.label}
          </text>
          <rect x={left} y={i * (bh + 6)} width={bw} height={bh} fill="#eef1f5" />
          {b.share !== null && (
            <rect x={left} y={i * (bh + 6)} width={bw * b.share} height={bh} fill="#0b57a4" />
          )}
          <text x={left + bw + 6} y={i * (bh + 6) + bh - 4} font-size="12">
            {b.share === null ? '—' : `${Math.round(b.share * 100)}%`}
          </text>
        </g>
      ))}
    </svg>
  )
}
