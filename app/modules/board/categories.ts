/**
 * What a commune must make public, after the Law on Implementing Democracy at
 * Grassroots 2022 (Luật Thực hiện dân chủ ở cơ sở, Law 10/2022/QH15, Điều 11:
 * the contents the commune publishes; Điều 12: posting them at the commune
 * office for at least 30 consecutive days). Data in code, labelled through the
 * catalogue (noticeBoard.categories.<CODE>). How long each stays up and how soon
 * it must go up are NoticeRule rows (posting-rules.ts).
 */
export const noticeCategories = [
  "POLICY", // chủ trương, chính sách, pháp luật liên quan đến xã
  "SOCIO_ECONOMIC", // kế hoạch phát triển kinh tế – xã hội
  "BUDGET", // dự toán, quyết toán ngân sách; thu chi tài chính, các quỹ
  "INVESTMENT", // dự án, công trình đầu tư; huy động đóng góp của Nhân dân
  "PLANNING", // quy hoạch xây dựng, quy hoạch và kế hoạch sử dụng đất
  "LAND_RECOVERY", // thu hồi đất, bồi thường, hỗ trợ, tái định cư
  "WELFARE", // đối tượng hưởng chính sách an sinh xã hội: hộ nghèo, trợ cấp…
  "FEES", // phí, lệ phí, các khoản thu
  "PROCEDURES", // thủ tục hành chính và việc giải quyết (niêm yết thường xuyên)
  "DEMOCRACY_REGULATION", // quy chế thực hiện dân chủ; nhiệm vụ cán bộ; quy tắc ứng xử (niêm yết thường xuyên)
  "PUBLICITY_LIST", // danh sách nội dung đã công khai, cập nhật theo quý (đến khi thay thế)
  "INSPECTION", // kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo
  "CONSULTATION", // kết quả lấy ý kiến Nhân dân
  "OTHER",
] as const;
export type NoticeCategory = (typeof noticeCategories)[number];

export function isNoticeCategory(value: unknown): value is NoticeCategory {
  return typeof value === "string" && (noticeCategories as readonly string[]).includes(value);
}

/** The legal minimum posting period, in consecutive calendar days (Điều 12). */
export const legalMinDays = 30;
