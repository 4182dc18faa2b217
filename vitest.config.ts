import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": path.resolve(__dirname, "app") } },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "prisma/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./app/test/global-setup.ts"],
    setupFiles: ["./app/test/setup.ts"],
    // Database tests each build their own SQLite file; keep workers few on 2 cores.
    pool: "forks",
    poolOptions: { forks: { maxForks: 2 } },
    testTimeout: 30_000,
    // Each database test file seeds its world in beforeAll (units, rules, the procedure catalogue): seconds on a busy 2-core machine.
    hookTimeout: 60_000,
  },
});
