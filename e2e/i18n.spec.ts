import { expect, test } from "./support/test";
import { en, hydrated, open, vi } from "./utils";

test.describe("language", () => {
  test("the landing page is in Vietnamese by default", async ({ page }) => {
    await open(page, "/");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1, name: vi.landingHeading })).toBeVisible();
    const switcher = page.getByRole("form", { name: vi.languageSwitch });
    await expect(switcher.getByRole("button", { name: "Tiếng Việt" })).toHaveAttribute("aria-pressed", "true");
    await expect(switcher.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "false");
  });

  test("a browser asking for a language we do not have gets Vietnamese", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await open(page, "/");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1, name: vi.landingHeading })).toBeVisible();
    await context.close();
  });

  test("a request without Accept-Language is answered in Vietnamese", async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    const response = await request.get("/", { headers: { "Accept-Language": "" } });
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="vi"');
    expect(html).toContain(vi.landingHeading);
    await request.dispose();
  });

  test("the English button switches to English and it is remembered", async ({ page }) => {
    await open(page, "/");
    await page.getByRole("banner").getByRole("button", { name: "English" }).click();

    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: en.landingHeading })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("banner").getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

    // Remembered on the next page load (a cookie), whatever the browser asks for.
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: en.landingHeading })).toBeVisible();

    await open(page, "/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: en.signIn })).toBeVisible();
    await expect(page.getByLabel("Email or phone number")).toBeVisible();
  });

  test("a browser asking for English gets English on the first visit, and can switch back", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await open(page, "/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: en.landingHeading })).toBeVisible();

    await page.getByRole("banner").getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1, name: vi.landingHeading })).toBeVisible();

    // The choice beats Accept-Language on the next visit.
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1, name: vi.landingHeading })).toBeVisible();
    await context.close();
  });

  test("a page carries only the texts it shows; a later page fetches what it adds once, and reads as the server renders it", async ({ page }) => {
    const catalogueRequests: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith("/i18n/") || /\/build\/_shared\/(vi|en)-/.test(url.pathname)) catalogueRequests.push(url.pathname);
    });
    await open(page, "/");
    const payload = JSON.parse((await page.locator("#lny-catalogue").textContent()) ?? "{}") as { texts: Record<string, Record<string, unknown>> };
    expect(payload.texts.landing).toBeTruthy();
    expect(payload.texts.onestop?.nav).toBeTruthy(); // the header's link
    expect(payload.texts.onestop?.heading).toBeUndefined(); // the procedures page's own texts stay on the server
    expect(JSON.stringify(payload.texts).length).toBeLessThan(10_000);
    expect(catalogueRequests).toEqual([]); // the landing page hydrates with what it carries

    // On to the procedures: the browser fetches the one-stop texts (once), then renders them.
    await page.getByRole("navigation", { name: "Thông tin công khai" }).getByRole("link", { name: "Thủ tục hành chính" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Thủ tục hành chính" })).toBeVisible();
    const rendered = await page.getByRole("main").innerText();
    expect(catalogueRequests.filter((path) => path === "/i18n/vi/onestop")).toHaveLength(1);
    expect(new Set(catalogueRequests).size).toBe(catalogueRequests.length); // each group at most once, none a script
    expect(rendered).not.toMatch(/\bonestop\.\w/);
    // The same page rendered by the server reads the same.
    await page.reload();
    await hydrated(page);
    expect(await page.getByRole("main").innerText()).toBe(rendered);

    // Back and forth again: the one-stop texts are not fetched again.
    catalogueRequests.length = 0;
    await page.getByRole("link", { name: "Lắng Nghe", exact: false }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: vi.landingHeading })).toBeVisible();
    await page.getByRole("navigation", { name: "Thông tin công khai" }).getByRole("link", { name: "Thủ tục hành chính" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Thủ tục hành chính" })).toBeVisible();
    expect(catalogueRequests.filter((path) => path.includes("onestop"))).toEqual([]);
  });
});
