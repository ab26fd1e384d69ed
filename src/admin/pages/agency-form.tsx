import { agencyKinds, concernIds, wardIds, wardNames } from '../../core/taxonomy.ts'
import { contactTypes } from '../../directory/schema.ts'
import type { AgencyFields, AgencySummary, RowFile } from '../agency-edit.ts'
import type { Actor } from '../console.ts'
import type { FileProblem } from '../validate.ts'
import { describedBy, FieldErrors, ProblemList } from './editor-parts.tsx'
import { Layout } from './layout.tsx'

// The agency (and hotline) form. Each problem from the project's checks is listed at the top
// (`file › path: message`, linked to the field) and repeated under the field whose path it names.

type Field =
  | 'name'
  | 'kind'
  | 'phone'
  | 'hours'
  | 'hours_spec'
  | 'serves'
  | 'area'
  | 'urgent'
  | 'note'
  | 'verified'
  | 'contacts'
  | 'sources'
  | 'sourceUrl'
  | 'asOf'

const fieldOf = (p: FileProblem): Field | null => {
  const rest = /\)\.([a-z_]+)/.exec(p.path)?.[1]
  if (!rest) return null
  if (rest === 'sources' && !/\.sources\[/.test(p.path))
    return p.message.includes('確認日') ? 'asOf' : p.message.includes('出典URL') ? 'sourceUrl' : 'sources'
  const map: Record<string, Field> = {
    name: 'name',
    kind: 'kind',
    phone: 'phone',
    number: 'phone',
    hours: 'hours',
    hours_spec: 'hours_spec',
    serves: 'serves',
    area: 'area',
    scope: 'area',
    urgent: 'urgent',
    note_for_residents: 'note',
    verified: 'verified',
    contacts: 'contacts',
    sources: 'sources',
  }
  return map[rest] ?? null
}

const dayNames = {
  mon: '月曜日',
  tue: '火曜日',
  wed: '水曜日',
  thu: '木曜日',
  fri: '金曜日',
  sat: '土曜日',
  sun: '日曜日',
}
const sourceKinds = [
  'official',
  'quasi_official',
  'press',
  'third_party',
  'third_party_code',
  'official_data_mirror',
]

export const AgencyFormPage = (props: {
  actor: Actor
  versionId: number
  revision: number
  file: RowFile
  agency: AgencySummary
  values: AgencyFields
  problems: FileProblem[]
}) => {
  const v = props.values
  const errors = (f: Field) => props.problems.filter((p) => fieldOf(p) === f)
  const Errors = (p: { f: Field }) => <FieldErrors id={p.f} problems={errors(p.f)} />
  const invalid = (f: Field) => (errors(f).length > 0 ? 'true' : undefined)
  const text = (
    name: Field,
    label: string,
    hint: string,
    value: string,
    type: 'text' | 'url' | 'date' = 'text',
  ) => (
    <div>
      <label for={name}>{label}</label>
      <p class="hint" id={`${name}-hint`}>
        {hint}
      </p>
      <Errors f={name} />
      <input
        id={name}
        name={name}
        type={type}
        value={value}
        aria-invalid={invalid(name)}
        aria-describedby={describedBy(name, errors(name))}
      />
    </div>
  )
  const stated = (name: 'holidays' | 'newYear', label: string) => (
    <div>
      <label for={name}>{label}</label>
      <select id={name} name={name} class="mw16">
        <option value="" selected={!v[name]}>
          出典に書かれていない
        </option>
        <option value="closed" selected={v[name] === 'closed'}>
          休み
        </option>
        <option value="open" selected={v[name] === 'open'}>
          受け付ける
        </option>
      </select>
    </div>
  )
  const contacts = [
    ...(v.contacts ?? []),
    { type: '', value: '', url: '', label: '', source: '', source_kind: '', as_of: '', verified: false },
  ]
  const sources = [...(v.sources ?? []), { url: '', kind: 'official', title: '', as_of: '' }]
  const base = `/admin/versions/${props.versionId}/${props.file}/${props.agency.id}`
  return (
    <Layout title={`${props.agency.name}（v${props.versionId} の下書き）`} actor={props.actor}>
      <ProblemList problems={props.problems} anchor={(p) => fieldOf(p)} />
      <form method="post" action={base}>
        <input type="hidden" name="revision" value={String(props.revision)} />
        <input type="hidden" name="full" value="1" />
        <input type="hidden" name="contactRows" value={String(contacts.length)} />
        <input type="hidden" name="sourceRows" value={String(sources.length)} />
        {text('name', '名前（住民に表示）', '正式な名前。電話で伝える名前です。', v.name ?? '')}
        <label for="kind">種類</label>
        <Errors f="kind" />
        <select id="kind" name="kind" class="mw20" aria-invalid={invalid('kind')}>
          {agencyKinds.map((k) => (
            <option value={k} selected={v.kind === k}>
              {k}
            </option>
          ))}
        </select>
        {text(
          'phone',
          '電話番号',
          '044-744-3113 のようにハイフン付きで。番号がないときは空欄にします。',
          v.phone,
        )}
        {text(
          'sourceUrl',
          '出典URL',
          '電話番号を変えるときは、その番号が載っている公式ページの URL が必要です。',
          v.sourceUrl,
          'url',
        )}
        {text('asOf', '確認日', '出典を確認した日（例：2026-12-01）。', v.asOf, 'date')}
        {text(
          'hours',
          '受付時間（住民に表示）',
          '例：平日 8:30〜17:00。出典や年の注記は書かないでください。',
          v.hours,
        )}

        <fieldset id="hours_spec" aria-describedby={describedBy('hours_spec', errors('hours_spec'), false)}>
          <legend>受付時間の判定（「いま受付中」の表示に使います）</legend>
          <Errors f="hours_spec" />
          <p class="hint">
            出典に曜日と時刻が書かれているときだけ入力します。休みの曜日は時刻を空にします。昼休みがあるときは時間帯2も使います。
          </p>
          <div role="radiogroup" aria-label="受付時間の判定の書き方">
            {(
              [
                ['', '書かない（出典に書かれていない）'],
                ['always', '24時間・毎日'],
                ['weekly', '曜日ごとの時刻'],
              ] as const
            ).map(([value, label]) => (
              <label class="choice">
                <input type="radio" name="hoursMode" value={value} checked={(v.hoursMode ?? '') === value} />{' '}
                {label}
              </label>
            ))}
          </div>
          <table>
            <caption>曜日ごとの受付時間</caption>
            <thead>
              <tr>
                <th scope="col">曜日</th>
                <th scope="col">時間帯1 開始</th>
                <th scope="col">時間帯1 終了</th>
                <th scope="col">時間帯2 開始</th>
                <th scope="col">時間帯2 終了</th>
              </tr>
            </thead>
            <tbody>
              {(v.days ?? []).map((d) => (
                <tr>
                  <th scope="row">{dayNames[d.day]}</th>
                  {(['open1', 'close1', 'open2', 'close2'] as const).map((k) => (
                    <td>
                      <input
                        type="time"
                        name={`${k}.${d.day}`}
                        value={d[k]}
                        aria-label={`${dayNames[d.day]}の${k.startsWith('open') ? '開始' : '終了'}（時間帯${k.endsWith('1') ? 1 : 2}）`}
                        class="mw8"
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {stated('holidays', '祝日')}
          {stated('newYear', '年末年始（12月29日〜1月3日）')}
        </fieldset>

        <fieldset id="serves">
          <legend>受け付ける相談</legend>
          <Errors f="serves" />
          {concernIds.map((c) => (
            <label class="choice">
              <input type="checkbox" name="serves" value={c} checked={v.serves?.includes(c)} /> {c}
            </label>
          ))}
        </fieldset>

        <fieldset id="area">
          <legend>{props.file === 'agencies' ? '担当の地域' : '受け付ける範囲'}</legend>
          <Errors f="area" />
          <label for="scope">範囲</label>
          <select id="scope" name="scope" class="mw16">
            {(props.file === 'agencies'
              ? [
                  ['city', '市全体'],
                  ['ward', '1つの区'],
                  ['wards', '複数の区'],
                  ['prefecture', '神奈川県'],
                ]
              : [
                  ['national', '全国'],
                  ['kanagawa', '神奈川県'],
                  ['kawasaki', '川崎市'],
                ]
            ).map(([value, label]) => (
              <option value={value} selected={v.scope === value}>
                {label}
              </option>
            ))}
          </select>
          {props.file === 'agencies' && (
            <>
              <label for="ward">区（範囲が「1つの区」のとき）</label>
              <select id="ward" name="ward" class="mw16">
                <option value="">—</option>
                {wardIds.map((w) => (
                  <option value={w} selected={v.ward === w}>
                    {wardNames[w]}
                  </option>
                ))}
              </select>
              <p class="group">区（範囲が「複数の区」のとき）</p>
              {wardIds.map((w) => (
                <label class="choice">
                  <input type="checkbox" name="wards" value={w} checked={v.wards?.includes(w)} />{' '}
                  {wardNames[w]}
                </label>
              ))}
              <label for="towns">担当の町名（1行に1つ、出典に書かれているものだけ）</label>
              <textarea id="towns" name="towns" rows={3}>
                {v.towns ?? ''}
              </textarea>
            </>
          )}
        </fieldset>

        <label class="plain">
          <input
            type="checkbox"
            name="urgent"
            value="1"
            checked={v.urgent}
            aria-invalid={invalid('urgent')}
          />{' '}
          命・暴力に関わる緊急のときの案内先にする（urgent）
        </label>

        <label for="note">住民へのひとこと（note_for_residents）</label>
        <p class="hint" id="note-hint">
          住民が読む短い一文（例：メールでも相談できます）。出典や年の記録は書かないでください。
        </p>
        <Errors f="note" />
        <textarea
          id="note"
          name="note"
          rows={2}
          aria-invalid={invalid('note')}
          aria-describedby={describedBy('note', errors('note'))}
        >
          {v.note ?? ''}
        </textarea>

        <fieldset id="contacts">
          <legend>ほかの連絡方法（FAX・メール・フォーム・LINE・電話リレー）</legend>
          <Errors f="contacts" />
          <p class="hint">
            種類を「—」にすると、その行を削除します。確認済みにするには出典の URL が必要です。
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">種類</th>
                <th scope="col">番号・アドレス</th>
                <th scope="col">URL</th>
                <th scope="col">住民への説明</th>
                <th scope="col">出典</th>
                <th scope="col">確認</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((c, i) => {
                const n = i === contacts.length - 1 ? '追加する連絡方法' : `連絡方法${i + 1}`
                return (
                  <tr>
                    <td>
                      <select name={`contact.type.${i}`} aria-label={`${n}の種類`} class="mw7">
                        <option value="">—</option>
                        {contactTypes.map((t) => (
                          <option value={t} selected={c.type === t}>
                            {t}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        name={`contact.value.${i}`}
                        type="text"
                        value={c.value}
                        aria-label={`${n}の番号・アドレス`}
                      />
                    </td>
                    <td>
                      <input name={`contact.url.${i}`} type="url" value={c.url} aria-label={`${n}の URL`} />
                    </td>
                    <td>
                      <input
                        name={`contact.label.${i}`}
                        type="text"
                        value={c.label}
                        aria-label={`${n}の住民への説明`}
                      />
                    </td>
                    <td>
                      <input
                        name={`contact.source.${i}`}
                        type="url"
                        value={c.source}
                        aria-label={`${n}の出典の URL`}
                      />
                      <select name={`contact.source_kind.${i}`} aria-label={`${n}の出典の種類`}>
                        {sourceKinds.map((k) => (
                          <option value={k} selected={(c.source_kind || 'official') === k}>
                            {k}
                          </option>
                        ))}
                      </select>
                      <input
                        name={`contact.as_of.${i}`}
                        type="text"
                        value={c.as_of}
                        aria-label={`${n}の確認した日`}
                        placeholder="2026-12-01"
                      />
                    </td>
                    <td>
                      <label class="m0 plain">
                        <input
                          type="checkbox"
                          name={`contact.verified.${i}`}
                          value="1"
                          checked={c.verified}
                        />{' '}
                        確認済み
                        <span class="sr">（{n}）</span>
                      </label>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </fieldset>

        <fieldset id="sources">
          <legend>出典</legend>
          <Errors f="sources" />
          <p class="hint">
            URL を空にすると、その行を削除します。出典で確認した事実（facts_seen）はそのまま残ります。
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">種類</th>
                <th scope="col">題名</th>
                <th scope="col">確認した日</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s, i) => {
                const n = i === sources.length - 1 ? '追加する出典' : `出典${i + 1}`
                return (
                  <tr>
                    <td>
                      <input name={`source.url.${i}`} type="text" value={s.url} aria-label={`${n}の URL`} />
                    </td>
                    <td>
                      <select name={`source.kind.${i}`} aria-label={`${n}の種類`} class="mw11">
                        {sourceKinds.map((k) => (
                          <option value={k} selected={s.kind === k}>
                            {k}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        name={`source.title.${i}`}
                        type="text"
                        value={s.title}
                        aria-label={`${n}の題名`}
                      />
                    </td>
                    <td>
                      <input
                        name={`source.as_of.${i}`}
                        type="text"
                        value={s.as_of}
                        aria-label={`${n}の確認した日`}
                        class="mw9"
                      />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </fieldset>

        <div id="verified">
          <Errors f="verified" />
          <label class="plain">
            <input
              type="checkbox"
              name="verified"
              value="1"
              checked={v.verified}
              aria-invalid={invalid('verified')}
              aria-describedby={describedBy('verified', errors('verified'), false)}
            />{' '}
            番号（ないときは所在地）を出典で確かめた（verified）。確認していない番号は住民に表示されません。
          </label>
        </div>

        <div class="actions">
          <button type="submit">下書きに保存</button>
          <a href={`/admin/versions/${props.versionId}`}>保存せずに戻る</a>
        </div>
      </form>
    </Layout>
  )
}
