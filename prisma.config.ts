import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// The wasm schema engine replays migrations into the shadow database through
// adapter.executeRaw(), which better-sqlite3 runs with prepare(): one statement
// only, so a multi-statement migration.sql fails (P3006). Argument-less raw
// statements go through executeScript() (db.exec) instead.
// See docs/prisma-offline.md.
type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
function runScriptsWithExec(adapter: Adapter): Adapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}
class MigrateBetterSQLite3 extends PrismaBetterSQLite3 {
  override async connect() {
    return runScriptsWithExec(await super.connect());
  }
  override async connectToShadowDb() {
    return runScriptsWithExec(await super.connectToShadowDb());
  }
}

// One DATABASE_URL selects the provider: this config only honours file: URLs.
const envUrl = process.env.DATABASE_URL;
const url = envUrl?.startsWith("file:") ? envUrl : "file:./prisma/dev.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new MigrateBetterSQLite3({ url }),
});
