import { renderToString } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { AppLink, isCurrentPath } from "./app-link";

describe("isCurrentPath decides as NavLink does", () => {
  test.each([
    ["/desk/cases", "/desk/cases", false, true],
    ["/desk/cases/TOHIEU-2026-000001", "/desk/cases", false, true],
    ["/desk/cases-archive", "/desk/cases", false, false],
    ["/desk/cases/X", "/desk", true, false],
    ["/desk", "/desk", true, true],
    ["/DESK/Cases", "/desk/cases", false, true],
    ["/", "/", true, true],
    ["/desk", "/", false, false],
    ["/admin/users", "/admin/", false, true],
    ["/admin", "/admin/", false, false],
  ])("%s under %s (end: %s): %s", (pathname, to, end, expected) => {
    expect(isCurrentPath(pathname, to, end)).toBe(expected);
  });
});

test("without the page's navigation (no JavaScript yet) it is a plain link; the current page is marked", () => {
  expect(renderToString(<AppLink to="/desk/cases" className="code">Hộp</AppLink>)).toBe('<a href="/desk/cases" class="code" data-discover="true">Hộp</a>');
  const current = renderToString(<AppLink to="/desk" current aria-label="Bàn">Bàn</AppLink>);
  expect(current).toContain('aria-current="page"');
  expect(current).toContain('class="active"');
  expect(current).toContain('aria-label="Bàn"');
});
