/**
 * Demo data for grassroots mediation (issue #6): a team at Phường Tô Hiệu
 * (Tổ dân phố 3) led by the demo mediator, one settled mediation with the demo
 * citizen as applicant (a session, an agreement, a follow-up) and one ongoing.
 */
import type { Tx } from "~/utils/db.server";

const dayMs = 24 * 60 * 60 * 1000;

export async function seedMediation(tx: Tx, now = new Date()) {
  const unit = await tx.unit.findUnique({ where: { code: "TOHIEU" }, select: { id: true } });
  const mediator = await tx.user.findUnique({ where: { email: "hoagiai.tohieu@langnghe.local" }, select: { id: true } });
  const citizen = await tx.user.findUnique({ where: { email: "congdan@langnghe.local" }, select: { id: true, fullName: true, phone: true } });
  if (!unit || !mediator || !citizen) return;
  const team = await tx.mediationTeam.create({
    data: { unitId: unit.id, areaName: "Tổ dân phố 3", members: { create: [{ userId: mediator.id, isLeader: true }] } },
  });
  const year = new Date(now.getTime() + 7 * 3600_000).getUTCFullYear();

  const openedAt = new Date(now.getTime() - 20 * dayMs);
  const heldAt = new Date(now.getTime() - 15 * dayMs);
  const outcomeAt = new Date(now.getTime() - 14 * dayMs);
  const settled = await tx.mediation.create({
    data: {
      code: `HG-TOHIEU-${year}-0001`,
      teamId: team.id,
      openedVia: "MEDIATOR",
      disputeType: "NEIGHBOURHOOD",
      description: "Nước thải sinh hoạt từ nhà bên cạnh chảy sang sân nhà bà Lan mỗi khi trời mưa; hai nhà đã to tiếng nhiều lần.",
      status: "AGREED",
      openedAt,
      outcomeAt,
      outcomeDays: 6,
      agreementTerms: "Ông Quàng Văn Hưng làm rãnh thoát nước dọc tường rào, nối ra cống chung của tổ; bà Lan cho phép thi công qua lối đi trước nhà.",
      executionTerms: "Hoàn thành trong 30 ngày kể từ ngày lập biên bản; tổ hòa giải kiểm tra sau khi làm xong.",
      mediators: { create: [{ userId: mediator.id }] },
    },
  });
  const lan = await tx.mediationParty.create({
    data: { mediationId: settled.id, role: "APPLICANT", name: citizen.fullName, contact: `Số 12 ngõ 5, tổ 3 — ${citizen.phone ?? ""}`, userId: citizen.id, confirmedAt: outcomeAt },
  });
  const hung = await tx.mediationParty.create({
    data: { mediationId: settled.id, role: "RESPONDENT", name: "Quàng Văn Hưng", contact: "Số 14 ngõ 5, tổ 3 — 0912 345 014", confirmedAt: outcomeAt },
  });
  const session = await tx.mediationSession.create({
    data: { mediationId: settled.id, heldAt, place: "Nhà văn hóa tổ 3", notes: "Hai bên trình bày; ông Hưng đồng ý làm rãnh thoát nước, bà Lan đồng ý cho thi công qua lối đi." },
  });
  await tx.mediationAttendance.createMany({
    data: [
      { sessionId: session.id, partyId: lan.id, present: true },
      { sessionId: session.id, partyId: hung.id, present: true },
    ],
  });
  await tx.mediationFollowUp.create({ data: { mediationId: settled.id, checkedAt: new Date(now.getTime() - 3 * dayMs), status: "KEPT", note: "Rãnh đã làm xong, nước thoát tốt." } });

  const ongoing = await tx.mediation.create({
    data: {
      code: `HG-TOHIEU-${year}-0002`,
      teamId: team.id,
      openedVia: "MEDIATOR",
      disputeType: "LAND",
      description: "Tranh chấp ranh giới đất vườn giữa hai hộ, khoảng 0,5 m dọc hàng rào tre.",
      openedAt: new Date(now.getTime() - 2 * dayMs),
      mediators: { create: [{ userId: mediator.id }] },
    },
  });
  await tx.mediationParty.createMany({
    data: [
      { mediationId: ongoing.id, role: "APPLICANT", name: "Lò Văn Pắng", contact: "Bản Hài, tổ 3 — 0912 345 021" },
      { mediationId: ongoing.id, role: "RESPONDENT", name: "Cà Thị Xuân", contact: "Bản Hài, tổ 3 — 0912 345 022" },
    ],
  });
}
