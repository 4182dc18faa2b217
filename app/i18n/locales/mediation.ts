import type { Widen } from "./widen";

/**
 * Grassroots mediation: teams, mediations, sessions, outcomes, follow-ups, overview (issue #6).
 * `sections` are top-level sections of the catalogue; `events` and `notify`
 * are merged into the shared timeline-event and notification sections.
 */
export const mediationVi = {
  sections: {},
  events: {},
  notify: {},
} as const;

export const mediationEn: Widen<typeof mediationVi> = {
  sections: {},
  events: {},
  notify: {},
};
