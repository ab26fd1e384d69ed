import { type StaffRole, type StaffUser, staffRoles } from '../../core/console-store.ts'
import type { Actor } from '../console.ts'
import { Status } from './editor-parts.tsx'
import { jst, Layout, roleLabel } from './layout.tsx'

// User management for an admin: add an account with a role, change a role, disable or enable, set a
// new password. The same rules as `npm run staff -- add-user` (names, 12+ character passwords).

const label = (r: StaffRole) => (roleLabel as Record<string, string>)[r] ?? r

const RoleSelect = (props: { id: string; name: string; value?: StaffRole; labelText: string }) => (
  <select id={props.id} name={props.name} aria-label={props.labelText} class="mw10">
    {staffRoles.map((r) => (
      <option value={r} selected={props.value === r}>
        {label(r)}（{r}）
      </option>
    ))}
  </select>
)

export const UsersPage = (props: {
  actor: Actor
  users: Omit<StaffUser, 'passwordHash'>[]
  status?: string
  error?: string
}) => (
  <Layout title="ユーザー管理" actor={props.actor}>
    <Status text={props.status} />
    {props.error && (
      <div class="problems" role="alert">
        <p class="m0">{props.error}</p>
      </div>
    )}
    <h2 id="add-heading">ユーザーを追加</h2>
    <form method="post" action="/admin/users" aria-labelledby="add-heading">
      <label for="new-name">ユーザー名</label>
      <p class="hint" id="new-name-hint">
        半角英小文字・数字・. _ - で2〜32文字（例：sato.k）。
      </p>
      <input id="new-name" name="name" type="text" aria-describedby="new-name-hint" autocomplete="off" />
      <label for="new-role">役割</label>
      <RoleSelect id="new-role" name="role" value="editor" labelText="役割" />
      <label for="new-password">最初のパスワード</label>
      <p class="hint" id="new-password-hint">
        12文字以上。本人に別の方法（電話・対面）で伝え、サインイン後に変えてもらってください。
      </p>
      <input
        id="new-password"
        name="password"
        type="password"
        autocomplete="new-password"
        aria-describedby="new-password-hint"
      />
      <div class="actions">
        <button type="submit">追加する</button>
      </div>
    </form>
    <h2>登録されているユーザー</h2>
    <table>
      <thead>
        <tr>
          <th scope="col">ユーザー名</th>
          <th scope="col">役割</th>
          <th scope="col">状態</th>
          <th scope="col">登録日</th>
          <th scope="col">パスワードの再設定</th>
        </tr>
      </thead>
      <tbody>
        {props.users.map((u) => {
          const base = `/admin/users/${encodeURIComponent(u.name)}`
          return (
            <tr>
              <td>{u.name}</td>
              <td>
                <form method="post" action={`${base}/role`} class="actions m0">
                  <RoleSelect
                    id={`role-${u.name}`}
                    name="role"
                    value={u.role}
                    labelText={`${u.name} の役割`}
                  />
                  <button type="submit" class="secondary">
                    変更<span class="sr">（{u.name}）</span>
                  </button>
                </form>
              </td>
              <td>
                {u.disabled ? '無効' : '有効'}
                <form method="post" action={`${base}/${u.disabled ? 'enable' : 'disable'}`} class="inline">
                  {' '}
                  <button type="submit" class="secondary">
                    {u.disabled ? '有効にする' : '無効にする'}
                    <span class="sr">（{u.name}）</span>
                  </button>
                </form>
              </td>
              <td>{jst(u.createdAt)}</td>
              <td>
                <form method="post" action={`${base}/password`} class="actions m0">
                  <input
                    name="password"
                    type="password"
                    autocomplete="new-password"
                    aria-label={`${u.name} の新しいパスワード（12文字以上）`}
                    class="mw12"
                  />
                  <button type="submit" class="secondary">
                    再設定<span class="sr">（{u.name}）</span>
                  </button>
                </form>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  </Layout>
)
