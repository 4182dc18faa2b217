import { parse } from "csv-parse/sync";
import readXlsxFile from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildWorld } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { reportTable, toCsv, toXlsx, type ReportRow } from "./export.server";
import { figuresOf, sumTallies, tallyOfCase } from "./figures";
import { findRequest, listRequests, parseRequestsQuery, toGeoReport } from "./open311.server";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

async function aCase(code: string, kind: string, submittedAt: string, extra: Record<string, unknown> = {}) {
  const unit = await world.unit("MUONGSAI");
  return write((tx) =>
    tx.case.create({
      data: {
        code,
        kind,
        channel: "ONLINE",
        status: "SUBMITTED",
        unitId: unit.id,
        originUnitId: unit.id,
        categoryId: world.category.id,
        citizenId: world.users.citizen.id,
        contactName: "Nguyễn Thị Lan",
        contactPhone: "+84912000001",
        title: "Tranh chấp đất của bà Nguyễn Thị Lan",
        description: "Nội dung có tên người gửi",
        searchText: "x",
        submittedAt: new Date(submittedAt),
        receivedAt: new Date(submittedAt),
        ...extra,
      },
    }),
  );
}

describe("Open311 requests", () => {
  test("lists feedback and petitions only, newest first, paged by cursor, with nothing personal", async () => {
    await aCase("MUONGSAI-2026-900001", "FEEDBACK", "2019-10-01T03:00:00Z");
    await aCase("MUONGSAI-2026-900002", "PETITION", "2019-10-02T03:00:00Z", {
      status: "CLOSED",
      resolvedAt: new Date("2019-10-05T03:00:00Z"),
      publishedAt: new Date("2019-10-05T03:00:00Z"),
      publicQuestion: "Đề nghị của *** về đường vào bản",
    });
    await aCase("MUONGSAI-2026-900003", "COMPLAINT", "2019-10-03T03:00:00Z");
    await aCase("MUONGSAI-2026-900004", "DENUNCIATION", "2019-10-04T03:00:00Z");
    const q = parseRequestsQuery(new URLSearchParams("start_date=2019-09-30&end_date=2019-10-31&page_size=1"));
    expect(q.success).toBe(true);
    if (!q.success) return;
    const first = await listRequests(q.data);
    expect(first.rows.map((r) => r.code)).toEqual(["MUONGSAI-2026-900002"]);
    expect(first.next).not.toBeNull();
    const second = await listRequests({ ...q.data, after: first.next! });
    expect(second.rows.map((r) => r.code)).toEqual(["MUONGSAI-2026-900001"]);
    expect(second.next).toBeNull();
    expect(await findRequest("MUONGSAI-2026-900003")).toBeNull();
    const shown = JSON.stringify([...first.rows, ...second.rows].map((r) => toGeoReport(r, "vi", "x")));
    expect(shown).not.toContain("Nguyễn Thị Lan");
    expect(shown).not.toContain("912000001");
    const [published, unpublished] = JSON.parse(shown);
    // The description is the anonymised copy of a published answer, and nothing for the others.
    expect(published).toMatchObject({ service_request_id: "MUONGSAI-2026-900002", status: "closed", service_code: "LAND", description: "Đề nghị của *** về đường vào bản" });
    expect(unpublished).toMatchObject({ service_request_id: "MUONGSAI-2026-900001", status: "open", description: null });
    const open = parseRequestsQuery(new URLSearchParams("status=open&start_date=2019-09-30&end_date=2019-10-31"));
    expect(open.success && (await listRequests(open.data)).rows.map((r) => r.code)).toEqual(["MUONGSAI-2026-900001"]);
  });

  test.each(["status=pending", "start_date=tomorrow", "page_size=5000", "start_date=2026-10-05&end_date=2026-10-01", "after=xyz", "color=red"])(
    "refuses %s",
    (query) => {
      expect(parseRequestsQuery(new URLSearchParams(query)).success).toBe(false);
    },
  );
});

describe("report exports", () => {
  const row = (code: string, name: string, outcomes: ("resolved" | "open")[]): ReportRow => ({
    code,
    name,
    overdue: outcomes.filter((o) => o === "open").length,
    figures: figuresOf(
      sumTallies(
        outcomes.map((o) =>
          tallyOfCase({
            status: o === "resolved" ? "CLOSED" : "IN_PROGRESS",
            receivedAt: new Date("2026-03-01T03:00:00Z"),
            resolvedAt: o === "resolved" ? new Date("2026-03-04T03:00:00Z") : null,
            resolvedOnTime: o === "resolved",
            satisfaction: null,
          }),
        ),
      ),
    ),
  });
  const rows = [row("A", "Xã A", ["resolved", "open"]), row("B", "Xã B, bản \"Nà\"", ["resolved", "resolved", "resolved"])];
  const total = row("", "Tổng cộng", ["resolved", "open", "resolved", "resolved", "resolved"]);
  const table = reportTable(rows, total, (c) => c);

  test("CSV: a BOM for Excel, quoting, rates in percent", () => {
    const csv = toCsv(table);
    expect(csv.startsWith("\ufeff")).toBe(true);
    const parsed = parse(csv.slice(1)) as string[][];
    expect(parsed).toHaveLength(4);
    expect(parsed[2]?.slice(0, 4)).toEqual(["B", 'Xã B, bản "Nà"', "3", "3"]);
    expect(parsed[1]?.[7]).toBe("50");
    expect(parsed[3]?.slice(1, 5)).toEqual(["Tổng cộng", "5", "4", "1"]);
    expect(parsed[1]?.[9]).toBe("3");
  });

  test("XLSX parses back to the same numbers", async () => {
    const sheets = await readXlsxFile(await toXlsx(table, "MUONGSAI"));
    expect(sheets[0]?.sheet).toBe("MUONGSAI");
    expect(sheets[0]?.data.map((r) => r.slice(0, 5))).toEqual([
      ["code", "unit", "received", "resolved", "inProgress"],
      ["A", "Xã A", 2, 1, 1],
      ["B", 'Xã B, bản "Nà"', 3, 3, 0],
      [null, "Tổng cộng", 5, 4, 1],
    ]);
  });
});
