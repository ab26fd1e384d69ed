// A school year said in kana or in the residents' other languages is an age, as 「小3」 is (entities.ts):
// 「しょうがく 4ねん」「grade 3」「Grade 8.」「lớp 3」「중2」「國二」「कक्षा ३」. Told while a question is open or
// after an answer, it was read as a new worry (「しょうがく 4ねん」 disability 0.80, 「grade 3」 thanks 0.97).

type Ages = { min: number; max: number }

const HAN_DIGIT = '〇一二三四五六七八九'
const DEVANAGARI = '०१२३४५६७८९'
const digit = (d: string): number =>
  /\d/.test(d) ? Number(d) : HAN_DIGIT.includes(d) ? HAN_DIGIT.indexOf(d) : DEVANAGARI.indexOf(d)

/**
 * A year of school in Japan (小1 = 6), in a twelve-grade count (grade 1 = 6) or in the British count
 * (year 1 = 5, year 13 = 17), as years.
 */
const STAGES = { elementary: [6, 6], junior: [12, 3], high: [15, 3], grade: [6, 12], year: [5, 13] } as const

const yearOf = (stage: keyof typeof STAGES, n: number): Ages | null => {
  const [start, last] = STAGES[stage]
  if (!(n >= 1 && n <= last)) return null
  const min = start + n - 1
  return { min, max: min + 1 }
}

const READINGS: [RegExp, (m: RegExpExecArray) => Ages | null][] = [
  // ja kana: しょうがく 4ねん, ちゅうがく 2ねんせい, こうこう 1ねん
  // (「しょうがっこう 5ねん」「ちゅうがっこう の 1ねん」: the school's name, then the year)
  [/しょうが(?:く|っこう)(?:せい)?\s*(?:の\s*)?([1-6])\s*ねん/, (m) => yearOf('elementary', digit(m[1]!))],
  [/ちゅうが(?:く|っこう)(?:せい)?\s*(?:の\s*)?([1-3])\s*ねん/, (m) => yearOf('junior', digit(m[1]!))],
  [/こうこう(?:せい)?\s*(?:の\s*)?([1-3])\s*ねん/, (m) => yearOf('high', digit(m[1]!))],
  // 小学校の低学年・高学年
  [/低学年|ていがくねん/, () => ({ min: 6, max: 9 })],
  // 高学年 from 10 (as flows/routing.yaml's youth variant counts it: 「小学校高学年（10歳）から18歳」); read from 9, it never fell
  // within that variant and a child not going to school was shown the ward's desk before the children's line.
  [/高学年|こうがくねん/, () => ({ min: 10, max: 12 })],
  // en tl: grade 3, 3rd grade, a 3rd-grader
  [/\bgrade\s*(\d{1,2})\b/, (m) => yearOf('grade', digit(m[1]!))],
  [/\b(\d{1,2})(?:st|nd|rd|th)[\s-]grader?\b/, (m) => yearOf('grade', digit(m[1]!))],
  // en (British, as English teachers in Kawasaki write): year 3, in year 10 (「3 years」 is a duration)
  [/\byear\s*(\d{1,2})\b/, (m) => yearOf('year', digit(m[1]!))],
  // es pt: 3º grado, 8º ano (NFKC makes º an o; 「1 ano」 without the mark is an age)
  [/\b(\d{1,2})\s*[º°ªoa]?\s*grado\b/, (m) => yearOf('grade', digit(m[1]!))],
  [/\b(\d{1,2})\s*[º°ªoa]\s*ano\b/, (m) => yearOf('grade', digit(m[1]!))],
  // vi: lớp 3
  [/\blớp\s*(\d{1,2})\b/, (m) => yearOf('grade', digit(m[1]!))],
  // ko: 초등학교 3학년, 중2, 고1
  [
    /초등(?:학교|학생)?\s*([1-6])\s*학년|초([1-6])(?![0-9])/,
    (m) => yearOf('elementary', digit(m[1] ?? m[2]!)),
  ],
  [/중(?:학교|학생)?\s*([1-3])\s*학년|중([1-3])(?![0-9])/, (m) => yearOf('junior', digit(m[1] ?? m[2]!))],
  [/고등?(?:학교|학생)?\s*([1-3])\s*학년|고([1-3])(?![0-9])/, (m) => yearOf('high', digit(m[1] ?? m[2]!))],
  // zh: 小学三年级, 國二, 初二, 高一
  [/(?:小学|小學)\s*([1-6一二三四五六])\s*(?:年级|年級)/, (m) => yearOf('elementary', digit(m[1]!))],
  [
    /(?:国|國|初)([一二三])(?![日号號十])|(?:初中|国中|國中)\s*([1-3一二三])\s*(?:年级|年級)/,
    (m) => yearOf('junior', digit(m[1] ?? m[2]!)),
  ],
  [
    /高([一二三])(?![日号號十兴興点點])|高中\s*([1-3一二三])\s*(?:年级|年級)/,
    (m) => yearOf('high', digit(m[1] ?? m[2]!)),
  ],
  // ne: कक्षा ३, kaksha 3
  [/कक्षा\s*([0-9०-९]{1,2})|\bkaksha\s*(\d{1,2})\b/, (m) => yearOf('grade', digit(m[1] ?? m[2]!))],
]

/** The ages a school year in kana or another language stands for, or null. */
export const schoolAgesElsewhere = (text: string): Ages | null => {
  for (const [re, read] of READINGS) {
    const m = re.exec(text)
    if (m) {
      const ages = read(m)
      if (ages) return ages
    }
  }
  return null
}

// A stage said without its year (「高校生です」「ちゅうがくせい です」): the years of the whole stage, as the answer's ages only (the
// age itself stays unknown: findAge reads a year, not a stage). Read as no ages, a high-school pupil's worry missed the
// children's line that routing puts first from 10 to 18.
const STAGES_WITHOUT_YEAR: [RegExp, Ages][] = [
  [/高校生|こうこうせい/, { min: 15, max: 18 }],
  [/中学生|ちゅうがくせい/, { min: 12, max: 15 }],
]

/** The years a school stage said without its year stands for, or null. */
export const stageAges = (text: string): Ages | null =>
  STAGES_WITHOUT_YEAR.find(([re]) => re.test(text))?.[1] ?? null
