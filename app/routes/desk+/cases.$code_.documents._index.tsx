import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DocumentList } from "~/components/documents";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { staffDocumentList } from "~/modules/documents/documents.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** The official documents of a case of the officer's unit (another unit's case: 403). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  const [list, t] = await Promise.all([staffDocumentList(user, params.code), getT(request)]);
  return json({ ...list, title: t("documents.heading", { code: list.code }) });
}

export default function StaffDocuments() {
  const { code, documents } = useLoaderData<typeof loader>();
  return <DocumentList code={code} base={`/desk/cases/${code}/documents`} caseHref={`/desk/cases/${code}`} documents={documents} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
