import { endOfLocalDay } from "../deadlines/calendar";
import { commitmentsPerItem } from "./constants";

export type MinutesForm = {
  version: number;
  summary: string;
  items: { id: string; discussion: string; conclusion: string; commitments: { responsible: string; what: string; dueAt: string }[] }[];
};

export type ParsedMinutes =
  | { ok: true; value: { version: number; summary?: string; items: { id: string; discussion?: string; conclusion?: string; commitments: { responsible: string; what: string; dueAt: Date }[] }[] } }
  | { ok: false; errors: Record<string, string[]>; values: MinutesForm };

const textMax = 5000;
const get = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim();

/**
 * The minutes form: for each agenda item `discussion-<id>`, `conclusion-<id>`
 * and up to three commitments `c-<id>-<n>-responsible|what|dueAt`. A
 * commitment row is all or nothing (who, what, by when); a due date is a local
 * date and means the end of that day in Vietnam.
 */
export function parseMinutesForm(formData: FormData, itemIds: string[]): ParsedMinutes {
  const errors: Record<string, string[]> = {};
  const values: MinutesForm = { version: Number(formData.get("version") ?? -1), summary: get(formData, "summary"), items: [] };
  if (values.summary.length > textMax) errors.summary = [`errors.tooLong?max=${textMax}`];
  for (const id of itemIds) {
    const item = { id, discussion: get(formData, `discussion-${id}`), conclusion: get(formData, `conclusion-${id}`), commitments: [] as MinutesForm["items"][number]["commitments"] };
    if (item.discussion.length > textMax) errors[`discussion-${id}`] = [`errors.tooLong?max=${textMax}`];
    if (item.conclusion.length > textMax) errors[`conclusion-${id}`] = [`errors.tooLong?max=${textMax}`];
    for (let n = 0; n < commitmentsPerItem; n++) {
      const key = `c-${id}-${n}`;
      const row = { responsible: get(formData, `${key}-responsible`), what: get(formData, `${key}-what`), dueAt: get(formData, `${key}-dueAt`) };
      item.commitments.push(row);
      if (!row.responsible && !row.what && !row.dueAt) continue;
      if (!row.responsible) errors[`${key}-responsible`] = ["errors.required"];
      else if (row.responsible.length > 200) errors[`${key}-responsible`] = ["errors.tooLong?max=200"];
      if (!row.what) errors[`${key}-what`] = ["errors.required"];
      else if (row.what.length > 1000) errors[`${key}-what`] = ["errors.tooLong?max=1000"];
      if (!row.dueAt) errors[`${key}-dueAt`] = ["errors.required"];
      else if (!/^\d{4}-\d{2}-\d{2}$/.test(row.dueAt) || !isDate(row.dueAt)) errors[`${key}-dueAt`] = ["errors.invalidDate"];
    }
    values.items.push(item);
  }
  if (!Number.isInteger(values.version) || values.version < 0) errors[""] = ["dialogue.errors.conflict"];
  if (Object.keys(errors).length) return { ok: false, errors, values };
  return {
    ok: true,
    value: {
      version: values.version,
      summary: values.summary || undefined,
      items: values.items.map((i) => ({
        id: i.id,
        discussion: i.discussion || undefined,
        conclusion: i.conclusion || undefined,
        commitments: i.commitments.filter((c) => c.responsible).map((c) => ({ responsible: c.responsible, what: c.what, dueAt: endOfLocalDay(c.dueAt) })),
      })),
    },
  };
}

function isDate(value: string) {
  try {
    endOfLocalDay(value);
    return true;
  } catch {
    return false;
  }
}
