import { getUser } from "../auth/session.server";
import { isStaffRole } from "../auth/roles";
import { notFound } from "~/utils/http.server";
import { requireOwnDossier, requireStaffDossier } from "./access.server";

/** A printable paper of a dossier (slip, apology, a file): its applicant or the staff working on it; anyone else 404 / 403. */
export async function requirePrintableDossier(request: Request, id: string | undefined) {
  const user = await getUser(request);
  if (!user) notFound();
  return isStaffRole(user.role) ? requireStaffDossier(user, id) : requireOwnDossier(user, id);
}
