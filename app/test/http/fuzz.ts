import { z } from "zod";
import { badPathParams, badValuesFor, objectShape, type BadValue, type Value } from "./bad-values";
import { multipart, send, tinyPdf, urlEncoded, type Pair, type Sent } from "./client";
import type { RunningServer, WriteLog } from "./server";
import { actionPath, type ActionSpec, type Fields, type Surface } from "./surface";
import type { HttpWorld } from "./world";

/**
 * Sends every bad value the schemas suggest to every loader and action, and
 * checks each answer: never a 5xx; a refusal writes nothing; a refused form
 * comes back with its error shown and the rest of what was typed kept; a
 * signed-in answer is never cacheable. Collects failures instead of stopping
 * at the first, so one run shows them all.
 */
export type Failure = { kind: "5xx" | "wrote on refusal" | "error not on form" | "form not kept" | "cacheable" | "api not json"; request: string; detail: string };

/** Writes a refusal may make: counting attempts, and files kept for a form sent back. */
const allowedOnRefusal = [/^RateLimit:/, /^Attachment:I:pending$/, /^LoginChallenge:/, /^OutboxEmail:I$/, /^PendingRegistration:/];
const errorMarker = /class="(field-errors|form-errors)"|role="alert"/;
/** Responses that may be cached because they are the same for everyone. */
const publicRoutes = /^\/(api\/|open311\/|calendar\.ics|healthz)/;

export class Fuzzer {
  failures: Failure[] = [];
  requests = 0;
  slowest: { ms: number; request: string } = { ms: 0, request: "" };

  constructor(
    private server: RunningServer,
    private log: WriteLog,
    private world: HttpWorld,
  ) {}

  private cookieFor(surface: Surface): string | undefined {
    return surface.as === "anonymous" ? undefined : this.world.cookies[surface.as];
  }

  private fail(kind: Failure["kind"], request: string, detail: string) {
    this.failures.push({ kind, request, detail: detail.slice(0, 300) });
  }

  private check(request: string, res: Sent, opts: { refusalMayWrite?: boolean; form?: { spec: ActionSpec; kept: string[] }; signedIn: boolean; api: boolean }) {
    this.requests++;
    if (res.ms > this.slowest.ms) this.slowest = { ms: res.ms, request };
    const writes = this.log.since();
    if (res.status >= 500) this.fail("5xx", request, `${res.status} ${res.text.replace(/\s+/g, " ").slice(0, 200)}`);
    if (this.server.child.exitCode !== null) throw new Error(`the server died after ${request}: ${this.server.stderr.join("").slice(-2000)}`);
    if (res.status >= 400) {
      const unexpected = writes.filter((w) => !allowedOnRefusal.some((a) => a.test(w)));
      if (unexpected.length) this.fail("wrote on refusal", request, `${res.status}: ${[...new Set(unexpected)].join(", ")}`);
    }
    const path = request.split(" ")[1] ?? "";
    if (opts.signedIn && !publicRoutes.test(path) && res.status !== 304) {
      const cache = res.headers.get("cache-control") ?? "";
      if (!/no-store/.test(cache)) this.fail("cacheable", request, `Cache-Control: ${cache || "(none)"}`);
    }
    if (opts.api && res.status >= 400 && res.status < 500 && !(res.headers.get("content-type") ?? "").includes("json")) {
      this.fail("api not json", request, `${res.status} ${res.headers.get("content-type")}`);
    }
    const form = opts.form;
    if (form && form.spec.errorsOnForm !== false && [400, 409, 422, 429].includes(res.status)) {
      // A document shows the error in the page; a data request (?_data=) returns the action's reply, which the page renders.
      const data = request.includes("_data=");
      const shown = data ? /"(error|formErrors|errors)"\s*:\s*[{\[]/.test(res.text) && !/"message"\s*:\s*"bad-request"/.test(res.text) : errorMarker.test(res.text);
      if (!shown) this.fail("error not on form", request, `${res.status}: no error shown`);
      else {
        const lost = form.kept.filter((v) => !res.text.includes(data ? JSON.stringify(v).slice(1, -1) : escapeHtml(v)));
        if (lost.length) this.fail("form not kept", request, `${res.status}: lost ${lost.map((v) => JSON.stringify(v.slice(0, 30))).join(", ")}`);
      }
    }
  }

  // ─────────────────────────────── loaders

  async loader(routeId: string, surface: Surface) {
    if (!surface.path) return;
    const path = surface.path(this.world);
    const cookie = this.cookieFor(surface);
    const api = /^\/(api|open311)\//.test(path);
    const get = async (search: string, label: string, data = false) => {
      const qs = data ? `${search ? `${search}&` : "?"}_data=${encodeURIComponent(routeId)}` : search;
      const res = await send(this.server.url, `${path}${qs}`, { cookie });
      this.check(`GET ${path}${qs.slice(0, 120)} [${label}]`, res, { signedIn: !!cookie, api });
    };
    await get("", "plain");
    await get("", "data request", true);
    if (surface.query) {
      const shape = objectShape(surface.query);
      const names = Object.keys(shape);
      let n = 0;
      for (const name of names) {
        for (const bad of sample(badValuesFor(name, shape[name]!, undefined), n++)) {
          await get(query(bad.values.map((v) => [name, v] as Pair)), `${name}: ${bad.label}`);
        }
      }
      await get(query([["zzz", "1"]]), "unknown parameter");
      await get(query(names.flatMap((name) => [[name, "1"], [name, "2"]] as Pair[])), "every parameter twice");
    }
    if (surface.param) {
      const base = path.slice(0, path.lastIndexOf("/") + 1);
      const suffix = routeId.endsWith("requests.$id") ? ".json" : "";
      for (const bad of badPathParams) {
        const res = await send(this.server.url, `${base}${bad}${suffix}`, { cookie });
        this.check(`GET ${base}${bad.slice(0, 40)}${suffix} [${surface.param}]`, res, { signedIn: !!cookie, api });
      }
    }
  }

  // ─────────────────────────────── actions

  async action(routeId: string, surface: Surface, intent: string, spec: ActionSpec) {
    const cookie = this.cookieFor(surface);
    const path = actionPath(routeId, intent, this.world) ?? surface.path!(this.world);
    const shape = objectShape(spec.schema);
    const rename = (name: string) => name.replace("ITEM", this.world.agendaItemId);
    const validPairs = async (): Promise<Pair[]> => pairsOf(await spec.valid(this.world)).map(([k, v]) => [rename(k), v]);
    const post = async (label: string, body: { body: Buffer; contentType: string | null }, opts: { data?: boolean; kept?: string[]; refusalMayWrite?: boolean } = {}) => {
      const url = opts.data ? `${path}?_data=${encodeURIComponent(routeId)}` : path;
      this.log.mark();
      const res = await send(this.server.url, url, { cookie, body: body.body, contentType: body.contentType });
      const name = `POST ${url}${intent ? ` (${intent})` : ""} [${label}]`;
      this.check(name, res, { signedIn: !!cookie, api: false, form: opts.data ? undefined : { spec, kept: opts.kept ?? [] } });
      return res;
    };
    const encode = (pairs: Pair[]) => (spec.multipart ? multipart(pairs) : { body: urlEncoded(pairs), contentType: "application/x-www-form-urlencoded" });
    /** What the person typed (text with a space) in fields other than `except`: it must come back. */
    const keptOf = (pairs: Pair[], except: string) =>
      pairs.filter(([k, v]) => k !== except && typeof v === "string" && v.includes(" ") && !/password/i.test(k)).map(([, v]) => v as string);

    let n = 0;
    for (const [rawName, fieldSchema] of Object.entries(shape)) {
      if (rawName === "intent") continue;
      const name = rename(rawName);
      // The first bad value of each field as a document (the page is rendered), the rest as data requests (cheaper, same action).
      let i = 0;
      for (const bad of sample(badValuesFor(rawName, fieldSchema, undefined), n++)) {
        const pairs = (await validPairs()).filter(([k]) => k !== name);
        const sent = [...pairs, ...bad.values.map((v) => [name, v] as Pair)];
        await post(`${name}: ${bad.label}`, encode(sent), { kept: keptOf(pairs, name), data: i++ > 0 });
      }
    }
    // The whole body at once.
    const valid = await validPairs();
    const firstText = Object.keys(shape).find((k) => k !== "intent" && baseIsString(shape[k]!)) ?? "unused";
    await post("every field twice", encode((await validPairs()).flatMap((p) => [p, p])), { data: true });
    await post("nothing at all", encode(intent ? [["intent", intent]] : []));
    await post("10,000 fields", encode([...valid.filter(([k]) => k === "intent"), ...Array.from({ length: 10_000 }, (_, i) => [`f${i}`, "x"] as Pair)]), { data: true });
    await post("a text part over 200 KB", encode([...(await validPairs()).filter(([k]) => k !== rename(firstText)), [rename(firstText), "Đ".repeat(110_000)]]), { kept: keptOf(valid, rename(firstText)) });
    const mp = multipart(await validPairs(), [{ name: "files", fileName: "Biên bản; họp tổ.pdf", type: "application/pdf", bytes: tinyPdf }]);
    if (spec.multipart) await post("a file named with a semicolon", mp, { kept: keptOf(valid, "") });
    const full = multipart(await validPairs());
    await post("truncated multipart", { body: full.body.subarray(0, Math.floor(full.body.length * 0.6)), contentType: full.contentType });
    await post("multipart without a boundary", { body: full.body, contentType: "multipart/form-data" }, { data: true });
    await post("multipart with the wrong boundary", { body: full.body, contentType: "multipart/form-data; boundary=nope" }, { data: true });
    await post("broken percent-encoding", { body: Buffer.from("a=%ZZ&b=%E0%A4%A&%=1", "latin1"), contentType: "application/x-www-form-urlencoded" }, { data: true });
    await post("a JSON body", { body: Buffer.from(JSON.stringify(Object.fromEntries(valid.map(([k, v]) => [k, typeof v === "string" ? v : ""])))), contentType: "application/json" }, { data: true });
    await post("no content type", { body: urlEncoded(valid), contentType: null }, { data: true });
    await post("a multipart body labelled url-encoded", { body: full.body, contentType: "application/x-www-form-urlencoded" }, { data: true });
    // Last, as it may succeed and change the record: unexpected and prototype-polluting names.
    await post("extra and prototype-polluting fields", encode([...(await validPairs()), ["unexpected", "1"], ["__proto__[polluted]", "1"], ["constructor.prototype.polluted", "1"], ["a.b[0].c", "x"]]), { data: true });
  }
}

function baseIsString(schema: z.ZodTypeAny): boolean {
  let t: z.ZodTypeAny = schema;
  while (t instanceof z.ZodOptional || t instanceof z.ZodDefault || t instanceof z.ZodEffects) t = t instanceof z.ZodEffects ? t._def.schema : t._def.innerType;
  return t instanceof z.ZodString;
}

function pairsOf(fields: Fields): Pair[] {
  return Object.entries(fields).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x] as Pair) : [[k, v] as Pair]));
}

function query(pairs: Pair[]): string {
  return `?${urlEncoded(pairs).toString("latin1")}`;
}

/**
 * The values that find bugs (dates, numbers, choices, cursors, lengths) are
 * all sent; of the ones every field gets (missing, empty, NUL, bad UTF-8…),
 * each field takes three in turn, so every kind is tried on every form
 * without multiplying the requests.
 */
const common = new Set(["missing", "empty", "blank", "NUL", "bad UTF-8", "sent twice", "control characters and CR/LF", "right-to-left override and emoji", "markup", "path traversal", "SQL"]);
function sample(values: BadValue[], n: number): BadValue[] {
  const specific = values.filter((v) => !common.has(v.label));
  const shared = values.filter((v) => common.has(v.label));
  const picked = [0, 1, 2].map((i) => shared[(n * 3 + i) % shared.length]).filter((v): v is BadValue => !!v);
  return [...specific, ...new Set(picked)];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}

export type { Value };
