import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

/**
 * The three files that go through the production server (no-500 alone is a minute) start first.
 * Vitest otherwise orders a fresh clone's files by size, largest first, and these small files
 * started last: one fork ran no-500 while the other had finished everything else.
 */
const serverTests = [/app\/test\/no-500\.test\.ts$/, /app\/test\/security\.test\.ts$/, /app\/test\/shutdown\.test\.ts$/];
class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const first = serverTests.flatMap((re) => sorted.filter((f) => re.test(f.moduleId)));
    return [...first, ...sorted.filter((f) => !first.includes(f))];
  }
}

export default defineConfig({
  resolve: { alias: { "~": path.resolve(__dirname, "app") } },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "prisma/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./app/test/global-setup.ts"],
    setupFiles: ["./app/test/setup.ts"],
    // Database tests each build their own SQLite file; keep workers few on 2 cores.
    pool: "forks",
    sequence: { sequencer: SlowFirst },
    poolOptions: { forks: { maxForks: 2 } },
    testTimeout: 30_000,
    // Each database test file seeds its world in beforeAll (units, rules, the procedure catalogue): seconds on a busy 2-core machine.
    hookTimeout: 60_000,
  },
});
