import { z } from "zod";
import { localDate } from "../deadlines/calendar";
import { complexityWords, documentTemplates, issuerByLevel, type Block, type DocumentId, type DocumentTemplate, type FormVersion } from "./templates";

/**
 * From a case's facts and events to the documents it may have, and from a
 * template and those facts to one document model. Pure (no I/O): the HTML
 * page and the PDF both render the model this builds, so they cannot differ.
 */

/** An event of the case timeline, as the documents read it (data already parsed from JSON). */
export type DocumentEvent = {
  id: string;
  type: string;
  createdAt: Date;
  note: string | null;
  data: Record<string, unknown>;
  actor: { fullName: string; role: string; position: string | null } | null;
};

/** A held dialogue session with the case on its agenda. */
export type DialogueFacts = {
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  chair: string;
  chairPosition: string | null;
  secretary: string;
  complainantAttended: boolean | null;
  discussion: string | null;
  conclusion: string | null;
  participants: { name: string; role: string; organisation: string | null; attended: boolean | null }[];
};

export type CaseFacts = {
  code: string;
  title: string;
  description: string;
  kind: string;
  instance: number;
  submittedAt: Date;
  acceptedAt: Date | null;
  dueAt: Date | null;
  decisionText: string | null;
  denouncedText: string | null;
  declineReason: string | null;
  resolutionText: string | null;
  firstInstanceCode: string | null;
  unit: { name: string; levelCode: string };
  parent: { name: string; levelCode: string } | null;
  /** The province's name without "Tỉnh": the place line of the header ("Sơn La, ngày …"). */
  place: string;
};

/**
 * The citizen as the document may name them: their name; SEALED for a
 * denouncer the reader may not see (or a document that goes to others);
 * null when unknown.
 */
export type CitizenOnDocument = { name: string } | "SEALED" | null;

export type AvailableDocument = { id: DocumentId; source: string; at: Date };

/** What a document is issued on, per case: events in time order, then held dialogues. */
export function availableDocuments(c: Pick<CaseFacts, "kind" | "instance">, events: readonly DocumentEvent[], dialogues: readonly DialogueFacts[]): AvailableDocument[] {
  const out: AvailableDocument[] = [];
  for (const t of Object.values(documentTemplates)) {
    if (!t.kinds.includes(c.kind)) continue;
    if (t.instance && t.instance !== c.instance) continue;
    if ("event" in t.trigger) {
      const types = t.trigger.event;
      for (const e of events) if (types.includes(e.type)) out.push({ id: t.id, source: e.id, at: e.createdAt });
    } else {
      for (const d of dialogues) out.push({ id: t.id, source: d.sessionId, at: d.endsAt });
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
}

/**
 * The form version in force on a local date. Before the first version (a
 * document dated before its form existed — the transitional rule of Nghị định
 * 155/2026, Điều 22, applies the new procedure to pending cases) the first
 * version; after the last, the last.
 */
export function formVersionOn(versions: readonly FormVersion[], date: string): FormVersion {
  const first = versions[0];
  if (!first) throw new Error("a template needs at least one form version");
  const inForce = versions.find((v) => (!v.validFrom || v.validFrom <= date) && (!v.validTo || date <= v.validTo));
  if (inForce) return inForce;
  return date < (first.validFrom ?? "") ? first : versions[versions.length - 1]!;
}

/** "ngày 05 tháng 7 năm 2026": days below 10 and months 1–2 take a leading zero (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
export function dateInWords(at: Date): string {
  const [y, m, d] = localDate(at).split("-");
  const month = Number(m);
  return `ngày ${d} tháng ${month < 3 ? String(month).padStart(2, "0") : month} năm ${y}`;
}

/** dd/mm/yyyy in Vietnam. */
export function shortDate(at: Date | null | undefined): string {
  if (!at) return "";
  const [y, m, d] = localDate(at).split("-");
  return `${d}/${m}/${y}`;
}

function clock(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3600_000);
  return `${String(local.getUTCHours()).padStart(2, "0")} giờ ${String(local.getUTCMinutes()).padStart(2, "0")}`;
}

/** What a blank on a paper form looks like: the official fills it by hand. */
export const blank = "………………";
export const sealedName = "[thông tin người tố cáo được giữ bí mật]";

/** Fills {placeholders}; a missing or empty value prints as a blank. */
export function fill(text: string, values: Readonly<Record<string, string | null | undefined>>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    return v && v.trim() ? v.trim() : blank;
  });
}

// Event data written by the procedure (law-procedure branch) and by the older
// transitions: every field optional, read defensively — older cases lack them.
const isoDate = z.string().datetime({ offset: true }).or(z.string().regex(/^\d{4}-\d{2}-\d{2}/)).optional().catch(undefined);
const eventData = z
  .object({
    grounds: z.string().optional().catch(undefined),
    decisionNo: z.string().optional().catch(undefined),
    decidedAt: isoDate,
    days: z.number().int().optional().catch(undefined),
    newDueAt: isoDate,
    dueAt: isoDate,
    previousDueAt: isoDate,
    complexity: z.string().optional().catch(undefined),
    resolution: z.string().optional().catch(undefined),
    reasonCode: z.string().optional().catch(undefined),
  })
  .passthrough();

function dateOf(value: string | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value.length === 10 ? `${value}T12:00:00+07:00` : value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The issuing office: "Ủy ban nhân dân phường Tô Hiệu" for a ward, the agency's own name for an agency. */
export function issuerName(unit: { name: string; levelCode: string }): string {
  const rule = issuerByLevel[unit.levelCode];
  if (!rule?.prefix) return unit.name;
  return rule.prefix + unit.name.charAt(0).toLowerCase() + unit.name.slice(1);
}

export type DocumentModel = {
  id: DocumentId;
  /** Plain title for the page and the PDF's metadata. */
  title: string;
  superior: string | null;
  issuer: string;
  /** "Số: …" — null for minutes, which carry no number. */
  number: string | null;
  placeDate: string;
  heading: string;
  subheading: string;
  authority: string | null;
  to: string | null;
  preamble: string[];
  blocks: RenderedBlock[];
  articles: RenderedBlock[] | null;
  recipients: string[];
  signatures: { title: string; note: string; name: string }[];
  participants: { name: string; role: string; organisation: string; presence: string }[];
  form: FormVersion;
  legalBasis: string[];
  /** Footer line printed on every copy: the form, the decree, the legal basis. */
  footer: string;
};

export type RenderedBlock =
  | { kind: "p"; text: string }
  | { kind: "fields"; rows: { label: string; value: string }[] }
  | { kind: "section"; text: string }
  | { kind: "article"; label: string; text: string }
  | { kind: "participants" };

const participantRoles: Record<string, string> = { CITIZEN: "Công dân", OFFICIAL: "Cán bộ, công chức", GUEST: "Khách mời" };

/** The values a template's placeholders name, for one document of a case. */
export function documentValues(
  t: DocumentTemplate,
  c: CaseFacts,
  citizen: CitizenOnDocument,
  source: { event?: DocumentEvent; dialogue?: DialogueFacts; suspension?: DocumentEvent | null },
): Record<string, string> {
  const data = eventData.parse(source.event?.data ?? {});
  const issuer = issuerName(c.unit);
  const level = issuerByLevel[c.unit.levelCode];
  const signer = source.event?.actor && source.event.actor.role === "LEADER" ? source.event.actor.fullName : "";
  const superior = c.parent ? `${(issuerByLevel[c.parent.levelCode]?.signerTitle ?? "Thủ trưởng").toLowerCase().replace(/^./, (s) => s.toUpperCase())} ${issuerName(c.parent)}` : "";
  const citizenName = citizen === "SEALED" ? sealedName : (citizen?.name ?? "");
  const d = source.dialogue;
  const suspensionData = eventData.parse(source.suspension?.data ?? {});
  return {
    issuer,
    competence: level?.competence ?? "",
    signerTitle: level?.signerTitle ?? "THỦ TRƯỞNG CƠ QUAN",
    signerName: signer,
    superior,
    code: c.code,
    title: c.title,
    description: t.audience === "OTHERS" ? "" : c.description,
    citizen: citizenName,
    citizenAddress: "",
    citizenIdNumber: "",
    decisionComplained: c.decisionText ?? c.title,
    denounced: c.denouncedText ?? "",
    submittedAt: shortDate(c.submittedAt),
    acceptedAt: shortDate(c.acceptedAt),
    dueAt: shortDate(dateOf(data.dueAt) ?? dateOf(data.newDueAt) ?? c.dueAt),
    instanceWord: c.instance === 2 ? "lần hai" : "lần đầu",
    firstInstanceCode: c.firstInstanceCode ?? "",
    firstInstance: c.firstInstanceCode ? `hồ sơ ${c.firstInstanceCode}` : "",
    declineReason: source.event?.note ?? c.declineReason ?? "",
    resolution: data.resolution ?? c.resolutionText ?? "",
    measures: "",
    grounds: data.grounds ?? source.event?.note ?? "",
    decisionNo: data.decisionNo ?? "",
    note: source.event?.note ?? "",
    extensionDays: data.days ? String(data.days) : "",
    newDueAt: shortDate(dateOf(data.newDueAt) ?? dateOf(data.dueAt)),
    previousDueAt: shortDate(dateOf(data.previousDueAt)),
    complexity: (data.complexity && complexityWords[data.complexity]) || "phức tạp",
    suspensionNo: suspensionData.decisionNo ? `số ${suspensionData.decisionNo}` : "",
    suspendedAt: shortDate(dateOf(suspensionData.decidedAt) ?? source.suspension?.createdAt),
    sessionStartTime: d ? clock(d.startsAt) : "",
    sessionStartDate: d ? shortDate(d.startsAt) : "",
    sessionEndTime: d ? clock(d.endsAt) : "",
    sessionEndDate: d ? shortDate(d.endsAt) : "",
    sessionPlace: d?.place ?? "",
    chair: d?.chair ?? "",
    chairPosition: d?.chairPosition ?? "",
    secretary: d?.secretary ?? "",
    complainantPresence: !d || d.complainantAttended === null ? "" : d.complainantAttended ? "có mặt" : "vắng mặt",
    discussion: d?.discussion ?? "",
    conclusion: d?.conclusion ?? "",
  };
}

function renderBlocks(blocks: readonly Block[], values: Record<string, string>): RenderedBlock[] {
  return blocks.map((b): RenderedBlock => {
    if ("p" in b) return { kind: "p", text: fill(b.p, values) };
    if ("section" in b) return { kind: "section", text: fill(b.section, values) };
    if ("article" in b) return { kind: "article", label: b.article, text: fill(b.text, values) };
    if ("fields" in b) return { kind: "fields", rows: b.fields.map(([label, value]) => ({ label, value: fill(value, values) })) };
    return { kind: "participants" };
  });
}

/** The document: the template filled with the case's values, in the form version of its date. */
export function composeDocument(
  id: DocumentId,
  c: CaseFacts,
  citizen: CitizenOnDocument,
  source: { event?: DocumentEvent; dialogue?: DialogueFacts; suspension?: DocumentEvent | null },
): DocumentModel {
  const t = documentTemplates[id];
  // A document that goes to others never names a denouncer, whoever prints it.
  const named = t.audience === "OTHERS" && c.kind === "DENUNCIATION" ? "SEALED" : citizen;
  const values = documentValues(t, c, named, source);
  const issuedAt = source.event?.createdAt ?? source.dialogue?.endsAt ?? new Date();
  const form = formVersionOn(t.versions, localDate(issuedAt));
  const decisionNo = values.decisionNo;
  const heading = fill(t.heading, values);
  const subheading = fill(t.subheading, values);
  const legalBasis = [...t.legalBasis];
  return {
    id,
    title: `${heading} ${subheading}`.replace(/\s+/g, " "),
    superior: c.parent ? issuerName(c.parent).toUpperCase() : null,
    issuer: values.issuer!.toUpperCase(),
    number: t.numbered === false ? null : decisionNo ? `Số: ${decisionNo}` : `Số: ${blank}`,
    placeDate: `${c.place}, ${dateInWords(issuedAt)}`,
    heading,
    subheading,
    authority: t.authority ? `${values.signerTitle} ${values.issuer!.toUpperCase()}` : null,
    to: t.to ? fill(t.to, values) : null,
    preamble: (t.preamble ?? []).map((p) => fill(p, values)),
    blocks: renderBlocks(t.blocks, values),
    articles: t.articles ? renderBlocks(t.articles, values) : null,
    recipients: [...t.recipients],
    signatures: t.signatures.map((s) => ({ title: fill(s.title, values), note: s.note, name: s.name ? (fill(s.name, values) === blank ? "" : fill(s.name, values)) : "" })),
    participants: (source.dialogue?.participants ?? [])
      .filter((p) => p.role !== "CITIZEN")
      .map((p) => ({ name: p.name, role: participantRoles[p.role] ?? p.role, organisation: p.organisation ?? "", presence: p.attended === false ? "vắng mặt" : p.attended ? "có mặt" : "" })),
    form,
    legalBasis,
    footer: `${form.form} ban hành kèm theo ${form.annexOf} · Căn cứ: ${legalBasis.join("; ")}`,
  };
}
