import type { AgencyFields, AgencySummary } from '../agency-edit.ts'
import type { Actor } from '../console.ts'
import type { FileProblem } from '../validate.ts'
import { formatFileProblem } from '../validate.ts'
import { Layout } from './layout.tsx'

// The agency form. Each problem from the project's checks is listed at the top (`file › path:
// message`, linked to the field) and repeated under the field whose path it names.

const fieldOf = (p: FileProblem): keyof AgencyFields | null =>
  /\.phone$/.test(p.path)
    ? 'phone'
    : /\.hours(_spec)?(\.|$)/.test(p.path)
      ? 'hours'
      : /\.sources$/.test(p.path)
        ? p.message.includes('確認日')
          ? 'asOf'
          : 'sourceUrl'
        : null

export const AgencyFormPage = (props: {
  actor: Actor
  versionId: number
  revision: number
  agency: AgencySummary
  values: AgencyFields
  problems: FileProblem[]
}) => {
  const byField = (f: keyof AgencyFields) => props.problems.filter((p) => fieldOf(p) === f)
  const field = (
    name: keyof AgencyFields,
    label: string,
    hint: string,
    type: 'text' | 'url' | 'date' = 'text',
  ) => {
    const errors = byField(name)
    const describedBy = [`${name}-hint`, ...errors.map((_, i) => `${name}-error-${i}`)].join(' ')
    return (
      <div>
        <label for={name}>{label}</label>
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
        {errors.map((p, i) => (
          <p class="error" id={`${name}-error-${i}`}>
            {p.message}
          </p>
        ))}
        <input
          id={name}
          name={name}
          type={type}
          value={props.values[name]}
          aria-invalid={errors.length > 0 ? 'true' : undefined}
          aria-describedby={describedBy}
        />
      </div>
    )
  }
  return (
    <Layout title={`${props.agency.name}（v${props.versionId} の下書き）`} actor={props.actor}>
      {props.problems.length > 0 && (
        <div class="problems" role="alert">
          <h2 class="flush">保存できませんでした（{props.problems.length}件）</h2>
          <ul>
            {props.problems.map((p) => {
              const f = fieldOf(p)
              return <li>{f ? <a href={`#${f}`}>{formatFileProblem(p)}</a> : formatFileProblem(p)}</li>
            })}
          </ul>
        </div>
      )}
      <form method="post" action={`/admin/versions/${props.versionId}/agencies/${props.agency.id}`}>
        <input type="hidden" name="revision" value={String(props.revision)} />
        {field('phone', '電話番号', '044-744-3113 のようにハイフン付きで。番号がないときは空欄にします。')}
        {field(
          'hours',
          '受付時間（住民に表示）',
          '例：平日 8:30〜17:00。出典や年の注記は書かないでください。',
        )}
        {field(
          'sourceUrl',
          '出典URL',
          '電話番号を変えるときは、その番号が載っている公式ページの URL が必要です。',
          'url',
        )}
        {field('asOf', '確認日', '出典を確認した日（例：2026-12-01）。', 'date')}
        <div class="actions">
          <button type="submit">下書きに保存</button>
          <a href={`/admin/versions/${props.versionId}`}>保存せずに戻る</a>
        </div>
      </form>
    </Layout>
  )
}
