import { test as base, expect, type BrowserContext } from "@playwright/test";

/**
 * The suite's `test`: Playwright's, and a test also fails when a page it
 * opened threw an uncaught script error — a hydration mismatch (React
 * #418/#425) among them, after which React draws the page again in the
 * browser and drops what the visitor had begun typing. Every context the test
 * makes counts, the default one and those from `browser.newContext()` (one per
 * user in the multi-user journeys).
 *
 * A test that means to cause such an error says so with
 * `test.use({ allowScriptErrors: true })`.
 */
export const test = base.extend<{ allowScriptErrors: boolean; failOnScriptErrors: void }>({
  allowScriptErrors: [false, { option: true }],
  failOnScriptErrors: [
    async ({ browser, allowScriptErrors }, use, testInfo) => {
      const errors: string[] = [];
      const watch = (context: BrowserContext) =>
        context.on("weberror", (error) => errors.push(`${error.page()?.url() ?? "?"}: ${error.error().message.slice(0, 200)}`));
      // Playwright's own `context` fixture opens its context with browser.newContext() too.
      const newContext = browser.newContext;
      browser.newContext = async function (this: typeof browser, ...args: Parameters<typeof newContext>) {
        const context = await newContext.apply(this, args);
        watch(context);
        return context;
      };
      try {
        await use();
      } finally {
        browser.newContext = newContext;
      }
      if (!allowScriptErrors && testInfo.status === testInfo.expectedStatus) {
        expect([...new Set(errors)], "uncaught script errors in the test's pages").toEqual([]);
      }
    },
    { auto: true },
  ],
});

export { expect };
