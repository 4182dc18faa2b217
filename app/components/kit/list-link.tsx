import { useNavigate } from "@remix-run/react";
import { createContext, useCallback, useContext, type MouseEvent, type ReactNode } from "react";

type Follow = (event: MouseEvent<HTMLAnchorElement>) => void;

const FollowContext = createContext<Follow | null>(null);

/**
 * Client-side navigation for every ListLink on the page, from one
 * `useNavigate()`. Remix's `<Link>` resolves its path and builds its own
 * navigate function on every render (~18 µs a link): a list of 25–50 rows
 * spent more on its links than on its query. Rendered once, in the root.
 */
export function ListNavigation({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const follow = useCallback<Follow>(
    (event) => {
      const link = event.currentTarget;
      // What the browser does itself: a new tab or window, a download, another target.
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      event.preventDefault();
      navigate(link.getAttribute("href")!);
    },
    [navigate],
  );
  return <FollowContext.Provider value={follow}>{children}</FollowContext.Provider>;
}

/**
 * A link in a list's row, to a path inside the app (`/desk/cases/…`): a plain
 * `<a href>` — so without JavaScript it is an ordinary link — that the page
 * follows without reloading, as a `<Link>` does. `data-discover` lets Remix
 * learn the target route ahead of the click, as it does for its own links.
 */
export function ListLink({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  const follow = useContext(FollowContext);
  return (
    <a href={to} className={className} onClick={follow ?? undefined} data-discover="true">
      {children}
    </a>
  );
}
