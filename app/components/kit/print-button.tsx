import { useEffect, useState } from "react";
import { useTranslation } from "~/i18n/react";

/**
 * "Print" on every printable page (receipt, minutes, records, reports). The
 * button needs JavaScript (window.print), so until the page is hydrated — and
 * always without JavaScript — it is a line saying how to print with the
 * browser's own command instead of a button that would do nothing.
 */
export function PrintButton({ label, className = "button" }: { label?: string; className?: string }) {
  const { t } = useTranslation();
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  if (!scripted) return <span className="print-hint no-print">{t("common.printHint")}</span>;
  return (
    <button type="button" className={`${className} no-print`} onClick={() => window.print()}>
      {label ?? t("common.print")}
    </button>
  );
}
