import { expect, type Page } from "@playwright/test";

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

export type Registration = { fullName: string; email: string; password: string };

/** Registers a citizen through the real form; lands on "Hồ sơ của tôi". */
export async function registerCitizen(page: Page, overrides: Partial<Registration> = {}): Promise<Registration> {
  const reg: Registration = {
    fullName: overrides.fullName ?? `Lò Văn Thử ${uniqueSuffix()}`,
    email: overrides.email ?? uniqueEmail(),
    password: overrides.password ?? "suoi-nam-la-trong-xanh",
  };
  await open(page, "/register");
  await fillRegisterForm(page, { ...reg, confirmPassword: reg.password });
  await page.getByRole("main").getByRole("button", { name: vi.register }).click();
  await expect(page.getByRole("heading", { level: 1, name: vi.myCases })).toBeVisible();
  await hydrated(page);
  return reg;
}

export async function fillRegisterForm(
  page: Page,
  values: { fullName: string; email: string; password: string; confirmPassword: string },
): Promise<void> {
  await page.getByLabel(vi.fullName).fill(values.fullName);
  await page.getByLabel(vi.email).fill(values.email);
  await page.getByLabel(vi.password, { exact: true }).fill(values.password);
  await page.getByLabel(vi.confirmPassword).fill(values.confirmPassword);
}
