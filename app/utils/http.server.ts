
/** Throws a Response with `status` unless `condition` holds (404 for missing records, 403 for refusals). */
export function invariantResponse(
  condition: unknown,
  message: string,
  init: { status: number } = { status: 400 },
): asserts condition {
  if (!condition) {
    throw refusal(message, init.status);
  }
}

export function forbidden(message = "forbidden"): never {
  throw refusal(message, 403);
}

export function notFound(message = "not-found"): never {
  throw refusal(message, 404);
}

export function clientAddress(request: Request): string {
  // Set by server/index.js from Express's req.ip (which honours TRUST_PROXY).
  return request.headers.get("x-lny-client-ip") ?? "unknown";
}

export function badRequest(message = "bad-request"): never {
  throw refusal(message, 400);
}

/**
 * A refusal thrown from a loader or action: a Response (not single fetch's
 * `data()`), so a resource route answers it as it is, with its message, and
 * code that catches it reads `.status`. Pages show it in their error boundary.
 */
export function refusal(message: string, status: number): Response {
  return new Response(JSON.stringify({ message }), { status, headers: { "Content-Type": "application/json; charset=utf-8" } });
}
