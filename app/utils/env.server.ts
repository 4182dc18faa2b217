import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("development"),
  DATABASE_URL: z.string().default("file:./prisma/dev.db"),
  SESSION_SECRET: z.string().min(16).optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  /** "false" to send the session cookie over plain http in production (a demo on a LAN). */
  COOKIE_SECURE: z.enum(["true", "false"]).optional(),
  /** Where uploaded files go: "local" (STORAGE_DIR) or "s3" (an S3-compatible bucket every server sees). */
  STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
  /** The local driver's folder (outside public/). */
  STORAGE_DIR: z.string().default("./storage"),
  S3_BUCKET: z.string().min(1).optional(),
  /** e.g. http://minio.internal:9000; unset for AWS. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Keys under this prefix in the bucket, e.g. "lang-nghe/". */
  S3_PREFIX: z.string().default(""),
  /** "true": the bucket in the URL's path (MinIO, Ceph); default true when S3_ENDPOINT is set. */
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).optional(),
  /** SMTP server; without it, emails are written to OUTBOX_DIR. */
  SMTP_URL: z.string().optional(),
  OUTBOX_DIR: z.string().default("./outbox"),
  MAIL_FROM: z.string().default("Lắng Nghe <no-reply@langnghe.local>"),
  /** An HTTP SMS gateway (POST JSON, bearer key); without it, SMS are written to SMS_OUTBOX_DIR. */
  SMS_GATEWAY_URL: z.string().url().optional(),
  SMS_GATEWAY_KEY: z.string().optional(),
  SMS_OUTBOX_DIR: z.string().default("./outbox/sms"),
  /** The name an SMS starts with ("Lang Nghe: …"). */
  SMS_SENDER: z.string().max(20).default("Lắng Nghe"),
  /** "false" disables the in-server job runner (run `npm run jobs` from cron instead). */
  RUN_JOBS: z.enum(["true", "false"]).default("true"),
  /** How often each server tries a round of the jobs (each job runs on one server at a time, by lease). */
  JOBS_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
  PUBLIC_URL: z.string().default("http://localhost:3000"),
  /** Registrations allowed per address and hour (a commune office's shared connection may need more). */
  REGISTER_PER_ADDRESS_HOURLY: z.coerce.number().int().min(1).default(20),
  /** Sign-in tries from one address (any account) in 15 minutes before each must wait (sign-in-throttle.ts). */
  SIGN_IN_PER_ADDRESS_FREE: z.coerce.number().int().min(1).default(100),
  /** Online filings allowed per address and hour (each sent form counts, also one sent back for correction). */
  FILING_PER_ADDRESS_HOURLY: z.coerce.number().int().min(1).default(30),
  /** How long a page the same for every signed-out visitor may be shared from memory, in seconds; 0 turns the page cache off (server/page-cache.js). */
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /** How long requests in flight get to finish after SIGTERM/SIGINT (read by server/index.js). */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Validated once at start-up; a bad environment stops the server with a clear message. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  if (parsed.data.NODE_ENV === "production" && !parsed.data.SESSION_SECRET) {
    // The demo (npm start) gets a secret from scripts/prepare-db.mjs, which
    // writes one to .env on first start; a real deployment sets its own.
    throw new Error("Invalid environment: SESSION_SECRET must be set in production (at least 16 characters)");
  }
  cached = parsed.data;
  return cached;
}

/**
 * Whether cookies carry `Secure` (sent over HTTPS only): always in production,
 * unless COOKIE_SECURE=false for a demo on a LAN over plain http. Every cookie
 * of the app uses it — the session, the followed cases, the receipt, the
 * language and the flash message.
 */
export function cookieIsSecure(): boolean {
  const env = getEnv();
  if (env.COOKIE_SECURE) return env.COOKIE_SECURE === "true";
  return env.NODE_ENV === "production";
}

/**
 * A cookie's name: with `Secure`, prefixed so the browser itself enforces it
 * (`__Host-`: Secure, this host only, Path=/; `__Secure-` for a cookie kept
 * to one path). Without Secure (a LAN demo over http) the plain name.
 */
export function cookieName(base: string, scope: "host" | "path" = "host"): string {
  if (!cookieIsSecure()) return base;
  return `${scope === "host" ? "__Host-" : "__Secure-"}${base}`;
}

export function sessionSecret(): string {
  return getEnv().SESSION_SECRET ?? "development-only-secret-change-me";
}
