import { z } from 'zod'

// Settings from the environment, validated once at start-up by each runtime. Secrets only ever come
// from here (process.env on Node, bindings and secrets on Workers), never from the repo.

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v))

const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true')

/** A comma-separated list; empty entries are dropped. */
const list = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  SESSION_STORE: z.enum(['memory', 'redis', 'upstash']).default('memory'),
  SESSION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 24 * 3600)
    .default(1800),
  /**
   * The memory store's cap on live conversations. A live one is never dropped: when full, a new one is
   * answered as an outage until others expire. About 1 KB each.
   */
  MEMORY_STORE_MAX_SESSIONS: z.coerce.number().int().min(1).max(10_000_000).default(10_000),
  /** Turns per minute one client may send to /api/chat (a person types far fewer); 0 turns it off. */
  CHAT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(60),
  /**
   * The service runs behind a reverse proxy that sets X-Forwarded-For: the rate limit then keys on the
   * address that proxy saw. Off by default, because without such a proxy any client can write the header.
   */
  TRUST_PROXY: flag,
  /**
   * Origins (https://www.city.kawasaki.jp) whose pages may call /api/chat from the widget. Empty: only
   * this server's own pages. `*` lets any site embed the widget, and only when written here.
   */
  CHAT_ALLOWED_ORIGINS: list.pipe(
    z.array(z.union([z.literal('*'), z.url({ protocol: /^https?$/ }).transform((u) => new URL(u).origin)])),
  ),
  /** CSP frame-ancestors for the pages this server serves: who may frame them (default: nobody). */
  FRAME_ANCESTORS: list.pipe(z.array(z.union([z.literal("'self'"), z.url({ protocol: /^https?$/ })]))),
  /** The public address the demo page shows in its embed snippet (never taken from the Host header). */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Anonymous counters per finished turn (issue 15, docs/insights-privacy.md); false turns them off. */
  INSIGHTS_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Months the counters are kept (default 25: a year beside the year before). */
  INSIGHTS_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(25),
  /**
   * Node with SESSION_STORE=memory: the file the counters are kept in (default insights.json in
   * ADMIN_DATA_DIR, beside the console's data).
   */
  INSIGHTS_FILE: optionalString,
  /** Extra key prefix inside soudan:ins: (tests and demo data use their own). */
  INSIGHTS_KEY_PREFIX: optionalString,
  REDIS_URL: optionalString,
  UPSTASH_REDIS_REST_URL: optionalString,
  UPSTASH_REDIS_REST_TOKEN: optionalString,
  LINE_CHANNEL_SECRET: optionalString,
  LINE_CHANNEL_ACCESS_TOKEN: optionalString,
  LINE_API_BASE_URL: z.string().url().default('https://api.line.me'),
  LINE_DATA_API_BASE_URL: z.string().url().optional(),
  /** Push messages cost money under some plans: off unless the city turns it on. */
  LINE_PUSH_ENABLED: flag,
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: optionalString,
  /**
   * Without MicrosoftAppId, /api/messages answers 503 unless this is true (the Bot Framework Emulator on
   * a laptop): an unauthenticated endpoint would let anyone make the server send messages.
   */
  BOTFRAMEWORK_ALLOW_UNAUTHENTICATED: flag,
  /** serviceUrl origins allowed besides Bot Framework's own channel hosts (an Emulator, a test connector). */
  BOTFRAMEWORK_SERVICE_URLS: list.pipe(
    z.array(z.url({ protocol: /^https?$/ }).transform((u) => new URL(u).origin)),
  ),
})
export type Config = z.infer<typeof configSchema>
