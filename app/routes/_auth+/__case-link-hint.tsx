import { Link } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { parseCaseCode } from "~/modules/cases/codes";

/**
 * On the sign-in page reached from a case link (an email or SMS): which case
 * it leads to, and for someone who filed without an account, the way in by
 * code and secret.
 */
export function CaseLinkHint({ redirectTo }: { redirectTo: string | null }) {
  const { t } = useTranslation();
  const raw = /^\/cases\/([A-Za-z0-9-]+)$/.exec(redirectTo ?? "")?.[1];
  const code = raw ? parseCaseCode(raw)?.code : null;
  if (!code) return null;
  return (
    <div className="notice">
      <p>{t("recovery.signedInCase", { code })}</p>
      <p>
        <Link to={`/track?code=${encodeURIComponent(code)}`}>{t("recovery.noAccountCase")}</Link>
      </p>
    </div>
  );
}
