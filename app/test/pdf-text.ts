import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * The text of a PDF, page by page, as a reader's "copy text" would give it:
 * parsed by PDF.js (a dev dependency), so a test proves the file is a valid
 * PDF and that its Vietnamese text survives (ToUnicode maps of the embedded font).
 */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string; title: string | null }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    parts.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string } | undefined;
  await doc.destroy();
  return { pages: doc.numPages, text: parts.join("\n").normalize("NFC"), title: info?.Title ?? null };
}
