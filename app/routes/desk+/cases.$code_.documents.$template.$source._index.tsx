import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DocumentView } from "~/components/documents";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requirePermission } from "~/modules/auth/guards.server";
import { staffDocument } from "~/modules/documents/documents.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** One official document of a case of the officer's unit, to print and sign. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  const { doc, code } = await staffDocument(request, user, params);
  return { title: `${code} · ${doc.title}`, doc, base: `/desk/cases/${code}/documents`, source: params.source ?? "" };
}

export default function StaffDocument() {
  const { doc, base, source } = useLoaderData<typeof loader>();
  return <DocumentView doc={doc} pdfHref={`${base}/${doc.id}/${source}/pdf`} listHref={base} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
