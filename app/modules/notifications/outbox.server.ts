/**
 * What the email and SMS outboxes share: how a due message is claimed, sent
 * and settled. A message is written in the transaction of the change it
 * announces (so a rolled-back change tells nobody), then delivered by
 * whoever gets to it first — right after the commit (delivery.server.ts) or
 * the jobs' next round — each claiming it before sending.
 */

/** Waits before the 2nd, 3rd, 4th and 5th attempts; after the 5th failure the message is FAILED. */
export const retryDelaysMs = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000];

/** How long a claimed message is held by its sender; a sender that crashes lets it go after this. */
export const claimMs = 5 * 60_000;

export type OutboxMessage = { id: string; attempts: number; nextAttemptAt: Date; sensitive: boolean };

/** The state after a failed attempt: retried later, or given up. */
export function afterFailure(attempts: number, now: Date): { status: "PENDING" | "FAILED"; nextAttemptAt: Date } {
  const delay = retryDelaysMs[attempts - 1];
  return delay === undefined ? { status: "FAILED", nextAttemptAt: now } : { status: "PENDING", nextAttemptAt: new Date(now.getTime() + delay) };
}

export type OutboxStore<M extends OutboxMessage> = {
  /** Due messages: PENDING (or SENDING whose claim ran out) with nextAttemptAt ≤ now. */
  due(now: Date, batch: number): Promise<M[]>;
  /** Takes the message if nobody else did since it was read (its nextAttemptAt is unchanged): true if taken. */
  claim(message: M, until: Date): Promise<boolean>;
  sent(message: M, result: { providerId: string | null }, now: Date): Promise<void>;
  failed(message: M, attempts: number, error: string, now: Date): Promise<void>;
};

/**
 * Sends the due messages of one outbox; returns how many went out. The claim
 * (an update conditioned on the message's nextAttemptAt) makes each attempt
 * happen once however many senders run: two app servers, the jobs and an
 * immediate delivery.
 */
export async function deliverDue<M extends OutboxMessage>(
  store: OutboxStore<M>,
  send: (message: M) => Promise<{ providerId: string | null }>,
  { batch = 50, now = () => new Date() }: { batch?: number; now?: () => Date } = {},
): Promise<number> {
  const due = await store.due(now(), batch);
  let sent = 0;
  for (const message of due) {
    if (!(await store.claim(message, new Date(now().getTime() + claimMs)))) continue;
    try {
      const result = await send(message);
      await store.sent(message, result, now());
      sent++;
    } catch (error) {
      await store.failed(message, message.attempts + 1, String(error instanceof Error ? error.message : error).slice(0, 500), now());
    }
  }
  return sent;
}
