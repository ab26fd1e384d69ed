// The npm registry this project's machines reach does not serve every platform build of some packages
// (e.g. @biomejs/cli-darwin-arm64), so a lockfile written here can lack those optional entries, and
// `npm ci` then refuses the lock as "out of sync". Optional packages for other platforms are never
// installed on this machine anyway: listing them by version is enough for npm ci to accept the lock.
// Idempotent; prints what it added. Runs before `npm ci` in .ci/run; run it after `npm install` too.
import { readFileSync, writeFileSync } from 'node:fs'

const path = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(path, 'utf8'))
const packages = lock.packages
const added = []
for (const [at, meta] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    // Resolution walks up from the dependant's own node_modules to the root, like Node's.
    const parts = at.split('node_modules/').filter(Boolean)
    const candidates = []
    for (let i = parts.length; i >= 0; i--) {
      const prefix = parts
        .slice(0, i)
        .map((p) => `node_modules/${p.replace(/\/$/, '')}/`)
        .join('')
      candidates.push(`${prefix}node_modules/${dep}`)
    }
    if (candidates.some((c) => packages[c])) continue
    const key = `node_modules/${dep}`
    packages[key] = { version, ...(meta.dev ? { dev: true } : {}), optional: true }
    added.push(`${dep}@${version}`)
  }
}
if (added.length > 0) {
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`)
  console.log(`complete-lock: listed ${added.length} optional platform package(s): ${added.join(', ')}`)
}
