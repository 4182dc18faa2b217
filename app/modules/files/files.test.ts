import { describe, expect, test } from "vitest";
import { checkUploads, uploadFromBytes } from "./files.server";

// Minimal real files: the first bytes are what decides, never the name.
const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4500000000049454e44ae426082", "hex");
const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const exe = Buffer.concat([Buffer.from("4d5a90000300000004000000ffff0000", "hex"), Buffer.alloc(200)]);

describe("evidence is checked by content", () => {
  test("a PNG and a PDF pass, whatever they are called; an .exe renamed .pdf does not", async () => {
    const { files, problems } = await checkUploads([
      await uploadFromBytes("ảnh hiện trường.png", png),
      await uploadFromBytes("bien-ban.pdf", pdf),
      await uploadFromBytes("hoa-don.pdf", exe),
      await uploadFromBytes("photo.jpg", pdf),
    ]);
    expect(files.map((f) => [f.fileName, f.mimeType])).toEqual([
      ["ảnh hiện trường.png", "image/png"],
      ["bien-ban.pdf", "application/pdf"],
      ["photo.jpg", "application/pdf"],
    ]);
    expect(problems).toEqual([{ fileName: "hoa-don.pdf", problem: "type-not-allowed" }]);
    expect(files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test("a file over the limit and a sixth file are refused by name", async () => {
    const six = await Promise.all(Array.from({ length: 6 }, (_, i) => uploadFromBytes(`p${i}.png`, png)));
    const { files, problems } = await checkUploads([{ name: "../../to.pdf", problem: "too-large" }, ...six]);
    expect(files).toHaveLength(5);
    expect(problems).toEqual([
      { fileName: "to.pdf", problem: "too-large" },
      { fileName: "p5.png", problem: "too-many" },
    ]);
  });

  test("files already attached count towards the five", async () => {
    const { files, problems } = await checkUploads([await uploadFromBytes("a.png", png), await uploadFromBytes("b.png", png)], 4);
    expect(files).toHaveLength(1);
    expect(problems).toEqual([{ fileName: "b.png", problem: "too-many" }]);
  });
});
