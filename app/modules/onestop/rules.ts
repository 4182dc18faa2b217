/**
 * The one-stop mechanism's figures as data: each is a row of OnestopRule with
 * the article it comes from (seeded from `onestopRuleRows`, editable by an
 * administrator). The pure functions (time.ts, workflow.ts) receive them as an
 * `OnestopRules` value and never hold a legal figure of their own.
 */
export type OnestopRules = {
  /** An online dossier is checked by the desk within this many working hours. */
  deskCheckHours: number;
  /** A same-day procedure received at or after this local hour is returned the next working day. */
  sameDayCutoffHour: number;
  /** Requests to supplement allowed at intake, and again during processing. */
  supplementsPerStage: number;
  /** During processing, a supplement may be asked within this many working days of receipt. */
  processingSupplementWorkingDays: number;
  /** A dossier not supplemented this many days after the request is closed. */
  supplementCloseDays: number;
  /** The apology goes out at the latest this many days before the due date. */
  apologyLeadDays: number;
  /** How many times the return date may be set again. */
  reappointments: number;
  /** The system prompts the apology this many working days before the due date. */
  apologyPromptWorkingDays: number;
  /** Office hours, in minutes after local midnight: morning and afternoon windows. */
  workday: { amStart: number; amEnd: number; pmStart: number; pmEnd: number };
};

export type OnestopRuleRow = { key: string; value: number; legalBasis: string; source: string; confirmed: boolean; note?: string };

const decree = "Nghị định 118/2025/NĐ-CP";
const decreeSource = "Nghị định 118/2025/NĐ-CP ngày 09/6/2025 (hiệu lực 01/7/2025), văn bản đọc từ bản sao công khai của toàn văn";

/** The rows seeded into OnestopRule: value, article, source, and whether the figure was confirmed in the text. */
export const onestopRuleRows: OnestopRuleRow[] = [
  { key: "DESK_CHECK_HOURS", value: 8, legalBasis: `${decree}, Điều 17 khoản 2 điểm c`, source: decreeSource, confirmed: true },
  {
    key: "SAME_DAY_CUTOFF_HOUR",
    value: 15,
    legalBasis: `${decree}, Điều 18 khoản 2 (hồ sơ nhận sau 15 giờ chuyển vào đầu ngày làm việc tiếp theo); Luật Hộ tịch 2014, Điều 16 khoản 2`,
    source: decreeSource,
    confirmed: true,
  },
  { key: "SUPPLEMENTS_PER_STAGE", value: 1, legalBasis: `${decree}, Điều 11 khoản 2 điểm c; Điều 16 khoản 3`, source: decreeSource, confirmed: true },
  { key: "PROCESSING_SUPPLEMENT_WORKING_DAYS", value: 3, legalBasis: `${decree}, Điều 19 khoản 5`, source: decreeSource, confirmed: true },
  { key: "SUPPLEMENT_CLOSE_DAYS", value: 15, legalBasis: `${decree}, Điều 19 khoản 5`, source: decreeSource, confirmed: true },
  { key: "APOLOGY_LEAD_DAYS", value: 1, legalBasis: `${decree}, Điều 19 khoản 6`, source: decreeSource, confirmed: true },
  { key: "REAPPOINTMENTS", value: 1, legalBasis: `${decree}, Điều 19 khoản 6`, source: decreeSource, confirmed: true },
  {
    key: "APOLOGY_PROMPT_WORKING_DAYS",
    value: 2,
    legalBasis: "Cài đặt của hệ thống (không phải quy định): nhắc sớm để kịp gửi phiếu xin lỗi chậm nhất 01 ngày trước hạn",
    source: "Lắng Nghe",
    confirmed: true,
  },
  ...(
    [
      ["WORKDAY_AM_START", 8 * 60],
      ["WORKDAY_AM_END", 12 * 60],
      ["WORKDAY_PM_START", 13 * 60],
      ["WORKDAY_PM_END", 17 * 60],
    ] as const
  ).map(([key, value]) => ({
    key,
    value,
    legalBasis: "Quyết định 188/1999/QĐ-TTg (8 giờ mỗi ngày, 40 giờ mỗi tuần); giờ bắt đầu, kết thúc do UBND tỉnh quy định",
    source: "Giờ làm việc của Sơn La chưa đọc được từ văn bản: đặt 8:00–12:00, 13:00–17:00",
    confirmed: false,
    note: "phút tính từ 0 giờ",
  })),
];

const required = [
  "DESK_CHECK_HOURS",
  "SAME_DAY_CUTOFF_HOUR",
  "SUPPLEMENTS_PER_STAGE",
  "PROCESSING_SUPPLEMENT_WORKING_DAYS",
  "SUPPLEMENT_CLOSE_DAYS",
  "APOLOGY_LEAD_DAYS",
  "REAPPOINTMENTS",
  "APOLOGY_PROMPT_WORKING_DAYS",
  "WORKDAY_AM_START",
  "WORKDAY_AM_END",
  "WORKDAY_PM_START",
  "WORKDAY_PM_END",
] as const;

/**
 * Rules from rows. A missing or nonsensical row throws: a silently defaulted
 * legal figure would shift every return date.
 */
export function rulesFromRows(rows: readonly { key: string; value: number }[]): OnestopRules {
  const v = new Map(rows.map((r) => [r.key, r.value]));
  for (const key of required) {
    const value = v.get(key);
    if (value === undefined || !Number.isInteger(value) || value < 0) throw new RangeError(`One-stop rule ${key} is missing or invalid`);
  }
  const get = (key: (typeof required)[number]) => v.get(key)!;
  const workday = { amStart: get("WORKDAY_AM_START"), amEnd: get("WORKDAY_AM_END"), pmStart: get("WORKDAY_PM_START"), pmEnd: get("WORKDAY_PM_END") };
  if (!(workday.amStart < workday.amEnd && workday.amEnd <= workday.pmStart && workday.pmStart < workday.pmEnd && workday.pmEnd <= 24 * 60)) {
    throw new RangeError("One-stop office hours are not in order");
  }
  return {
    deskCheckHours: get("DESK_CHECK_HOURS"),
    sameDayCutoffHour: get("SAME_DAY_CUTOFF_HOUR"),
    supplementsPerStage: get("SUPPLEMENTS_PER_STAGE"),
    processingSupplementWorkingDays: get("PROCESSING_SUPPLEMENT_WORKING_DAYS"),
    supplementCloseDays: get("SUPPLEMENT_CLOSE_DAYS"),
    apologyLeadDays: get("APOLOGY_LEAD_DAYS"),
    reappointments: get("REAPPOINTMENTS"),
    apologyPromptWorkingDays: get("APOLOGY_PROMPT_WORKING_DAYS"),
    workday,
  };
}

/** The seeded defaults as rules (tests, and a fresh database before an administrator changes anything). */
export const defaultOnestopRules: OnestopRules = rulesFromRows(onestopRuleRows);
