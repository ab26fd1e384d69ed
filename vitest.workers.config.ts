import { defineConfig } from 'vitest/config'

// `npm run test:workers`: the Worker build in workerd through `wrangler dev` (tests/workers). Kept
// out of the default run because each file starts its own wrangler; bounded by the timeouts below.
export default defineConfig({
  test: {
    include: ['tests/workers/**/*.test.ts'],
    globalSetup: ['tests/workers/global-setup.ts'],
    // One workerd at a time: two isolates building cold on two busy cores stalled a request for 20 s+
    // (seen in CI-like runs); one after the other, the whole suite still takes under a minute.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 100_000,
  },
})
