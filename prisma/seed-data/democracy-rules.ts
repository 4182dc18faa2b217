/**
 * The grassroots democracy law's rules as rows (DemocracyRule), each with its
 * document, article, clause, source and whether the figure was confirmed.
 *
 * How they were read (November 2026): the statute's own text could not be
 * opened from this machine; the rows below rest on the secondary sources named
 * in `source`. `confirmed: true` means at least one source quotes or
 * translates the provision itself (the provision, not a commentary); `false`
 * means the figure is our best reading and must be checked against the text
 * (docs/democracy.md lists them). An administrator can correct a row; a matter
 * keeps the figures in force when it opened.
 *
 * Luật 97/2025/QH15 (in force 1/7/2025), which amended the Law on the
 * Vietnamese Fatherland Front, the Trade Union Law, the Youth Law and this law
 * together, did not renumber articles (a secondary source); which clauses it
 * changed here was not read — the district level disappears from the law with
 * the two-tier local government, which touches Điều 25 khoản 2.
 */
const LAW = "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 (sửa đổi, bổ sung bởi Luật số 97/2025/QH15)";
const ND59 = "Nghị định 59/2023/NĐ-CP";
const ND61 = "Nghị định 61/2023/NĐ-CP";
const LGO = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15";

/** 1 July 2023, local midnight: the law in force. */
const lawInForce = new Date("2023-06-30T17:00:00Z");
/** 1 July 2025: the two-tier local government and its Law 72/2025. */
const twoTier = new Date("2025-06-30T17:00:00Z");

const src = {
  art15: "Điều 15 quoted in full: https://ngoisao.vn/theo-dong-su-kien/kien-thuc/truong-thon-to-truong-to-dan-pho-duoc-bau-theo-theo-quy-trinh-the-nao-430498.htm",
  art21k1:
    "Secondary only: the answer key of a public quiz on the law (two items: contributions within a commune and within a village are adopted with at least two thirds of all household representatives); thuvienphapluat Q&A 'Quy định mới về tỷ lệ tán thành' citing Điều 21 khoản 1",
  art21k2: "Điều 21 khoản 2 in English: https://lawnet.vn/en/laws/quyet-dinh-cua-cong-dong-dan-cu-ve-bau-cho-thoi-lam-thanh-vien-ban-thanh-tra-nhan-dan-co-hieu-luc-k-833288-175759.html",
  nd61: "NĐ 61/2023 Điều 9 (quoted) and a quiz answer key: 'trên 50% tổng số đại diện hộ gia đình tán thành' — https://thuvienphapluat.vn/phap-luat/ty-le--dai-dien-cac-ho-gia-dinh-tham-du-cuoc-hop-cua-cong-dong-dan-cu-de-thong-qua-huong-uoc-quy-uo-177602.html",
  nd59quorum: "NĐ 59/2023 as reported by the Ministry of Home Affairs: https://news.laodong.vn/thoi-su/khong-bau-duoc-truong-thon-ubnd-cap-xa-se-quyet-dinh-to-chuc-bau-lai-1595604.ldo",
  nd59online: "NĐ 59/2023 on online voting in villages: https://xaydungchinhsach.chinhphu.vn/quy-dinh-bieu-quyet-truc-tuyen-tai-thon-to-dan-pho-119230818155526144.htm",
  art25: "Điều 25, the nine matters: https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/hanoi-vietnam-09-matters-available-for-public-comment-at-the-commune-level-142190.html",
  art12: "Điều 12 (posting at least 30 consecutive days), as applied by the notice board (app/modules/board/categories.ts) and the project's legal notes",
  nd59art14: "NĐ 59/2023 Điều 14: https://lawnet.vn/en/laws/people-s-inspection-committees-in-communes-wards-and-township-activities-and-membership-standards-166807.html",
  lgo43: "Luật 72/2025 Điều 43 as answered by the National Assembly's newspaper: https://www.vietnam.vn/en/hoi-dap-so-20-hoi-doi-thoai-giua-chinh-quyen-dia-phuong-cap-xa-voi-nhan-dan-duoc-thuc-hien-nhu-the-nao (daibieunhandan.vn)",
};

const onlineNote =
  "Online: NĐ 59/2023 provides online voting in villages for Điều 15 khoản 6 matters; that a verified resident may return the household's ballot (NĐ 59/2023 Điều 4) online for other matters is this app's reading, not confirmed — an administrator can switch it off.";

export type DemocracyRuleSeed = {
  code: string;
  kind: string;
  ratioNum?: number;
  ratioDen?: number;
  ratioStrict?: boolean;
  days?: number;
  dayType?: "WORKING" | "CALENDAR";
  secretBallot?: boolean;
  onlineBallot?: boolean;
  document: string;
  article: string;
  clause?: string;
  source: string;
  confirmed: boolean;
  note?: string;
  validFrom: Date;
};

export const democracyRules: DemocracyRuleSeed[] = [
  // ── what residents decide (Điều 15), adopted by a share of all the households (Điều 21) ──
  {
    code: "DECIDE_CONTRIBUTION",
    kind: "DECIDE",
    ratioNum: 2,
    ratioDen: 3,
    ratioStrict: false,
    onlineBallot: true,
    document: LAW,
    article: "Điều 15 khoản 1; Điều 21 khoản 1",
    source: `${src.art15}; threshold: ${src.art21k1}`,
    confirmed: false,
    note: `The matter (Điều 15 k.1) is confirmed; the threshold — at least two thirds of all households — is read from secondary sources only. ${onlineNote}`,
    validFrom: lawInForce,
  },
  {
    code: "DECIDE_FUNDS",
    kind: "DECIDE",
    ratioNum: 2,
    ratioDen: 3,
    ratioStrict: false,
    onlineBallot: true,
    document: LAW,
    article: "Điều 15 khoản 2; Điều 21 khoản 1",
    source: `${src.art15}; threshold: ${src.art21k1}`,
    confirmed: false,
    note: `The matter (Điều 15 k.2) is confirmed; the two-thirds threshold is read from secondary sources only. ${onlineNote}`,
    validFrom: lawInForce,
  },
  {
    code: "DECIDE_VILLAGE_RULES",
    kind: "DECIDE",
    ratioNum: 1,
    ratioDen: 2,
    ratioStrict: true,
    onlineBallot: true,
    document: LAW,
    article: "Điều 15 khoản 3; Điều 21",
    clause: `${ND61} Điều 9`,
    source: `${src.art15}; ${src.nd61}`,
    confirmed: true,
    note: `Village rules and covenants (hương ước, quy ước): more than half of all households; in force when the commune recognises them (Điều 21 k.2). ${onlineNote}`,
    validFrom: lawInForce,
  },
  {
    code: "DECIDE_VILLAGE_HEAD",
    kind: "DECIDE",
    ratioNum: 1,
    ratioDen: 2,
    ratioStrict: true,
    secretBallot: true,
    document: LAW,
    article: "Điều 15 khoản 4; Điều 21",
    clause: `${ND59} Điều 6–8`,
    source: `${src.art15}; ${src.nd59quorum}`,
    confirmed: false,
    note: "Electing or dismissing the village head: more than half of all households (not confirmed from the text). NĐ 59/2023 lets the meeting vote by raised hands or by secret ballot; this app always keeps the ballot secret. In force when the commune recognises it (Điều 21 k.2).",
    validFrom: lawInForce,
  },
  {
    code: "DECIDE_BOARD_MEMBERS",
    kind: "DECIDE",
    ratioNum: 1,
    ratioDen: 2,
    ratioStrict: true,
    secretBallot: true,
    document: LAW,
    article: "Điều 15 khoản 5; Điều 21",
    source: `${src.art15}; ${src.art21k2}`,
    confirmed: false,
    note: "Electing or dismissing members of the People's Inspection Board or a community investment-supervision board: more than half of all households (not confirmed); secret, as for the village head. In force when the commune's Fatherland Front recognises it (Điều 21 k.2).",
    validFrom: lawInForce,
  },
  {
    code: "DECIDE_OTHER",
    kind: "DECIDE",
    ratioNum: 1,
    ratioDen: 2,
    ratioStrict: true,
    onlineBallot: true,
    document: LAW,
    article: "Điều 15 khoản 6; Điều 21",
    clause: `${ND59} (biểu quyết trực tuyến)`,
    source: `${src.art15}; ${src.nd59online}`,
    confirmed: false,
    note: "Other self-governing matters of the community: more than half of all households (not confirmed); online voting is provided for these by NĐ 59/2023.",
    validFrom: lawInForce,
  },

  // ── a meeting of household representatives ──
  {
    code: "MEETING_QUORUM",
    kind: "QUORUM",
    ratioNum: 1,
    ratioDen: 2,
    ratioStrict: true,
    document: ND59,
    article: "Điều 3",
    source: src.nd59quorum,
    confirmed: true,
    note: "The meeting decides when more than half of the households are represented; otherwise the village distributes ballots to the households.",
    validFrom: lawInForce,
  },

  // ── publication and recognition ──
  {
    code: "RESULT_POSTING",
    kind: "POSTING",
    days: 30,
    dayType: "CALENDAR",
    document: LAW,
    article: "Điều 12",
    source: src.art12,
    confirmed: true,
    note: "A result, a consultation's answers and a conference's report stay on the notice board at least this many consecutive days.",
    validFrom: lawInForce,
  },
  {
    code: "POSTING_DEADLINE",
    kind: "POSTING",
    days: 5,
    dayType: "WORKING",
    document: LAW,
    article: "Điều 12",
    source: src.art12,
    confirmed: false,
    note: "Posted within this many working days of the decision. The project's legal notes read 5 working days; a quiz answer key reads 10 working days where no other law sets the time. Results here are posted when they are computed.",
    validFrom: lawInForce,
  },
  {
    code: "RECOGNITION",
    kind: "RECOGNITION",
    days: 5,
    dayType: "WORKING",
    document: LAW,
    article: "Điều 21",
    clause: "khoản 2",
    source: src.art21k2,
    confirmed: true,
    note: "The commune's People's Committee (village rules, village head) or Fatherland Front (board members) recognises the community's decision, or answers in writing why not, within this many working days of receiving it.",
    validFrom: lawInForce,
  },

  // ── what residents are consulted on before the commune decides (Điều 25) ──
  ...[
    ["CONSULT_SOCIO_ECONOMIC", "khoản 1", "Draft socio-economic development plans of the commune; economic restructuring, settlement and new economic zones."],
    ["CONSULT_LAND_USE", "khoản 2", "Draft land-use plans and their adjustments; management of the land funds the commune holds. (Amended with the two-tier local government: not read.)"],
    ["CONSULT_PROJECTS", "khoản 3", "Investment, construction, land, waste and environment of projects with a strong effect on the community; compensation, site clearance and resettlement."],
    ["CONSULT_BOUNDARIES", "khoản 4", "Establishing, merging, dividing, renaming administrative units, villages and residential groups."],
    ["CONSULT_ADMIN_DECISIONS", "khoản 5", "Draft administrative decisions of the commune that affect the community."],
    ["CONSULT_CONSTRUCTION_PLANNING", "khoản 6", "Construction and rural residential planning of the commune."],
    ["CONSULT_DEMOCRACY_REGULATION", "khoản 7", "Draft regulations on implementing democracy in the commune."],
  ].map(([code, clause, note]) => ({
    code: code!,
    kind: "CONSULT",
    document: LAW,
    article: "Điều 25",
    clause,
    source: src.art25,
    confirmed: true,
    note,
    validFrom: lawInForce,
  })),
  {
    code: "CONSULT_OTHER",
    kind: "CONSULT",
    document: LAW,
    article: "Điều 25",
    clause: "khoản 8–9",
    source: src.art25,
    confirmed: false,
    note: "The last items of the list (other matters the law or the commune puts to the residents) were not read in full.",
    validFrom: lawInForce,
  },

  // ── supervision boards ──
  {
    code: "ANSWER_INSPECTION",
    kind: "ANSWER",
    days: 15,
    dayType: "CALENDAR",
    document: LAW,
    article: "Điều 38–39",
    source: "The law requires the commune to consider and answer the People's Inspection Board's recommendations (Điều 38–39, lawnet.vn summaries); no number of days was found in the sources read.",
    confirmed: false,
    note: "UNCONFIRMED: 15 calendar days is a placeholder an administrator must confirm or correct; the engine counts whatever the row says.",
    validFrom: lawInForce,
  },
  {
    code: "ANSWER_INVESTMENT",
    kind: "ANSWER",
    days: 15,
    dayType: "CALENDAR",
    document: LAW,
    article: "Điều 40–45",
    clause: `${ND59} (Ban Giám sát đầu tư của cộng đồng)`,
    source: "The law and NĐ 59/2023 let the board ask the investor and the commune to answer; no number of days was found in the sources read.",
    confirmed: false,
    note: "UNCONFIRMED: 15 calendar days is a placeholder an administrator must confirm or correct.",
    validFrom: lawInForce,
  },
  {
    code: "PLAN_NOTICE",
    kind: "PLAN_NOTICE",
    days: 5,
    dayType: "WORKING",
    document: ND59,
    article: "Điều 14",
    source: src.nd59art14,
    confirmed: true,
    note: "The People's Inspection Board sends its supervision plan to the Fatherland Front, the commune's chair and those supervised at least five working days before the activity.",
    validFrom: lawInForce,
  },

  // ── the annual dialogue conference ──
  {
    code: "CONFERENCE_YEARLY",
    kind: "CONFERENCE",
    document: LGO,
    article: "Điều 43",
    source: src.lgo43,
    confirmed: true,
    note: "At least once a year, or when at least 10% of the commune's voters ask, the commune holds a dialogue conference with residents — in person, online or on a lawful social network — co-chaired with the People's Council and the Fatherland Front.",
    validFrom: twoTier,
  },
  {
    code: "CONFERENCE_NOTICE",
    kind: "CONFERENCE",
    days: 7,
    dayType: "CALENDAR",
    document: LGO,
    article: "Điều 43",
    source: src.lgo43,
    confirmed: true,
    note: "Time, place, content and how to take part announced at least seven days before.",
    validFrom: twoTier,
  },
  {
    code: "CONFERENCE_REPORT",
    kind: "CONFERENCE",
    days: 10,
    dayType: "CALENDAR",
    document: LGO,
    article: "Điều 43",
    source: src.lgo43,
    confirmed: true,
    note: "The results announced in the media, posted at the commune's office and sent to the village heads within ten days.",
    validFrom: twoTier,
  },
];
