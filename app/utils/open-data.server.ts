import { createHash } from "node:crypto";
import type { ZodError } from "zod";
import { getEnv } from "./env.server";

/**
 * Responses of the open-data API (/api/v1/...): JSON that anyone may read and
 * cache — `Cache-Control: public, max-age=300`, a strong ETag over the body,
 * and 304 Not Modified when the client already has it. Errors have one shape:
 * `{ "error": { "code", "message", "issues"? } }`.
 */
export const apiMaxAgeSeconds = 300;
/** In every body as `apiVersion`; the path says it too (/api/v1). */
export const API_VERSION = "1";

const commonHeaders = {
  "Content-Type": "application/json; charset=utf-8",
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
};

function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * `shared`: the answer is the same whoever asks and may be served from the
 * public page cache for a few seconds (`s-maxage`; docs/decisions/022-public-page-cache.md).
 * Left off where an answer must disappear at once when taken back (a withdrawn answer).
 */
export function apiJson(request: Request, body: unknown, init: { maxAge?: number; shared?: boolean; headers?: Record<string, string> } = {}): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const headers = {
    ...commonHeaders,
    "Cache-Control": `public, max-age=${init.maxAge ?? apiMaxAgeSeconds}${init.shared ? `, s-maxage=${getEnv().PAGE_CACHE_SECONDS}` : ""}`,
    ETag: etag,
    // Messages and names follow the reader's language.
    Vary: "Accept-Encoding, Accept-Language",
    ...init.headers,
  };
  if (etagMatches(request.headers.get("If-None-Match"), etag)) {
    const { "Content-Type": _type, ...rest } = headers;
    return new Response(null, { status: 304, headers: rest });
  }
  return new Response(text, { status: 200, headers });
}

export type ApiIssue = { path: string; message: string };

export function apiError(status: 400 | 404 | 405, code: "bad_request" | "not_found" | "method_not_allowed", message: string, issues?: ApiIssue[]): Response {
  return new Response(JSON.stringify({ error: { code, message, ...(issues ? { issues } : {}) } }), {
    status,
    headers: { ...commonHeaders, "Cache-Control": "no-store" },
  });
}

export function zodIssues(error: ZodError): ApiIssue[] {
  return error.issues.map((i) => ({ path: i.path.join(".") || "(query)", message: i.message }));
}

/** Parameters not in `allowed`: a typo must not silently return the default answer. */
export function unknownParameters(params: URLSearchParams, allowed: readonly string[]): string[] {
  return [...new Set(params.keys())].filter((k) => !allowed.includes(k));
}
