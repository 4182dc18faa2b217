import { db } from "~/utils/db.server";

/** For load balancers: 200 when this server can read the database, 503 otherwise. */
export async function loader() {
  try {
    await db.unitLevel.count();
    return answer(200, { status: "ok", database: "ok" });
  } catch {
    return answer(503, { status: "error", database: "unreachable" });
  }
}

// A resource route answers with a Response (Remix's installGlobals Response has no static json()).
function answer(status: number, body: object) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } });
}
