import { getEnv, type Env } from "~/utils/env.server";
import { LocalFolderStorage } from "./local.server";
import { S3Storage } from "./s3.server";
import type { FileStorage } from "./types";

export type { FileStorage } from "./types";
export { FileMissingError } from "./types";

/** A storage driver from the settings: STORAGE_DRIVER=local (STORAGE_DIR) or s3 (S3_*). */
export function createStorage(driver: "local" | "s3", env: Env = getEnv()): FileStorage {
  if (driver === "local") return new LocalFolderStorage(env.STORAGE_DIR);
  if (!env.S3_BUCKET) throw new Error("Invalid environment: STORAGE_DRIVER=s3 needs S3_BUCKET");
  return new S3Storage({
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    prefix: env.S3_PREFIX,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === "true" || (env.S3_FORCE_PATH_STYLE === undefined && !!env.S3_ENDPOINT),
  });
}

let current: FileStorage | undefined;

/** The storage this server uses (one per process). */
export function fileStorage(): FileStorage {
  return (current ??= createStorage(getEnv().STORAGE_DRIVER));
}
