import { unstable_parseMultipartFormData as remixParseMultipart, type UploadHandler } from "@remix-run/node";
import { describe, expect, test } from "vitest";
import { multipart, tinyPdf, urlEncoded } from "~/test/http/client";
import { maxTextPartBytes, parseForm, readForm } from "./form-data.server";

function post(body: Buffer, contentType: string | null) {
  return new Request("http://localhost/x", { method: "POST", body: new Uint8Array(body), headers: contentType ? { "Content-Type": contentType } : {} });
}

/** Collects the files a form carries, as the evidence handler does. */
function collector() {
  const files: { name: string; size: number }[] = [];
  const handler: UploadHandler = async ({ filename, data }) => {
    let size = 0;
    for await (const chunk of data) size += chunk.byteLength;
    files.push({ name: filename ?? "", size });
    return "";
  };
  return { files, handler };
}

const withSemicolon = () =>
  multipart([["title", "Biên bản họp tổ dân phố"]], [{ name: "files", fileName: "Biên bản; họp tổ.pdf", type: "application/pdf", bytes: tinyPdf }]);

describe("reading forms", () => {
  test("a file named with a semicolon (as phones and browsers send it) uploads with its name", async () => {
    const { body, contentType } = withSemicolon();
    const { files, handler } = collector();
    const { formData, problem } = await parseForm(post(body, contentType), { uploadHandler: handler, maxBytes: 1_000_000 });
    expect(problem).toBeNull();
    expect(formData.get("title")).toBe("Biên bản họp tổ dân phố");
    expect(files).toEqual([{ name: "Biên bản; họp tổ.pdf", size: tinyPdf.length }]);
  });

  test("Remix's own multipart parser refused that name (the 500 this replaces)", async () => {
    const { body, contentType } = withSemicolon();
    await expect(remixParseMultipart(post(body, contentType), collector().handler)).rejects.toThrow(/content-disposition/);
  });

  test("url-encoded and multipart text fields read alike, names sent twice kept twice", async () => {
    const pairs: [string, string][] = [["a", "Nguyễn Văn A"], ["b", "1"], ["b", "2"]];
    const mp = multipart(pairs);
    for (const [body, type] of [[urlEncoded(pairs), "application/x-www-form-urlencoded"], [mp.body, mp.contentType]] as const) {
      const { formData, problem } = await parseForm(post(body, type));
      expect(problem).toBeNull();
      expect(formData.get("a")).toBe("Nguyễn Văn A");
      expect(formData.getAll("b")).toEqual(["1", "2"]);
    }
  });

  test("a cut-off body keeps what arrived and says it is incomplete", async () => {
    const { body, contentType } = multipart([["first", "đã đến"], ["second", "x".repeat(5000)]]);
    const { formData, problem } = await parseForm(post(body.subarray(0, body.length - 2000), contentType));
    expect(problem).toBe("incomplete");
    expect(formData.get("first")).toBe("đã đến");
  });

  test("a text part over the limit is cut at it, so the form can say 'too long' and keep the rest", async () => {
    const { body, contentType } = multipart([["huge", "a".repeat(maxTextPartBytes + 50_000)], ["kept", "giữ lại"]]);
    const { formData, problem } = await parseForm(post(body, contentType));
    expect(problem).toBeNull();
    expect(String(formData.get("huge")).length).toBe(maxTextPartBytes);
    expect(formData.get("kept")).toBe("giữ lại");
  });

  test("what is not a form, or too much of one, is a 4xx and never a thrown error", async () => {
    const full = multipart([["a", "1"]]);
    const cases: [Buffer, string | null, number][] = [
      [full.body, "multipart/form-data", 415], // no boundary
      [Buffer.from('{"a":1}'), "application/json", 415],
      [Buffer.from("a=1"), null, 415],
      [urlEncoded(Array.from({ length: 5000 }, (_, i) => [`f${i}`, "x"] as [string, string])), "application/x-www-form-urlencoded", 413],
      [Buffer.alloc(1_100_000, 0x61), "application/x-www-form-urlencoded", 413],
    ];
    for (const [body, type, status] of cases) {
      const thrown = await readForm(post(body, type)).then(() => null, (e: unknown) => e);
      expect(thrown, `${type}`).toBeInstanceOf(Response);
      expect((thrown as Response).status, `${type}`).toBe(status);
    }
  });

  test("broken percent-encoding decodes leniently", async () => {
    const formData = await readForm(post(Buffer.from("a=%ZZ&b=%E0%A4%A&c=ok", "latin1"), "application/x-www-form-urlencoded"));
    expect(formData.get("c")).toBe("ok");
  });
});
