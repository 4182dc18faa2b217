import Database from "better-sqlite3";
const db = new Database("/work/bench/1m-dash.db");
const units = db.prepare("SELECT id FROM Unit WHERE active = 1").all().map((u) => u.id);
const tohieu = db.prepare("SELECT id FROM Unit WHERE code = 'TOHIEU'").get().id;
const ph = units.map(() => "?").join(",");
const conds = {
  "status+kind (none)": `status = 'NEEDS_INFO' AND kind = 'FEEDBACK'`,
  "status+kind (all)": `status = 'NEEDS_INFO' AND kind = 'DENUNCIATION'`,
  "status+unassigned": `status = 'NEEDS_INFO' AND assigneeId IS NULL`,
  "status+assigned (none)": `status = 'NEEDS_INFO' AND assigneeId = 'nobody'`,
  "status only": `status = 'NEEDS_INFO'`,
  "kind only": `kind = 'FEEDBACK'`,
  "unassigned only": `assigneeId IS NULL`,
  "status+category": `status = 'NEEDS_INFO' AND categoryId = 'nope'`,
};
function run(label) {
  console.log("==", label);
  for (const [scope, ids] of [["province", units], ["ward", [tohieu]]]) for (const [name, cond] of Object.entries(conds)) {
    const sql = `SELECT id, code, title, kind, status, submittedAt FROM "Case" WHERE unitId IN (${ids.map(() => "?").join(",")}) AND ${cond} ORDER BY submittedAt DESC, id DESC LIMIT 26`;
    const st = db.prepare(sql);
    const plan = db.prepare("EXPLAIN QUERY PLAN " + sql).all(...ids).map((r) => r.detail.replace("SEARCH Case USING ", "").replace("INDEX ", "")).join(" | ");
    const times = [];
    for (let i = 0; i < 3; i++) { const t = process.hrtime.bigint(); st.all(...ids); times.push(Number(process.hrtime.bigint() - t) / 1e6); }
    console.log((scope + " " + name).padEnd(32), times.map((t) => t.toFixed(1)).join(" ").padEnd(16), "|", plan);
  }
}
run("with statistics");
db.exec("BEGIN"); db.exec("DELETE FROM sqlite_stat1"); db.exec("ANALYZE sqlite_schema");
run("without statistics");
db.exec("ROLLBACK"); db.exec("ANALYZE sqlite_schema");
