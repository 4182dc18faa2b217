import { randomBytes } from "node:crypto";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { CaseForm } from "~/components/case-form";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { parseIdentifier } from "~/modules/auth/schemas";
import { caseKinds, type CaseKind } from "~/modules/cases/constants";
import { claimPendingFiles, fileProblemMessages, keepPendingFiles, pendingFiles, readFormWithEvidence } from "~/modules/cases/evidence.server";
import { fileCase } from "~/modules/cases/filing.server";
import { categoryOptions, unitGroups } from "~/modules/cases/form-options.server";
import { receiptHeader } from "~/modules/cases/receipt.server";
import { fileCaseSchema } from "~/modules/cases/schemas";
import { db } from "~/utils/db.server";
import { clientAddress } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
// ONLINE_RECEPTION: a matter taken at an online citizen reception (Luật 136/2025; Nghị định 154/2026 Điều 16–24).
const intakeChannels = ["IN_PERSON", "MAIL", "HOTLINE", "ONLINE_RECEPTION"] as const;

function kindFrom(url: URL): CaseKind {
  const kind = url.searchParams.get("kind")?.toUpperCase();
  return (caseKinds as readonly string[]).includes(kind ?? "") ? (kind as CaseKind) : "FEEDBACK";
}

export const shouldRevalidate = revalidateAfterRefusal;

/** A reception officer records a walk-in, mail or hotline case for a citizen, then prints the receipt. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "case:intake");
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const [groups, categories] = await Promise.all([unitGroups(language), categoryOptions(language)]);
  return {
    title: t("intake.heading"),
    kind: kindFrom(new URL(request.url)),
    unitGroups: groups,
    categories,
    submissionToken: randomBytes(18).toString("base64url"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "case:intake");
  const { formData, files, problems } = await readFormWithEvidence(request);
  const submission = parseWithZod(formData, { schema: fileCaseSchema });
  const token = String(formData.get("submissionToken") ?? "");
  const tokenOk = /^[A-Za-z0-9_-]{16,64}$/.test(token);
  const kept = tokenOk && files.length ? await keepPendingFiles(token, files, clientAddress(request)) : { notKept: 0 };
  const pending = tokenOk ? await pendingFiles(token) : [];
  const fileErrors = fileProblemMessages(kept.notKept ? [...problems, { form: "files-not-kept" }] : problems);
  const channelRaw = String(formData.get("channel") ?? "");
  const channel = (intakeChannels as readonly string[]).includes(channelRaw) ? (channelRaw as (typeof intakeChannels)[number]) : "IN_PERSON";

  // An existing account, found by email or phone; otherwise name and contact only.
  const identifier = String(formData.get("citizenIdentifier") ?? "").trim();
  let citizenId: string | null = null;
  let citizenError: string[] | null = null;
  if (identifier) {
    const where = parseIdentifier(identifier);
    const citizen = where ? await db.user.findUnique({ where: "email" in where ? { email: where.email } : { phone: where.phone }, select: { id: true, role: true } }) : null;
    if (citizen?.role === "CITIZEN") citizenId = citizen.id;
    else citizenError = ["intake.citizenNotFound"];
  }
  // The account not found is the reply's error on its field too, so a data request (JS) is told as the page is.
  const sendBack = (extra: { fieldErrors?: Record<string, string[]> } = {}) =>
    data(
      { result: submission.reply({ ...extra, fieldErrors: { ...extra.fieldErrors, ...(citizenError ? { citizenIdentifier: citizenError } : {}) } }), fileErrors, pending, citizenError, submissionToken: tokenOk ? token : null },
      { status: 400 },
    );
  if (submission.status !== "success" || fileErrors.length || citizenError) return sendBack();

  const result = await fileCase(submission.value, { kind: "officer", officerId: officer.id, channel, citizenId }, []);
  if (!result.ok) return sendBack({ fieldErrors: result.errors });
  if (!result.duplicate) await claimPendingFiles(token, result.caseId, officer.id);
  return redirect("/cases/receipt", { headers: { "Set-Cookie": await receiptHeader(result.code) } });
}

export default function IntakePage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section aria-labelledby="intake-title" className="narrow-wide">
      <h1 id="intake-title">{t("intake.heading")}</h1>
      <nav aria-label={t("cases.kind")} className="actions">
        {caseKinds.map((k) => (
          <Link key={k} to={`?kind=${k.toLowerCase()}`} aria-current={k === data.kind ? "page" : undefined}>
            {t(`caseKind.${k}`)}
          </Link>
        ))}
      </nav>
      <CaseForm
        key={data.kind}
        kind={data.kind}
        lastResult={actionData?.result}
        submissionToken={actionData?.submissionToken ?? data.submissionToken}
        unitGroups={data.unitGroups}
        categories={data.categories}
        signedIn={false}
        identityVerified={true}
        similar={[]}
        pending={actionData?.pending ?? []}
        fileErrors={actionData?.fileErrors ?? []}
        intake={{ channels: intakeChannels, citizenError: actionData?.citizenError }}
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
