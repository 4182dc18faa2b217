import { Transform, type TransformCallback } from "node:stream";

/**
 * Between React's streaming renderer and the response:
 *
 * - React 18.3 (renderToPipeableStream) encodes text into 2,048-byte views;
 *   when a multi-byte character does not fit at the end of a view it still
 *   sends the whole view, unused bytes and all — NUL bytes in the page
 *   (facebook/react#24985, #31134). Browsers show them as "��", and
 *   Vietnamese text, two or three bytes a letter, hits it on most long pages.
 *   A NUL is never valid in HTML, so dropping every NUL byte restores exactly
 *   the bytes React meant to send.
 * - Those views arrive one by one: a 14 KB page is seven writes, each passed
 *   through the web stream Remix answers with and written to the socket on
 *   its own. React calls `flush()` on its destination when it has written
 *   everything it has ready (the shell, then each part that was waiting), so
 *   the views are held until then and sent as one piece: what streaming is
 *   for (the shell before slow parts) is kept, and a page without slow parts
 *   is one write.
 * - React ends it twice (see below); the second time is not passed on.
 */
export function withoutNulBytes(): Transform & { flush(): void } {
  const held: Buffer[] = [];
  const stream = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      held.push(chunk);
      callback();
    },
    flush(callback: TransformCallback) {
      release();
      callback();
    },
  });
  function release() {
    if (!held.length) return;
    const whole = held.length === 1 ? held[0]! : Buffer.concat(held);
    held.length = 0;
    stream.push(withoutNul(whole));
  }
  // React ends its destination when the page is done and again, with nothing to write or call back,
  // from its 'close' handler, after 'finish'. Node answers that second end() by building an
  // ERR_STREAM_ALREADY_FINISHED, stack trace and all (~1 % of a page's CPU), only to drop it: that one
  // call is skipped here. Any other end() (a chunk, a callback, before 'finish') is Node's as ever.
  const end = stream.end;
  stream.end = function (this: Transform, ...args: unknown[]) {
    if (this.writableFinished && args.every((a) => a === undefined)) return this;
    return (end as (...a: unknown[]) => Transform).apply(this, args);
  } as Transform["end"];
  return Object.assign(stream, { flush: release });
}

/**
 * The bytes without their NULs, copied a run at a time: a page of Vietnamese
 * text has a NUL every few views, and a byte-by-byte filter cost 15 % of the
 * inbox's server time.
 */
export function withoutNul(bytes: Uint8Array): Uint8Array {
  let nul = bytes.indexOf(0);
  if (nul < 0) return bytes;
  const runs: Uint8Array[] = [];
  let start = 0;
  while (nul >= 0) {
    if (nul > start) runs.push(bytes.subarray(start, nul));
    start = nul + 1;
    nul = bytes.indexOf(0, start);
  }
  if (start < bytes.length) runs.push(bytes.subarray(start));
  return Buffer.concat(runs);
}
