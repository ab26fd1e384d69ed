import type { Child } from 'hono/jsx'
import type { FileProblem } from '../validate.ts'
import { formatFileProblem } from '../validate.ts'

// Pieces the editors share: the list of problems at the top of a form (each linked to its field when
// the form knows where it is), the same problem again beside that field, and the row buttons.

export const ProblemList = (props: {
  problems: FileProblem[]
  anchor?: (p: FileProblem) => string | null
  title?: string
}) =>
  props.problems.length === 0 ? null : (
    <div class="problems" role="alert">
      <h2 class="flush">
        {props.title ?? '保存できませんでした'}（{props.problems.length}件）
      </h2>
      <ul>
        {props.problems.map((p) => {
          const id = props.anchor?.(p)
          return <li>{id ? <a href={`#${id}`}>{formatFileProblem(p)}</a> : formatFileProblem(p)}</li>
        })}
      </ul>
    </div>
  )

/** The problems for one field, under it; `id`s for aria-describedby. */
export const FieldErrors = (props: { id: string; problems: FileProblem[] }) => (
  <>
    {props.problems.map((p, i) => (
      <p class="error" id={`${props.id}-error-${i}`}>
        {formatFileProblem(p)}
      </p>
    ))}
  </>
)

export const describedBy = (id: string, problems: FileProblem[], hint = true) =>
  [...(hint ? [`${id}-hint`] : []), ...problems.map((_, i) => `${id}-error-${i}`)].join(' ') || undefined

export const Status = (props: { text?: string }) =>
  props.text ? (
    <p class="notice" role="status">
      {props.text}
    </p>
  ) : null

export const Breadcrumb = (props: { versionId: number; children?: Child }) => (
  <p>
    <a href={`/admin/versions/${props.versionId}`}>v{props.versionId} に戻る</a>
    {props.children}
  </p>
)
