import type { Widen } from "./widen";

/**
 * Dialogue sessions, reception days, the public calendar and the reception register (issue #5).
 * `sections` are top-level sections of the catalogue; `events` and `notify`
 * are merged into the shared timeline-event and notification sections.
 */
export const dialogueVi = {
  sections: {},
  events: {},
  notify: {},
} as const;

export const dialogueEn: Widen<typeof dialogueVi> = {
  sections: {},
  events: {},
  notify: {},
};
