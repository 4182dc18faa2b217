import { expect, test } from "@playwright/test";
import { query, stored } from "./db";
import { fileCaseAsCitizen, open, registerCitizen, uniqueSuffix } from "./utils";

/**
 * The defects of issue #13 that were left after its first merge, each pinned
 * by a test that failed before its fix.
 */

test("a resolved feedback does not offer a second complaint (it is for complaints only)", async ({ page }) => {
  const s = uniqueSuffix();
  await registerCitizen(page);
  const code = await fileCaseAsCitizen(page, "FEEDBACK", {
    title: `Đèn đường hỏng ở ngõ 5 ${s}`,
    description: "Đèn đường ở đầu ngõ 5 đã hỏng hơn một tuần, buổi tối rất tối.",
  });
  // Set-up only: the office's resolution, as approveResolution stores it (the window to accept is seven days).
  const now = new Date();
  await query('UPDATE "Case" SET status = \'RESOLVED\', "resolutionText" = ?, "resolvedAt" = ?, "appealDueAt" = ? WHERE code = ?', [
    `Đã thay bóng đèn (${s}).`,
    stored(now),
    stored(new Date(now.getTime() + 7 * 86_400_000)),
    code,
  ]);
  await open(page, `/cases/${code}`);
  const resolution = page.getByRole("region", { name: "Kết quả giải quyết" });
  await expect(resolution).toContainText(`Đã thay bóng đèn (${s}).`);
  await expect(resolution).toContainText("sau ngày đó hồ sơ tự đóng");
  await expect(page.getByRole("main")).not.toContainText(/khiếu nại lần hai/i);
  await expect(page.getByRole("button", { name: "Tôi đồng ý với kết quả" })).toBeVisible();
});
