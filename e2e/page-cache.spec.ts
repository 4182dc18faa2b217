import { expect, test } from "./support/test";
import { accounts, en, hydrated, login, vi } from "./utils";

/**
 * The public page cache (server/page-cache.js, docs/decisions/022-public-page-cache.md):
 * a signed-out visitor may get a page rendered for an earlier one, which must
 * still run its scripts (its nonce is this answer's), follow the visitor's
 * language, and never reach a signed-in visitor.
 */
test.describe("pages shared by signed-out visitors", () => {
  test("a page from the cache runs its scripts, and each language has its own", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });

    const first = await page.goto("/");
    expect(first?.headers()["cache-control"]).toContain("s-maxage=");
    // Each app server keeps its own cache: behind a balancer a reload may reach the other one first.
    let again = await page.reload();
    for (let tries = 1; tries < 4 && again?.headers()["age"] === undefined; tries++) again = await page.reload();
    expect(again?.headers()["age"]).toBeDefined(); // served from the cache
    const csp = again?.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(await again?.text()).toContain(`nonce="${nonce}"`);
    await hydrated(page); // React took the page over: its scripts ran under this answer's nonce
    expect(refused).toEqual([]);
    await expect(page.getByRole("heading", { level: 1, name: vi.landingHeading })).toBeVisible();

    // The language switch sets only the language cookie: still shared, but the English page.
    await page.getByRole("banner").getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: en.landingHeading })).toBeVisible();
    const english = await page.reload();
    expect(await english?.text()).toContain('<html lang="en"');
    await expect(page.getByRole("heading", { level: 1, name: en.landingHeading })).toBeVisible();
    await context.close();
  });

  test("a signed-in visitor never gets the shared page", async ({ browser, request }) => {
    // Make sure the signed-out landing page is in the cache (of every server behind a balancer).
    const cached = [];
    for (let tries = 0; tries < 4; tries++) cached.push((await request.get("/")).headers()["age"]);
    expect(cached.filter((age) => age !== undefined).length).toBeGreaterThan(0);

    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, accounts.citizen.email);
    const mine = await page.goto("/");
    expect(mine?.headers()["age"]).toBeUndefined();
    expect(mine?.headers()["cache-control"]).toBe("private, no-store");
    await expect(page.getByRole("main")).toContainText(accounts.citizen.fullName);
    await context.close();
  });
});
