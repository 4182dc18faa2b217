/**
 * Grassroots democracy (issue #16): the law's rules as rows (reference data),
 * and a demo residential group of Phường Tô Hiệu — ten households, seven with
 * a verified resident who can vote online — a People's Inspection Board, an
 * open household ballot and an open consultation. Called from seed-lib.ts.
 */
import { foldForSearch } from "~/utils/text";
import type { Tx } from "~/utils/db.server";
import { democracyRules } from "./seed-data/democracy-rules";

const dayMs = 24 * 60 * 60 * 1000;

export async function seedDemocracyRules(tx: Tx) {
  for (const [i, rule] of democracyRules.entries()) await tx.democracyRule.create({ data: { ...rule, sortOrder: i } });
}

/** Demo residents (password: the demo password), cudan01…cudan10@langnghe.local. */
export const demoResidents = Array.from({ length: 10 }, (_, i) => {
  const n = String(i + 1).padStart(2, "0");
  return { key: `resident${n}`, email: `cudan${n}@langnghe.local`, phone: `+8491300010${i}`, n };
});

const heads = ["Lò Văn Pánh", "Cà Thị Hoa", "Quàng Văn Chiến", "Lường Thị Ngọc", "Tòng Văn Hải", "Điêu Thị Xuân", "Hà Văn Tươi", "Vì Thị Mai", "Lò Văn Thắng", "Cầm Thị Dung"];

export async function seedDemocracyDemo(tx: Tx, passwordHash: string, now = new Date()) {
  const tohieu = await tx.unit.findUnique({ where: { code: "TOHIEU" } });
  const reception = await tx.user.findUnique({ where: { email: "tiepnhan.tohieu@langnghe.local" } });
  if (!tohieu || !reception) return;

  // Ten verified residents; households 1–7 can vote online, 8–10 vote on paper.
  const residents = [];
  for (const [i, r] of demoResidents.entries()) {
    const fullName = heads[i]!;
    residents.push(
      await tx.user.create({
        data: { fullName, nameSearch: foldForSearch(fullName), email: r.email, phone: r.phone, role: "CITIZEN", identityVerified: true, passwordHash },
      }),
    );
  }
  const area = await tx.residentArea.create({ data: { unitId: tohieu.id, kind: "RESIDENTIAL_GROUP", name: "Tổ dân phố 3", importedAt: now } });
  const households = [];
  for (const [i, head] of heads.entries()) {
    households.push(
      await tx.household.create({
        data: {
          areaId: area.id,
          code: `TDP3-${String(i + 1).padStart(3, "0")}`,
          headName: head,
          voters: {
            create: [{ name: head, contact: demoResidents[i]!.email, userId: i < 7 ? residents[i]!.id : null }],
          },
        },
      }),
    );
  }

  // An open household ballot on a contribution, three households have voted.
  const contribution = await tx.democracyRule.findFirstOrThrow({ where: { code: "DECIDE_CONTRIBUTION" } });
  const matter = await tx.democracyMatter.create({
    data: {
      unitId: tohieu.id,
      areaId: area.id,
      ruleId: contribution.id,
      subject: contribution.code,
      title: "Đóng góp bê tông hóa ngõ 5, tổ dân phố 3",
      description:
        "Tổ dân phố 3 đề nghị các hộ đóng góp 500.000 đồng/hộ và ngày công để bê tông hóa 120 m ngõ 5; phường hỗ trợ xi măng. Dự toán và bản vẽ kèm theo.",
      form: "BALLOT",
      secret: false,
      online: true,
      opensAt: new Date(now.getTime() - 3 * dayMs),
      closesAt: new Date(now.getTime() + 11 * dayMs),
      thresholdNum: contribution.ratioNum ?? 2,
      thresholdDen: contribution.ratioDen ?? 3,
      thresholdStrict: contribution.ratioStrict,
      electorate: households.length,
      openedById: reception.id,
      electors: { create: households.map((h) => ({ householdId: h.id })) },
    },
  });
  for (const [i, choice] of (["FOR", "FOR", "AGAINST"] as const).entries()) {
    const h = households[i]!;
    await tx.democracyVote.create({ data: { matterId: matter.id, householdId: h.id, channel: "ONLINE", castById: residents[i]!.id, castAt: new Date(now.getTime() - (2 - i) * dayMs) } });
    await tx.democracyBallot.create({ data: { matterId: matter.id, householdId: h.id, choice } });
  }

  // An open consultation on a draft plan.
  const consult = await tx.democracyRule.findFirstOrThrow({ where: { code: "CONSULT_CONSTRUCTION_PLANNING" } });
  const consultation = await tx.consultation.create({
    data: {
      unitId: tohieu.id,
      ruleId: consult.id,
      subject: consult.code,
      title: "Lấy ý kiến dự thảo quy hoạch chi tiết khu dân cư tổ 3 – tổ 5",
      description:
        "Phường Tô Hiệu lấy ý kiến Nhân dân về dự thảo quy hoạch chi tiết khu dân cư tổ 3 – tổ 5: mạng lưới đường, vị trí nhà văn hóa, sân chơi và bãi đỗ xe.",
      opensAt: new Date(now.getTime() - 5 * dayMs),
      closesAt: new Date(now.getTime() + 25 * dayMs),
      openedById: reception.id,
    },
  });
  await tx.consultationComment.create({
    data: { consultationId: consultation.id, authorId: residents[3]!.id, body: "Đề nghị bố trí sân chơi cho trẻ em gần nhà văn hóa, tránh xa trục đường chính." },
  });

  // The ward's People's Inspection Board: three residents.
  await tx.supervisionBoard.create({
    data: {
      unitId: tohieu.id,
      kind: "PEOPLES_INSPECTION",
      name: "Ban Thanh tra nhân dân phường Tô Hiệu",
      termFrom: new Date(now.getTime() - 200 * dayMs),
      members: {
        create: [
          { userId: residents[7]!.id, role: "HEAD" },
          { userId: residents[8]!.id, role: "DEPUTY" },
          { userId: residents[9]!.id, role: "MEMBER" },
        ],
      },
    },
  });
}
