import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { accounts, fileCaseAsCitizen, fileDossierOnline, login, open, registerCitizen, viCases } from "./utils";

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

test("signed in, the header is one bar with a menu; the menu opens and leads on", async ({ page }) => {
  await login(page, accounts.leader.email);
  await open(page, "/desk");
  const banner = page.getByRole("banner");
  const box = await banner.boundingBox();
  expect(box && box.height <= 844 * 0.25, `header height ${box?.height}`).toBeTruthy();

  // The navigation is behind the menu button until it is opened.
  const menu = banner.getByText("Mục lục", { exact: true });
  await expect(banner.getByRole("link", { name: "Hộp hồ sơ" })).toBeHidden();
  await menu.click();
  await banner.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Hộp hồ sơ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: viCases.inbox })).toBeVisible();
  // A new page starts with the menu closed again.
  await expect(banner.getByRole("link", { name: "Hộp hồ sơ" })).toBeHidden();
  await expect(banner.getByRole("button", { name: "Đăng xuất" })).toBeHidden();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the menu is a native disclosure: it opens and its links work", async ({ page }) => {
    await page.goto("/");
    const banner = page.getByRole("banner");
    await banner.getByText("Mục lục", { exact: true }).click();
    await banner.getByRole("link", { name: "Thống kê" }).click();
    await expect(page).toHaveURL(/\/stats$/);
    await expect(page.getByRole("heading", { level: 1, name: "Thống kê công khai" })).toBeVisible();
  });
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

/** A page at 390 px: its heading shows, nothing is wider than the screen, and every table cell on a card carries its column's label. */
async function fitsPhone(page: Page, path: string) {
  await open(page, path);
  await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: page width`).toBeLessThanOrEqual(390);
  // Tables that scroll inside their own box keep their header row; any other table is cards whose cells name their column.
  const unlabelled = await page.locator("table tbody td").evaluateAll((cells) =>
    cells
      .filter((c) => !c.closest(".table-scroll") && getComputedStyle(c).display !== "none" && (c.textContent ?? "").trim() !== "")
      .filter((c) => !/\S/.test(getComputedStyle(c, "::before").content.replace(/^(none|normal)$/, "").replace(/["':]/g, "")))
      .map((c) => c.textContent?.trim().slice(0, 40)),
  );
  expect(unlabelled, `${path}: cells without their column's label`).toEqual([]);
}

test("the one-stop desk's public and citizen pages and a case's documents fit a phone", async ({ page }) => {
  for (const path of ["/onestop", "/onestop/procedures/1.001193", "/onestop/track", "/stats/dossiers"]) await fitsPhone(page, path);

  await registerCitizen(page);
  const dossier = await fileDossierOnline(page, "1.001193", ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh", "Giấy tờ tùy thân của người đi đăng ký"]);
  for (const path of ["/onestop/new?procedure=1.001193", "/onestop/mine", dossier]) await fitsPhone(page, path);

  const code = await fileCaseAsCitizen(page, "FEEDBACK", { title: "Cống thoát nước bị tắc", description: "Cống trước nhà văn hóa tổ 3 bị tắc, nước tràn ra đường khi mưa." });
  await fitsPhone(page, `/cases/${code}/documents`);
});

test("the public statistics fit a phone: the dashboard's top units, the full list and the ranking scroll inside their boxes", async ({ page }) => {
  for (const path of ["/stats", "/stats/units", "/stats/ranking"]) await fitsPhone(page, path);
  // The full list's search is one field above the other, its button in reach.
  await open(page, "/stats/units");
  await expect(page.getByRole("search", { name: "Tìm đơn vị" }).getByRole("button", { name: "Tìm đơn vị" })).toBeVisible();
});
