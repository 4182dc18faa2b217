import { PassThrough } from "node:stream";
import { createElement, Suspense } from "react";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import { withoutNul, withoutNulBytes } from "./html-stream.server";

function stream(element: ReturnType<typeof createElement>, clean: boolean, pieces: Buffer[] = []): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const out = new PassThrough();
    out.on("data", (c: Buffer) => pieces.push(c));
    out.on("end", () => resolve(Buffer.concat(pieces)));
    const { pipe } = renderToPipeableStream(element, {
      onAllReady() {
        if (clean) pipe(withoutNulBytes()).pipe(out);
        else pipe(out);
      },
      onError: reject,
    });
  });
}

describe("the streamed page", () => {
  // Vietnamese labels at every offset against React's 2,048-byte views.
  const pages = Array.from({ length: 24 }, (_, pad) =>
    createElement(
      "div",
      null,
      Array.from({ length: 60 }, (_, i) => createElement("p", { key: i, "aria-label": `Biểu đồ: Theo lĩnh vực. Số liệu ở bảng ngay dưới.${"x".repeat(pad)}` }, "Đã giải quyết đúng hạn")),
    ),
  );

  test("React alone puts NUL bytes into Vietnamese pages (the bug this works around)", async () => {
    const withNul = await Promise.all(pages.map((p) => stream(p, false)));
    expect(withNul.filter((html) => html.includes(0)).length).toBeGreaterThan(0);
  });

  test("through withoutNulBytes it is exactly what renderToString gives", async () => {
    for (const page of pages) {
      const html = (await stream(page, true)).toString("utf8");
      expect(html).toBe(renderToString(page));
    }
  });

  test("React's 2 KB views reach the response as one piece per flush, not one write each", async () => {
    const pieces: Buffer[] = [];
    const html = await stream(pages[0]!, true, pieces);
    expect(html.length).toBeGreaterThan(3 * 2048);
    expect(pieces.length).toBe(1);
    const raw: Buffer[] = [];
    await stream(pages[0]!, false, raw);
    expect(raw.length).toBeGreaterThan(3);
  });

  test("what React sends before it waits (the shell) goes out at once, the rest when it is ready", async () => {
    let release!: () => void;
    const later = new Promise<void>((resolve) => (release = resolve));
    let done = false;
    function Slow(): ReturnType<typeof createElement> {
      if (!done) throw later.then(() => (done = true));
      return createElement("p", null, "Đã giải quyết");
    }
    const page = createElement("main", null, createElement("h1", null, "Thống kê"), createElement(Suspense, { fallback: createElement("p", null, "…") }, createElement(Slow)));
    const out = new PassThrough();
    const pieces: string[] = [];
    const first = new Promise<void>((resolve) => out.once("data", () => resolve()));
    out.on("data", (c: Buffer) => pieces.push(c.toString("utf8")));
    const ended = new Promise<void>((resolve) => out.on("end", () => resolve()));
    const { pipe } = renderToPipeableStream(page, { onShellReady: () => pipe(withoutNulBytes()).pipe(out) });
    await first;
    expect(pieces.join("")).toContain("Thống kê");
    expect(pieces.join("")).not.toContain("Đã giải quyết");
    release();
    await ended;
    expect(pieces.join("")).toContain("Đã giải quyết");
  });
});

test("withoutNul drops every NUL, at the start, the end and in runs, and hands back bytes without one untouched", () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  expect(Buffer.from(withoutNul(bytes(0, 65, 0, 0, 66, 0)))).toEqual(Buffer.from([65, 66]));
  expect(withoutNul(bytes(0, 0)).length).toBe(0);
  const clean = Buffer.from("Đề nghị", "utf8");
  expect(withoutNul(clean)).toBe(clean);
  const split = Buffer.concat([Buffer.from("Đề ngh"), Buffer.from([0]), Buffer.from("ị")]);
  expect(Buffer.from(withoutNul(split)).toString("utf8")).toBe("Đề nghị");
});

test("React's second end() (from its close handler, after the page is sent) is not passed on: Node would build an ERR_STREAM_ALREADY_FINISHED with its stack for each page only to drop it", async () => {
  const { Transform } = await import("node:stream");
  const ends: unknown[] = [];
  const original = Transform.prototype.end;
  const spy = vi.spyOn(Transform.prototype, "end").mockImplementation(function (this: InstanceType<typeof Transform>, ...args: unknown[]) {
    ends.push(this);
    return (original as (...a: unknown[]) => InstanceType<typeof Transform>).apply(this, args);
  });
  try {
    const middle = withoutNulBytes();
    const out = new PassThrough();
    out.resume();
    const closed = new Promise<void>((resolve) => middle.on("close", () => resolve()));
    const { pipe } = renderToPipeableStream(createElement("p", null, "Đã giải quyết"), { onAllReady: () => pipe(middle).pipe(out) });
    await closed;
    await new Promise((resolve) => setImmediate(resolve));
    expect(ends.filter((s) => s === middle).length).toBe(1);
    // Any other late end() is Node's: a callback hears that the stream has finished.
    const late = await new Promise<Error | null | undefined>((resolve) => middle.end(resolve));
    expect(late).toMatchObject({ code: "ERR_STREAM_ALREADY_FINISHED" });
  } finally {
    spy.mockRestore();
  }
});
