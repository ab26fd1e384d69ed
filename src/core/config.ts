import { z } from 'zod'

// Settings from the environment, validated once at start-up by each runtime. Secrets only ever come
// from here (process.env on Node, bindings and secrets on Workers), never from the repo.

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v))

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
  /** Turns per minute one client may send to /api/chat (a person types far fewer); 0 turns it off. */
  CHAT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(60),
  REDIS_URL: optionalString,
  UPSTASH_REDIS_REST_URL: optionalString,
  UPSTASH_REDIS_REST_TOKEN: optionalString,
  LINE_CHANNEL_SECRET: optionalString,
  LINE_CHANNEL_ACCESS_TOKEN: optionalString,
  LINE_API_BASE_URL: z.string().url().default('https://api.line.me'),
  LINE_DATA_API_BASE_URL: z.string().url().optional(),
  /** Push messages cost money under some plans: off unless the city turns it on. */
  LINE_PUSH_ENABLED: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: optionalString,
})
export type Config = z.infer<typeof configSchema>
