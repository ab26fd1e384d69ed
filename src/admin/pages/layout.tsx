import type { Child } from 'hono/jsx'
import type { Actor } from '../console.ts'

// One page frame for the console: Japanese, no script, readable at 1366×768 (content ≤ 72rem wide),
// colours at WCAG AA contrast, a visible focus ring and a skip link for keyboard users. The stylesheet
// is a file of its own (/admin/console.css): the service's CSP allows no inline style, and the browser
// caches it across pages.

export const consoleCss = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 "Yu Gothic UI","Meiryo",system-ui,sans-serif;color:#1a1a1a;background:#f6f7f9}
a{color:#0b57a4}
a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #d35400;outline-offset:2px}
.skip,.sr{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px}
header{background:#0b3d6b;color:#fff;padding:.5rem 1rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
header a{color:#fff}header .who{margin-left:auto}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0 1rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #c5cbd3;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#e8edf3}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
button,.button{font:inherit;padding:.35rem .9rem;border:1px solid #0b3d6b;border-radius:4px;background:#0b57a4;color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:#fff;color:#0b3d6b}
.actions{display:flex;gap:.5rem;flex-wrap:wrap;align-items:center;margin:.5rem 0}
header form,.actions form,form.inline{display:inline}
label{display:block;font-weight:bold;margin-top:.75rem}
input[type=text],input[type=password],input[type=url],input[type=date],input:not([type]),textarea,select{font:inherit;width:100%;max-width:36rem;padding:.35rem;border:1px solid #6b7480;border-radius:4px;background:#fff}
.hint{color:#4a525c;font-size:.9rem;margin:.1rem 0}
.error{color:#a4000f;font-weight:bold;margin:.1rem 0}
.notice{background:#e7f4e8;border:1px solid #2e7d32;padding:.5rem 1rem;margin:.5rem 0}
.problems{background:#fdecec;border:2px solid #a4000f;padding:.5rem 1rem;margin:.5rem 0}
.status-live{font-weight:bold;color:#1b5e20}.status-draft{color:#7a4f00;font-weight:bold}
pre{background:#fff;border:1px solid #c5cbd3;padding:.5rem;overflow:auto;max-height:24rem;font-size:.85rem}
del{background:#fdecec}ins{background:#e7f4e8;text-decoration:none}
ol.sim{padding-left:1.2rem}ol.sim>li{background:#fff;border:1px solid #c5cbd3;padding:.5rem;margin:.5rem 0}
.card{border-left:4px solid #0b57a4;padding-left:.5rem;margin:.25rem 0;list-style:none}
dl.trace{display:grid;grid-template-columns:10rem 1fr;gap:0 .5rem;font-size:.9rem;background:#f0f3f7;padding:.25rem .5rem;margin:.25rem 0}dl.trace dd{margin:0}
h2.flush{margin-top:0}.mt1{margin-top:1rem}.m0{margin:0}.actions.tight{flex-wrap:nowrap;gap:.25rem}
label.plain{font-weight:normal}label.choice{font-weight:normal;display:inline-block;margin-right:1rem}p.group{margin:.75rem 0 0;font-weight:bold}
.pre-wrap{white-space:pre-wrap}pre.full{max-height:none}
th.w3{width:3rem}th.w5-5{width:5.5rem}th.w13-5{width:13.5rem}th.w15{width:15rem}
:is(input,select,textarea).mw4-5{max-width:4.5rem}:is(input,select,textarea).mw7{max-width:7rem}:is(input,select,textarea).mw8{max-width:8rem}
:is(input,select,textarea).mw9{max-width:9rem}:is(input,select,textarea).mw10{max-width:10rem}:is(input,select,textarea).mw11{max-width:11rem}
:is(input,select,textarea).mw12{max-width:12rem}:is(input,select,textarea).mw14{max-width:14rem}:is(input,select,textarea).mw16{max-width:16rem}
:is(input,select,textarea).mw20{max-width:20rem}:is(input,select,textarea).mw24{max-width:24rem}:is(input,select,textarea).mw48{max-width:48rem}
`

/** `stylesheet`: a page's own sheet beside console.css (a path under /admin, served by routes.tsx). */
export const Layout = (props: {
  title: string
  actor?: Actor | null
  stylesheet?: string
  children?: Child
}) => (
  <html lang="ja">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${props.title} | 相談ルーター 管理画面`}</title>
      <link rel="stylesheet" href="/admin/console.css" />
      {props.stylesheet && <link rel="stylesheet" href={props.stylesheet} />}
    </head>
    <body>
      <a class="skip" href="#main">
        本文へ移動
      </a>
      <header>
        <strong>相談ルーター 管理画面</strong>
        {props.actor && (
          <nav aria-label="メニュー">
            {props.actor.role !== 'viewer' && (
              <>
                <a href="/admin">版の一覧</a> ・ <a href="/admin/audit">操作の記録</a>
              </>
            )}
            {props.actor.role !== 'editor' && (
              <>
                {props.actor.role !== 'viewer' && ' ・ '}
                <a href="/admin/insights">相談の傾向</a>
              </>
            )}
            {props.actor.role === 'admin' && (
              <>
                {' ・ '}
                <a href="/admin/users">ユーザー管理</a>
              </>
            )}
          </nav>
        )}
        {props.actor && (
          <span class="who">
            {props.actor.name}（{roleLabel[props.actor.role]}）{' '}
            <form method="post" action="/admin/logout">
              <button type="submit" class="secondary">
                サインアウト
              </button>
            </form>
          </span>
        )}
      </header>
      <main id="main">
        <h1>{props.title}</h1>
        {props.children}
      </main>
    </body>
  </html>
)

export const roleLabel = { editor: '編集者', approver: '承認者', admin: '管理者', viewer: '閲覧者' } as const

export const statusLabel = { live: '公開中', draft: '下書き', archived: '過去の版' } as const

/** Times as staff read them: Japan time, 2026/12/01 09:30. */
export const jst = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString('ja-JP', {
        timeZone: 'Asia/Tokyo',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
    : '—'
