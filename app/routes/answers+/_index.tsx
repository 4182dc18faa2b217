import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FilterBar, FilterChoice, FilterField, PageHeader } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { listPublishedAnswers, resolveAnswerFilter } from "~/modules/board/answers.server";
import { answersQuery, parseQuery, publishedKinds } from "~/modules/board/schemas";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { badRequest } from "~/utils/http.server";
import { decodeCursor } from "~/utils/keyset";
import { sortUnits } from "~/modules/units/order";
import { pageMeta } from "~/utils/meta";
import boardStyles from "~/styles/board.css";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: boardStyles }];

/** Published answers, public: newest first, searchable without diacritics. A malformed filter is a 400, not an empty page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const parsed = parseQuery(answersQuery, url.searchParams);
  if (!parsed.success || (parsed.data.cursor && !decodeCursor(parsed.data.cursor))) badRequest();
  const filter = await resolveAnswerFilter(parsed.data);
  if ("unknown" in filter) badRequest();
  const [page, t, categories, units] = await Promise.all([
    listPublishedAnswers({ ...parsed.data, ...filter }),
    getT(request),
    db.category.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" }, select: { code: true, nameVi: true, nameEn: true } }),
    db.unit
      .findMany({ where: { active: true }, select: { code: true, name: true, level: { select: { rank: true } } } })
      .then((units) => sortUnits(units).map(({ code, name }) => ({ code, name }))),
  ]);
  return { title: t("publishedAnswers.heading"), ...page, categories, units };
}

export default function PublishedAnswers() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { answers, nextCursor, categories, units } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const value = (name: string) => params.get(name) ?? "";
  const apiQuery = new URLSearchParams([...params].filter(([k, v]) => k !== "cursor" && v !== ""));
  return (
    <section aria-labelledby="answers-title">
      <PageHeader titleId="answers-title" title={t("publishedAnswers.heading")} />
      <p>{t("publishedAnswers.intro")}</p>
      <FilterBar label={t("publishedAnswers.filters")} submitLabel={t("common.search")} resetHref={[...params.keys()].some((k) => k !== "cursor") ? "/answers" : undefined}>
        <FilterField id="q" label={t("publishedAnswers.search")} wide>
          <input id="q" name="q" type="search" maxLength={100} defaultValue={value("q")} />
        </FilterField>
        <FilterChoice id="kind" label={t("cases.kind")} defaultValue={value("kind")} options={publishedKinds.map((k) => ({ value: k, label: t(`caseKind.${k}`) }))} />
        <FilterChoice
          id="category"
          label={t("file.category")}
          defaultValue={value("category")}
          options={categories.map((c) => ({ value: c.code, label: language === "en" ? c.nameEn : c.nameVi }))}
        />
        <FilterChoice id="unit" label={t("cases.unit")} defaultValue={value("unit")} options={units.map((u) => ({ value: u.code, label: u.name }))} />
      </FilterBar>
      {answers.length ? (
        <ul className="answer-list">
          {answers.map((a) => (
            <li key={a.id}>
              <h2>
                <Link to={`/answers/${a.code}`}>{a.title}</Link>
              </h2>
              <p className="muted">
                {t(`caseKind.${a.kind}`)} · {a.unit.name}
                {a.category ? ` · ${language === "en" ? a.category.nameEn : a.category.nameVi}` : ""} · {t("publishedAnswers.resolvedAt")}:{" "}
                {formatDate(a.resolvedAt, language)}
              </p>
              <p className="answer-excerpt">{a.answer.length > 280 ? `${a.answer.slice(0, 280)}…` : a.answer}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("common.noResults")}</p>
      )}
      <NextPageLink cursor={nextCursor} />
      <p>
        <a href={`/api/v1/answers${apiQuery.size ? `?${apiQuery.toString()}` : ""}`} type="application/json">
          {t("publishedAnswers.openData")}
        </a>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
