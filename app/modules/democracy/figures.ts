/**
 * The grassroots democracy figures, each defined once — the public dashboard
 * section, /stats/democracy and /api/v1/democracy/stats all read these
 * functions (pinned by a hand-built data set in figures.test.ts).
 *
 * Each figure is a cohort of the period:
 * - matters decided: the matters whose result was computed (closed) in the
 *   period — adopted, or not (short of the threshold, or no quorum);
 * - turnout: households that took part ÷ households on the rolls, over those matters;
 * - consultations: those that closed in the period, and how many of them have
 *   published the commune's answers;
 * - recommendations: those the boards sent in the period; answered on time ÷
 *   those whose answer is due (answered, or unanswered past the deadline).
 */
export type MatterRow = { result: string | null; electorate: number; turnout: number | null };
export type ConsultationRow = { status: string; acceptedComments: number };
export type RecommendationRow = { status: string; dueAt: Date; answeredOnTime: boolean | null };

export type DemocracyFigures = {
  mattersDecided: number;
  adopted: number;
  notAdopted: number;
  householdsOnRolls: number;
  householdsTakingPart: number;
  /** 0–1, null when no matter was decided. */
  turnoutRate: number | null;
  consultations: number;
  consultationsAnswered: number;
  publishedComments: number;
  recommendations: number;
  answered: number;
  answeredOnTime: number;
  overdue: number;
  /** answered on time ÷ (answered + overdue); null when nothing is due yet. */
  onTimeRate: number | null;
};

export function democracyFigures(rows: { matters: readonly MatterRow[]; consultations: readonly ConsultationRow[]; recommendations: readonly RecommendationRow[] }, now: Date): DemocracyFigures {
  const decided = rows.matters.filter((m) => m.result !== null);
  const adopted = decided.filter((m) => m.result === "ADOPTED").length;
  const householdsOnRolls = decided.reduce((s, m) => s + m.electorate, 0);
  const householdsTakingPart = decided.reduce((s, m) => s + (m.turnout ?? 0), 0);
  const answeredRows = rows.recommendations.filter((r) => r.status === "ANSWERED");
  const overdue = rows.recommendations.filter((r) => r.status === "SENT" && now.getTime() > r.dueAt.getTime()).length;
  const answeredOnTime = answeredRows.filter((r) => r.answeredOnTime === true).length;
  const due = answeredRows.length + overdue;
  const answeredConsultations = rows.consultations.filter((c) => c.status === "PUBLISHED" || c.status === "DECIDED");
  return {
    mattersDecided: decided.length,
    adopted,
    notAdopted: decided.length - adopted,
    householdsOnRolls,
    householdsTakingPart,
    turnoutRate: householdsOnRolls > 0 ? householdsTakingPart / householdsOnRolls : null,
    consultations: rows.consultations.length,
    consultationsAnswered: answeredConsultations.length,
    publishedComments: answeredConsultations.reduce((s, c) => s + c.acceptedComments, 0),
    recommendations: rows.recommendations.length,
    answered: answeredRows.length,
    answeredOnTime,
    overdue,
    onTimeRate: due > 0 ? answeredOnTime / due : null,
  };
}
