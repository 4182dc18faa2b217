/**
 * The registers an inspector can open (pure): their columns as data with the
 * basis each follows, the rules of a group visit, how a reception line's
 * handling columns are read, and which identities are sealed.
 */
import { z } from "zod";
import { foldForSearch } from "~/utils/text";
import { GROUP_VISIT_FROM } from "./cells";

export const registerKinds = ["reception", "petitions", "mediation"] as const;
export type RegisterKind = (typeof registerKinds)[number];
export const isRegisterKind = (v: unknown): v is RegisterKind => typeof v === "string" && (registerKinds as readonly string[]).includes(v);

/** A column: its number, its label (catalogue key under reports.registers.columns), and the group it sits under. */
export type RegisterColumn = { no: number; key: string; group?: string };

/** `basis.source` and `note` record for developers where the layout was read; users read reports.registerBasis.<kind>. */
export type RegisterDefinition = {
  columns: RegisterColumn[];
  basis: { document: string; source: string; confirmed: boolean; note: string };
};

export const registers: Record<RegisterKind, RegisterDefinition> = {
  reception: {
    columns: [
      { no: 1, key: "no" },
      { no: 2, key: "date" },
      { no: 3, key: "visitor" },
      { no: 4, key: "idNumber" },
      { no: 5, key: "matter" },
      { no: 6, key: "classification" },
      { no: 7, key: "resolvedBefore" },
      { no: 8, key: "accepted", group: "handling" },
      { no: 9, key: "guided", group: "handling" },
      { no: 10, key: "transferred", group: "handling" },
      { no: 11, key: "followUp" },
      { no: 12, key: "notes" },
      { no: 13, key: "receiver" },
    ],
    basis: {
      document: "Thông tư 04/2021/TT-TTCP (quy trình tiếp công dân), Mẫu số 03 — Sổ tiếp công dân",
      source: "Columns 1–12 as published by hoatieu.vn ('Mẫu số 03 kèm theo Thông tư 04/2021/TT-TTCP'); the circular's own annex was not read.",
      confirmed: false,
      note: "Column 13 (the receiving official) is this app's addition: the reception law asks the register to name who received. A group's people and representatives are in column 6 (Luật Tiếp công dân 2013, art. 29).",
    },
  },
  petitions: {
    columns: [
      { no: 1, key: "no" },
      { no: 2, key: "received" },
      { no: 3, key: "code" },
      { no: 4, key: "sender" },
      { no: 5, key: "channel" },
      { no: 6, key: "matter" },
      { no: 7, key: "kind" },
      { no: 8, key: "decision" },
      { no: 9, key: "decidedAt" },
      { no: 10, key: "status" },
      { no: 11, key: "notes" },
    ],
    basis: {
      document: "Thông tư 05/2021/TT-TTCP (quy trình xử lý đơn)",
      source: "The obligation to register is read in the codified extract of Thông tư 07/2014/TT-TTCP and its successor 05/2021 ('phải được vào sổ hoặc nhập vào hệ thống cơ sở dữ liệu'); no model layout was found. Columns are this app's, chosen to feed form 02/XLD.",
      confirmed: false,
      note: "The sender's address is not asked when a case is filed; column 4 shows the name and contact only.",
    },
  },
  mediation: {
    columns: [
      { no: 1, key: "no" },
      { no: 2, key: "opened" },
      { no: 3, key: "code" },
      { no: 4, key: "team" },
      { no: 5, key: "parties" },
      { no: 6, key: "dispute" },
      { no: 7, key: "mediators" },
      { no: 8, key: "outcome" },
      { no: 9, key: "outcomeAt" },
      { no: 10, key: "notes" },
    ],
    basis: {
      document: "Luật Hòa giải ở cơ sở 35/2013/QH13",
      source: "The register's model layout (issued by the Ministry of Justice) was not read. Columns are this app's, chosen to feed the mediation statistics form.",
      confirmed: false,
      note: "",
    },
  },
};

// ─────────────────────────────── group visits ───────────────────────────────

export const receptionKinds = ["REGULAR", "HEAD", "DELEGATED"] as const;
export const handlingModes = ["ACCEPTED", "GUIDED", "TRANSFERRED", "ANSWERED"] as const;
export type HandlingMode = (typeof handlingModes)[number];

/**
 * The representatives a group may name (Luật Tiếp công dân 2013, art. 29):
 * from five to ten people, one or two; more than ten, more but at most five.
 * Below five people there is no group and no rule.
 */
export function representativesAllowed(people: number): { min: number; max: number } | null {
  if (people < GROUP_VISIT_FROM) return null;
  return people <= 10 ? { min: 1, max: 2 } : { min: 1, max: 5 };
}

/** One name per line; blank lines dropped. */
export function representativeNames(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export type GroupCheck = "ok" | "representativesRequired" | "representativesTooMany" | "representativesMoreThanPeople";

export function checkGroup(people: number, representatives: string[]): GroupCheck {
  if (representatives.length > people) return "representativesMoreThanPeople";
  const allowed = representativesAllowed(people);
  if (!allowed) return "ok";
  if (representatives.length < allowed.min) return "representativesRequired";
  if (representatives.length > allowed.max) return "representativesTooMany";
  return "ok";
}

// ──────────────────────────── reception handling ────────────────────────────

/**
 * Which of the register's three handling columns (8 accepted, 9 returned with
 * guidance, 10 forwarded) a line marks: what the officer chose, or for a line
 * filed as a case without a choice, what became of the case at this unit.
 * "Answered on the spot" marks none (it goes in the notes).
 */
export function handlingColumn(
  line: { handlingMode: string | null; unitId: string },
  linkedCase: { status: string; unitId: string } | null,
): "accepted" | "guided" | "transferred" | null {
  switch (line.handlingMode) {
    case "ACCEPTED":
      return "accepted";
    case "GUIDED":
      return "guided";
    case "TRANSFERRED":
      return "transferred";
    case "ANSWERED":
      return null;
  }
  if (!linkedCase) return null;
  if (linkedCase.unitId !== line.unitId) return "transferred";
  if (linkedCase.status === "DECLINED") return "guided";
  if (linkedCase.status === "SUBMITTED" || linkedCase.status === "WITHDRAWN") return null;
  return "accepted";
}

// ────────────────────────────── confidentiality ──────────────────────────────

/**
 * A denouncer's identity never appears in a register or an export that goes
 * to others (DESIGN.md "Confidentiality"): a line is sealed when the visit was
 * classified as a denunciation or its case is one.
 */
export function isSealedLine(line: { classification: string | null }, linkedCase: { kind: string } | null): boolean {
  return line.classification === "DENUNCIATION" || linkedCase?.kind === "DENUNCIATION";
}

/**
 * What a reception line is found by (folded: with or without diacritics). A
 * sealed line is found by its matter and handling only, so a search for a
 * name cannot reveal that this person denounced someone.
 */
export function receptionSearchText(line: {
  classification: string | null;
  visitorName: string;
  visitorAddress?: string | null;
  visitorIdNumber?: string | null;
  representatives?: string | null;
  matter: string;
  handling: string;
}): string {
  const identity = isSealedLine(line, null) ? [] : [line.visitorName, line.visitorAddress, line.visitorIdNumber, line.representatives];
  return foldForSearch([...identity, line.matter, line.handling].filter(Boolean).join(" "));
}

// ───────────────────────────── the entry's schema ─────────────────────────────

/** The identity document number as shown: 6–20 letters and digits (CCCD has 12, passports vary). */
export const idNumberSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s+/g, "").toUpperCase())
  .refine((v) => v === "" || /^[A-Z0-9]{6,20}$/.test(v), "reports.reception.errors.idNumber")
  .transform((v) => (v === "" ? undefined : v))
  .optional();
