import { expect, test } from "@playwright/test";
import { accounts, hydrated, login, open, vi } from "./utils";

/**
 * The small defects of issue #13, each pinned by a test that failed before
 * its fix.
 */

test("a success message is shown on the page the action led to, not on the pages after it", async ({ page }) => {
  await login(page, accounts.citizen.email);
  await expect(page.getByRole("status").filter({ hasText: vi.signedIn })).toBeVisible();
  // A plain link (client-side navigation: the root loader does not run again).
  await page.getByRole("main").getByRole("link", { name: "Gửi ý kiến" }).first().click();
  await expect(page).toHaveURL(/\/cases\/new$/);
  await hydrated(page);
  await expect(page.getByText(vi.signedIn)).toHaveCount(0);
});
