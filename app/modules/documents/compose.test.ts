import { describe, expect, it } from "vitest";
import { availableDocuments, blank, composeDocument, dateInWords, fill, formVersionOn, sealedName, type CaseFacts, type DocumentEvent } from "./compose";
import { documentIds, documentTemplates } from "./templates";

const at = (iso: string) => new Date(iso);
const complaint: CaseFacts = {
  code: "TOHIEU-2026-000042",
  title: "Khiếu nại quyết định thu hồi đất",
  description: "Tôi không đồng ý với mức bồi thường.",
  kind: "COMPLAINT",
  instance: 1,
  submittedAt: at("2026-07-02T03:00:00Z"),
  acceptedAt: at("2026-07-06T03:00:00Z"),
  dueAt: at("2026-08-05T16:59:59.999Z"),
  decisionText: "Quyết định số 123/QĐ-UBND về thu hồi đất",
  denouncedText: null,
  declineReason: null,
  resolutionText: null,
  firstInstanceCode: null,
  unit: { name: "Phường Tô Hiệu", levelCode: "COMMUNE" },
  parent: { name: "Tỉnh Sơn La", levelCode: "PROVINCE" },
  place: "Sơn La",
};
const event = (type: string, createdAt: string, data: Record<string, unknown> = {}, note: string | null = null): DocumentEvent => ({
  id: `${type}-${createdAt}`,
  type,
  createdAt: at(createdAt),
  note,
  data,
  actor: { fullName: "Hoàng Văn Nam", role: "LEADER", position: "Chủ tịch UBND phường" },
});

describe("which documents a case has", () => {
  const events = [
    event("SUBMITTED", "2026-07-02T03:00:00Z"),
    event("ACCEPTED", "2026-07-06T03:00:00Z"),
    event("SUSPENDED", "2026-07-10T03:00:00Z", { grounds: "Người khiếu nại ốm nặng" }),
    event("RESUMED", "2026-07-20T03:00:00Z"),
    event("RESOLVED", "2026-08-01T03:00:00Z", { resolution: "Giữ nguyên quyết định" }),
  ];
  it.each([
    ["a first-instance complaint", { kind: "COMPLAINT", instance: 1 }, ["complaint-accepted", "complaint-suspended", "complaint-resumed", "complaint-decision-first"]],
    ["a second-instance complaint", { kind: "COMPLAINT", instance: 2 }, ["complaint-accepted", "complaint-suspended", "complaint-resumed", "complaint-decision-second"]],
    ["a denunciation", { kind: "DENUNCIATION", instance: 1 }, ["denunciation-accepted", "denunciation-conclusion"]],
    ["feedback", { kind: "FEEDBACK", instance: 1 }, []],
  ])("%s: only the documents whose event happened", (_, c, ids) => {
    expect(availableDocuments(c, events, []).map((d) => d.id)).toEqual(ids);
  });

  it("nothing before the event: a submitted complaint has no document", () => {
    expect(availableDocuments({ kind: "COMPLAINT", instance: 1 }, [event("SUBMITTED", "2026-07-02T03:00:00Z")], [])).toEqual([]);
  });

  it("a held dialogue gives the minutes; each extension its own decision", () => {
    const dialogue = { sessionId: "s1", startsAt: at("2026-07-15T01:00:00Z"), endsAt: at("2026-07-15T03:00:00Z"), place: "Hội trường", chair: "A", chairPosition: null, secretary: "B", complainantAttended: true, discussion: null, conclusion: null, participants: [] };
    expect(availableDocuments({ kind: "COMPLAINT", instance: 1 }, [], [dialogue])).toEqual([{ id: "dialogue-minutes", source: "s1", at: dialogue.endsAt }]);
    const extensions = [event("EXTENDED", "2026-07-30T03:00:00Z"), event("EXTENDED", "2026-08-28T03:00:00Z")];
    expect(availableDocuments({ kind: "DENUNCIATION", instance: 1 }, extensions, []).map((d) => d.source)).toEqual(extensions.map((e) => e.id));
  });
});

describe("the form version of the document's date", () => {
  const versions = documentTemplates["complaint-accepted"].versions;
  it.each([
    ["2026-06-30", "Nghị định 124/2020/NĐ-CP", false],
    ["2026-07-01", "Nghị định 124/2020/NĐ-CP, thay thế bởi Nghị định 155/2026/NĐ-CP", true],
    ["2027-01-15", "Nghị định 124/2020/NĐ-CP, thay thế bởi Nghị định 155/2026/NĐ-CP", true],
    ["2019-01-01", "Nghị định 124/2020/NĐ-CP", false],
  ])("on %s: %s", (date, annexOf, confirmed) => {
    const v = formVersionOn(versions, date);
    expect(v.annexOf).toBe(annexOf);
    expect(v.confirmed).toBe(confirmed);
  });

  it("every template has a form number, a source and a legal basis; unconfirmed ones say so", () => {
    for (const id of documentIds) {
      const t = documentTemplates[id];
      expect(t.legalBasis.length, id).toBeGreaterThan(0);
      for (const v of t.versions) {
        expect(v.form, id).toMatch(/^Mẫu số \d+[ab]?$/);
        expect(v.source, id).not.toBe("");
        if (!v.confirmed) expect(v.source, id).toMatch(/chưa|suy ra/);
      }
    }
  });
});

describe("filling a template", () => {
  it("dates in words, with the leading zeros of the official style", () => {
    expect(dateInWords(at("2026-07-05T03:00:00Z"))).toBe("ngày 05 tháng 7 năm 2026");
    expect(dateInWords(at("2026-02-14T20:00:00Z"))).toBe("ngày 15 tháng 02 năm 2026"); // 03:00 on the 15th in Vietnam
    expect(dateInWords(at("2026-11-24T01:00:00Z"))).toBe("ngày 24 tháng 11 năm 2026");
  });

  it("a missing fact prints as a blank to fill by hand", () => {
    expect(fill("Địa chỉ: {citizenAddress}; mã {code}", { code: "X-1", citizenAddress: "  " })).toBe(`Địa chỉ: ${blank}; mã X-1`);
  });

  it("the acceptance notice names the complainant, the unit, the deadline and its form", () => {
    const doc = composeDocument("complaint-accepted", complaint, { name: "Nguyễn Thị Lan" }, { event: event("ACCEPTED", "2026-07-06T03:00:00Z") });
    const text = JSON.stringify(doc);
    expect(doc.issuer).toBe("ỦY BAN NHÂN DÂN PHƯỜNG TÔ HIỆU");
    expect(doc.superior).toBe("ỦY BAN NHÂN DÂN TỈNH SƠN LA");
    expect(doc.placeDate).toBe("Sơn La, ngày 06 tháng 7 năm 2026");
    expect(doc.to).toBe("Nguyễn Thị Lan");
    expect(text).toContain("TOHIEU-2026-000042");
    expect(text).toContain("05/08/2026");
    expect(doc.form.form).toBe("Mẫu số 03");
    expect(doc.footer).toContain("Nghị định 155/2026/NĐ-CP");
    expect(doc.signatures[0]).toEqual({ title: "CHỦ TỊCH", note: "(Ký, ghi rõ họ tên, đóng dấu)", name: "Hoàng Văn Nam" });
  });

  it("a suspension reads its grounds and number from the event; older events without them leave blanks", () => {
    const full = composeDocument("complaint-suspended", complaint, { name: "Nguyễn Thị Lan" }, { event: event("SUSPENDED", "2026-07-10T03:00:00Z", { grounds: "Người khiếu nại ốm nặng", decisionNo: "15/QĐ-UBND" }) });
    expect(full.number).toBe("Số: 15/QĐ-UBND");
    expect(JSON.stringify(full.articles)).toContain("Người khiếu nại ốm nặng");
    const bare = composeDocument("complaint-suspended", complaint, { name: "Nguyễn Thị Lan" }, { event: event("SUSPENDED", "2026-07-10T03:00:00Z", { grounds: 42, decisionNo: null }) });
    expect(bare.number).toBe(`Số: ${blank}`);
    expect(JSON.stringify(bare.articles)).toContain(`Lý do: ${blank}`);
  });

  it("a denunciation's conclusion and extension never name the denouncer, even when the reader may", () => {
    const denunciation = { ...complaint, kind: "DENUNCIATION", denouncedText: "Ông Trần Văn B, cán bộ địa chính", description: "Tôi là Lò Thị C, nhà ở bản Hài" };
    for (const [id, e] of [
      ["denunciation-conclusion", event("RESOLVED", "2026-08-01T03:00:00Z", { resolution: "Tố cáo đúng một phần" })],
      ["denunciation-extension", event("EXTENDED", "2026-08-01T03:00:00Z", { days: 30, newDueAt: "2026-09-04T16:59:59.999Z", complexity: "ESPECIALLY_COMPLEX" })],
    ] as const) {
      const text = JSON.stringify(composeDocument(id, denunciation, { name: "Lò Thị C" }, { event: e }));
      expect(text, id).not.toContain("Lò Thị C");
      expect(text, id).toContain("Trần Văn B");
    }
    const ext = composeDocument("denunciation-extension", denunciation, { name: "Lò Thị C" }, { event: event("EXTENDED", "2026-08-01T03:00:00Z", { days: 30, newDueAt: "2026-09-04T16:59:59.999Z", complexity: "ESPECIALLY_COMPLEX" }) });
    expect(JSON.stringify(ext)).toContain("đặc biệt phức tạp");
    expect(JSON.stringify(ext)).toContain("04/09/2026");
    const notice = composeDocument("denunciation-accepted", denunciation, "SEALED", { event: event("ACCEPTED", "2026-07-06T03:00:00Z") });
    expect(notice.to).toBe(sealedName);
  });
});
