import { Layout } from './layout.tsx'

export const SignInPage = (props: { error?: string; name?: string }) => (
  <Layout title="サインイン">
    {props.error && (
      <p class="problems" role="alert" id="sign-in-error">
        {props.error}
      </p>
    )}
    <form method="post" action="/admin/login">
      <label for="user">ユーザー名</label>
      <input
        id="user"
        name="user"
        type="text"
        autocomplete="username"
        required
        value={props.name ?? ''}
        aria-describedby={props.error ? 'sign-in-error' : undefined}
      />
      <label for="password">パスワード</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required />
      <div class="actions">
        <button type="submit">サインイン</button>
      </div>
    </form>
    <p class="hint">アカウントがないときは、管理者に作成を依頼してください。</p>
  </Layout>
)

export const MessagePage = (props: { title: string; message: string }) => (
  <Layout title={props.title}>
    <p class="problems" role="alert">
      {props.message}
    </p>
    <p>
      <a href="/admin">版の一覧に戻る</a>
    </p>
  </Layout>
)
