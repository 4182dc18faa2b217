import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DocumentList } from "~/components/documents";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { citizenDocumentList } from "~/modules/documents/documents.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** The official documents of the citizen's own case (another citizen's case: 404). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const [list, t] = await Promise.all([citizenDocumentList(request, params.code), getT(request)]);
  return json({ ...list, title: t("documents.heading", { code: list.code }) });
}

export default function CitizenDocuments() {
  const { code, documents } = useLoaderData<typeof loader>();
  return <DocumentList code={code} base={`/cases/${code}/documents`} caseHref={`/cases/${code}`} documents={documents} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
