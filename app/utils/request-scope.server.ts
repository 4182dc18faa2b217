import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Answers shared by the loaders of one page request. A page runs several
 * loaders (the root's and the page's, each with its helpers), and some ask the
 * database the same question one after the other — the watched settings
 * (reference-cache.server.ts) twice on the inbox and the case page. Within one
 * GET the answer cannot need to change, so it is asked once.
 *
 * The scope is opened by the server (server/app.js) for GET and HEAD only: a
 * POST runs an action and then the loaders, and the loaders must see what the
 * action changed. Outside a scope (jobs, tests, scripts) nothing is shared.
 * The storage lives on globalThis because the server and the app build are
 * two module graphs that must hold the same one.
 */
type Scope = Map<string, unknown>;
const slot = Symbol.for("lang-nghe.request-scope");
const storage: AsyncLocalStorage<Scope> = ((globalThis as Record<symbol, unknown>)[slot] ??= new AsyncLocalStorage<Scope>()) as AsyncLocalStorage<Scope>;

/** `compute()`'s answer, computed once per page request under `name` (every time outside one). */
export function requestMemo<T>(name: string, compute: () => T): T {
  const scope = storage.getStore();
  if (!scope) return compute();
  if (!scope.has(name)) scope.set(name, compute());
  return scope.get(name) as T;
}

/** Runs `fn` as one page request would (for tests; the server opens its own scope). */
export function inRequestScope<T>(fn: () => T): T {
  return storage.run(new Map(), fn);
}
