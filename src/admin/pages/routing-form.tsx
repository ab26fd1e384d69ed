import { agencyKinds, type Concern, type WardId, wardIds, wardNames } from '../../core/taxonomy.ts'
import type { Actor } from '../console.ts'
import {
  type CandidateRow,
  type ConcernSummary,
  candidateTypeLabels,
  candidateTypes,
  problemRow,
} from '../edit/routing-edit.ts'
import type { FileProblem } from '../validate.ts'
import { Breadcrumb, FieldErrors, ProblemList, Status } from './editor-parts.tsx'
import { Layout } from './layout.tsx'

// The routing editor: concerns with their lists, and one list as rows with 上へ・下へ・削除 buttons
// (plain submit buttons: no script). A move re-shows the form; only 下書きに保存 writes the draft.

export const RoutingListPage = (props: { actor: Actor; versionId: number; concerns: ConcernSummary[] }) => {
  const base = `/admin/versions/${props.versionId}/routing`
  return (
    <Layout title={`案内先の順番（v${props.versionId} の下書き）`} actor={props.actor}>
      <Breadcrumb versionId={props.versionId} />
      <p>
        相談の種類ごとに、どの窓口をどの順番でご案内するかを決めます。「この区だけ」は、その区にお住まいの方にだけ使う並びです。
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">相談の種類</th>
            <th scope="col">窓口の数</th>
            <th scope="col">この区だけの並び</th>
          </tr>
        </thead>
        <tbody>
          {props.concerns.map((c) => (
            <tr>
              <td>
                <a href={`${base}/${c.concern}`}>{c.label}</a>
              </td>
              <td>{c.candidates}</td>
              <td>
                {c.wards.length === 0
                  ? 'なし'
                  : c.wards.map((w, i) => (
                      <>
                        {i > 0 && '・'}
                        <a href={`${base}/${c.concern}?ward=${w}`}>{wardNames[w]}</a>
                      </>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  )
}

export interface RoutingFormProps {
  actor: Actor
  versionId: number
  revision: number
  concern: Concern
  label: string
  ward: WardId | null
  /** The ward has its own list in the draft (false: the rows are a copy of the common list). */
  hasOverride: boolean
  rows: CandidateRow[]
  problems: FileProblem[]
  agencies: { id: string; name: string }[]
  status?: string
}

export const RoutingFormPage = (props: RoutingFormProps) => {
  const base = `/admin/versions/${props.versionId}/routing/${props.concern}`
  const where = props.ward ? `${wardNames[props.ward]}だけ` : 'すべての区に共通'
  const rows = [...props.rows, { type: 'agency', value: '', reason: '', ages: '' } as CandidateRow]
  const rowProblems = (i: number) =>
    props.problems.filter((p) => problemRow(p, props.concern, props.ward) === i)
  return (
    <Layout title={`${props.label}の案内先（${where}）`} actor={props.actor}>
      <Breadcrumb versionId={props.versionId}>
        {' ・ '}
        <a href={`/admin/versions/${props.versionId}/routing`}>案内先の一覧</a>
      </Breadcrumb>
      <nav aria-label="区の切り替え">
        <a href={base} aria-current={props.ward === null ? 'page' : undefined}>
          共通
        </a>
        {wardIds.map((w) => (
          <>
            {' ・ '}
            <a href={`${base}?ward=${w}`} aria-current={props.ward === w ? 'page' : undefined}>
              {wardNames[w]}だけ
            </a>
          </>
        ))}
      </nav>
      <Status text={props.status} />
      {props.ward && !props.hasOverride && (
        <p class="notice">
          {wardNames[props.ward]}だけの並びはまだありません。共通の並びを写してあります。変えて保存すると、
          {wardNames[props.ward]}
          にお住まいの方にだけこの並びを使います。
        </p>
      )}
      <ProblemList
        problems={props.problems}
        anchor={(p) => {
          const i = problemRow(p, props.concern, props.ward)
          return i === null ? null : `value-${i}`
        }}
      />
      <p class="hint">
        上の行ほど先にご案内します。理由の {'{ward}'} は区の名前、{'{concern}'} は「{props.label}」、
        {'{town}'} は町名になります。年齢は 15-39 のように書くと、その年齢の方だけの窓口になります。
      </p>
      <form method="post" action={base}>
        <input type="hidden" name="revision" value={String(props.revision)} />
        <input type="hidden" name="ward" value={props.ward ?? ''} />
        <input type="hidden" name="rows" value={String(rows.length)} />
        <datalist id="agency-ids">
          {props.agencies.map((a) => (
            <option value={a.id}>{a.name}</option>
          ))}
        </datalist>
        <datalist id="kinds">
          {agencyKinds.map((k) => (
            <option value={k} />
          ))}
        </datalist>
        <table>
          <caption>窓口の並び（{where}）</caption>
          <thead>
            <tr>
              <th scope="col" class="w3">
                順
              </th>
              <th scope="col" class="w15">
                書き方
              </th>
              <th scope="col" class="w15">
                id・課・種類
              </th>
              <th scope="col">ご案内の理由（住民が読みます）</th>
              <th scope="col" class="w5-5">
                年齢
              </th>
              <th scope="col" class="w13-5">
                並べ替え
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const errors = rowProblems(i)
              const n = i === rows.length - 1 ? '追加する行' : `${i + 1}番目`
              return (
                <tr>
                  <td>{i === rows.length - 1 ? '追加' : i + 1}</td>
                  <td>
                    <select name={`type.${i}`} aria-label={`${n}の書き方`}>
                      {candidateTypes.map((t) => (
                        <option value={t} selected={r.type === t}>
                          {candidateTypeLabels[t]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      id={`value-${i}`}
                      name={`value.${i}`}
                      type="text"
                      value={r.value}
                      list={r.type === 'kind' ? 'kinds' : 'agency-ids'}
                      aria-label={`${n}の id・課・種類`}
                      aria-invalid={errors.length > 0 ? 'true' : undefined}
                      aria-describedby={errors.map((_, k) => `value-${i}-error-${k}`).join(' ') || undefined}
                    />
                    <FieldErrors id={`value-${i}`} problems={errors} />
                  </td>
                  <td>
                    <input
                      name={`reason.${i}`}
                      type="text"
                      value={r.reason}
                      aria-label={`${n}のご案内の理由`}
                    />
                  </td>
                  <td>
                    <input
                      name={`ages.${i}`}
                      type="text"
                      value={r.ages}
                      class="mw4-5"
                      aria-label={`${n}の年齢`}
                    />
                  </td>
                  <td>
                    {i < rows.length - 1 && (
                      <span class="actions m0 tight">
                        <button
                          type="submit"
                          name="op"
                          value={`up:${i}`}
                          class="secondary"
                          disabled={i === 0}
                        >
                          上へ<span class="sr">（{i + 1}番目）</span>
                        </button>
                        <button
                          type="submit"
                          name="op"
                          value={`down:${i}`}
                          class="secondary"
                          disabled={i === rows.length - 2}
                        >
                          下へ<span class="sr">（{i + 1}番目）</span>
                        </button>
                        <button type="submit" name="op" value={`remove:${i}`} class="secondary">
                          削除<span class="sr">（{i + 1}番目）</span>
                        </button>
                      </span>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
        <p class="hint">並べ替え・削除は、「下書きに保存」を押すまで保存されません。</p>
        <div class="actions">
          <button type="submit" name="op" value="save">
            下書きに保存
          </button>
          {props.ward && props.hasOverride && (
            <button type="submit" name="op" value="drop" class="secondary">
              この区だけの並びをやめる
            </button>
          )}
          <a href={`/admin/versions/${props.versionId}/routing`}>保存せずに戻る</a>
        </div>
      </form>
    </Layout>
  )
}
