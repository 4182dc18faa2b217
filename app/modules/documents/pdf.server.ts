import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import PDFDocument from "pdfkit";
import type { DocumentModel, RenderedBlock } from "./compose";

/**
 * The PDF of a document model: A4, the margins and type sizes of official
 * documents (Nghị định 30/2020/NĐ-CP: left 30 mm, right 20 mm, 13 pt), in Noto
 * Serif — a TrueType font shipped by an npm package (@expo-google-fonts/noto-serif)
 * that carries every Vietnamese letter; pdfkit embeds the subset it uses, so
 * the file prints and copies the same everywhere. Nothing is fetched at run time.
 */
const mm = 72 / 25.4;
const margins = { top: 20 * mm, bottom: 20 * mm, left: 30 * mm, right: 20 * mm };
const size = { body: 13, small: 11, footer: 8.5 };

type Fonts = { regular: Buffer; bold: Buffer; italic: Buffer; boldItalic: Buffer };
let fonts: Fonts | undefined;

/** Read once per process (immutable files, not state). */
function loadFonts(): Fonts {
  if (fonts) return fonts;
  const dir = dirname(createRequire(import.meta.url).resolve("@expo-google-fonts/noto-serif/package.json"));
  const file = (weight: string, name: string) => readFileSync(join(dir, weight, `NotoSerif_${name}.ttf`));
  fonts = {
    regular: file("400Regular", "400Regular"),
    bold: file("700Bold", "700Bold"),
    italic: file("400Regular_Italic", "400Regular_Italic"),
    boldItalic: file("700Bold_Italic", "700Bold_Italic"),
  };
  return fonts;
}

export async function documentPdf(doc: DocumentModel, meta: { code: string }): Promise<Buffer> {
  const f = loadFonts();
  const pdf = new PDFDocument({
    size: "A4",
    margins,
    info: { Title: doc.title, Subject: `${meta.code} · ${doc.form.form}`, Creator: "Lắng Nghe" },
    pdfVersion: "1.7",
    lang: "vi-VN",
  });
  pdf.registerFont("R", f.regular);
  pdf.registerFont("B", f.bold);
  pdf.registerFont("I", f.italic);
  pdf.registerFont("BI", f.boldItalic);
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  const left = margins.left;
  const width = pdf.page.width - margins.left - margins.right;
  header(pdf, doc, left, width);

  pdf.moveDown(1.2);
  centred(pdf, "B", 14, doc.heading, left, width);
  centred(pdf, "B", size.body, doc.subheading, left, width);
  rule(pdf, left + width / 2 - 40, 80);
  pdf.moveDown(0.6);
  if (doc.authority) {
    centred(pdf, "B", size.body, doc.authority, left, width);
    pdf.moveDown(0.4);
  }
  if (doc.to) {
    centred(pdf, "R", size.body, `Kính gửi: ${doc.to}`, left, width);
    pdf.moveDown(0.4);
  }
  for (const line of doc.preamble) para(pdf, "I", line, left, width);
  blocks(pdf, doc.blocks, doc, left, width);
  if (doc.articles) {
    pdf.moveDown(0.4);
    centred(pdf, "B", size.body, "QUYẾT ĐỊNH:", left, width);
    pdf.moveDown(0.2);
    blocks(pdf, doc.articles, doc, left, width);
  }
  signatures(pdf, doc, left, width);

  pdf.moveDown(1.5);
  pdf.font("I").fontSize(size.footer).fillColor("#333").text(doc.footer, left, pdf.y, { width, align: "left" });
  pdf.end();
  return done;
}

function header(pdf: PDFKit.PDFDocument, doc: DocumentModel, left: number, width: number) {
  const top = margins.top;
  const leftW = width * 0.42;
  const rightX = left + width * 0.42;
  const rightW = width * 0.58;
  pdf.x = left;
  pdf.y = top;
  if (doc.superior) pdf.font("R").fontSize(10.5).text(doc.superior, left, pdf.y, { width: leftW, align: "center" });
  pdf.font("B").fontSize(10.5).text(doc.issuer, left, pdf.y, { width: leftW, align: "center" });
  rule(pdf, left + leftW / 2 - 30, 60);
  if (doc.number) pdf.font("R").fontSize(12).text(doc.number, left, pdf.y + 4, { width: leftW, align: "center" });
  const leftBottom = pdf.y;

  pdf.font("B").fontSize(11).text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rightX, top, { width: rightW, align: "center" });
  pdf.font("B").fontSize(12).text("Độc lập - Tự do - Hạnh phúc", rightX, pdf.y, { width: rightW, align: "center" });
  rule(pdf, rightX + rightW / 2 - 75, 150);
  pdf.font("I").fontSize(size.body).text(doc.placeDate, rightX, pdf.y + 4, { width: rightW, align: "center" });
  pdf.y = Math.max(leftBottom, pdf.y);
  pdf.x = left;
}

function rule(pdf: PDFKit.PDFDocument, x: number, length: number) {
  const y = pdf.y + 4;
  pdf.moveTo(x, y).lineTo(x + length, y).lineWidth(0.6).strokeColor("#000").stroke();
  pdf.y = y + 3;
}

function centred(pdf: PDFKit.PDFDocument, font: string, fontSize: number, text: string, left: number, width: number) {
  pdf.font(font).fontSize(fontSize).fillColor("#000").text(text, left, pdf.y, { width, align: "center" });
}

function para(pdf: PDFKit.PDFDocument, font: string, text: string, left: number, width: number) {
  pdf.font(font).fontSize(size.body).fillColor("#000").text(text, left, pdf.y, { width, align: "justify", indent: 28, paragraphGap: 4, lineGap: 1 });
}

function blocks(pdf: PDFKit.PDFDocument, list: readonly RenderedBlock[], doc: DocumentModel, left: number, width: number) {
  for (const b of list) {
    switch (b.kind) {
      case "p":
        para(pdf, "R", b.text, left, width);
        break;
      case "section":
        pdf.moveDown(0.2);
        pdf.font("B").fontSize(size.body).text(b.text, left, pdf.y, { width, paragraphGap: 3 });
        break;
      case "fields":
        for (const r of b.rows) {
          pdf.font("R").fontSize(size.body).text(`${r.label}: `, left + 28, pdf.y, { width: width - 28, continued: true }).text(r.value, { paragraphGap: 2 });
        }
        break;
      case "article":
        pdf.font("B").fontSize(size.body).text(`${b.label} `, left, pdf.y, { width, indent: 28, continued: true, align: "justify" }).font("R").text(b.text, { align: "justify", paragraphGap: 4 });
        break;
      case "participants":
        if (!doc.participants.length) {
          para(pdf, "R", "(không có)", left, width);
          break;
        }
        doc.participants.forEach((p, i) => {
          const parts = [p.role, p.organisation, p.presence].filter(Boolean).join(", ");
          para(pdf, "R", `${i + 1}. Ông (bà) ${p.name}${parts ? ` — ${parts}` : ""}.`, left, width);
        });
        break;
    }
  }
}

function signatures(pdf: PDFKit.PDFDocument, doc: DocumentModel, left: number, width: number) {
  pdf.moveDown(1);
  const colW = width / 2;
  // Keep a signature block on one page.
  if (pdf.y > pdf.page.height - margins.bottom - 140) pdf.addPage();
  const top = pdf.y;
  let leftBottom = top;
  const boxes = doc.signatures;
  if (doc.recipients.length) {
    pdf.font("BI").fontSize(12).text("Nơi nhận:", left, top, { width: colW - 10 });
    for (const r of doc.recipients) pdf.font("R").fontSize(size.small).text(`- ${r}`, left, pdf.y, { width: colW - 10 });
    leftBottom = pdf.y;
  }
  // With recipients, one signature on the right; the minutes have several boxes, two per row.
  const perRow = doc.recipients.length ? 1 : 2;
  let rowTop = top;
  let rowBottom = top;
  for (let i = 0; i < boxes.length; i += perRow) {
    const row = boxes.slice(i, i + perRow);
    if (i > 0) {
      rowTop = rowBottom + 14;
      if (rowTop > pdf.page.height - margins.bottom - 120) {
        pdf.addPage();
        rowTop = pdf.y;
      }
    }
    const xs = row.map((_, j) => (perRow === 1 ? left + colW : left + j * colW));
    // Titles and notes first, then every name of the row on one line below the space to sign.
    let notesBottom = rowTop;
    row.forEach((b, j) => {
      pdf.font("B").fontSize(12).text(b.title, xs[j]!, rowTop, { width: colW - 10, align: "center" });
      pdf.font("I").fontSize(11).text(b.note, xs[j]!, pdf.y, { width: colW - 10, align: "center" });
      notesBottom = Math.max(notesBottom, pdf.y);
    });
    const nameY = notesBottom + 56;
    row.forEach((b, j) => pdf.font("B").fontSize(size.body).text(b.name || " ", xs[j]!, nameY, { width: colW - 10, align: "center" }));
    rowBottom = pdf.y;
  }
  pdf.y = Math.max(leftBottom, rowBottom);
  pdf.x = left;
}

/** The download response of a document's PDF: an ASCII file name (TOHIEU-2026-000042-complaint-accepted.pdf), never cached by a shared cache. */
export async function pdfResponse(doc: DocumentModel, code: string): Promise<Response> {
  const pdf = await documentPdf(doc, { code });
  const fileName = `${code}-${doc.id}.pdf`.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
