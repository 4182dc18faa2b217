import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/guards.server";
import { firstInstanceDecision } from "~/modules/documents/documents.server";
import { pdfResponse } from "~/modules/documents/pdf.server";

/** The first-instance decision of the appeal `code`, for the staff handling the appeal (read-only). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  const { doc, code } = await firstInstanceDecision(request, user, params.code);
  return pdfResponse(doc, code);
}
