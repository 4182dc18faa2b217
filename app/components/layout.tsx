import { Form, useLocation } from "@remix-run/react";
import { AppLink, isCurrentPath } from "./kit/app-link";
import { useTranslation } from "~/i18n/react";
import { supportedLanguages, type Language } from "~/i18n/config";
import { roleHasPermission } from "~/modules/auth/roles";

type HeaderUser = { id: string; fullName: string; role: string; unitName: string | null } | null;
type NavItem = { to: string; label: string; end?: boolean };

/** Navigation depends on the role; only pages the user may open are listed. */
function navItems(user: HeaderUser, t: (key: string) => string): NavItem[] {
  if (!user) {
    return [
      { to: "/", label: t("nav.home"), end: true },
      { to: "/cases/new", label: t("nav.fileCase") },
      { to: "/track", label: t("nav.lookup") },
    ];
  }
  const items: NavItem[] = [];
  if (roleHasPermission(user.role, "case:read:own")) {
    items.push({ to: "/cases", label: t("nav.myCases"), end: true });
    items.push({ to: "/cases/new", label: t("nav.fileCase") });
    items.push({ to: "/track", label: t("nav.lookup") });
  }
  if (roleHasPermission(user.role, "dossier:file")) items.push({ to: "/onestop/mine", label: t("onestop.mineNav") });
  if (roleHasPermission(user.role, "session:book")) items.push({ to: "/sessions", label: t("nav.sessions") });
  if (roleHasPermission(user.role, "case:read:unit")) {
    items.push({ to: "/desk", label: t("nav.desk"), end: true });
    items.push({ to: "/desk/cases", label: t("nav.inbox") });
    items.push({ to: "/desk/sessions", label: t("nav.sessions") });
    items.push({ to: "/desk/dossiers", label: t("onestop.deskNav") });
  }
  if (roleHasPermission(user.role, "report:unit")) items.push({ to: "/desk/reports", label: t("stats.links.reports") });
  if (roleHasPermission(user.role, "notice:post")) items.push({ to: "/desk/notices", label: t("noticeBoard.deskNav") });
  if (roleHasPermission(user.role, "democracy:manage")) items.push({ to: "/desk/democracy", label: t("democracy.deskNav") });
  // Grassroots mediation: a mediator's home; the commune's staff see their teams' mediations; a citizen their own.
  if (roleHasPermission(user.role, "mediation:work") || roleHasPermission(user.role, "case:read:unit")) {
    items.push({ to: "/mediation", label: t("nav.mediation") });
  } else if (roleHasPermission(user.role, "case:read:own")) {
    items.push({ to: "/mediation/mine", label: t("nav.mediation") });
  }
  if (roleHasPermission(user.role, "admin:users")) {
    items.push({ to: "/admin", label: t("nav.admin"), end: true });
    items.push({ to: "/admin/units", label: t("nav.units") });
    items.push({ to: "/admin/users", label: t("nav.users") });
    items.push({ to: "/admin/audit", label: t("nav.audit") });
    items.push({ to: "/mediation/teams", label: t("nav.mediation") });
  }
  items.push({ to: "/notifications", label: t("nav.notifications") });
  return items;
}

/**
 * What anyone may read without an account — the reception calendar, the
 * statistics, the notice board, the published answers — in a row of its own,
 * so the main navigation stays short on a phone.
 */
function publicItems(t: (key: string) => string): NavItem[] {
  return [
    { to: "/onestop", label: t("onestop.nav") },
    { to: "/calendar", label: t("nav.calendar") },
    { to: "/stats", label: t("nav.stats") },
    { to: "/notices", label: t("noticeBoard.nav") },
    { to: "/answers", label: t("publishedAnswers.nav") },
    { to: "/democracy", label: t("democracy.nav") },
  ];
}

function LanguageSwitch({ here, language }: { here: string; language: Language }) {
  const { t } = useTranslation();
  return (
    <Form method="post" action="/language" reloadDocument className="language-switch" aria-label={t("language.switch")}>
      <input type="hidden" name="redirectTo" value={here} />
      {supportedLanguages.map((lng) => (
        <button key={lng} type="submit" name="lng" value={lng} lang={lng} aria-pressed={lng === language} className="link-button">
          {t(`language.${lng}`)}
        </button>
      ))}
    </Form>
  );
}

/** The navigation's links, the current page's marked (as a NavLink marks it, without one per link). */
function NavList({ items, pathname, className }: { items: NavItem[]; pathname: string; className?: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.to}>
          <AppLink to={item.to} current={isCurrentPath(pathname, item.to, item.end)}>
            {item.label}
          </AppLink>
        </li>
      ))}
    </ul>
  );
}

function Account({ user, unread }: { user: HeaderUser; unread: number }) {
  const { t } = useTranslation();
  return (
    <div className="account">
      {user ? (
        <>
          <span className="signed-in-as">
            {t("nav.signedInAs", { name: user.fullName })}
            {unread > 0 ? <span className="badge">{t("notifications.unread", { count: unread })}</span> : null}
          </span>
          <AppLink to="/profile">{t("nav.profile")}</AppLink>
          <Form method="post" action="/logout">
            <button type="submit" className="link-button">
              {t("nav.signOut")}
            </button>
          </Form>
        </>
      ) : (
        <>
          <AppLink to="/login">{t("nav.signIn")}</AppLink>
          <AppLink to="/register">{t("nav.register")}</AppLink>
        </>
      )}
    </div>
  );
}

/**
 * The site header. On a phone it is one bar — the name, the unread count and
 * a menu button — so the page starts near the top of the screen; the menu is
 * a native <details> (it opens without JavaScript) holding the navigation,
 * the account and the language. From 60rem the full header shows instead.
 * Only one of the two is displayed at a width (the other is display:none, so
 * it is also out of the accessibility tree).
 */
export function SiteHeader({ user, language, unread }: { user: HeaderUser; language: Language; unread: number }) {
  const { t } = useTranslation();
  const location = useLocation();
  const here = location.pathname + location.search;
  const main = navItems(user, t);
  const publicNav = publicItems(t);
  return (
    <header className="site-header">
      <div className="header-compact">
        <AppLink to="/" className="brand">
          <span className="brand-name">{t("app.name")}</span>
        </AppLink>
        {user && unread > 0 ? (
          <AppLink to="/notifications" className="header-unread" aria-label={t("notifications.unread", { count: unread })}>
            {t("nav.unreadShort", { count: unread })}
          </AppLink>
        ) : null}
        {/* The key closes the menu after a client-side navigation (a new element, closed again). */}
        <details className="site-menu" key={here}>
          <summary>{t("nav.menu")}</summary>
          <div className="site-menu-panel">
            <nav aria-label={t("nav.label")}>
              <NavList items={main} pathname={location.pathname} className="menu-list" />
            </nav>
            <nav aria-label={t("nav.publicLabel")}>
              <NavList items={publicNav} pathname={location.pathname} className="menu-list menu-list-public" />
            </nav>
            <Account user={user} unread={unread} />
            <LanguageSwitch here={here} language={language} />
          </div>
        </details>
      </div>
      <div className="header-wide">
        <div className="header-top">
          <AppLink to="/" className="brand">
            <span className="brand-name">{t("app.name")}</span>
            <span className="brand-tagline">{t("app.tagline")}</span>
          </AppLink>
          <LanguageSwitch here={here} language={language} />
        </div>
        <nav aria-label={t("nav.label")} className="site-nav">
          <NavList items={main} pathname={location.pathname} />
          <Account user={user} unread={unread} />
        </nav>
        <nav aria-label={t("nav.publicLabel")} className="public-nav">
          <NavList items={publicNav} pathname={location.pathname} />
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <p>{t("app.footer")}</p>
      <p>{t("app.footerHotline")}</p>
    </footer>
  );
}
