import { describe, expect, test } from "vitest";
import { pageTranslator } from "~/i18n/i18n.server";
import { bodyKey, linkLabelKey, localiseParams } from "./wording";

describe("notification wording", () => {
  test("dates in the reader's language, never ISO", () => {
    expect(localiseParams({ code: "TOHIEU-2026-000001", dueAt: "2026-12-18", month: "2026-11", n: 3 }, "vi")).toEqual({
      code: "TOHIEU-2026-000001",
      dueAt: "18/12/2026",
      month: "11/2026",
      n: 3,
    });
    expect(localiseParams({ dueAt: "2026-12-18" }, "en")).toEqual({ dueAt: "18 Dec 2026" });
    expect(localiseParams({ when: "2026-11-26T18:30:00.000Z" }, "vi").when).toContain("27/11/2026");
  });

  test.each([
    ["/cases/TOHIEU-2026-000001", "notify.links.case"],
    ["/desk/cases/TOHIEU-2026-000001", "notify.links.case"],
    ["/track?code=TOHIEU-2026-000001", "notify.links.case"],
    ["/calendar/abc123", "notify.links.session"],
    ["/sessions/invitations/p1", "notify.links.session"],
    ["/desk/sessions/s1", "notify.links.session"],
    ["/mediation/mine/HG-TOHIEU-2026-0001", "notify.links.mediation"],
    ["/desk/notices/n1", "notify.links.notice"],
    ["/desk", "notify.links.desk"],
    ["/somewhere", "notify.links.other"],
  ])("a link to %s reads %s", (link, key) => {
    expect(linkLabelKey(link)).toBe(key);
  });

  test("an information request stored before the reply-by date was added reads in its older words, not with a placeholder", () => {
    const { t } = pageTranslator("vi");
    const dated = { unit: "Phường Tô Hiệu", note: "Gửi ảnh chụp hiện trường", replyBy: "2026-12-18" };
    expect(t(bodyKey("INFO_REQUESTED", localiseParams(dated, "vi")), localiseParams(dated, "vi"))).toBe("Phường Tô Hiệu đề nghị bổ sung thông tin trước ngày 18/12/2026: Gửi ảnh chụp hiện trường");
    const { replyBy: _, ...before } = dated;
    expect(t(bodyKey("INFO_REQUESTED", before), before)).toBe("Phường Tô Hiệu đề nghị: Gửi ảnh chụp hiện trường");
    expect(pageTranslator("en").t(bodyKey("INFO_REQUESTED", before), before)).toBe("Phường Tô Hiệu asks: Gửi ảnh chụp hiện trường");
    expect(bodyKey("CASE_ACCEPTED", {})).toBe("notify.CASE_ACCEPTED.body");
  });
});
