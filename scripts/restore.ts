/**
 * npm run restore -- <archive> — puts a backup back into an empty database
 * and storage folder (a new computer, or after a disk failure), then checks
 * every attached file by SHA-256. Stop the app first (README, "Backups").
 *
 *   npm run restore -- backups/lang-nghe-backup-2026-11-27-1730.tar.gz
 *   npm run restore -- <archive> --force   # replace a database that has data
 */
import { existsSync } from "node:fs";
import { restoreBackup } from "~/modules/backup/backup.server";

if (existsSync(".env") && typeof process.loadEnvFile === "function") process.loadEnvFile(".env");
const archive = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!archive || !existsSync(archive)) {
  console.error("Cách dùng / Usage: npm run restore -- <tệp sao lưu .tar.gz / backup .tar.gz> [--force]");
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL || "file:./prisma/dev.db";
const storageDir = process.env.STORAGE_DIR || "./storage";

try {
  const report = await restoreBackup({ archive, databaseUrl, storageDir, force: process.argv.includes("--force") });
  const c = report.counts;
  console.log(`Khôi phục xong / Restored from ${archive} (${report.manifest.createdAt})`);
  console.log(`  ${c.cases} hồ sơ / cases, ${c.events} sự kiện / events, ${report.filesRestored} tệp / files, ${c.users} tài khoản / accounts`);
  if (report.problems.length) {
    console.error(`  ${report.problems.length} vấn đề / problems:`);
    for (const p of report.problems) console.error(`    ${p}`);
    process.exit(1);
  }
  console.log("  Mọi tệp đã được kiểm tra SHA-256 / every file checked by SHA-256. Start the app with npm start.");
} catch (error) {
  console.error(`Khôi phục thất bại / Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
