/**
 * Who a request comes from, for the rate limit. Without TRUST_PROXY the socket's address is the only
 * truth: X-Forwarded-For is anyone's to write. Behind a reverse proxy (TRUST_PROXY=true) every request
 * comes from the proxy, so the last X-Forwarded-For entry (the address that proxy saw) is used; a
 * client can only prepend to that header, not replace it.
 *
 * An IPv6 client usually holds a whole /64 and can rotate through it, so IPv6 addresses are keyed by
 * their /64 prefix: rotating addresses inside one's own network does not escape the limit.
 */
export const clientAddress = (
  forwardedFor: string | undefined,
  socket: string | undefined,
  trustProxy: boolean,
): string | null => {
  const address = (trustProxy ? forwardedFor?.split(',').at(-1)?.trim() : undefined) || socket || null
  return address ? addressKey(address) : null
}

/** IPv4 (also IPv4-mapped IPv6) as it is; IPv6 as its /64 prefix. */
export const addressKey = (address: string): string => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]!
  if (!address.includes(':')) return address
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]!.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = address.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
