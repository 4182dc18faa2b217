import { createReadStream, createWriteStream } from "node:fs";
import { access, mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { FileMissingError, type FileStorage } from "./types";

/**
 * Files in a folder (STORAGE_DIR, outside public/): the default, and enough
 * for one server — or for several that mount one shared folder (NFS).
 */
export class LocalFolderStorage implements FileStorage {
  readonly driver = "local";
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    const full = path.resolve(this.root, key);
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error("storage key outside the folder");
    return full;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async has(key: string): Promise<boolean> {
    try {
      await access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }

  async put(key: string, body: Readable, _info?: { size: number; contentType: string }): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await pipeline(body, createWriteStream(temp, { flags: "wx" }));
      await rename(temp, target); // atomic: a reader never sees half a file
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    if (!(await this.has(key))) throw new FileMissingError(key);
    return createReadStream(file);
  }

  async *list(): AsyncIterable<string> {
    const walk = async function* (dir: string, prefix: string): AsyncIterable<string> {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
        else if (!entry.name.endsWith(".tmp")) yield `${prefix}${entry.name}`;
      }
    };
    yield* walk(path.resolve(this.root), "");
  }
}
