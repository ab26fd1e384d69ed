import type { Actor } from '../console.ts'
import { Breadcrumb } from './editor-parts.tsx'
import { Layout } from './layout.tsx'

// Every file of a version as the repo holds it, read-only: for staff who know the YAML, and to check
// what an editor wrote. Changes are made in the editors (or exported, edited and imported again).

export const FilesPage = (props: {
  actor: Actor
  versionId: number
  files: { path: string; size: number }[]
}) => (
  <Layout title={`v${props.versionId} のファイル（読み取り専用）`} actor={props.actor}>
    <Breadcrumb versionId={props.versionId} />
    <p>
      この版のすべてのファイルです。ここでは変更できません。まとめて書き出すには{' '}
      <code>npm run staff -- export --version {props.versionId} --out フォルダ</code> を使います。
    </p>
    <table>
      <thead>
        <tr>
          <th scope="col">ファイル</th>
          <th scope="col">大きさ</th>
        </tr>
      </thead>
      <tbody>
        {props.files.map((f) => (
          <tr>
            <td>
              <a href={`/admin/versions/${props.versionId}/files/${f.path}`}>{f.path}</a>
            </td>
            <td>{Math.ceil(f.size / 1024)} KB</td>
          </tr>
        ))}
      </tbody>
    </table>
  </Layout>
)

export const FilePage = (props: { actor: Actor; versionId: number; path: string; text: string }) => (
  <Layout title={`${props.path}（v${props.versionId}、読み取り専用）`} actor={props.actor}>
    <p>
      <a href={`/admin/versions/${props.versionId}/files`}>ファイルの一覧に戻る</a>
    </p>
    <pre tabindex={0} class="full">
      {props.text}
    </pre>
  </Layout>
)
