import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import { FormErrors, PlainTextField } from "~/components/forms";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { followCaseHeader } from "~/modules/cases/access.server";
import { parseCaseCode } from "~/modules/cases/codes";
import { lookupSchema } from "~/modules/cases/schemas";
import { secretMatches } from "~/modules/cases/secret.server";
import { currentDueAt } from "~/modules/deadlines/rules";
import { unitById } from "~/modules/units/units.server";
import { plainList } from "~/utils/plain-list.server";
import { formatDate } from "~/utils/dates";
import { clientAddress } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { limits, retryAfterHeaders, take, tooManyRequests } from "~/utils/rate-limit.server";
import { readForm } from "~/utils/form-data.server";

export const meta: MetaFunction<typeof loader> = pageMeta;

/**
 * Public lookup by tracking code: status and dates only, never personal data
 * nor the content. With the secret, the full citizen view (and this browser
 * may follow the case). A wrong secret answers exactly like a missing case.
 * Rate-limited per address, so codes cannot be guessed in bulk.
 */
const lookupSelect = { id: true, code: true, kind: true, status: true, submittedAt: true, acceptDueAt: true, dueAt: true, resolvedAt: true, closedAt: true, secretHash: true, citizenId: true, unitId: true } as const;
type LookupRow = { id: string; code: string; kind: string; status: string; submittedAt: Date; acceptDueAt: Date | null; dueAt: Date | null; resolvedAt: Date | null; closedAt: Date | null; secretHash: string | null; citizenId: string | null; unitId: string };

async function publicStatus(request: Request, rawCode: string) {
  // Counted first, then decided: parallel lookups cannot all slip under the limit.
  const allowed = await take(`lookup:${clientAddress(request)}`, limits.lookupPerAddress);
  if (!allowed.ok) return { kind: "limited" as const, minutes: Math.ceil(allowed.retryAfter / 60), retryAfter: allowed.retryAfter };
  const parsed = parseCaseCode(rawCode);
  if (!parsed) return { kind: "malformed" as const };
  // Plain SQL on the code's unique index and the unit's name from the reference cache (decision 025).
  const [row] = await plainList<LookupRow>("Case", { where: { code: parsed.code }, orderBy: [{ id: "asc" }], take: 1, select: lookupSelect });
  if (!row) return { kind: "missing" as const };
  return { kind: "found" as const, c: { ...row, unit: { name: (await unitById(row.unitId))?.name ?? "" } } };
}

/** A refused lookup changes nothing the loader shows; loading it again would count a second lookup against the address. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus !== undefined && actionStatus >= 400 && actionStatus < 500 ? false : defaultShouldRevalidate;
export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getT(request);
  const code = new URL(request.url).searchParams.get("code");
  if (!code) return { title: t("track.heading"), lookup: null };
  const result = await publicStatus(request, code);
  if (result.kind === "limited") return data({ title: t("track.heading"), lookup: { kind: result.kind, minutes: result.minutes } }, tooManyRequests(result.retryAfter));
  if (result.kind !== "found") return { title: t("track.heading"), lookup: { kind: result.kind, minutes: 0 } };
  const { c } = result;
  return {
    title: t("track.heading"),
    lookup: {
      kind: "found" as const,
      minutes: 0,
      status: {
        code: c.code,
        kind: c.kind,
        status: c.status,
        unit: c.unit.name,
        submittedAt: c.submittedAt,
        dueAt: currentDueAt(c),
        resolvedAt: c.resolvedAt,
        closedAt: c.closedAt,
      },
    },
  };
}

type LookupForm = { code: string; secret: string };
type Refusal = { errors: { code?: string[]; secret?: string[]; form?: string[] }; values: LookupForm };

/** The form's answer when the lookup is refused: the messages by field and what was typed, to show again. */
function refused(values: LookupForm, errors: Refusal["errors"], init: number | ResponseInit) {
  return data<Refusal>({ errors, values }, init);
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const values = { code: String(form.get("code") ?? ""), secret: String(form.get("secret") ?? "") };
  const parsed = lookupSchema.safeParse(values);
  if (!parsed.success) return refused(values, parsed.error.flatten().fieldErrors, { status: 400 });
  const { code, secret } = parsed.data;
  if (!secret) return redirect(`/track?code=${encodeURIComponent(code.trim().toUpperCase())}`);
  const result = await publicStatus(request, code);
  if (result.kind === "limited") return refused(values, { form: [`errors.tooManyRequests?minutes=${result.minutes}`] }, tooManyRequests(result.retryAfter));
  // A malformed code, a missing case and a wrong secret get the same answer.
  if (result.kind !== "found" || result.c.citizenId || !secretMatches(secret, result.c.secretHash)) {
    return refused(values, { form: ["track.notFoundWithSecret"] }, { status: 404 });
  }
  return redirect(`/cases/${result.c.code}`, { headers: { "Set-Cookie": await followCaseHeader(request, result.c.id) } });
}

export default function TrackPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { lookup } = useLoaderData<typeof loader>();
  // A plain form (no conform: the page is the one most looked up, decision 029); an empty code is answered by the server.
  const refusal = useActionData<typeof action>();
  // A field refused: focus goes to it, so its message is read out (the page the server answers without JavaScript autofocuses it).
  const invalid = refusal?.errors.code ? "track-code" : refusal?.errors.secret ? "track-secret" : null;
  useEffect(() => {
    if (invalid) document.getElementById(invalid)?.focus();
  }, [refusal, invalid]);
  return (
    <section aria-labelledby="track-title" className="narrow">
      <h1 id="track-title">{t("track.heading")}</h1>
      <p>{t("track.intro")}</p>
      <Form method="post" id="track" noValidate aria-describedby={refusal?.errors.form ? "track-form-errors" : undefined}>
        <FormErrors id="track-form-errors" errors={refusal?.errors.form} />
        <PlainTextField id="track-code" name="code" label={t("cases.code")} hint={t("track.codeHint")} errors={refusal?.errors.code} defaultValue={refusal?.values.code} autoFocus={invalid === "track-code"} required maxLength={40} autoCapitalize="characters" autoComplete="off" />
        <PlainTextField id="track-secret" name="secret" label={t("receipt.secret")} hint={t("track.secretHint")} optional errors={refusal?.errors.secret} defaultValue={refusal?.values.secret} autoFocus={invalid === "track-secret"} maxLength={20} autoComplete="off" autoCapitalize="characters" />
        <button type="submit" className="button primary">
          {t("track.submit")}
        </button>
      </Form>
      {lookup ? (
        <section aria-live="polite" className="lookup-result">
          {lookup.kind === "found" && "status" in lookup ? (
            <dl className="facts">
              <Fact term={t("cases.code")} className="code">{lookup.status.code}</Fact>
              <Fact term={t("cases.kind")}>{t(`caseKind.${lookup.status.kind}`)}</Fact>
              <Fact term={t("cases.status")}>{t(`caseStatus.${lookup.status.status}`)}</Fact>
              <Fact term={t("cases.unit")}>{lookup.status.unit}</Fact>
              <Fact term={t("cases.submittedAt")}>{formatDate(lookup.status.submittedAt, language)}</Fact>
              {lookup.status.dueAt ? (
                <Fact term={t("cases.dueAt")}>{formatDate(lookup.status.dueAt, language)}</Fact>
              ) : null}
              {lookup.status.resolvedAt ? (
                <Fact term={t("track.resolvedAt")}>{formatDate(lookup.status.resolvedAt, language)}</Fact>
              ) : null}
            </dl>
          ) : (
            <p role="alert" className="form-errors">
              {lookup.kind === "limited" ? t("errors.tooManyRequests", { minutes: lookup.minutes }) : lookup.kind === "malformed" ? t("track.malformed") : t("track.notFound")}
            </p>
          )}
        </section>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
