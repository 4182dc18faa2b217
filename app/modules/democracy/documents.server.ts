import { storeFile, type CheckedFile } from "~/modules/files/files.server";
import { db, type Tx } from "~/utils/db.server";

export type DocumentOwner = { matterId: string } | { consultationId: string } | { recommendationId: string };
type Stored = CheckedFile & { storageKey: string };

/** Stores the files (outside any transaction: it is file-system work) before their rows are written. */
export async function storeDocuments(files: CheckedFile[]): Promise<Stored[]> {
  return Promise.all(files.map(async (f) => ({ ...f, ...(await storeFile(f)) })));
}

/**
 * Gives an owner its documents: the files kept from an earlier try of the same
 * form (its token), and the ones sent now. Inside the owner's transaction.
 */
export async function attachDocuments(tx: Tx, owner: DocumentOwner, uploadedById: string, token: string, stored: Stored[]) {
  const kept = await tx.attachment.findMany({ where: { pendingToken: token, caseId: null, noticeId: null, mediationId: null }, select: { id: true } });
  if (kept.length) await tx.attachment.updateMany({ where: { id: { in: kept.map((k) => k.id) } }, data: { pendingToken: null, uploadedById } });
  const ids = kept.map((k) => k.id);
  for (const f of stored) {
    const a = await tx.attachment.create({
      data: { sha256: f.sha256, storageKey: f.storageKey, fileName: f.fileName, mimeType: f.mimeType, size: f.bytes.byteLength, uploadedById },
      select: { id: true },
    });
    ids.push(a.id);
  }
  if (ids.length) await tx.democracyDocument.createMany({ data: ids.map((attachmentId) => ({ attachmentId, ...owner })) });
}

export async function documentsOf(owner: DocumentOwner) {
  const docs = await db.democracyDocument.findMany({ where: owner, select: { attachmentId: true }, orderBy: { createdAt: "asc" } });
  if (!docs.length) return [];
  const files = await db.attachment.findMany({ where: { id: { in: docs.map((d) => d.attachmentId) } }, select: { id: true, fileName: true, size: true, mimeType: true } });
  return docs.map((d) => files.find((f) => f.id === d.attachmentId)).filter((f): f is NonNullable<typeof f> => !!f);
}

/**
 * A document and who may download it: a matter's or a consultation's are
 * public (a cancelled matter's only to its commune); a recommendation's only
 * to its board's members and the commune's officers.
 */
export async function documentAccess(attachmentId: string) {
  const doc = await db.democracyDocument.findUnique({
    where: { attachmentId },
    select: {
      matter: { select: { unitId: true, status: true } },
      consultation: { select: { unitId: true } },
      recommendation: { select: { unitId: true, boardId: true } },
    },
  });
  if (!doc) return null;
  const file = await db.attachment.findUnique({ where: { id: attachmentId }, select: { storageKey: true, fileName: true, mimeType: true, size: true } });
  if (!file) return null;
  if (doc.matter) return { file, public: doc.matter.status !== "CANCELLED", unitId: doc.matter.unitId, boardId: null };
  if (doc.consultation) return { file, public: true, unitId: doc.consultation.unitId, boardId: null };
  if (doc.recommendation) return { file, public: false, unitId: doc.recommendation.unitId, boardId: doc.recommendation.boardId };
  return null;
}
