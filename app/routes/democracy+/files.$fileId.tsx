import { createReadableStreamFromReadable, type LoaderFunctionArgs } from "@remix-run/node";
import { getUser } from "~/modules/auth/session.server";
import { mayAnswerBoards, mayManageDemocracy } from "~/modules/democracy/access.server";
import { documentAccess } from "~/modules/democracy/documents.server";
import { openStoredFile } from "~/modules/files/files.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";

/**
 * A document of a matter, a consultation or a recommendation. Public for a
 * matter or consultation; a recommendation's only to its board's members and
 * the commune's officers — anyone else gets the 404 of a missing file.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.fileId ?? "";
  const access = /^[a-z0-9]{10,40}$/i.test(id) ? await documentAccess(id) : null;
  if (!access) notFound();
  if (!access.public) {
    const user = await getUser(request);
    const member = user && access.boardId ? await db.supervisionMember.findFirst({ where: { boardId: access.boardId, userId: user.id, until: null }, select: { userId: true } }) : null;
    if (!user || (!member && !mayManageDemocracy(user, access.unitId) && !mayAnswerBoards(user, access.unitId))) notFound();
  }
  const stream = createReadableStreamFromReadable(openStoredFile(access.file.storageKey));
  return new Response(stream, {
    headers: {
      "Content-Type": access.file.mimeType,
      "Content-Length": String(access.file.size),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(access.file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": access.public ? "public, max-age=300" : "private, no-store",
    },
  });
}
