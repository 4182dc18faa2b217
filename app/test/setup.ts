import { afterEach, vi } from "vitest";

// A test that makes the app log an error fails: errors must be asserted, not ignored.
const consoleError = vi.spyOn(console, "error");
afterEach(() => {
  const calls = consoleError.mock.calls;
  consoleError.mockClear();
  if (calls.length) throw new Error(`console.error was called: ${calls.map((c) => c.join(" ")).join("\n")}`);
});
