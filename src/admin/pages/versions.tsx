import type { AgencySummary } from '../agency-edit.ts'
import type { Actor, VersionRow } from '../console.ts'
import type { FileDiff } from '../diff.ts'
import type { FileProblem } from '../validate.ts'
import { ZIP_MAX_BYTES, zipFileName } from '../zip.ts'
import { ProblemList } from './editor-parts.tsx'
import { jst, Layout, statusLabel } from './layout.tsx'

const notices: Record<string, string> = {
  created: '下書きを作成しました。',
  saved: '保存しました。',
  approved: '承認しました。',
  published: '公開しました。各サーバーには60秒以内に反映されます。',
  rolledback: 'この版に戻しました。各サーバーには60秒以内に反映されます。',
  discarded: '下書きを破棄しました。',
  imported: 'zip を取り込んで下書きを作りました。チェックと承認を経て公開できます。',
}

export const Notice = (props: { done?: string }) =>
  props.done && notices[props.done] ? (
    <p class="notice" role="status">
      {notices[props.done]}
    </p>
  ) : null

const PostButton = (props: { action: string; label: string; secondary?: boolean }) => (
  <form method="post" action={props.action}>
    <button type="submit" class={props.secondary ? 'secondary' : undefined}>
      {props.label}
    </button>
  </form>
)

/** A .zip of a version's YAML tree (the same paths as `npm run staff -- export`), as an upload. */
const ImportForm = () => (
  <form method="post" action="/admin/versions/import" enctype="multipart/form-data" class="mt1">
    <h2 class="flush">zip から下書きを作る</h2>
    <p class="hint" id="zip-hint">
      上の表の「ダウンロード」の zip（中身を直したもの）を選びます。{ZIP_MAX_BYTES / 1024 / 1024}
      MB まで。誤りがあるときは取り込まず、ファイルと項目を示します。
    </p>
    <label for="zip">zip ファイル</label>
    <input
      id="zip"
      name="zip"
      type="file"
      accept=".zip,application/zip"
      required
      aria-describedby="zip-hint"
    />
    <label for="zip-message">取り込みの説明</label>
    <input
      id="zip-message"
      name="message"
      type="text"
      class="mw24"
      placeholder="例：外部で直した文言を取り込み"
    />
    <p>
      <button type="submit">zip を取り込んで下書きを作る</button>
    </p>
  </form>
)

export const VersionsPage = (props: {
  actor: Actor
  versions: VersionRow[]
  done?: string
  /** Why an uploaded .zip was refused (nothing was imported). */
  problems?: FileProblem[]
}) => (
  <Layout title="版の一覧" actor={props.actor}>
    <Notice done={props.done} />
    <ProblemList problems={props.problems ?? []} title="zip を取り込めませんでした" />
    <form method="post" action="/admin/versions" class="actions">
      <label for="message" class="m0">
        変更の説明
      </label>
      <input id="message" name="message" type="text" class="mw24" placeholder="例：中原区の電話番号を更新" />
      <button type="submit">公開中の版から下書きを作る</button>
    </form>
    <ImportForm />
    <table>
      <caption>すべての版（新しい順）</caption>
      <thead>
        <tr>
          <th scope="col">版</th>
          <th scope="col">状態</th>
          <th scope="col">説明</th>
          <th scope="col">作成者</th>
          <th scope="col">承認者</th>
          <th scope="col">公開日時</th>
          <th scope="col">ダウンロード</th>
        </tr>
      </thead>
      <tbody>
        {props.versions.map((v) => (
          <tr>
            <td>
              <a href={`/admin/versions/${v.id}`}>v{v.id}</a>
            </td>
            <td class={`status-${v.status}`}>{statusLabel[v.status]}</td>
            <td>{v.message}</td>
            <td>{v.author}</td>
            <td>{v.approvedBy ?? '—'}</td>
            <td>{jst(v.publishedAt)}</td>
            <td>
              <a href={`/admin/versions/${v.id}/zip`} download={zipFileName(v.id)}>
                {zipFileName(v.id)}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </Layout>
)

export const DiffView = (props: { diff: FileDiff[] }) =>
  props.diff.length === 0 ? (
    <p>元の版からの変更はありません。</p>
  ) : (
    <div>
      {props.diff.map((d) => (
        <section aria-label={d.file}>
          <h3>{d.file}</h3>
          {d.kind === 'fields' ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">項目</th>
                  <th scope="col">変更前</th>
                  <th scope="col">変更後</th>
                </tr>
              </thead>
              <tbody>
                {d.changes.map((c) => (
                  <tr>
                    <td>{c.path}</td>
                    <td>
                      <del>{c.before ?? '（なし）'}</del>
                    </td>
                    <td>
                      <ins>{c.after ?? '（なし）'}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : d.kind === 'text' ? (
            <pre tabindex={0}>{d.patch}</pre>
          ) : (
            <p>{d.kind === 'added' ? 'ファイルを追加' : 'ファイルを削除'}</p>
          )}
        </section>
      ))}
    </div>
  )

export const VersionPage = (props: {
  actor: Actor
  version: VersionRow
  diff: FileDiff[]
  agencies: AgencySummary[]
  done?: string
}) => {
  const v = props.version
  const base = `/admin/versions/${v.id}`
  return (
    <Layout title={`版 v${v.id}（${statusLabel[v.status]}）`} actor={props.actor}>
      <Notice done={props.done} />
      <dl>
        <dt>説明</dt>
        <dd>{v.message}</dd>
        <dt>作成者</dt>
        <dd>
          {v.author}（{jst(v.createdAt)}）
        </dd>
        <dt>承認者</dt>
        <dd>{v.approvedBy ? `${v.approvedBy}（${jst(v.approvedAt)}）` : 'まだ承認されていません'}</dd>
        <dt>公開</dt>
        <dd>
          {v.publishedAt ? `${v.publishedBy ?? ''}（${jst(v.publishedAt)}）` : 'まだ公開されていません'}
        </dd>
      </dl>
      <div class="actions">
        {v.status === 'draft' && (
          <a class="button" href={`${base}/check`}>
            チェック
          </a>
        )}
        <a href={`${base}/simulator`}>シミュレーターで試す</a>
        <a href={`${base}/zip`} download={zipFileName(v.id)}>
          zip でダウンロード
        </a>
        {v.status === 'draft' && !v.approvedBy && <PostButton action={`${base}/approve`} label="承認する" />}
        {v.status === 'draft' && v.approvedBy && <PostButton action={`${base}/publish`} label="公開する" />}
        {v.status === 'archived' && v.publishedAt && (
          <PostButton action={`${base}/rollback`} label="この版に戻す" />
        )}
        {v.status === 'draft' && <PostButton action={`${base}/discard`} label="下書きを破棄" secondary />}
      </div>
      <nav aria-label="この版の編集">
        <ul>
          {v.status === 'draft' && (
            <>
              <li>
                <a href={`${base}/hotlines`}>電話相談（全国・県・市の電話）</a>
              </li>
              <li>
                <a href={`${base}/routing`}>案内先の順番（相談の種類ごと・区ごと）</a>
              </li>
              <li>
                <a href={`${base}/texts`}>ボットの文言（日本語と各言語）</a>
              </li>
              <li>
                <a href={`${base}/intents`}>意図の例文・反例</a>
              </li>
            </>
          )}
          <li>
            <a href={`${base}/files`}>ファイルを見る（YAML、読み取り専用）</a>
          </li>
        </ul>
      </nav>
      <h2>v{v.parent ?? '—'} からの変更</h2>
      <DiffView diff={props.diff} />
      {v.status === 'draft' && (
        <section aria-labelledby="agencies-heading">
          <h2 id="agencies-heading">相談窓口の電話番号・受付時間を編集</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">窓口</th>
                <th scope="col">電話番号</th>
                <th scope="col">受付時間</th>
              </tr>
            </thead>
            <tbody>
              {props.agencies.map((a) => (
                <tr>
                  <td>
                    <a href={`${base}/agencies/${a.id}`}>{a.name}</a>
                  </td>
                  <td>{a.phone ?? '—'}</td>
                  <td>{a.hours ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </Layout>
  )
}
