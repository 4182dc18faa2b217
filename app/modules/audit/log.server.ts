import { z } from "zod";
import { db } from "~/utils/db.server";
import { afterCursorDesc, decodeCursor, encodeCursor } from "~/utils/keyset";
import { foldForSearch } from "~/utils/text";
import { vnStartOfDay } from "../mediation/days";
import { auditActions, auditTargetTypes, changesOf, type AuditChange } from "./actions";

const pageSize = 50;
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .or(z.literal("").transform(() => undefined));

/** The log's filter (a GET form): what was done, to what kind of record, by whom (a name), between two days. Anything malformed is ignored. */
export const auditFilterSchema = z.object({
  action: z.enum(auditActions).optional().catch(undefined),
  targetType: z.enum(auditTargetTypes).optional().catch(undefined),
  actor: z.string().trim().max(100).optional().catch(undefined),
  from: day.catch(undefined),
  to: day.catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

const dayMs = 24 * 60 * 60 * 1000;

/** One page of the log, newest first (keyset on createdAt, id), each entry with its target named and its changes listed. */
export async function auditLogPage(filter: AuditFilter) {
  const actorIds = filter.actor
    ? (await db.user.findMany({ where: { nameSearch: { contains: foldForSearch(filter.actor) } }, select: { id: true }, take: 200 })).map((u) => u.id)
    : null;
  const createdAt = {
    ...(filter.from ? { gte: vnStartOfDay(filter.from) } : {}),
    ...(filter.to ? { lt: new Date(vnStartOfDay(filter.to).getTime() + dayMs) } : {}),
  };
  const rows = await db.auditLog.findMany({
    where: {
      AND: [
        filter.action ? { action: filter.action } : {},
        filter.targetType ? { targetType: filter.targetType } : {},
        actorIds ? { actorId: { in: actorIds } } : {},
        Object.keys(createdAt).length ? { createdAt } : {},
        afterCursorDesc("createdAt", decodeCursor(filter.cursor ?? null)),
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: { id: true, action: true, targetType: true, targetId: true, reason: true, data: true, createdAt: true, actor: { select: { id: true, fullName: true } } },
  });
  const entries = rows.slice(0, pageSize);
  const last = entries.at(-1);
  const names = await namesFor(entries.map((e) => ({ targetType: e.targetType, targetId: e.targetId, changes: changesOf(e.data) })));
  return {
    entries: entries.map((e) => ({
      id: e.id,
      action: e.action,
      targetType: e.targetType,
      target: names.target(e.targetType, e.targetId),
      reason: e.reason,
      createdAt: e.createdAt,
      actor: e.actor,
      changes: changesOf(e.data).map((c) => ({ field: c.field, from: names.value(c.field, c.from), to: names.value(c.field, c.to) })),
    })),
    nextCursor: rows.length > pageSize && last ? encodeCursor({ id: last.id, at: last.createdAt }) : null,
  };
}

export type AuditTarget = { label: string; href: string | null };
type Shown = string | number | boolean | null;

/**
 * Names instead of internal ids: a user's name, a unit's name, a case's or a
 * mediation's code, a team's area, a notice's title — read in one query per
 * kind for the whole page. Ids inside the changes (unitId, userId, parentId)
 * are named the same way.
 */
async function namesFor(entries: { targetType: string; targetId: string; changes: AuditChange[] }[]) {
  const ids = (type: string) => entries.filter((e) => e.targetType === type).map((e) => e.targetId);
  const changed = (fields: string[]) =>
    entries.flatMap((e) => e.changes.filter((c) => fields.includes(c.field)).flatMap((c) => [c.from, c.to])).filter((v): v is string => typeof v === "string");
  const [users, units, cases, mediations, teams, notices, procedures] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...ids("User"), ...changed(["userId"])] } }, select: { id: true, fullName: true } }),
    db.unit.findMany({ where: { id: { in: [...ids("Unit"), ...changed(["unitId", "parentId"])] } }, select: { id: true, name: true } }),
    db.case.findMany({ where: { id: { in: ids("Case") } }, select: { id: true, code: true } }),
    db.mediation.findMany({ where: { id: { in: ids("Mediation") } }, select: { id: true, code: true } }),
    db.mediationTeam.findMany({ where: { id: { in: ids("MediationTeam") } }, select: { id: true, areaName: true } }),
    db.notice.findMany({ where: { id: { in: ids("Notice") } }, select: { id: true, title: true } }),
    db.procedure.findMany({ where: { id: { in: ids("Procedure") } }, select: { id: true, code: true, name: true } }),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.fullName]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const labels: Record<string, Map<string, AuditTarget>> = {
    User: new Map(users.map((u) => [u.id, { label: u.fullName, href: `/admin/users/${u.id}` }])),
    Unit: new Map(units.map((u) => [u.id, { label: u.name, href: `/admin/units/${u.id}` }])),
    Case: new Map(cases.map((c) => [c.id, { label: c.code, href: null }])),
    Mediation: new Map(mediations.map((m) => [m.id, { label: m.code, href: null }])),
    MediationTeam: new Map(teams.map((t) => [t.id, { label: t.areaName, href: `/mediation/teams/${t.id}` }])),
    Notice: new Map(notices.map((n) => [n.id, { label: n.title, href: `/notices/${n.id}` }])),
    Procedure: new Map(procedures.map((p) => [p.id, { label: `${p.code} ${p.name}`, href: `/admin/procedures/${encodeURIComponent(p.code)}` }])),
  };
  return {
    target: (type: string, id: string): AuditTarget => labels[type]?.get(id) ?? { label: type === "Setting" ? id : "—", href: null },
    value: (field: string, value: unknown): Shown => {
      if (value === undefined || value === null) return null;
      if (typeof value === "string" && field === "userId") return userName.get(value) ?? value;
      if (typeof value === "string" && (field === "unitId" || field === "parentId")) return unitName.get(value) ?? value;
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
      return JSON.stringify(value);
    },
  };
}
