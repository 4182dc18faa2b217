import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { demoAccounts } from "../../../prisma/seed-lib";
import { loader as answersPage } from "~/routes/answers+/_index";
import { loader as answerPage } from "~/routes/answers+/$code";
import { loader as answersApi } from "~/routes/api.v1.answers";
import { loader as answerApi } from "~/routes/api.v1.answers.$code";
import { loader as boardPage } from "~/routes/notices+/_index";
import { buildWorld, staffActor, version } from "~/test/world";
import { db } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";
import { fileCase } from "../cases/filing.server";
import { applyTransition } from "../cases/transitions.server";

/**
 * The public pages and the open-data API, called as Remix calls them. The
 * "nothing personal" rule is checked by searching every response for the
 * seeded citizens' names (with and without diacritics), emails and phones.
 */
let world: Awaited<ReturnType<typeof buildWorld>>;
let code = "";
beforeAll(async () => {
  world = await buildWorld();
  // Vì Văn Khánh files a petition that names himself and gives his contacts, and agrees to publication.
  const khanh = world.users.citizen2;
  const filed = await fileCase(
    {
      kind: "PETITION",
      title: "Đề nghị lắp đèn đường ngõ 12",
      description: "Tôi là Vì Văn Khánh, đề nghị phường lắp đèn đường ngõ 12. Gọi tôi 0912.000.002 hoặc congdan2@langnghe.local.",
      categoryId: world.category.id,
      unitId: (await world.unit("TOHIEU")).id,
      publishConsent: true,
      submissionToken: randomBytes(12).toString("base64url"),
    },
    { kind: "citizen", user: khanh },
    [],
  );
  if (!filed.ok) throw new Error(JSON.stringify(filed.errors));
  code = filed.code;
  const { reception, handler, leader } = world.users;
  for (const [action, actor, extra] of [
    ["accept", staffActor(reception), {}],
    ["assign", staffActor(reception), { assigneeId: handler.id }],
    ["proposeResolution", staffActor(handler), { note: "Phường sẽ lắp 4 bóng đèn trong tháng 12; đã báo ông Vì Văn Khánh (0912000002)." }],
    ["approveResolution", staffActor(leader), {}],
  ] as const) {
    const r = await applyTransition(filed.caseId, { action, actor, version: await version(filed.caseId), ...extra });
    if (!r.ok) throw new Error(r.error);
  }
});
afterAll(() => db.$disconnect());

// The API routes answer with a Response; the pages return their data (single fetch): both read as a body.
const call = async (loader: (args: never) => unknown, path: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) => {
  const answer = await loader({ request: new Request(`http://localhost${path}`, { headers }), params, context: {} } as never);
  return answer instanceof Response ? answer : Response.json(answer);
};

const personal = demoAccounts
  .filter((a) => a.role === "CITIZEN")
  .flatMap((a) => [a.fullName, foldForSearch(a.fullName), a.email, "phone" in a ? a.phone : "", "phone" in a ? `0${a.phone.slice(3)}` : ""])
  .filter(Boolean);

function expectNothingPersonal(body: string) {
  const lower = body.toLowerCase();
  for (const p of personal) expect(lower, `response contains ${p}`).not.toContain(p.toLowerCase());
  expect(body).not.toMatch(/0912[ .]?000[ .]?00\d/);
}

describe("nothing personal reaches a public page or the API", () => {
  test("answers list, answer pages, API list and API items, the notice board", async () => {
    const bodies: string[] = [];
    const list = await call(answersApi, "/api/v1/answers?limit=100");
    expect(list.status).toBe(200);
    const json = (await list.json()) as { data: { code: string; question: string; answer: string }[] };
    const codes = json.data.map((a) => a.code);
    expect(codes).toContain(code);
    // The seeded demo answers are there too (seed-board.ts publishes them).
    expect(codes.length).toBeGreaterThanOrEqual(3);
    const mine = json.data.find((a) => a.code === code)!;
    expect(mine.question).toBe("Tôi là ***, đề nghị phường lắp đèn đường ngõ 12. Gọi tôi *** hoặc ***.");
    expect(mine.answer).toBe("Phường sẽ lắp 4 bóng đèn trong tháng 12; đã báo ông *** (***).");
    bodies.push(JSON.stringify(json));
    for (const c of codes) {
      bodies.push(await (await call(answerApi, `/api/v1/answers/${c}`, { code: c })).text());
      bodies.push(await (await call(answerPage, `/answers/${c}`, { code: c })).text());
    }
    bodies.push(await (await call(answersPage, "/answers")).text());
    bodies.push(await (await call(answersPage, "/answers?q=den+duong")).text());
    bodies.push(await (await call(boardPage, "/notices?show=all")).text());
    for (const b of bodies) expectNothingPersonal(b);
  });
});

describe("the answers API", () => {
  test("a diacritic-free query finds the answer; filters by kind, unit and category", async () => {
    const found = (await (await call(answersApi, "/api/v1/answers?q=lap+den+duong+ngo+12")).json()) as { data: { code: string }[] };
    expect(found.data.map((a) => a.code)).toEqual([code]);
    const byKind = (await (await call(answersApi, "/api/v1/answers?kind=FEEDBACK&limit=100")).json()) as { data: { code: string; kind: string }[] };
    expect(byKind.data.every((a) => a.kind === "FEEDBACK")).toBe(true);
    expect(byKind.data.map((a) => a.code)).not.toContain(code);
    const byUnit = (await (await call(answersApi, "/api/v1/answers?unit=CHIENGAN")).json()) as { data: unknown[] };
    expect(byUnit.data).toEqual([]);
    const byCategory = (await (await call(answersApi, `/api/v1/answers?category=${world.category.code}&unit=TOHIEU&q=ngo+12`)).json()) as { data: { code: string }[] };
    expect(byCategory.data.map((a) => a.code)).toEqual([code]);
  });

  test("pages with a cursor and a next link", async () => {
    const first = (await (await call(answersApi, "/api/v1/answers?limit=1")).json()) as { data: { code: string }[]; next: string };
    expect(first.data).toHaveLength(1);
    expect(first.next).toMatch(/^http:\/\/localhost\/api\/v1\/answers\?limit=1&cursor=/);
    const second = (await (await call(answersApi, new URL(first.next).pathname + new URL(first.next).search)).json()) as { data: { code: string }[] };
    expect(second.data).toHaveLength(1);
    expect(second.data[0]!.code).not.toBe(first.data[0]!.code);
  });

  test.each([
    ["limit=abc", "limit"],
    ["limit=0", "limit"],
    ["limit=1000", "limit"],
    ["kind=COMPLAINT", "kind"],
    ["unit=nope!", "unit"],
    ["unit=NOSUCHUNIT", "unit"],
    ["category=NOSUCH", "category"],
    ["cursor=garbage", "cursor"],
    ["limit=5&limit=6", "limit"],
    ["colour=blue", "(query)"],
    [`q=${"x".repeat(101)}`, "q"],
  ])("a malformed query (%s) is a clear 400 JSON error", async (query, path) => {
    const res = await call(answersApi, `/api/v1/answers?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    const body = (await res.json()) as { error: { code: string; message: string; issues: { path: string }[] } };
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toBeTruthy();
    expect(body.error.issues.map((i) => i.path)).toContain(path);
  });

  test("cacheable: public max-age, an ETag, and 304 when the client has it", async () => {
    const res = await call(answersApi, "/api/v1/answers");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=300");
    const etag = res.headers.get("ETag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await call(answersApi, "/api/v1/answers", {}, { "If-None-Match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("ETag")).toBe(etag);
    const other = await call(answersApi, "/api/v1/answers", {}, { "If-None-Match": '"stale"' });
    expect(other.status).toBe(200);
  });

  test("one answer by code; an unpublished or unknown code is 404 JSON, a malformed one 400", async () => {
    const ok = await call(answerApi, `/api/v1/answers/${code}`, { code });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { data: { code: string } }).data.code).toBe(code);
    const unpublished = await db.case.findFirstOrThrow({ where: { publishedAt: null } });
    const nf = await call(answerApi, `/api/v1/answers/${unpublished.code}`, { code: unpublished.code });
    expect(nf.status).toBe(404);
    expect(await nf.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    expect((await call(answerApi, "/api/v1/answers/x", { code: "x" })).status).toBe(400);
  });

  test("the public pages refuse an unknown unit or a malformed filter with 400", async () => {
    for (const [loader, path] of [
      [boardPage, "/notices?unit=NOSUCHUNIT"],
      [boardPage, "/notices?category=NOPE"],
      [boardPage, "/notices?show=later"],
      [answersPage, "/answers?unit=NOSUCHUNIT"],
      [answersPage, "/answers?kind=DENUNCIATION"],
    ] as const) {
      const outcome = await Promise.resolve(call(loader as never, path)).then(
        (r) => r.status,
        (thrown: Response) => thrown.status,
      );
      expect(outcome, path).toBe(400);
    }
  });
});
