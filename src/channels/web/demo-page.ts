// The page at `/`: a mock 川崎市 page that embeds the widget exactly as a city page would, and shows
// the snippet to copy. It has no inline script or style, so it is served under a strict CSP (app.ts).
// The snippet's address is PUBLIC_BASE_URL, never the request's Host header; everything is escaped.

/** Where the snippet says the widget lives when PUBLIC_BASE_URL is not set. */
export const ORIGIN_PLACEHOLDER = 'https://（このサーバーのアドレス）'

export const DEMO_CSS = `body{margin:0;font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP",sans-serif;line-height:1.7;color:#1b1b1b;background:#f6f7f9}
header{background:#fff;border-bottom:4px solid #1a5a9c;padding:.75rem 1rem}
header p{margin:0;font-weight:700;font-size:1.25rem}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;margin:.5rem 0 0;padding:0}
nav a,main a{color:#1a4f8a}
main{max-width:46rem;margin:0 auto;padding:1rem 1rem 8rem}
section{background:#fff;border:1px solid #d0d4da;border-radius:.5rem;padding:1rem;margin:1rem 0}
h1{font-size:1.6rem}
h2{font-size:1.2rem;margin-top:0}
pre{background:#1b1b1b;color:#f3f3f3;padding:1rem;border-radius:.5rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
.note{background:#fff6d6;border-left:4px solid #8a6d00;padding:.5rem 1rem}
footer{text-align:center;font-size:.9rem;color:#3d3d3d;padding:1rem}
.light{font-weight:400}
`

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export const embedSnippet = (origin: string) =>
  `<script src="${origin}/widget.js" defer
  data-title="福祉の相談窓口案内"
  data-color="#1a5a9c"
  data-text-color="#ffffff"
  data-position="right"
  data-lang="ja"
  data-exit-url="https://www.google.com/search?q=天気"></script>`

export const demoPage = (origin: string | null) => `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>福祉の相談 | 川崎市（デモページ）</title>
<link rel="stylesheet" href="/demo.css">
</head>
<body>
<header>
<p>川崎市 <span class="light">（デモページ）</span></p>
<nav aria-label="サイト内"><ul><li><a href="#soudan">福祉の相談</a></li><li><a href="#embed">埋め込み方法</a></li></ul></nav>
</header>
<main>
<h1 id="soudan">福祉の相談</h1>
<p class="note">このページは、市のウェブサイトにチャットを埋め込んだときの見本です。実在の市のページではありません。</p>
<section>
<h2>どこに相談すればよいか分からないときは</h2>
<p>介護、認知症、障害、子育て、生活のお金、ひきこもり、こころの不調など、困りごとを入力すると、お住まいの区の相談窓口と電話番号、受付時間をご案内します。</p>
<p>画面右下の「相談する」ボタンから始めてください。キーボードだけでも操作できます。</p>
<p>命に関わる緊急のときは、119番（救急）または110番（警察）に電話してください。</p>
</section>
<section id="embed">
<h2>市のページへの埋め込み方法</h2>
<p>次の1行を、ページの本文の最後に貼り付けてください。</p>
<pre><code>${esc(embedSnippet(origin ?? ORIGIN_PLACEHOLDER))}</code></pre>
</section>
</main>
<footer>soudan-router デモ</footer>
${embedSnippet('')}
</body>
</html>
`
