// Where the bot may send its replies. An activity names its own serviceUrl and botbuilder POSTs the
// replies (with the bot's token, when it has one) there, so an unchecked serviceUrl would let anyone
// make this server call any address. Only Bot Framework's documented channel hosts pass, plus the
// origins the city configures (BOTFRAMEWORK_SERVICE_URLS: an Emulator, a local test connector).

/** Hosts of Azure Bot Service channels (public, US Government and Teams). */
const CHANNEL_HOSTS: RegExp[] = [
  /^smba\.trafficmanager\.net$/, // Teams
  /^smba\.infra\.(gcc|gov|dod)\.teams\.microsoft\.(com|us)$/, // Teams in government clouds
  /^([a-z0-9-]+\.)*botframework\.com$/, // Web Chat, Direct Line and the other channels
  /^([a-z0-9-]+\.)*botframework\.(us|azure\.us)$/, // US Government
]

/** True when replies may be sent to this serviceUrl. */
export const allowedServiceUrl = (serviceUrl: string, extraOrigins: readonly string[]): boolean => {
  let url: URL
  try {
    url = new URL(serviceUrl)
  } catch {
    return false
  }
  if (url.username || url.password) return false
  if (extraOrigins.includes(url.origin)) return true
  return url.protocol === 'https:' && url.port === '' && CHANNEL_HOSTS.some((h) => h.test(url.hostname))
}
