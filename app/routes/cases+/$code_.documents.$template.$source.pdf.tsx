import type { LoaderFunctionArgs } from "@remix-run/node";
import { citizenDocument } from "~/modules/documents/documents.server";
import { pdfResponse } from "~/modules/documents/pdf.server";

/** The PDF of one official document of the citizen's case (same model as the printed page). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { doc, code } = await citizenDocument(request, params);
  return pdfResponse(doc, code);
}
