/**
 * Page titles come from the loader (translated on the server), so meta needs
 * no catalogue of its own: `export const meta = pageMeta`.
 */
export function pageMeta({ data }: { data?: unknown }) {
  const title = data && typeof data === "object" && "title" in data && typeof data.title === "string" ? data.title : null;
  return [{ title: title ? `${title} · Lắng Nghe` : "Lắng Nghe" }];
}
