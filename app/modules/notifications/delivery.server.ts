import { sendQueuedEmails } from "./mailer.server";
import { sendQueuedSms } from "./sms.server";

/**
 * Messages go out as soon as the change they announce is committed — an SMS
 * with a reset code cannot wait for the next round of the jobs — and the
 * jobs deliver whatever this missed or could not send (retries). Both claim
 * each message first, so nothing goes twice. Only the app server turns this
 * on (entry.server.tsx): tests and scripts deliver when they choose.
 */
let enabled = false;
let running = false;
let again = false;

export function enableImmediateDelivery(on = true): void {
  enabled = on;
}

/** Delivers the due messages soon, in the background; a call during a round asks for another. */
export function deliverSoon(): void {
  if (!enabled) return;
  if (running) {
    again = true;
    return;
  }
  running = true;
  setImmediate(async () => {
    try {
      do {
        again = false;
        await sendQueuedSms();
        await sendQueuedEmails();
      } while (again);
    } catch (error) {
      console.error("immediate delivery:", error);
    } finally {
      running = false;
    }
  });
}
