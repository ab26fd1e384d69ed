import type { AuditEntry } from '../core/console-store.ts'

// The audit log as CSV for Excel on a city office PC: RFC 4180 quoting, CRLF, and a BOM so Excel reads
// the Japanese as UTF-8. A cell that starts with = + - @ is prefixed with ' so a spreadsheet never
// runs it as a formula (CSV injection through a user name or a message). The insights export uses the
// same quoting (src/insights/export.ts).

export const csvCell = (value: string | number) => {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export const auditCsv = (entries: AuditEntry[]) =>
  `\uFEFF${[
    ['番号', '日時', '操作者', '操作', '対象', '内容'],
    ...entries.map((e) => [e.seq, e.at, e.actor, e.action, e.target, e.detail]),
  ]
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n')}\r\n`
