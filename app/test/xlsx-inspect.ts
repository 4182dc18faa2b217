/**
 * Reads back what a form's XLSX holds, for the tests (unit and e2e): the
 * merged ranges and the cells' text of the first sheet. An XLSX is a zip of
 * XML parts; only the two parts needed are read.
 */
import { strFromU8, unzipSync } from "fflate";

export type SheetContent = { merges: string[]; cells: Map<string, string> };

const decode = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, "&");

export function inspectXlsx(file: Uint8Array): SheetContent {
  const parts = unzipSync(file);
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]!);
  const sharedXml = parts["xl/sharedStrings.xml"] ? strFromU8(parts["xl/sharedStrings.xml"]) : "";
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => decode([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")));
  const merges = [...sheet.matchAll(/<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"\s*\/>/g)].map((m) => m[1]!);
  const cells = new Map<string, string>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attrs, body] = m;
    if (!body) continue;
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const inline = /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
    const value = / t="s"/.test(attrs ?? "") && v !== undefined ? shared[Number(v)] : (inline !== undefined ? decode(inline) : v);
    if (value !== undefined) cells.set(ref!, value);
  }
  return { merges, cells };
}

/** "A1" style reference of a 0-based row and column. */
export function ref(row: number, col: number): string {
  let name = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row + 1}`;
}
