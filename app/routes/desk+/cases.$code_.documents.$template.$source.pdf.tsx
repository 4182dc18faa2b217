import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/guards.server";
import { staffDocument } from "~/modules/documents/documents.server";
import { pdfResponse } from "~/modules/documents/pdf.server";

/** The PDF of one official document of a case of the officer's unit. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  const { doc, code } = await staffDocument(request, user, params);
  return pdfResponse(doc, code);
}
