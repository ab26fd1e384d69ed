import { z } from 'zod'
import { type OutboundMessage, outboundMessageSchema } from '../../core/messages.ts'
import type { FlowState } from '../../flow/state.ts'
import type { Actor, VersionRow } from '../console.ts'
import { Layout, statusLabel } from './layout.tsx'

// The simulator's page: the conversation so far, each turn's reading (concern, confidence, slots, the
// nodes it went through, the agencies it offered), and one form. No script: a choice is a submit button.

/** When the conversation is imagined to happen: opening hours change what is offered. */
export const simulatedTimes: Record<string, { label: string; at: () => Date }> = {
  now: { label: '今', at: () => new Date() },
  weekday: { label: '平日 10時', at: () => new Date('2026-11-25T01:00:00Z') },
  night: { label: '平日 21時', at: () => new Date('2026-11-25T12:00:00Z') },
  sunday: { label: '日曜 10時', at: () => new Date('2026-11-29T01:00:00Z') },
  newyear: { label: '1月1日 10時', at: () => new Date('2027-01-01T01:00:00Z') },
}

export const simTurnSchema = z.object({
  you: z.string().max(500),
  outputs: z.array(outboundMessageSchema).max(40),
  trace: z.object({
    label: z.string().nullable(),
    confidence: z.number().nullable(),
    handler: z.string().nullable(),
    concern: z.string().nullable(),
    path: z.array(z.string()).max(100),
    agencies: z.array(z.string()).max(40),
    slots: z.array(z.string()).max(40),
  }),
})
export type SimTurn = z.infer<typeof simTurnSchema>

const Output = (props: { o: OutboundMessage }) => {
  const o = props.o
  if (o.type === 'agency') {
    const a = o.agency
    return (
      <li class="card">
        <strong>
          {o.urgent ? '［急］' : ''}
          {a.name}
        </strong>{' '}
        {a.phone ? <a href={a.tel ?? undefined}>{a.phone}</a> : '電話番号は未確認'}
        {' ・ '}
        {o.openNow === null ? '受付時間不明' : o.openNow ? '受付中' : '受付時間外'}
        {a.hours && <div>{a.hours}</div>}
        <div class="hint">{o.reason}</div>
      </li>
    )
  }
  return <li>{o.text}</li>
}

const Reading = (props: { t: SimTurn['trace'] }) => {
  const t = props.t
  return (
    <dl class="trace">
      <dt>相談の種類</dt>
      <dd>{t.concern ?? '—'}</dd>
      <dt>分類（確からしさ）</dt>
      <dd>
        {t.label ?? '—'}
        {t.confidence === null ? '' : `（${Math.round(t.confidence * 100)}%）`}
        {t.handler ? ` ・ 対応: ${t.handler}` : ''}
      </dd>
      <dt>入った情報</dt>
      <dd>{t.slots.join(' ') || '—'}</dd>
      <dt>経路</dt>
      <dd>{t.path.join(' → ') || '—'}</dd>
      <dt>案内した窓口</dt>
      <dd>{t.agencies.join(', ') || '—'}</dd>
    </dl>
  )
}

export const SimulatorPage = (props: {
  actor: Actor
  version: VersionRow
  turns: SimTurn[]
  state: FlowState | null
  at: string
  /** Which classifier reads the messages: the one this version's check trained, or the committed one. */
  classifier: 'own' | 'committed'
}) => {
  const v = props.version
  const action = `/admin/versions/${v.id}/simulator`
  const last = props.turns.at(-1)
  const choices = last?.outputs.flatMap((o) => (o.type === 'choices' ? o.choices : [])) ?? []
  return (
    <Layout title={`v${v.id}（${statusLabel[v.status]}）のシミュレーター`} actor={props.actor}>
      <p class="hint">
        この版のフロー・窓口・経路で会話を試せます。会話はこの画面の中だけにあり、記録も保存もされません。
        {props.classifier === 'own'
          ? '相談の種類は、この版の「チェック」が意図の例文から学習した分類器で読み取ります。'
          : '相談の種類は、リポジトリの学習済みの分類器で読み取ります（意図の例文を変えた版は、「チェック」の後で試すと変更の効果が見られます）。'}
      </p>
      <ol class="sim" aria-label="会話">
        {props.turns.map((t) => (
          <li>
            {t.you && (
              <p>
                <strong>あなた：</strong>
                {t.you}
              </p>
            )}
            <ul aria-label="ボットの答え">
              {t.outputs.map((o) => (
                <Output o={o} />
              ))}
            </ul>
            <Reading t={t.trace} />
          </li>
        ))}
      </ol>
      <form method="post" action={action}>
        <input type="hidden" name="state" value={props.state ? JSON.stringify(props.state) : ''} />
        <input type="hidden" name="log" value={JSON.stringify(props.turns)} />
        <label for="at">いつの相談として試すか</label>
        <select id="at" name="at">
          {Object.entries(simulatedTimes).map(([k, t]) => (
            <option value={k} selected={k === props.at}>
              {t.label}
            </option>
          ))}
        </select>
        <label for="text">住民として送る言葉</label>
        <input id="text" name="text" type="text" autocomplete="off" autofocus />
        <div class="actions">
          <button type="submit">送る</button>
          {choices.map((c) => (
            <button type="submit" name="choice" value={c.value} class="secondary">
              {c.label}
            </button>
          ))}
          <button type="submit" name="restart" value="1" class="secondary">
            最初から
          </button>
          <a href={`/admin/versions/${v.id}`}>版 v{v.id} に戻る</a>
        </div>
      </form>
    </Layout>
  )
}
