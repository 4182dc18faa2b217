import { db } from "~/utils/db.server";

/** For load balancers: 200 when this server can read the database, 503 otherwise. */
export async function loader() {
  try {
    await db.unitLevel.count();
    return Response.json({ status: "ok", database: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "error", database: "unreachable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
