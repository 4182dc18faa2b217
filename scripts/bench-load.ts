/**
 * The bench's load generator: wrk (Debian's `wrk`, written in C) when it is
 * installed, else autocannon. BENCH_LOAD=wrk|autocannon chooses.
 *
 * The load generator shares the machine's two cores with the server it
 * measures. On the bare page, autocannon (Node) took 22 % of a core at
 * ~875 req/s and wrk 5 % at ~917; with two workers, 28 % against 11 %, and
 * two workers gave the bare page 1.57× one worker's throughput under
 * autocannon and 1.78× under wrk. The faster a page, the more of the cores
 * the generator takes from it, so a heavy one understates fast pages most.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";

export type Load = {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  /** Each request from its own client address (X-Forwarded-For, for a page limited per address). */
  fromManyAddresses: boolean;
};
export type LoadResult = { requests: number; rps: number; p50: number; p99: number; errors: number };

const wrkPath = ["/usr/bin/wrk", "/usr/local/bin/wrk"].find((p) => existsSync(p));
const chosen = process.env.BENCH_LOAD;
if (chosen && chosen !== "wrk" && chosen !== "autocannon") throw new Error(`BENCH_LOAD is wrk or autocannon, not ${chosen}`);
if (chosen === "wrk" && !wrkPath) throw new Error("BENCH_LOAD=wrk, but wrk is not installed (apt-get install wrk)");
export const loadGenerator: "wrk" | "autocannon" = chosen === "autocannon" || !wrkPath ? "autocannon" : "wrk";

export function load(options: Load): Promise<LoadResult> {
  return loadGenerator === "wrk" ? withWrk(options) : withAutocannon(options);
}

async function withAutocannon({ url, connections, seconds, headers, fromManyAddresses }: Load): Promise<LoadResult> {
  let address = 0;
  const requests = fromManyAddresses
    ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, headers: { ...request.headers, "x-forwarded-for": clientAddress(++address) } }) }]
    : undefined;
  const result = await autocannon({ url, connections, duration: seconds, headers, requests });
  return { requests: result.requests.total, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors };
}

/** A Lua 5.1 string literal: quotes and backslashes escaped, every byte outside printable ASCII as \ddd (three digits, so a digit after it is not read into it). */
function luaString(text: string) {
  let out = '"';
  for (const byte of Buffer.from(text, "utf8")) {
    const c = String.fromCharCode(byte);
    out += c === '"' || c === "\\" ? `\\${c}` : byte < 0x20 || byte > 0x7e ? `\\${String(byte).padStart(3, "0")}` : c;
  }
  return out + '"';
}

function clientAddress(n: number) {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/**
 * wrk with one thread (enough for a few thousand requests a second) and a Lua
 * script (LuaJIT: Lua 5.1, no bit operators) that sets the headers and prints
 * the figures as JSON. Its `request` hook, which formats each request anew, is
 * only there for many addresses; otherwise wrk formats the request once. A 4xx
 * or 5xx answer counts as an error (a redirect does not: `measure` checks the
 * page's first answer); a request gets 60 s (wrk's default of 2 s would count
 * a slow page's queue as timeouts).
 */
async function withWrk({ url, connections, seconds, headers, fromManyAddresses }: Load): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "lny-bench-wrk-"));
  const script = path.join(dir, "load.lua");
  const lines = Object.entries(headers).map(([name, value]) => `wrk.headers[${luaString(name)}] = ${luaString(value)}`);
  if (fromManyAddresses) {
    lines.push(
      "local n = 0",
      "request = function()",
      "  n = n + 1",
      '  wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)',
      "  return wrk.format()",
      "end",
    );
  }
  lines.push(
    "done = function(summary, latency)",
    "  local e = summary.errors",
    '  io.write(string.format("\\nBENCH-JSON {\\"requests\\":%d,\\"us\\":%d,\\"p50\\":%.3f,\\"p99\\":%.3f,\\"errors\\":%d}\\n",',
    "    summary.requests, summary.duration, latency:percentile(50) / 1000, latency:percentile(99) / 1000,",
    "    e.connect + e.read + e.write + e.status + e.timeout))",
    "end",
  );
  writeFileSync(script, lines.join("\n") + "\n");
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(wrkPath!, ["-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", "60s", "-s", script, url], { stdio: ["ignore", "pipe", "inherit"] });
      let text = "";
      child.stdout.on("data", (chunk) => (text += chunk));
      child.on("error", reject);
      // "close", not "exit": the output is read to its end first.
      child.on("close", (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}: ${text}`))));
    });
    const json = /BENCH-JSON (\{.*\})/.exec(out)?.[1];
    if (!json) throw new Error(`wrk printed no figures: ${out}`);
    const r = JSON.parse(json) as { requests: number; us: number; p50: number; p99: number; errors: number };
    const ms = (n: number) => Math.round(n * 10) / 10;
    return { requests: r.requests, rps: r.us > 0 ? r.requests / (r.us / 1e6) : 0, p50: ms(r.p50), p99: ms(r.p99), errors: r.errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
