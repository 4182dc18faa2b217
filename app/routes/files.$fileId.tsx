import type { LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { getUser } from "~/modules/auth/session.server";
import { mayReadCaseFiles } from "~/modules/cases/access.server";
import { isVerifier } from "~/modules/cases/denouncer";
import { openStoredFile } from "~/modules/files/files.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";

/**
 * Downloads an attachment for someone allowed to see its case (the citizen,
 * a follower with code + secret, staff of the unit). Everyone else: 404, the
 * same as a file that does not exist. Files on internal events are staff-only;
 * files carrying a denouncer's handwriting are not given to its verifiers.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const file = await db.attachment.findUnique({
    where: { id: params.fileId ?? "" },
    select: { storageKey: true, fileName: true, mimeType: true, size: true, caseId: true, identifying: true, case: { select: { kind: true } }, event: { select: { visibility: true } } },
  });
  if (!file?.caseId || !(await mayReadCaseFiles(request, file.caseId))) notFound();
  if (file.event?.visibility === "INTERNAL" || file.identifying) {
    const user = await getUser(request);
    if (!user || user.role === "CITIZEN") {
      if (file.event?.visibility === "INTERNAL") notFound();
    }
    // A file carrying a denouncer's handwriting or signature is never given to those who verify the denunciation.
    if (user && file.identifying && file.case && isVerifier({ kind: "staff", userId: user.id, role: user.role, unitId: user.unitId, unitPath: null }, file.case)) notFound();
  }
  const stream = createReadableStreamFromReadable(openStoredFile(file.storageKey));
  return new Response(stream, {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
