import { type Config, configSchema } from '../../core/config.ts'
import { ConfigError } from '../../core/errors.ts'

// What Cloudflare hands the Worker: [vars] and secrets as strings, plus bindings (objects).

/** The static-assets binding ([assets] binding = "ASSETS"): the dictionary lives there. */
export interface AssetsBinding {
  fetch(request: Request | string): Promise<Response>
}

export interface WorkerEnv {
  ASSETS: AssetsBinding
  [name: string]: unknown
}

/** Bindings → Config, or a ConfigError naming each bad variable (never its value: some are secrets). */
export const configFromEnv = (env: WorkerEnv): Config => {
  const vars: Record<string, string> = {}
  for (const [k, v] of Object.entries(env)) if (typeof v === 'string') vars[k] = v
  // Workers have no port; configSchema's default is fine and unused.
  const parsed = configSchema.safeParse({ SESSION_STORE: 'upstash', ...vars })
  if (parsed.success) return parsed.data
  const names = parsed.error.issues.map((i) => i.path.map(String).join('.') || '(env)')
  throw new ConfigError(
    `Invalid Worker settings (wrangler.toml [vars] or secrets):\n${parsed.error.issues
      .map((i, n) => `${names[n]}: ${i.message}`)
      .join('\n')}`,
    { variables: names.join(',') },
  )
}
