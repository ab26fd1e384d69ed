import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { buildWidget } from '../../src/channels/web/build-widget.ts'
import { widgetScript } from '../../src/channels/web/widget-bundle.ts'

describe('widget bundle', () => {
  it('is up to date with src/channels/web/widget/ (run `npm run build:widget` when this fails)', async () => {
    expect(widgetScript === (await buildWidget())).toBe(true)
  })

  it('stays small: under 10 KB gzipped', () => {
    const gz = gzipSync(widgetScript, { level: 9 }).length
    expect(gz).toBeLessThan(10 * 1024)
  })

  it('never parses server text as HTML', () => {
    expect(widgetScript).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/)
  })
})
