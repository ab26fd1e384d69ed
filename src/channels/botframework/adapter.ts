import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder'
import type { Config } from '../../core/config.ts'
import type { Logger } from '../../core/log.ts'

// Settings use the standard Bot Framework names, so an Azure Bot resource's values can be pasted
// as they are. Without MicrosoftAppId the endpoint is open (Bot Framework Emulator, local tests).

export const createBotAdapter = (config: Config, logger: Logger) => {
  const authenticated = Boolean(config.MicrosoftAppId)
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType ?? (authenticated ? 'MultiTenant' : ''),
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  })
  const adapter = new CloudAdapter(auth)
  adapter.onTurnError = async (_ctx, err) => {
    logger.log('error', 'botframework_turn_error', { error: err instanceof Error ? err.name : 'unknown' })
  }
  return adapter
}
