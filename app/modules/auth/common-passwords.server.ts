import { dictionary } from "@zxcvbn-ts/language-common";

/** ~30,000 commonly used passwords, lower-cased; built once per process. */
let commonPasswords: ReadonlySet<string> | undefined;
export function getCommonPasswords(): ReadonlySet<string> {
  commonPasswords ??= new Set((dictionary.passwords as string[]).map((p) => p.toLowerCase()));
  return commonPasswords;
}
