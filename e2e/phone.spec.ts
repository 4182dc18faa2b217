import { expect, test } from "@playwright/test";
import { accounts, login, open, viCases } from "./utils";

/**
 * The layout kit on a 390 × 844 phone (docs/ui-kit.md): lists are labelled
 * cards, filter labels sit above their own control, the page's main action is
 * visible without scrolling, and nothing is wider than the screen.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("the inbox on a phone: labelled cards, filters one above the other, the main action in view", async ({ page }) => {
  await login(page, accounts.reception.email);
  await open(page, "/desk/cases");

  // The main action (record a walk-in case) is above the fold.
  const intake = page.getByRole("link", { name: "Tiếp nhận hồ sơ trực tiếp" });
  await expect(intake).toBeInViewport();

  // Each filter's label is directly above its own control, not beside the previous one.
  const search = page.getByRole("search");
  for (const name of [viCases.inboxSearch, "Trạng thái", "Loại"]) {
    const control = search.getByLabel(name, { exact: true });
    const label = search.locator("label", { hasText: new RegExp(`^${name}$`) });
    const [lb, cb] = [await label.boundingBox(), await control.boundingBox()];
    expect(lb && cb && lb.y + lb.height <= cb.y + 1 && Math.abs(lb.x - cb.x) < 2, `${name}: label above its control`).toBeTruthy();
  }

  // Rows are cards: every value carries its column's label, none is an unlabelled ": 0".
  const firstRow = page.locator("table.kit-table tbody tr").first();
  await expect(firstRow).toBeVisible();
  const labels = await firstRow.locator("td").evaluateAll((cells) =>
    cells.filter((c) => getComputedStyle(c).display !== "none").map((c) => getComputedStyle(c, "::before").content),
  );
  expect(labels.length).toBeGreaterThan(3);
  for (const l of labels) expect(l).not.toMatch(/^(none|""|normal)$/);

  // Nothing overflows the 390 px screen.
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
});

test("the reception frequency, the team list and the notice form on a phone: nothing wider than the screen", async ({ page }) => {
  await login(page, accounts.leader.email);
  for (const path of ["/desk/reception/frequency?month=2026-08", "/mediation/teams", "/desk/notices/new"]) {
    await open(page, path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // A grid of weeks scrolls inside its own box, never the page.
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, path).toBeLessThanOrEqual(390);
  }
});
