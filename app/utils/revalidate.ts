import type { ShouldRevalidateFunction } from "@remix-run/react";

/**
 * With single fetch, Remix no longer reloads a page's data after its action
 * answers 4xx. A refused edit is often refused because the record changed
 * (409: someone else saved first), and the page must then show the latest
 * state beside the message, as it did before; a route with an action exports
 * this as its `shouldRevalidate`.
 */
export const revalidateAfterRefusal: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus !== undefined && actionStatus >= 400 && actionStatus < 500 ? true : defaultShouldRevalidate;
