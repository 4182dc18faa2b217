/**
 * npm run backup — the database and every attached file in one archive,
 * while the app keeps running (README, "Backups").
 *
 *   npm run backup                     # into ./backups
 *   npm run backup -- --out=/media/usb # somewhere else (a USB stick, a network share)
 */
import { existsSync } from "node:fs";
import { createBackup } from "~/modules/backup/backup.server";

if (existsSync(".env") && typeof process.loadEnvFile === "function") process.loadEnvFile(".env");
const out = process.argv.find((a) => a.startsWith("--out="))?.slice("--out=".length) || process.env.BACKUP_DIR || "./backups";
const databaseUrl = process.env.DATABASE_URL || "file:./prisma/dev.db";

try {
  const { archive, manifest } = await createBackup({ outDir: out, databaseUrl });
  const c = manifest.counts;
  console.log(`Sao lưu xong / Backup written: ${archive}`);
  console.log(`  ${c.cases} hồ sơ / cases, ${c.events} sự kiện / events, ${manifest.files.length} tệp / files, ${c.users} tài khoản / accounts`);
  if (manifest.missingFiles.length) {
    console.warn(`  Cảnh báo / Warning: ${manifest.missingFiles.length} tệp không có trong kho lưu trữ / files missing from storage:`);
    for (const key of manifest.missingFiles) console.warn(`    ${key}`);
  }
} catch (error) {
  console.error(`Sao lưu thất bại / Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
