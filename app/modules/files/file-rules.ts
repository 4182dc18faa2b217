/**
 * What evidence a citizen may attach: PDF, JPEG, PNG and DOCX, recognised by
 * their content (magic bytes), never by their name; 10 MB each, 5 at most.
 */
export const maxFileBytes = 10 * 1024 * 1024; // 10 MiB
export const maxFilesPerSubmission = 5;

export const allowedMimeTypes = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
} as const;
export type AllowedMime = keyof typeof allowedMimeTypes;

export function isAllowedMime(mime: string | undefined): mime is AllowedMime {
  return !!mime && mime in allowedMimeTypes;
}

/**
 * A file name safe to show and to send back in Content-Disposition: no
 * directories ("../../etc/passwd" → "passwd"), no control characters, at most
 * 120 characters, never empty.
 */
export function safeFileName(raw: string, fallbackExt = "bin"): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(/^\.+/, "")
    .trim()
    .slice(-120);
  return cleaned || `file.${fallbackExt}`;
}
