import type { Widen } from "./widen";

/**
 * Public dashboard, unit ranking, officials' reports, exports and the open-data API (issue #7).
 * `sections` are top-level sections of the catalogue; `events` and `notify`
 * are merged into the shared timeline-event and notification sections.
 */
export const statsVi = {
  sections: {},
  events: {},
  notify: {},
} as const;

export const statsEn: Widen<typeof statsVi> = {
  sections: {},
  events: {},
  notify: {},
};
