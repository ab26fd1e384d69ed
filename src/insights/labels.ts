import type { Dimension } from '../core/insights.ts'
import { LANGUAGE_NAMES } from '../core/language-names.ts'
import { wardNames } from '../core/taxonomy.ts'

// How staff read each dimension's values (the console, the exports, the monthly report).

export const dimensionNames: Record<Dimension, string> = {
  ward: '区',
  concern: '相談内容',
  concern2: '二つめの相談',
  band: '時間帯',
  subject: 'だれのことか',
  age: '年齢層',
  channel: '経路',
  language: '言語',
  outcome: '結果',
  kind: '最初に案内した窓口の種類',
  feedback: 'お役に立ちましたか',
  event: '会話',
}

const concernLabels: Record<string, string> = {
  elderly_care: '介護',
  dementia: '物忘れ・認知症',
  home_medical: '退院・在宅医療',
  disability: '障害',
  mental_health: 'こころの不調',
  child_rearing: '子育て・妊娠',
  child_abuse: '子どもへの虐待',
  elder_abuse: '高齢者・障害者への虐待',
  domestic_violence: 'DV',
  livelihood: 'お金・仕事',
  hikikomori: 'ひきこもり',
  youth_support: '不登校・若者',
  isolation_community: '孤立・見守り',
  health_prevention: '健康づくり',
  housing: '住まい',
  crisis: '緊急（命にかかわる）',
  other: 'その他',
  none: '（なし）',
}

const valueLabels: Record<Dimension, Record<string, string>> = {
  ward: { ...wardNames, unknown: '区不明', outside: '市外' },
  concern: concernLabels,
  concern2: concernLabels,
  band: {
    weekday_day: '平日の昼（8:30〜17時）',
    evening: '平日の夜（17〜22時）',
    night: '平日の深夜・早朝（22〜8:30）',
    holiday: '土日・祝日・年末年始',
  },
  subject: {
    self: '本人',
    parent: '親',
    spouse: '配偶者',
    child: '子ども',
    family: 'ほかの家族',
    neighbour: '近所の人',
    unknown: '不明',
  },
  age: { child: '18歳未満', adult: '18〜64歳', elderly: '65歳以上', unknown: '不明' },
  channel: { web: 'Web', line: 'LINE', botframework: 'Teams など', api: 'API', cli: 'CLI' },
  language: LANGUAGE_NAMES,
  outcome: {
    routed: '窓口を案内',
    urgent: '急ぎの窓口を案内',
    crisis: '緊急の電話を案内',
    clarify: '聞き返し',
    no_match: '2回読み取れず',
    out_of_area: '市外の方',
    human: '人と話したい',
  },
  kind: {
    houkatsu: '地域包括支援センター',
    ward_mimamori: '地域みまもり支援センター',
    disability_center: '障害者相談支援センター',
    rehab_center: 'リハビリテーションセンター',
    child_guidance: '児童相談所',
    mental_health_center: '精神保健福祉センター',
    hikikomori_center: 'ひきこもり地域支援センター',
    livelihood_center: '生活・自立の相談窓口',
    shakyo: '社会福祉協議会',
    dementia_line: '認知症の電話相談',
    dv_center: '配偶者暴力相談支援センター',
    youth_center: '子ども・若者の窓口',
    housing_desk: '住まいの窓口',
    city_callcenter: '市・区役所の総合窓口',
    emergency: '緊急の電話',
    none: '（なし）',
  },
  feedback: { yes: 'はい', no: 'いいえ' },
  event: { opened: '始まった会話', answered: '案内まで進んだ会話' },
}

export const valueLabel = (dim: Dimension, value: string): string => valueLabels[dim][value] ?? value

export const tableNames = {
  ward_concern: '区 × 相談内容',
  concern_band: '相談内容 × 時間帯',
  ward_band: '区 × 時間帯',
  concern_concern2: '相談内容 × 二つめの相談',
  concern_subject: '相談内容 × だれのことか',
  concern_age: '相談内容 × 年齢層',
  channel_language: '経路 × 言語',
  concern_outcome: '相談内容 × 結果',
  ward_outcome: '区 × 結果',
  concern_kind: '相談内容 × 最初に案内した窓口',
  unmet: '窓口の空白（区 × 相談内容）',
  concern_feedback: '相談内容 × お役に立ちましたか',
  ward_feedback: '区 × お役に立ちましたか',
  conversations: '経路 × 会話',
} as const
