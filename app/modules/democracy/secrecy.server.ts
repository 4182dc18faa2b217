import { createHmac } from "node:crypto";
import { sessionSecret } from "~/utils/env.server";

/**
 * The key under which a household's ballot on a SECRET matter is kept until
 * the close, so the household can change its vote: an HMAC of the matter and
 * the household under the server's secret. The ballot row holds only this key
 * and the choice — no household, no time — and the key is erased when the box
 * is sealed at the close (matters.server.ts). Without the secret, the database
 * alone cannot tell whose ballot is whose; after the close, nobody can.
 */
export function ballotBoxKey(matterId: string, householdId: string): string {
  return createHmac("sha256", `democracy-ballot-box:${sessionSecret()}`).update(`${matterId}:${householdId}`).digest("base64url");
}
