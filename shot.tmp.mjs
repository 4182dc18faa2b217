import { chromium } from "@playwright/test";
const [,, url, out, login, width = "390", full = "1"] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 844 }, locale: "vi-VN" });
const page = await ctx.newPage();
if (login) {
  await page.goto("http://127.0.0.1:3305/login");
  await page.getByLabel("Email hoặc số điện thoại").fill(login);
  await page.getByLabel("Mật khẩu", { exact: true }).fill("LangNghe@2026");
  await page.getByRole("main").getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}
await page.goto("http://127.0.0.1:3305" + url);
const h = await page.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.scrollWidth]);
console.log("height,width", h);
await page.screenshot({ path: out, fullPage: full === "1" });
await browser.close();
