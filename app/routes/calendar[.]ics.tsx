import type { LoaderFunctionArgs } from "@remix-run/node";
import { getT } from "~/i18n/i18n.server";
import { calendarFeed } from "~/modules/dialogue/calendar.server";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

/** The iCalendar feed of public sessions (all units, or `?unit=CODE`), for subscribing in any calendar app. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const t = await getT(request);
  const code = url.searchParams.get("unit")?.toUpperCase().slice(0, 12) || null;
  const unit = code ? await db.unit.findUnique({ where: { code }, select: { id: true, name: true } }) : null;
  if (code && !unit) throw new Response("Not found", { status: 404 });
  const body = await calendarFeed({
    unitId: unit?.id ?? null,
    unitName: unit?.name ?? null,
    baseUrl: getEnv().PUBLIC_URL,
    title: t("dialogue.calendar.heading"),
    kindLabel: (kind) => t(`dialogue.kinds.${kind}`),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="lang-nghe${code ? `-${code.toLowerCase()}` : ""}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
