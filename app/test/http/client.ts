import { randomBytes } from "node:crypto";
import type { Value } from "./bad-values";

/** A form as sent on the wire: ordered pairs (a name may repeat), values may be raw bytes, files optional. */
export type Pair = [name: string, value: Value];
export type FilePart = { name: string; fileName: string; type: string; bytes: Buffer };

function bytesOf(v: Value): Buffer {
  return typeof v === "string" ? Buffer.from(v, "utf8") : v.bytes;
}

export function urlEncoded(pairs: Pair[]): Buffer {
  const enc = (v: Value) => [...bytesOf(v)].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`)).join("");
  return Buffer.from(pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join("&"), "latin1");
}

/**
 * A multipart body written by hand, so a test can send what browsers send
 * (raw UTF-8 in quoted file names, `;` included) and what they never would.
 */
export function multipart(pairs: Pair[], files: FilePart[] = [], boundary = `----lny${randomBytes(8).toString("hex")}`): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  for (const [name, value] of pairs) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`, "utf8"), bytesOf(value), Buffer.from("\r\n"));
  }
  for (const f of files) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.fileName}"\r\nContent-Type: ${f.type}\r\n\r\n`, "utf8"),
      f.bytes,
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The smallest PDF file-type recognises. */
export const tinyPdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "latin1");

export type Sent = { status: number; headers: Headers; text: string; ms: number };

export type SendOptions = {
  method?: string;
  cookie?: string;
  body?: Buffer | string;
  contentType?: string | null;
  headers?: Record<string, string>;
  /** The address the request appears to come from (the server trusts one proxy hop in tests). */
  from?: string;
};

export async function send(baseUrl: string, path: string, options: SendOptions = {}): Promise<Sent> {
  const method = options.method ?? (options.body === undefined ? "GET" : "POST");
  const headers: Record<string, string> = {
    "X-Forwarded-For": options.from ?? `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
    "Accept-Language": "vi",
    ...(options.cookie ? { Cookie: options.cookie } : {}),
    ...(method !== "GET" && method !== "HEAD" ? { Origin: baseUrl } : {}),
    ...(options.contentType ? { "Content-Type": options.contentType } : {}),
    ...options.headers,
  };
  // A header given as "" is left out (a request without Origin, say).
  for (const [name, value] of Object.entries(headers)) if (value === "") delete headers[name];
  const started = Date.now();
  const body = options.body === undefined ? undefined : new Uint8Array(typeof options.body === "string" ? Buffer.from(options.body) : options.body);
  try {
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body, redirect: "manual" });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, ms: Date.now() - started };
  } catch (error) {
    // The server dropped the connection: as bad as a 500 (status 599 stands for it).
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return { status: 599, headers: new Headers(), text: `connection dropped: ${cause}`, ms: Date.now() - started };
  }
}
