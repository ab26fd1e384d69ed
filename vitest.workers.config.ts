import { defineConfig } from 'vitest/config'

// `npm run test:workers`: the Worker build in workerd through `wrangler dev` (tests/workers). Kept
// out of the default run because each file starts its own wrangler; bounded by the timeouts below.
export default defineConfig({
  test: {
    include: ['tests/workers/**/*.test.ts'],
    globalSetup: ['tests/workers/global-setup.ts'],
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 100_000,
  },
})
