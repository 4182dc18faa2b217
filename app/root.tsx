import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { CatalogueScript, useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "./components/error-boundary";
import { SiteFooter, SiteHeader } from "./components/layout";
import { AppLinkNavigation } from "./components/kit/app-link";
import { FlashToast } from "./components/toast";
import { defaultLanguage } from "./i18n/config";
import { getLanguage } from "./i18n/i18n.server";
import { getUser } from "./modules/auth/session.server";
import stylesUrl from "./styles/app.css";
import { useNonce } from "./utils/nonce";
import { readToast } from "./utils/toast.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesUrl },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Lắng Nghe" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, language, { toast, clear }] = await Promise.all([getUser(request), getLanguage(request), readToast(request)]);
  const unread = user?.unread ?? 0; // read with the session, in one query
  return data(
    {
      language,
      toast,
      unread,
      user: user
        ? { id: user.id, fullName: user.fullName, role: user.role, unitName: user.unit?.name ?? null }
        : null,
    },
    { headers: clear ? { "Set-Cookie": clear } : undefined },
  );
}

export type RootLoaderData = ReturnType<typeof useRootData>;
export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRootData();
  const nonce = useNonce();
  const { t } = useTranslation();
  const language = data?.language ?? defaultLanguage;
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={t("app.tagline")} />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("app.skipToContent")}
        </a>
        <AppLinkNavigation>
          <SiteHeader user={data?.user ?? null} language={language} unread={data?.unread ?? 0} />
          <main id="main" tabIndex={-1}>
            <FlashToast toast={data?.toast} />
            {children}
          </main>
          <SiteFooter />
        </AppLinkNavigation>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
        <CatalogueScript />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
