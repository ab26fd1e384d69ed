// A tiny element builder. Server strings only ever reach the page as text nodes or checked
// attributes; nothing is parsed as HTML.

type Attrs = Record<string, string | boolean | undefined>
type Child = Node | string | null | undefined | false

export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue
    el.setAttribute(k, v === true ? '' : v)
  }
  for (const c of children) if (c) el.append(typeof c === 'string' ? document.createTextNode(c) : c)
  return el
}

/** Only tel: links and http(s) map links are drawn; anything else is dropped. */
export const safeHref = (url: string | null | undefined, schemes: string[]): string | undefined => {
  if (!url) return undefined
  try {
    return schemes.includes(new URL(url).protocol) ? url : undefined
  } catch {
    return undefined
  }
}
