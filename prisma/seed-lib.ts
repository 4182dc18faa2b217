/**
 * The seed's data and steps (prisma/seed.ts runs them). Seeds reference data (units of Sơn La after the July 2025 reorganisation,
 * provincial agencies, former districts for history, categories, deadline
 * rules, holidays, reception rules) and a demo world (one account per role,
 * cases in several states). Idempotent: does nothing when units exist.
 *
 *   npm run db:seed                 # demo data included
 *   SEED_DEMO=false npm run db:seed # reference data only
 */
import { nextCaseCode } from "~/modules/cases/codes.server";
import { fallbackInfoReplyDays, infoReplyDaysSetting } from "~/modules/cases/info-request";
import type { Tx } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";
import { createUnit } from "~/modules/units/units.server";
import { holidays, sonLaAgencies, sonLaCommunes, sonLaFormerDistricts } from "./seed-data/son-la";
import { seedBoard } from "./seed-board";
import { seedMediation } from "./seed-mediation";
import { seedDialogue } from "./seed-dialogue";
import { seedDemocracyDemo, seedDemocracyRules } from "./seed-democracy";
import { deadlineRules, procedureGrounds } from "./seed-data/legal-rules";
import { seedComplianceRules } from "./seed-compliance";
import { seedOnestopDemoAccounts, seedOnestopReference } from "./seed-onestop";

export const demoPassword = "LangNghe@2026";
const dayMs = 24 * 60 * 60 * 1000;

export const demoAccounts = [
  { key: "admin", fullName: "Quản trị viên", email: "admin@langnghe.local", role: "ADMIN", unit: null, position: null },
  { key: "reception", fullName: "Lò Thị Mai", email: "tiepnhan.tohieu@langnghe.local", role: "RECEPTION", unit: "TOHIEU", position: "Công chức tiếp công dân" },
  { key: "handler", fullName: "Cầm Văn Dũng", email: "xuly.tohieu@langnghe.local", role: "HANDLER", unit: "TOHIEU", position: "Công chức địa chính" },
  { key: "leader", fullName: "Hoàng Văn Nam", email: "lanhdao.tohieu@langnghe.local", role: "LEADER", unit: "TOHIEU", position: "Chủ tịch UBND phường" },
  { key: "provinceLeader", fullName: "Quàng Văn Thắng", email: "lanhdao.tinh@langnghe.local", role: "LEADER", unit: "SLA", position: "Phó Chủ tịch UBND tỉnh" },
  { key: "handlerChiengAn", fullName: "Tòng Thị Hoa", email: "xuly.chiengan@langnghe.local", role: "HANDLER", unit: "CHIENGAN", position: "Công chức tư pháp" },
  { key: "mediator", fullName: "Lường Văn Sơn", email: "hoagiai.tohieu@langnghe.local", role: "MEDIATOR", unit: "TOHIEU", position: "Tổ trưởng tổ hòa giải" },
  { key: "citizen", fullName: "Nguyễn Thị Lan", email: "congdan@langnghe.local", phone: "+84912000001", role: "CITIZEN", unit: null, position: null },
  { key: "citizen2", fullName: "Vì Văn Khánh", email: "congdan2@langnghe.local", phone: "+84912000002", role: "CITIZEN", unit: null, position: null },
] as const;

const categories = [
  ["LAND", "Đất đai", "Land"],
  ["ENVIRONMENT", "Môi trường", "Environment"],
  ["CONSTRUCTION", "Xây dựng, đô thị", "Construction and urban order"],
  ["TRANSPORT", "Giao thông", "Transport"],
  ["HEALTH", "Y tế", "Health"],
  ["EDUCATION", "Giáo dục", "Education"],
  ["SOCIAL", "Chính sách xã hội", "Social policy"],
  ["ADMIN_PROC", "Thủ tục hành chính", "Administrative procedures"],
  ["SECURITY", "An ninh, trật tự", "Public order"],
  ["OTHER", "Khác", "Other"],
] as const;

/**
 * The legal reference data (deadline rules, procedural grounds, days off):
 * inserts the rows that are missing, by id or date, and never changes an
 * existing one — an administrator's end dates and corrections stay. Runs at
 * every start, so a release that adds rows (a new decree) brings them in.
 */
export async function syncLegalReference(tx: Tx) {
  const [rules, grounds, days] = await Promise.all([
    tx.deadlineRule.findMany({ select: { id: true } }),
    tx.procedureGround.findMany({ select: { id: true } }),
    tx.holiday.findMany({ select: { date: true } }),
  ]);
  const haveRule = new Set(rules.map((r) => r.id));
  const haveGround = new Set(grounds.map((g) => g.id));
  const haveDay = new Set(days.map((d) => d.date));
  let added = 0;
  for (const rule of deadlineRules) if (!haveRule.has(rule.id)) (await tx.deadlineRule.create({ data: rule }), added++);
  for (const ground of procedureGrounds) if (!haveGround.has(ground.id)) (await tx.procedureGround.create({ data: ground }), added++);
  for (const h of holidays) if (!haveDay.has(h.date)) (await tx.holiday.create({ data: h }), added++);
  // The app's own policies (not law), changed by an administrator: written when missing, never overwritten.
  if (!(await tx.setting.findUnique({ where: { key: infoReplyDaysSetting }, select: { key: true } }))) {
    await tx.setting.create({ data: { key: infoReplyDaysSetting, value: String(fallbackInfoReplyDays) } });
    added++;
  }
  return added;
}

export async function seedReference(tx: Tx) {
  const level = async (code: string, nameVi: string, nameEn: string, rank: number) =>
    tx.unitLevel.create({ data: { code, nameVi, nameEn, rank } });
  const province = await level("PROVINCE", "Tỉnh, thành phố trực thuộc trung ương", "Province", 1);
  const district = await level("DISTRICT", "Huyện, thị xã, thành phố thuộc tỉnh", "District", 2);
  const commune = await level("COMMUNE", "Xã, phường, đặc khu", "Commune / ward / special zone", 3);
  const agency = await level("AGENCY", "Sở, ban, ngành", "Provincial agency", 2);

  const sonLa = await createUnit(tx, {
    code: "SLA",
    name: "Tỉnh Sơn La",
    nameSearch: foldForSearch("Tỉnh Sơn La"),
    levelId: province.id,
    parentId: null,
    sortOrder: 0,
  });
  let order = 1;
  for (const a of sonLaAgencies) {
    await createUnit(tx, { code: a.code, name: a.name, nameSearch: foldForSearch(a.name), levelId: agency.id, parentId: sonLa.id, sortOrder: order++ });
  }
  for (const c of sonLaCommunes) {
    await createUnit(tx, {
      code: c.code,
      name: c.name,
      nameSearch: foldForSearch(c.name),
      levelId: commune.id,
      parentId: sonLa.id,
      remote: c.remote ?? false,
      sortOrder: 100 + order++,
    });
  }
  // The three-tier shape, kept for history: districts dissolved on 1 July 2025.
  for (const d of sonLaFormerDistricts) {
    await createUnit(tx, {
      code: d.code,
      name: d.name,
      nameSearch: foldForSearch(d.name),
      levelId: district.id,
      parentId: sonLa.id,
      active: false,
      validTo: new Date("2025-06-30T17:00:00Z"),
      sortOrder: 500 + order++,
    });
  }

  for (const [i, [code, nameVi, nameEn]] of categories.entries()) {
    await tx.category.create({ data: { code, nameVi, nameEn, sortOrder: i } });
  }
  await syncLegalReference(tx);

  await seedDemocracyRules(tx);
  await seedComplianceRules(tx, { province: province.id, district: district.id, commune: commune.id, agency: agency.id });
  await seedOnestopReference(tx);
}

export async function seedDemo(tx: Tx, passwordHash: string) {
  const units = Object.fromEntries(
    (await tx.unit.findMany({ where: { code: { in: ["SLA", "TOHIEU", "CHIENGAN"] } } })).map((u) => [u.code, u]),
  );
  const users: Record<string, { id: string }> = {};
  for (const a of demoAccounts) {
    users[a.key] = await tx.user.create({
      data: {
        fullName: a.fullName,
        nameSearch: foldForSearch(a.fullName),
        email: a.email,
        phone: "phone" in a ? a.phone : null,
        role: a.role,
        unitId: a.unit ? (units[a.unit]?.id ?? null) : null,
        position: a.position,
        identityVerified: a.role === "CITIZEN",
        passwordHash,
      },
    });
  }
  const land = await tx.category.findUniqueOrThrow({ where: { code: "LAND" } });
  const env = await tx.category.findUniqueOrThrow({ where: { code: "ENVIRONMENT" } });
  const transport = await tx.category.findUniqueOrThrow({ where: { code: "TRANSPORT" } });
  const tohieu = units.TOHIEU!;
  const now = Date.now();

  const demoCases = [
    { kind: "FEEDBACK", status: "SUBMITTED", title: "Đèn đường tổ 3 bị hỏng", description: "Ba cột đèn trên đường Lò Văn Giá, tổ 3, phường Tô Hiệu không sáng từ hai tuần nay, buổi tối đi lại nguy hiểm.", category: transport.id, daysAgo: 1, citizen: "citizen" },
    { kind: "FEEDBACK", status: "ACCEPTED", title: "Rác thải tập kết sai nơi quy định", description: "Điểm tập kết rác đầu ngõ 12 không được thu gom đúng giờ, gây mùi hôi.", category: env.id, daysAgo: 4, citizen: "citizen", assignee: null },
    { kind: "COMPLAINT", status: "IN_PROGRESS", title: "Khiếu nại quyết định thu hồi đất", description: "Tôi không đồng ý với mức bồi thường trong quyết định thu hồi đất số 123/QĐ-UBND vì diện tích đo đạc chưa đúng thực tế.", category: land.id, daysAgo: 12, citizen: "citizen", assignee: "handler" },
    { kind: "PETITION", status: "NEEDS_INFO", title: "Đề nghị làm đường bê tông vào bản", description: "Bà con bản Hài đề nghị bê tông hóa 800 m đường vào bản để đi lại mùa mưa.", category: transport.id, daysAgo: 9, citizen: "citizen2", assignee: "handler" },
    { kind: "FEEDBACK", status: "RESOLVED", title: "Nước suối Nậm La có màu lạ", description: "Đoạn suối Nậm La gần cầu Trắng có nước màu đục và váng dầu.", category: env.id, daysAgo: 20, citizen: "citizen", assignee: "handler" },
    { kind: "FEEDBACK", status: "CLOSED", title: "Ổ gà trên đường Tô Hiệu", description: "Mặt đường trước số nhà 45 có ổ gà lớn.", category: transport.id, daysAgo: 40, citizen: "citizen2", assignee: "handler" },
  ] as const;

  for (const c of demoCases) {
    const submittedAt = new Date(now - c.daysAgo * dayMs);
    const citizen = demoAccounts.find((a) => a.key === c.citizen)!;
    const code = await nextCaseCode(tx, tohieu, submittedAt.getFullYear());
    const accepted = c.status !== "SUBMITTED";
    const resolved = c.status === "RESOLVED" || c.status === "CLOSED";
    const created = await tx.case.create({
      data: {
        code,
        kind: c.kind,
        channel: "ONLINE",
        status: c.status,
        unitId: tohieu.id,
        originUnitId: tohieu.id,
        categoryId: c.category,
        citizenId: users[c.citizen]!.id,
        contactName: citizen.fullName,
        contactEmail: citizen.email,
        title: c.title,
        description: c.description,
        locationText: "Phường Tô Hiệu",
        searchText: foldForSearch(`${code} ${c.title} ${citizen.fullName}`),
        submittedAt,
        receivedAt: submittedAt,
        acceptDueAt: new Date(submittedAt.getTime() + 7 * dayMs),
        acceptedAt: accepted ? new Date(submittedAt.getTime() + dayMs) : null,
        dueAt: accepted ? new Date(submittedAt.getTime() + 22 * dayMs) : null,
        originalDueAt: accepted ? new Date(submittedAt.getTime() + 22 * dayMs) : null,
        assigneeId: "assignee" in c && c.assignee ? users[c.assignee]!.id : null,
        statusBeforeInfo: c.status === "NEEDS_INFO" ? "IN_PROGRESS" : null,
        resolutionText: resolved ? "Đã kiểm tra thực địa và chỉ đạo khắc phục; kết quả đã được thông báo tới người phản ánh." : null,
        resolvedAt: resolved ? new Date(submittedAt.getTime() + 10 * dayMs) : null,
        resolvedOnTime: resolved ? true : null,
        appealDueAt: resolved ? new Date(submittedAt.getTime() + 40 * dayMs) : null,
        closedAt: c.status === "CLOSED" ? new Date(submittedAt.getTime() + 12 * dayMs) : null,
        satisfaction: c.status === "CLOSED" ? 5 : null,
        nextDueAt: resolved ? null : accepted ? new Date(submittedAt.getTime() + 22 * dayMs) : new Date(submittedAt.getTime() + 7 * dayMs),
      },
    });
    await tx.caseEvent.create({
      data: { caseId: created.id, type: "SUBMITTED", toStatus: "SUBMITTED", actorId: users[c.citizen]!.id, createdAt: submittedAt },
    });
    if (accepted) {
      await tx.caseEvent.create({
        data: { caseId: created.id, type: "ACCEPTED", fromStatus: "SUBMITTED", toStatus: "ACCEPTED", actorId: users.reception!.id, createdAt: new Date(submittedAt.getTime() + dayMs) },
      });
    }
  }
  await seedBoard(tx);
  await seedMediation(tx);
  await seedDialogue(tx);
  await seedDemocracyDemo(tx, passwordHash);
  await seedOnestopDemoAccounts(tx, passwordHash);
}
