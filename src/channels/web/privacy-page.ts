import { html } from 'hono/html'

// GET /privacy: what the one-line notice in the widget and in LINE's first message links to. Short and
// plain, for residents; the full note for staff and developers is docs/insights-privacy.md.

export const privacyPage = () => html`<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>相談の件数の集計について | 福祉の相談窓口案内</title>
<link rel="stylesheet" href="/demo.css">
</head>
<body>
<main>
<h1>相談の件数の集計について</h1>
<p>この案内では、よりよい相談窓口づくりのために、<strong>相談の件数だけ</strong>を数えています。</p>
<h2>数えていること</h2>
<ul>
<li>日付と時間帯（平日の昼・夜・深夜・土日祝）</li>
<li>区（わからないときは「不明」）と、相談の種類</li>
<li>だれのことか（ご本人・ご家族など）と年齢層</li>
<li>LINEかウェブか、使ったことば、どの窓口をご案内したか</li>
<li>最後の「お役に立ちましたか？」への答え（はい・いいえ）</li>
</ul>
<h2>残さないこと</h2>
<p>あなたが書いた文章、お名前、LINEのID、会話の番号は、集計に残しません。一つの件数が一人の方を表さないよう、5件未満（危機・虐待・DVは10件未満）の数は、市の職員にも「5未満」とだけ表示します。</p>
<h2>保存する期間と、見る人</h2>
<p>件数は25か月で消えます。見られるのは、市の担当職員（区の職員を含む）だけです。</p>
</main>
</body>
</html>`
