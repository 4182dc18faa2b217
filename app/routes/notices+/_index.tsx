import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FilterBar, FilterChoice, FilterField, PageHeader } from "~/components/kit";
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
      <PageHeader titleId="board-title" title={unitName ? `${t("noticeBoard.heading")} · ${unitName}` : t("noticeBoard.heading")} />
      <p>{t("noticeBoard.intro")}</p>
      <FilterBar label={t("noticeBoard.filters")} resetHref={[...params.keys()].some((k) => k !== "cursor") ? "/notices" : undefined}>
        <FilterField id="q" label={t("noticeBoard.search")} wide>
          <input id="q" name="q" type="search" maxLength={100} defaultValue={value("q")} />
        </FilterField>
        <FilterChoice id="unit" label={t("noticeBoard.unit")} defaultValue={value("unit")} options={units.map((u) => ({ value: u.code, label: u.name }))} />
        <FilterChoice
          id="category"
          label={t("noticeBoard.category")}
          defaultValue={value("category")}
          options={noticeCategories.map((c) => ({ value: c, label: t(`noticeBoard.categories.${c}`) }))}
        />
        <FilterChoice
          id="show"
          label={t("noticeBoard.show")}
          defaultValue={value("show") || "current"}
          allLabel={null}
          options={[
            { value: "current", label: t("noticeBoard.showCurrent") },
            { value: "past", label: t("noticeBoard.showPast") },
            { value: "all", label: t("noticeBoard.showAll") },
          ]}
        />
      </FilterBar>
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
      <NoticeTable
        caption={t("noticeBoard.heading")}
        rows={notices}
        empty={t("noticeBoard.none")}
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
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
