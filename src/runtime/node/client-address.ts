/**
 * Behind a reverse proxy every request comes from the proxy, so the proxy's last X-Forwarded-For entry
 * (the address it saw) keys the rate limit; a client can only prepend to that header, not replace it.
 */
export const clientAddress = (forwardedFor: string | undefined, socket: string | undefined): string | null =>
  forwardedFor?.split(',').at(-1)?.trim() || socket || null
