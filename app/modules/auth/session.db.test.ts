import { beforeAll, describe, expect, test } from "vitest";
import { buildWorld } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { getUser, sessionCookie, sessionLifetimeMs } from "./session.server";

/**
 * The signed-in user is read in one query (session, user, unit, unread count):
 * the same answers as the Prisma relations gave, on SQLite and PostgreSQL.
 */
let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});

async function requestWith(sessionId: string) {
  return new Request("http://localhost/", { headers: { Cookie: await sessionCookie.serialize(sessionId) } });
}

async function newSession(userId: string, expiresAt = new Date(Date.now() + sessionLifetimeMs)) {
  return write((tx) => tx.session.create({ data: { userId, expiresAt } }));
}

describe("who is asking", () => {
  test("a staff member's session gives their unit and unread count; reading a notification lowers it", async () => {
    const officer = world.users.reception;
    const session = await newSession(officer.id);
    await write(async (tx) => {
      for (const type of ["CASE_SUBMITTED", "CASE_ASSIGNED", "CASE_REPLY"]) await tx.notification.create({ data: { userId: officer.id, type } });
      await tx.notification.create({ data: { userId: officer.id, type: "CASE_CLOSED", readAt: new Date() } });
      await tx.notification.create({ data: { userId: world.users.handler.id, type: "CASE_SUBMITTED" } });
    });
    const user = await getUser(await requestWith(session.id));
    expect(user).toEqual({
      id: officer.id,
      fullName: officer.fullName,
      email: officer.email,
      phone: officer.phone,
      role: "RECEPTION",
      unitId: officer.unitId,
      disabled: false,
      identityVerified: officer.identityVerified,
      unit: { id: officer.unit!.id, name: officer.unit!.name, path: officer.unit!.path, code: officer.unit!.code },
      sessionId: session.id,
      unread: 3,
    });
    const one = await db.notification.findFirstOrThrow({ where: { userId: officer.id, readAt: null } });
    await write((tx) => tx.notification.update({ where: { id: one.id }, data: { readAt: new Date() } }));
    expect((await getUser(await requestWith(session.id)))?.unread).toBe(2);
  });

  test("a citizen has no unit; a verified identity is read as true", async () => {
    const citizen = world.users.citizen;
    await write((tx) => tx.user.update({ where: { id: citizen.id }, data: { identityVerified: true } }));
    const user = await getUser(await requestWith((await newSession(citizen.id)).id));
    expect(user).toMatchObject({ id: citizen.id, role: "CITIZEN", unit: null, unitId: null, identityVerified: true, unread: expect.any(Number) });
  });

  test("an expired session, a disabled user and an unknown id are nobody; a session in its last half is extended", async () => {
    const expired = await newSession(world.users.citizen2.id, new Date(Date.now() - 1000));
    expect(await getUser(await requestWith(expired.id))).toBeNull();
    expect(await getUser(await requestWith("no-such-session"))).toBeNull();

    const ageing = await newSession(world.users.mediator.id, new Date(Date.now() + 24 * 3600_000));
    expect((await getUser(await requestWith(ageing.id)))?.id).toBe(world.users.mediator.id);
    const renewed = await db.session.findUniqueOrThrow({ where: { id: ageing.id } });
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now() + sessionLifetimeMs - 60_000);

    await write((tx) => tx.user.update({ where: { id: world.users.mediator.id }, data: { disabled: true } }));
    expect(await getUser(await requestWith(ageing.id))).toBeNull();
  });
});
