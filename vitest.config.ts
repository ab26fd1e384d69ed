import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/workers/**', 'node_modules/**'],
    // kuromoji builds once per worker; two cores on CI, so keep the pool small.
    maxWorkers: 2,
    testTimeout: 30_000,
    // A file's beforeAll builds the NLU: the tokenizer and the nearest-example index over ~15,000
    // training texts (seconds when quiet; over a minute on a shared machine under load).
    hookTimeout: 180_000,
  },
})
