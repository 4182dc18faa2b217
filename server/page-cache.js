// A shared cache for the answers that are the same for every signed-out
// visitor: the landing page, the public statistics, the open-data API. It
// sits in front of Remix as a CDN or nginx's proxy_cache would, and follows
// the same rules (docs/decisions/022-public-page-cache.md):
//
// - only a GET from a visitor with no cookie but the language one is looked
//   up or stored, and the app says under which key (`pageCacheKey` in
//   app/entry.server.tsx): the address, the visitor's language and the
//   versions of the data the page is made from (the statistics' last refresh,
//   the reference lists) — a change committed before the request began is
//   seen at once, as without the cache;
// - only a 200 that its route marked `public` with a shared cache's lifetime
//   (`s-maxage`: a route opts in by saying it, `max-age` alone is for the
//   browser) and that sets no cookie is stored, for that lifetime and never
//   more than `maxSeconds`;
// - the page's script nonce is replaced by this request's, so the Content
//   Security Policy stays one nonce per answer;
// - per process and bounded (entries and bytes): several servers each keep
//   their own, which can differ for at most one lifetime, like the statistics
//   memo behind them.

/** Response headers that belong to one answer only, never replayed from the cache. */
const perAnswer = new Set(["content-security-policy", "set-cookie", "content-length", "date", "transfer-encoding", "connection", "content-encoding", "age"]);

/** The lifetime a shared cache may keep a response for by its `s-maxage`, in seconds (0: not at all). */
export function sharedLifetime(cacheControl) {
  if (typeof cacheControl !== "string") return 0;
  const directives = new Map(
    cacheControl
      .toLowerCase()
      .split(",")
      .map((part) => part.trim().split("="))
      .map(([name, value]) => [name.trim(), value?.trim()]),
  );
  if (!directives.has("public") || directives.has("private") || directives.has("no-store") || directives.has("no-cache")) return 0;
  const seconds = Number(directives.get("s-maxage"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

function etagMatches(header, etag) {
  if (!header || !etag) return false;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag.replace(/^W\//, ""));
}

/**
 * @param {{ maxSeconds: () => number, maxEntries?: number, maxBytes?: number, maxEntryBytes?: number, now?: () => number }} options
 */
export function createPageCache({ maxSeconds, maxEntries = 500, maxBytes = 64 * 1024 * 1024, maxEntryBytes = 1024 * 1024, now = Date.now }) {
  /** key → { storedAt, expires, status, headers, body: Buffer, nonce } — in insertion order, oldest first. */
  const entries = new Map();
  let bytes = 0;
  const stats = { hits: 0, stores: 0 };
  /**
   * Paths whose last 200 was not offered for sharing (a lookup, the sign-in form): for a while
   * their visitors are not given a key, which costs the app a read of the data versions.
   */
  const privatePaths = new Map();
  const maxPrivatePaths = 1000;

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.length;
  }

  function store(key, entry) {
    remove(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    stats.stores += 1;
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      remove(oldest);
    }
  }

  /** Sends a fresh entry for `key`; false when there is none. */
  function serve(key, req, res) {
    const entry = entries.get(key);
    if (!entry) return false;
    if (entry.expires <= now()) {
      remove(key);
      return false;
    }
    stats.hits += 1;
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader("Age", String(Math.floor((now() - entry.storedAt) / 1000)));
    if (etagMatches(req.get("if-none-match"), entry.headers.get("etag"))) {
      res.removeHeader("content-type");
      res.status(304).end();
      return true;
    }
    const nonce = res.locals.cspNonce;
    const body = entry.nonce && nonce ? Buffer.from(entry.body.toString("utf8").replaceAll(entry.nonce, nonce), "utf8") : entry.body;
    res.status(entry.status);
    res.setHeader("Content-Length", String(body.length));
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  }

  /** Keeps what Remix writes for `key`, and stores it at the end if its headers allow. */
  function record(key, req, res) {
    const chunks = [];
    let size = 0;
    let keeping = null; // decided at the first write, when the headers are known
    const decide = () => {
      if (keeping === null) {
        const offered = sharedLifetime(res.getHeader("cache-control")) > 0;
        keeping = res.statusCode === 200 && !res.getHeader("set-cookie") && offered;
        if (res.statusCode === 200 && !offered) {
          if (privatePaths.size >= maxPrivatePaths) privatePaths.clear();
          privatePaths.set(req.path, now() + maxSeconds() * 1000);
        }
      }
      return keeping;
    };
    const keep = (chunk, encoding) => {
      if (!decide() || chunk == null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
      size += buffer.length;
      if (size > maxEntryBytes) keeping = false;
      else chunks.push(buffer);
    };
    const write = res.write;
    const end = res.end;
    res.write = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      if (decide()) {
        const seconds = Math.min(maxSeconds(), sharedLifetime(res.getHeader("cache-control")));
        const headers = new Map(Object.entries(res.getHeaders()).filter(([name]) => !perAnswer.has(name)));
        const at = now();
        store(key, { storedAt: at, expires: at + seconds * 1000, status: res.statusCode, headers, body: Buffer.concat(chunks), nonce: res.locals.cspNonce });
      }
      return end.call(this, chunk, encoding, callback);
    };
  }

  return {
    /**
     * In front of `next` (the Remix handler): answers from the cache, or lets
     * Remix answer and keeps what may be kept. `keyOf` is the app's
     * `pageCacheKey` (null: not cacheable for this visitor).
     */
    async handle(req, res, next, keyOf) {
      if (maxSeconds() <= 0 || (req.method !== "GET" && req.method !== "HEAD")) return next();
      const privateUntil = privatePaths.get(req.path);
      if (privateUntil !== undefined) {
        if (privateUntil > now()) return next();
        privatePaths.delete(req.path);
      }
      const key = await keyOf();
      if (!key) return next();
      if (serve(key, req, res)) return;
      if (req.method === "GET") record(key, req, res);
      return next();
    },
    stats,
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
