import { Readable } from "node:stream";
import type { UploadHandler } from "@remix-run/node";
import busboy from "busboy";
import { json } from "@remix-run/node";

/**
 * Reading form bodies, for every action. The platform's `request.formData()`
 * throws on anything unusual (no content type, a truncated or boundary-less
 * multipart body) and Remix's multipart parser rejects the unescaped `;` that
 * browsers leave in quoted file names ("Biên bản; họp tổ.pdf"), so a citizen
 * lost the form to a 500. busboy parses what browsers send (quoted names with
 * `;`, raw UTF-8 in them) and stops at the limits below; what it cannot parse
 * is a 4xx with a reason, never a 500.
 */

/** A text field longer than this is cut here: zod then says "too long" next to it, and the rest of the form is kept. */
export const maxTextPartBytes = 200 * 1024;
/** A form without files (url-encoded, or multipart with only text). */
export const maxFormBytes = 1024 * 1024;
/** A form with evidence: 5 files of 10 MB and the text. The server refuses larger bodies up front. */
export const maxUploadBytes = 60 * 1024 * 1024;
const maxFields = 1000;

export type BodyProblem = "incomplete" | "too-large" | "unsupported";

export type ParsedForm = { formData: FormData; problem: BodyProblem | null };

const statusOf: Record<BodyProblem, number> = { incomplete: 400, "too-large": 413, unsupported: 415 };

/** The 4xx a route throws for a body it cannot read (the error page names the reason). */
export function bodyProblemResponse(problem: BodyProblem): Response {
  return json({ message: `form-${problem}` }, { status: statusOf[problem], headers: { "Cache-Control": "private, no-store" } });
}

export function isFormContentType(contentType: string | null): boolean {
  return /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(contentType ?? "");
}

/**
 * Parses a url-encoded or multipart body. File parts go to `uploadHandler`
 * (drained and dropped without one). Never throws for a bad body: the fields
 * read so far come back with the problem.
 */
export async function parseForm(request: Request, options: { uploadHandler?: UploadHandler; maxBytes?: number } = {}): Promise<ParsedForm> {
  const formData = new FormData();
  const contentType = request.headers.get("Content-Type");
  if (!isFormContentType(contentType) || !request.body) {
    return { formData, problem: isFormContentType(contentType) ? null : "unsupported" };
  }
  const maxBytes = options.maxBytes ?? maxFormBytes;
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > maxBytes) return { formData, problem: "too-large" };
  if (/^application\/x-www-form-urlencoded/i.test(contentType ?? "")) return parseUrlEncoded(request, Math.min(maxBytes, maxFormBytes));

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType ?? "" },
      // Browsers send file names as raw UTF-8 inside the quotes.
      defParamCharset: "utf8",
      limits: { fieldSize: maxTextPartBytes, fields: maxFields, parts: maxFields + 20, fileSize: maxBytes, files: 20 },
    });
  } catch {
    return { formData, problem: "unsupported" }; // e.g. multipart without a boundary
  }

  return new Promise<ParsedForm>((resolve) => {
    let problem: BodyProblem | null = null;
    const uploads: Promise<void>[] = [];
    let received = 0;
    const source = Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>);
    let settled = false;
    const finish = async () => {
      if (settled) return;
      settled = true;
      const found = problem;
      // The rest of the body is read and dropped, not cut: destroying the stream would
      // reset the connection before the answer (the browser would show a network error).
      source.unpipe(parser);
      source.resume();
      // A file part cut off by the end of the body fails its handler: the form is incomplete.
      const results = await Promise.allSettled(uploads);
      resolve({ formData, problem: found ?? (results.some((r) => r.status === "rejected") ? "incomplete" : null) });
    };
    const stop = (why: BodyProblem) => {
      if (settled) return;
      problem ??= why;
      void finish();
    };

    parser.on("field", (name, value) => {
      if (!settled) formData.append(name, value);
    });
    parser.on("file", (name, stream, info) => {
      const handler = options.uploadHandler;
      if (!handler || !info.filename) {
        stream.resume(); // a file this form does not take, or an empty file input
        return;
      }
      uploads.push(
        (async () => {
          const value = await handler({ name, filename: info.filename, contentType: info.mimeType, data: stream as unknown as AsyncIterable<Uint8Array> });
          if (value !== undefined && value !== null && !settled) formData.append(name, value);
        })(),
      );
    });
    parser.on("fieldsLimit", () => stop("too-large"));
    parser.on("partsLimit", () => stop("too-large"));
    parser.on("filesLimit", () => stop("too-large"));
    parser.on("error", () => stop("incomplete"));
    parser.on("close", () => void finish());
    source.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) stop("too-large");
      // A body without a length that goes on and on: stop reading it at all.
      if (received > 2 * maxBytes) source.destroy();
    });
    source.on("error", () => stop("incomplete"));
    source.pipe(parser);
  });
}

/**
 * A url-encoded body, decoded as browsers encode it; a broken escape (`%ZZ`)
 * is kept as typed rather than refusing the form (busboy refuses it).
 */
async function parseUrlEncoded(request: Request, maxBytes: number): Promise<ParsedForm> {
  const formData = new FormData();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) return { formData, problem: "too-large" };
      chunks.push(chunk);
    }
  } catch {
    return { formData, problem: "incomplete" };
  }
  const params = new URLSearchParams(Buffer.concat(chunks).toString("utf8").replace(/%(?![0-9A-Fa-f]{2})/g, "%25"));
  let count = 0;
  for (const [name, value] of params) {
    if (++count > maxFields) return { formData, problem: "too-large" };
    formData.append(name, value.slice(0, maxTextPartBytes));
  }
  return { formData, problem: null };
}

/**
 * The fields of a form without files, for an action. A body that cannot be
 * read is refused with its 4xx (the page says the form did not arrive whole
 * and to send it again).
 */
export async function readForm(request: Request): Promise<FormData> {
  const { formData, problem } = await parseForm(request);
  if (problem) throw bodyProblemResponse(problem);
  return formData;
}
