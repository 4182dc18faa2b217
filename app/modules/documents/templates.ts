/**
 * The official documents of a case, as DATA: each is the shape of a form
 * annexed to an implementing decree (its number, the decree, the article that
 * prescribes it, the dates it is in force, whether we could read it), its
 * legal basis, and its blocks of text with {placeholders} naming the case
 * facts that fill them (facts.ts builds those values; compose.ts fills them).
 *
 * The wording is Vietnamese only and lives here, not in the message
 * catalogues: these are statutory forms, issued in Vietnamese whatever the
 * reader's interface language (docs/decisions/008-law-documents-templates.md).
 *
 * Sources (read November 2026):
 * - Nghị định 155/2026/NĐ-CP (15/5/2026, in force 1/7/2026), full text with its
 *   annex: Điều 20 replaces forms 01–04 and 14 of Nghị định 124/2020/NĐ-CP and
 *   adds 14a (suspend / end) and 14b (resume); Điều 28b (added) prescribes 14a/14b.
 * - Nghị định 31/2019/NĐ-CP as codified (pháp điển, Đề mục Tố cáo): Điều 3 k.4
 *   extension decision = Mẫu số 01; Điều 9 k.2 notice of acceptance = Mẫu số 05;
 *   Điều 17 k.1 conclusion = Mẫu số 12. Nghị định 156/2026/NĐ-CP replaces only
 *   its Mẫu số 02 and 03 (withdrawal).
 * - Nghị định 124/2020/NĐ-CP's own annex (16 forms) was NOT read: its list is
 *   known from a secondary source (03 acceptance, 04 refusal, 14 dialogue
 *   minutes); the numbers of the first- and second-instance decisions (15, 16)
 *   are inferred from that list and the 2013 circular's order — unconfirmed.
 */

export const documentIds = [
  "complaint-accepted",
  "complaint-refused",
  "complaint-decision-first",
  "complaint-decision-second",
  "complaint-suspended",
  "complaint-ended",
  "complaint-resumed",
  "dialogue-minutes",
  "denunciation-accepted",
  "denunciation-extension",
  "denunciation-conclusion",
] as const;
export type DocumentId = (typeof documentIds)[number];

export function isDocumentId(value: unknown): value is DocumentId {
  return typeof value === "string" && (documentIds as readonly string[]).includes(value);
}

/** One version of the statutory form a document follows. Dates are local dates (YYYY-MM-DD), inclusive; null = open. */
export type FormVersion = {
  /** "Mẫu số 03" */
  form: string;
  /** The decree whose annex holds the form, and the amending decree that replaced it (if any). */
  annexOf: string;
  /** The article that prescribes the form. */
  prescribedBy: string;
  validFrom: string | null;
  validTo: string | null;
  /** false: we could not read the form's number or text in the decree itself (see `source`). */
  confirmed: boolean;
  source: string;
};

/**
 * What the document is issued on:
 * - an event of the case timeline (the latest of these types; a document per event),
 * - DIALOGUE: a held dialogue session with the case on its agenda.
 */
export type Trigger = { event: readonly string[] } | { dialogue: true };

/**
 * Who is named in the document:
 * - ADDRESSEE: the document goes to the citizen (complainant or denouncer) and names them;
 * - OTHERS: it also goes to others (the denounced, agencies): a denouncer is never named.
 */
export type Audience = "ADDRESSEE" | "OTHERS";

export type Block =
  | { p: string }
  | { fields: readonly (readonly [label: string, value: string])[] }
  | { section: string }
  | { article: string; text: string }
  /** The dialogue's other participants (officials, guests, related parties). */
  | { participants: true };

export type DocumentTemplate = {
  id: DocumentId;
  kinds: readonly string[];
  /** 1 or 2 for complaints' instance; absent = any. */
  instance?: 1 | 2;
  trigger: Trigger;
  audience: Audience;
  /** The document's type line (THÔNG BÁO, QUYẾT ĐỊNH, KẾT LUẬN, BIÊN BẢN) and what it is about. */
  heading: string;
  subheading: string;
  /** A decision names the authority that issues it between the title and the preamble. */
  authority?: boolean;
  /** false: the form carries no "Số:" line (the minutes). */
  numbered?: false;
  /** "Kính gửi" line. */
  to?: string;
  /** The "Căn cứ …" preamble of a decision, and the legal basis printed in the footer. */
  preamble?: readonly string[];
  legalBasis: readonly string[];
  blocks: readonly Block[];
  /** A decision's articles, printed after "QUYẾT ĐỊNH:". */
  articles?: readonly Block[];
  recipients: readonly string[];
  /** Signature boxes: the signer's title comes from the unit ({signerTitle}) unless given. */
  signatures: readonly { title: string; note: string; name: string }[];
  versions: readonly FormVersion[];
};

const nd124 = "Nghị định 124/2020/NĐ-CP";
const nd155 = "Nghị định 155/2026/NĐ-CP";
const nd31 = "Nghị định 31/2019/NĐ-CP";
const src155 = "Nghị định 155/2026/NĐ-CP, Điều 20 và Phụ lục (toàn văn đã đọc)";
const src124List = "Danh mục 16 mẫu của Nghị định 124/2020/NĐ-CP theo nguồn thứ cấp; chưa đọc được Phụ lục gốc";
const src31 = "Nghị định 31/2019/NĐ-CP theo Bộ pháp điển, Đề mục Tố cáo (điều khoản dẫn chiếu mẫu đã đọc)";

/** The 2020 form until 30/6/2026, the 2026 replacement from 1/7/2026 (Nghị định 155/2026, Điều 20 k.1). */
function replacedIn2026(form: string, prescribedBy: string): FormVersion[] {
  return [
    { form, annexOf: nd124, prescribedBy, validFrom: "2020-12-05", validTo: "2026-06-30", confirmed: false, source: src124List },
    { form, annexOf: `${nd124}, thay thế bởi ${nd155}`, prescribedBy, validFrom: "2026-07-01", validTo: null, confirmed: true, source: src155 },
  ];
}

const headSignature = { title: "{signerTitle}", note: "(Ký, ghi rõ họ tên, đóng dấu)", name: "{signerName}" };
const complaintPreamble = [
  "Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011, được sửa đổi, bổ sung bởi Luật số 136/2025/QH15;",
  "Căn cứ Nghị định số 124/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại, được sửa đổi, bổ sung bởi Nghị định số 155/2026/NĐ-CP;",
  "Căn cứ {competence};",
];
const denunciationPreamble = [
  "Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018, được sửa đổi, bổ sung bởi Luật số 136/2025/QH15;",
  "Căn cứ Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo, được sửa đổi, bổ sung bởi Nghị định số 156/2026/NĐ-CP;",
  "Căn cứ {competence};",
];

function decision(instance: 1 | 2): DocumentTemplate {
  const first = instance === 1;
  return {
    id: first ? "complaint-decision-first" : "complaint-decision-second",
    kinds: ["COMPLAINT"],
    instance,
    trigger: { event: ["RESOLVED"] },
    audience: "ADDRESSEE",
    heading: "QUYẾT ĐỊNH",
    subheading: `Về việc giải quyết khiếu nại của {citizen} (lần ${first ? "đầu" : "hai"})`,
    authority: true,
    preamble: [...complaintPreamble, "Xét đơn khiếu nại ngày {submittedAt} của {citizen} (mã hồ sơ {code});", "Xét kết quả xác minh nội dung khiếu nại và kết quả đối thoại,"],
    legalBasis: first ? ["Luật Khiếu nại 2011, Điều 31", "Luật Khiếu nại 2011, Điều 28 (thời hạn)"] : ["Luật Khiếu nại 2011, Điều 40", "Luật Khiếu nại 2011, Điều 37 (thời hạn)"],
    blocks: [
      { section: "I. Nội dung khiếu nại" },
      { fields: [["Người khiếu nại", "{citizen}"], ["Địa chỉ", "{citizenAddress}"], ["Khiếu nại về việc", "{decisionComplained}"]] },
      { p: "{description}" },
      ...(first ? [] : [{ p: "Quyết định giải quyết khiếu nại lần đầu: {firstInstance}." }]),
      { section: "II. Kết quả xác minh, đối thoại và kết luận" },
      { p: "{resolution}" },
    ],
    recipients: ["Như Điều 3;", "Lưu: VT, hồ sơ."],
    signatures: [headSignature],
    versions: [
      {
        form: first ? "Mẫu số 15" : "Mẫu số 16",
        annexOf: nd124,
        prescribedBy: first ? "Luật Khiếu nại 2011, Điều 31" : "Luật Khiếu nại 2011, Điều 40",
        validFrom: "2020-12-05",
        validTo: null,
        confirmed: false,
        source: `${src124List}; số mẫu suy ra từ thứ tự danh mục`,
      },
    ],
  };
}

// Articles of the decisions are blocks too, after "QUYẾT ĐỊNH:".
const firstDecisionArticles: Block[] = [
  { article: "Điều 1.", text: "Giải quyết khiếu nại của {citizen} đối với {decisionComplained} theo kết luận tại Quyết định này." },
  {
    article: "Điều 2.",
    text: "Trong thời hạn 30 ngày (vùng sâu, vùng xa đi lại khó khăn: 45 ngày), kể từ ngày nhận được Quyết định này, nếu không đồng ý với việc giải quyết khiếu nại, {citizen} có quyền khiếu nại đến {superior} hoặc khởi kiện vụ án hành chính tại Tòa án theo quy định của Luật Tố tụng hành chính.",
  },
  { article: "Điều 3.", text: "Quyết định này có hiệu lực kể từ ngày ký. {citizen} và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./." },
];
const secondDecisionArticles: Block[] = [
  { article: "Điều 1.", text: "Giải quyết khiếu nại của {citizen} đối với {decisionComplained} theo kết luận tại Quyết định này." },
  {
    article: "Điều 2.",
    text: "Trong thời hạn 30 ngày, kể từ ngày nhận được Quyết định này, nếu không đồng ý với việc giải quyết khiếu nại lần hai, {citizen} có quyền khởi kiện vụ án hành chính tại Tòa án theo quy định của Luật Tố tụng hành chính.",
  },
  { article: "Điều 3.", text: "Quyết định này có hiệu lực kể từ ngày ký. {citizen} và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./." },
];

function withArticles(t: DocumentTemplate, articles: Block[]): DocumentTemplate {
  return { ...t, articles };
}

/** Articles 2 and 3 of the forms 14a and 14b (Nghị định 155/2026/NĐ-CP). */
const suspensionClosing: Block[] = [
  { article: "Điều 2.", text: "Quyết định này có hiệu lực thi hành kể từ ngày ký." },
  { article: "Điều 3.", text: "{citizen}, người bị khiếu nại, người có quyền, nghĩa vụ liên quan và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./." },
];

function suspendOrEnd(ended: boolean): DocumentTemplate {
  const verb = ended ? "đình chỉ" : "tạm đình chỉ";
  return {
    id: ended ? "complaint-ended" : "complaint-suspended",
    kinds: ["COMPLAINT"],
    trigger: { event: [ended ? "ENDED" : "SUSPENDED"] },
    audience: "ADDRESSEE",
    heading: "QUYẾT ĐỊNH",
    subheading: `Về việc ${verb} giải quyết khiếu nại`,
    authority: true,
    preamble: [...complaintPreamble, "Căn cứ Điều 11a Luật Khiếu nại (bổ sung bởi Luật số 136/2025/QH15);", "Xét hồ sơ giải quyết khiếu nại của {citizen} (mã hồ sơ {code}),"],
    legalBasis: ["Luật Khiếu nại 2011, Điều 11a (bổ sung bởi Luật 136/2025/QH15)", "Nghị định 124/2020/NĐ-CP, Điều 28a, 28b (bổ sung bởi Nghị định 155/2026/NĐ-CP, Điều 12)"],
    blocks: [],
    recipients: ["Như Điều 3;", "Lưu: VT, hồ sơ."],
    signatures: [headSignature],
    versions: [{ form: "Mẫu số 14a", annexOf: `${nd155} (bổ sung vào Phụ lục ${nd124})`, prescribedBy: "Nghị định 124/2020/NĐ-CP, Điều 28b k.1", validFrom: "2026-07-01", validTo: null, confirmed: true, source: src155 }],
  };
}

export const documentTemplates: Record<DocumentId, DocumentTemplate> = {
  "complaint-accepted": {
    id: "complaint-accepted",
    kinds: ["COMPLAINT"],
    trigger: { event: ["ACCEPTED"] },
    audience: "ADDRESSEE",
    heading: "THÔNG BÁO",
    subheading: "Về việc thụ lý giải quyết khiếu nại",
    to: "{citizen}",
    legalBasis: ["Luật Khiếu nại 2011, Điều 27 (lần đầu), Điều 36 (lần hai)", "Nghị định 124/2020/NĐ-CP, Điều 16 (khoản 1 sửa đổi bởi Nghị định 155/2026/NĐ-CP, Điều 10)"],
    blocks: [
      { p: "{issuer} đã nhận được đơn khiếu nại của: {citizen}" },
      { fields: [["Địa chỉ", "{citizenAddress}"], ["Số căn cước/định danh cá nhân/giấy chứng nhận căn cước/hộ chiếu", "{citizenIdNumber}"], ["Khiếu nại về việc", "{decisionComplained}"]] },
      { p: "Sau khi xem xét nội dung đơn khiếu nại, căn cứ quy định của pháp luật về khiếu nại, {issuer} nhận thấy đơn khiếu nại đủ điều kiện thụ lý." },
      { p: "Đơn khiếu nại được thụ lý giải quyết {instanceWord} từ ngày {acceptedAt} (mã hồ sơ {code}); thời hạn giải quyết đến hết ngày {dueAt}." },
      { p: "Vậy thông báo để {citizen} được biết./." },
    ],
    recipients: ["Như trên;", "Lưu: VT, hồ sơ."],
    signatures: [headSignature],
    versions: replacedIn2026("Mẫu số 03", "Nghị định 124/2020/NĐ-CP, Điều 16"),
  },
  "complaint-refused": {
    id: "complaint-refused",
    kinds: ["COMPLAINT"],
    trigger: { event: ["DECLINED"] },
    audience: "ADDRESSEE",
    heading: "THÔNG BÁO",
    subheading: "Về việc không thụ lý giải quyết khiếu nại",
    to: "{citizen}",
    legalBasis: ["Luật Khiếu nại 2011, Điều 11", "Nghị định 124/2020/NĐ-CP, Điều 16 (khoản 1 sửa đổi bởi Nghị định 155/2026/NĐ-CP, Điều 10)"],
    blocks: [
      { p: "Sau khi xem xét nội dung đơn khiếu nại (mã hồ sơ {code}), căn cứ Điều 11 của Luật Khiếu nại, {issuer} nhận thấy, đơn khiếu nại của {citizen} không đủ điều kiện để thụ lý giải quyết vì: {declineReason}." },
      { p: "Vậy thông báo để {citizen} được biết./." },
    ],
    recipients: ["Như trên;", "Lưu: VT, hồ sơ."],
    signatures: [headSignature],
    versions: replacedIn2026("Mẫu số 04", "Nghị định 124/2020/NĐ-CP, Điều 16"),
  },
  "complaint-decision-first": withArticles(decision(1), firstDecisionArticles),
  "complaint-decision-second": withArticles(decision(2), secondDecisionArticles),
  "complaint-suspended": withArticles(suspendOrEnd(false), [
    { article: "Điều 1.", text: "Tạm đình chỉ việc giải quyết khiếu nại của {citizen} đối với {decisionComplained} (mã hồ sơ {code}), thụ lý ngày {acceptedAt}." },
    { p: "Lý do: {grounds}." },
    { p: "Khi căn cứ tạm đình chỉ không còn, người giải quyết khiếu nại ban hành quyết định tiếp tục giải quyết khiếu nại; thời hạn giải quyết được tính tiếp từ ngày ban hành quyết định đó." },
    ...suspensionClosing,
  ]),
  "complaint-ended": withArticles(suspendOrEnd(true), [
    { article: "Điều 1.", text: "Đình chỉ việc giải quyết khiếu nại của {citizen} đối với {decisionComplained} (mã hồ sơ {code}), thụ lý ngày {acceptedAt}." },
    { p: "Lý do: {grounds}." },
    ...suspensionClosing,
  ]),
  "complaint-resumed": {
    id: "complaint-resumed",
    kinds: ["COMPLAINT"],
    trigger: { event: ["RESUMED"] },
    audience: "ADDRESSEE",
    heading: "QUYẾT ĐỊNH",
    subheading: "Về việc tiếp tục giải quyết khiếu nại",
    authority: true,
    preamble: [...complaintPreamble, "Căn cứ Quyết định tạm đình chỉ giải quyết khiếu nại {suspensionNo} ngày {suspendedAt};", "Xét căn cứ tạm đình chỉ không còn,"],
    legalBasis: ["Luật Khiếu nại 2011, Điều 11a (bổ sung bởi Luật 136/2025/QH15)", "Nghị định 124/2020/NĐ-CP, Điều 28b k.2 (bổ sung bởi Nghị định 155/2026/NĐ-CP, Điều 12)"],
    blocks: [],
    articles: [
      { article: "Điều 1.", text: "Tiếp tục giải quyết khiếu nại của {citizen} đối với {decisionComplained} (mã hồ sơ {code}). Thời hạn giải quyết khiếu nại được tính tiếp từ ngày ban hành Quyết định này, đến hết ngày {dueAt}." },
      ...suspensionClosing,
    ],
    recipients: ["Như Điều 3;", "Lưu: VT, hồ sơ."],
    signatures: [headSignature],
    versions: [{ form: "Mẫu số 14b", annexOf: `${nd155} (bổ sung vào Phụ lục ${nd124})`, prescribedBy: "Nghị định 124/2020/NĐ-CP, Điều 28b k.2", validFrom: "2026-07-01", validTo: null, confirmed: true, source: src155 }],
  },
  "dialogue-minutes": {
    id: "dialogue-minutes",
    kinds: ["COMPLAINT"],
    trigger: { dialogue: true },
    audience: "ADDRESSEE",
    heading: "BIÊN BẢN ĐỐI THOẠI VỚI NGƯỜI KHIẾU NẠI",
    numbered: false,
    subheading: "Mã hồ sơ {code}: {title}",
    legalBasis: ["Luật Khiếu nại 2011, Điều 30 (lần đầu), Điều 39 (lần hai)", "Nghị định 124/2020/NĐ-CP, Điều 28 (sửa đổi bởi Nghị định 155/2026/NĐ-CP, Điều 11)"],
    blocks: [
      { p: "Vào hồi {sessionStartTime}, ngày {sessionStartDate}, tại {sessionPlace}." },
      { section: "I. THÀNH PHẦN THAM GIA ĐỐI THOẠI" },
      { p: "1. Người giải quyết khiếu nại, người được phân công chủ trì đối thoại: Ông (bà) {chair}, chức vụ {chairPosition}, {issuer}." },
      { p: "2. Người ghi biên bản: Ông (bà) {secretary}." },
      { p: "3. Người khiếu nại: Ông (bà) {citizen} — {complainantPresence}." },
      { p: "4. Người bị khiếu nại, người có quyền, nghĩa vụ liên quan, đại diện cơ quan, tổ chức, cá nhân có liên quan:" },
      { participants: true },
      { section: "II. NỘI DUNG ĐỐI THOẠI" },
      { p: "{discussion}" },
      { section: "III. KẾT QUẢ ĐỐI THOẠI" },
      { p: "{conclusion}" },
      { p: "Buổi đối thoại kết thúc hồi {sessionEndTime}, ngày {sessionEndDate}." },
      { p: "Biên bản đối thoại đã được đọc lại cho những người tham gia đối thoại nghe và ký xác nhận; biên bản được lập thành các bản, mỗi bên giữ một bản./." },
    ],
    recipients: [],
    signatures: [
      { title: "NGƯỜI KHIẾU NẠI", note: "(Ký, ghi rõ họ tên hoặc điểm chỉ)", name: "{citizen}" },
      { title: "NGƯỜI GIẢI QUYẾT KHIẾU NẠI (HOẶC NGƯỜI ĐƯỢC PHÂN CÔNG CHỦ TRÌ ĐỐI THOẠI)", note: "(Ký, ghi rõ họ tên, đóng dấu (nếu có))", name: "{chair}" },
      { title: "NGƯỜI BỊ KHIẾU NẠI", note: "(Ký, ghi rõ họ tên)", name: "" },
      { title: "NGƯỜI GHI BIÊN BẢN", note: "(Ký, ghi rõ họ tên)", name: "{secretary}" },
    ],
    versions: replacedIn2026("Mẫu số 14", "Nghị định 124/2020/NĐ-CP, Điều 28 k.4"),
  },
  "denunciation-accepted": {
    id: "denunciation-accepted",
    kinds: ["DENUNCIATION"],
    trigger: { event: ["ACCEPTED"] },
    audience: "ADDRESSEE",
    heading: "THÔNG BÁO",
    subheading: "Về việc thụ lý tố cáo",
    to: "{citizen}",
    legalBasis: ["Luật Tố cáo 2018, Điều 29", "Nghị định 31/2019/NĐ-CP, Điều 9 k.2"],
    blocks: [
      { p: "Ngày {submittedAt}, {issuer} nhận được đơn tố cáo của {citizen} (mã hồ sơ {code}), tố cáo: {denounced}." },
      { p: "Căn cứ Điều 29 Luật Tố cáo, ngày {acceptedAt}, {issuer} đã thụ lý tố cáo. Thời hạn giải quyết tố cáo đến hết ngày {dueAt}." },
      { p: "Người tố cáo có các quyền, nghĩa vụ quy định tại Điều 9 Luật Tố cáo; thông tin về người tố cáo được giữ bí mật theo quy định của pháp luật." },
      { p: "Vậy thông báo để {citizen} được biết./." },
    ],
    recipients: ["Như trên;", "Lưu: VT, hồ sơ."],
    signatures: [headSignature],
    versions: [{ form: "Mẫu số 05", annexOf: nd31, prescribedBy: "Nghị định 31/2019/NĐ-CP, Điều 9 k.2", validFrom: "2019-05-28", validTo: null, confirmed: true, source: src31 }],
  },
  "denunciation-extension": {
    id: "denunciation-extension",
    kinds: ["DENUNCIATION"],
    trigger: { event: ["EXTENDED"] },
    audience: "OTHERS",
    heading: "QUYẾT ĐỊNH",
    subheading: "Về việc gia hạn giải quyết tố cáo",
    authority: true,
    preamble: [...denunciationPreamble, "Căn cứ việc thụ lý tố cáo ngày {acceptedAt} (mã hồ sơ {code});", "Xét tính chất {complexity} của vụ việc,"],
    legalBasis: ["Luật Tố cáo 2018, Điều 30 k.1", "Nghị định 31/2019/NĐ-CP, Điều 3"],
    blocks: [],
    articles: [
      { article: "Điều 1.", text: "Gia hạn giải quyết tố cáo đối với nội dung tố cáo: {denounced} (mã hồ sơ {code}). Thời gian gia hạn: {extensionDays} ngày, từ ngày {previousDueAt} đến hết ngày {newDueAt}." },
      { p: "Lý do gia hạn: {note}." },
      { article: "Điều 2.", text: "Quyết định này có hiệu lực kể từ ngày ký." },
      { article: "Điều 3.", text: "Người bị tố cáo, cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./." },
    ],
    recipients: ["Như Điều 3;", "Người tố cáo;", "Lưu: VT, hồ sơ."],
    signatures: [headSignature],
    versions: [{ form: "Mẫu số 01", annexOf: nd31, prescribedBy: "Nghị định 31/2019/NĐ-CP, Điều 3 k.4", validFrom: "2019-05-28", validTo: null, confirmed: true, source: src31 }],
  },
  "denunciation-conclusion": {
    id: "denunciation-conclusion",
    kinds: ["DENUNCIATION"],
    trigger: { event: ["RESOLVED"] },
    audience: "OTHERS",
    heading: "KẾT LUẬN",
    subheading: "Nội dung tố cáo",
    legalBasis: ["Luật Tố cáo 2018, Điều 35", "Nghị định 31/2019/NĐ-CP, Điều 17 k.1"],
    blocks: [
      { p: "Ngày {acceptedAt}, {issuer} đã thụ lý tố cáo (mã hồ sơ {code}) đối với: {denounced}." },
      { p: "Nội dung tố cáo: {title}." },
      { p: "Căn cứ Điều 35 Luật Tố cáo, trên cơ sở báo cáo kết quả xác minh nội dung tố cáo và các thông tin, tài liệu, chứng cứ có liên quan, {issuer} kết luận như sau:" },
      { section: "1. Kết quả xác minh và kết luận về nội dung tố cáo" },
      { p: "{resolution}" },
      { section: "2. Các biện pháp xử lý theo thẩm quyền, kiến nghị" },
      { p: "{measures}" },
    ],
    recipients: ["Người bị tố cáo;", "Cơ quan, tổ chức quản lý người bị tố cáo;", "Người tố cáo (thông báo kết quả);", "Lưu: VT, hồ sơ."],
    signatures: [headSignature],
    versions: [{ form: "Mẫu số 12", annexOf: nd31, prescribedBy: "Nghị định 31/2019/NĐ-CP, Điều 17 k.1", validFrom: "2019-05-28", validTo: null, confirmed: true, source: src31 }],
  },
};

/**
 * The issuing office and the signer's title by the unit's level: a commune or
 * the province issues as its People's Committee (signed by the chair), an
 * agency as itself (signed by its head).
 */
export const issuerByLevel: Record<string, { prefix: string; signerTitle: string; competence: string }> = {
  PROVINCE: { prefix: "Ủy ban nhân dân ", signerTitle: "CHỦ TỊCH", competence: "Luật Tổ chức chính quyền địa phương" },
  COMMUNE: { prefix: "Ủy ban nhân dân ", signerTitle: "CHỦ TỊCH", competence: "Luật Tổ chức chính quyền địa phương" },
  DISTRICT: { prefix: "Ủy ban nhân dân ", signerTitle: "CHỦ TỊCH", competence: "Luật Tổ chức chính quyền địa phương" },
  AGENCY: { prefix: "", signerTitle: "THỦ TRƯỞNG CƠ QUAN", competence: "quyết định quy định chức năng, nhiệm vụ, quyền hạn của cơ quan" },
};

/** How a complex denunciation's extension reads (Nghị định 31/2019, Điều 3 k.2–3). */
export const complexityWords: Record<string, string> = {
  COMPLEX: "phức tạp",
  ESPECIALLY_COMPLEX: "đặc biệt phức tạp",
};
