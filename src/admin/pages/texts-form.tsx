import type { ResidentLanguage } from '../../core/language.ts'
import { LANGUAGE_NAMES } from '../../core/language-names.ts'
import type { Actor } from '../console.ts'
import { problemLanguage, type TextRow, translatedLanguages } from '../edit/texts-edit.ts'
import type { FileProblem } from '../validate.ts'
import { Breadcrumb, describedBy, FieldErrors, ProblemList, Status } from './editor-parts.tsx'
import { Layout } from './layout.tsx'

// What the bot says: a table of keys × languages (a missing translation says so), and one key's
// texts in every language on one form.

const fallbackOf = (lang: ResidentLanguage) => (lang === 'ja-easy' ? '日本語（元の文）' : 'やさしい日本語')

export const TextsTablePage = (props: {
  actor: Actor
  versionId: number
  rows: TextRow[]
  lang: ResidentLanguage | null
  missingOnly: boolean
  problems: FileProblem[]
}) => {
  const base = `/admin/versions/${props.versionId}/texts`
  const rows = props.rows.filter((r) => !props.missingOnly || !props.lang || !r.texts[props.lang])
  const missing = (l: ResidentLanguage) => props.rows.filter((r) => !r.texts[l]).length
  return (
    <Layout title={`ボットの文言（v${props.versionId} の下書き）`} actor={props.actor}>
      <Breadcrumb versionId={props.versionId} />
      <ProblemList problems={props.problems} />
      <p>
        住民が読む文言の一覧です。「未訳」の言語では、{fallbackOf('en')}
        の文が表示されます。キーを選ぶと、すべての言語をまとめて直せます。
      </p>
      <form method="get" action={base} class="actions">
        <label for="lang" class="m0">
          言語
        </label>
        <select id="lang" name="lang" class="mw14">
          <option value="">すべて</option>
          {translatedLanguages.map((l) => (
            <option value={l} selected={props.lang === l}>
              {LANGUAGE_NAMES[l]}（{l}）未訳 {missing(l)}
            </option>
          ))}
        </select>
        <label class="m0 plain">
          <input type="checkbox" name="missing" value="1" checked={props.missingOnly} /> 未訳だけ
        </label>
        <button type="submit" class="secondary">
          絞り込む
        </button>
      </form>
      <table>
        <caption>キー × 言語（{rows.length}件）</caption>
        <thead>
          <tr>
            <th scope="col">キー</th>
            <th scope="col">日本語（元の文）</th>
            {(props.lang ? [props.lang] : translatedLanguages).map((l) => (
              <th scope="col" lang={props.lang ? undefined : l}>
                {props.lang ? LANGUAGE_NAMES[l] : l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>
                <a href={`${base}/${encodeURIComponent(r.key)}`}>{r.key}</a>
              </td>
              <td>{r.source}</td>
              {(props.lang ? [props.lang] : translatedLanguages).map((l) =>
                r.texts[l] ? <td lang={l}>{props.lang ? r.texts[l] : '○'}</td> : <td class="error">未訳</td>,
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  )
}

export const TextFormPage = (props: {
  actor: Actor
  versionId: number
  revision: number
  row: TextRow
  values: { source: string; texts: Partial<Record<ResidentLanguage, string>> }
  problems: FileProblem[]
  status?: string
}) => {
  const { row } = props
  const errorsFor = (l: ResidentLanguage) => props.problems.filter((p) => problemLanguage(p, row) === l)
  const field = (l: ResidentLanguage) => {
    const id = `text-${l}`
    const errors = errorsFor(l)
    const value = l === 'ja' ? props.values.source : (props.values.texts[l] ?? '')
    return (
      <div>
        <label for={id}>{l === 'ja' ? '日本語（元の文）' : `${LANGUAGE_NAMES[l]}（${l}）`}</label>
        <p class="hint" id={`${id}-hint`}>
          {l === 'ja'
            ? row.sourceFile
              ? `${row.sourceFile} にあります。`
              : 'プログラムの中の文なので、ここでは変えられません。'
            : value
              ? `${`flows/locales/${l}.yaml`} にあります。空にすると翻訳を消し、${fallbackOf(l)}の文を表示します。`
              : `未訳です。住民には${fallbackOf(l)}の文が表示されます。`}
        </p>
        <FieldErrors id={id} problems={errors} />
        <textarea
          id={id}
          name={l === 'ja' ? 'source' : `text.${l}`}
          rows={2}
          lang={l === 'ja-easy' ? 'ja' : l}
          readonly={l === 'ja' && !row.sourceFile}
          aria-invalid={errors.length > 0 ? 'true' : undefined}
          aria-describedby={describedBy(id, errors)}
        >
          {value}
        </textarea>
      </div>
    )
  }
  return (
    <Layout title={`文言 ${row.key}（v${props.versionId} の下書き）`} actor={props.actor}>
      <Breadcrumb versionId={props.versionId}>
        {' ・ '}
        <a href={`/admin/versions/${props.versionId}/texts`}>文言の一覧</a>
      </Breadcrumb>
      <Status text={props.status} />
      <ProblemList
        problems={props.problems}
        anchor={(p) => {
          const l = problemLanguage(p, row)
          return l ? `text-${l}` : null
        }}
      />
      <form method="post" action={`/admin/versions/${props.versionId}/texts/${encodeURIComponent(row.key)}`}>
        <input type="hidden" name="revision" value={String(props.revision)} />
        {field('ja')}
        {translatedLanguages.map(field)}
        <div class="actions">
          <button type="submit">下書きに保存</button>
          <a href={`/admin/versions/${props.versionId}/texts`}>保存せずに戻る</a>
        </div>
      </form>
    </Layout>
  )
}
