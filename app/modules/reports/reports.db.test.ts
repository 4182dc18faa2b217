import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createServerI18n } from "~/i18n/i18n.server";
import { addReception } from "~/modules/dialogue/register.server";
import { receptionSchema } from "~/modules/dialogue/schemas";
import { fileCase } from "~/modules/cases/filing.server";
import { applyTransition } from "~/modules/cases/transitions.server";
import { localDate } from "~/modules/deadlines/calendar";
import { publicUnits } from "~/modules/stats/stats.server";
import { buildWorld, staffActor, version } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { loadFacts, windowOf } from "./facts.server";
import { formRows, forms, type UnitRow } from "./forms";
import { exportLines } from "./national-export.server";
import { registerLines } from "./registers.server";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
}, 120_000);
afterAll(() => db.$disconnect());

const token = () => randomBytes(12).toString("base64url");
const t = createServerI18n("vi").t;
const everything = windowOf({ from: "2000-01-01", to: "2027-12-31" });

async function file(kind: "FEEDBACK" | "PETITION" | "COMPLAINT" | "DENUNCIATION", unitCode: string, extra: Record<string, unknown> = {}) {
  const unit = await world.unit(unitCode);
  const r = await fileCase(
    {
      kind,
      title: `Hồ sơ ${kind.toLowerCase()} kiểm thử báo cáo`,
      description: "Nội dung kiểm thử cho biểu mẫu báo cáo và xuất dữ liệu quốc gia.",
      categoryId: world.category.id,
      unitId: unit.id,
      contactName: "Trần Văn Tố",
      contactPhone: "0912345678",
      ...(kind === "COMPLAINT" ? { decisionText: "Quyết định 9/QĐ-UBND", learnedAt: "2026-11-01" } : {}),
      ...(kind === "DENUNCIATION" ? { denouncedText: "Cán bộ X" } : {}),
      submissionToken: token(),
      ...extra,
    } as Parameters<typeof fileCase>[0],
    { kind: "officer", officerId: world.users.reception.id, channel: "IN_PERSON", citizenId: null },
    [],
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.caseId;
}

async function act(id: string, action: Parameters<typeof applyTransition>[1]["action"], actor: Parameters<typeof applyTransition>[1]["actor"], extra: Record<string, unknown> = {}) {
  const r = await applyTransition(id, { action, actor, version: await version(id), ...extra });
  expect(r).toMatchObject({ ok: true });
}

describe("the statistical forms from the real workflow", () => {
  test("a petition transferred from one ward to another counts as forwarded by the first and received by the second", async () => {
    const chiengan = await world.unit("CHIENGAN");
    const tohieu = await world.unit("TOHIEU");
    const id = await file("PETITION", "TOHIEU");
    await act(id, "transfer", staffActor(world.users.reception), { targetUnitId: chiengan.id, note: "Thuộc thẩm quyền phường Chiềng An" });
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: id, type: "TRANSFERRED" } });
    expect(JSON.parse(event.data!)).toMatchObject({ fromUnitId: tohieu.id, toUnitId: chiengan.id });

    const units: UnitRow[] = (await publicUnits()).map((u) => ({ unitId: u.id, code: u.code, name: u.name, path: u.path, parentId: u.parentId }));
    // Today in Vietnam (UTC+7): at 00:13 in Hà Nội it is still yesterday in UTC.
    const w = windowOf({ from: "2026-01-01", to: localDate(new Date()) });
    const before = await formRows(forms["02-XLD"], units.find((u) => u.code === "SLA")!, units, await loadFacts(units.map((u) => u.unitId), w, { petitions: true }), w);
    const rowOf = (rows: typeof before.rows, code: string) => rows.find((r) => r.unitCode === code)?.values ?? {};
    // The same case is a petition forwarded by Tô Hiệu (24) and one waiting at Chiềng An (1, not yet processed).
    expect(rowOf(before.rows, "TOHIEU")[24]).toBeGreaterThanOrEqual(1);
    const waiting = rowOf(before.rows, "CHIENGAN");
    expect(waiting[1]! - waiting[8]!).toBeGreaterThanOrEqual(1);
  });
});

describe("which cases a form reads", () => {
  test("untouched since before the period: a waiting petition and an unfinished complaint count as carried over; a finished case does not", async () => {
    const chiengan = await world.unit("CHIENGAN");
    const may = (d: number) => new Date(Date.UTC(2026, 4, d, 3));
    const fileOld = async (kind: "PETITION" | "COMPLAINT" | "FEEDBACK") => {
      const r = await fileCase(
        {
          kind,
          title: `Hồ sơ cũ ${kind.toLowerCase()} chưa xong`,
          description: "Hồ sơ nộp từ tháng năm, để kiểm tra kỳ trước chuyển sang.",
          categoryId: world.category.id,
          unitId: chiengan.id,
          contactName: "Lò Văn Cũ",
          ...(kind === "COMPLAINT" ? { decisionText: "Quyết định 1/QĐ-UBND", learnedAt: "2026-04-20" } : {}),
          submissionToken: token(),
        } as Parameters<typeof fileCase>[0],
        { kind: "officer", officerId: world.users.reception.id, channel: "MAIL", citizenId: null },
        [],
        may(1),
      );
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.caseId;
    };
    const leader = { kind: "staff" as const, userId: world.users.provinceLeader.id, role: "LEADER", unitId: world.users.provinceLeader.unitId, unitPath: world.users.provinceLeader.unit!.path };
    const waiting = await fileOld("PETITION");
    const complaint = await fileOld("COMPLAINT");
    expect(await applyTransition(complaint, { action: "accept", actor: leader, version: await version(complaint) }, may(2))).toMatchObject({ ok: true });
    const finished = await fileOld("FEEDBACK");
    expect(await applyTransition(finished, { action: "decline", actor: leader, version: await version(finished), reasonCode: "NOT_COMPETENT", note: "Không thuộc thẩm quyền" }, may(3))).toMatchObject({ ok: true });
    // As if nothing had happened to them since May.
    for (const [id, d] of [[waiting, 1], [complaint, 2], [finished, 3]] as const) await write((tx) => tx.case.update({ where: { id }, data: { updatedAt: may(d) } }));

    const w = windowOf({ from: "2026-09-15", to: "2026-12-14" });
    const ids = (r: Map<string, { receipts: { caseId: string }[] }>) => new Set(r.get(chiengan.id)!.receipts.map((x) => x.caseId));
    const petitions = ids(await loadFacts([chiengan.id], w, { petitions: true }));
    expect(petitions.has(waiting)).toBe(true);
    expect(petitions.has(finished)).toBe(false);
    const resolutions = ids(await loadFacts([chiengan.id], w, { resolutions: true }));
    expect(resolutions.has(complaint)).toBe(true);
    expect(resolutions.has(waiting)).toBe(false);
    const units: UnitRow[] = [{ unitId: chiengan.id, code: chiengan.code, name: chiengan.name, path: chiengan.path, parentId: chiengan.parentId }];
    const kn = formRows(forms["03-GQKN"], units[0]!, units, await loadFacts([chiengan.id], w, { resolutions: true }), w);
    expect(kn.total[2]).toBeGreaterThanOrEqual(1); // carried over
    expect(kn.total[15]).toBeGreaterThanOrEqual(1); // still being resolved
    const xld = formRows(forms["02-XLD"], units[0]!, units, await loadFacts([chiengan.id], w, { petitions: true }), w);
    expect(xld.total[1]).toBeGreaterThanOrEqual(1);
  });
});

describe("a unit's own form", () => {
  test("finds the petitions filed at the unit and moved on in the period, not those moved on before it", async () => {
    const tohieu = await world.unit("TOHIEU");
    const chiengan = await world.unit("CHIENGAN");
    const at = (month: number, day: number) => new Date(Date.UTC(2026, month - 1, day, 3));
    const fileAt = async (title: string) => {
      const r = await fileCase(
        {
          kind: "PETITION",
          title,
          description: "Kiến nghị nộp ở phường Tô Hiệu rồi chuyển sang phường Chiềng An.",
          categoryId: world.category.id,
          unitId: tohieu.id,
          contactName: "Cầm Văn Chuyển",
          submissionToken: token(),
        } as Parameters<typeof fileCase>[0],
        { kind: "officer", officerId: world.users.reception.id, channel: "MAIL", citizenId: null },
        [],
        at(5, 1),
      );
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.caseId;
    };
    const transfer = async (id: string, on: Date) => {
      const r = await applyTransition(id, { action: "transfer", actor: staffActor(world.users.reception), version: await version(id), targetUnitId: chiengan.id, note: "Thuộc thẩm quyền phường Chiềng An" }, on);
      expect(r).toMatchObject({ ok: true });
      // As if nothing had happened to it since.
      await write((tx) => tx.case.update({ where: { id }, data: { updatedAt: on } }));
    };
    const before = await fileAt("Kiến nghị chuyển đi trước kỳ");
    await transfer(before, at(5, 5));
    const during = await fileAt("Kiến nghị chuyển đi trong kỳ");
    await transfer(during, at(10, 1));

    const w = windowOf({ from: "2026-09-15", to: "2026-12-14" });
    const receipts = async (unitId: string) => (await loadFacts([unitId], w, { petitions: true })).get(unitId)!.receipts;
    const atTohieu = await receipts(tohieu.id);
    // Carried over at Tô Hiệu (filed in May, undecided on 15 September), then forwarded in the period.
    expect(atTohieu.find((r) => r.caseId === during)).toMatchObject({ unitId: tohieu.id, triage: { outcome: "transferred" } });
    // Forwarded in May: nothing of it falls in Tô Hiệu's period.
    expect(atTohieu.some((r) => r.caseId === before)).toBe(false);
    // Both wait at Chiềng An: one carried over, one received in the period.
    const atChiengan = await receipts(chiengan.id);
    expect(atChiengan.filter((r) => r.caseId === before || r.caseId === during).map((r) => [r.caseId, r.triage])).toEqual(
      expect.arrayContaining([
        [before, null],
        [during, null],
      ]),
    );
    const rows: UnitRow[] = [{ unitId: tohieu.id, code: tohieu.code, name: tohieu.name, path: tohieu.path, parentId: tohieu.parentId }];
    const xld = formRows(forms["02-XLD"], rows[0]!, rows, await loadFacts([tohieu.id], w, { petitions: true }), w);
    expect(xld.total[24]).toBeGreaterThanOrEqual(1); // forwarded
  });
});

describe("the reception register", () => {
  test("a group visit of 6 with 2 representatives is recorded as such, and found without diacritics", async () => {
    const tohieu = await world.unit("TOHIEU");
    const parsed = receptionSchema.safeParse({
      receivedAt: "2026-10-20T09:00",
      receiverId: world.users.leader.id,
      receptionKind: "HEAD",
      visitorName: "Lường Thị Đoàn",
      visitorIdNumber: "014 200 001 234",
      visitorAddress: "Bản Phiêng Ngần, phường Tô Hiệu",
      peopleCount: "6",
      representatives: "Lường Thị Đoàn\nQuàng Văn Khiêm\n",
      classification: "COMPLAINT",
      repeatVisit: "on",
      handlingMode: "ACCEPTED",
      matter: "Khiếu nại việc bồi thường khi mở rộng đường bản",
      handling: "Tiếp nhận đơn, chuyển bộ phận địa chính xác minh",
      submissionToken: token(),
    });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(await addReception(tohieu.id, { ...parsed.data, receivedAt: new Date("2026-10-20T02:00:00Z") })).toEqual({ ok: true });
    const row = await db.receptionRecord.findFirstOrThrow({ where: { unitId: tohieu.id, visitorName: "Lường Thị Đoàn" } });
    expect(row).toMatchObject({ peopleCount: 6, representativeCount: 2, representatives: "Lường Thị Đoàn\nQuàng Văn Khiêm", visitorIdNumber: "014200001234", receptionKind: "HEAD", repeatVisit: true });

    const w = windowOf({ from: "2026-09-15", to: "2026-12-14" });
    const { lines } = await registerLines("reception", tohieu.id, w, "boi thuong duong ban", t, "vi");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.cells.classification).toBe("Khiếu nại / Đoàn 6 người, 2 người đại diện: Lường Thị Đoàn, Quàng Văn Khiêm");
    expect(lines[0]!.cells.accepted).toBe("x");
    expect(lines[0]!.cells.idNumber).toBe("014200001234");

    // The 01/TCD form counts it as one group the head received, again (repeated visit).
    const facts = await loadFacts([tohieu.id], w, { reception: true });
    const mine = facts.get(tohieu.id)!.receptions.filter((r) => r.peopleCount === 6);
    expect(mine).toHaveLength(1);
  });

  test("the representatives follow the law: a group of 6 names one or two", () => {
    const base = { receivedAt: "2026-10-20T09:00", receiverId: "x", visitorName: "Ai đó", classification: "PETITION", handlingMode: "GUIDED", matter: "Nội dung vụ việc", handling: "Hướng dẫn gửi đơn" };
    const errorOf = (v: Record<string, unknown>) => {
      const r = receptionSchema.safeParse({ ...base, ...v });
      return r.success ? null : r.error.issues.map((i) => i.message);
    };
    expect(errorOf({ peopleCount: "6" })).toEqual(["reports.reception.errors.representativesRequired"]);
    expect(errorOf({ peopleCount: "6", representatives: "A\nB\nC" })).toEqual(["reports.reception.errors.representativesTooMany"]);
    expect(errorOf({ peopleCount: "12", representatives: "A\nB\nC\nD\nE" })).toBeNull();
    expect(errorOf({ peopleCount: "2", representatives: "A\nB\nC" })).toEqual(["reports.reception.errors.representativesMoreThanPeople"]);
    expect(errorOf({ peopleCount: "1" })).toBeNull();
    expect(errorOf({ peopleCount: "0" })).toEqual(["reports.reception.errors.peopleCount"]);
    expect(errorOf({ visitorIdNumber: "12-34" })).toEqual(["reports.reception.errors.idNumber"]);
  });

  test("a denouncer's line is sealed in the register and cannot be found by name", async () => {
    const tohieu = await world.unit("TOHIEU");
    const parsed = receptionSchema.parse({
      receivedAt: "2026-10-21T09:00",
      receiverId: world.users.reception.id,
      visitorName: "Người Tố Cáo Bí Mật",
      visitorIdNumber: "099999999999",
      classification: "DENUNCIATION",
      handlingMode: "ACCEPTED",
      matter: "Tố cáo hành vi nhận tiền của cán bộ bản",
      handling: "Tiếp nhận, báo cáo chủ tịch",
    });
    expect(await addReception(tohieu.id, { ...parsed, receivedAt: new Date("2026-10-21T02:00:00Z") })).toEqual({ ok: true });
    const w = windowOf({ from: "2026-09-15", to: "2026-12-14" });
    expect((await registerLines("reception", tohieu.id, w, "nguoi to cao bi mat", t, "vi")).lines).toHaveLength(0);
    const { lines } = await registerLines("reception", tohieu.id, w, "nhan tien", t, "vi");
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(lines[0])).not.toMatch(/Người Tố Cáo|099999999999/);
    expect(lines[0]!.sealed).toBe(true);
  });
});

describe("the national database export", () => {
  test("every case exports once, validates against the schema, round-trips, and never carries a denouncer's identity", async () => {
    // A few cases through the real workflow, on top of the demo cases.
    const complaint = await file("COMPLAINT", "TOHIEU");
    await act(complaint, "accept", staffActor(world.users.reception));
    await act(complaint, "assign", staffActor(world.users.leader), { assigneeId: world.users.handler.id });
    const denunciation = await file("DENUNCIATION", "TOHIEU", { contactName: "Bí Mật Người Báo", contactPhone: "0977000111", contactEmail: "bimat@example.test" });
    await act(denunciation, "accept", staffActor(world.users.reception));
    // An event type this code does not know passes through with its data.
    await write((tx) => tx.caseEvent.create({ data: { caseId: complaint, type: "SUSPENDED", visibility: "INTERNAL", data: JSON.stringify({ reason: "chờ kết quả giám định", until: "2026-12-31" }) } }));

    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync("docs/national-export.v1.schema.json", "utf8")));

    const units = await db.unit.findMany({ select: { id: true } });
    const lines: string[] = [];
    for await (const line of exportLines(units.map((u) => u.id), everything)) lines.push(line);
    expect(lines.every((l) => l.endsWith("\n") && !l.slice(0, -1).includes("\n"))).toBe(true);
    const records = lines.map((l) => JSON.parse(l) as Record<string, any>);
    for (const r of records) {
      const ok = validate(r);
      expect(ok, `${r.code}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }

    // Every case once, and what came out is what is stored.
    const cases = await db.case.findMany({ include: { unit: true, events: { orderBy: { createdAt: "asc" } } } });
    expect(records.map((r) => r.code).sort()).toEqual(cases.map((c) => c.code).sort());
    for (const c of cases) {
      const r = records.find((x) => x.code === c.code)!;
      expect(r).toMatchObject({ kind: c.kind, status: c.status, channel: c.channel, unit: { code: c.unit.code }, title: c.title, description: c.description });
      expect(r.dates.submittedAt).toBe(c.submittedAt.toISOString());
      expect(r.dates.resolvedAt).toBe(c.resolvedAt?.toISOString() ?? null);
      expect(r.legalClassification).toMatchObject({ kind: c.kind, instance: c.instance, complex: c.complex });
      expect(r.events.map((e: { type: string; at: string }) => [e.type, e.at])).toEqual(c.events.map((e) => [e.type, e.createdAt.toISOString()]));
    }

    const sealed = records.find((r) => r.code === cases.find((c) => c.id === denunciation)!.code)!;
    expect(sealed.identitySealed).toBe(true);
    expect(sealed.citizen).toBeNull();
    expect(JSON.stringify(sealed)).not.toMatch(/Bí Mật Người Báo|0977000111|bimat@example/);
    for (const r of records.filter((x) => x.kind === "DENUNCIATION")) expect(r.citizen).toBeNull();

    const suspended = records.find((r) => r.code === cases.find((c) => c.id === complaint)!.code)!.events.find((e: { type: string }) => e.type === "SUSPENDED");
    expect(suspended).toMatchObject({ visibility: "INTERNAL", data: { reason: "chờ kết quả giám định", until: "2026-12-31" } });
    // Names of officials never leave: an assignment is exported by role only.
    const assigned = records.find((r) => r.code === cases.find((c) => c.id === complaint)!.code)!.events.find((e: { type: string }) => e.type === "ASSIGNED");
    expect(assigned.actorRole).toBe("LEADER");
    expect(JSON.stringify(assigned)).not.toContain(world.users.handler.fullName);
  });

  test("the schema refuses a record an importer could misread", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync("docs/national-export.v1.schema.json", "utf8")));
    expect(validate({ schemaVersion: "2.0" })).toBe(false);
    expect(validate({})).toBe(false);
  });
});
