import { buildLanguageWordsMain } from './language-words.ts'

// npm run build:language-words — see scripts/nlu/language-words.ts.
buildLanguageWordsMain()
