import { useEffect, useState } from "react";
import { useTranslation } from "~/i18n/react";

/**
 * "Print" on every printable page (receipt, minutes, records, reports). The
 * button needs JavaScript (window.print), so until the page is hydrated — and
 * always without JavaScript — it is a line saying how to print with the
 * browser's own command instead of a button that would do nothing.
 *
 * Both texts are looked up on every render, so the server's render carries
 * the button's label to the browser: a label looked up only after hydration
 * would be empty until its namespace arrived.
 */
export function PrintButton({ label, hint, className = "button" }: { label?: string; hint?: string; className?: string }) {
  const { t } = useTranslation();
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  const text = label ?? t("common.print");
  const hintText = hint ?? t("common.printHint");
  if (!scripted) return <span className="print-hint no-print">{hintText}</span>;
  return (
    <button type="button" className={`${className} no-print`} onClick={() => window.print()}>
      {text}
    </button>
  );
}
