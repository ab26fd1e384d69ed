import { type Label, labelIds } from '../../core/taxonomy.ts'
import type { Actor } from '../console.ts'
import type { CounterRow } from '../edit/intents-edit.ts'
import type { FileProblem } from '../validate.ts'
import { Breadcrumb, describedBy, FieldErrors, ProblemList, Status } from './editor-parts.tsx'
import { Layout } from './layout.tsx'

// The intents editor: the labels, and one label's examples (a textarea, one per line) and
// counter-examples (rows: the text, what it is instead, why).

export const IntentsListPage = (props: {
  actor: Actor
  versionId: number
  intents: { label: Label; examples: number; counter: number }[]
}) => (
  <Layout title={`意図の例文（v${props.versionId} の下書き）`} actor={props.actor}>
    <Breadcrumb versionId={props.versionId} />
    <p>
      相談の種類（ラベル）ごとに、住民が書きそうな例文と、似ているけれど違う文（反例）を書きます。分類器は「チェック」で学習し直します。
    </p>
    <table>
      <thead>
        <tr>
          <th scope="col">ラベル</th>
          <th scope="col">例文</th>
          <th scope="col">反例</th>
        </tr>
      </thead>
      <tbody>
        {props.intents.map((i) => (
          <tr>
            <td>
              <a href={`/admin/versions/${props.versionId}/intents/${i.label}`}>{i.label}</a>
            </td>
            <td>{i.examples}</td>
            <td>{i.counter}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </Layout>
)

export const IntentFormPage = (props: {
  actor: Actor
  versionId: number
  revision: number
  label: Label
  description: string
  examples: string
  counter: CounterRow[]
  problems: FileProblem[]
  status?: string
}) => {
  const examplesErrors = props.problems.filter((p) => /^examples(\.|$)/.test(p.path))
  const counterErrors = (i: number) =>
    props.problems.filter((p) => p.path.startsWith(`counter_examples.${i}.`))
  const rows = [
    ...props.counter,
    ...Array.from({ length: 2 }, () => ({ text: '', expected: '', why: '' }) as CounterRow),
  ]
  return (
    <Layout title={`意図 ${props.label} の例文（v${props.versionId} の下書き）`} actor={props.actor}>
      <Breadcrumb versionId={props.versionId}>
        {' ・ '}
        <a href={`/admin/versions/${props.versionId}/intents`}>意図の一覧</a>
      </Breadcrumb>
      <Status text={props.status} />
      <ProblemList
        problems={props.problems}
        anchor={(p) => {
          if (/^examples/.test(p.path)) return 'examples'
          const m = /^counter_examples\.(\d+)/.exec(p.path)
          return m ? `counter-text-${m[1]}` : null
        }}
      />
      <details>
        <summary>このラベルの説明</summary>
        <p class="pre-wrap">{props.description}</p>
      </details>
      <form method="post" action={`/admin/versions/${props.versionId}/intents/${props.label}`}>
        <input type="hidden" name="revision" value={String(props.revision)} />
        <input type="hidden" name="rows" value={String(rows.length)} />
        <label for="examples">例文（1行に1つ）</label>
        <p class="hint" id="examples-hint">
          住民が書きそうな文をそのまま書きます。ひらがなだけ・誤字・絵文字の文もあると分類が強くなります。
        </p>
        <FieldErrors id="examples" problems={examplesErrors} />
        <textarea
          id="examples"
          name="examples"
          rows={12}
          class="mw48"
          aria-invalid={examplesErrors.length > 0 ? 'true' : undefined}
          aria-describedby={describedBy('examples', examplesErrors)}
        >
          {props.examples}
        </textarea>
        <table class="mt1">
          <caption>反例（このラベルではない文）。文を空にすると削除します</caption>
          <thead>
            <tr>
              <th scope="col">文</th>
              <th scope="col">本当は</th>
              <th scope="col">理由（職員向け）</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const errors = counterErrors(i)
              const n = i >= props.counter.length ? `追加${i - props.counter.length + 1}` : `${i + 1}番目`
              return (
                <tr>
                  <td>
                    <input
                      id={`counter-text-${i}`}
                      name={`counter.text.${i}`}
                      type="text"
                      value={r.text}
                      aria-label={`反例${n}の文`}
                      aria-invalid={errors.length > 0 ? 'true' : undefined}
                      aria-describedby={
                        errors.map((_, k) => `counter-text-${i}-error-${k}`).join(' ') || undefined
                      }
                    />
                    <FieldErrors id={`counter-text-${i}`} problems={errors} />
                  </td>
                  <td>
                    <select name={`counter.expected.${i}`} aria-label={`反例${n}の本当のラベル`}>
                      <option value="">（なし）</option>
                      {labelIds.map((l) => (
                        <option value={l} selected={r.expected === l}>
                          {l}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      name={`counter.why.${i}`}
                      type="text"
                      value={r.why}
                      aria-label={`反例${n}の理由`}
                    />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
        <div class="actions">
          <button type="submit">下書きに保存</button>
          <a href={`/admin/versions/${props.versionId}/intents`}>保存せずに戻る</a>
        </div>
      </form>
    </Layout>
  )
}
