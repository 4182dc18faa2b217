import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { supportedLanguages } from "~/i18n/config";
import { catalogueVersion, namespaceGroup } from "~/i18n/i18n.server";

/**
 * A namespace of the catalogue for the browser's translator, with the rest of
 * its group (`app/i18n/catalogue-payload.ts`). Public: it is the text of the
 * pages. Cached for good when asked for by the current version (the address
 * changes with the catalogue), briefly otherwise.
 */
const params = z.object({ lang: z.enum(supportedLanguages), namespace: z.string().regex(/^[A-Za-z][\w-]{0,63}$/) });

export function loader({ params: raw, request }: LoaderFunctionArgs) {
  const parsed = params.safeParse(raw);
  const group = parsed.success ? namespaceGroup(parsed.data.lang, parsed.data.namespace) : null;
  if (!parsed.success || !group) {
    return new Response(JSON.stringify({ error: "not found" }), { status: 404, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const current = new URL(request.url).searchParams.get("v") === catalogueVersion(parsed.data.lang);
  return new Response(JSON.stringify(group), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=300",
    },
  });
}
