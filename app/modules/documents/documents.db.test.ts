import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sessionUserSelect } from "~/modules/auth/session.server";
import { fileCase } from "~/modules/cases/filing.server";
import { applyTransition } from "~/modules/cases/transitions.server";
import { buildWorld, staffActor, version } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { staffDocument, staffDocumentList } from "./documents.server";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

const request = new Request("http://127.0.0.1/desk", { headers: { "x-lny-client-ip": "10.0.0.9" } });
async function sessionUser(id: string) {
  return { ...(await db.user.findUniqueOrThrow({ where: { id }, select: sessionUserSelect })), sessionId: "test" };
}
async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

async function fileDenunciation() {
  const tohieu = await world.unit("TOHIEU");
  const r = await fileCase(
    {
      kind: "DENUNCIATION",
      title: "Tố cáo cán bộ địa chính nhận tiền",
      description: "Tôi là người dân tổ 3, tố cáo việc nhận tiền khi làm giấy chứng nhận.",
      denouncedText: "Ông Trần Văn Bình, cán bộ địa chính",
      categoryId: world.category.id,
      unitId: tohieu.id,
      submissionToken: randomBytes(12).toString("base64url"),
    },
    { kind: "citizen", user: world.users.citizen },
    [],
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

describe("a case's official documents, as staff see them", () => {
  test("offered only once their event has happened; another unit's staff are refused", async () => {
    const d = await fileDenunciation();
    const reception = await sessionUser(world.users.reception.id);
    expect((await staffDocumentList(reception, d.code)).documents).toEqual([]);
    await applyTransition(d.caseId, { action: "accept", actor: staffActor(world.users.reception), version: await version(d.caseId) });
    const list = await staffDocumentList(reception, d.code);
    expect(list.documents.map((x) => x.id)).toEqual(["denunciation-accepted"]);
    // The conclusion's event has not happened: not served, whatever the address says.
    expect(await status(staffDocument(request, reception, { code: d.code, template: "denunciation-conclusion", source: list.documents[0]!.source }))).toBe(404);
    expect(await status(staffDocument(request, reception, { code: d.code, template: "nonsense", source: "x" }))).toBe(404);
    const otherUnit = await sessionUser(world.users.handlerChiengAn.id);
    expect(await status(staffDocumentList(otherUnit, d.code))).toBe(403);
    expect(await status(staffDocument(request, otherUnit, { code: d.code, template: "denunciation-accepted", source: list.documents[0]!.source }))).toBe(403);
  });

  test("the denouncer is named to the leader (audited), never to a reception officer", async () => {
    const d = await fileDenunciation();
    await applyTransition(d.caseId, { action: "accept", actor: staffActor(world.users.reception), version: await version(d.caseId) });
    const { source } = (await staffDocumentList(await sessionUser(world.users.reception.id), d.code)).documents[0]!;
    const params = { code: d.code, template: "denunciation-accepted", source };
    const auditsBefore = await db.auditLog.count({ where: { action: "IDENTITY_REVEALED", targetId: d.caseId } });

    const forReception = await staffDocument(request, await sessionUser(world.users.reception.id), params);
    expect(JSON.stringify(forReception.doc)).not.toContain(world.users.citizen.fullName);
    expect(await db.auditLog.count({ where: { action: "IDENTITY_REVEALED", targetId: d.caseId } })).toBe(auditsBefore);

    const forLeader = await staffDocument(request, await sessionUser(world.users.leader.id), params);
    expect(forLeader.doc.to).toBe(world.users.citizen.fullName);
    const audit = await db.auditLog.findFirst({ where: { action: "IDENTITY_REVEALED", targetId: d.caseId }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ actorId: world.users.leader.id, reason: "Văn bản denunciation-accepted", ip: "10.0.0.9" });
  });

  test("an extension and a suspension written by the procedure are read from their events, each its own document", async () => {
    const d = await fileDenunciation();
    await applyTransition(d.caseId, { action: "accept", actor: staffActor(world.users.reception), version: await version(d.caseId) });
    await write((tx) =>
      tx.caseEvent.create({
        data: { caseId: d.caseId, type: "EXTENDED", actorId: world.users.leader.id, data: JSON.stringify({ days: 30, newDueAt: "2026-09-04T16:59:59.999Z", complexity: "COMPLEX", decisionNo: "21/QĐ-UBND" }), note: "Phải xác minh ở hai địa điểm" },
      }),
    );
    const leader = await sessionUser(world.users.leader.id);
    const ext = (await staffDocumentList(leader, d.code)).documents.find((x) => x.id === "denunciation-extension")!;
    const { doc } = await staffDocument(request, leader, { code: d.code, template: ext.id, source: ext.source });
    expect(doc.number).toBe("Số: 21/QĐ-UBND");
    const text = JSON.stringify(doc);
    expect(text).toContain("04/09/2026");
    expect(text).toContain("Phải xác minh ở hai địa điểm");
    // Goes to others: the leader may reveal, but the denouncer is not on it.
    expect(text).not.toContain(world.users.citizen.fullName);
  });
});
