import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { homePathFor } from "~/modules/auth/roles";
import { getUser } from "~/modules/auth/session.server";
import { pageMeta } from "~/utils/meta";
import { loaderCaching, publicPageCaching } from "~/utils/page-cache.server";

export const meta: MetaFunction<typeof loader> = pageMeta;
/** Signed out, the same page for everyone: shared briefly (docs/decisions/022-public-page-cache.md). */
export const headers = loaderCaching;

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, t] = await Promise.all([getUser(request), getT(request)]);
  return data(
    {
      title: t("app.tagline"),
      user: user ? { fullName: user.fullName, home: homePathFor(user.role) } : null,
    },
    { headers: publicPageCaching(!!user) },
  );
}

export default function Landing() {
  const { t } = useTranslation();
  const { user } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t("landing.heading")}</h1>
        <p className="lead">{t("landing.intro")}</p>
        {user ? (
          <p>
            <strong>{t("landing.signedInHeading", { name: user.fullName })}</strong>{" "}
            <Link to={user.home} className="button primary">
              {t("landing.goHome")}
            </Link>
          </p>
        ) : (
          <p className="actions">
            <Link to="/cases/new" className="button primary">
              {t("landing.startFiling")}
            </Link>
            <Link to="/track" className="button">
              {t("landing.trackCase")}
            </Link>
            <Link to="/register" className="button">
              {t("nav.register")}
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="what-title">
        <h2 id="what-title">{t("landing.whatHeading")}</h2>
        <ul className="checklist">
          <li>{t("landing.whatFile")}</li>
          <li>{t("landing.whatTrack")}</li>
          <li>{t("landing.whatAnswer")}</li>
          <li>{t("landing.whatBook")}</li>
          <li>{t("landing.whatRate")}</li>
        </ul>
      </section>
      <section aria-labelledby="kinds-title">
        <h2 id="kinds-title">{t("landing.kindsHeading")}</h2>
        <dl className="kinds">
          <div>
            <dt>{t("caseKind.FEEDBACK")}</dt>
            <dd>{t("landing.kindFeedback")}</dd>
          </div>
          <div>
            <dt>{t("caseKind.PETITION")}</dt>
            <dd>{t("landing.kindPetition")}</dd>
          </div>
          <div>
            <dt>{t("caseKind.COMPLAINT")}</dt>
            <dd>{t("landing.kindComplaint")}</dd>
          </div>
          <div>
            <dt>{t("caseKind.DENUNCIATION")}</dt>
            <dd>{t("landing.kindDenunciation")}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
