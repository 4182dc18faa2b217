import { createInstance } from "i18next";
import { describe, expect, test } from "vitest";
import { createServerI18n, resources } from "./i18n.server";

/** The memoised lookups answer exactly as i18next itself does. */
describe("server translations", () => {
  const plain = createInstance();
  void plain.init({ resources, lng: "vi", fallbackLng: "vi", interpolation: { escapeValue: false }, initImmediate: false });
  const memoised = createServerI18n("vi");

  test("a key alone, twice, through t and through getFixedT, gives i18next's answer", () => {
    for (const key of ["caseStatus.SUBMITTED", "caseStatus.CLOSED", "nav.notifications", "no.such.key"]) {
      expect(memoised.t(key)).toBe(plain.t(key));
      expect(memoised.t(key)).toBe(plain.t(key));
      const fixed = memoised.getFixedT(null, "translation");
      expect(fixed(key)).toBe(plain.getFixedT(null, "translation")(key));
      expect(fixed(key)).toBe(plain.t(key));
    }
  });

  test("interpolation and plurals are not memoised", () => {
    expect(memoised.t("notifications.unread", { count: 2 })).toBe(plain.t("notifications.unread", { count: 2 }));
    expect(memoised.t("notifications.unread", { count: 7 })).toBe(plain.t("notifications.unread", { count: 7 }));
    expect(memoised.t("notifications.unread", { count: 7 })).toContain("7");
  });

  test("each language keeps its own answers", () => {
    expect(createServerI18n("en").t("caseStatus.SUBMITTED")).not.toBe(memoised.t("caseStatus.SUBMITTED"));
  });
});
