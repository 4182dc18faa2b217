import { s3Env } from "../scripts/topology.mjs";
import { query } from "./db";
import { expect, type Browser, type BrowserContext, type Locator, type Page, type Response } from "@playwright/test";

/**
 * Shared helpers for the end-to-end suite. Demo accounts are copied from
 * prisma/seed-lib.ts (importing it needs the app's `~` alias).
 */
export const demoPassword = "LangNghe@2026";

export const accounts = {
  admin: { email: "admin@langnghe.local", fullName: "Quản trị viên" },
  reception: { email: "tiepnhan.tohieu@langnghe.local", fullName: "Lò Thị Mai" },
  handler: { email: "xuly.tohieu@langnghe.local", fullName: "Cầm Văn Dũng" },
  leader: { email: "lanhdao.tohieu@langnghe.local", fullName: "Hoàng Văn Nam" },
  provinceLeader: { email: "lanhdao.tinh@langnghe.local", fullName: "Quàng Văn Thắng" },
  handlerChiengAn: { email: "xuly.chiengan@langnghe.local", fullName: "Tòng Thị Hoa" },
  mediator: { email: "hoagiai.tohieu@langnghe.local", fullName: "Lường Văn Sơn" },
  citizen: { email: "congdan@langnghe.local", fullName: "Nguyễn Thị Lan", phone: "+84912000001" },
  citizen2: { email: "congdan2@langnghe.local", fullName: "Vì Văn Khánh", phone: "+84912000002" },
} as const;

/** Vietnamese strings the tests look for (from app/i18n/locales/vi.ts). */
export const vi = {
  landingHeading: "Chính quyền lắng nghe, người dân theo dõi đến cùng",
  myCases: "Hồ sơ của tôi",
  desk: "Bàn làm việc",
  admin: "Quản trị hệ thống",
  signIn: "Đăng nhập",
  signOut: "Đăng xuất",
  register: "Đăng ký",
  identifier: "Email hoặc số điện thoại",
  password: "Mật khẩu",
  fullName: "Họ và tên",
  email: "Email",
  phone: "Số điện thoại",
  confirmPassword: "Nhập lại mật khẩu",
  signedIn: "Đăng nhập thành công.",
  signedOut: "Bạn đã đăng xuất.",
  invalidCredentials: "Email, số điện thoại hoặc mật khẩu không đúng.",
  forbiddenTitle: "Bạn không có quyền xem trang này",
  notFoundTitle: "Không tìm thấy trang",
  mainNav: "Điều hướng chính",
  languageSwitch: "Đổi ngôn ngữ",
} as const;

/** English strings (from app/i18n/locales/en.ts). */
export const en = {
  landingHeading: "Your government listens — and you can follow it through",
  myCases: "My cases",
  signIn: "Sign in",
  signOut: "Sign out",
  notFoundTitle: "Page not found",
} as const;

let counter = 0;
/** A suffix no other run or test has used: for unique emails, names and codes. */
export function uniqueSuffix(): string {
  counter += 1;
  return `${Date.now().toString(36)}${process.pid.toString(36)}${counter}`.toLowerCase();
}

/** A fresh citizen email, e.g. `e2e-lan-lq3x8k1@example.test`. */
export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}-${uniqueSuffix()}@example.test`;
}

/**
 * Waits until React has hydrated the page (its fiber is attached to the main
 * element), so a click is handled by Remix and not by a half-hydrated page.
 * With JavaScript disabled it returns at once: there is nothing to wait for.
 */
export async function hydrated(page: Page): Promise<void> {
  // Remix's inline context script only runs when JavaScript is enabled.
  const scripting = await page.evaluate(() => "__remixContext" in window).catch(() => false);
  if (!scripting) return;
  await page.waitForFunction(() => {
    const main = document.getElementById("main");
    return Boolean(main && Object.keys(main).some((k) => k.startsWith("__reactFiber") || k.startsWith("__reactProps")));
  });
}

/** Opens a page and waits for it to be interactive. */
export async function open(page: Page, path: string) {
  const response = await page.goto(path);
  await hydrated(page);
  return response;
}

/** Signs in through the real login form (Vietnamese labels) and waits for the landing page. */
export async function login(page: Page, email: string, password: string = demoPassword): Promise<void> {
  await open(page, "/login");
  await page.getByLabel(vi.identifier).fill(email);
  await page.getByLabel(vi.password, { exact: true }).fill(password);
  await page.getByRole("main").getByRole("button", { name: vi.signIn }).click();
  await expect(page.getByRole("status").filter({ hasText: vi.signedIn })).toBeVisible();
  await hydrated(page);
}

/** Signs out with the header's "Đăng xuất" button. */
export async function logout(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: vi.signOut }).click();
  await expect(page.getByRole("status").filter({ hasText: vi.signedOut })).toBeVisible();
  await hydrated(page);
}

export type Registration = { fullName: string; email: string; password: string; phone?: string };

/**
 * The latest email queued for `to` in the e2e database (the server runs no
 * jobs, so emails wait in OutboxEmail): what the person would read.
 */
export async function lastEmailTo(to: string, since = new Date(0)): Promise<{ subject: string; text: string }> {
  let row: { subject: string; text: string; createdAt: string | Date } | undefined;
  await expect
    .poll(
      async () => {
        [row] = await query<{ subject: string; text: string; createdAt: string | Date }>('SELECT subject, text, "createdAt" FROM "OutboxEmail" WHERE "to" = ? ORDER BY "createdAt" DESC LIMIT 1', [to]);
        return row ? new Date(row.createdAt).getTime() >= since.getTime() - 1000 : false;
      },
      { message: `an email to ${to}` },
    )
    .toBe(true);
  return { subject: row!.subject, text: row!.text };
}

export async function emailedCode(to: string, since?: Date): Promise<string> {
  const { text } = await lastEmailTo(to, since);
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  if (!code) throw new Error(`no code in the email to ${to}`);
  return code;
}

export const viVerify = {
  heading: "Xác nhận email",
  code: "Mã xác nhận (6 chữ số)",
  submit: "Xác nhận và tạo tài khoản",
} as const;

/** Registers a citizen through the real form and the emailed code; lands on "Hồ sơ của tôi". */
export async function registerCitizen(page: Page, overrides: Partial<Registration> = {}): Promise<Registration> {
  const reg: Registration = {
    fullName: overrides.fullName ?? `Lò Văn Thử ${uniqueSuffix()}`,
    email: overrides.email ?? uniqueEmail(),
    password: overrides.password ?? "suoi-nam-la-trong-xanh",
    ...(overrides.phone ? { phone: overrides.phone } : {}),
  };
  await open(page, "/register");
  await fillRegisterForm(page, { ...reg, confirmPassword: reg.password });
  await page.getByRole("main").getByRole("button", { name: vi.register }).click();
  await expect(page.getByRole("heading", { level: 1, name: viVerify.heading })).toBeVisible();
  await hydrated(page);
  await page.getByLabel(viVerify.code).fill(await emailedCode(reg.email));
  await page.getByRole("main").getByRole("button", { name: viVerify.submit }).click();
  // Creating the account and its session: slower than a page on a loaded two-core machine.
  await expect(page.getByRole("heading", { level: 1, name: vi.myCases })).toBeVisible({ timeout: 15_000 });
  await hydrated(page);
  return reg;
}

export async function fillRegisterForm(
  page: Page,
  values: { fullName: string; email: string; password: string; confirmPassword: string; phone?: string },
): Promise<void> {
  await page.getByLabel(vi.fullName).fill(values.fullName);
  await page.getByLabel(vi.email).fill(values.email);
  if (values.phone) await page.getByLabel(vi.phone).fill(values.phone);
  await page.getByLabel(vi.password, { exact: true }).fill(values.password);
  await page.getByLabel(vi.confirmPassword).fill(values.confirmPassword);
}

// ---------------------------------------------------------------------------
// Cases: filing, receipts, the citizen's page and the officials' desk.
// ---------------------------------------------------------------------------

/** Case-related Vietnamese strings (app/i18n/locales/vi.ts). */
export const viCases = {
  kinds: { FEEDBACK: "Phản ánh", PETITION: "Kiến nghị", COMPLAINT: "Khiếu nại", DENUNCIATION: "Tố cáo" },
  status: {
    SUBMITTED: "Đã gửi",
    ACCEPTED: "Đã tiếp nhận",
    NEEDS_INFO: "Cần bổ sung thông tin",
    IN_PROGRESS: "Đang giải quyết",
    RESOLVED: "Đã có kết quả",
    CLOSED: "Đã đóng",
    APPEALED: "Đã khiếu nại lần hai",
    DECLINED: "Không thụ lý",
  },
  title: "Tiêu đề",
  description: "Nội dung",
  category: "Lĩnh vực",
  unit: "Cơ quan, đơn vị giải quyết",
  location: "Địa điểm",
  decision: "Quyết định, hành vi bị khiếu nại",
  learnedAt: "Ngày bạn biết quyết định, hành vi đó",
  denounced: "Người hoặc cơ quan bị tố cáo",
  files: "Chọn tệp",
  anonymous: "Gửi không nêu tên",
  submit: "Gửi hồ sơ",
  receipt: "Giấy biên nhận hồ sơ",
  code: "Mã hồ sơ",
  secret: "Mã bí mật",
  statusTerm: "Trạng thái",
  unitTerm: "Đơn vị giải quyết",
  timeline: "Quá trình xử lý",
  submittedEvent: "Đã gửi hồ sơ",
  acceptedEvent: "Cơ quan đã thụ lý",
  inbox: "Hộp hồ sơ",
  inboxSearch: "Tìm theo mã, tiêu đề, tên người gửi",
  filter: "Lọc",
  conflict: "Hồ sơ vừa được người khác cập nhật",
  identityNotice: "Tố cáo cần người tố cáo đã xác thực danh tính",
  sealed: "Danh tính người tố cáo được giữ bí mật",
} as const;

/** The unit the demo world lives in, and its neighbour. */
export const units = { tohieu: "Phường Tô Hiệu", chiengan: "Phường Chiềng An", province: "Tỉnh Sơn La" } as const;

/**
 * A form's POST to `pathname` as the browser sends it: to the page's own
 * address without JavaScript, to `<pathname>.data` with it (Remix single fetch).
 */
export function isPostTo(response: Response, pathname: string): boolean {
  const at = new URL(response.url()).pathname;
  return response.request().method() === "POST" && (at === pathname || at === `${pathname}.data`);
}

/** A tracking code as the receipt shows it, e.g. TOHIEU-2026-000123. */
export const caseCodePattern = /^[A-Z0-9-]+-\d{4}-\d{6}$/;

/** A real 1×1 PNG (a grey pixel). */
export function samplePng(): Buffer {
  return Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  );
}

/** A small but well-formed one-page PDF. */
export function samplePdf(text = "Bien ban hien truong"): Buffer {
  const stream = `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** A date `daysAgo` days before today in Vietnam, as a date input wants it (yyyy-mm-dd). */
export function vnDate(daysAgo = 0): string {
  return new Date(Date.now() + 7 * 3600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/** The value (dd) next to a term (dt) of a description list, e.g. fact(page, "Trạng thái"). */
export function fact(scope: Page | Locator, term: string): Locator {
  const page = "page" in scope ? scope.page() : scope;
  return scope
    .locator("dl > div")
    .filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^\\s*${escapeRegExp(term)}\\s*$`) }) })
    .getByRole("definition");
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A fresh browser context signed in as `email` (demo password unless given). */
export async function signedIn(browser: Browser, email: string, password: string = demoPassword): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email, password);
  return { context, page };
}

export type CaseInput = {
  title: string;
  description: string;
  category?: string;
  unit?: string;
  location?: string;
  decision?: string;
  learnedAt?: string;
  denounced?: string;
  files?: { name: string; mimeType: string; buffer: Buffer }[];
};

/** Fills the filing form (citizen's /cases/new?kind=… or the desk's intake form). */
export async function fillCaseForm(page: Page, input: CaseInput): Promise<void> {
  const form = page.getByRole("main");
  await form.getByLabel(viCases.title, { exact: true }).fill(input.title);
  await form.getByLabel(viCases.description, { exact: true }).fill(input.description);
  await form.getByLabel(viCases.category).selectOption({ label: input.category ?? "Giao thông" });
  await form.getByLabel(viCases.unit).selectOption({ label: input.unit ?? units.tohieu });
  if (input.location) await form.getByLabel(viCases.location).fill(input.location);
  if (input.decision) await form.getByLabel(viCases.decision).fill(input.decision);
  // The citizen's form says "bạn"; the desk's intake form speaks of the complainant.
  if (input.learnedAt) await form.getByLabel(/^Ngày (bạn|người khiếu nại) biết quyết định, hành vi đó/).fill(input.learnedAt);
  if (input.denounced) await form.getByLabel(viCases.denounced).fill(input.denounced);
  if (input.files) await form.getByLabel(viCases.files).setInputFiles(input.files);
}

/** Opens the citizen's filing form for a kind ("Phản ánh", …) from the kind chooser. */
export async function openFilingForm(page: Page, kind: keyof typeof viCases.kinds): Promise<void> {
  await open(page, "/cases/new");
  await page.getByRole("main").getByRole("link", { name: viCases.kinds[kind], exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/new\\?kind=${kind.toLowerCase()}$`));
  await hydrated(page);
}

/** Submits the filing form and reads the receipt: the tracking code, and the secret if there is one. */
export async function submitCase(page: Page): Promise<{ code: string; secret: string | null }> {
  await page.getByRole("main").getByRole("button", { name: viCases.submit }).click();
  // Other tests may have filed something alike for the same demo citizen: say it is another matter, as a person would.
  const similar = page.getByRole("region", { name: "Bạn đã có hồ sơ tương tự đang giải quyết" });
  // A filing on a busy machine (two app servers, PostgreSQL, two browsers) can take longer than one expect's 7 s;
  // and when it does not end on the receipt, the failure says what the page said instead.
  await expect(page.getByRole("heading", { level: 1, name: viCases.receipt }).or(similar))
    .toBeVisible({ timeout: 20_000 })
    .catch(async (error: Error) => {
      const said = await page.locator("h1, [role=alert], .field-errors").allInnerTexts().catch(() => []);
      throw new Error(`${error.message}\nAt ${page.url()} the page said: ${said.join(" | ")}`);
    });
  if (await similar.isVisible()) {
    await similar.getByLabel("Đây là việc khác, tôi vẫn muốn gửi hồ sơ mới").check();
    await page.getByRole("main").getByRole("button", { name: viCases.submit }).click();
  }
  return readReceipt(page);
}

/** Reads the receipt the filing form leads to: the tracking code, and the secret if there is one. */
export async function readReceipt(page: Page): Promise<{ code: string; secret: string | null }> {
  await expect(page).toHaveURL(/\/cases\/receipt$/);
  await expect(page.getByRole("heading", { level: 1, name: viCases.receipt })).toBeVisible();
  const code = ((await fact(page, viCases.code).textContent()) ?? "").trim();
  expect(code).toMatch(caseCodePattern);
  const secretFact = fact(page, viCases.secret);
  const secret = (await secretFact.count()) ? ((await secretFact.textContent()) ?? "").trim() : null;
  await hydrated(page);
  return { code, secret };
}

/** Files a case as the signed-in citizen; returns its code. */
export async function fileCaseAsCitizen(page: Page, kind: keyof typeof viCases.kinds, input: CaseInput): Promise<string> {
  await openFilingForm(page, kind);
  await fillCaseForm(page, input);
  const { code } = await submitCase(page);
  return code;
}

/**
 * A reception officer records a case at the desk ("Tiếp nhận hồ sơ trực tiếp"):
 * for a walk-in without an account (contact name) or for a citizen account.
 */
export async function intakeCase(
  page: Page,
  input: CaseInput & { kind?: keyof typeof viCases.kinds; contactName?: string; contactPhone?: string; citizenAccount?: string; channel?: string },
): Promise<{ code: string; secret: string | null }> {
  await open(page, "/desk/cases/new");
  await expect(page.getByRole("heading", { level: 1, name: "Tiếp nhận hồ sơ trực tiếp" })).toBeVisible();
  if (input.kind && input.kind !== "FEEDBACK") {
    const kindLink = page.getByRole("main").getByRole("link", { name: viCases.kinds[input.kind], exact: true });
    await kindLink.click();
    await expect(page).toHaveURL(new RegExp(`kind=${input.kind.toLowerCase()}$`));
    // The URL changes before React shows the new kind's form (a new form, keyed by the kind): what was
    // typed into the old one is lost. The kind's link marked current is drawn with the new form.
    await expect(kindLink).toHaveAttribute("aria-current", "page");
    await hydrated(page);
  }
  const main = page.getByRole("main");
  await main.getByLabel("Kênh tiếp nhận").selectOption({ label: input.channel ?? "Trực tiếp" });
  if (input.citizenAccount) await main.getByLabel("Tài khoản công dân (email hoặc số điện thoại)").fill(input.citizenAccount);
  if (input.contactName) await main.getByLabel(/^Họ và tên/).fill(input.contactName);
  if (input.contactPhone) await main.getByLabel(/^Số điện thoại/).fill(input.contactPhone);
  await fillCaseForm(page, input);
  return submitCase(page);
}

/** Finds a case in the desk inbox ("Hộp hồ sơ") by its code and opens it. */
export async function openFromInbox(page: Page, code: string): Promise<void> {
  await open(page, "/desk/cases");
  await expect(page.getByRole("heading", { level: 1, name: viCases.inbox })).toBeVisible();
  await page.getByLabel(viCases.inboxSearch).fill(code);
  await page.getByRole("search").getByRole("button", { name: viCases.filter }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await page.getByRole("table").getByRole("link", { name: code, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/cases/${escapeRegExp(code)}$`));
  await expect(page.getByRole("main").getByText(code, { exact: true })).toBeVisible();
  await hydrated(page);
}

/** The region of a case page with its history. */
export function timeline(page: Page): Locator {
  return page.getByRole("region", { name: viCases.timeline });
}

/** Waits for the success toast of the last action. */
export async function expectToast(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
  await hydrated(page);
}

/** A citizen files a procedure online with a file for each required paper; returns the dossier page's path. */
export async function fileDossierOnline(page: Page, procedure: string, papers: string[]) {
  await open(page, `/onestop/procedures/${procedure}`);
  await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
  await hydrated(page);
  await page.getByLabel("Xã, phường giải quyết").selectOption({ label: "Phường Tô Hiệu" });
  for (const [i, paper] of papers.entries()) {
    await page.getByLabel(paper).setInputFiles({ name: `giay-to-${i}.pdf`, mimeType: "application/pdf", buffer: samplePdf(`Giay to ${i}`) });
  }
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.getByText("Đã nộp hồ sơ. Bộ phận Một cửa sẽ kiểm tra trong 8 giờ làm việc.")).toBeVisible();
  return new URL(page.url()).pathname;
}

/** One visit written in the reception register through its form (optionally on a given month's page, as a given host). */
export type Visit = { when: string; receiver: string; kind?: string; visitor: string; id?: string; address?: string; people?: number; reps?: string; classification: string; repeat?: boolean; mode: string; matter: string; handling: string; host?: string };

export async function recordVisit(page: Page, v: Visit, path = "/desk/reception") {
  await open(page, path);
  const form = page.getByRole("region", { name: "Ghi sổ một lượt tiếp" });
  await form.getByLabel("Ngày, giờ tiếp", { exact: true }).fill(v.when);
  await form.getByLabel("Người tiếp", { exact: true }).selectOption({ label: v.receiver });
  if (v.host) await form.getByLabel("Tiếp công dân với tư cách", { exact: true }).selectOption({ label: v.host });
  if (v.kind) await form.getByLabel("Hình thức tiếp", { exact: true }).selectOption({ label: v.kind });
  await form.getByLabel("Người đến", { exact: true }).fill(v.visitor);
  if (v.id) await form.getByLabel(/^Số CCCD \/ hộ chiếu/).fill(v.id);
  if (v.address) await form.getByLabel(/^Địa chỉ( \(|$)/).fill(v.address);
  if (v.people) await form.getByLabel("Số người đến", { exact: true }).fill(String(v.people));
  if (v.reps) await form.getByLabel(/^Người đại diện/).fill(v.reps);
  await form.getByLabel("Phân loại", { exact: true }).selectOption({ label: v.classification });
  if (v.repeat) await form.getByLabel(/tiếp nhiều lần/).check();
  await form.getByLabel("Nội dung cần trình bày", { exact: true }).fill(v.matter);
  await form.getByLabel("Hướng xử lý", { exact: true }).selectOption({ label: v.mode });
  await form.getByLabel("Nội dung xử lý", { exact: true }).fill(v.handling);
  await form.getByRole("button", { name: "Ghi sổ một lượt tiếp" }).click();
  await expectToast(page, "Đã ghi vào sổ tiếp công dân.");
}

/** A new mediator account at Phường Tô Hiệu, made by the administrator (tests that change a mediator's teams leave the demo mediator alone). */
export async function createMediator(browser: Browser, fullName: string): Promise<{ fullName: string; email: string; password: string }> {
  const email = uniqueEmail("hoagiai");
  const password = "hoa-giai-ban-moi-2026";
  const admin = await signedIn(browser, accounts.admin.email);
  await open(admin.page, "/admin/users/new");
  await admin.page.getByLabel(vi.fullName).fill(fullName);
  await admin.page.getByLabel(vi.email).fill(email);
  await admin.page.getByLabel("Vai trò").selectOption({ label: "Hòa giải viên" });
  await admin.page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: units.tohieu });
  await admin.page.getByLabel("Mật khẩu ban đầu").fill(password);
  await admin.page.getByRole("button", { name: "Tạo mới" }).click();
  await expectToast(admin.page, `Đã tạo tài khoản ${fullName}.`);
  await admin.context.close();
  return { fullName, email, password };
}

/**
 * The environment for running `npm run jobs` against the suite's database
 * (SQLite or PostgreSQL: playwright.config.ts sets E2E_DATABASE_URL).
 */
export function e2eJobEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    SESSION_SECRET: "e2e-secret-at-least-16-chars",
    OUTBOX_DIR: "test-results/outbox",
    STORAGE_DIR: "test-results/storage",
    // The suite's files in its S3-compatible server (scripts/e2e-server.mjs), when it uses one.
    ...(process.env.E2E_STORAGE === "s3" ? s3Env(Number(process.env.E2E_PORT) + 16) : {}),
  };
}

/**
 * Opens one action of a page's action list (a <details> whose summary is the
 * action's name) and returns it; the form inside carries the same name. The
 * action a case waits for is open already; opening twice does nothing.
 */
export async function openAction(page: Page, name: string): Promise<Locator> {
  const item = page.locator("details.action-item").filter({ has: page.locator("summary .action-label", { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
  // An attribute read, not a script: this works with JavaScript disabled too.
  if ((await item.getAttribute("open")) === null) await item.locator("summary").click();
  await expect(item.locator(".action-body")).toBeVisible();
  return item;
}

/** The signed-in reception officer schedules the ward's annual dialogue conference from /desk/democracy/conferences. */
export async function scheduleConference(page: Page): Promise<void> {
  await open(page, "/desk/democracy/conferences");
  const form = page.getByRole("form", { name: "Lên lịch" });
  if (!(await form.isVisible())) await openAction(page, "Lên lịch hội nghị");
  await form.getByLabel("Tên hội nghị").fill(`Hội nghị đối thoại năm ${uniqueSuffix()}`);
  await form.getByLabel("Chủ trì").selectOption({ label: "Hoàng Văn Nam — Chủ tịch UBND phường" });
  await form.getByLabel("Địa điểm").fill("Hội trường UBND phường Tô Hiệu");
  await form.getByRole("button", { name: "Lên lịch" }).click();
  await expectToast(page, "Đã lên lịch hội nghị, kèm chương trình theo quy định.");
}

/** The ward takes a case to a decision: reception accepts it and assigns the handler, who proposes `resolution`, which the leader approves. */
export async function resolveAtWard(browser: Browser, code: string, resolution: string): Promise<void> {
  const reception = await signedIn(browser, accounts.reception.email);
  await openFromInbox(reception.page, code);
  await reception.page.getByRole("button", { name: "Thụ lý", exact: true }).click();
  await expectToast(reception.page, `Đã thụ lý hồ sơ ${code}.`);
  await reception.page.getByLabel("Cán bộ xử lý").selectOption({ label: accounts.handler.fullName });
  await reception.page.getByRole("button", { name: "Phân công xử lý" }).click();
  await expectToast(reception.page, `Đã phân công xử lý hồ sơ ${code}.`);
  await reception.context.close();

  const handler = await signedIn(browser, accounts.handler.email);
  await open(handler.page, `/desk/cases/${code}`);
  await handler.page.getByLabel("Nội dung kết quả giải quyết").fill(resolution);
  await handler.page.getByRole("button", { name: "Đề xuất kết quả giải quyết" }).click();
  await expectToast(handler.page, "Đã gửi đề xuất kết quả để lãnh đạo duyệt.");
  await handler.context.close();

  const leader = await signedIn(browser, accounts.leader.email);
  await open(leader.page, `/desk/cases/${code}`);
  await leader.page.getByRole("button", { name: "Duyệt kết quả" }).click();
  await expectToast(leader.page, `Đã duyệt kết quả giải quyết hồ sơ ${code}.`);
  await leader.context.close();
}
