import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FilterSelect } from "~/components/filter-select";
import { NextPageLink } from "~/components/pagination";
import { getT } from "~/i18n/i18n.server";
import { noticeCategories } from "~/modules/board/categories";
import { boardUnits, currentCountsByCategory, listPublicNotices } from "~/modules/board/notices.server";
import { noticeBoardQuery, parseQuery } from "~/modules/board/schemas";
import { badRequest } from "~/utils/http.server";
import { decodeCursor } from "~/utils/keyset";
import { pageMeta } from "~/utils/meta";
import boardStyles from "~/styles/board.css";
import { NoticeTable } from "./__notice-table";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: boardStyles }];

/** The public notice board, by unit and subject. An unknown unit or a malformed filter is a 400, not an empty board. */
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = parseQuery(noticeBoardQuery, new URL(request.url).searchParams);
  if (!parsed.success || (parsed.data.cursor && !decodeCursor(parsed.data.cursor))) badRequest();
  const units = await boardUnits();
  const unit = parsed.data.unit ? units.find((u) => u.code === parsed.data.unit) : null;
  if (parsed.data.unit && !unit) badRequest();
  const [page, t, counts] = await Promise.all([
    listPublicNotices({ ...parsed.data, unitId: unit?.id ?? null }),
    getT(request),
    unit ? currentCountsByCategory(unit.id) : null,
  ]);
  return json({
    title: unit ? `${t("noticeBoard.heading")} · ${unit.name}` : t("noticeBoard.heading"),
    unitName: unit?.name ?? null,
    unitCode: unit?.code ?? null,
    counts,
    ...page,
    units: units.map(({ code, name }) => ({ code, name })),
  });
}

export default function NoticeBoard() {
  const { t } = useTranslation();
  const { notices, nextCursor, units, unitName, unitCode, counts } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const value = (name: string) => params.get(name) ?? "";
  return (
    <section aria-labelledby="board-title">
      <h1 id="board-title">
        {t("noticeBoard.heading")}
        {unitName ? ` · ${unitName}` : ""}
      </h1>
      <p>{t("noticeBoard.intro")}</p>
      <Form method="get" className="filters" role="search" aria-label={t("noticeBoard.filters")}>
        <FilterSelect id="unit" label={t("noticeBoard.unit")} defaultValue={value("unit")} options={units.map((u) => ({ value: u.code, label: u.name }))} />
        <FilterSelect
          id="category"
          label={t("noticeBoard.category")}
          defaultValue={value("category")}
          options={noticeCategories.map((c) => ({ value: c, label: t(`noticeBoard.categories.${c}`) }))}
        />
        <label htmlFor="show">{t("noticeBoard.show")}</label>
        <select id="show" name="show" defaultValue={value("show") || "current"}>
          <option value="current">{t("noticeBoard.showCurrent")}</option>
          <option value="past">{t("noticeBoard.showPast")}</option>
          <option value="all">{t("noticeBoard.showAll")}</option>
        </select>
        <label htmlFor="q">{t("noticeBoard.search")}</label>
        <input id="q" name="q" type="search" maxLength={100} defaultValue={value("q")} />
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      {counts && unitCode ? (
        <nav aria-label={t("noticeBoard.byCategory", { unit: unitName })} className="category-counts">
          <h2>{t("noticeBoard.byCategory", { unit: unitName })}</h2>
          <ul>
            {noticeCategories.map((c) => (
              <li key={c}>
                {counts[c] ? (
                  <Link to={`?unit=${unitCode}&category=${c}`} aria-current={value("category") === c ? "page" : undefined}>
                    {t(`noticeBoard.categories.${c}`)} ({counts[c]})
                  </Link>
                ) : (
                  <span className="muted">{t(`noticeBoard.categories.${c}`)} (0)</span>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {notices.length ? (
        <NoticeTable
          caption={t("noticeBoard.heading")}
          empty={t("noticeBoard.none")}
          rows={notices}
          href={(n) => `/notices/${n.id}`}
          titleTags={(n) => (
            <>
              {n.state === "TAKEN_DOWN" ? <span className="tag">{t("noticeBoard.states.TAKEN_DOWN")}</span> : null}
              {n.early ? <span className="tag tag-danger">{t("noticeBoard.earlyTag")}</span> : null}
            </>
          )}
          middle={[
            { label: t("noticeBoard.unit"), cell: (n) => n.unit.name },
            { label: t("noticeBoard.category"), cell: (n) => t(`noticeBoard.categories.${n.category}`) },
          ]}
        />
      ) : (
        <p>{t("noticeBoard.none")}</p>
      )}
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
