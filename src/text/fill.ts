/**
 * `{name}` placeholders in a staff-written text, filled from `vars`; an unknown placeholder is left as
 * it is, so a typo shows in the answer (and in `flows check`) instead of vanishing. The flows and the
 * directory's reasons both fill their texts with this one function.
 */
export const fill = (template: string, vars: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (all, k: string) => vars[k] ?? all)
