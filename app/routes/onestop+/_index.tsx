import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, FilterBar, FilterChoice, FilterField, AppLink, PageHeader, type Column } from "~/components/kit";
import { useTimeText } from "~/components/onestop";
import { getT } from "~/i18n/i18n.server";
import { userHasPermission } from "~/modules/auth/guards.server";
import { getUser } from "~/modules/auth/session.server";
import { fieldOptions, listProcedures } from "~/modules/onestop/catalogue.server";
import { pageMeta } from "~/utils/meta";
import { loaderCaching, publicPageCaching } from "~/utils/page-cache.server";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const headers = loaderCaching;

/** The procedure catalogue (public) and the lookup by dossier code. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const q = url.searchParams.get("q")?.slice(0, 100) ?? "";
  const field = url.searchParams.get("field")?.slice(0, 40) ?? "";
  const [t, user, procedures, fields] = await Promise.all([getT(request), getUser(request), listProcedures({ q, field }), fieldOptions()]);
  // The same for every signed-out visitor until the catalogue changes ("procedures" is a watched version): shared (page cache).
  return data({ title: t("onestop.catalogue.heading"), procedures, fields, canFile: userHasPermission(user, "dossier:file") }, { headers: publicPageCaching(!!user) });
}

export default function Catalogue() {
  const { procedures, fields, canFile } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const en = i18n.language === "en";
  const timeText = useTimeText();
  const [params] = useSearchParams();
  type Row = (typeof procedures)[number];
  const columns: Column<Row>[] = [
    { key: "name", label: t("onestop.procedure.name"), header: t("onestop.procedure.name"), primary: true, cell: (p) => <AppLink to={`/onestop/procedures/${p.code}`}>{en && p.nameEn ? p.nameEn : p.name}</AppLink> },
    { key: "code", label: t("onestop.procedure.code"), header: t("onestop.procedure.code"), cell: (p) => <span className="code">{p.code}</span> },
    { key: "field", label: t("onestop.procedure.field"), header: t("onestop.procedure.field"), cell: (p) => (en && p.fieldNameEn ? p.fieldNameEn : p.fieldName) },
    { key: "level", label: t("onestop.procedure.level"), header: t("onestop.procedure.level"), cell: (p) => t(`onestop.procedure.levels.${p.level}`), wideOnly: true },
    {
      key: "time",
      label: t("onestop.procedure.time"),
      header: t("onestop.procedure.time"),
      cell: (p) => (
        <>
          {timeText(p.timeUnit, p.timeAmount)}
          {!p.confirmed ? <span className="tag">{t("onestop.procedure.unconfirmed")}</span> : null}
        </>
      ),
    },
  ];
  return (
    <section aria-labelledby="catalogue-title">
      <PageHeader
        titleId="catalogue-title"
        title={t("onestop.catalogue.heading")}
        subtitle={t("onestop.catalogue.intro")}
        actions={canFile ? <Link to="/onestop/mine" className="button">{t("onestop.catalogue.mine")}</Link> : null}
      />
      <section aria-labelledby="lookup-title" className="card">
        <h2 id="lookup-title">{t("onestop.catalogue.lookupHeading")}</h2>
        <Form method="get" action="/onestop/track" className="inline-form">
          <label htmlFor="lookup-code">{t("onestop.track.code")}</label>
          <p className="field-hint" id="lookup-hint">{t("onestop.catalogue.lookupHint")}</p>
          <input id="lookup-code" name="code" aria-describedby="lookup-hint" autoComplete="off" />
          <button type="submit" className="button">{t("onestop.track.submit")}</button>
        </Form>
      </section>
      <FilterBar label={t("onestop.catalogue.search")} resetHref={params.toString() ? "/onestop" : undefined}>
        <FilterField id="q" label={t("onestop.catalogue.search")} wide>
          <input id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} />
        </FilterField>
        <FilterChoice id="field" label={t("onestop.catalogue.field")} defaultValue={params.get("field") ?? ""} options={fields.map((f) => ({ value: f.fieldCode, label: en && f.fieldNameEn ? f.fieldNameEn : f.fieldName }))} />
      </FilterBar>
      <p className="muted">{t("onestop.catalogue.count", { count: procedures.length })}</p>
      <DataTable caption={t("onestop.catalogue.heading")} columns={columns} rows={procedures} rowKey={(p) => p.id} empty={t("onestop.catalogue.none")} />
      <p>
        <Link to="/stats/dossiers">{t("onestop.catalogue.dashboard")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
