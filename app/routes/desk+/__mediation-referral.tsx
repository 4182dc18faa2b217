import { useTranslation } from "~/i18n/react";
import { ErrorList } from "~/components/forms";
import { DisputeTypeSelect } from "../mediation+/__party-fields";
import { ActionForm } from "./__case-actions";

type Result = { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } | null | undefined;
type Panel = { mediations: { code: string; status: string; areaName: string }[]; teams: { id: string; areaName: string }[]; canRefer: boolean };

/** Grassroots mediation on the desk case page (issue #6): the case's mediations. */
export function CaseMediations({ panel }: { panel: Panel }) {
  const { t } = useTranslation();
  if (!panel.mediations.length) return null;
  return (
    <section aria-labelledby="case-mediations-title">
      <h2 id="case-mediations-title">{t("mediation.refer.current")}</h2>
      <ul>
        {panel.mediations.map((m) => (
          <li key={m.code}>
            <span className="code">{m.code}</span> — {m.areaName}: {t(`mediation.statuses.${m.status}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** For an accepted case, an item of the action list that refers it to a mediation team of the unit. */
export function MediationReferral({ panel, version, result }: { panel: Panel; version: number; result: Result }) {
  const { t } = useTranslation();
  const value = (name: string) => String(result?.initialValue?.[name] ?? "");
  return (
    <>
      {panel.canRefer ? (
        <ActionForm intent="referMediation" version={version} label={t("mediation.refer.heading")} submit={t("mediation.refer.submit")} result={result}>
          <p className="field-hint">{t("mediation.refer.hint")}</p>
          {panel.teams.length ? (
            <>
              <div className="field">
                <label htmlFor="refer-team">{t("mediation.team")}</label>
                <select id="refer-team" name="teamId" required defaultValue={value("teamId")}>
                  <option value="">{t("file.choose")}</option>
                  {panel.teams.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.areaName}
                    </option>
                  ))}
                </select>
                <ErrorList errors={result?.error?.teamId} />
              </div>
              <DisputeTypeSelect id="refer-type" defaultValue={value("disputeType")} errors={result?.error?.disputeType} />
              <div className="field">
                <label htmlFor="refer-respondent">{t("mediation.refer.respondentName")}</label>
                <input id="refer-respondent" name="respondentName" required defaultValue={value("respondentName")} />
                <ErrorList errors={result?.error?.respondentName} />
              </div>
              <div className="field">
                <label htmlFor="refer-respondent-contact">{t("mediation.refer.respondentContact")}</label>
                <input id="refer-respondent-contact" name="respondentContact" defaultValue={value("respondentContact")} />
                <ErrorList errors={result?.error?.respondentContact} />
              </div>
            </>
          ) : (
            <p className="notice">{t("mediation.refer.noTeams")}</p>
          )}
        </ActionForm>
      ) : null}
    </>
  );
}
