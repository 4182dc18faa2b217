/**
 * The one-stop desk's closed sets of values (Decree 118/2025/NĐ-CP). SQLite
 * has no enums: these lists are the truth, checked by zod at every input.
 */
export const dossierStatuses = [
  "SUBMITTED", // filed online, waiting for the desk's check (art. 17 k.2)
  "NEEDS_SUPPLEMENT", // the applicant was asked, once, for every missing paper (art. 16 k.3, 17 k.1 c, 19 k.5)
  "PROCESSING", // received complete: the clock runs, the dossier moves through its steps (art. 19)
  "RESULT_READY", // signed: the result waits at the desk (art. 22)
  "RETURNED", // the result was handed over (at the desk, online or by post)
  "REFUSED_AT_INTAKE", // not received, with the reason (art. 17 k.1 c)
  "WITHDRAWN", // the applicant stopped the procedure (art. 21)
  "CLOSED", // not supplemented in time (art. 19 k.5)
] as const;
export type DossierStatus = (typeof dossierStatuses)[number];

export function isDossierStatus(value: unknown): value is DossierStatus {
  return typeof value === "string" && (dossierStatuses as readonly string[]).includes(value);
}

/** Statuses in which the applicant is still owed something. */
export const openDossierStatuses = ["SUBMITTED", "NEEDS_SUPPLEMENT", "PROCESSING", "RESULT_READY"] as const satisfies readonly DossierStatus[];
export const finalDossierStatuses = ["RETURNED", "REFUSED_AT_INTAKE", "WITHDRAWN", "CLOSED"] as const satisfies readonly DossierStatus[];

/** How a dossier came in and how the result goes back (art. 15). */
export const dossierChannels = ["ONLINE", "IN_PERSON", "POST"] as const;
export type DossierChannel = (typeof dossierChannels)[number];
export const returnChannels = ["AT_DESK", "ONLINE", "POST"] as const;
export type ReturnChannel = (typeof returnChannels)[number];

/** The steps of a procedure's internal process. RECEIVE and RETURN are the desk's. */
export const stepKinds = ["RECEIVE", "APPRAISE", "INTER_AGENCY", "SIGN", "RETURN"] as const;
export type StepKind = (typeof stepKinds)[number];

export const procedureLevels = ["COMMUNE", "PROVINCE"] as const;
export type ProcedureLevel = (typeof procedureLevels)[number];

/** How a processing time is expressed in the catalogue. */
export const timeUnits = ["WORKING_DAYS", "CALENDAR_DAYS", "WORKING_HOURS", "SAME_DAY"] as const;
export type TimeUnit = (typeof timeUnits)[number];

/** Why a dossier is refused at intake (Phiếu từ chối giải quyết hồ sơ thủ tục hành chính). */
export const intakeRefusalCodes = ["NOT_COMPETENT", "NOT_ELIGIBLE", "OTHER"] as const;
export type IntakeRefusalCode = (typeof intakeRefusalCodes)[number];

export const outcomes = ["GRANTED", "REFUSED"] as const;
export type Outcome = (typeof outcomes)[number];

export const timelinessValues = ["EARLY", "ON_TIME", "LATE"] as const;
export type Timeliness = (typeof timelinessValues)[number];
