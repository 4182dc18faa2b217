/**
 * The hand-off to the national database of complaints and denunciations
 * (Law 136/2025 creates it; its interface is not published yet): one JSON
 * object per case, one per line (JSON Lines), described by
 * docs/national-export.v1.schema.json and docs/national-export.md. Pure: the
 * server part reads the rows and streams the lines.
 *
 * Versioned: a new optional property is a minor version (1.x), anything an
 * importer could misread is a major one (2.0, a new schema file).
 *
 * Confidentiality: a denunciation's citizen (name, email, phone, account) is
 * never exported — `identitySealed: true` and `citizen: null`. People acting on
 * a case are exported by role, never by name. Events pass through generically
 * (type, time, statuses, data), so event types added later are exported too.
 */
import { isSealed } from "~/modules/cases/confidentiality.server";

export const EXPORT_SCHEMA_VERSION = "1.0";
export const EXPORT_SCHEMA_ID = "https://langnghe.example/schemas/national-export.v1.schema.json";

export type ExportUnit = { code: string; name: string };

export type ExportCaseRow = {
  code: string;
  kind: string;
  instance: number;
  channel: string;
  status: string;
  unit: ExportUnit;
  originUnit: ExportUnit;
  category: { code: string; nameVi: string } | null;
  title: string;
  description: string;
  locationText: string | null;
  decisionText: string | null;
  learnedAt: Date | null;
  denouncedText: string | null;
  anonymous: boolean;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  citizen: { fullName: string; email: string | null; phone: string | null } | null;
  submittedAt: Date;
  receivedAt: Date;
  acceptDueAt: Date | null;
  acceptedAt: Date | null;
  dueAt: Date | null;
  originalDueAt: Date | null;
  extensionCount: number;
  complex: boolean;
  pausedAt: Date | null;
  resolutionText: string | null;
  resolvedAt: Date | null;
  resolvedOnTime: boolean | null;
  appealDueAt: Date | null;
  closedAt: Date | null;
  declineCode: string | null;
  declineReason: string | null;
  appealReason: string | null;
  satisfaction: number | null;
  appealOf: { code: string } | null;
  appeal: { code: string } | null;
};

export type ExportEventRow = {
  type: string;
  createdAt: Date;
  fromStatus: string | null;
  toStatus: string | null;
  visibility: string;
  note: string | null;
  data: string | null;
  actor: { role: string } | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function parseData(data: string | null): Record<string, unknown> | null {
  if (!data) return null;
  try {
    const v = JSON.parse(data) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : { value: v };
  } catch {
    return { raw: data };
  }
}

/** Event data naming an official: never exported (people acting are exported by role). */
const officialKeys = new Set(["assignee"]);
/** Event data naming or contacting a citizen: dropped from a sealed case's events too. */
const citizenKeys = new Set(["contactName", "contactEmail", "contactPhone", "citizen", "name", "email", "phone"]);

export function exportRecord(c: ExportCaseRow, events: readonly ExportEventRow[], exportedAt: Date) {
  const sealed = isSealed(c);
  const citizen =
    sealed || c.anonymous
      ? null
      : {
          name: c.citizen?.fullName ?? c.contactName ?? null,
          email: c.citizen?.email ?? c.contactEmail ?? null,
          phone: c.citizen?.phone ?? c.contactPhone ?? null,
          hasAccount: c.citizen !== null,
        };
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    code: c.code,
    kind: c.kind,
    channel: c.channel,
    status: c.status,
    unit: { code: c.unit.code, name: c.unit.name },
    originUnit: { code: c.originUnit.code, name: c.originUnit.name },
    category: c.category ? { code: c.category.code, name: c.category.nameVi } : null,
    title: c.title,
    description: c.description,
    location: c.locationText,
    legalClassification: {
      kind: c.kind,
      instance: c.instance,
      complex: c.complex,
      declineCode: c.declineCode,
      complaint: c.kind === "COMPLAINT" ? { decision: c.decisionText, learnedAt: iso(c.learnedAt) } : null,
      denunciation: c.kind === "DENUNCIATION" ? { denounced: c.denouncedText } : null,
      appealOf: c.appealOf?.code ?? null,
      appeal: c.appeal?.code ?? null,
    },
    identitySealed: sealed,
    anonymous: c.anonymous,
    citizen,
    dates: {
      submittedAt: c.submittedAt.toISOString(),
      receivedAt: c.receivedAt.toISOString(),
      acceptDueAt: iso(c.acceptDueAt),
      acceptedAt: iso(c.acceptedAt),
      dueAt: iso(c.dueAt),
      originalDueAt: iso(c.originalDueAt),
      pausedAt: iso(c.pausedAt),
      resolvedAt: iso(c.resolvedAt),
      appealDueAt: iso(c.appealDueAt),
      closedAt: iso(c.closedAt),
    },
    extensionCount: c.extensionCount,
    resolution: { text: c.resolutionText, onTime: c.resolvedOnTime },
    declineReason: c.declineReason,
    appealReason: c.appealReason,
    satisfaction: c.satisfaction,
    events: [...events]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((e) => {
        let data = parseData(e.data);
        if (data) data = Object.fromEntries(Object.entries(data).filter(([k]) => !officialKeys.has(k) && !(sealed && citizenKeys.has(k))));
        return {
          type: e.type,
          at: e.createdAt.toISOString(),
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          visibility: e.visibility,
          actorRole: e.actor?.role ?? (e.type === "SUBMITTED" ? "CITIZEN" : null),
          note: e.note,
          data,
        };
      }),
  };
}

export type ExportRecord = ReturnType<typeof exportRecord>;
