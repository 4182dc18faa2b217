import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
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
  ];
}

export function SiteHeader({ user, language, unread }: { user: HeaderUser; language: Language; unread: number }) {
  const { t } = useTranslation();
  const location = useLocation();
  const here = location.pathname + location.search;
  return (
    <header className="site-header">
      <div className="header-top">
        <Link to="/" className="brand">
          <span className="brand-name">{t("app.name")}</span>
          <span className="brand-tagline">{t("app.tagline")}</span>
        </Link>
        <Form method="post" action="/language" reloadDocument className="language-switch" aria-label={t("language.switch")}>
          <input type="hidden" name="redirectTo" value={here} />
          {supportedLanguages.map((lng) => (
            <button
              key={lng}
              type="submit"
              name="lng"
              value={lng}
              lang={lng}
              aria-pressed={lng === language}
              className="link-button"
            >
              {t(`language.${lng}`)}
            </button>
          ))}
        </Form>
      </div>
      <nav aria-label={t("nav.label")} className="site-nav">
        <ul>
          {navItems(user, t).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
        <div className="account">
          {user ? (
            <>
              <span className="signed-in-as">
                {t("nav.signedInAs", { name: user.fullName })}
                {unread > 0 ? <span className="badge">{t("notifications.unread", { count: unread })}</span> : null}
              </span>
              <Form method="post" action="/logout">
                <button type="submit" className="link-button">
                  {t("nav.signOut")}
                </button>
              </Form>
            </>
          ) : (
            <>
              <Link to="/login">{t("nav.signIn")}</Link>
              <Link to="/register">{t("nav.register")}</Link>
            </>
          )}
        </div>
      </nav>
      <nav aria-label={t("nav.publicLabel")} className="public-nav">
        <ul>
          {publicItems(t).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to}>{item.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
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
