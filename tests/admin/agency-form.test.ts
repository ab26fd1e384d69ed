import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import {
  AGENCIES_FILE,
  type AgencyFields,
  applyAgencyEdit,
  dayRowsOf,
  formOf,
  HOTLINES_FILE,
  windowsOf,
} from '../../src/admin/agency-edit.ts'
import { agencyFieldsOf } from '../../src/admin/editor-routes.tsx'
import { repoVersionFiles } from '../../src/admin/node.ts'
import { checkVersionFiles } from '../../src/admin/validate.ts'
import type { VersionFile } from '../../src/core/console-store.ts'

// The agency and hotline form ↔ one row of the directory files: structured hours as weekday rows,
// verified refused without a source, contacts and sources, and nothing else in the file touched.

const files: VersionFile[] = await repoVersionFiles()
const text = (fs: VersionFile[], path: string) => fs.find((f) => f.path === path)!.text
const row = (fs: VersionFile[], path: string, id: string) =>
  (parse(text(fs, path)) as Record<string, { id: string }[]>)[
    path.includes('hotlines') ? 'hotlines' : 'agencies'
  ]!.find((r) => r.id === id) as Record<string, unknown>

describe('hours_spec as weekday rows', () => {
  it('turns windows into one row per weekday and back, lunch breaks included', () => {
    const spec = {
      weekly: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:30', close: '12:00' },
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '13:00', close: '17:00' },
        { days: ['sat'], open: '09:00', close: '12:00' },
      ],
    }
    const days = dayRowsOf(spec)
    expect(days[0]).toEqual({ day: 'mon', open1: '08:30', close1: '12:00', open2: '13:00', close2: '17:00' })
    expect(days[6]).toEqual({ day: 'sun', open1: '', close1: '', open2: '', close2: '' })
    expect(windowsOf(days)).toEqual(spec.weekly)
  })
})

describe('agency form ↔ agencies.yaml', () => {
  const id = 'kids-support-nakahara'
  const form = formOf(files, 'agencies', id)!

  it('reads every field the form shows', () => {
    expect(form).toMatchObject({ hoursMode: 'weekly', holidays: 'closed', newYear: 'closed', verified: true })
    expect(form.days?.[0]).toMatchObject({ open1: '08:30', close1: '17:00' })
    expect(form.contacts?.[0]).toMatchObject({ type: 'fax', value: '044-789-5950', verified: true })
    expect(form.sources?.length).toBeGreaterThan(0)
  })

  it('saving the form unchanged changes nothing', () => {
    expect(applyAgencyEdit(files, id, form).files).toEqual(files)
  })

  it('writes a Saturday morning as its own window and touches only those lines', () => {
    const days = form.days!.map((d) => (d.day === 'sat' ? { ...d, open1: '09:00', close1: '12:00' } : d))
    const edited = applyAgencyEdit(files, id, { ...form, days })
    expect(edited.problems).toEqual([])
    expect(row(edited.files, AGENCIES_FILE, id).hours_spec).toEqual({
      weekly: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:30', close: '17:00' },
        { days: ['sat'], open: '09:00', close: '12:00' },
      ],
      closed_on_holidays: true,
      closed_new_year: true,
    })
    const before = text(files, AGENCIES_FILE)
    expect(text(edited.files, AGENCIES_FILE)).toBe(
      before.replace(
        /(- id: kids-support-nakahara[\s\S]*? {6}close: '17:00'\n)/,
        "$1    - days: [sat]\n      open: '09:00'\n      close: '12:00'\n",
      ),
    )
    expect(checkVersionFiles(edited.files)).toEqual([])
  })

  it('refuses a day with only one time, and the project refuses a close before the open, in Japanese', () => {
    const half = form.days!.map((d) => (d.day === 'sat' ? { ...d, open1: '09:00' } : d))
    expect(applyAgencyEdit(files, id, { ...form, days: half }).problems[0]?.message).toContain('土曜日')
    const backwards = form.days!.map((d) => (d.day === 'mon' ? { ...d, open1: '17:00', close1: '08:30' } : d))
    const edited = applyAgencyEdit(files, id, { ...form, days: backwards })
    const problems = checkVersionFiles(edited.files)
    expect(problems[0]).toMatchObject({
      file: AGENCIES_FILE,
      path: expect.stringContaining(`(${id}).hours_spec.weekly`),
    })
    expect(problems[0]?.message).toContain('open は close より前')
  })

  it('refuses verified without a source, at the verified field', () => {
    // The form empties the sources table; the row's one-line `source:` is removed as a staff member
    // editing the YAML would. Then nothing backs the flag and the project refuses it.
    const emptied = applyAgencyEdit(files, id, { ...form, sources: [], contacts: [] })
    expect(emptied.problems).toEqual([])
    const noSource = emptied.files.map((f) =>
      f.path === AGENCIES_FILE
        ? { ...f, text: f.text.replace(/(- id: kids-support-nakahara[\s\S]*?)\n {2}source: \S+/, '$1') }
        : f,
    )
    expect(checkVersionFiles(noSource)).toEqual([
      expect.objectContaining({
        file: AGENCIES_FILE,
        path: expect.stringMatching(/\(kids-support-nakahara\)\.verified$/),
        message: expect.stringContaining('verified: true には出典が必要です'),
      }),
    ])
    const unverified = applyAgencyEdit(noSource, id, {
      ...formOf(noSource, 'agencies', id)!,
      verified: false,
    })
    expect(checkVersionFiles(unverified.files)).toEqual([])
  })

  it('adds a contact, edits a source in place (its facts_seen stay), and removes the note', () => {
    const sources = form.sources!.map((s, i) => (i === 0 ? { ...s, title: '新しい題名' } : s))
    const contacts = [
      ...form.contacts!,
      {
        type: 'email',
        value: 'soudan@example.jp',
        url: '',
        label: 'メールでも相談できます',
        source: 'https://www.city.kawasaki.jp/',
        source_kind: 'official',
        as_of: '2026-12-01',
        verified: false,
      },
    ]
    const edited = applyAgencyEdit(files, id, { ...form, sources, contacts })
    expect(edited.problems).toEqual([])
    const r = row(edited.files, AGENCIES_FILE, id) as {
      sources: Record<string, unknown>[]
      contacts: unknown[]
    }
    expect(r.sources[0]).toMatchObject({ title: '新しい題名' })
    expect(r.sources[0]!.facts_seen).toEqual(
      (row(files, AGENCIES_FILE, id) as { sources: Record<string, unknown>[] }).sources[0]!.facts_seen,
    )
    expect(r.contacts[1]).toMatchObject({ type: 'email', value: 'soudan@example.jp', verified: false })
    expect(checkVersionFiles(edited.files)).toEqual([])
  })

  it('a note with a staff remark is refused by the project check, named by field', () => {
    const edited = applyAgencyEdit(files, id, { ...form, note: '2016年開設時の記載' })
    expect(checkVersionFiles(edited.files)[0]).toMatchObject({
      path: expect.stringMatching(/\(kids-support-nakahara\)\.note_for_residents$/),
    })
  })
})

describe('hotline form ↔ hotlines.yaml', () => {
  it('edits the number of a hotline, only with a source', () => {
    const id = 'jiso-soudan-dial'
    const form = formOf(files, 'hotlines', id)!
    const fields: AgencyFields = {
      ...form,
      phone: '044-000-0000',
      sourceUrl: 'https://example.jp/189',
      asOf: '2026-12-01',
    }
    const edited = applyAgencyEdit(files, id, fields, 'hotlines')
    expect(edited.problems).toEqual([])
    const r = row(edited.files, HOTLINES_FILE, id) as { number: string; sources: { url: string }[] }
    expect(r.number).toBe('044-000-0000')
    expect(r.sources.at(-1)).toMatchObject({ url: 'https://example.jp/189', as_of: '2026-12-01' })
    const noSource = applyAgencyEdit(files, id, { ...form, phone: '044-000-0000' }, 'hotlines')
    expect(noSource.problems.map((p) => p.message).join()).toContain('出典URL')
  })
})

describe('the posted form', () => {
  it('leaves every other field alone when only the phone and hours are posted', () => {
    expect(agencyFieldsOf({ phone: '044-1', hours: 'x', sourceUrl: '', asOf: '' })).toEqual({
      phone: '044-1',
      hours: 'x',
      sourceUrl: '',
      asOf: '',
    })
  })

  it('reads checkboxes, weekday rows and table rows from the full form', () => {
    const f = agencyFieldsOf({
      full: '1',
      phone: '',
      hours: '',
      sourceUrl: '',
      asOf: '',
      hoursMode: 'weekly',
      'open1.mon': '09:00',
      'close1.mon': '17:00',
      serves: ['dementia', 'elderly_care'],
      verified: '1',
      contactRows: '2',
      'contact.type.0': 'fax',
      'contact.value.0': '044-000-0000',
      'contact.type.1': '',
      sourceRows: '1',
      'source.url.0': '',
    })
    expect(f.days?.[0]).toMatchObject({ open1: '09:00', close1: '17:00' })
    expect(f.serves).toEqual(['dementia', 'elderly_care'])
    expect(f.verified).toBe(true)
    expect(f.urgent).toBe(false)
    expect(f.contacts).toHaveLength(1)
    expect(f.sources).toEqual([])
  })
})
