/** What a domain service returns: done, field errors (catalogue keys; "" is the form's), or a version conflict. */
export type FieldErrors = Record<string, string[]>;
export type Result<T = object> = ({ ok: true } & T) | { ok: false; errors: FieldErrors } | { ok: false; conflict: true };
