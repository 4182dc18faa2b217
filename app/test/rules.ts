import type { DeadlineRuleData } from "~/modules/deadlines/rules";

let seq = 0;
/** A rule as Prisma returns it: every column present (defaults filled), an id. */
export function ruleRow<R extends Partial<DeadlineRuleData> & Pick<DeadlineRuleData, "kind" | "stage" | "days" | "dayType"> & { id?: string }>(r: R): DeadlineRuleData & { id: string } {
  return {
    id: `r${++seq}`,
    instance: 0,
    complexDays: null,
    remoteDays: null,
    remoteComplexDays: null,
    maxExtensions: 0,
    complexMaxExtensions: null,
    especiallyComplexMaxExtensions: null,
    extensionDays: 0,
    pauseOnNeedsInfo: false,
    pauseOnSuspension: true,
    dialogue: "NONE",
    legalBasis: "",
    validFrom: null,
    validTo: null,
    ...r,
  };
}
