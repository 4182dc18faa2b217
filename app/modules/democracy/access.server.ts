import { roleHasPermission } from "~/modules/auth/roles";
import { forbidden } from "~/utils/http.server";

type Officer = { id: string; role: string; unitId: string | null };

/**
 * Who runs a commune's residents' decisions, consultations and register: its
 * own reception officers and leaders — not another commune's, not the
 * province's (the commune decides with its residents; nobody above votes for it).
 */
export function mayManageDemocracy(officer: Officer, unitId: string): boolean {
  return roleHasPermission(officer.role, "democracy:manage") && !!officer.unitId && officer.unitId === unitId;
}

export function requireDemocracyOfficer(officer: Officer, unitId: string): void {
  if (!mayManageDemocracy(officer, unitId)) forbidden();
}

/** Who answers a supervision board for the commune: its leaders. */
export function mayAnswerBoards(officer: Officer, unitId: string): boolean {
  return roleHasPermission(officer.role, "democracy:answer") && !!officer.unitId && officer.unitId === unitId;
}
