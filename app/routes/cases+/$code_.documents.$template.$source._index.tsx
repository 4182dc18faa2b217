import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DocumentView } from "~/components/documents";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { citizenDocument } from "~/modules/documents/documents.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** One official document of the citizen's case, to print (its PDF: the sibling route `pdf`). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { doc, code } = await citizenDocument(request, params);
  return { title: `${code} · ${doc.title}`, doc, base: `/cases/${code}/documents`, source: params.source ?? "" };
}

export default function CitizenDocument() {
  const { doc, base, source } = useLoaderData<typeof loader>();
  return <DocumentView doc={doc} pdfHref={`${base}/${doc.id}/${source}/pdf`} listHref={base} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
