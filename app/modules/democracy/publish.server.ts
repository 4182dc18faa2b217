/**
 * Posting on the public notice board (app/modules/board/notices.server.ts, its
 * exported postNotice — the board owns its posting rules): a matter's result,
 * a consultation's answers, a conference's report. The text is written from
 * the Vietnamese catalogue (the board is the commune's official notice), the
 * period is the POSTING rule's, and the form token is derived from the record,
 * so posting twice (a retry after a failure) returns the first notice.
 */
import { createServerI18n } from "~/i18n/i18n.server";
import { legalMinDays, type NoticeCategory } from "~/modules/board/categories";
import { postNotice } from "~/modules/board/notices.server";
import { formatCount } from "~/modules/stats/format";
import { formatDateTime } from "~/utils/dates";
import { db, write } from "~/utils/db.server";
import { citation, householdsNeeded, ruleInForce, type Share } from "./rules";
import { loadDemocracyRules } from "./rules.server";

type Officer = { id: string; role: string; unitId: string | null };

async function postingDays(now: Date): Promise<number> {
  const rule = ruleInForce(await loadDemocracyRules(), "RESULT_POSTING", now);
  return Math.max(legalMinDays, rule?.days ?? legalMinDays);
}

/** Posts a notice for the officer's unit; null when the board refused (the record stays publishable later). */
export async function postDemocracyNotice(officer: Officer, notice: { category: NoticeCategory; title: string; body: string; token: string }, now: Date): Promise<string | null> {
  const result = await postNotice(
    officer,
    { category: notice.category, title: notice.title.slice(0, 200), body: notice.body.slice(0, 20_000), minDays: await postingDays(now), submissionToken: notice.token },
    [],
    now,
  );
  return result.ok ? result.id : null;
}

/** A matter's subject, as a notice-board category (the board's list, Điều 11). */
function categoryOf(subject: string): NoticeCategory {
  if (subject === "DECIDE_CONTRIBUTION") return "INVESTMENT";
  if (subject === "DECIDE_FUNDS") return "BUDGET";
  return "OTHER";
}

export function shareText(t: (k: string, o?: Record<string, unknown>) => string, share: Share): string {
  return t(share.strict ? "democracy.share.moreThan" : "democracy.share.atLeast", { num: share.num, den: share.den });
}

export async function publishMatterResult(officer: Officer, matterId: string, now: Date): Promise<string | null> {
  const m = await db.democracyMatter.findUnique({
    where: { id: matterId },
    include: { unit: { select: { name: true } }, area: { select: { name: true } }, rule: true },
  });
  if (!m || !m.result) return null;
  if (m.noticeId) return m.noticeId;
  const { t } = createServerI18n("vi");
  const threshold: Share = { num: m.thresholdNum, den: m.thresholdDen, strict: m.thresholdStrict };
  const quorum: Share | null = m.quorumNum && m.quorumDen ? { num: m.quorumNum, den: m.quorumDen, strict: m.quorumStrict } : null;
  const body = [
    t("democracy.notice.matterLead", { unit: m.unit.name, form: t(`democracy.forms.${m.form}`), title: m.title }),
    t("democracy.notice.scope", { scope: m.area?.name ?? m.unit.name, from: formatDateTime(m.opensAt, "vi"), to: formatDateTime(m.closesAt, "vi") }),
    t("democracy.notice.counts", {
      electorate: formatCount(m.electorate, "vi"),
      turnout: formatCount(m.turnout ?? 0, "vi"),
      votesFor: formatCount(m.votesFor ?? 0, "vi"),
      votesAgainst: formatCount(m.votesAgainst ?? 0, "vi"),
    }),
    t("democracy.notice.threshold", { share: shareText(t, threshold), needed: householdsNeeded(m.electorate, threshold) }),
    quorum ? t("democracy.notice.quorum", { share: shareText(t, quorum), needed: householdsNeeded(m.electorate, quorum), present: m.meetingPresent ?? 0 }) : null,
    t("democracy.notice.result", { result: t(`democracy.results.${m.result}`) }),
    m.secret ? t("democracy.notice.secret") : null,
    t("democracy.notice.basis", { basis: citation(m.rule) }),
  ]
    .filter(Boolean)
    .join("\n\n");
  const noticeId = await postDemocracyNotice(
    officer,
    { category: categoryOf(m.subject), title: t("democracy.notice.matterTitle", { title: m.title }), body, token: `democracy-matter-${m.id}` },
    now,
  );
  if (noticeId) await write((tx) => tx.democracyMatter.update({ where: { id: m.id }, data: { noticeId } }));
  return noticeId;
}

