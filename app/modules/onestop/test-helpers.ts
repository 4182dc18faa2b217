/** Shared by the one-stop db tests: a paper as a tiny PNG, a local (UTC+7) instant, an action at the dossier's current version. */
import { db } from "~/utils/db.server";
import { applyDossierAction, type DossierActionInput } from "./dossiers.server";
import { dossierFileFromBytes } from "./files.server";

const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

/** The paper at `position` of a procedure's list, as the filing form sends it. */
export const pngFile = (position: number) => dossierFileFromBytes(`paper-${position}`, `p${position}.png`, "image/png", png);

/** "2026-03-02T09:00" in Vietnam. */
export const at = (local: string) => new Date(`${local}+07:00`);

/** Applies an action at the dossier's current version (read first), as the page's form would carry it. */
export async function actAtCurrentVersion(id: string, input: Omit<DossierActionInput, "version">, now: Date) {
  const { version } = await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return applyDossierAction(id, { ...input, version }, now);
}
