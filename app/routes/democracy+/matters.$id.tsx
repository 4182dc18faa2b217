import { readForm } from "~/utils/form-data.server";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { ChoiceField, DocumentList, IntentForm, Period, PhaseBadge, ResultBadge, RuleBasis, resultFor } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import { Badge, PageHeader } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { requireUser } from "~/modules/auth/guards.server";
import { getUser } from "~/modules/auth/session.server";
import { castOnlineVote, publicMatter, residentStanding } from "~/modules/democracy/matters.server";
import { voteSchema } from "~/modules/democracy/schemas";
import { formatDateTime } from "~/utils/dates";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

const idPattern = /^[a-z0-9]{10,40}$/i;

export const shouldRevalidate = revalidateAfterRefusal;

/** Public: a matter residents decide; for a resident on its roll, their household's standing and the vote. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.id ?? "";
  const matter = idPattern.test(id) ? await publicMatter(id) : null;
  if (!matter) notFound();
  const user = await getUser(request);
  const standing = user ? await residentStanding(user, id) : null;
  return { title: matter.title, matter, standing, signedIn: !!user };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = params.id ?? "";
  if (!idPattern.test(id)) notFound();
  const formData = await readForm(request);
  const parsed = voteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return data({ intent: "vote", errors: parsed.error.flatten().fieldErrors as Record<string, string[]>, values: null }, { status: 400 });
  const result = await castOnlineVote(user, id, parsed.data.householdId, parsed.data.choice);
  if (!result.ok) return data({ intent: "vote", errors: { "": [result.error] }, values: null }, { status: 400 });
  const household = (await residentStanding(user, id))?.households?.find((h) => h.id === parsed.data.householdId);
  return redirectWithToast(`/democracy/matters/${id}`, { key: result.changed ? "democracy.vote.changed" : "democracy.vote.done", params: { code: household?.code ?? "" }, type: "success" });
}

export default function MatterPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { matter: m, standing, signedIn } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const share = (num: number, den: number, strict: boolean) => t(strict ? "democracy.share.moreThan" : "democracy.share.atLeast", { num, den });
  const vote = resultFor(actionData, "vote");
  return (
    <article aria-labelledby="matter-title">
      <p>
        <Link to="/democracy">{t("democracy.back")}</Link>
      </p>
      <PageHeader
        title={m.title}
        titleId="matter-title"
        subtitle={m.area ? `${m.area.name}, ${m.unit.name}` : t("democracy.wholeCommune", { unit: m.unit.name })}
        badges={
          <>
            {m.result ? <ResultBadge result={m.result.result ?? ""} /> : <PhaseBadge phase={m.phase} />}
            {m.secret ? <Badge tone="info">{t("democracy.secretBadge")}</Badge> : null}
          </>
        }
      />
      {standing?.onRoll ? (
        <section aria-labelledby="vote-title" className="action-panel">
          <h2 id="vote-title">{t("democracy.vote.heading")}</h2>
          {standing.households.map((h) => (
            <div key={h.id}>
              <p>
                {h.vote
                  ? t("democracy.vote.voted", { code: h.code, channel: t(`democracy.channels.${h.vote.channel}`), at: formatDateTime(h.vote.at, language) })
                  : t("democracy.vote.notVoted", { code: h.code })}{" "}
                {h.choice ? t("democracy.vote.votedChoice", { choice: t(`democracy.choices.${h.choice}`) }) : null}
              </p>
              {standing.canVote ? (
                <>
                  <IntentForm intent="vote" submit={h.vote ? t("democracy.vote.change") : t("democracy.vote.submit")} errors={vote.errors} primary>
                    <input type="hidden" name="householdId" value={h.id} />
                    <ChoiceField intent={`vote-${h.code}`} legend={t("democracy.vote.choiceLegend", { code: h.code })} errors={vote.errors.choice} />
                  </IntentForm>
                  <p className="field-hint">{t("democracy.vote.changeHint")}</p>
                </>
              ) : standing.refusal ? (
                <p className="notice" role="note">
                  {t(standing.refusal)}
                </p>
              ) : null}
            </div>
          ))}
        </section>
      ) : m.phase === "VOTING" && m.online ? (
        <p className="notice" role="note">
          {signedIn ? t("democracy.vote.notOnRoll") : <Link to={`/login?redirectTo=/democracy/matters/${m.id}`}>{t("democracy.vote.signIn")}</Link>}
        </p>
      ) : null}
      {m.secret ? <p className="field-hint">{t("democracy.secretHint")}</p> : null}
      <dl className="facts">
        <Fact term={t("democracy.subject")}>{t(`democracy.subjects.${m.subject}`)}</Fact>
        <Fact term={t("democracy.form")}>
          {t(`democracy.forms.${m.form}`)}
          {m.online ? ` · ${t("democracy.onlineBadge")}` : ""}
        </Fact>
        <Fact term={t("democracy.period")}>
          <Period from={m.opensAt} to={m.closesAt} />
        </Fact>
        {m.meetingPlace ? <Fact term={t("democracy.matter.meetingPlace")}>{m.meetingPlace}</Fact> : null}
        <Fact term={t("democracy.electorate")}>{m.electorate}</Fact>
        <Fact term={t("democracy.threshold")}>
          {t("democracy.thresholdValue", { share: share(m.thresholdNum, m.thresholdDen, m.thresholdStrict), needed: m.needed, electorate: m.electorate })}
        </Fact>
        {m.quorumNum && m.quorumDen ? (
          <Fact term={t("democracy.quorum")}>{t("democracy.quorumValue", { share: share(m.quorumNum, m.quorumDen, m.quorumStrict), needed: m.quorumNeeded })}</Fact>
        ) : null}
        {m.householdsVoted !== null && !m.result ? (
          <Fact term={t("democracy.participation")}>{t("democracy.participationValue", { voted: m.householdsVoted, electorate: m.electorate })}</Fact>
        ) : null}
        <Fact term={t("democracy.legalBasis")}>
          <RuleBasis rule={m.rule} />
        </Fact>
      </dl>
      {!m.rule.confirmed ? <p className="field-hint">{t("democracy.unconfirmedHint")}</p> : null}
      {m.result ? (
        <section aria-labelledby="result-title">
          <h2 id="result-title">{t("democracy.resultHeading")}</h2>
          <p>
            <ResultBadge result={m.result.result ?? ""} />
          </p>
          <p>{t("democracy.resultCounts", { votesFor: m.result.votesFor, votesAgainst: m.result.votesAgainst, turnout: m.result.turnout, electorate: m.electorate })}</p>
          {m.form === "MEETING" ? <p>{t("democracy.resultPresent", { present: m.result.present ?? 0 })}</p> : null}
          {m.noticeId ? (
            <p>
              <Link to={`/notices/${m.noticeId}`}>{t("democracy.resultNotice")}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
      {m.decisionRef ? (
        <section aria-labelledby="decision-title">
          <h2 id="decision-title">{t("democracy.decisionHeading")}</h2>
          <p>
            <strong>{m.decisionRef}</strong> · {formatDateTime(m.decidedAt, language)}
          </p>
          <p className="prewrap">{m.decisionText}</p>
        </section>
      ) : null}
      <section aria-labelledby="description-title">
        <h2 id="description-title">{t("democracy.description")}</h2>
        <p className="prewrap">{m.description}</p>
      </section>
      <section aria-labelledby="documents-title">
        <h2 id="documents-title">{t("democracy.documents")}</h2>
        <DocumentList documents={m.documents} />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
