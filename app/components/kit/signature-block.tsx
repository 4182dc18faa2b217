import type { ReactNode } from "react";

/**
 * The signatures under a printed form or register: who prepared it (left)
 * and the head of the unit with the place and date (right), with room to sign.
 * Shown on screen too, so what prints is what the official sees.
 */
export function SignatureBlock({
  label,
  place,
  preparer,
  preparerHint,
  head,
  headHint,
}: {
  /** Names the block for screen readers. */
  label: string;
  place: ReactNode;
  preparer: ReactNode;
  preparerHint: ReactNode;
  head: ReactNode;
  headHint: ReactNode;
}) {
  return (
    <section className="signature-block" aria-label={label}>
      <div className="signature">
        <p className="signature-place">&nbsp;</p>
        <p className="signature-role">{preparer}</p>
        <p className="signature-hint">{preparerHint}</p>
      </div>
      <div className="signature">
        <p className="signature-place">{place}</p>
        <p className="signature-role">{head}</p>
        <p className="signature-hint">{headHint}</p>
      </div>
    </section>
  );
}
