import { expect, test } from "@playwright/test";
import { en, open, vi } from "./utils";

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
});
