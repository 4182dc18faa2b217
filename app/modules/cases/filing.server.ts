import { db, isUniqueViolation, write, type Tx } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";
import { normalisePhone } from "../auth/schemas";
import { acceptDueAt, filingLimit, forwardDueAt, pickRule } from "../deadlines/rules";
import { loadDeadlineContext } from "../deadlines/deadlines.server";
import { storeFile, type CheckedFile } from "../files/files.server";
import { caseRecipient, notify } from "../notifications/notifications.server";
import { nextCaseCode } from "./codes.server";
import type { CaseChannel } from "./constants";
import type { FileCaseInput } from "./schemas";
import { hashSecret, secretForSubmission } from "./secret.server";

export type Filer =
  | { kind: "citizen"; user: { id: string; fullName: string; email: string | null; phone: string | null; identityVerified: boolean } }
  | { kind: "anonymous" }
  /** A reception officer recording a walk-in, mail or hotline case for a citizen. */
  | { kind: "officer"; officerId: string; channel: CaseChannel; citizenId: string | null };

export type FileResult =
  | { ok: true; code: string; caseId: string; secret: string | null; duplicate: boolean }
  | { ok: false; errors: Record<string, string[]>; warnings?: Record<string, string[]> };

/**
 * Files a case: checks what each kind requires, stores the evidence, gives the
 * case its tracking code and acceptance deadline, writes the SUBMITTED event
 * and tells the citizen — all in one transaction. The form's token makes a
 * double submit return the first case instead of creating a second.
 */
export async function fileCase(input: FileCaseInput, filer: Filer, files: CheckedFile[], now = new Date()): Promise<FileResult> {
  const existing = await db.case.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true, code: true } });
  if (existing) return duplicateResult(existing, input.submissionToken, filer);

  const errors: Record<string, string[]> = {};
  // An officer filing for an existing account: that citizen's details are the defaults.
  const citizen =
    filer.kind === "citizen"
      ? filer.user
      : filer.kind === "officer" && filer.citizenId
        ? await db.user.findUnique({ where: { id: filer.citizenId }, select: { id: true, fullName: true, email: true, phone: true, identityVerified: true } })
        : null;
  if (input.kind === "DENUNCIATION" && !(citizen?.identityVerified || filer.kind === "officer")) {
    errors.kind = ["cases.errors.denunciationNeedsIdentity"];
  }
  const anonymous = input.kind === "FEEDBACK" && !!input.anonymous && filer.kind !== "citizen";
  if (!citizen && !anonymous && !input.contactName) errors.contactName = ["errors.required"];
  const { rules, calendar } = await loadDeadlineContext();
  // The limit to complain (Luật Khiếu nại Điều 9): rolled forward off a day off, lengthened by the obstacle days stated.
  let filingLimitAt: Date | null = null;
  if (input.kind === "COMPLAINT" && input.learnedAt) {
    const learned = new Date(`${input.learnedAt}T00:00:00+07:00`);
    const fileRule = pickRule(rules, { kind: "COMPLAINT", instance: 1, stage: "FILE", at: learned });
    if (learned.getTime() > now.getTime()) errors.learnedAt = ["cases.errors.dateInFuture"];
    else if (fileRule) {
      const late = now.getTime() > filingLimit(fileRule, calendar, { learnedAt: learned, obstacleDays: 0 }).getTime();
      if (late && !input.lateReason) errors.lateReason = ["cases.errors.lateReasonRequired"];
      if (late && !input.obstacleDays) errors.obstacleDays = ["procedure.errors.obstacleDaysRequired"];
      filingLimitAt = filingLimit(fileRule, calendar, { learnedAt: learned, obstacleDays: late ? (input.obstacleDays ?? 0) : 0 });
    }
  }
  const [unit, category] = await Promise.all([
    db.unit.findFirst({ where: { id: input.unitId, active: true }, select: { id: true, code: true, name: true, remote: true } }),
    db.category.findFirst({ where: { id: input.categoryId, active: true }, select: { id: true } }),
  ]);
  if (!unit) errors.unitId = ["errors.invalidChoice"];
  if (!category) errors.categoryId = ["errors.invalidChoice"];
  if (Object.keys(errors).length || !unit) return { ok: false, errors };

  const stored = await Promise.all(files.map(async (f) => ({ ...f, ...(await storeFile(f)) })));
  const acceptBy = acceptDueAt(rules, calendar, { kind: input.kind, instance: 1, receivedAt: now, remote: unit.remote });
  const forwardBy = forwardDueAt(rules, calendar, { kind: input.kind, instance: 1, receivedAt: now });
  const needsSecret = filer.kind !== "citizen" && !(filer.kind === "officer" && filer.citizenId);
  const secret = needsSecret ? secretForSubmission(input.submissionToken) : null;
  const citizenId = citizen?.id ?? (filer.kind === "officer" ? filer.citizenId : null);

  try {
    const created = await write(async (tx) => {
      const code = await nextCaseCode(tx, unit, Number(localYear(now)));
      const contactName = anonymous ? null : (input.contactName ?? citizen?.fullName ?? null);
      const row = await tx.case.create({
        data: {
          code,
          kind: input.kind,
          channel: filer.kind === "officer" ? filer.channel : "ONLINE",
          status: "SUBMITTED",
          unitId: unit.id,
          originUnitId: unit.id,
          categoryId: input.categoryId,
          citizenId,
          anonymous,
          contactName,
          contactEmail: anonymous && !input.contactEmail ? null : (input.contactEmail ?? citizen?.email ?? null),
          contactPhone: input.contactPhone ? normalisePhone(input.contactPhone) : (citizen?.phone ?? null),
          secretHash: secret ? hashSecret(secret) : null,
          title: input.title,
          description: input.description,
          locationText: input.locationText ?? null,
          decisionText: input.kind === "COMPLAINT" ? (input.decisionText ?? null) : null,
          learnedAt: input.kind === "COMPLAINT" && input.learnedAt ? new Date(`${input.learnedAt}T00:00:00+07:00`) : null,
          denouncedText: input.kind === "DENUNCIATION" ? (input.denouncedText ?? null) : null,
          publishConsent: (input.kind === "FEEDBACK" || input.kind === "PETITION") && !!input.publishConsent,
          // A denouncer's name is never searchable (confidentiality: only a reveal shows it).
          searchText: foldForSearch(`${code} ${input.title} ${input.kind === "DENUNCIATION" ? "" : (contactName ?? "")}`),
          submissionToken: input.submissionToken,
          submittedAt: now,
          receivedAt: now,
          acceptDueAt: acceptBy?.dueAt ?? null,
          acceptRuleId: acceptBy?.rule.id ?? null,
          forwardDueAt: forwardBy?.dueAt ?? null,
          nextDueAt: acceptBy?.dueAt ?? null,
          obstacleDays: input.kind === "COMPLAINT" && filingLimitAt ? (input.obstacleDays ?? 0) : 0,
          filingLimitAt,
        },
        select: { id: true, code: true },
      });
      const event = await tx.caseEvent.create({
        data: {
          caseId: row.id,
          type: "SUBMITTED",
          toStatus: "SUBMITTED",
          actorId: filer.kind === "officer" ? filer.officerId : (citizen?.id ?? null),
          visibility: "PUBLIC",
          note: input.kind === "COMPLAINT" && input.lateReason ? input.lateReason : null,
          data: JSON.stringify({ channel: filer.kind === "officer" ? filer.channel : "ONLINE" }),
          createdAt: now,
        },
      });
      // A denunciation's own files may carry the denouncer's handwriting or signature: hidden from verifiers until checked.
      await attachFiles(tx, stored, { caseId: row.id, eventId: event.id, uploadedById: citizen?.id ?? null, identifying: input.kind === "DENUNCIATION" });
      await notify(
        tx,
        caseRecipient({ citizenId, contactEmail: input.contactEmail ?? null, contactPhone: input.contactPhone ?? null }) ?? {},
        "CASE_SUBMITTED",
        { code: row.code, unit: unit.name },
        { caseId: row.id, link: `/cases/${row.code}` },
      );
      return row;
    });
    return { ok: true, code: created.code, caseId: created.id, secret, duplicate: false };
  } catch (error) {
    // A double submit raced past the first check: the token's unique index decides.
    if (isUniqueViolation(error)) {
      const first = await db.case.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true, code: true } });
      if (first) return duplicateResult(first, input.submissionToken, filer);
    }
    throw error;
  }
}

function duplicateResult(c: { id: string; code: string }, token: string, filer: Filer): FileResult {
  const needsSecret = filer.kind === "anonymous" || (filer.kind === "officer" && !filer.citizenId);
  return { ok: true, code: c.code, caseId: c.id, secret: needsSecret ? secretForSubmission(token) : null, duplicate: true };
}

export async function attachFiles(
  tx: Tx,
  files: (CheckedFile & { storageKey: string })[],
  link: { caseId: string; eventId?: string | null; uploadedById: string | null; identifying?: boolean },
) {
  for (const f of files) {
    await tx.attachment.create({
      data: {
        sha256: f.sha256,
        storageKey: f.storageKey,
        fileName: f.fileName,
        mimeType: f.mimeType,
        size: f.size,
        caseId: link.caseId,
        eventId: link.eventId ?? null,
        uploadedById: link.uploadedById,
        identifying: !!link.identifying,
      },
    });
  }
}

function localYear(now: Date): string {
  return new Date(now.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 4);
}
