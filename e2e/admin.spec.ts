import { expect, test } from "./support/test";
import { accounts, demoPassword, hydrated, login, logout, open, uniqueEmail, uniqueSuffix, vi } from "./utils";

test.describe("administration", () => {
  test.beforeEach(async ({ page }) => {
    await login(page, accounts.admin.email, demoPassword);
    await expect(page).toHaveURL(/\/admin$/);
  });

  test("an administrator creates a handler who then signs in to their unit's desk", async ({ page }) => {
    const fullName = `Quàng Văn Cán Bộ ${uniqueSuffix()}`;
    const email = uniqueEmail("canbo");
    const password = "cay-che-xanh-2026";

    await open(page, "/admin/users/new");
    await expect(page.getByRole("heading", { level: 1, name: "Thêm cán bộ" })).toBeVisible();
    await page.getByLabel(vi.fullName).fill(fullName);
    await page.getByLabel(vi.email).fill(email);
    await page.getByLabel("Vai trò").selectOption({ label: "Cán bộ xử lý" });
    await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: "Phường Chiềng Sinh" });
    await page.getByLabel("Chức vụ").fill("Công chức địa chính");
    await page.getByLabel("Mật khẩu ban đầu").fill(password);
    await page.getByRole("button", { name: "Tạo mới" }).click();

    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("status")).toHaveText(`Đã tạo tài khoản ${fullName}.`);
    const row = page.getByRole("row", { name: new RegExp(fullName) });
    await expect(row).toContainText("Cán bộ xử lý");
    await expect(row).toContainText("Phường Chiềng Sinh");
    await expect(row).toContainText(email);
    await expect(row).toContainText("Chưa đăng nhập");
    await hydrated(page);

    await logout(page);
    await login(page, email, password);

    await expect(page).toHaveURL(/\/desk$/);
    await expect(page.getByRole("heading", { level: 1, name: vi.desk })).toBeVisible();
    const nav = page.getByRole("navigation", { name: vi.mainNav });
    await expect(nav.getByRole("link", { name: vi.desk })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Quản trị" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: vi.myCases })).toHaveCount(0);
    await expect(nav).toContainText(`Đang đăng nhập: ${fullName}`);
    await expect(page.getByRole("main")).toContainText("Đơn vị: Phường Chiềng Sinh");
    await expect(page.getByRole("main")).toContainText("Vai trò: Cán bộ xử lý");
    await expect(page.getByRole("heading", { level: 2, name: "Hồ sơ của đơn vị theo trạng thái" })).toBeVisible();
  });

  test("a handler without a unit is refused and the other values are kept", async ({ page }) => {
    const fullName = `Sa Văn Thiếu Đơn Vị ${uniqueSuffix()}`;
    const email = uniqueEmail("khongdonvi");

    await open(page, "/admin/users/new");
    await page.getByLabel(vi.fullName).fill(fullName);
    await page.getByLabel(vi.email).fill(email);
    await page.getByLabel("Vai trò").selectOption({ label: "Cán bộ xử lý" });
    await expect(page.getByLabel("Đơn vị", { exact: true })).toHaveValue("");
    await page.getByLabel("Chức vụ").fill("Công chức tư pháp");
    await page.getByLabel("Mật khẩu ban đầu").fill("cay-che-xanh-2026");
    await page.getByRole("button", { name: "Tạo mới" }).click();

    const unit = page.getByLabel("Đơn vị", { exact: true });
    await expect(unit).toHaveAccessibleDescription("Vai trò này cần gắn với một đơn vị.");
    await expect(unit).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/admin\/users\/new$/);
    await expect(page.getByLabel(vi.fullName)).toHaveValue(fullName);
    await expect(page.getByLabel(vi.email)).toHaveValue(email);
    await expect(page.getByLabel("Vai trò")).toHaveValue("HANDLER");
    await expect(page.getByLabel("Chức vụ")).toHaveValue("Công chức tư pháp");

    // Nothing was created.
    await open(page, `/admin/users?q=${encodeURIComponent(email)}`);
    await expect(page.getByText("Không có kết quả.")).toBeVisible();
  });

  test("an administrator adds a ward under Tỉnh Sơn La and sees it listed", async ({ page }) => {
    const suffix = uniqueSuffix().slice(-6).toUpperCase();
    const name = `Xã Thử Nghiệm ${suffix}`;
    const code = `E2E-${suffix}`;

    await open(page, "/admin/units");
    await page.getByRole("link", { name: "Thêm đơn vị" }).click();
    await expect(page).toHaveURL(/\/admin\/units\/new$/);
    await expect(page.getByRole("heading", { level: 1, name: "Thêm đơn vị" })).toBeVisible();
    await hydrated(page);

    await page.getByLabel("Tên", { exact: true }).fill(name);
    await page.getByLabel("Mã", { exact: true }).fill(code);
    await page.getByLabel("Cấp", { exact: true }).selectOption({ label: "Xã, phường" });
    await page.getByLabel("Đơn vị cấp trên").selectOption({ label: "Tỉnh Sơn La" });
    await expect(page.getByLabel("Đang hoạt động")).toBeChecked();
    await page.getByRole("button", { name: "Tạo mới" }).click();

    await expect(page).toHaveURL(/\/admin\/units$/);
    await expect(page.getByRole("status")).toHaveText(`Đã thêm đơn vị ${name}.`);
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row.getByRole("link", { name })).toBeVisible();
    await expect(row).toContainText(code);
    await expect(row).toContainText("Xã, phường");
    await expect(row).toContainText("Đang hoạt động");

    // It is a child of the province: listed after "Tỉnh Sơn La", one level deeper.
    await expect(row.getByRole("rowheader").locator(".depth-1")).toContainText(name);

    // And it can be chosen as a unit for staff.
    await open(page, "/admin/users/new");
    await expect(page.getByLabel("Đơn vị", { exact: true }).getByRole("option", { name })).toHaveCount(1);
  });
});
