import { db, write } from "~/utils/db.server";
import { demoAccounts, seedDemo, seedReference } from "../../prisma/seed-lib";
import { randomBytes } from "node:crypto";
import { fileCase, type Filer } from "~/modules/cases/filing.server";
import type { Actor } from "~/modules/cases/workflow";

/**
 * A test world: the real reference data (Sơn La units, rules, holidays) and
 * the demo accounts, in this test file's own database. Passwords are not
 * hashed (no sign-in in domain tests).
 */
export async function buildWorld() {
  await write(async (tx) => {
    await seedReference(tx);
    await seedDemo(tx, "not-a-real-hash");
  });
  const users = await db.user.findMany({ include: { unit: true } });
  const byKey = Object.fromEntries(
    demoAccounts.map((a) => [a.key, users.find((u) => u.email === a.email)!]),
  ) as Record<(typeof demoAccounts)[number]["key"], (typeof users)[number]>;
  const unit = async (code: string) => db.unit.findUniqueOrThrow({ where: { code } });
  const category = await db.category.findUniqueOrThrow({ where: { code: "LAND" } });
  return { users: byKey, unit, category };
}

export function staffActor(user: { id: string; role: string; unitId: string | null; unit: { path: string } | null }): Actor {
  return { kind: "staff", userId: user.id, role: user.role, unitId: user.unitId, unitPath: user.unit?.path ?? null };
}

export function citizenActor(user: { id: string }): Actor {
  return { kind: "citizen", userId: user.id };
}

export async function version(caseId: string) {
  return (await db.case.findUniqueOrThrow({ where: { id: caseId } })).version;
}

/** An instant at `hour` o'clock local time (Asia/Ho_Chi_Minh) on a date. */
export const localAt = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, "0")}:00:00+07:00`);
/** The end of a local day: where a statutory period ends. */
export const endOfLocal = (date: string) => new Date(`${date}T23:59:59.999+07:00`);

/** A citizen's petition to a unit (by code), filed at `at` through the real filing path; its id and code. */
export async function filePetition(world: Awaited<ReturnType<typeof buildWorld>>, unitCode: string, title: string, user: Extract<Filer, { kind: "citizen" }>["user"], at = new Date()) {
  const unit = await world.unit(unitCode);
  const r = await fileCase(
    { kind: "PETITION", title, description: `${title} — nội dung chi tiết của kiến nghị.`, categoryId: world.category.id, unitId: unit.id, submissionToken: randomBytes(12).toString("base64url") },
    { kind: "citizen", user },
    [],
    at,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}
