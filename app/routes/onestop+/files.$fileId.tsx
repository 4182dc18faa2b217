import type { LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { openStoredFile } from "~/modules/files/files.server";
import { requirePrintableDossier } from "~/modules/onestop/print-access.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";

/** A dossier's file, for its applicant or the staff working on it; a result file only once the result is out. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const file = await db.dossierFile.findUnique({ where: { id: params.fileId ?? "" } });
  if (!file) notFound();
  const d = await requirePrintableDossier(request, file.dossierId);
  if (file.kind === "RESULT" && !["RESULT_READY", "RETURNED"].includes(d.status)) notFound();
  return new Response(createReadableStreamFromReadable(openStoredFile(file.storageKey)), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
