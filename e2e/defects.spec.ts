import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
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

/**
 * Every link a role is shown on its own pages opens (no 403 or 404): the
 * reception-frequency link was shown to reception officers and handlers, and
 * "schedule the dialogue" to the province's leader on a ward's complaint.
 */
test.describe("no dead links for a role", () => {
  const skipped = (path: string) => /^\/(files|notices\/files)\//.test(path) || /\.(csv|ics)$/.test(path) || path.endsWith("/export") || path === "/logout";

  async function deadLinks(page: Page, pages: string[]): Promise<string[]> {
    const dead: string[] = [];
    const checked = new Set<string>();
    for (const path of pages) {
      await open(page, path);
      const hrefs = await page.locator("main a[href^='/'], header a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      for (const href of hrefs.slice(0, 60)) {
        const url = new URL(href, "http://localhost");
        if (skipped(url.pathname) || checked.has(url.pathname)) continue;
        checked.add(url.pathname);
        const response = await page.request.get(href, { maxRedirects: 0 });
        if (response.status() === 403 || response.status() === 404) dead.push(`${path} → ${href}: ${response.status()}`);
      }
    }
    return dead;
  }

  async function complaintInProgress(page: Page): Promise<string> {
    // The seeded complaint at the ward of Tô Hiệu, being handled.
    await open(page, "/desk/cases?q=thu%20hoi%20dat&kind=COMPLAINT&status=IN_PROGRESS");
    const row = page.getByRole("row").filter({ hasText: "Khiếu nại quyết định thu hồi đất" }).filter({ hasText: "Cầm Văn Dũng" });
    const code = (await row.first().getByRole("link").first().textContent())?.trim();
    expect(code).toBeTruthy();
    return `/desk/cases/${code}`;
  }

  for (const [role, email] of [
    ["reception officer", accounts.reception.email],
    ["handler", accounts.handler.email],
    ["province leader", accounts.provinceLeader.email],
  ] as const) {
    test(`the ${role}`, async ({ page }) => {
      await login(page, email);
      const casePage = await complaintInProgress(page);
      const dead = await deadLinks(page, ["/desk", "/desk/cases", casePage, "/desk/sessions", "/desk/reception"]);
      expect(dead).toEqual([]);
    });
  }
});
