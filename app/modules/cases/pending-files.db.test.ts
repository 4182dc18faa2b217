import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { db, write } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import type { CheckedFile } from "../files/files.server";
import { spoolBytes } from "../files/spool.server";
import { expirePendingFiles, keepPendingFiles, pendingFileLifetimeMs } from "./evidence.server";

afterAll(() => db.$disconnect());

/** A distinct PDF of `size` bytes (content-addressed storage: each its own file). */
async function pdf(size = 1000): Promise<CheckedFile> {
  const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(size)]);
  return { fileName: "biên bản.pdf", mimeType: "application/pdf", ...(await spoolBytes(bytes)) };
}
const token = () => randomBytes(18).toString("base64url");
const stored = (key: string) => existsSync(path.resolve(getEnv().STORAGE_DIR, key));

describe("files kept for a form sent back for correction", () => {
  test("at most five per form token, however often the form comes back", async () => {
    const t = token();
    expect(await keepPendingFiles(t, await Promise.all([pdf(), pdf(), pdf()]), "203.0.113.1")).toEqual({ notKept: 0 });
    expect(await keepPendingFiles(t, await Promise.all([pdf(), pdf(), pdf()]), "203.0.113.1")).toEqual({ notKept: 1 });
    expect(await keepPendingFiles(t, [await pdf()], "203.0.113.1")).toEqual({ notKept: 1 });
    expect(await db.attachment.count({ where: { pendingToken: t } })).toBe(5);
  });

  test("a file sent again with the form that kept it (still selected in the browser) is kept once", async () => {
    const t = token();
    const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(1000)]);
    const photo: CheckedFile = { fileName: "ảnh.pdf", mimeType: "application/pdf", ...(await spoolBytes(bytes)) };
    expect(await keepPendingFiles(t, [photo], "203.0.113.2")).toEqual({ notKept: 0 });
    // The same bytes uploaded again (a new upload of the same content), beside a new file sent twice.
    const again: CheckedFile = { fileName: "ảnh.pdf", mimeType: "application/pdf", ...(await spoolBytes(bytes)) };
    const other = await pdf();
    expect(await keepPendingFiles(t, [again, other, { ...other }], "203.0.113.2")).toEqual({ notKept: 0 });
    expect(await db.attachment.count({ where: { pendingToken: t } })).toBe(2);
    expect((await db.attachment.findMany({ where: { pendingToken: t }, select: { sha256: true } })).map((a) => a.sha256).sort()).toEqual([photo.sha256, other.sha256].sort());
  });

  test("at most 100 MB a day from one address, across form tokens", async () => {
    const big = () => pdf(9 * 1024 * 1024);
    for (let i = 0; i < 11; i++) expect(await keepPendingFiles(token(), [await big()], "198.51.100.9")).toEqual({ notKept: 0 });
    expect(await keepPendingFiles(token(), [await big()], "198.51.100.9")).toEqual({ notKept: 1 });
    // Another address is not affected.
    expect(await keepPendingFiles(token(), [await big()], "198.51.100.10")).toEqual({ notKept: 0 });
  });

  test("never claimed: deleted after a day, with the stored file unless a claimed attachment shares it", async () => {
    const [lonely, shared, fresh] = await Promise.all([pdf(), pdf(), pdf()]);
    const [t1, t2, t3] = [token(), token(), token()];
    await keepPendingFiles(t1, [lonely], "192.0.2.1");
    await keepPendingFiles(t2, [shared], "192.0.2.1");
    await keepPendingFiles(t3, [fresh], "192.0.2.1");
    const rows = await db.attachment.findMany({ where: { pendingToken: { in: [t1, t2, t3] } } });
    const keyOf = (t: string) => rows.find((r) => r.pendingToken === t)!.storageKey;
    // The same content as `shared`, already on a notice (claimed): its stored file must stay.
    const unit = await write((tx) => tx.unitLevel.create({ data: { code: "L", nameVi: "c", nameEn: "c", rank: 1 } }));
    const u = await write((tx) => tx.unit.create({ data: { code: "X1", name: "x", nameSearch: "x", levelId: unit.id, path: "/x/" } }));
    const officer = await write((tx) => tx.user.create({ data: { fullName: "c", nameSearch: "c", passwordHash: "x", role: "RECEPTION", unitId: u.id } }));
    const notice = await write((tx) => tx.notice.create({ data: { unitId: u.id, postedById: officer.id, category: "PROCEDURES", title: "t", body: "b", postedAt: new Date(), minDays: 30, searchText: "t" } }));
    await write((tx) => tx.attachment.create({ data: { sha256: shared.sha256, storageKey: keyOf(t2), fileName: "x.pdf", mimeType: "application/pdf", size: 1, noticeId: notice.id } }));
    await write((tx) => tx.attachment.updateMany({ where: { pendingToken: { in: [t1, t2] } }, data: { createdAt: new Date(Date.now() - pendingFileLifetimeMs - 60_000) } }));

    expect(await expirePendingFiles()).toBe(2);
    expect(await db.attachment.count({ where: { pendingToken: { in: [t1, t2] } } })).toBe(0);
    expect(stored(keyOf(t1))).toBe(false);
    expect(stored(keyOf(t2))).toBe(true);
    expect(await db.attachment.count({ where: { pendingToken: t3 } })).toBe(1);
    expect(stored(keyOf(t3))).toBe(true);
  });
});
