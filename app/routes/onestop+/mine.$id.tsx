import onestopStyles from "~/styles/onestop.css";
import { type LinksFunction, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeader } from "~/components/kit";
import { DossierBadges, DossierFacts, DossierFilesList, DossierTimeline, PapersList, StepsList } from "~/components/onestop";
import { DossierActions, type ActionErrors } from "~/components/onestop-actions";
import { getLanguage } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { requireOwnDossier } from "~/modules/onestop/access.server";
import { handleDossierAction } from "~/modules/onestop/action.server";
import { loadOnestopContext } from "~/modules/onestop/context.server";
import { dossierState } from "~/modules/onestop/dossiers.server";
import { allowedActions, applicantView, dossierFiles, dossierTimeline, dossierView } from "~/modules/onestop/view.server";
import { pageMeta } from "~/utils/meta";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: onestopStyles }];

const citizenIntents = ["supply", "withdraw", "rate"] as const;

export const shouldRevalidate = revalidateAfterRefusal;

/** The applicant's own dossier: progress, what is missing, the result, and supply / withdraw / rate. Anyone else's: 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "dossier:file");
  const d = await requireOwnDossier(user, params.id);
  const [language, ctx, timeline, files] = await Promise.all([getLanguage(request), loadOnestopContext(), dossierTimeline(d.id, "citizen"), dossierFiles(d.id)]);
  const can = allowedActions(dossierState(d, ctx), { kind: "citizen", userId: user.id });
  return { title: d.code ?? d.procedure.name, d: dossierView(d, language), applicant: applicantView(d), can, timeline, files };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "dossier:file");
  const d = await requireOwnDossier(user, params.id);
  return handleDossierAction(request, d, { kind: "citizen", userId: user.id }, citizenIntents, `/onestop/mine/${d.id}`);
}

export default function MyDossier() {
  const { d, applicant, can, timeline, files } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>() as ActionErrors;
  const { t } = useTranslation();
  // The result file is the applicant's once the result is returned (or ready, to collect online).
  const visibleFiles = files.filter((f) => f.kind !== "RESULT" || ["RESULT_READY", "RETURNED"].includes(d.status));
  return (
    <article aria-labelledby="dossier-title">
      <PageHeader
        titleId="dossier-title"
        title={d.procedure.name}
        subtitle={d.code ? `${t("onestop.dossier.code")}: ${d.code}` : `${t("onestop.dossier.ref")} ${d.ref}`}
        badges={<DossierBadges d={d} />}
        actions={d.code ? <Link to={`/onestop/slip/${d.id}`} className="button">{t("onestop.dossier.slip")}</Link> : null}
      />
      <DossierActions can={can} version={d.version} papers={d.papers} step={null} errors={errors} refusalCodes={[]} />
      <DossierFacts d={d}>
        {applicant.refusalReason ? (
          <div>
            <dt>{t("onestop.dossier.refusal")}</dt>
            <dd>{applicant.refusalReason}</dd>
          </div>
        ) : null}
        {d.apologyAt ? (
          <div>
            <dt>{t("onestop.dossier.apologySlip")}</dt>
            <dd>
              {applicant.apologyReason} <Link to={`/onestop/apology/${d.id}`}>{t("onestop.dossier.apologySlip")}</Link>
            </dd>
          </div>
        ) : null}
        {d.rating ? (
          <div>
            <dt>{t("onestop.dossier.rating")}</dt>
            <dd>{t("onestop.dossier.ratingValue", { rating: d.rating })}</dd>
          </div>
        ) : null}
      </DossierFacts>
      <h2>{t("onestop.dossier.papers")}</h2>
      <PapersList papers={d.papers} />
      <DossierFilesList files={visibleFiles} />
      <h2>{t("onestop.dossier.steps")}</h2>
      <StepsList steps={d.steps} />
      <h2>{t("onestop.dossier.timeline")}</h2>
      <DossierTimeline events={timeline} />
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
