import { data } from "@remix-run/node";

/** Throws a Response with `status` unless `condition` holds (404 for missing records, 403 for refusals). */
export function invariantResponse(
  condition: unknown,
  message: string,
  init: { status: number } = { status: 400 },
): asserts condition {
  if (!condition) {
    throw data({ message }, { status: init.status });
  }
}

export function forbidden(message = "forbidden"): never {
  throw data({ message }, { status: 403 });
}

export function notFound(message = "not-found"): never {
  throw data({ message }, { status: 404 });
}

export function clientAddress(request: Request): string {
  // Set by server/index.js from Express's req.ip (which honours TRUST_PROXY).
  return request.headers.get("x-lny-client-ip") ?? "unknown";
}

export function badRequest(message = "bad-request"): never {
  throw data({ message }, { status: 400 });
}
