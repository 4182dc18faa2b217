import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

const envUrl = process.env.DATABASE_URL;
const u = new URL(envUrl?.startsWith("postgres") ? envUrl : "postgresql://postgres@127.0.0.1:5432/langnghe");
// Discrete fields, not { connectionString }: pg lets a connectionString
// override `database`, which the shadow-database connection relies on.
const pgConfig = {
  host: u.hostname,
  port: Number(u.port || 5432),
  user: decodeURIComponent(u.username),
  password: decodeURIComponent(u.password),
  database: u.pathname.slice(1),
};
type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// adapter-pg 6.19.3 rejects catalog columns of type "char" (18) / name (19).
const CATALOG_TEXT_OIDS = new Set([18, 19]);
function acceptCatalogTypes(adapter: PgAdapter): PgAdapter {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- performIO is internal
  const a = adapter as any;
  const performIO = a.performIO.bind(a);
  a.performIO = async (query: unknown) => {
    const result = await performIO(query);
    for (const f of result?.fields ?? []) if (CATALOG_TEXT_OIDS.has(f.dataTypeID)) f.dataTypeID = 25;
    return result;
  };
  return adapter;
}
class MigratePg extends PrismaPg {
  override async connect() {
    return acceptCatalogTypes(await super.connect());
  }
  // Close the shadow pool before dropping the shadow database.
  override async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = acceptCatalogTypes(await new PrismaPg({ ...pgConfig, database }).connect());
    const closeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadow();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/postgres/schema.prisma",
  migrations: { path: "prisma/postgres/migrations" },
  adapter: async () => new MigratePg(pgConfig),
});
