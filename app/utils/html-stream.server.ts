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
    stream.push(whole.includes(0) ? whole.filter((byte) => byte !== 0) : whole);
  }
  return Object.assign(stream, { flush: release });
}
