/**
 * A petition's path through the units, rebuilt from its case and events
 * (pure). The statistical forms count per unit: a case filed at a commune and
 * transferred to an agency is a petition received and transferred by the
 * commune, then a petition received (and perhaps accepted) by the agency. One
 * `Receipt` per stay at a unit: when it arrived, what the unit first decided
 * (triage), and, once accepted, how the unit's handling ended.
 *
 * Events are read by type; any other type (a note, a dialogue, a suspension
 * the law-procedure work adds) passes by without changing the path.
 */
export type CaseFacts = {
  id: string;
  kind: string;
  instance: number;
  anonymous: boolean;
  originUnitId: string;
  /** The unit the case is at now (the last transfer's target). */
  unitId: string;
  submittedAt: Date;
  declineCode: string | null;
};

export type EventFacts = { type: string; createdAt: Date; data: string | null };

export type TriageOutcome = "accepted" | "declined" | "transferred" | "withdrawn";
export type EndOutcome = "resolved" | "withdrawn" | "transferred";

export type Receipt = {
  caseId: string;
  unitId: string;
  kind: string;
  instance: number;
  anonymous: boolean;
  receivedAt: Date;
  /** The unit's first decision on the petition; null while it waits. */
  triage: { outcome: TriageOutcome; at: Date; declineCode: string | null } | null;
  /** After acceptance: how the unit's handling ended; null while it goes on. */
  end: { outcome: EndOutcome; at: Date; onTime: boolean | null } | null;
  /** The resolution deadline as set at acceptance and each extension, oldest first. */
  deadlines: { at: Date; dueAt: Date }[];
};

function parse(data: string | null): Record<string, unknown> {
  if (!data) return {};
  try {
    const v = JSON.parse(data) as unknown;
    return v && typeof v === "object" ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown) => (typeof v === "string" && v ? v : null);
const date = (v: unknown) => {
  if (typeof v !== "string") return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
};

/**
 * The receipts of one case, oldest first. `unitIdByName` resolves the target
 * of transfers recorded before events carried the unit's id; a transfer whose
 * target cannot be resolved goes to the case's current unit when it is the
 * last transfer (it must be), otherwise the path stops there.
 */
export function receiptsOf(c: CaseFacts, events: readonly EventFacts[], unitIdByName: (name: string) => string | null = () => null): Receipt[] {
  const sorted = [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lastTransfer = sorted.findLastIndex((e) => e.type === "TRANSFERRED");
  const open = (unitId: string, at: Date): Receipt => ({
    caseId: c.id,
    unitId,
    kind: c.kind,
    instance: c.instance,
    anonymous: c.anonymous,
    receivedAt: at,
    triage: null,
    end: null,
    deadlines: [],
  });
  const out: Receipt[] = [open(c.originUnitId, c.submittedAt)];
  for (const [i, e] of sorted.entries()) {
    const r = out.at(-1)!;
    const d = parse(e.data);
    switch (e.type) {
      case "ACCEPTED": {
        if (!r.triage) r.triage = { outcome: "accepted", at: e.createdAt, declineCode: null };
        const due = date(d.dueAt);
        if (due) r.deadlines.push({ at: e.createdAt, dueAt: due });
        break;
      }
      case "EXTENDED": {
        const due = date(d.dueAt);
        if (due) r.deadlines.push({ at: e.createdAt, dueAt: due });
        break;
      }
      case "DECLINED":
        if (!r.triage) r.triage = { outcome: "declined", at: e.createdAt, declineCode: str(d.reasonCode) ?? c.declineCode };
        break;
      case "WITHDRAWN":
        if (!r.triage) r.triage = { outcome: "withdrawn", at: e.createdAt, declineCode: null };
        else if (r.triage.outcome === "accepted" && !r.end) r.end = { outcome: "withdrawn", at: e.createdAt, onTime: null };
        break;
      case "RESOLVED":
        if (r.triage?.outcome === "accepted" && !r.end) r.end = { outcome: "resolved", at: e.createdAt, onTime: typeof d.onTime === "boolean" ? d.onTime : null };
        break;
      case "TRANSFERRED": {
        if (!r.triage) r.triage = { outcome: "transferred", at: e.createdAt, declineCode: null };
        else if (r.triage.outcome === "accepted" && !r.end) r.end = { outcome: "transferred", at: e.createdAt, onTime: null };
        const target = str(d.toUnitId) ?? (str(d.toUnit) ? unitIdByName(str(d.toUnit)!) : null) ?? (i === lastTransfer ? c.unitId : null);
        if (!target) return out;
        out.push(open(target, e.createdAt));
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** The resolution deadline in force at an instant (the last one set before it), if any. */
export function deadlineAt(r: Pick<Receipt, "deadlines">, at: Date): Date | null {
  let due: Date | null = null;
  for (const d of r.deadlines) if (d.at.getTime() <= at.getTime()) due = d.dueAt;
  return due;
}
