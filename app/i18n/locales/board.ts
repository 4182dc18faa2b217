import type { Widen } from "./widen";

/**
 * The public notice board and published answers (issue #7).
 * `sections` are top-level sections of the catalogue; `events` and `notify`
 * are merged into the shared timeline-event and notification sections.
 */
export const boardVi = {
  sections: {},
  events: {},
  notify: {},
} as const;

export const boardEn: Widen<typeof boardVi> = {
  sections: {},
  events: {},
  notify: {},
};
