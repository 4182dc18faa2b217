/**
 * The reporting regime of inspection, citizen reception, complaints and
 * denunciations: which document sets the reporting periods, and where each
 * period starts and ends. A legal rule kept as data (with its source and
 * whether the text was confirmed), read by the pure period functions in
 * period.ts; a change of regime is a new row with its dates, not new code.
 */
export type ReportingRegime = {
  document: string;
  article: string;
  title: string;
  /** Where the rule was read. */
  source: string;
  /** Local dates (YYYY-MM-DD); effectiveTo null = still in force. */
  effectiveFrom: string;
  effectiveTo: string | null;
  /** False when the rule could not be confirmed in the text for these dates. */
  confirmed: boolean;
  /** A period runs from this day of the month before its first month… */
  startDay: number;
  /** …to this day of its closing month. */
  endDay: number;
  note: string;
};

export const reportingRegimes: readonly ReportingRegime[] = [
  {
    document: "Thông tư 01/2024/TT-TTCP",
    article: "Điều 6? (thời gian chốt số liệu báo cáo định kỳ) — article number not read",
    title: "Quy định chế độ báo cáo công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng, tiêu cực",
    source:
      "th389.vn 'Chế độ báo cáo công tác thanh tra, giải quyết khiếu nại, tố cáo' (Quý I: 15/12 năm trước – 14/3; Quý II–IV: 15 tháng cuối quý trước – 14 tháng cuối quý; 6 tháng: 15/12 – 14/6; 9 tháng: 15/12 – 14/9; năm: 15/12 – 14/12); baophapluat.vn, thanhtra.hanoi.gov.vn (periodic reports: quarterly, 6-, 9-month, annual)",
    effectiveFrom: "2024-03-06",
    effectiveTo: null,
    // The periods are confirmed for 01/2024 by secondary sources. Thông tư 06/2025/TT-TTCP
    // (29/9/2025, in force 30/9/2025) is reported to replace it; its period rule was not read.
    confirmed: false,
    startDay: 15,
    endDay: 14,
    note:
      "Periods confirmed for Thông tư 01/2024/TT-TTCP (secondary sources). Thông tư 06/2025/TT-TTCP (29/9/2025, in force 30/9/2025) is reported to replace it (seen only in code repositories implementing it); whether it keeps the 15th–14th periods is unconfirmed. The effective-from date of 01/2024 is not confirmed either.",
  },
];

/** The regime in force on a local date (the last one that started on or before it). */
export function regimeOn(day: string, regimes: readonly ReportingRegime[] = reportingRegimes): ReportingRegime {
  const inForce = regimes.filter((r) => r.effectiveFrom <= day && (r.effectiveTo === null || day <= r.effectiveTo));
  return inForce.at(-1) ?? regimes[0]!;
}
