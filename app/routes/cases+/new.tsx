import { randomBytes } from "node:crypto";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { getUser } from "~/modules/auth/session.server";
import { caseKinds, type CaseKind } from "~/modules/cases/constants";
import { claimPendingFiles, fileProblemMessages, formProblemMessages, keepPendingFiles, pendingFiles, readFormWithEvidence } from "~/modules/cases/evidence.server";
import { clientAddress } from "~/utils/http.server";
import { limits, retryAfterHeaders, take, tooManyRequests } from "~/utils/rate-limit.server";
import { fileCase } from "~/modules/cases/filing.server";
import { categoryOptions, unitGroups } from "~/modules/cases/form-options.server";
import { findSimilarOpenCases } from "~/modules/cases/lists.server";
import { receiptHeader } from "~/modules/cases/receipt.server";
import { fileCaseSchema } from "~/modules/cases/schemas";
import { checkHoneypot } from "~/utils/honeypot.server";
import { forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { CaseForm } from "~/components/case-form";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
/** The action's Retry-After (over the filing limit) reaches the browser with the page, as the dossier form's does. */
export const headers = retryAfterHeaders;

function kindFrom(url: URL): CaseKind | null {
  const kind = url.searchParams.get("kind")?.toUpperCase();
  return (caseKinds as readonly string[]).includes(kind ?? "") ? (kind as CaseKind) : null;
}

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  // Staff file on a citizen's behalf from their desk; here citizens (or anyone without an account) file for themselves.
  if (user && user.role !== "CITIZEN") forbidden();
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const kind = kindFrom(new URL(request.url));
  const [groups, categories] = kind ? await Promise.all([unitGroups(language), categoryOptions(language)]) : [[], []];
  return {
    title: kind ? t(`file.heading.${kind}`) : t("file.chooseHeading"),
    kind,
    unitGroups: groups,
    categories,
    signedIn: !!user,
    identityVerified: !!user?.identityVerified,
    submissionToken: randomBytes(18).toString("base64url"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await getUser(request);
  if (user && user.role !== "CITIZEN") forbidden();
  const { formData, files, problems } = await readFormWithEvidence(request);
  checkHoneypot(formData);
  const submission = parseWithZod(formData, { schema: fileCaseSchema });
  const token = String(formData.get("submissionToken") ?? "");
  const tokenOk = /^[A-Za-z0-9_-]{16,64}$/.test(token);
  const address = clientAddress(request);
  // Every form sent counts, accepted or sent back; over the limit nothing is kept or filed, the form comes back.
  const allowed = await take(`file:${address}`, limits.filingPerAddress);
  if (!allowed.ok) {
    const tooMany = [`errors.tooManyRequests?minutes=${Math.ceil(allowed.retryAfter / 60)}`];
    return data(
      { result: submission.reply({ formErrors: tooMany }), fileErrors: [] as string[], pending: tokenOk ? await pendingFiles(token) : [], similar: [], submissionToken: tokenOk ? token : null },
      tooManyRequests(allowed.retryAfter),
    );
  }
  const kept = tokenOk && files.length ? await keepPendingFiles(token, files, address) : { notKept: 0 };
  const pending = tokenOk ? await pendingFiles(token) : [];
  const fileErrors = fileProblemMessages(kept.notKept ? [...problems, { form: "files-not-kept" }] : problems);

  const sendBack = (extra: { fieldErrors?: Record<string, string[]> } = {}, similar: { code: string; title: string }[] = []) =>
    data({ result: submission.reply({ formErrors: formProblemMessages(problems), ...extra }), fileErrors, pending, similar, submissionToken: tokenOk ? token : null }, { status: 400 });

  if (submission.status !== "success") return sendBack();
  if (fileErrors.length) return sendBack();

  const input = submission.value;
  if (user && !input.confirmNew) {
    const similar = await findSimilarOpenCases(user.id, `${input.title} ${input.description}`);
    if (similar.length) return sendBack({}, similar.map((c) => ({ code: c.code, title: c.title })));
  }

  const result = await fileCase(
    input,
    user ? { kind: "citizen", user: { id: user.id, fullName: user.fullName, email: user.email, phone: user.phone, identityVerified: user.identityVerified } } : { kind: "anonymous" },
    [],
  );
  if (!result.ok) return sendBack({ fieldErrors: result.errors });
  if (!result.duplicate) await claimPendingFiles(token, result.caseId, user?.id ?? null);
  return redirect("/cases/receipt", {
    headers: { "Set-Cookie": await receiptHeader(result.code) },
  });
}

export default function FileCasePage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!data.kind) {
    return (
      <section aria-labelledby="choose-title">
        <h1 id="choose-title">{t("file.chooseHeading")}</h1>
        <p>{t("file.chooseIntro")}</p>
        <ul className="cards kind-cards">
          {caseKinds.map((kind) => (
            <li key={kind}>
              <Link to={`?kind=${kind.toLowerCase()}`}>{t(`caseKind.${kind}`)}</Link>
              <p>{t(`file.explain.${kind}`)}</p>
            </li>
          ))}
        </ul>
        {!data.signedIn ? (
          <p>
            {t("file.accountTip")} <Link to="/login?redirectTo=/cases/new">{t("nav.signIn")}</Link> ·{" "}
            <Link to="/register">{t("nav.register")}</Link>
          </p>
        ) : null}
      </section>
    );
  }
  return (
    <section aria-labelledby="file-title" className="narrow-wide">
      <p>
        <Link to="/cases/new">{t("file.changeKind")}</Link>
      </p>
      <h1 id="file-title">{t(`file.heading.${data.kind}`)}</h1>
      <p>{t(`file.explain.${data.kind}`)}</p>
      <CaseForm
        key={data.kind}
        kind={data.kind}
        lastResult={actionData?.result}
        submissionToken={actionData?.submissionToken ?? data.submissionToken}
        unitGroups={data.unitGroups}
        categories={data.categories}
        signedIn={data.signedIn}
        identityVerified={data.identityVerified}
        similar={actionData?.similar ?? []}
        pending={actionData?.pending ?? []}
        fileErrors={actionData?.fileErrors ?? []}
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
