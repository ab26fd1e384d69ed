import type { CrisisLanguage } from '../core/nlu.ts'

// One short line for a resident who told a crisis in another language: the two numbers anyone in
// Japan can dial. It names no service at any line beyond what 119 and 110 are for, and says nothing
// about interpreting: no source we hold says what languages a line answers in.
//
// Written for this product and checked against the numbers' purposes (119: ambulance and fire,
// 110: police). Japanese residents get the flow's own text; this line is added, never a replacement.
export const EMERGENCY_LINE: Record<Exclude<CrisisLanguage, 'ja'>, string> = {
  en: 'If a life is in danger, call 119 (ambulance, fire) or 110 (police) now.',
  'zh-Hans': '如果有生命危险，请立即拨打119（救护车、消防）或110（警察）。',
  'zh-Hant': '如果有生命危險，請立即撥打119（救護車、消防）或110（警察）。',
  ko: '생명이 위험하면 지금 바로 119(구급차·소방) 또는 110(경찰)에 전화하세요.',
  vi: 'Nếu tính mạng đang gặp nguy hiểm, hãy gọi ngay 119 (cấp cứu, cứu hỏa) hoặc 110 (cảnh sát).',
  tl: 'Kung may panganib sa buhay, tumawag agad sa 119 (ambulansya, bumbero) o 110 (pulis).',
  pt: 'Se houver perigo de vida, ligue agora para 119 (ambulância, bombeiros) ou 110 (polícia).',
  es: 'Si hay peligro para la vida, llame ahora al 119 (ambulancia, bomberos) o al 110 (policía).',
  ne: 'ज्यान जोखिममा छ भने अहिले नै 119 (एम्बुलेन्स, दमकल) वा 110 (प्रहरी) मा फोन गर्नुहोस्।',
}

/** BCP 47 tags for the `lang` attribute of the line (a screen reader must read it in its language). */
export const LANG_TAG: Record<CrisisLanguage, string> = {
  ja: 'ja',
  en: 'en',
  'zh-Hans': 'zh-Hans',
  'zh-Hant': 'zh-Hant',
  ko: 'ko',
  vi: 'vi',
  tl: 'tl',
  pt: 'pt',
  es: 'es',
  ne: 'ne',
}
