/**
 * Compliance rules as data (issue #11 items 4–5), each with its document,
 * article and clause, the dates it is in force and whether its figure was
 * read in the text (`confirmed`) — never silently assumed. Called from
 * seedReference. Sources: the codified law (Bộ pháp điển) for the 2013 and
 * 2022 laws; Luật 136/2025/QH15 and Luật 97/2025/QH15 amendments: not read.
 */
import type { Tx } from "~/utils/db.server";

const codified = "Bộ pháp điển (văn bản đã đọc)";
const notRead2025 = "Luật 136/2025/QH15 (thông qua 10/12/2025, hiệu lực 1/7/2026): Thường trực HĐND tiếp công dân — chưa đọc được điều khoản; số ngày là giả định, cần đối chiếu";
const lawReception = "Luật Tiếp công dân 42/2013/QH13";
const lawMediation = "Luật Hòa giải ở cơ sở 35/2013/QH13";
const lawDemocracy = "Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15";
const noticeSource = `${codified}; các sửa đổi của Luật 97/2025/QH15 đối với Điều 12, 13 chưa đọc`;

export async function seedComplianceRules(tx: Tx, levels: { province: string; district: string; commune: string; agency: string }) {
  const reception = [
    { levelId: levels.commune, host: "HEAD", period: "WEEK", minDays: 1, article: "15", clause: "2 d", legalBasis: "Luật Tiếp công dân 2013, Điều 15 k.2 điểm d (Chủ tịch UBND cấp xã)" },
    { levelId: levels.province, host: "HEAD", period: "MONTH", minDays: 1, article: "12", clause: "5", legalBasis: "Luật Tiếp công dân 2013, Điều 12 k.5 (Chủ tịch UBND cấp tỉnh)" },
    { levelId: levels.agency, host: "HEAD", period: "MONTH", minDays: 1, article: "18", clause: "2", legalBasis: "Luật Tiếp công dân 2013, Điều 18 k.2 (người đứng đầu cơ quan)" },
    // The district tier was dissolved on 1 July 2025 (Luật 72/2025/QH15); kept for history.
    { levelId: levels.district, host: "HEAD", period: "MONTH", minDays: 2, article: "13", clause: "5", legalBasis: "Luật Tiếp công dân 2013, Điều 13 k.5 (Chủ tịch UBND cấp huyện)", validTo: new Date("2025-06-30T16:59:59.999Z") },
  ];
  for (const r of reception) await tx.receptionRule.create({ data: { ...r, document: lawReception, source: codified, confirmed: true } });
  for (const levelId of [levels.province, levels.commune]) {
    await tx.receptionRule.create({
      data: {
        levelId,
        host: "PEOPLES_COUNCIL_STANDING",
        period: "MONTH",
        minDays: 1,
        document: "Luật 136/2025/QH15",
        article: "",
        legalBasis: "Luật 136/2025/QH15 sửa đổi Luật Tiếp công dân: Thường trực Hội đồng nhân dân tiếp công dân (chưa xác nhận)",
        source: notRead2025,
        confirmed: false,
        validFrom: new Date("2026-06-30T17:00:00Z"),
      },
    });
  }

  const legal = [
    { code: "MEDIATION_TEAM_MIN_MEMBERS", value: 3, article: "12", clause: "1" },
    { code: "MEDIATION_TEAM_MIN_WOMEN", value: 1, article: "12", clause: "1" },
    { code: "MEDIATION_TEAM_MIN_ETHNIC_MINORITY", value: 1, article: "12", clause: "1" },
    { code: "MEDIATION_START_DAYS", value: 3, dayType: "CALENDAR", article: "20", clause: "2" },
  ];
  for (const r of legal) await tx.legalRule.create({ data: { ...r, document: lawMediation, source: codified, confirmed: true } });

  // Điều 13 k.2: 30 consecutive days for Điều 11 k.1–3, 5–12; posted permanently and updated
  // when changed for k.4 (the democracy regulation…) and k.13 (administrative procedures); the
  // list of what was made public is updated each quarter (until replaced). Điều 12 k.3: posted
  // within 5 working days of the decision.
  const days = (category: string, item: string) => ({ category, posting: "DAYS", minDays: 30, article: `13 k.2 (Điều 11 k.${item}); 12 k.3` });
  const notices = [
    days("SOCIO_ECONOMIC", "1"),
    days("BUDGET", "2"),
    days("INVESTMENT", "3, 5"),
    days("PLANNING", "3"),
    days("LAND_RECOVERY", "3"),
    days("WELFARE", "7, 8"),
    days("INSPECTION", "10"),
    days("CONSULTATION", "11"),
    days("FEES", "12"),
    days("POLICY", "14"),
    days("OTHER", "14"),
    { category: "DEMOCRACY_REGULATION", posting: "PERMANENT", minDays: null, article: "13 k.2 đoạn 2 (Điều 11 k.4); 12 k.3" },
    { category: "PROCEDURES", posting: "PERMANENT", minDays: null, article: "13 k.2 đoạn 2 (Điều 11 k.13); 12 k.3" },
    { category: "PUBLICITY_LIST", posting: "UNTIL_REPLACED", minDays: null, article: "13 k.2 đoạn 2 (danh sách nội dung đã công khai, cập nhật theo quý)" },
  ];
  for (const r of notices) await tx.noticeRule.create({ data: { ...r, document: lawDemocracy, source: noticeSource, confirmed: true, publishWithinDays: 5, publishDayType: "WORKING" } });
}
