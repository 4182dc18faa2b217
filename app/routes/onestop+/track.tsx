import onestopStyles from "~/styles/onestop.css";
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { PageHeader } from "~/components/kit";
import { DossierBadges, DossierFacts, StepsList } from "~/components/onestop";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { isDossierCode } from "~/modules/onestop/codes";
import { loadDossier } from "~/modules/onestop/dossiers.server";
import { dossierView } from "~/modules/onestop/view.server";
import { db } from "~/utils/db.server";
import { clientAddress } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { hit, limits, retryAfter, retryAfterHeaders, tooManyRequests } from "~/utils/rate-limit.server";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: onestopStyles }];
export const headers = retryAfterHeaders;

/** Public lookup by dossier code (the QR code on the slip): status, dates and steps, nothing personal. */
export async function loader({ request }: LoaderFunctionArgs) {
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const raw = new URL(request.url).searchParams.get("code")?.trim().toUpperCase() ?? "";
  const base = { title: t("onestop.track.heading"), code: raw.slice(0, 40) };
  if (!raw) return { ...base, error: null, d: null };
  if (!isDossierCode(raw)) return data({ ...base, error: "onestop.errors.badCode", d: null }, { status: 400 });
  // Shares the case lookup's limit per address: guessing codes is slowed the same way.
  const key = `lookup:${clientAddress(request)}`;
  const wait = await retryAfter(key, limits.lookupPerAddress);
  if (wait > 0) return data({ ...base, error: `errors.tooManyRequests?minutes=${Math.ceil(wait / 60)}`, d: null }, tooManyRequests(wait));
  await hit(key, limits.lookupPerAddress);
  const found = await db.dossier.findUnique({ where: { code: raw }, select: { id: true } });
  const d = found ? await loadDossier(found.id) : null;
  if (!d) return data({ ...base, error: "onestop.errors.notFound", d: null }, { status: 404 });
  // dossierView holds no name, contact or file: only the procedure, the offices, the dates and the steps.
  return { ...base, error: null, d: dossierView(d, language) };
}

export default function Track() {
  const { code, error, d } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="track-title">
      <PageHeader titleId="track-title" title={t("onestop.track.heading")} subtitle={t("onestop.track.intro")} />
      <Form method="get" className="inline-form">
        <label htmlFor="code">{t("onestop.track.code")}</label>
        <input id="code" name="code" defaultValue={code} autoComplete="off" aria-invalid={error ? true : undefined} aria-describedby="code-error" />
        <ErrorList id="code-error" errors={error ? [error] : null} />
        <button type="submit" className="button primary">{t("onestop.track.submit")}</button>
      </Form>
      {d ? (
        <>
          <h2>{d.code}</h2>
          <p className="page-badges">
            <DossierBadges d={d} />
          </p>
          <DossierFacts d={d} />
          <StepsList steps={d.steps} />
        </>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
