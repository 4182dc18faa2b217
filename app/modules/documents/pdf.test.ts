import { describe, expect, it } from "vitest";
import { pdfText } from "~/test/pdf-text";
import { composeDocument, type CaseFacts, type DocumentEvent } from "./compose";
import { documentPdf } from "./pdf.server";

const facts: CaseFacts = {
  code: "TOHIEU-2026-000042",
  title: "Khiếu nại quyết định thu hồi đất ở bản Hài",
  description: "Tôi không đồng ý với mức bồi thường trong quyết định thu hồi đất.",
  kind: "COMPLAINT",
  instance: 1,
  submittedAt: new Date("2026-07-02T03:00:00Z"),
  acceptedAt: new Date("2026-07-06T03:00:00Z"),
  dueAt: new Date("2026-08-05T16:59:59.999Z"),
  decisionText: "Quyết định số 123/QĐ-UBND",
  denouncedText: null,
  declineReason: null,
  resolutionText: "Giữ nguyên quyết định; điều chỉnh diện tích đo đạc.",
  firstInstanceCode: null,
  unit: { name: "Phường Tô Hiệu", levelCode: "COMMUNE" },
  parent: { name: "Tỉnh Sơn La", levelCode: "PROVINCE" },
  place: "Sơn La",
};
const resolved: DocumentEvent = {
  id: "e1",
  type: "RESOLVED",
  createdAt: new Date("2026-08-01T03:00:00Z"),
  note: null,
  data: {},
  actor: { fullName: "Hoàng Văn Nam", role: "LEADER", position: null },
};

describe("the PDF of a document", () => {
  it("parses, and carries the case's code and the citizen's name with every diacritic", async () => {
    const doc = composeDocument("complaint-decision-first", facts, { name: "Nguyễn Thị Lan Ưng Ễnh" }, { event: resolved });
    const bytes = await documentPdf(doc, { code: facts.code });
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text, pages, title } = await pdfText(bytes);
    expect(pages).toBeGreaterThanOrEqual(1);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("TOHIEU-2026-000042");
    expect(flat).toContain("Nguyễn Thị Lan Ưng Ễnh");
    expect(flat).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(flat).toContain("Mẫu số 15");
    expect(title).toContain("QUYẾT ĐỊNH");
  });

  it("a long decision runs onto more pages without losing its signature", async () => {
    const long = { ...facts, description: "Nội dung khiếu nại dài. ".repeat(400) };
    const bytes = await documentPdf(composeDocument("complaint-decision-first", long, { name: "Nguyễn Thị Lan" }, { event: resolved }), { code: facts.code });
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain("Hoàng Văn Nam");
  });
});
