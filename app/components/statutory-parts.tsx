import { useTranslation } from "~/i18n/react";
import { FilterField, SignatureBlock } from "~/components/kit";

type UnitOption = { code: string; name: string; depth: number };

/** The unit of a report or register: the leader's tree, indented by depth. */
export function UnitField({ options, value, error }: { options: UnitOption[]; value: string; error?: string }) {
  const { t } = useTranslation();
  return (
    <FilterField id="unit" label={t("stats.filters.unit")} error={error} wide>
      <select id="unit" name="unit" defaultValue={value} aria-describedby={error ? "unit-error" : undefined}>
        {options.map((u) => (
          <option key={u.code} value={u.code}>
            {`${"\u00a0\u00a0".repeat(u.depth)}${u.name}`}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

/** The signatures every statutory form and register prints with (preparer; head of the unit, place and date). */
export function StatutorySignatures() {
  const { t } = useTranslation();
  return (
    <SignatureBlock
      label={t("reports.formPage.signatures")}
      place={t("reports.formPage.place")}
      preparer={t("reports.formPage.preparer")}
      preparerHint={t("reports.formPage.preparerHint")}
      head={t("reports.formPage.head")}
      headHint={t("reports.formPage.headHint")}
    />
  );
}
