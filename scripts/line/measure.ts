// Measures the LINE channel on this machine, loopback only, bounded:
//  1. webhook ack latency (signed text event → 200) side by side with the time until the reply call
//     reaches the (fake) LINE API — what LINE would wait for if the work were not deferred;
//  2. Flex JSON size of every agency card the directory can show, against the 30 KB bubble limit.
//   npx tsx scripts/line/measure.ts [events=200]
import { drainDeferred } from '../../src/channels/line/defer.ts'
import { agencyBubble, agencyFlex } from '../../src/channels/line/flex.ts'
import { jsonBytes, MAX_FLEX_BUBBLE_BYTES } from '../../src/channels/line/limits.ts'
import { signLineBody } from '../../src/channels/line/signature.ts'
import { validateLineMessages } from '../../src/channels/line/validate.ts'
import type { AgencyMessage } from '../../src/core/messages.ts'
import { createDirectory } from '../../src/directory/create-directory.ts'
import { loadProject } from '../../src/runtime/node/load-project.ts'
import { startLineStack } from '../../tests/line/stack.ts'

const N = Math.min(Number(process.argv[2] ?? 200), 2000)
const SECRET = 'measure-secret'
const TOKEN = 'measure-token'

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!
}
const fmt = (xs: number[]) =>
  `median ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`

const stack = await startLineStack({ secret: SECRET, token: TOKEN })
const { fake } = stack
const texts = [
  '中原区に住む父の介護のことで相談したい',
  '麻生区の母が物忘れがひどい',
  '子育てがつらい',
  'お金がなくて困っています',
]
const ack: number[] = []
const full: number[] = []
try {
  for (let i = 0; i < N; i++) {
    const body = JSON.stringify({
      destination: 'x',
      events: [
        {
          type: 'message',
          webhookEventId: `measure-${i}`,
          timestamp: Date.now(),
          mode: 'active',
          deliveryContext: { isRedelivery: false },
          source: { type: 'user', userId: `Umeasure${i}` },
          replyToken: `r${i}`,
          message: { type: 'text', id: String(i), text: texts[i % texts.length] },
        },
      ],
    })
    const headers = {
      'content-type': 'application/json',
      'x-line-signature': await signLineBody(SECRET, body),
    }
    const before = fake.callsTo('/v2/bot/message/reply').length
    const t0 = performance.now()
    const res = await fetch(`${stack.url}/webhooks/line`, { method: 'POST', body, headers })
    await res.arrayBuffer()
    ack.push(performance.now() - t0)
    await fake.waitFor('/v2/bot/message/reply', before + 1, 10_000)
    full.push(performance.now() - t0)
    await drainDeferred()
  }
  console.log(`webhook, ${N} signed text events over loopback HTTP (real stack, fake LINE API):`)
  console.log(`  ack (200 to LINE):             ${fmt(ack)}`)
  console.log(`  until the reply call arrives:  ${fmt(full)}`)
} finally {
  await stack.close()
}

const project = await loadProject()
const directory = createDirectory(project.directory)
const sizes: { id: string; bytes: number }[] = []
let invalid = 0
for (const id of directory.agencyIds()) {
  const agency = directory.agency(id)
  if (!agency) continue
  const m: AgencyMessage = {
    type: 'agency',
    agency,
    reason: 'お住まいの区と、ご相談の内容から',
    openNow: true,
    urgent: false,
  }
  sizes.push({ id, bytes: jsonBytes(agencyBubble(m)) })
  if (validateLineMessages([agencyFlex([m])]).length > 0) invalid++
}
const bytes = sizes.map((s) => s.bytes)
const biggest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a))
console.log(
  `Flex bubbles for all ${sizes.length} agencies: median ${pct(bytes, 50)} B, max ${biggest.bytes} B (${biggest.id}); limit ${MAX_FLEX_BUBBLE_BYTES} B; invalid: ${invalid}`,
)
