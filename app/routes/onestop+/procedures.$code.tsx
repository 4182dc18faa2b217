import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Badge, PageHeader } from "~/components/kit";
import { useTimeText } from "~/components/onestop";
import { getUser } from "~/modules/auth/session.server";
import { userHasPermission } from "~/modules/auth/guards.server";
import { procedureByCode } from "~/modules/onestop/catalogue.server";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { loaderCaching, publicPageCaching } from "~/utils/page-cache.server";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const headers = loaderCaching;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [procedure, user] = await Promise.all([procedureByCode(params.code ?? ""), getUser(request)]);
  if (!procedure || !procedure.active) notFound();
  // Shared by signed-out visitors until the catalogue changes (a watched version; page cache).
  return data({ title: procedure.name, procedure, signedIn: !!user, canFile: userHasPermission(user, "dossier:file") }, { headers: publicPageCaching(!!user) });
}

export default function ProcedurePage() {
  const { procedure: p, signedIn, canFile } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const en = i18n.language === "en";
  const timeText = useTimeText();
  const fileHref = `/onestop/new?procedure=${encodeURIComponent(p.code)}`;
  const action = !p.onlineAllowed ? null : canFile ? (
    <Link to={fileHref} className="button primary">{t("onestop.procedure.fileOnline")}</Link>
  ) : !signedIn ? (
    <Link to={`/login?redirectTo=${encodeURIComponent(fileHref)}`} className="button primary">{t("onestop.procedure.signInToFile")}</Link>
  ) : null;
  return (
    <article aria-labelledby="procedure-title">
      <PageHeader
        titleId="procedure-title"
        title={en && p.nameEn ? p.nameEn : p.name}
        subtitle={`${t("onestop.procedure.code")}: ${p.code}`}
        badges={
          <>
            <Badge>{t(`onestop.procedure.levels.${p.level}`)}</Badge>
            {!p.confirmed ? <Badge tone="warn">{t("onestop.procedure.unconfirmed")}</Badge> : null}
          </>
        }
        actions={action}
      />
      {!p.onlineAllowed ? <p>{t("onestop.procedure.notOnline")}</p> : null}
      {!p.confirmed ? <p className="notice">{t("onestop.procedure.unconfirmedHint")}</p> : null}
      <dl className="facts">
        <div><dt>{t("onestop.procedure.field")}</dt><dd>{en && p.fieldNameEn ? p.fieldNameEn : p.fieldName}</dd></div>
        <div><dt>{t("onestop.procedure.agency")}</dt><dd>{p.agencyUnit?.name ?? t("onestop.procedure.agencyCommune")}</dd></div>
        <div><dt>{t("onestop.procedure.time")}</dt><dd>{timeText(p.timeUnit, p.timeAmount)}</dd></div>
        <div><dt>{t("onestop.procedure.fee")}</dt><dd>{p.feeText ?? "—"}</dd></div>
        <div><dt>{t("onestop.procedure.result")}</dt><dd>{p.resultText}</dd></div>
      </dl>
      <h2>{t("onestop.procedure.papers")}</h2>
      <ol>
        {p.papers.map((paper) => (
          <li key={paper.id}>
            {en && paper.nameEn ? paper.nameEn : paper.name} <span className="muted">({paper.required ? t("onestop.procedure.required") : t("onestop.procedure.optional")}{paper.note ? `, ${paper.note}` : ""})</span>
          </li>
        ))}
      </ol>
      <h2>{t("onestop.procedure.steps")}</h2>
      <ol>
        {p.steps.map((s) => (
          <li key={s.id}>
            {t(`onestop.procedure.stepKinds.${s.kind}`, { unit: s.unit?.name ?? "" })} — {t("onestop.procedure.stepShare", { hours: s.shareHours })}
          </li>
        ))}
      </ol>
      <h2>{t("onestop.procedure.legalBasis")}</h2>
      <p>{p.legalBasis}</p>
      <p className="muted">
        {t("onestop.procedure.source")}: {p.source}
      </p>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
