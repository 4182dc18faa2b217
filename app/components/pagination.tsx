import { Link, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";

/** "Next page" for keyset lists: the current filters plus the cursor of the last row. */
export function NextPageLink({ cursor }: { cursor: string | null }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  if (!cursor) return null;
  const next = new URLSearchParams(params);
  next.set("cursor", cursor);
  return (
    <nav aria-label={t("common.pagination")} className="pagination">
      <Link to={`?${next.toString()}`} rel="next">
        {t("common.next")}
      </Link>
    </nav>
  );
}
