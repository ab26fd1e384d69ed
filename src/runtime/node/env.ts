import { type Config, configSchema } from '../../core/config.ts'
import { ConfigError } from '../../core/errors.ts'

/** process.env → Config, or a ConfigError naming each bad variable (values are never echoed: some are secrets). */
export const parseConfig = (env: Record<string, string | undefined>): Config => {
  const parsed = configSchema.safeParse(env)
  if (parsed.success) return parsed.data
  const lines = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(env)'}: ${i.message}`)
  throw new ConfigError(`Invalid settings in the environment:\n${lines.join('\n')}`, {
    variables: parsed.error.issues.map((i) => i.path.join('.')).join(','),
  })
}
