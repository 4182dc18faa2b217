import { z } from "zod";
import { endOfLocalDay } from "../deadlines/calendar";
import { commitmentsPerItem } from "./constants";

export type MinutesForm = {
  version: number;
  summary: string;
  items: { id: string; discussion: string; conclusion: string; commitments: { responsible: string; what: string; dueAt: string }[] }[];
};

export type ParsedMinutes =
  | { ok: true; value: { version: number; summary?: string; items: { id: string; discussion?: string; conclusion?: string; commitments: { responsible: string; what: string; dueAt: Date }[] }[] }; values: MinutesForm }
  | { ok: false; errors: Record<string, string[]>; values: MinutesForm };

const textMax = 5000;
const get = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim();

// The field rules, in zod; the form's field names are per agenda item, so each
// part is checked on its own and its first message lands on its field.
const longText = z.string().max(textMax, `errors.tooLong?max=${textMax}`);
const version = z.string().regex(/^\d{1,9}$/).transform(Number);
const commitmentSchema = z.object({
  responsible: z.string().min(1, "errors.required").max(200, "errors.tooLong?max=200"),
  what: z.string().min(1, "errors.required").max(1000, "errors.tooLong?max=1000"),
  dueAt: z
    .string()
    .min(1, "errors.required")
    .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isDate(v)), "errors.invalidDate"),
});

/** The first message of each field of a failed parse, under `prefix` + field name. */
function firstErrors(error: z.ZodError, prefix: string, errors: Record<string, string[]>) {
  for (const issue of error.issues) {
    const key = `${prefix}${issue.path.join(".")}`;
    errors[key] ??= [issue.message];
  }
}

/**
 * The minutes form: for each agenda item `discussion-<id>`, `conclusion-<id>`
 * and up to three commitments `c-<id>-<n>-responsible|what|dueAt`. A
 * commitment row is all or nothing (who, what, by when); a due date is a local
 * date and means the end of that day in Vietnam.
 */
export function parseMinutesForm(formData: FormData, itemIds: string[]): ParsedMinutes {
  const errors: Record<string, string[]> = {};
  const sentVersion = version.safeParse(String(formData.get("version") ?? ""));
  const values: MinutesForm = { version: sentVersion.success ? sentVersion.data : -1, summary: get(formData, "summary"), items: [] };
  const text = (name: string, value: string) => {
    const r = longText.safeParse(value);
    if (!r.success) firstErrors(r.error, name, errors);
  };
  text("summary", values.summary);
  for (const id of itemIds) {
    const item = { id, discussion: get(formData, `discussion-${id}`), conclusion: get(formData, `conclusion-${id}`), commitments: [] as MinutesForm["items"][number]["commitments"] };
    text(`discussion-${id}`, item.discussion);
    text(`conclusion-${id}`, item.conclusion);
    for (let n = 0; n < commitmentsPerItem; n++) {
      const key = `c-${id}-${n}`;
      const row = { responsible: get(formData, `${key}-responsible`), what: get(formData, `${key}-what`), dueAt: get(formData, `${key}-dueAt`) };
      item.commitments.push(row);
      // A commitment row is all or nothing: an empty row is no commitment.
      if (!row.responsible && !row.what && !row.dueAt) continue;
      const r = commitmentSchema.safeParse(row);
      if (!r.success) firstErrors(r.error, `${key}-`, errors);
    }
    values.items.push(item);
  }
  if (!sentVersion.success) errors[""] = ["dialogue.errors.conflict"];
  if (Object.keys(errors).length) return { ok: false, errors, values };
  return {
    ok: true,
    values,
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
