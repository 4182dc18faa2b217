import { db, isUniqueViolation, write } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";
import { audit } from "../audit/audit.server";
import { getCommonPasswords } from "./common-passwords.server";
import { hashPassword, verifyPassword } from "./password-hash.server";
import { checkPassword, type PasswordProblem } from "./password-policy";
import { roleNeedsUnit } from "./roles";
import { parseIdentifier } from "./schemas";

const passwordProblemMessage: Record<PasswordProblem, string> = {
  "too-short": "errors.passwordTooShort",
  "too-long": "errors.passwordTooLong",
  common: "errors.passwordCommon",
  "is-contact": "errors.passwordIsContact",
};

/** A catalogue key for the password's problem, or null if it is acceptable. */
export function passwordError(password: string, contact: { email?: string | null; phone?: string | null } = {}): string | null {
  const problem = checkPassword(password, getCommonPasswords(), contact);
  return problem ? passwordProblemMessage[problem] : null;
}

export type FieldErrors = Record<string, string[]>;

/** For the audit log: each named field that changed, as [old, new]. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T, fields: (keyof T & string)[]): Record<string, [unknown, unknown]> {
  return Object.fromEntries(fields.filter((f) => before[f] !== after[f]).map((f) => [f, [before[f] ?? null, after[f] ?? null]]));
}

/** Which of email / phone is already registered (to someone other than `exceptUserId`). */
export async function contactTaken(
  contact: { email?: string | null; phone?: string | null },
  exceptUserId?: string,
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (contact.email) {
    const found = await db.user.findUnique({ where: { email: contact.email }, select: { id: true } });
    if (found && found.id !== exceptUserId) errors.email = ["errors.emailTaken"];
  }
  if (contact.phone) {
    const found = await db.user.findUnique({ where: { phone: contact.phone }, select: { id: true } });
    if (found && found.id !== exceptUserId) errors.phone = ["errors.phoneTaken"];
  }
  return errors;
}

export async function registerCitizen(input: {
  fullName: string;
  email?: string;
  phone?: string;
  password: string;
}): Promise<{ ok: true; userId: string } | { ok: false; errors: FieldErrors }> {
  const errors: FieldErrors = await contactTaken(input);
  const pw = passwordError(input.password, input);
  if (pw) errors.password = [pw];
  if (Object.keys(errors).length) return { ok: false, errors };

  const passwordHash = await hashPassword(input.password);
  try {
    const user = await write((tx) =>
      tx.user.create({
        data: {
          fullName: input.fullName,
          nameSearch: foldForSearch(input.fullName),
          email: input.email ?? null,
          phone: input.phone ?? null,
          passwordHash,
          role: "CITIZEN",
        },
      }),
    );
    return { ok: true, userId: user.id };
  } catch (error) {
    // Two registrations raced past the check above: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, errors: await contactTaken(input) };
    throw error;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * The user for these credentials, or null — the same answer (and about the
 * same time) for an unknown account, a wrong password and a disabled account.
 */
export async function verifyLogin(identifier: string, password: string) {
  const where = parseIdentifier(identifier);
  const user = where
    ? await db.user.findUnique({ where: "email" in where ? { email: where.email } : { phone: where.phone } })
    : null;
  if (!user) {
    dummyHash ??= hashPassword(`no-such-user-${Math.random()}`);
    await verifyPassword(password, await dummyHash);
    return null;
  }
  const ok = await verifyPassword(password, user.passwordHash);
  if (!ok || user.disabled) return null;
  return user;
}

/** The rate-limit key for an account, whatever form the identifier was typed in. */
export function accountKey(identifier: string): string {
  const parsed = parseIdentifier(identifier);
  const id = parsed ? ("email" in parsed ? parsed.email : parsed.phone) : identifier.trim().toLowerCase();
  return `login:account:${id}`;
}

export type StaffInput = {
  fullName: string;
  email?: string;
  phone?: string;
  role: string;
  unitId?: string;
  position?: string;
  password?: string;
  disabled?: boolean;
  identityVerified?: boolean;
};

async function checkStaffInput(input: StaffInput, exceptUserId?: string): Promise<FieldErrors> {
  const errors = await contactTaken(input, exceptUserId);
  if (!input.email && !input.phone) errors.email = ["errors.contactRequired"];
  if (roleNeedsUnit(input.role)) {
    if (!input.unitId) errors.unitId = ["errors.unitRequired"];
    else if (!(await db.unit.findUnique({ where: { id: input.unitId }, select: { id: true } })))
      errors.unitId = ["errors.invalidChoice"];
  }
  if (input.password) {
    const pw = passwordError(input.password, input);
    if (pw) errors.password = [pw];
  }
  return errors;
}

/** An admin creates a staff (or any) account with a role and unit; audited. */
export async function createUserByAdmin(actorId: string, input: StaffInput & { password: string }) {
  const errors = await checkStaffInput(input);
  if (Object.keys(errors).length) return { ok: false as const, errors };
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await write(async (tx) => {
      const created = await tx.user.create({
        data: {
          fullName: input.fullName,
          nameSearch: foldForSearch(input.fullName),
          email: input.email ?? null,
          phone: input.phone ?? null,
          role: input.role,
          unitId: input.unitId ?? null,
          position: input.position ?? null,
          identityVerified: input.identityVerified ?? false,
          passwordHash,
        },
      });
      await audit(tx, {
        actorId,
        action: "USER_CREATED",
        targetType: "User",
        targetId: created.id,
        data: { role: created.role, unitId: created.unitId },
      });
      return created;
    });
    return { ok: true as const, user };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false as const, errors: await contactTaken(input) };
    throw error;
  }
}

export async function updateUserByAdmin(actorId: string, userId: string, input: StaffInput) {
  const errors = await checkStaffInput(input, userId);
  if (actorId === userId && input.disabled) errors.disabled = ["errors.cannotDisableSelf"];
  if (Object.keys(errors).length) return { ok: false as const, errors };
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  try {
    const user = await write(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: userId } });
      const updated = await tx.user.update({
        where: { id: userId },
        data: {
          fullName: input.fullName,
          nameSearch: foldForSearch(input.fullName),
          email: input.email ?? null,
          phone: input.phone ?? null,
          role: input.role,
          unitId: input.unitId ?? null,
          position: input.position ?? null,
          disabled: input.disabled ?? false,
          identityVerified: input.identityVerified ?? false,
          ...(passwordHash ? { passwordHash } : {}),
        },
      });
      // A disabled account, a new role or a new password ends every open session.
      if (updated.disabled || before.role !== updated.role || passwordHash) {
        await tx.session.deleteMany({ where: { userId } });
      }
      await audit(tx, {
        actorId,
        action: "USER_UPDATED",
        targetType: "User",
        targetId: userId,
        data: {
          ...changedFields(before, updated, ["fullName", "email", "phone", "role", "unitId", "position", "identityVerified"]),
          disabled: before.disabled !== updated.disabled ? updated.disabled : undefined,
          passwordReset: passwordHash ? true : undefined,
        },
      });
      return updated;
    });
    return { ok: true as const, user };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false as const, errors: await contactTaken(input, userId) };
    throw error;
  }
}
