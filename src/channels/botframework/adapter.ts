import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder'
import type { Config } from '../../core/config.ts'
import type { Logger } from '../../core/log.ts'

// Settings use the standard Bot Framework names, so an Azure Bot resource's values can be pasted
// as they are. Without MicrosoftAppId the endpoint is open only when BOTFRAMEWORK_ALLOW_UNAUTHENTICATED
// says so (Bot Framework Emulator, local tests).

/** Each call to the Bot Connector (a reply, a token) gives up after this long. */
export const CONNECTOR_TIMEOUT_MS = 10_000

interface TimedRequest {
  timeout?: number
}
interface NextPolicy {
  sendRequest(request: TimedRequest): Promise<unknown>
}

/**
 * A request policy that puts a timeout on every connector call that has none (botbuilder sets none).
 * Not applied with botbuilder 4.x: its ConnectorFactoryImpl replaces `requestPolicyFactories` with its own,
 * so a reply to a silent connector waits until routes.ts's BOT_REQUEST_TIMEOUT_MS (15 s) ends the request
 * (tests/botframework/timeout.test.ts). That request bound is the one that holds.
 */
const connectorTimeout = {
  create: (next: NextPolicy) => ({
    sendRequest: (request: TimedRequest) => {
      if (!request.timeout) request.timeout = CONNECTOR_TIMEOUT_MS
      return next.sendRequest(request)
    },
  }),
}

export const createBotAdapter = (config: Config, logger: Logger) => {
  const authenticated = Boolean(config.MicrosoftAppId)
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: config.MicrosoftAppId ?? '',
      MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
      MicrosoftAppType: config.MicrosoftAppType ?? (authenticated ? 'MultiTenant' : ''),
      MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    },
    undefined,
    undefined,
    undefined,
    // The compat layer's policy types are not exported; the shape is the documented RequestPolicyFactory.
    { requestPolicyFactories: [connectorTimeout] } as never,
  )
  const adapter = new CloudAdapter(auth)
  adapter.onTurnError = async (_ctx, err) => {
    logger.log('error', 'botframework_turn_error', { error: err instanceof Error ? err.name : 'unknown' })
  }
  return adapter
}
