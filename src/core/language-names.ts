// Each language's own name, for the language buttons (always in that language). Kept free of imports
// so the web widget can carry it without zod.

export const LANGUAGE_NAMES = {
  ja: '日本語',
  'ja-easy': 'やさしい日本語',
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ko: '한국어',
  vi: 'Tiếng Việt',
  tl: 'Tagalog',
  pt: 'Português',
  es: 'Español',
  ne: 'नेपाली',
} as const
