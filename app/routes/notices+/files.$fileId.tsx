import type { LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { mayManageNotices, publicNoticeFile } from "~/modules/board/notices.server";
import { getUser } from "~/modules/auth/session.server";
import { openStoredFile } from "~/modules/files/files.server";
import { notFound } from "~/utils/http.server";

/**
 * Downloads a notice's attachment. Without signing in: only for a notice that
 * is up, or was up in the past (the board's archive). A scheduled or
 * cancelled notice's files: its unit's officers only; anyone else gets 404,
 * the same as a file that does not exist. Case evidence is never served here.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const file = await publicNoticeFile(params.fileId ?? "");
  if (!file?.notice) notFound();
  if (!file.public) {
    const user = await getUser(request);
    if (!user || !mayManageNotices(user, file.notice.unitId)) notFound();
  }
  const stream = createReadableStreamFromReadable(openStoredFile(file.storageKey));
  return new Response(stream, {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": file.public ? "public, max-age=300" : "private, no-store",
    },
  });
}
