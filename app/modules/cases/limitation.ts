/**
 * A complaint must be filed within 90 days of learning of the decision or act
 * (Luật Khiếu nại 2011, Điều 9). Past that, the complaint may still be filed
 * with the reason (illness, natural disaster, …) the law accepts, and the
 * form asks for it.
 */
export const complaintLimitationDays = 90;
const dayMs = 24 * 60 * 60 * 1000;

export function limitationPassed(learnedAt: Date, now: Date, days = complaintLimitationDays): boolean {
  // Whole local days elapsed since the date learned (both at local midnight, UTC+7).
  const local = (d: Date) => Math.floor((d.getTime() + 7 * 60 * 60 * 1000) / dayMs);
  return local(now) - local(learnedAt) > days;
}
