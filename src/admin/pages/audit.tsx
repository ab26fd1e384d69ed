import { type AuditEntry, auditActions } from '../../core/console-store.ts'
import type { Actor, AuditFilter } from '../console.ts'
import { jst, Layout } from './layout.tsx'

export const actionLabel: Record<AuditEntry['action'], string> = {
  sign_in: 'サインイン',
  sign_in_failed: 'サインイン失敗',
  sign_out: 'サインアウト',
  edit: '編集',
  approve: '承認',
  publish: '公開',
  rollback: '以前の版に戻す',
  discard: '下書きの破棄',
  check: 'チェック',
  export: '書き出し（zip）',
  user_add: 'ユーザー追加',
  user_change: 'ユーザー変更',
}

export const AuditPage = (props: {
  actor: Actor
  entries: AuditEntry[]
  filter: AuditFilter
  query: string
}) => (
  <Layout title="操作の記録" actor={props.actor}>
    <form method="get" action="/admin/audit" class="actions">
      <div>
        <label for="actor">操作者</label>
        <input id="actor" name="actor" type="text" value={props.filter.actor ?? ''} class="mw12" />
      </div>
      <div>
        <label for="action">操作</label>
        <select id="action" name="action">
          <option value="">すべて</option>
          {auditActions.map((a) => (
            <option value={a} selected={props.filter.action === a}>
              {actionLabel[a]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="from">開始日</label>
        <input id="from" name="from" type="date" value={props.filter.from ?? ''} />
      </div>
      <div>
        <label for="to">終了日</label>
        <input id="to" name="to" type="date" value={props.filter.to ?? ''} />
      </div>
      <button type="submit">絞り込む</button>
      <a class="button" href={`/admin/audit.csv${props.query}`}>
        CSV で書き出す
      </a>
    </form>
    <table>
      <caption>{props.entries.length}件（新しい順）</caption>
      <thead>
        <tr>
          <th scope="col">日時</th>
          <th scope="col">操作者</th>
          <th scope="col">操作</th>
          <th scope="col">対象</th>
          <th scope="col">内容</th>
        </tr>
      </thead>
      <tbody>
        {[...props.entries].reverse().map((e) => (
          <tr>
            <td>{jst(e.at)}</td>
            <td>{e.actor}</td>
            <td>{actionLabel[e.action]}</td>
            <td>{e.target}</td>
            <td>{e.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </Layout>
)
