import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/react";

/** One term and its value in a <dl className="facts">. */
export function Fact({ term, children, className }: { term: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className={className}>{children}</dd>
    </div>
  );
}

/** What the case is about, as its sender wrote it (citizen and staff pages alike). */
export function CaseContent({
  description,
  locationText,
  decisionText,
  denouncedText,
  extra,
}: {
  description: string;
  locationText: string | null;
  decisionText: string | null;
  denouncedText: string | null;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="content-title">
      <h2 id="content-title">{t("cases.content")}</h2>
      <p className="prewrap">{description}</p>
      {locationText ? <p>{t("file.location")}: {locationText}</p> : null}
      {decisionText ? <p>{t("file.decision")}: {decisionText}</p> : null}
      {extra}
      {denouncedText ? <p>{t("file.denounced")}: {denouncedText}</p> : null}
    </section>
  );
}
