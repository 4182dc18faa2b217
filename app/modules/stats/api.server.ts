import { createHash } from "node:crypto";

/**
 * Responses of the open-data API: JSON with HTTP caching (public, five minutes,
 * an ETag so an unchanged answer costs a 304), CORS open for reading, and one
 * error shape — { "error": { "code", "message", "issues" } } — for every 400.
 */
export const API_VERSION = "1";
const MAX_AGE = 300;

export function apiJson(request: Request, body: unknown, init: { maxAge?: number; headers?: Record<string, string> } = {}): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": `public, max-age=${init.maxAge ?? MAX_AGE}, stale-while-revalidate=60`,
    ETag: etag,
    Vary: "Accept-Language",
    "Access-Control-Allow-Origin": "*",
    ...init.headers,
  };
  const match = request.headers.get("If-None-Match");
  if (match && match.split(",").some((m) => m.trim() === etag || m.trim() === `W/${etag}`)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status: 200, headers });
}

export type ApiIssue = { parameter: string; message: string };

export function apiError(status: 400 | 404, code: string, message: string, issues: ApiIssue[] = []): Response {
  return new Response(JSON.stringify({ error: { code, message, issues } }), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" },
  });
}

/** Parameters not in `allowed` are an error: a typo must not silently return the default. */
export function unknownParameters(params: URLSearchParams, allowed: readonly string[]): string[] {
  return [...new Set([...params.keys()])].filter((k) => !allowed.includes(k));
}
