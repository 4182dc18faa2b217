/**
 * npm run files:move -- --from local --to s3
 *
 * Copies every stored file from one storage driver to the other (e.g. from
 * STORAGE_DIR to the S3 bucket before switching STORAGE_DRIVER to s3 and
 * adding a second app server). Each file is checked against its content
 * address on the way; files already there are skipped, so it is safe to run
 * again, and while the servers run. Nothing is deleted from the source.
 */
import { createStorage } from "~/modules/files/storage/index.server";
import { copyAllFiles } from "~/modules/files/storage/copy.server";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? process.argv[process.argv.indexOf(`--${name}`) + 1];
const from = arg("from");
const to = arg("to");
const drivers = ["local", "s3"] as const;
type Driver = (typeof drivers)[number];
const isDriver = (d: string | undefined): d is Driver => drivers.includes(d as Driver);
if (!isDriver(from) || !isDriver(to) || from === to) {
  console.error("usage: npm run files:move -- --from local --to s3   (or --from s3 --to local)");
  process.exit(2);
}

const quiet = process.argv.includes("--quiet");
const result = await copyAllFiles(createStorage(from), createStorage(to), (key, outcome) => {
  if (!quiet || outcome === "corrupt") console.log(`${outcome.padEnd(7)} ${key}`);
});
console.log(JSON.stringify(result));
if (result.corrupt.length) {
  console.error(`files:move: ${result.corrupt.length} file(s) do not match their content address and were not copied`);
  process.exit(1);
}
