import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import axeCore from "axe-core";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { accounts, demoPassword, expectToast, fillRegisterForm, hydrated, login, open, openAction, scheduleConference, uniqueEmail, uniqueSuffix, vnDate } from "./utils";

/**
 * Every page of every role, once in Vietnamese on a 390 × 844 phone and once
 * in English on a desktop screen (issue #13, docs/accessibility.md; `npm test`
 * takes the first on SQLite and the second on PostgreSQL, see `languages`):
 *
 *   - axe (WCAG 2.1 A and AA rules) finds no violation;
 *   - on the phone: nothing is wider than the screen, every table cell shown
 *     as a card names its column, the header takes under a quarter of the
 *     screen, and a case page's main action is in view without scrolling.
 *
 * The walk is built from app/routes: the first test fails when a page route
 * is neither walked below nor excluded with its reason, so a new page cannot
 * slip past. A role walks in one browser context (one test), signing in once.
 */

/** A page to open: a fixed path, or the first link in `from`'s main content (`.`: the page open now) whose path matches `link`. */
type Visit = { route: string; path?: string; from?: string; link?: RegExp; query?: string; casePage?: boolean };
type Walker = "signedOut" | keyof typeof accounts | "onestopDesk" | "resident" | "boardHead";

const emails: Record<Exclude<Walker, "signedOut">, string> = {
  ...Object.fromEntries(Object.entries(accounts).map(([k, a]) => [k, a.email])),
  onestopDesk: "motcua.tinh@langnghe.local",
  resident: "cudan01@langnghe.local",
  boardHead: "cudan08@langnghe.local",
} as Record<Exclude<Walker, "signedOut">, string>;

const walks: { who: Walker; visits: Visit[] }[] = [
  {
    who: "signedOut",
    visits: [
      { route: "_index.tsx", path: "/" },
      { route: "$.tsx", path: "/khong-co-trang-nay" },
      { route: "_auth+/login.tsx", path: "/login" },
      { route: "_auth+/register.tsx", path: "/register" },
      { route: "_auth+/forgot-password.tsx", path: "/forgot-password" },
      { route: "_auth+/reset-password._index.tsx", path: "/reset-password" },
      { route: "_auth+/reset-password.$token.tsx", path: "/reset-password/het-han-hoac-sai" },
      { route: "cases+/new.tsx", path: "/cases/new" },
      { route: "track.tsx", path: "/track" },
      { route: "answers+/_index.tsx", path: "/answers" },
      { route: "answers+/$code.tsx", from: "/answers", link: /^\/answers\/[^/?]+$/ },
      { route: "notices+/_index.tsx", path: "/notices" },
      { route: "notices+/$noticeId.tsx", from: "/notices", link: /^\/notices\/[^/?]+$/ },
      { route: "calendar._index.tsx", path: "/calendar" },
      { route: "democracy+/_index.tsx", path: "/democracy" },
      { route: "democracy+/rules.tsx", path: "/democracy/rules" },
      { route: "onestop+/_index.tsx", path: "/onestop" },
      { route: "onestop+/procedures.$code.tsx", path: "/onestop/procedures/1.001193" },
      { route: "onestop+/track.tsx", path: "/onestop/track" },
      { route: "stats._index.tsx", path: "/stats" },
      { route: "stats.ranking.tsx", path: "/stats/ranking" },
      { route: "stats.units.tsx", path: "/stats/units" },
      { route: "stats.dossiers.tsx", path: "/stats/dossiers" },
      { route: "stats.democracy.tsx", path: "/stats/democracy" },
    ],
  },
  {
    who: "citizen",
    visits: [
      { route: "cases+/_index.tsx", path: "/cases" },
      { route: "cases+/$code.tsx", from: "/cases", link: /^\/cases\/[A-Z0-9-]+$/, casePage: true },
      { route: "cases+/$code_.documents._index.tsx", from: "/cases", link: /^\/cases\/[A-Z0-9-]+$/, query: "/documents" },
      { route: "cases+/new.tsx", path: "/cases/new" },
      { route: "notifications.tsx", path: "/notifications" },
      { route: "profile+/_index.tsx", path: "/profile" },
      { route: "sessions+/_index.tsx", path: "/sessions" },
      { route: "sessions+/invitations.$id.tsx", from: "/sessions", link: /^\/sessions\/invitations\/[^/?]+$/ },
      { route: "calendar.$id.tsx", from: "/calendar", link: /^\/calendar\/[^/?.]+$/ },
      { route: "mediation+/mine._index.tsx", path: "/mediation/mine" },
      { route: "mediation+/mine.$code.tsx", from: "/mediation/mine", link: /^\/mediation\/mine\/[^/?]+$/ },
      { route: "mediation+/request.tsx", path: "/mediation/request" },
      { route: "onestop+/mine._index.tsx", path: "/onestop/mine" },
      { route: "onestop+/mine.$id.tsx", from: "/onestop/mine", link: /^\/onestop\/mine\/[^/?]+$/ },
      { route: "onestop+/new.tsx", path: "/onestop/new?procedure=1.001193" },
      { route: "onestop+/slip.$id.tsx", from: "/onestop/mine", link: /^\/onestop\/mine\/[^/?]+$/, query: "slip" },
      { route: "democracy+/_index.tsx", path: "/democracy" },
    ],
  },
  {
    who: "reception",
    visits: [
      { route: "desk+/_index.tsx", path: "/desk" },
      { route: "desk+/cases._index.tsx", path: "/desk/cases" },
      { route: "desk+/cases.$code.tsx", from: "/desk/cases", link: /^\/desk\/cases\/[A-Z0-9-]+$/, casePage: true },
      { route: "desk+/cases.new.tsx", path: "/desk/cases/new" },
      { route: "desk+/reception._index.tsx", path: "/desk/reception" },
      { route: "desk+/registers.$kind.tsx", path: "/desk/registers/reception" },
      { route: "desk+/sessions._index.tsx", path: "/desk/sessions" },
      { route: "desk+/sessions.new.tsx", path: "/desk/sessions/new" },
      { route: "desk+/sessions.$id._index.tsx", from: "/desk/sessions", link: /^\/desk\/sessions\/[^/?]+$/ },
      { route: "desk+/sessions.$id.edit.tsx", from: "/desk/sessions", link: /^\/desk\/sessions\/[^/?]+$/, query: "/edit" },
      { route: "desk+/sessions.$id.minutes.tsx", from: "/desk/sessions", link: /^\/desk\/sessions\/[^/?]+$/, query: "/minutes" },
      { route: "desk+/sessions.$id.print.tsx", from: "/desk/sessions", link: /^\/desk\/sessions\/[^/?]+$/, query: "/print" },
      { route: "desk+/notices._index.tsx", path: "/desk/notices" },
      { route: "desk+/notices.new.tsx", path: "/desk/notices/new" },
      { route: "desk+/notices.$noticeId.tsx", from: "/desk/notices", link: /^\/desk\/notices\/(?!new)[^/?]+$/ },
      { route: "desk+/democracy._index.tsx", path: "/desk/democracy" },
      { route: "desk+/democracy.areas._index.tsx", path: "/desk/democracy/areas" },
      { route: "desk+/democracy.areas.$areaId.tsx", from: "/desk/democracy/areas", link: /^\/desk\/democracy\/areas\/[^/?]+$/ },
      { route: "desk+/democracy.boards.tsx", path: "/desk/democracy/boards" },
      { route: "desk+/democracy.conferences._index.tsx", path: "/desk/democracy/conferences" },
      { route: "desk+/democracy.conferences.$sessionId.tsx", from: "/desk/democracy/conferences", link: /^\/desk\/democracy\/conferences\/[^/?]+$/ },
      { route: "desk+/democracy.matters.new.tsx", path: "/desk/democracy/matters/new" },
      { route: "desk+/democracy.matters.$id.tsx", from: "/desk/democracy", link: /^\/desk\/democracy\/matters\/(?!new)[^/?]+$/ },
      { route: "desk+/democracy.consultations.new.tsx", path: "/desk/democracy/consultations/new" },
      { route: "desk+/democracy.consultations.$id.tsx", from: "/desk/democracy", link: /^\/desk\/democracy\/consultations\/(?!new)[^/?]+$/ },
      { route: "desk+/dossiers._index.tsx", path: "/desk/dossiers" },
      { route: "desk+/dossiers.$id.tsx", from: "/desk/dossiers", link: /^\/desk\/dossiers\/(?!new)[^/?]+$/ },
      { route: "mediation+/teams._index.tsx", path: "/mediation/teams" },
      { route: "mediation+/teams.new.tsx", path: "/mediation/teams/new" },
      { route: "mediation+/teams.$teamId.tsx", from: "/mediation/teams", link: /^\/mediation\/teams\/(?!new)[^/?]+$/ },
      { route: "notifications.tsx", path: "/notifications" },
      { route: "profile+/_index.tsx", path: "/profile" },
    ],
  },
  {
    who: "handler",
    visits: [
      { route: "desk+/_index.tsx", path: "/desk" },
      { route: "desk+/cases.$code.tsx", from: "/desk/cases", link: /^\/desk\/cases\/[A-Z0-9-]+$/, casePage: true },
      { route: "desk+/cases.$code_.documents._index.tsx", from: "/desk/cases", link: /^\/desk\/cases\/[A-Z0-9-]+$/, query: "/documents" },
      { route: "desk+/dossiers._index.tsx", path: "/desk/dossiers" },
    ],
  },
  {
    who: "leader",
    visits: [
      { route: "desk+/_index.tsx", path: "/desk" },
      { route: "desk+/cases.$code.tsx", from: "/desk/cases", link: /^\/desk\/cases\/[A-Z0-9-]+$/, casePage: true },
      { route: "desk+/reports._index.tsx", path: "/desk/reports" },
      { route: "desk+/reports.forms.tsx", path: "/desk/reports/forms" },
      { route: "desk+/reports.national-export.tsx", path: "/desk/reports/national-export" },
      { route: "desk+/reports.dossiers._index.tsx", path: "/desk/reports/dossiers" },
      { route: "desk+/reception.frequency.tsx", path: "/desk/reception/frequency" },
      { route: "desk+/answers.$code.tsx", from: "/desk/cases?status=RESOLVED", link: /^\/desk\/cases\/[A-Z0-9-]+$/, query: "answer" },
      { route: "desk+/democracy.recommendations.$id.tsx", from: "/desk", link: /^\/desk\/democracy\/recommendations\/[^/?]+$/ },
      { route: "mediation+/overview.tsx", path: "/mediation/overview" },
      { route: "mediation+/_index.tsx", path: "/mediation" },
    ],
  },
  {
    who: "provinceLeader",
    visits: [
      { route: "desk+/_index.tsx", path: "/desk" },
      { route: "desk+/cases._index.tsx", path: "/desk/cases" },
      { route: "desk+/reports._index.tsx", path: "/desk/reports" },
    ],
  },
  {
    who: "mediator",
    visits: [
      { route: "mediation+/_index.tsx", path: "/mediation" },
      { route: "mediation+/new.tsx", path: "/mediation/new" },
      { route: "mediation+/$code.tsx", from: "/mediation", link: /^\/mediation\/(?!new|mine|overview|request|teams)[^/?]+$/ },
      { route: "mediation+/$code_.record.tsx", from: "/mediation", link: /^\/mediation\/(?!new|mine|overview|request|teams)[^/?]+$/, query: "/record" },
    ],
  },
  {
    who: "onestopDesk",
    visits: [
      { route: "desk+/dossiers._index.tsx", path: "/desk/dossiers" },
      { route: "desk+/dossiers.new.tsx", path: "/desk/dossiers/new" },
    ],
  },
  {
    who: "resident",
    visits: [
      { route: "democracy+/matters.$id.tsx", from: "/democracy", link: /^\/democracy\/matters\/[^/?]+$/ },
      { route: "democracy+/consultations.$id.tsx", from: "/democracy", link: /^\/democracy\/consultations\/[^/?]+$/ },
    ],
  },
  {
    who: "boardHead",
    visits: [
      { route: "democracy+/boards.$boardId._index.tsx", from: "/democracy", link: /^\/democracy\/boards\/[^/?]+$/ },
      { route: "democracy+/boards.$boardId.cases._index.tsx", from: "/democracy", link: /^\/democracy\/boards\/[^/?]+$/, query: "/cases" },
      { route: "democracy+/boards.$boardId.cases.$code.tsx", from: ".", link: /^\/democracy\/boards\/[^/?]+\/cases\/[^/?]+$/ },
    ],
  },
  {
    who: "admin",
    visits: [
      { route: "admin+/_index.tsx", path: "/admin" },
      { route: "admin+/audit.tsx", path: "/admin/audit" },
      { route: "admin+/users._index.tsx", path: "/admin/users" },
      { route: "admin+/users.new.tsx", path: "/admin/users/new" },
      { route: "admin+/users.$userId.tsx", from: "/admin/users", link: /^\/admin\/users\/(?!new)[^/?]+$/ },
      { route: "admin+/units._index.tsx", path: "/admin/units" },
      { route: "admin+/units.new.tsx", path: "/admin/units/new" },
      { route: "admin+/units.$unitId.tsx", from: "/admin/units", link: /^\/admin\/units\/(?!new)[^/?]+$/ },
      { route: "admin+/rules.tsx", path: "/admin/rules" },
      { route: "admin+/reception-rules.tsx", path: "/admin/reception-rules" },
      { route: "admin+/democracy-rules.tsx", path: "/admin/democracy-rules" },
      { route: "admin+/statistics.tsx", path: "/admin/statistics" },
      { route: "admin+/procedures._index.tsx", path: "/admin/procedures" },
      { route: "admin+/procedures.$code.tsx", from: "/admin/procedures", link: /^\/admin\/procedures\/[^/?]+$/ },
    ],
  },
];

/** Page routes the walk does not open, each with its reason. */
const excluded: Record<string, string> = {
  "admin+/_layout.tsx": "the frame of every admin page: checked through each of them",
  "_auth+/logout.tsx": "signs out on POST; a GET only redirects",
  "_auth+/register_.verify.tsx": "reached by registering: the signed-out walk ends there (registerThenVerify)",
  "cases+/receipt.tsx": "reached by filing: the citizen's walk files a case and checks the receipt (fileForReceipt)",
  "cases+/$code_.documents.$template.$source._index.tsx": "a statutory form: opened from the documents page (firstDocument)",
  "desk+/cases.$code_.documents.$template.$source._index.tsx": "a statutory form: opened from the documents page (firstDocument)",
  "onestop+/apology.$id.tsx": "the apology letter exists only for a late dossier; onestop.spec.ts prints it; same print frame as the slip",
  "onestop+/supplement.$id.tsx": "exists only for a dossier sent back for supplement; onestop.spec.ts prints it; same print frame as the slip",
  "onestop+/refusal.$id.tsx": "exists only for a refused dossier; onestop.spec.ts prints it; same print frame as the slip",
};

/** Page routes: route modules under app/routes with a default export (a component), except `__` helpers. */
function pageRoutes(): string[] {
  const root = path.resolve("app/routes");
  const out: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.name.startsWith("__")) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (/export default/.test(readFileSync(file, "utf8"))) out.push(path.relative(root, file).split(path.sep).join("/"));
  }
  return out.sort();
}

test("the axe runner reports what axe finds: a missing alt, an empty link, low contrast", async ({ page }) => {
  await page.setContent(
    '<html lang="vi"><head><title>Thử</title></head><body><main><h1>Thử</h1><img src="/favicon.ico"><a href="/x"></a><p style="color:#aaa;background:#fff">Chữ mờ</p></main></body></html>',
  );
  expect((await axeViolations(page)).map((v) => v.id).sort()).toEqual(["color-contrast", "image-alt", "link-name"]);
});

test("every page route is walked or excluded with its reason", () => {
  const walked = new Set(walks.flatMap((w) => w.visits.map((v) => v.route)));
  const routes = pageRoutes();
  expect(routes.length).toBeGreaterThan(80);
  const missing = routes.filter((r) => !walked.has(r) && !(r in excluded));
  expect(missing, "page routes neither walked nor excluded").toEqual([]);
  const stale = [...walked, ...Object.keys(excluded)].filter((r) => !routes.includes(r));
  expect(stale, "walked or excluded routes that no longer exist").toEqual([]);
});

const phone = { width: 390, height: 844 };

// The walks are independent (each signs in its own role): two workers share them.
test.describe.configure({ mode: "parallel" });

/**
 * Pages whose subject the demo data lacks, made once per worker through the
 * forms people use: a dialogue conference (the reception officer schedules it)
 * and a supervision board's recommendation to the ward (the board's head sends it).
 */
test.beforeAll(async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ locale: "vi-VN" });
  const page = await context.newPage();
  await login(page, accounts.reception.email);
  await scheduleConference(page);
  await context.clearCookies();

  await signIn(page, emails.boardHead);
  await open(page, "/democracy");
  await page.getByRole("link", { name: "Ban Thanh tra nhân dân phường Tô Hiệu" }).click();
  await hydrated(page);
  await openAction(page, "Gửi kiến nghị tới xã, phường");
  const rec = page.getByRole("form", { name: "Gửi kiến nghị" });
  await rec.getByLabel("Vấn đề kiến nghị").fill(`Đèn đường tổ 5 ${uniqueSuffix()}`);
  await rec.getByLabel("Kết quả kiểm tra, giám sát").fill("Hai đơn kiến nghị về đèn đường chưa được trả lời.");
  await rec.getByLabel("Nội dung kiến nghị").fill("Đề nghị Ủy ban nhân dân phường trả lời các đơn và báo cáo Ban.");
  await rec.getByLabel("Ngày kiến nghị đến xã, phường").fill(vnDate(1));
  await rec.getByRole("button", { name: "Gửi kiến nghị" }).click();
  await expectToast(page, /Đã gửi kiến nghị/);
  await context.close();
});

// `npm test` runs the suite twice, on SQLite and on PostgreSQL, and takes one language in each
// (scripts/test-all.sh: E2E_EVERY_PAGE=vi, then en): every page opens on both databases, and is
// checked on the phone and on the desktop once. Unset, both walks run.
const languages = (() => {
  const asked = (process.env.E2E_EVERY_PAGE || "vi,en").split(/[\s,]+/).filter(Boolean);
  const unknown = asked.filter((l) => l !== "vi" && l !== "en");
  if (!asked.length || unknown.length) throw new Error(`E2E_EVERY_PAGE="${process.env.E2E_EVERY_PAGE}": give vi, en or vi,en`);
  return (["vi", "en"] as const).filter((l) => asked.includes(l));
})();

for (const language of languages) {
  test.describe(`${language === "vi" ? "Vietnamese on a phone" : "English on a desktop"}`, () => {
    test.use(language === "vi" ? { viewport: phone, isMobile: true, hasTouch: true, locale: "vi-VN" } : { viewport: { width: 1280, height: 800 }, locale: "en-US" });
    for (const walk of walks) {
      test(`${walk.who}: every page passes axe${language === "vi" ? " and fits the phone" : ""}`, async ({ page }) => {
        test.setTimeout(240_000);
        const problems: string[] = [];
        // The links of each page opened so far: a list page is not opened again to find the next item to visit.
        const linksOn = new Map<string, string[]>();
        // Uncaught errors in the page's scripts: a hydration mismatch (React #418/#425) among them,
        // after which React draws the page again in the browser and drops what the visitor had begun.
        const scriptErrors: string[] = [];
        page.on("pageerror", (error) => scriptErrors.push(error.message.slice(0, 120)));
        if (walk.who !== "signedOut") await signIn(page, emails[walk.who]);
        for (const visit of walk.visits) {
          const where = await reach(page, visit, linksOn);
          if (!where) {
            problems.push(`${visit.route}: no link matching ${visit.link} on ${visit.from}`);
            continue;
          }
          problems.push(...(await check(page, where, language === "vi", visit.casePage)));
          if (scriptErrors.length) problems.push(`${where}: script errors: ${[...new Set(scriptErrors)].slice(0, 2).join(" | ")}`);
          scriptErrors.length = 0;
        }
        if (walk.who === "signedOut") problems.push(...(await registerThenVerify(page, language === "vi")));
        if (walk.who === "citizen") {
          problems.push(...(await firstDocument(page, "/cases", language === "vi")));
          problems.push(...(await fileForReceipt(page, language === "vi")));
        }
        if (walk.who === "handler") problems.push(...(await firstDocument(page, "/desk/cases", language === "vi")));
        expect(problems).toEqual([]);
      });
    }
  });
}

async function signIn(page: Page, email: string) {
  await open(page, "/login");
  const main = page.getByRole("main");
  await main.locator('input[name="identifier"]').fill(email);
  await main.locator('input[name="password"]').fill(demoPassword);
  await main.locator('button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/login/);
  await hydrated(page);
}

/** Opens the visit's page; returns its path, or null when the link to follow is not there. */
async function reach(page: Page, visit: Visit, linksOn: Map<string, string[]>): Promise<string | null> {
  const mainLinks = () => page.locator("main a[href]").evaluateAll((as) => as.map((a) => (a.getAttribute("href") ?? "").split("#")[0]!));
  let target = visit.path ?? null;
  if (!target) {
    let hrefs = visit.from === "." ? await mainLinks() : linksOn.get(visit.from!);
    if (!hrefs) {
      await open(page, visit.from!);
      hrefs = await mainLinks();
      linksOn.set(visit.from!, hrefs);
    }
    const found = hrefs.find((h) => visit.link!.test(h.split("?")[0]!));
    if (!found) return null;
    target = found;
    if (visit.query === "slip") target = target.replace("/onestop/mine/", "/onestop/slip/");
    else if (visit.query === "answer") target = target.replace("/desk/cases/", "/desk/answers/");
    else if (visit.query) target += visit.query;
  }
  await open(page, target);
  linksOn.set(target, await mainLinks());
  return target;
}

/** axe's WCAG 2.1 A/AA rules on the open page, and on a phone the layout's promises. */
async function check(page: Page, where: string, onPhone: boolean, casePage = false): Promise<string[]> {
  const problems: string[] = [];
  const status = await page.evaluate(() => document.title);
  if (/^(404|403|500)\b/.test(status)) problems.push(`${where}: error page (${status})`);
  for (const v of await axeViolations(page)) {
    problems.push(`${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  }
  if (!onPhone) return problems;

  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > phone.width) problems.push(`${where}: page ${width} px wide`);
  const unlabelled = await page.locator("table tbody td").evaluateAll((cells) =>
    cells
      .filter((c) => !c.closest(".table-scroll") && getComputedStyle(c).display !== "none" && (c.textContent ?? "").trim() !== "")
      .filter((c) => !/\S/.test(getComputedStyle(c, "::before").content.replace(/^(none|normal)$/, "").replace(/["':]/g, "")))
      .map((c) => (c.textContent ?? "").trim().slice(0, 30)),
  );
  if (unlabelled.length) problems.push(`${where}: table cells without their column's label: ${unlabelled.slice(0, 3).join(" | ")}`);
  const banner = await page.locator("body > header, [role=banner]").first().boundingBox();
  if (banner && banner.height > phone.height * 0.25) problems.push(`${where}: header ${Math.round(banner.height)} px tall`);
  if (casePage) {
    const firstAction = page.locator(".action-panel .action-list > *").first();
    const main = (await firstAction.count()) ? firstAction : page.getByRole("note").first();
    const box = await main.boundingBox();
    if (!box || box.y + Math.min(box.height, 48) > phone.height) problems.push(`${where}: the case's main action is below the fold (${box ? Math.round(box.y) : "none"} px)`);
  }
  return problems;
}

/**
 * axe-core's WCAG 2.1 A and AA rules, run in the page itself. @axe-core/playwright's
 * AxeBuilder does the same work at three times the cost: it evaluates axe's 560 KB
 * source in the page twice and opens a new tab to merge its results, for frames we
 * do not have (the suite's slowest part: 386 of its 1,468 test-seconds with it).
 */
type WithAxe = { axe?: typeof axeCore };

async function axeViolations(page: Page): Promise<axeCore.Result[]> {
  if (!(await page.evaluate(() => typeof (window as WithAxe).axe?.run === "function"))) await page.evaluate(axeCore.source);
  const results = await page.evaluate(
    (values) => (window as WithAxe).axe!.run(document, { runOnly: { type: "tag", values }, resultTypes: ["violations"] }),
    ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
  );
  return results.violations;
}

/** The registration code page: reached by submitting the registration form. */
async function registerThenVerify(page: Page, onPhone: boolean): Promise<string[]> {
  await open(page, "/register");
  const password = "suoi-nam-la-trong-xanh";
  await fillRegisterFormAnyLanguage(page, { fullName: "Lò Văn Kiểm", email: uniqueEmail("a11y"), password });
  await page.getByRole("main").locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/register\/verify/);
  await hydrated(page);
  return check(page, "/register/verify", onPhone);
}

async function fillRegisterFormAnyLanguage(page: Page, v: { fullName: string; email: string; password: string }) {
  const main = page.getByRole("main");
  if ((await page.locator("html").getAttribute("lang")) === "vi") return fillRegisterForm(page, { ...v, confirmPassword: v.password });
  await main.locator('input[name="fullName"]').fill(v.fullName);
  await main.locator('input[name="email"]').fill(v.email);
  await main.locator('input[name="password"]').fill(v.password);
  await main.locator('input[name="confirmPassword"]').fill(v.password);
}

/** A statutory form: the first template on the documents page of the first case in `list` that has one (a complaint or denunciation). */
async function firstDocument(page: Page, list: string, onPhone: boolean): Promise<string[]> {
  await open(page, list);
  const cases = (await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))).filter((h) => /^\/(desk\/)?cases\/[A-Z0-9-]+$/.test(h));
  for (const c of [...new Set(cases)]) {
    await open(page, `${c}/documents`);
    const doc = (await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))).find((h) => /\/documents\/[^/]+\/[^/?]+$/.test(h));
    if (!doc) continue;
    await open(page, doc);
    return check(page, doc, onPhone);
  }
  return [`${list}: no case with a statutory document to open`];
}

/** The receipt after filing: the citizen files a short feedback (title and text unlike any other, so no "similar case" step). */
async function fileForReceipt(page: Page, onPhone: boolean): Promise<string[]> {
  await open(page, "/cases/new?kind=feedback");
  const main = page.getByRole("main");
  const word = uniqueEmail("x").replace(/[^a-z0-9]/g, "");
  await main.locator('input[name="title"]').fill(`Kiểm tra trợ năng ${word}`);
  await main.locator('textarea[name="description"]').fill(`Hồ sơ thử để mở giấy biên nhận ${word}.`);
  await main.locator('select[name="categoryId"]').selectOption({ index: 1 });
  await main.locator('select[name="unitId"]').selectOption({ label: "Phường Tô Hiệu" });
  await main.locator('button[type="submit"]').last().click();
  // The same citizen filed alike before (the other language's walk): the form comes back asking whether this is another matter.
  const confirmNew = main.locator('input[name="confirmNew"]');
  const receipt = page.locator(".receipt");
  await expect(receipt.or(confirmNew)).toBeVisible({ timeout: 20_000 });
  const problems: string[] = [];
  if (await confirmNew.isVisible()) {
    await hydrated(page);
    problems.push(...(await check(page, "/cases/new (similar cases)", onPhone)));
    await confirmNew.check();
    await main.locator('button[type="submit"]').last().click();
  }
  await expect(page).toHaveURL(/\/cases\/receipt$/, { timeout: 20_000 });
  await hydrated(page);
  return [...problems, ...(await check(page, "/cases/receipt", onPhone))];
}
