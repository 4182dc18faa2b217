/**
 * Demo dialogue data: two upcoming sessions at Phường Tô Hiệu — a public
 * reception day chaired by the ward's chair (bookable from the calendar) and a
 * thematic dialogue on land compensation with the demo complaint on its agenda.
 */
import type { Tx } from "~/utils/db.server";

const dayMs = 24 * 60 * 60 * 1000;
const vnOffsetMs = 7 * 60 * 60 * 1000;

/** `days` from now at hh:00 Vietnamese time. */
function localAt(days: number, hour: number, now: number): Date {
  const local = new Date(now + vnOffsetMs + days * dayMs);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour) - vnOffsetMs);
}

export async function seedDialogue(tx: Tx, now = Date.now()) {
  const unit = await tx.unit.findUnique({ where: { code: "TOHIEU" } });
  const leader = await tx.user.findUnique({ where: { email: "lanhdao.tohieu@langnghe.local" } });
  const reception = await tx.user.findUnique({ where: { email: "tiepnhan.tohieu@langnghe.local" } });
  if (!unit || !leader || !reception) return;
  await tx.dialogueSession.create({
    data: {
      unitId: unit.id,
      kind: "RECEPTION_DAY",
      title: "Tiếp công dân định kỳ của Chủ tịch UBND phường",
      chairId: leader.id,
      createdById: reception.id,
      startsAt: localAt(7, 8, now),
      endsAt: localAt(7, 11, now),
      place: "Phòng tiếp công dân, trụ sở UBND phường Tô Hiệu",
      capacity: 12,
      isPublic: true,
    },
  });
  const dialogue = await tx.dialogueSession.create({
    data: {
      unitId: unit.id,
      kind: "THEMATIC",
      title: "Đối thoại về bồi thường, hỗ trợ khi thu hồi đất tổ 5",
      chairId: leader.id,
      createdById: reception.id,
      startsAt: localAt(10, 14, now),
      endsAt: localAt(10, 16, now),
      place: "Hội trường tổ dân phố 5, phường Tô Hiệu",
      capacity: 0,
      isPublic: true,
    },
  });
  const complaint = await tx.case.findFirst({ where: { unitId: unit.id, kind: "COMPLAINT" }, include: { citizen: true } });
  if (complaint) {
    await tx.sessionAgendaItem.create({ data: { sessionId: dialogue.id, caseId: complaint.id, title: `${complaint.code} — ${complaint.title}` } });
    if (complaint.citizen) {
      await tx.sessionParticipant.create({ data: { sessionId: dialogue.id, userId: complaint.citizen.id, name: complaint.citizen.fullName, role: "CITIZEN", response: "INVITED" } });
    }
  }
  await tx.sessionParticipant.create({ data: { sessionId: dialogue.id, name: "Cầm Văn Dũng", organisation: "Công chức địa chính phường", role: "OFFICIAL", response: "CONFIRMED" } });
}
