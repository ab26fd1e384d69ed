// The core sees a hash of the Bot Framework conversation, never the raw ids (they can identify a
// Teams tenant or a Web Chat user).
export const sessionIdFor = async (channelId: string, conversationId: string): Promise<string> => {
  const bytes = new TextEncoder().encode(`${channelId}\u0000${conversationId}`)
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  const hex = Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')
  return `bf:${hex}`
}
