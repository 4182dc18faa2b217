import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { NoticeDetails } from "~/components/notice";
import { publicNotice } from "~/modules/board/notices.server";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import boardStyles from "~/styles/board.css";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: boardStyles }];

/** A notice as posted: its period, text and files; a warning when it was taken down early. Never-posted notices are 404. */
export async function loader({ params }: LoaderFunctionArgs) {
  const id = params.noticeId ?? "";
  const notice = /^[a-z0-9]{10,40}$/i.test(id) ? await publicNotice(id) : null;
  if (!notice) notFound();
  return json({ title: notice.title, notice });
}

export default function NoticePage() {
  const { t } = useTranslation();
  const { notice } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="notice-title">
      <p>
        <Link to={`/notices?unit=${notice.unit.code}`}>{t("noticeBoard.back")}</Link>
      </p>
      <h1 id="notice-title">{notice.title}</h1>
      <NoticeDetails notice={notice} />
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
