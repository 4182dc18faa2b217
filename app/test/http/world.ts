import bcrypt from "bcryptjs";
import { sessionCookie, sessionLifetimeMs } from "~/modules/auth/session.server";
import { createUnit } from "~/modules/units/units.server";
import { pendingCookie, startRegistration } from "~/modules/auth/registration.server";
import { db, write } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";
import { demoAccounts, demoPassword, seedDemo, seedReference } from "../../../prisma/seed-lib";
import { seedOnestopDemoDossiers } from "../../../prisma/seed-onestop";
import { demoResidents } from "../../../prisma/seed-democracy";

/**
 * The demo world (the seed's units, accounts, cases, sessions, mediations and
 * notices) in this test file's database, with a signed-in cookie per role and
 * the ids the routes' URLs and forms need. Extra rows that only exist to be
 * edited (a spare user and unit) keep the demo accounts unharmed.
 */
export type Role = (typeof demoAccounts)[number]["key"] | "resident" | "boardHead";

export async function buildHttpWorld() {
  // Cost 4: the real cost (10) only slows the test; the format is the same.
  const passwordHash = bcrypt.hashSync(demoPassword, 4);
  await write(async (tx) => {
    await seedReference(tx);
    await seedDemo(tx, passwordHash);
  });
  // One-stop dossiers through the real actions: one waiting for the desk, one waiting for papers, …
  await seedOnestopDemoDossiers();
  const dossierOf = async (token: string) => (await db.dossier.findFirstOrThrow({ where: { submissionToken: `demo-dossier-${token}` } })).id;
  const users = Object.fromEntries(
    await Promise.all(demoAccounts.map(async (a) => [a.key, await db.user.findUniqueOrThrow({ where: { email: a.email } })] as const)),
  ) as Record<Role, Awaited<ReturnType<typeof db.user.findUniqueOrThrow>>>;

  // The grassroots-democracy demo: a resident who votes online for household 1, and the head of the inspection board.
  const resident = await db.user.findUniqueOrThrow({ where: { email: demoResidents[0]!.email } });
  const boardHead = await db.user.findUniqueOrThrow({ where: { email: demoResidents[7]!.email } });
  const cookies = {} as Record<Role, string>;
  for (const [key, userId] of [...demoAccounts.map((a) => [a.key, users[a.key].id] as const), ["resident", resident.id] as const, ["boardHead", boardHead.id] as const]) {
    // A fresh 30-day session, as sign-in makes: not renewed (a write) on every request.
    const session = await write((tx) => tx.session.create({ data: { userId, expiresAt: new Date(Date.now() + sessionLifetimeMs) } }));
    cookies[key] = (await sessionCookie.serialize(session.id)).split(";")[0]!;
  }
  const matter = await db.democracyMatter.findFirstOrThrow();
  const consultation = await db.consultation.findFirstOrThrow();

  const tohieu = await db.unit.findUniqueOrThrow({ where: { code: "TOHIEU" } });
  const level = await db.unitLevel.findUniqueOrThrow({ where: { code: "COMMUNE" } });
  const province = await db.unit.findUniqueOrThrow({ where: { code: "SLA" } });
  const spare = await write(async (tx) => ({
    user: await tx.user.create({
      data: { fullName: "Người Thử Sửa", nameSearch: foldForSearch("Người Thử Sửa"), email: "spare@example.test", passwordHash, role: "HANDLER", unitId: tohieu.id },
    }),
    unit: await createUnit(tx, { code: "SPARE", name: "Đơn vị thử", nameSearch: "don vi thu", levelId: level.id, parentId: province.id }),
  }));
  const caseOf = async (where: Parameters<typeof db.case.findFirstOrThrow>[0]) => (await db.case.findFirstOrThrow(where)).code;
  const sessions = await db.dialogueSession.findMany({ orderBy: { startsAt: "asc" } });
  const mediations = await db.mediation.findMany({ orderBy: { code: "asc" } });
  const commitment = await write((tx) =>
    tx.commitment.create({ data: { unitId: tohieu.id, responsible: "Tổ dân phố 3", what: "Sửa đèn", dueAt: new Date(Date.now() + 86_400_000) } }),
  );

  const pending = await startRegistration({ fullName: "Người Chờ Mã", email: "cho-ma@example.test", password: "suoi-nam-la-trong-xanh" }, "vi");
  if (!pending.ok) throw new Error("registration did not start");

  return {
    users,
    cookies,
    /** A registration waiting for its email code, and the cookie that points to it. */
    pendingCookie: (await pendingCookie.serialize(pending.pendingId)).split(";")[0]!,
    unitId: tohieu.id,
    levelId: level.id,
    provinceId: province.id,
    spareUserId: spare.user.id,
    spareUnitId: spare.unit.id,
    categoryId: (await db.category.findUniqueOrThrow({ where: { code: "LAND" } })).id,
    cases: {
      submitted: await caseOf({ where: { status: "SUBMITTED" } }),
      inProgress: await caseOf({ where: { status: "IN_PROGRESS" } }),
      needsInfo: await caseOf({ where: { status: "NEEDS_INFO" } }),
      resolved: await caseOf({ where: { status: "RESOLVED" } }),
    },
    receptionDayId: sessions.find((s) => s.kind === "RECEPTION_DAY")!.id,
    dialogueId: sessions.find((s) => s.kind === "THEMATIC")!.id,
    agreedMediation: mediations.find((m) => m.status === "AGREED")!.code,
    openMediation: mediations.find((m) => m.status === "OPEN")!.code,
    teamId: (await db.mediationTeam.findFirstOrThrow()).id,
    noticeId: (await db.notice.findFirstOrThrow({ where: { unitId: tohieu.id, takenDownAt: null } })).id,
    answerCode: (await db.case.findFirstOrThrow({ where: { publishedAt: { not: null } } })).code,
    invitationId: (await db.sessionParticipant.findFirstOrThrow({ where: { userId: users.citizen.id } })).id,
    participantId: (await db.sessionParticipant.findFirstOrThrow({ where: { userId: null } })).id,
    agendaItemId: (await db.sessionAgendaItem.findFirstOrThrow({ where: { sessionId: sessions.find((s) => s.kind === "THEMATIC")!.id } })).id,
    receptionRuleId: (await db.receptionRule.findFirstOrThrow()).id,
    commitmentId: commitment.id,
    /** A procedure of the seeded catalogue and the demo dossiers (citizen: waiting, appraising, returned; citizen2: supplement, ready). */
    procedureCode: "1.001193",
    dossiers: { waiting: await dossierOf("waiting"), supplement: await dossierOf("supplement"), returned: await dossierOf("returned") },
    democracy: {
      matterId: matter.id,
      consultationId: consultation.id,
      areaId: matter.areaId!,
      boardId: (await db.supervisionBoard.findFirstOrThrow()).id,
      householdId: (await db.household.findFirstOrThrow({ where: { code: "TDP3-001" } })).id,
      commentId: (await db.consultationComment.findFirstOrThrow()).id,
      ruleId: (await db.democracyRule.findFirstOrThrow()).id,
      boardHeadId: boardHead.id,
    },
    deadlineRuleId: (await db.deadlineRule.findFirstOrThrow()).id,
    holidayId: (await db.holiday.findFirstOrThrow()).id,
    /** The current version of a row, for forms that carry it. */
    version: {
      case: async (code: string) => String((await db.case.findUniqueOrThrow({ where: { code } })).version),
      session: async (id: string) => String((await db.dialogueSession.findUniqueOrThrow({ where: { id } })).version),
      mediation: async (code: string) => String((await db.mediation.findUniqueOrThrow({ where: { code } })).version),
      dossier: async (id: string) => String((await db.dossier.findUniqueOrThrow({ where: { id } })).version),
      procedure: async (code: string) => String((await db.procedure.findUniqueOrThrow({ where: { code } })).version),
      matter: async (id: string) => String((await db.democracyMatter.findUniqueOrThrow({ where: { id } })).version),
      consultation: async (id: string) => String((await db.consultation.findUniqueOrThrow({ where: { id } })).version),
    },
  };
}

export type HttpWorld = Awaited<ReturnType<typeof buildHttpWorld>>;
