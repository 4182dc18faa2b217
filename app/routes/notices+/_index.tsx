import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { noticeCategories } from "~/modules/board/categories";
import { boardUnits, currentCountsByCategory, listPublicNotices } from "~/modules/board/notices.server";
import { noticeBoardQuery, parseQuery } from "~/modules/board/schemas";
import { formatDate } from "~/utils/dates";
import { badRequest } from "~/utils/http.server";
import { decodeCursor } from "~/utils/keyset";
import { pageMeta } from "~/utils/meta";
import boardStyles from "~/styles/board.css";

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
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
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
        <label htmlFor="unit">{t("noticeBoard.unit")}</label>
        <select id="unit" name="unit" defaultValue={value("unit")}>
          <option value="">{t("common.all")}</option>
          {units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name}
            </option>
          ))}
        </select>
        <label htmlFor="category">{t("noticeBoard.category")}</label>
        <select id="category" name="category" defaultValue={value("category")}>
          <option value="">{t("common.all")}</option>
          {noticeCategories.map((c) => (
            <option key={c} value={c}>
              {t(`noticeBoard.categories.${c}`)}
            </option>
          ))}
        </select>
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
        <table className="case-table">
          <caption className="visually-hidden">{t("noticeBoard.heading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("noticeBoard.title")}</th>
              <th scope="col">{t("noticeBoard.unit")}</th>
              <th scope="col">{t("noticeBoard.category")}</th>
              <th scope="col">{t("noticeBoard.postedSince")}</th>
              <th scope="col">{t("noticeBoard.until")}</th>
            </tr>
          </thead>
          <tbody>
            {notices.map((n) => (
              <tr key={n.id}>
                <td data-label={t("noticeBoard.title")}>
                  <Link to={`/notices/${n.id}`}>{n.title}</Link>
                  {n.state === "TAKEN_DOWN" ? <span className="tag">{t("noticeBoard.states.TAKEN_DOWN")}</span> : null}
                  {n.early ? <span className="tag tag-danger">{t("noticeBoard.earlyTag")}</span> : null}
                </td>
                <td data-label={t("noticeBoard.unit")}>{n.unit.name}</td>
                <td data-label={t("noticeBoard.category")}>{t(`noticeBoard.categories.${n.category}`)}</td>
                <td data-label={t("noticeBoard.postedSince")}>{formatDate(n.postedAt, language)}</td>
                <td data-label={t("noticeBoard.until")}>{formatDate(n.minimumUntil, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
