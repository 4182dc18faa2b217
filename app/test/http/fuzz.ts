import { decode } from "turbo-stream";
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
export type Failure = { kind: "5xx" | "wrote on refusal" | "error not on form" | "form not kept" | "cacheable" | "api not json" | "message not translated"; request: string; detail: string };

/** Writes a refusal may make: counting attempts, and files kept for a form sent back. */
const allowedOnRefusal = [/^RateLimit:/, /^Attachment:I:pending$/, /^LoginChallenge:/, /^OutboxEmail:I$/, /^PendingRegistration:/];
const errorMarker = /class="(field-errors|form-errors)"|role="alert"/;
/** zod's own English, or a catalogue key left untranslated, inside an error shown on a page. */
const rawMessage = /class="(?:field-errors|form-errors)"[^>]*>(?:(?!<\/(?:ul|div)>)[\s\S])*?(String must|Number must|Expected [a-z]+|Invalid (?:enum|input|literal|type|date)|Required<|>[a-zA-Z]+\.[a-zA-Z.-]+(?:\?[^<]*)?<)/;
/** Responses that may be cached because they are the same for everyone. */
const publicRoutes = /^\/(api\/|open311\/|calendar\.ics|healthz|i18n\/)/;

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
    const cookies = [surface.as === "anonymous" ? null : this.world.cookies[surface.as], surface.cookie?.(this.world) ?? null].filter(Boolean);
    return cookies.length ? cookies.join("; ") : undefined;
  }

  private fail(kind: Failure["kind"], request: string, detail: string) {
    this.failures.push({ kind, request, detail: detail.slice(0, 300) });
  }

  private async check(request: string, res: Sent, opts: { form?: { spec: ActionSpec; kept: string[]; field: string | null; visible: Set<string> | null; brokenBody?: boolean; stillOffered: () => Promise<boolean> }; signedIn: boolean; api: boolean; parallel?: boolean }) {
    this.requests++;
    if (res.ms > this.slowest.ms) this.slowest = { ms: res.ms, request };
    // Loaders run several at once: what they wrote is checked once, after all of them (loadersWroteNothing).
    const writes = opts.parallel ? [] : this.log.since();
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
    const raw = rawMessage.exec(res.text);
    if (raw) this.fail("message not translated", request, raw[1]!);
    if (opts.api && res.status >= 400 && res.status < 500 && !(res.headers.get("content-type") ?? "").includes("json")) {
      this.fail("api not json", request, `${res.status} ${res.headers.get("content-type")}`);
    }
    const form = opts.form;
    // A body that is not a form at all may get the error page ("the form did not arrive whole") — except on forms with files, which keep what arrived.
    const errorPageWillDo = form?.brokenBody && !form.spec.multipart && /class="error-page"|^\{"message":"/.test(res.text);
    // Checked on the form the page shows (none: the page does not offer it now), for a field the person sees.
    const onForm = form && form.visible && (form.field === null || form.visible.has(form.field));
    if (form && onForm && !errorPageWillDo && form.spec.errorsOnForm !== false && [400, 409, 422, 429].includes(res.status) && (await form.stillOffered())) {
      // A document shows the error in the page; a data request (<page>.data) returns the action's reply, which the page renders.
      const data = isDataUrl(path);
      const shown = data ? /"(error|formErrors|errors)"\s*:\s*[{\[]/.test(res.text) && !/"message"\s*:\s*"bad-request"/.test(res.text) : errorMarker.test(res.text);
      if (!shown) this.fail("error not on form", request, `${res.status}: no error shown`);
      else {
        const lost = form.kept.filter((v) => !res.text.includes(data ? JSON.stringify(v).slice(1, -1) : escapeHtml(v)));
        if (lost.length) this.fail("form not kept", request, `${res.status}: lost ${lost.map((v) => JSON.stringify(v.slice(0, 30))).join(", ")}`);
      }
    }
  }

  // ─────────────────────────────── loaders

  /** The GET requests for one route's loader (bad query values, bad path parameters), to be run by runLoaders. */
  loaderRequests(routeId: string, surface: Surface): (() => Promise<void>)[] {
    if (!surface.path) return [];
    const path = surface.path(this.world);
    const cookie = this.cookieFor(surface);
    const api = /^\/(api|open311)\//.test(path);
    const get = (search: string, label: string, data = false) => async () => {
      const url = data ? dataUrl(`${path}${search}`) : `${path}${search}`;
      const res = await send(this.server.url, url, { cookie });
      // A data request answers in turbo-stream whatever the route, an API's included: its "api not json" check is for documents.
      await this.check(`GET ${url.slice(0, 200)} [${label}]`, data ? await decoded(res) : res, { signedIn: !!cookie, api: api && !data, parallel: true });
    };
    const requests = [get("", "plain"), get("", "data request", true)];
    if (surface.query) {
      const shape = objectShape(surface.query);
      const names = Object.keys(shape);
      let n = 0;
      for (const name of names) {
        for (const bad of sample(badValuesFor(name, shape[name]!, undefined), n++)) {
          requests.push(get(query(bad.values.map((v) => [name, v] as Pair)), `${name}: ${bad.label}`));
        }
      }
      requests.push(get(query([["zzz", "1"]]), "unknown parameter"));
      requests.push(get(query(names.flatMap((name) => [[name, "1"], [name, "2"]] as Pair[])), "every parameter twice"));
    }
    if (surface.param) {
      const base = path.slice(0, path.lastIndexOf("/") + 1);
      const suffix = routeId.endsWith("requests.$id") ? ".json" : "";
      for (const bad of badPathParams) {
        requests.push(async () => {
          const res = await send(this.server.url, `${base}${bad}${suffix}`, { cookie });
          await this.check(`GET ${base}${bad.slice(0, 40)}${suffix} [${surface.param}]`, res, { signedIn: !!cookie, api, parallel: true });
        });
      }
    }
    return requests;
  }

  /** Runs GET requests `concurrency` at a time, then checks they wrote nothing but attempt counters (and audit rows, for loaders that log their reads). */
  async runLoaders(requests: (() => Promise<void>)[], { concurrency = 4, auditsReads = false } = {}) {
    this.log.mark();
    let next = 0;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < requests.length) await requests[next++]!();
    }));
    const unexpected = this.log.since().filter((w) => !/^RateLimit:/.test(w) && !(auditsReads && w === "AuditLog:I"));
    if (unexpected.length) this.fail("wrote on refusal", `${requests.length} GET requests`, `a loader wrote: ${[...new Set(unexpected)].join(", ")}`);
  }

  // ─────────────────────────────── actions

  /** The fields of this intent's form as the page shows it now, or null when the page does not offer the form. */
  private async visibleFields(path: string, routeId: string, intent: string, cookie: string | undefined): Promise<Set<string> | null> {
    const page = await send(this.server.url, path, { cookie });
    const forms = formsOf(page.text).filter(([i]) => i === intent);
    if (!forms.length) return null;
    return new Set(forms.flatMap(([, fields]) => [...fields]));
  }

  async action(routeId: string, surface: Surface, intent: string, spec: ActionSpec) {
    const cookie = this.cookieFor(surface);
    const path = actionPath(routeId, intent, this.world) ?? surface.path!(this.world);
    const shape = objectShape(spec.schema);
    const rename = (name: string) => name.replace("ITEM", this.world.agendaItemId);
    const validPairs = async (): Promise<Pair[]> => pairsOf(await spec.valid(this.world)).map(([k, v]) => [rename(k), v]);
    const visible = await this.visibleFields(path, routeId, intent, cookie);
    const post = async (label: string, body: { body: Buffer; contentType: string | null }, opts: { data?: boolean; kept?: string[]; field?: string; brokenBody?: boolean } = {}) => {
      const url = opts.data ? dataUrl(path) : path;
      this.log.mark();
      const sent = await send(this.server.url, url, { cookie, body: body.body, contentType: body.contentType });
      const res = opts.data ? await decoded(sent) : sent;
      const name = `POST ${url}${intent ? ` (${intent})` : ""} [${label}]`;
      // An earlier request may have moved the record on (the form is then gone from the page): asked only when an error seems missing.
      const stillOffered = async () => (await this.visibleFields(path, routeId, intent, cookie)) !== null;
      await this.check(name, res, { signedIn: !!cookie, api: false, form: { spec, kept: opts.kept ?? [], field: opts.field ?? null, visible, brokenBody: opts.brokenBody, stillOffered } });
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
        await post(`${name}: ${bad.label}`, encode(sent), { kept: keptOf(pairs, name), data: i++ > 0, field: name });
      }
    }
    // The whole body at once.
    const valid = await validPairs();
    const texts = Object.keys(shape).filter((k) => k !== "intent" && baseIsString(shape[k]!)).map(rename);
    const firstText = texts.find((k) => visible?.has(k)) ?? texts[0] ?? "unused";
    await post("every field twice", encode((await validPairs()).flatMap((p) => [p, p])), { data: true });
    // An empty form as a person sends it: what they see left blank, the hidden fields as the page put them.
    await post("nothing at all", encode(valid.filter(([k]) => k === "intent" || (visible ? !visible.has(k) : false))));
    await post("10,000 fields", encode([...valid.filter(([k]) => k === "intent"), ...Array.from({ length: 10_000 }, (_, i) => [`f${i}`, "x"] as Pair)]), { data: true });
    const rest = (await validPairs()).filter(([k]) => k !== firstText);
    await post("a text part over 200 KB", encode([...rest, [firstText, "Đ".repeat(110_000)]]), { kept: keptOf(rest, firstText), field: firstText });
    const withFile = await validPairs();
    const mp = multipart(withFile, [{ name: "files", fileName: "Biên bản; họp tổ.pdf", type: "application/pdf", bytes: tinyPdf }]);
    if (spec.multipart) await post("a file named with a semicolon", mp, { kept: keptOf(withFile, "") });
    const full = multipart(await validPairs());
    await post("truncated multipart", { body: full.body.subarray(0, Math.floor(full.body.length * 0.6)), contentType: full.contentType }, { brokenBody: true });
    await post("multipart without a boundary", { body: full.body, contentType: "multipart/form-data" }, { data: true, brokenBody: true });
    await post("multipart with the wrong boundary", { body: full.body, contentType: "multipart/form-data; boundary=nope" }, { data: true, brokenBody: true });
    await post("broken percent-encoding", { body: Buffer.from("a=%ZZ&b=%E0%A4%A&%=1", "latin1"), contentType: "application/x-www-form-urlencoded" }, { data: true, brokenBody: true });
    await post("a JSON body", { body: Buffer.from(JSON.stringify(Object.fromEntries(valid.map(([k, v]) => [k, typeof v === "string" ? v : ""])))), contentType: "application/json" }, { data: true, brokenBody: true });
    await post("no content type", { body: urlEncoded(valid), contentType: null }, { data: true, brokenBody: true });
    await post("a multipart body labelled url-encoded", { body: full.body, contentType: "application/x-www-form-urlencoded" }, { data: true, brokenBody: true });
    // Unexpected and prototype-polluting names, on a form missing its first field (so it is refused and changes nothing).
    const polluted = (await validPairs()).filter(([k]) => k !== firstText);
    await post("extra and prototype-polluting fields", encode([...polluted, ["unexpected", "1"], ["__proto__[polluted]", "1"], ["constructor.prototype.polluted", "1"], ["a.b[0].c", "x"]]), { data: true });
  }
}

/** The post forms of a page as [intent or "", names of the fields a person sees (not hidden, not the honeypot)]. */
export function formsOf(html: string): [string, Set<string>][] {
  return [...html.matchAll(/<form\b[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/gi)].map((m) => {
    const body = m[1]!;
    const intent = /<input[^>]*name="intent"[^>]*value="([^"]*)"|<input[^>]*value="([^"]*)"[^>]*name="intent"|<button[^>]*name="intent"[^>]*value="([^"]*)"/.exec(body);
    const visible = new Set(
      [...body.matchAll(/<(input|select|textarea)\b([^>]*)>/gi)]
        .filter(([, , attrs]) => !/type="hidden"/.test(attrs!))
        .map(([, , attrs]) => /name="([^"]+)"/.exec(attrs!)?.[1])
        .filter((n): n is string => !!n && n !== "ln_website"),
    );
    return [intent?.[1] ?? intent?.[2] ?? intent?.[3] ?? "", visible];
  });
}

function baseIsString(schema: z.ZodTypeAny): boolean {
  let t: z.ZodTypeAny = schema;
  while (t instanceof z.ZodOptional || t instanceof z.ZodDefault || t instanceof z.ZodEffects) t = t instanceof z.ZodEffects ? t._def.schema : t._def.innerType;
  return t instanceof z.ZodString;
}

function pairsOf(fields: Fields): Pair[] {
  return Object.entries(fields).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x] as Pair) : [[k, v] as Pair]));
}

/**
 * The address single fetch asks for a page's data: `<path>.data` (`/_root.data` for the home page),
 * the query kept (`?index` picks an index route's action), as Remix's browser code builds it.
 */
export function dataUrl(pathAndQuery: string): string {
  const at = pathAndQuery.search(/[?#]/);
  const [pathname, rest] = at < 0 ? [pathAndQuery, ""] : [pathAndQuery.slice(0, at), pathAndQuery.slice(at)];
  return `${pathname === "/" ? "/_root" : pathname.replace(/\/$/, "")}.data${rest}`;
}

function isDataUrl(pathAndQuery: string): boolean {
  return /\.data(?:[?#]|$)/.test(pathAndQuery);
}

/**
 * A data request's answer as the checks read it: the turbo-stream body decoded and written out as
 * JSON, reduced to what the page gets — an action's reply (`data`), or what it threw (`error`), as the
 * old `?_data=` protocol sent them; a loader's answer per route. A body that does not decode stays as
 * it came (a refusal before Remix, in text or JSON).
 */
export async function decoded(res: Sent): Promise<Sent> {
  if (!(res.headers.get("content-type") ?? "").includes("text/x-script")) return res;
  try {
    const stream = await decode(new Response(res.text).body!, {
      plugins: [
        (type: string, ...values: unknown[]) => {
          if (type === "ErrorResponse") return { value: { status: values[1], statusText: values[2], data: values[0] } };
          if (type === "SanitizedError") return { value: { name: values[0], message: values[1] } };
          if (type === "SingleFetchRedirect") return { value: { redirect: values[0] } };
          if (type === "SingleFetchClassInstance") return { value: values[0] };
          if (type === "SingleFetchFallback") return { value: undefined };
          return undefined;
        },
      ],
    });
    await stream.done;
    const value = stream.value as { data?: unknown; error?: unknown } | null;
    const reply = value && typeof value === "object" && ("data" in value || "error" in value) ? (value.error !== undefined ? errorBody(value.error) : value.data) : value;
    return { ...res, text: JSON.stringify(reply ?? null) };
  } catch (error) {
    return { ...res, text: `undecodable turbo-stream (${String(error)}): ${res.text}` };
  }
}

/** What a thrown refusal carried (its message), as the old protocol's body was: the page's error boundary shows it, not the form. */
function errorBody(error: unknown): unknown {
  return error && typeof error === "object" && "data" in error ? (error as { data: unknown }).data : error;
}

function query(pairs: Pair[]): string {
  return `?${urlEncoded(pairs).toString("latin1")}`;
}

/**
 * The values that find bugs (dates, numbers, choices, cursors, lengths) are
 * all sent; of the ones every field gets (missing, empty, NUL, bad UTF-8…),
 * each field takes two in turn, so every kind is tried on every form
 * without multiplying the requests.
 */
const common = new Set(["missing", "empty", "blank", "NUL", "bad UTF-8", "sent twice", "control characters and CR/LF", "right-to-left override and emoji", "markup", "path traversal", "SQL"]);
function sample(values: BadValue[], n: number): BadValue[] {
  const specific = values.filter((v) => !common.has(v.label));
  const shared = values.filter((v) => common.has(v.label));
  const picked = [0, 1].map((i) => shared[(n * 2 + i) % shared.length]).filter((v): v is BadValue => !!v);
  return [...specific, ...new Set(picked)];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}

export type { Value };
