import type { AgencySummary } from '../agency-edit.ts'
import type { Actor } from '../console.ts'
import { Breadcrumb } from './editor-parts.tsx'
import { Layout } from './layout.tsx'

// The hotlines (data/kawasaki/hotlines.yaml): national, prefectural and city phone lines, each edited
// with the same form as an agency.

export const HotlinesPage = (props: { actor: Actor; versionId: number; hotlines: AgencySummary[] }) => (
  <Layout title={`電話相談（v${props.versionId} の下書き）`} actor={props.actor}>
    <Breadcrumb versionId={props.versionId} />
    <table>
      <thead>
        <tr>
          <th scope="col">電話相談</th>
          <th scope="col">番号</th>
          <th scope="col">受付時間</th>
        </tr>
      </thead>
      <tbody>
        {props.hotlines.map((h) => (
          <tr>
            <td>
              <a href={`/admin/versions/${props.versionId}/hotlines/${h.id}`}>{h.name}</a>
            </td>
            <td>{h.phone ?? '—'}</td>
            <td>{h.hours ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </Layout>
)
