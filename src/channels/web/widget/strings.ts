// The widget's own words. Only Japanese travels in widget.js; another language's frame (title, input,
// buttons) is fetched when the conversation switches to it (GET /widget/locale/<lang>.json, from
// flows/locales/<lang>.yaml `ui.widget`), and cards bring their own labels (`m.labels`).

export const ja = {
  title: '福祉の相談窓口案内',
  open: '相談する',
  close: '閉じる',
  quickExit: 'すぐに閉じる',
  quickExitHint: '会話を消して、別のページに移ります',
  largerText: '文字を大きく',
  inputLabel: 'ご相談の内容',
  placeholder: 'ここに入力してください',
  send: '送信',
  you: 'あなた',
  bot: '案内',
  typing: '返事を考えています',
  restart: 'もう一度はじめから相談する',
  error: 'うまく送れませんでした。少し時間をおいて、もう一度お試しください。',
  conversation: '会話',
  intro: '困りごとを書くと、相談できる窓口をご案内します。お名前や住所などは書かないでください。',
  language: '言語 / Language',
  easy: 'やさしい日本語',
  privacy: '書いた内容は残さず、相談の件数だけを数えています。',
  // A Japanese card's labels (a card in another language carries its own).
  call: '電話をかける',
  hours: '受付時間',
  today: '今日',
  link: '開く（新しいタブ）',
  openNow: 'いま受付中',
  closedNow: 'いまは時間外',
  urgent: '急ぎの窓口',
  map: '地図を見る（新しいタブ）',
  address: '所在地',
}

export type Strings = typeof ja
/** A language code the server answers in: ja, ja-easy, en, zh-Hans... */
export type Lang = string

/** The frame in `lang`; Japanese when it cannot be fetched (the conversation itself is unaffected). */
export const loadStrings = async (apiBase: string, lang: Lang): Promise<Strings> => {
  if (lang === 'ja') return ja
  try {
    const res = await fetch(`${apiBase}/widget/locale/${encodeURIComponent(lang)}.json`)
    const data = (await res.json()) as { strings?: Record<string, unknown> }
    const got = Object.entries(data.strings ?? {}).filter(([k, v]) => k in ja && typeof v === 'string')
    return { ...ja, ...Object.fromEntries(got) }
  } catch {
    return ja
  }
}

/** BCP 47 for `lang` attributes: やさしい日本語 is Japanese to a screen reader. */
export const tag = (lang: Lang) => (lang === 'ja-easy' ? 'ja' : lang)

/** The conversation's language from a message's tag: none is Japanese, `ja` is やさしい日本語. */
export const langOf = (messageLang: string | undefined): Lang =>
  messageLang === undefined ? 'ja' : messageLang === 'ja' ? 'ja-easy' : messageLang
