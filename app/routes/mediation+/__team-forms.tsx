import { Form } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { ErrorList } from "~/components/forms";
import { Badge } from "~/components/kit";
import type { TeamWarning } from "~/modules/mediation/compliance";
import type { Result } from "./__panels";

/** Gender and ethnic-minority selects of a mediator (art. 12 k.1 needs them; "not recorded" is a choice). */
export function ProfileFields({ prefix, result, gender, ethnicMinority }: { prefix: string; result: Result; gender?: string | null; ethnicMinority?: boolean | null }) {
  const { t } = useTranslation();
  const ethnic = ethnicMinority === true ? "yes" : ethnicMinority === false ? "no" : "";
  return (
    <>
      <div className="field">
        <label htmlFor={`${prefix}-gender`}>{t("mediationCompliance.gender")}</label>
        <select id={`${prefix}-gender`} name="gender" defaultValue={gender ?? ""}>
          <option value="">{t("mediationCompliance.genders.UNKNOWN")}</option>
          <option value="FEMALE">{t("mediationCompliance.genders.FEMALE")}</option>
          <option value="MALE">{t("mediationCompliance.genders.MALE")}</option>
        </select>
        <ErrorList errors={result?.error?.gender} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-ethnic`}>{t("mediationCompliance.ethnicMinority")}</label>
        <select id={`${prefix}-ethnic`} name="ethnicMinority" defaultValue={ethnic}>
          <option value="">{t("mediationCompliance.yesNo.UNKNOWN")}</option>
          <option value="yes">{t("mediationCompliance.yesNo.yes")}</option>
          <option value="no">{t("mediationCompliance.yesNo.no")}</option>
        </select>
        <ErrorList errors={result?.error?.ethnicMinority} />
      </div>
    </>
  );
}

/** The composition check the commune sees on the team's page: warnings, never a block. */
export function TeamWarnings({ warnings }: { warnings: TeamWarning[] }) {
  const { t } = useTranslation();
  if (!warnings.length) return <p className="field-hint">{t("mediationCompliance.ok")}</p>;
  return (
    <section className="notice" aria-labelledby="team-warnings-title">
      <h2 id="team-warnings-title">{t("mediationCompliance.warningsHeading")}</h2>
      <ul>
        {warnings.map((w) => (
          <li key={w.code}>
            {t(`mediationCompliance.warnings.${w.code}`, w.code === "TOO_FEW_MEMBERS" ? { count: w.count, min: w.min, basis: w.basis } : { basis: w.basis })}
            {"unrecorded" in w && w.unrecorded ? ` ${t("mediationCompliance.unrecorded", { count: w.unrecorded })}` : null}
          </li>
        ))}
      </ul>
      <p className="field-hint">{t("mediationCompliance.notBlocking")}</p>
    </section>
  );
}

/** Make a member the team's leader, or remove them: two small forms. */
export function MemberActions({ member }: { member: { id: string; fullName: string; isLeader: boolean } }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      {!member.isLeader ? (
        <Form method="post">
          <input type="hidden" name="intent" value="makeLeader" />
          <input type="hidden" name="userId" value={member.id} />
          <button type="submit" className="link-button" aria-label={`${t("mediation.teams.makeLeader")}: ${member.fullName}`}>
            {t("mediation.teams.makeLeader")}
          </button>
        </Form>
      ) : (
        <Badge tone="info">{t("mediation.teams.leader")}</Badge>
      )}
      <Form method="post">
        <input type="hidden" name="intent" value="removeMember" />
        <input type="hidden" name="userId" value={member.id} />
        <button type="submit" className="link-button" aria-label={`${t("mediation.teams.remove")}: ${member.fullName}`}>
          {t("mediation.teams.remove")}
        </button>
      </Form>
    </div>
  );
}
