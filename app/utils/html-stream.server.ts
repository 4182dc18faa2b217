import { Transform, type TransformCallback } from "node:stream";

/**
 * React 18.3's streaming renderer (renderToPipeableStream) encodes text into
 * 2,048-byte views; when a multi-byte character does not fit at the end of a
 * view it still sends the whole view, unused bytes and all — NUL bytes in
 * the page (facebook/react#24985, #31134). Browsers show them as "��", and
 * Vietnamese text, two or three bytes a letter, hits it on most long pages.
 * A NUL is never valid in HTML, so dropping every NUL byte restores exactly
 * the bytes React meant to send.
 */
export function withoutNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      callback(null, chunk.includes(0) ? chunk.filter((byte) => byte !== 0) : chunk);
    },
  });
}
