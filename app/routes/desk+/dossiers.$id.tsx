import onestopStyles from "~/styles/onestop.css";
import { type LinksFunction, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeader } from "~/components/kit";
import { DossierBadges, DossierFacts, DossierFilesList, DossierTimeline, PapersList, StepsList } from "~/components/onestop";
import { DossierActions, type ActionErrors } from "~/components/onestop-actions";
import { getLanguage } from "~/i18n/i18n.server";
import { requireUser } from "~/modules/auth/guards.server";
import { isStaffRole } from "~/modules/auth/roles";
import { requireStaffDossier, staffActor } from "~/modules/onestop/access.server";
import { handleDossierAction } from "~/modules/onestop/action.server";
import { intakeRefusalCodes } from "~/modules/onestop/constants";
import { loadOnestopContext } from "~/modules/onestop/context.server";
import { dossierState } from "~/modules/onestop/dossiers.server";
import { allowedActions, applicantView, dossierFiles, dossierTimeline, dossierView } from "~/modules/onestop/view.server";
import { forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: onestopStyles }];

const staffIntents = ["accept", "requestSupplement", "supply", "refuseAtIntake", "completeStep", "apologise", "returnResult", "withdraw", "note"] as const;

async function load(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  if (!isStaffRole(user.role)) forbidden();
  const d = await requireStaffDossier(user, id);
  return { user, d };
}

export const shouldRevalidate = revalidateAfterRefusal;

/** The staff page of a dossier: facts, papers, steps, timeline, and the actions its state allows this officer. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, d } = await load(request, params.id);
  const [language, ctx, timeline, files] = await Promise.all([getLanguage(request), loadOnestopContext(), dossierTimeline(d.id, "staff"), dossierFiles(d.id)]);
  const state = dossierState(d, ctx);
  const current = d.steps.find((s) => s.position === d.currentStep);
  return {
    title: d.code ?? d.procedure.name,
    d: dossierView(d, language),
    applicant: applicantView(d),
    apologyUnit: d.apologyUnitId ? (d.steps.find((s) => s.unitId === d.apologyUnitId)?.unit.name ?? d.unit.name) : null,
    can: allowedActions(state, staffActor(user)),
    step: d.status === "PROCESSING" ? (current?.kind ?? null) : null,
    timeline,
    files,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, d } = await load(request, params.id);
  return handleDossierAction(request, d, staffActor(user), staffIntents, `/desk/dossiers/${d.id}`);
}

export default function StaffDossier() {
  const { d, applicant, apologyUnit, can, step, timeline, files } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>() as ActionErrors;
  const { t } = useTranslation();
  return (
    <article aria-labelledby="dossier-title">
      <PageHeader
        titleId="dossier-title"
        title={d.code ?? d.procedure.name}
        subtitle={d.code ? d.procedure.name : `${t("onestop.dossier.ref")} ${d.ref}`}
        badges={<DossierBadges d={d} />}
        actions={
          d.code ? (
            <Link to={`/onestop/slip/${d.id}`} className="button">{t("onestop.dossier.slip")}</Link>
          ) : null
        }
      />
      <DossierActions can={can} version={d.version} papers={d.papers} step={step} errors={errors} refusalCodes={intakeRefusalCodes} />
      <DossierFacts d={d}>
        <div>
          <dt>{t("onestop.dossier.applicant")}</dt>
          <dd>{applicant.name}</dd>
        </div>
        <div>
          <dt>{t("onestop.dossier.contact")}</dt>
          <dd>{[applicant.phone, applicant.email, applicant.address].filter(Boolean).join(" · ") || "—"}</dd>
        </div>
        {applicant.details ? (
          <div>
            <dt>{t("onestop.dossier.details")}</dt>
            <dd>{applicant.details}</dd>
          </div>
        ) : null}
        {apologyUnit ? (
          <div>
            <dt>{t("onestop.dossier.apologySlip")}</dt>
            <dd>
              {t("onestop.dossier.apologyBy", { unit: apologyUnit })}. {applicant.apologyReason} <Link to={`/onestop/apology/${d.id}`}>{t("onestop.dossier.apologySlip")}</Link>
            </dd>
          </div>
        ) : null}
      </DossierFacts>
      <h2>{t("onestop.dossier.papers")}</h2>
      <PapersList papers={d.papers} />
      {files.length ? <h2>{t("onestop.dossier.files")}</h2> : null}
      <DossierFilesList files={files} />
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
