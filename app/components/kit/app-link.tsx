import { useNavigate } from "@remix-run/react";
import { createContext, useCallback, useContext, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from "react";

type Follow = (event: MouseEvent<HTMLAnchorElement>) => void;

const FollowContext = createContext<Follow | null>(null);

/**
 * Client-side navigation for every AppLink on the page, from one
 * `useNavigate()`. Remix's `<Link>` resolves its path and builds its own
 * navigate function on every render (~18 µs a link, more for a `<NavLink>`):
 * a list of 25 rows spent more on its links than on its query, and the
 * header's ~30 links were a third of a small page's render. Rendered once,
 * in the root.
 */
export function AppLinkNavigation({ children }: { children: ReactNode }) {
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

type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href" | "onClick"> & {
  /** A path inside the app, from its root (`/desk/cases/…`). */
  to: string;
  /** The page being shown: marked for assistive technology (and styled), as a NavLink marks it. */
  current?: boolean;
  children: ReactNode;
};

/**
 * A link to a page of the app: a plain `<a href>` — so without JavaScript it
 * is an ordinary link — that the page follows without reloading, as a
 * `<Link>` does. `data-discover` lets Remix learn the target route ahead of
 * the click, as it does for its own links.
 */
export function AppLink({ to, current, className, children, ...rest }: AppLinkProps) {
  const follow = useContext(FollowContext);
  return (
    <a
      {...rest}
      href={to}
      className={current ? [className, "active"].filter(Boolean).join(" ") : className}
      aria-current={current ? "page" : undefined}
      onClick={follow ?? undefined}
      data-discover="true"
    >
      {children}
    </a>
  );
}

/** Whether `to` is the page at `pathname` or (unless `end`) a page below it, as NavLink decides it. */
export function isCurrentPath(pathname: string, to: string, end = false): boolean {
  const here = pathname.toLowerCase();
  const target = to.toLowerCase();
  if (here === target) return true;
  if (end || target === "/") return false;
  const stem = target.endsWith("/") ? target.slice(0, -1) : target;
  return here.startsWith(stem) && here.charAt(stem.length) === "/";
}
