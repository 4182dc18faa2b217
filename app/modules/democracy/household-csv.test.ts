import { describe, expect, test } from "vitest";
import { maxRegisterRows, parseRegister } from "./household-csv";

describe("the commune's household register (CSV)", () => {
  test("one row per voter, grouped by household; the head votes when no voter is named", () => {
    const r = parseRegister(
      "\uFEFFMã hộ,Chủ hộ,Người biểu quyết,Liên hệ\n" +
        "TDP3-001,Lò Văn Pánh,Lò Văn Pánh,0912 345 678\n" +
        "TDP3-001,Lò Văn Pánh,Lò Thị Xuân,Xuan@Example.vn\n" +
        "TDP3-002,Cà Thị Hoa,,\n" +
        '"TDP3-003","Quàng Văn Chiến, con","Quàng Văn Chiến, con",+84 98-765-4321\n',
    );
    expect(r).toEqual({
      ok: true,
      problems: [],
      households: [
        {
          code: "TDP3-001",
          headName: "Lò Văn Pánh",
          voters: [
            { name: "Lò Văn Pánh", contact: { phone: "+84912345678" } },
            { name: "Lò Thị Xuân", contact: { email: "xuan@example.vn" } },
          ],
        },
        { code: "TDP3-002", headName: "Cà Thị Hoa", voters: [{ name: "Cà Thị Hoa", contact: null }] },
        { code: "TDP3-003", headName: "Quàng Văn Chiến, con", voters: [{ name: "Quàng Văn Chiến, con", contact: { phone: "+84987654321" } }] },
      ],
    });
  });

  test("English column names, in any order, and headers without diacritics", () => {
    const en = parseRegister("voter,household_code,head\nA,H1,A\n");
    expect(en.ok && en.households).toEqual([{ code: "H1", headName: "A", voters: [{ name: "A", contact: null }] }]);
    const folded = parseRegister("ma ho,chu ho\nH1,Lo Van A\n");
    expect(folded.ok && folded.households.length).toBe(1);
  });

  test("a bad row is reported by its line; the others are kept", () => {
    const r = parseRegister(
      "ma_ho,chu_ho,nguoi_bieu_quyet,lien_he\n" +
        ",Lò Văn A,,\n" + // line 2: no code
        "H2,,,\n" + // line 3: no head
        "H3,Cà Văn B,,not-a-contact\n" + // line 4
        "H4,Cà Văn C,,\n" +
        "H4,Cà Văn D,,\n" + // line 6: a different head for the same code
        "H 5 ; DROP,Lò Văn E,,\n" + // line 7: not a code
        "H4,Cà Văn C,Cà Văn C,0912000111\n", // the same person again: one voter, contact kept
    );
    expect(r.ok && r.problems).toEqual([
      { line: 2, problem: "missingCode" },
      { line: 3, problem: "missingHead" },
      { line: 4, problem: "badContact" },
      { line: 6, problem: "headMismatch" },
      { line: 7, problem: "badCode" },
    ]);
    expect(r.ok && r.households).toEqual([{ code: "H4", headName: "Cà Văn C", voters: [{ name: "Cà Văn C", contact: { phone: "+84912000111" } }] }]);
  });

  test.each([
    ["", "empty"],
    ["ma_ho,chu_ho\n", "empty"],
    ["ten,tuoi\nA,3\n", "noHeader"],
    ['ma_ho,chu_ho\n"H1,Lò\n', "unreadable"],
    [`ma_ho,chu_ho\n${Array.from({ length: maxRegisterRows + 1 }, (_, i) => `H${i},A`).join("\n")}\n`, "tooMany"],
  ])("%#: a file that is not a register → %s", (text, error) => {
    expect(parseRegister(text)).toEqual({ ok: false, error });
  });
});
