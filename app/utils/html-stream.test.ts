import { PassThrough } from "node:stream";
import { createElement } from "react";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { withoutNulBytes } from "./html-stream.server";

function stream(element: ReturnType<typeof createElement>, clean: boolean): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    out.on("end", () => resolve(Buffer.concat(chunks)));
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
});
