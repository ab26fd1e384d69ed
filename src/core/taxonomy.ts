import { z } from 'zod'

// Ids mirror ../shared/taxonomy.md. They are stable: flows, the directory, intents and tests use them.
// Adding an id is fine; renaming one breaks staff-maintained flows.

export const concernIds = [
  'elderly_care',
  'dementia',
  'home_medical',
  'disability',
  'mental_health',
  'child_rearing',
  'child_abuse',
  'elder_abuse',
  'domestic_violence',
  'livelihood',
  'hikikomori',
  'youth_support',
  'isolation_community',
  'health_prevention',
  'housing',
  'crisis',
  'other',
] as const
export const concernSchema = z.enum(concernIds)
export type Concern = z.infer<typeof concernSchema>

export const controlIds = ['greeting', 'thanks', 'human', 'restart'] as const
export const controlSchema = z.enum(controlIds)
export type Control = z.infer<typeof controlSchema>

/** Every label the classifier can return. */
export const labelIds = [...concernIds, ...controlIds] as const
export const labelSchema = z.enum(labelIds)
export type Label = z.infer<typeof labelSchema>

export const wardIds = ['kawasaki', 'saiwai', 'nakahara', 'takatsu', 'miyamae', 'tama', 'asao'] as const
export const wardSchema = z.enum(wardIds)
export type WardId = z.infer<typeof wardSchema>

export const wardNames: Record<WardId, string> = {
  kawasaki: '川崎区',
  saiwai: '幸区',
  nakahara: '中原区',
  takatsu: '高津区',
  miyamae: '宮前区',
  tama: '多摩区',
  asao: '麻生区',
}

export const subjectIds = ['self', 'parent', 'spouse', 'child', 'family', 'neighbour'] as const
export const subjectSchema = z.enum(subjectIds)
export type Subject = z.infer<typeof subjectSchema>

export const ageGroupIds = ['child', 'adult', 'elderly'] as const
export const ageGroupSchema = z.enum(ageGroupIds)
export type AgeGroup = z.infer<typeof ageGroupSchema>

export const agencyKinds = [
  'houkatsu',
  'ward_mimamori',
  'disability_center',
  'rehab_center',
  'child_guidance',
  'mental_health_center',
  'hikikomori_center',
  'livelihood_center',
  'shakyo',
  'dementia_line',
  'dv_center',
  'youth_center',
  'housing_desk',
  'city_callcenter',
  'emergency',
] as const
export const agencyKindSchema = z.enum(agencyKinds)
export type AgencyKind = z.infer<typeof agencyKindSchema>

export const isConcern = (label: string): label is Concern =>
  (concernIds as readonly string[]).includes(label)
