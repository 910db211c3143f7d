import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    // Ceilings for a hung test, not budgets: CI shares two cores with other work, and a browser flow that
    // takes 10 s idle can take a minute there. Durations are measured by the benchmarks (npm run bench*).
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // expect.poll waits for a condition; its default ceiling (1 s) is a clock on a loaded machine.
    expect: { poll: { timeout: 120_000 } },
  },
});
