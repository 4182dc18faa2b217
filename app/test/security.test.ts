import { parse as parseCsv } from "csv-parse/sync";
import readXlsxFile from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { refreshStats } from "~/modules/stats/refresh.server";
import { db, write } from "~/utils/db.server";
import { referenceChanged } from "~/utils/reference-cache.server";
import { multipart, send, tinyPdf, urlEncoded, type Pair, type Sent } from "./http/client";
import { decoded } from "./http/fuzz";
import { startServer, type RunningServer } from "./http/server";
import { buildHttpWorld, type HttpWorld } from "./http/world";

// Cookies as in production, here and in the server (Secure, with __Host-/__Secure- names);
// the tests send them by hand, so plain http still works.
vi.hoisted(() => {
  process.env.COOKIE_SECURE = "true";
});

/**
 * The attacks of issue #12, each tried against the production server as an
 * attacker would (docs/security.md lists what each control covers).
 */
let server: RunningServer;
let w: HttpWorld;

beforeAll(async () => {
  w = await buildHttpWorld();
  server = await startServer({ SESSION_SECRET: process.env.SESSION_SECRET!, COOKIE_SECURE: "true" });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await db.$disconnect();
});

const form = (pairs: Pair[]) => ({ body: urlEncoded(pairs), contentType: "application/x-www-form-urlencoded" });
const post = (path: string, pairs: Pair[], options: Parameters<typeof send>[2] = {}) => send(server.url, path, { ...form(pairs), ...options });
const login = (identifier: string, password: string, from: string, extra: Pair[] = []) =>
  post("/login", [["identifier", identifier], ["password", password], ...extra], { from });
const setCookies = (res: { headers: Headers }) => res.headers.getSetCookie();

describe("1. limits count first, then decide", () => {
  test("40 wrong passwords at once for one account from one address: at most 6 are checked, the rest wait", async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => login(w.users.citizen2.email!, "sai-mat-khau", "203.0.113.40")));
    const checked = results.filter((r) => r.status === 400).length;
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(checked).toBeLessThanOrEqual(6);
    expect(results.filter((r) => r.status === 429).length).toBe(40 - checked);
    expect(results.every((r) => r.status === 400 || r.status === 429)).toBe(true);
    // Each refusal says when to try again (the page's headers carry the action's).
    expect(results.filter((r) => r.status === 429).every((r) => Number(r.headers.get("retry-after")) > 0)).toBe(true);
  });

  test("registration and /track lookups from one address, all at once, stop at their limits", async () => {
    const registrations = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        post("/register", [["fullName", "Lò Văn Gửi Dồn"], ["email", `don-${i}@example.test`], ["password", "suoi-nam-la-trong-xanh"], ["confirmPassword", "suoi-nam-la-trong-xanh"]], { from: "203.0.113.41" }),
      ),
    );
    expect(registrations.filter((r) => r.status === 429)).toHaveLength(10); // the default is 20 an hour
    expect(registrations.filter((r) => r.status === 429).every((r) => Number(r.headers.get("retry-after")) > 0)).toBe(true);
    const lookups = await Promise.all(Array.from({ length: 40 }, () => send(server.url, `/track?code=${w.cases.submitted}`, { from: "203.0.113.42" })));
    const limited = lookups.filter((r) => r.text.includes("Bạn thao tác quá nhanh"));
    expect(limited).toHaveLength(10); // 30 per 10 minutes
    // A lookup typed in the address bar is refused like a form: 429, and when to try again.
    expect(limited.every((r) => r.status === 429 && Number(r.headers.get("retry-after")) > 0)).toBe(true);
    expect(lookups.filter((r) => r.status === 429)).toHaveLength(10);
    // The one-stop lookup shares the address's counter, and says the same.
    const dossier = await send(server.url, "/onestop/track?code=TOHIEU-261126-0001", { from: "203.0.113.42" });
    expect(dossier.status).toBe(429);
    expect(Number(dossier.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("2. slowing down without locking the owner out", () => {
  test("an attacker's wrong passwords do not slow the owner signing in from elsewhere", async () => {
    for (let i = 0; i < 8; i++) await login(w.users.citizen.email!, `doan-${i}`, "198.51.100.66");
    expect((await login(w.users.citizen.email!, "doan-9", "198.51.100.66")).status).toBe(429);
    const owner = await login(w.users.citizen.email!, "LangNghe@2026", "192.0.2.10");
    expect(owner.status).toBe(302);
  });

  test("one office address: colleagues sign in after others' many failures", async () => {
    // 25 failures by five people: past the 20 per address that used to lock every account of the office.
    for (let i = 0; i < 25; i++) await login(`quen-mat-khau-${i % 5}@example.test`, `sai-${i}`, "203.0.113.99");
    expect((await login(w.users.handler.email!, "LangNghe@2026", "203.0.113.99")).status).toBe(302);
  });

  test("guessed at from many addresses: the owner signs in with the code sent to their email", async () => {
    const email = w.users.mediator.email!;
    for (let i = 0; i < 21; i++) await login(email, `doan-${i}`, `10.9.0.${i}`);
    const asked = await login(email, "LangNghe@2026", "192.0.2.20");
    expect(asked.status).toBe(401);
    expect(asked.text).toContain("Chúng tôi đã gửi một mã gồm 6 chữ số");
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
    const code = /\b(\d{6})\b/.exec(mail.text)![1]!;
    // The right password alone, or with a wrong code, does not get in; with the code it does.
    expect((await login(email, "LangNghe@2026", "192.0.2.20", [["code", code === "000000" ? "111111" : "000000"]])).status).toBe(401);
    expect((await login(email, "LangNghe@2026", "192.0.2.20", [["code", code]])).status).toBe(302);
  });
});

describe("3. requests from another origin are refused, data requests included", () => {
  const sibling = () => server.url.replace(/:(\d+)$/, (_, p) => `:${Number(p) + 1}`);

  test("login CSRF through a data request (/login.data) from another site: 403, nothing written", async () => {
    const before = await db.session.count();
    for (const headers of [{ Origin: "http://evil.example" }, { Origin: "null" }, { Origin: sibling() }]) {
      const res = await post("/login.data", [["identifier", w.users.citizen2.email!], ["password", "LangNghe@2026"]], { headers });
      expect(res.status, headers.Origin).toBe(403);
      expect(res.headers.get("set-cookie")).toBeNull();
    }
    expect(await db.session.count()).toBe(before);
  });

  test("a signed-in handler's browser made to post a note from a sibling origin: 403, no note", async () => {
    const events = await db.caseEvent.count();
    const c = await db.case.findUniqueOrThrow({ where: { code: w.cases.inProgress } });
    const body = multipart([["intent", "note"], ["version", String(c.version)], ["note", "Ghi chú do trang khác gửi"]]);
    const attempts: Record<string, string>[] = [{ Origin: sibling() }, { Origin: "http://ward.evil.example" }, { "Sec-Fetch-Site": "same-site", Origin: "" }, { "Sec-Fetch-Site": "cross-site", Origin: "" }];
    for (const headers of attempts) {
      const res = await send(server.url, `/desk/cases/${w.cases.inProgress}.data`, { cookie: w.cookies.leader, ...body, headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await db.caseEvent.count()).toBe(events);
    // The same post from the site itself goes through.
    const own = await send(server.url, `/desk/cases/${w.cases.inProgress}`, { cookie: w.cookies.leader, ...body });
    expect(own.status).toBe(302);
    expect(await db.caseEvent.count()).toBe(events + 1);
  });

  test("Remix's old data protocol (?_data=) is refused with 400 before any loader or action, from this site too", async () => {
    const events = await db.caseEvent.count();
    const c = await db.case.findUniqueOrThrow({ where: { code: w.cases.inProgress } });
    const body = multipart([["intent", "note"], ["version", String(c.version)], ["note", "Ghi chú gửi theo giao thức cũ"]]);
    const note = await send(server.url, `/desk/cases/${w.cases.inProgress}?_data=routes%2Fdesk%2B%2Fcases.%24code`, { cookie: w.cookies.leader, ...body });
    expect(note.status).toBe(400);
    expect(await db.caseEvent.count()).toBe(events);
    // A loader is not run either (the page would have answered with the case), and the API keeps its error shape.
    const page = await send(server.url, `/desk/cases/${w.cases.inProgress}?_data=routes%2Fdesk%2B%2Fcases.%24code`, { cookie: w.cookies.leader });
    expect([page.status, page.text]).toEqual([400, "Bad Request"]);
    const api = await send(server.url, "/api/v1/units?_data=routes%2Fapi.v1.units");
    expect(api.status).toBe(400);
    expect(JSON.parse(api.text)).toMatchObject({ error: { code: "bad_request" } });
    // The same note through single fetch's address goes through.
    const own = await send(server.url, `/desk/cases/${w.cases.inProgress}.data`, { cookie: w.cookies.leader, ...body });
    expect(own.status).toBe(202); // single fetch's redirect, in the body
    expect(await db.caseEvent.count()).toBe(events + 1);
  });
});

describe("4. redirects stay on this site", () => {
  test.each(["/\t/evil.example/", "//evil.example/", "/\\evil.example/", "/cases\r\nSet-Cookie: a=b", "/hồ-sơ"])("after sign-in with redirectTo=%j", async (redirectTo) => {
    const res = await login(w.users.citizen2.email!, "LangNghe@2026", `192.0.2.${Math.floor(Math.random() * 200)}`, [["redirectTo", redirectTo]]);
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get("location")!, server.url);
    expect(location.origin).toBe(server.url);
  });

  test("the language switch too", async () => {
    for (const redirectTo of ["/\t/evil.example/", "/a\r\nb", "/đường"]) {
      const res = await post("/language", [["lng", "en"], ["redirectTo", redirectTo]]);
      expect(res.status).toBe(302);
      expect(new URL(res.headers.get("location")!, server.url).origin).toBe(server.url);
    }
  });
});

describe("5. CSV exports cannot carry formulas", () => {
  test("the reception register", async () => {
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
    await write((tx) =>
      tx.receptionRecord.create({
        data: { unitId: w.unitId, receivedAt: new Date(), receiverId: w.users.leader.id, visitorName: '=HYPERLINK("http://evil.example","Bấm")', visitorContact: "+84912345678", matter: "=cmd|' /C calc'!A0", handling: "@SUM(1+1)" },
      }),
    );
    // The month's CSV is now the register's own export (/desk/registers/reception.csv).
    const moved = await send(server.url, `/desk/reception.csv?month=${month}`, { cookie: w.cookies.leader });
    expect(moved.status).toBe(302);
    const res = await send(server.url, moved.headers.get("location")!, { cookie: w.cookies.leader });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const row = (parseCsv(res.text.replace(/^\uFEFF/, "")) as string[][]).find((r) => r.some((c) => c.includes("HYPERLINK")))!;
    // The register joins some fields in one cell; the cells that start with them are neutralised.
    expect(row.some((c) => c.startsWith('\'=HYPERLINK("http://evil.example","Bấm")'))).toBe(true);
    expect(row.some((c) => c.startsWith("'=cmd|' /C calc'!A0"))).toBe(true);
    expect(row.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  test("the leader's report, CSV and XLSX", async () => {
    // As the admin pages do: a unit's change tells every server's reference cache.
    await write(async (tx) => {
      await tx.unit.update({ where: { id: w.unitId }, data: { name: "=cmd|' /C calc'!A0" } });
      await referenceChanged(tx, "units");
    });
    await refreshStats(); // the report's rows come from the precomputed figures
    try {
      const csv = await send(server.url, "/desk/reports/export?format=csv", { cookie: w.cookies.leader });
      expect(csv.status).toBe(200);
      const cells = (parseCsv(csv.text.replace(/^\uFEFF/, "")) as string[][]).flat();
      expect(cells.some((c) => c.includes("cmd|"))).toBe(true);
      expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
      const xlsx = await fetch(`${server.url}/desk/reports/export?format=xlsx`, { headers: { Cookie: w.cookies.leader } });
      expect(xlsx.status).toBe(200);
      const [sheet] = (await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()))) as unknown as { data: unknown[][] }[];
      const named = sheet!.data.flat().find((c) => String(c).includes("cmd|"));
      expect(typeof named).toBe("string"); // a text cell, never a formula
    } finally {
      await write(async (tx) => {
        await tx.unit.update({ where: { id: w.unitId }, data: { name: "Phường Tô Hiệu" } });
        await referenceChanged(tx, "units");
      });
    }
  });
});

describe("6–8. uploads and bad bodies", () => {
  const filing = (token: string, extra: Pair[] = []): Pair[] => [
    ["kind", "FEEDBACK"],
    ["title", "Đèn đường tổ 7 bị hỏng"],
    ["description", "Ba cột đèn đường trên phố Tô Hiệu không sáng từ tuần trước, đi lại buổi tối rất nguy hiểm."],
    ["categoryId", w.categoryId],
    ["unitId", w.unitId],
    ["contactName", "Người Gửi Tệp"],
    ["submissionToken", token],
    ...extra,
  ];

  test("a file named 'Biên bản; họp tổ.pdf' is filed with its name", async () => {
    const token = `tok${Date.now()}semicolon`;
    const body = multipart(filing(token), [{ name: "files", fileName: "Biên bản; họp tổ.pdf", type: "application/pdf", bytes: tinyPdf }]);
    const res = await send(server.url, "/cases/new?kind=feedback", { ...body, from: "192.0.2.70" });
    expect(res.status).toBe(302);
    const c = await db.case.findUniqueOrThrow({ where: { submissionToken: token }, include: { attachments: true } });
    expect(c.attachments.map((a) => a.fileName)).toEqual(["Biên bản; họp tổ.pdf"]);
  });

  test("filings from one address are limited; over it the form comes back, nothing kept", async () => {
    const results = [];
    for (let i = 0; i < 31; i++) {
      const body = multipart(filing(`tok${Date.now()}x${i}limit`, [["title", "x"]]), [{ name: "files", fileName: "a.pdf", type: "application/pdf", bytes: tinyPdf }]);
      results.push(await send(server.url, "/cases/new?kind=feedback", { ...body, from: "192.0.2.71" }));
    }
    expect(results.slice(0, 30).every((r) => r.status === 400)).toBe(true); // title too short: sent back, file kept
    expect(results[30]!.status).toBe(429);
    expect(results[30]!.text).toContain("Bạn thao tác quá nhanh");
    expect(await db.attachment.count({ where: { pendingToken: { endsWith: "x30limit" } } })).toBe(0);
  });

  test("an impossible decision date is an error on the form, the rest kept", async () => {
    const body = multipart(filing(`tok${Date.now()}baddate`, [["kind", "COMPLAINT"], ["decisionText", "Quyết định số 5/QĐ-UBND"], ["learnedAt", "2026-13-45"]]));
    const res = await send(server.url, "/cases/new?kind=complaint", { ...body, from: "192.0.2.72" });
    expect(res.status).toBe(400);
    expect(res.text).toContain("Ngày không hợp lệ.");
    expect(res.text).toContain("Quyết định số 5/QĐ-UBND");
  });

  test("a body larger than any form is refused before it is read", async () => {
    const { request } = await import("node:http");
    const postHuge = (path: string) =>
      new Promise<Sent>((resolve, reject) => {
        const started = Date.now();
        const req = request(`${server.url}${path}`, { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=x", "Content-Length": String(200 * 1024 * 1024) } }, (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (text += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: new Headers(res.headers as Record<string, string>), text, ms: Date.now() - started }));
        });
        req.on("error", reject);
        req.write("--x\r\n"); // and nothing more: the answer must not wait for 200 MB
      });
    expect((await postHuge("/cases/new")).status).toBe(413);
    // Sent with JavaScript on (single fetch): the refusal is an error the page's boundary shows ("too large"), not an undecodable body.
    const data = await postHuge("/cases/new.data");
    expect(data.status).toBe(413);
    expect(data.headers.get("content-type")).toContain("text/x-script");
    expect(JSON.parse((await decoded(data)).text)).toEqual({ message: "form-too-large" });
  });
});

describe("9. private pages are not cached", () => {
  test("signed-in pages, data requests and refusals say private, no-store; the open data API is public", async () => {
    for (const path of [`/desk/cases/${w.cases.inProgress}`, "/desk/cases.data", "/desk/reception.csv", "/admin/users"]) {
      const res = await send(server.url, path, { cookie: path.startsWith("/admin") ? w.cookies.admin : w.cookies.leader });
      expect(res.headers.get("cache-control"), path).toBe("private, no-store");
    }
    expect((await send(server.url, "/api/v1/units")).headers.get("cache-control")).toMatch(/^public/);
  });
});

describe("10–11. cookies and registration", () => {
  test("every cookie is Secure and prefixed in production, and the receipt holds no secret", async () => {
    const token = `tok${Date.now()}receipt`;
    const filed = await send(server.url, "/cases/new?kind=feedback", { ...multipart(filing(token)), from: "192.0.2.80" });
    expect(filed.status).toBe(302);
    const receipt = setCookies(filed).find((c) => c.startsWith("__Secure-ln_receipt="))!;
    const page = await send(server.url, "/cases/receipt", { cookie: receipt.split(";")[0] });
    const secret = /([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})/.exec(page.text)?.[1];
    expect(secret).toBeTruthy();
    const value = decodeURIComponent(receipt.split(";")[0]!.split("=")[1]!);
    expect(Buffer.from(value.split(".")[0]!, "base64").toString("utf8")).not.toContain(secret!);
    const lang = await post("/language", [["lng", "en"], ["redirectTo", "/"]]);
    const signIn = await login(w.users.citizen2.email!, "LangNghe@2026", "192.0.2.81");
    const all = [...setCookies(filed), ...setCookies(page), ...setCookies(lang), ...setCookies(signIn)];
    // Prefixed, so the browser itself refuses them over http or from another host (ASVS 5.0 3.3.1, 3.3.3).
    for (const name of ["__Secure-ln_receipt", "__Host-ln_follow", "__Host-lng", "__Host-ln_session", "__Host-ln_toast"]) {
      const cookie = all.find((c) => c.startsWith(`${name}=`));
      expect(cookie, name).toBeTruthy();
      expect(cookie, name).toMatch(/;\s*Secure/i);
    }
  });

  function filing(token: string): Pair[] {
    return [
      ["kind", "FEEDBACK"],
      ["title", "Rác tồn đọng ở đầu ngõ"],
      ["description", "Rác tồn đọng ở đầu ngõ 5 đã ba ngày chưa được thu gom, gây mùi khó chịu cho cả xóm."],
      ["categoryId", w.categoryId],
      ["unitId", w.unitId],
      ["contactName", "Người Không Tài Khoản"],
      ["submissionToken", token],
    ];
  }

  test("registering with a registered email answers exactly like a new one", async () => {
    const attempt = (email: string) =>
      post("/register", [["fullName", "Người Dò Tìm"], ["email", email], ["password", "suoi-nam-la-trong-xanh"], ["confirmPassword", "suoi-nam-la-trong-xanh"]], { from: "192.0.2.90" });
    const [taken, fresh] = [await attempt(w.users.citizen.email!), await attempt("chua-co@example.test")];
    expect([taken.status, taken.headers.get("location")]).toEqual([fresh.status, fresh.headers.get("location")]);
    expect(taken.headers.get("location")).toBe("/register/verify");
    const pages = await Promise.all([taken, fresh].map((r) => send(server.url, "/register/verify", { cookie: setCookies(r)[0]!.split(";")[0] })));
    const same = (html: string, email: string) => html.replaceAll(email, "X").replace(/nonce="[^"]*"/g, "");
    expect(same(pages[0]!.text, w.users.citizen.email!)).toBe(same(pages[1]!.text, "chua-co@example.test"));
  });

  test("a password equal to one's own email or phone is refused", async () => {
    const res = await post("/register", [["fullName", "Lười Đặt Mật Khẩu"], ["phone", "0912999888"], ["password", "0912999888"], ["confirmPassword", "0912999888"]], { from: "192.0.2.91" });
    expect(res.status).toBe(400);
    expect(res.text).toContain("Mật khẩu không được trùng với email hoặc số điện thoại của bạn.");
  });
});
