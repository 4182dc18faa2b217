/**
 * The statutory limits and procedural grounds as data (DeadlineRule and
 * ProcedureGround rows), each with its legal basis and where it was read.
 * The seed inserts the rows that are missing (by id) at every start, so an
 * administrator's later rows and end dates are never overwritten; a change in
 * the law is a new row here (or at /admin/rules), never an edit of an old one.
 *
 * Sources read (November 2026):
 * - Luật Khiếu nại 02/2011/QH13, Luật Tố cáo 25/2018/QH14, Nghị định 31/2019/NĐ-CP,
 *   Thông tư 07/2013/TT-TTCP: the codified extracts ("pháp điển") in the public repo
 *   diepxuan/diepxuan.github.io, van-ban/khieu-nai-to-cao/{khieu-nai,to-cao}.md.
 * - Nghị định 155/2026/NĐ-CP (amending NĐ 124/2020, complaints), 156/2026/NĐ-CP
 *   (amending NĐ 31/2019, denunciations), 154/2026/NĐ-CP (citizen reception), all
 *   signed 15/5/2026, in force 1/7/2026: full-text transcriptions in the same repo
 *   (van-ban/tu-phap/…), which give vanban.chinhphu.vn as their origin; the Công báo
 *   copies were not compared.
 * - Luật 136/2025/QH15 (passed 10/12/2025, in force 1/7/2026): its article texts were
 *   NOT found; what it changed is known from the 2026 decrees that cite it and from
 *   press reports. Every figure that rests only on that is marked UNCONFIRMED.
 */
import { citation, type BasisStatus } from "~/modules/deadlines/legal-basis";

export const LAW_136_IN_FORCE = new Date("2026-06-30T17:00:00.000Z"); // 00:00 on 1 July 2026, Asia/Ho_Chi_Minh

const phapDienKN = "https://github.com/diepxuan/diepxuan.github.io/blob/main/van-ban/khieu-nai-to-cao/khieu-nai.md";
const phapDienTC = "https://github.com/diepxuan/diepxuan.github.io/blob/main/van-ban/khieu-nai-to-cao/to-cao.md";
const nd155 = "https://github.com/diepxuan/diepxuan.github.io/blob/main/van-ban/tu-phap/nghi-dinh-155-2026-nd-cp-sua-doi-luat-khieu-nai.md";
const law136Report = "https://kienthuc.net.vn/khong-duoc-uy-quyen-cap-pho-tiep-cong-dan-post1591204.html";


export type LegalBasisData = {
  legalBasis: string;
  basisDocument: string;
  basisArticle: string;
  basisClause?: string | null;
  sourceUrl?: string | null;
  sourceNote?: string | null;
  basisStatus: BasisStatus;
};

type RuleRow = LegalBasisData & {
  id: string;
  kind: string;
  instance: number;
  stage: string;
  days: number;
  dayType: "WORKING" | "CALENDAR";
  complexDays?: number | null;
  remoteDays?: number | null;
  remoteComplexDays?: number | null;
  maxExtensions?: number;
  complexMaxExtensions?: number | null;
  especiallyComplexMaxExtensions?: number | null;
  extensionDays?: number;
  pauseOnNeedsInfo?: boolean;
  pauseOnSuspension?: boolean;
  dialogue?: "NONE" | "WHEN_DIFFERS" | "ALWAYS";
  validFrom?: Date | null;
  validTo?: Date | null;
};


function basis(b: Omit<LegalBasisData, "legalBasis">): LegalBasisData {
  return { ...b, legalBasis: citation(b) };
}

const unitRegulation = basis({
  basisDocument: "Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của đơn vị",
  basisArticle: "",
  basisStatus: "UNCONFIRMED",
  sourceNote:
    "Không phải thời hạn của luật: giá trị mặc định của ứng dụng, đơn vị sửa theo quy chế của mình. / Not a statutory limit: the app's default, to be replaced by the unit's own regulation.",
});

export const deadlineRules: RuleRow[] = [
  // ── Complaints (Luật Khiếu nại 02/2011/QH13) ──
  {
    id: "rule-kn-file",
    kind: "COMPLAINT",
    instance: 1,
    stage: "FILE",
    days: 90,
    dayType: "CALENDAR",
    ...basis({
      basisDocument: "Luật Khiếu nại 02/2011/QH13",
      basisArticle: "9",
      basisStatus: "CONFIRMED",
      sourceUrl: phapDienKN,
      sourceNote:
        "90 ngày kể từ ngày nhận hoặc biết quyết định, hành vi; thời gian ốm đau, thiên tai, địch họa, đi công tác, học tập ở nơi xa hoặc trở ngại khách quan khác không tính vào thời hiệu. Hết hạn vào ngày nghỉ thì lùi sang ngày làm việc kế tiếp (Bộ luật Dân sự 2015, Điều 147–148).",
    }),
  },
  {
    id: "rule-kn-accept-2020",
    kind: "COMPLAINT",
    instance: 0,
    stage: "ACCEPT",
    days: 10,
    dayType: "WORKING",
    validTo: LAW_136_IN_FORCE,
    ...basis({
      basisDocument: "Nghị định 124/2020/NĐ-CP",
      basisArticle: "16",
      basisClause: "1",
      basisStatus: "CONFIRMED",
      sourceUrl: phapDienKN,
      sourceNote:
        "10 ngày làm việc, lần đầu và lần hai (Luật Khiếu nại Điều 27, 36 nói “10 ngày”; văn bản hướng dẫn tính theo ngày làm việc). Con số đọc trong Thông tư 07/2013/TT-TTCP Điều 5 khoản 1 (pháp điển) — cùng câu chữ với khoản 1 Điều 16 Nghị định 124/2020 mà Nghị định 155/2026 sửa; văn bản Nghị định 124/2020 không đọc trực tiếp.",
    }),
  },
  {
    id: "rule-kn-accept-2026",
    kind: "COMPLAINT",
    instance: 0,
    stage: "ACCEPT",
    days: 7,
    dayType: "WORKING",
    validFrom: LAW_136_IN_FORCE,
    ...basis({
      basisDocument: "Nghị định 124/2020/NĐ-CP, sửa đổi bởi Nghị định 155/2026/NĐ-CP",
      basisArticle: "16",
      basisClause: "1",
      basisStatus: "CONFIRMED",
      sourceUrl: nd155,
      sourceNote: "Nghị định 155/2026/NĐ-CP Điều 10: “Trong thời hạn 07 ngày làm việc… phải thụ lý giải quyết”; hiệu lực 01/7/2026. Đọc trong bản chép toàn văn (nguồn ghi vanban.chinhphu.vn), chưa đối chiếu Công báo.",
    }),
  },
  {
    id: "rule-kn1-resolve-2011",
    kind: "COMPLAINT",
    instance: 1,
    stage: "RESOLVE",
    days: 30,
    dayType: "CALENDAR",
    complexDays: 45,
    remoteDays: 45,
    remoteComplexDays: 60,
    dialogue: "WHEN_DIFFERS",
    validTo: LAW_136_IN_FORCE,
    ...basis({
      basisDocument: "Luật Khiếu nại 02/2011/QH13",
      basisArticle: "28",
      basisStatus: "CONFIRMED",
      sourceUrl: phapDienKN,
      sourceNote: "30 ngày (phức tạp 45); vùng sâu, vùng xa 45 (phức tạp 60), kể từ ngày thụ lý. Đối thoại khi yêu cầu của người khiếu nại và kết quả xác minh khác nhau (Điều 30).",
    }),
  },
  {
    id: "rule-kn1-resolve-2026",
    kind: "COMPLAINT",
    instance: 1,
    stage: "RESOLVE",
    days: 30,
    dayType: "CALENDAR",
    complexDays: 45,
    remoteDays: 45,
    remoteComplexDays: 60,
    dialogue: "WHEN_DIFFERS",
    validFrom: LAW_136_IN_FORCE,
    ...basis({
      basisDocument: "Luật Khiếu nại 02/2011/QH13, sửa đổi bởi Luật 136/2025/QH15",
      basisArticle: "28",
      basisStatus: "UNCONFIRMED",
      sourceUrl: law136Report,
      sourceNote:
        "Văn bản Luật 136/2025 chưa đọc được: các con số giữ như Điều 28 năm 2011. Đã xác nhận từ Nghị định 155/2026: tiêu chí vụ việc phức tạp (Điều 3a mới của NĐ 124/2020), tạm đình chỉ không tính vào thời hạn (Điều 28b), thông báo đối thoại trước ít nhất 05 ngày (Điều 28).",
    }),
  },
  {
    id: "rule-kn2-resolve-2011",
    kind: "COMPLAINT",
    instance: 2,
    stage: "RESOLVE",
    days: 45,
    dayType: "CALENDAR",
    complexDays: 60,
    remoteDays: 60,
    remoteComplexDays: 70,
    dialogue: "ALWAYS",
    validTo: LAW_136_IN_FORCE,
    ...basis({
      basisDocument: "Luật Khiếu nại 02/2011/QH13",
      basisArticle: "37",
      basisStatus: "CONFIRMED",
      sourceUrl: phapDienKN,
      sourceNote: "45 ngày (phức tạp 60); vùng sâu, vùng xa 60 (phức tạp 70). Lần hai luôn đối thoại (Điều 39).",
    }),
  },
  {
    id: "rule-kn2-resolve-2026",
    kind: "COMPLAINT",
    instance: 2,
    stage: "RESOLVE",
    days: 45,
    dayType: "CALENDAR",
    complexDays: 60,
    remoteDays: 60,
    remoteComplexDays: 70,
    dialogue: "ALWAYS",
    validFrom: LAW_136_IN_FORCE,
    ...basis({
      basisDocument: "Luật Khiếu nại 02/2011/QH13, sửa đổi bởi Luật 136/2025/QH15",
      basisArticle: "37",
      basisStatus: "UNCONFIRMED",
      sourceUrl: law136Report,
      sourceNote: "Văn bản Luật 136/2025 chưa đọc được: các con số giữ như Điều 37 năm 2011. Lần hai phải đối thoại: Nghị định 155/2026 Điều 11 (khoản 2 Điều 28 NĐ 124/2020) — đã đọc.",
    }),
  },
  {
    id: "rule-kn1-appeal",
    kind: "COMPLAINT",
    instance: 1,
    stage: "APPEAL",
    days: 30,
    dayType: "CALENDAR",
    remoteDays: 45,
    ...basis({
      basisDocument: "Luật Khiếu nại 02/2011/QH13",
      basisArticle: "33",
      basisClause: "1",
      basisStatus: "CONFIRMED",
      sourceUrl: phapDienKN,
      sourceNote: "Khiếu nại lần hai trong 30 ngày (vùng sâu, vùng xa 45) kể từ ngày nhận quyết định lần đầu, hoặc kể từ ngày hết thời hạn giải quyết mà khiếu nại không được giải quyết.",
    }),
  },
  {
    id: "rule-kn-forward",
    kind: "COMPLAINT",
    instance: 0,
    stage: "FORWARD",
    days: 5,
    dayType: "WORKING",
    ...basis({
      basisDocument: "Thông tư 05/2021/TT-TTCP (xử lý đơn)",
      basisArticle: "",
      basisStatus: "UNCONFIRMED",
      sourceNote:
        "Đơn khiếu nại không thuộc thẩm quyền: hướng dẫn hoặc chuyển đơn. Văn bản chưa đọc; 05 ngày làm việc lấy tương tự Luật Tố cáo Điều 24 khoản 2 theo yêu cầu của đơn vị. Quản trị viên sửa khi có căn cứ.",
    }),
  },
  // ── Denunciations (Luật Tố cáo 25/2018/QH14; Nghị định 31/2019/NĐ-CP) ──
  {
    id: "rule-tc-accept",
    kind: "DENUNCIATION",
    instance: 0,
    stage: "ACCEPT",
    days: 7,
    dayType: "WORKING",
    complexDays: 10,
    ...basis({
      basisDocument: "Luật Tố cáo 25/2018/QH14",
      basisArticle: "24",
      basisClause: "1",
      basisStatus: "CONFIRMED",
      sourceUrl: phapDienTC,
      sourceNote: "07 ngày làm việc; phải kiểm tra, xác minh tại nhiều địa điểm hoặc ủy quyền kiểm tra, xác minh thì không quá 10 ngày làm việc (mức “phức tạp” của dòng này).",
    }),
  },
  {
    id: "rule-tc-forward",
    kind: "DENUNCIATION",
    instance: 0,
    stage: "FORWARD",
    days: 5,
    dayType: "WORKING",
    ...basis({
      basisDocument: "Luật Tố cáo 25/2018/QH14",
      basisArticle: "24",
      basisClause: "2",
      basisStatus: "CONFIRMED",
      sourceUrl: phapDienTC,
      sourceNote: "Không thuộc thẩm quyền: chuyển trong 05 ngày làm việc kể từ ngày nhận đơn và thông báo cho người tố cáo.",
    }),
  },
  {
    id: "rule-tc-resolve",
    kind: "DENUNCIATION",
    instance: 0,
    stage: "RESOLVE",
    days: 30,
    dayType: "CALENDAR",
    maxExtensions: 0,
    complexMaxExtensions: 1,
    especiallyComplexMaxExtensions: 2,
    extensionDays: 30,
    ...basis({
      basisDocument: "Luật Tố cáo 25/2018/QH14",
      basisArticle: "30",
      basisClause: "1–4",
      basisStatus: "CONFIRMED",
      sourceUrl: phapDienTC,
      sourceNote:
        "30 ngày kể từ ngày thụ lý; phức tạp: gia hạn một lần, đặc biệt phức tạp: hai lần, mỗi lần không quá 30 ngày, bằng văn bản (khoản 4). Tiêu chí phức tạp: Nghị định 31/2019/NĐ-CP Điều 3. Thời gian tạm đình chỉ không tính vào thời hạn (Luật Tố cáo Điều 34).",
    }),
  },
  // ── Feedback and petitions: the unit's own regulation ──
  { id: "rule-feedback-accept", kind: "FEEDBACK", instance: 0, stage: "ACCEPT", days: 5, dayType: "WORKING", ...unitRegulation },
  { id: "rule-feedback-forward", kind: "FEEDBACK", instance: 0, stage: "FORWARD", days: 5, dayType: "WORKING", ...unitRegulation },
  { id: "rule-feedback-resolve", kind: "FEEDBACK", instance: 0, stage: "RESOLVE", days: 15, dayType: "WORKING", maxExtensions: 1, extensionDays: 15, pauseOnNeedsInfo: true, ...unitRegulation },
  { id: "rule-petition-accept", kind: "PETITION", instance: 0, stage: "ACCEPT", days: 5, dayType: "WORKING", ...unitRegulation },
  { id: "rule-petition-forward", kind: "PETITION", instance: 0, stage: "FORWARD", days: 5, dayType: "WORKING", ...unitRegulation },
  { id: "rule-petition-resolve", kind: "PETITION", instance: 0, stage: "RESOLVE", days: 15, dayType: "WORKING", maxExtensions: 1, extensionDays: 15, pauseOnNeedsInfo: true, ...unitRegulation },
];

type GroundRow = LegalBasisData & {
  id: string;
  code: string;
  kind: "COMPLAINT" | "DENUNCIATION";
  action: "SUSPEND" | "END" | "WITHDRAW";
  labelVi: string;
  labelEn: string;
  validFrom?: Date | null;
  validTo?: Date | null;
  sortOrder: number;
};

const art11a = (clause: string, status: BasisStatus, sourceNote: string, sourceUrl = nd155) =>
  basis({ basisDocument: "Luật Khiếu nại 02/2011/QH13, sửa đổi bởi Luật 136/2025/QH15", basisArticle: "11a", basisClause: clause, basisStatus: status, sourceUrl, sourceNote });
const art34 = (clause: string) => basis({ basisDocument: "Luật Tố cáo 25/2018/QH14", basisArticle: "34", basisClause: clause, basisStatus: "CONFIRMED", sourceUrl: phapDienTC });

export const procedureGrounds: GroundRow[] = [
  {
    id: "ground-kn-suspend-obstacle",
    code: "KN_OBSTACLE",
    kind: "COMPLAINT",
    action: "SUSPEND",
    labelVi: "Người khiếu nại gặp sự kiện bất khả kháng hoặc trở ngại khách quan (thiên tai, dịch bệnh; tai nạn, ốm đau, đi công tác, học tập ở nơi xa; hồ sơ bị cơ quan có thẩm quyền tạm giữ, niêm phong)",
    labelEn: "The complainant meets force majeure or an objective obstacle (disaster, epidemic; accident, illness, travel or study far away; the file held or sealed by an authority)",
    validFrom: LAW_136_IN_FORCE,
    sortOrder: 1,
    ...art11a("1 điểm a", "CONFIRMED", "Căn cứ và các trường hợp: Nghị định 155/2026 Điều 12 (Điều 28a mới của NĐ 124/2020), dẫn “điểm a khoản 1 Điều 11a Luật Khiếu nại”. Câu chữ của Điều 11a chưa đọc."),
  },
  {
    id: "ground-kn-suspend-await",
    code: "KN_AWAIT_OTHER",
    kind: "COMPLAINT",
    action: "SUSPEND",
    labelVi: "Cần chờ kết quả giải quyết vấn đề liên quan của cơ quan, tổ chức khác",
    labelEn: "The result of a related matter decided by another body is awaited",
    validFrom: LAW_136_IN_FORCE,
    sortOrder: 2,
    ...art11a("1", "UNCONFIRMED", "Chỉ theo báo chí tường thuật Luật 136/2025 được thông qua (10/12/2025): “làm rõ cơ sở tạm đình chỉ khi cần chờ kết quả giải quyết vấn đề liên quan”. Điểm, khoản chưa xác định.", law136Report),
  },
  {
    id: "ground-kn-end-withdrawn",
    code: "KN_WITHDRAWN",
    kind: "COMPLAINT",
    action: "END",
    labelVi: "Người khiếu nại rút toàn bộ khiếu nại",
    labelEn: "The complainant withdrew the whole complaint",
    sortOrder: 1,
    ...basis({
      basisDocument: "Luật Khiếu nại 02/2011/QH13",
      basisArticle: "10",
      basisStatus: "CONFIRMED",
      sourceUrl: phapDienKN,
      sourceNote: "Nhận đơn rút khiếu nại thì đình chỉ việc giải quyết và thông báo bằng văn bản. Nhiều người cùng khiếu nại mà tất cả rút: Nghị định 155/2026 Điều 5 (Điều 7a mới).",
    }),
  },
  {
    id: "ground-kn-end-died",
    code: "KN_DIED_DISSOLVED",
    kind: "COMPLAINT",
    action: "END",
    labelVi: "Cá nhân khiếu nại chết, hoặc cơ quan, tổ chức khiếu nại giải thể, phá sản, chấm dứt hoạt động",
    labelEn: "The complaining person died, or the complaining body was dissolved, went bankrupt or ceased to operate",
    validFrom: LAW_136_IN_FORCE,
    sortOrder: 2,
    ...art11a("2 điểm b", "UNCONFIRMED", "Nghị định 155/2026 Điều 12 (Điều 28b mới) dẫn “điểm b khoản 2 Điều 11a” và gửi quyết định đình chỉ tới UBND cấp xã nơi cá nhân thường trú cuối cùng trước khi chết hoặc nơi tổ chức có trụ sở trước khi giải thể, phá sản, kết thúc hoạt động. Điều kiện cụ thể (ví dụ không có người thừa kế) chưa đọc."),
  },
  {
    id: "ground-kn-withdraw",
    code: "KN_WITHDRAW_CONSEQUENCE",
    kind: "COMPLAINT",
    action: "WITHDRAW",
    labelVi: "Rút khiếu nại thì việc giải quyết bị đình chỉ; nội dung đã rút sẽ không được xem xét lại, trừ khi bạn rút vì bị đe dọa, ép buộc.",
    labelEn: "Withdrawing ends the resolution; what you withdraw will not be considered again, unless you withdrew under threat or coercion.",
    validFrom: LAW_136_IN_FORCE,
    sortOrder: 1,
    ...basis({
      basisDocument: "Luật Khiếu nại 02/2011/QH13, sửa đổi bởi Luật 136/2025/QH15",
      basisArticle: "10",
      basisStatus: "UNCONFIRMED",
      sourceUrl: law136Report,
      sourceNote: "Đình chỉ khi rút: Điều 10 (đã đọc). “Không xem xét lại nội dung đã rút, trừ trường hợp bị đe dọa, ép buộc”: theo báo chí tường thuật Luật 136/2025; câu chữ chưa đọc.",
    }),
  },
  {
    id: "ground-kn-withdraw-2011",
    code: "KN_WITHDRAW_CONSEQUENCE",
    kind: "COMPLAINT",
    action: "WITHDRAW",
    labelVi: "Rút khiếu nại thì người giải quyết đình chỉ việc giải quyết và thông báo cho bạn bằng văn bản.",
    labelEn: "Withdrawing ends the resolution; you will be told so in writing.",
    validTo: LAW_136_IN_FORCE,
    sortOrder: 1,
    ...basis({ basisDocument: "Luật Khiếu nại 02/2011/QH13", basisArticle: "10", basisStatus: "CONFIRMED", sourceUrl: phapDienKN }),
  },
  {
    id: "ground-tc-suspend-await",
    code: "TC_AWAIT_OTHER",
    kind: "DENUNCIATION",
    action: "SUSPEND",
    labelVi: "Cần đợi kết quả giải quyết của cơ quan, tổ chức, cá nhân khác hoặc kết quả giải quyết vụ việc khác có liên quan",
    labelEn: "The result of another body's decision, or of a related matter, is awaited",
    sortOrder: 1,
    ...art34("1 điểm a"),
  },
  {
    id: "ground-tc-suspend-expert",
    code: "TC_AWAIT_EXPERTISE",
    kind: "DENUNCIATION",
    action: "SUSPEND",
    labelVi: "Cần đợi kết quả giám định bổ sung, giám định lại",
    labelEn: "A further or repeated expert examination is awaited",
    sortOrder: 2,
    ...art34("1 điểm b"),
  },
  {
    id: "ground-tc-end-withdrawn",
    code: "TC_WITHDRAWN",
    kind: "DENUNCIATION",
    action: "END",
    labelVi: "Người tố cáo rút toàn bộ nội dung tố cáo (trừ trường hợp khoản 3 Điều 33: vẫn phải giải quyết)",
    labelEn: "The denouncer withdrew the whole denunciation (unless art. 33(3) requires it to be resolved anyway)",
    sortOrder: 1,
    ...art34("3 điểm a"),
  },
  {
    id: "ground-tc-end-died",
    code: "TC_DENOUNCED_DIED",
    kind: "DENUNCIATION",
    action: "END",
    labelVi: "Người bị tố cáo là cá nhân chết và nội dung tố cáo chỉ liên quan đến trách nhiệm của người đó",
    labelEn: "The denounced person died and the denunciation concerns only their responsibility",
    sortOrder: 2,
    ...art34("3 điểm b"),
  },
  {
    id: "ground-tc-end-judged",
    code: "TC_ALREADY_DECIDED",
    kind: "DENUNCIATION",
    action: "END",
    labelVi: "Vụ việc đã được giải quyết bằng bản án, quyết định có hiệu lực của Tòa án hoặc quyết định có hiệu lực của cơ quan có thẩm quyền",
    labelEn: "The matter was decided by a final judgment or a final decision of a competent body",
    sortOrder: 3,
    ...art34("3 điểm c"),
  },
  {
    id: "ground-tc-withdraw",
    code: "TC_WITHDRAW_CONSEQUENCE",
    kind: "DENUNCIATION",
    action: "WITHDRAW",
    labelVi:
      "Sau khi thụ lý, việc rút tố cáo được ghi nhận và người giải quyết quyết định đình chỉ; việc giải quyết vẫn tiếp tục nếu hành vi bị tố cáo có dấu hiệu vi phạm pháp luật hoặc việc rút là do bị đe dọa, ép buộc, mua chuộc.",
    labelEn:
      "After acceptance your withdrawal is recorded and the resolver decides to end the case; it continues if the denounced conduct shows signs of a violation or you withdrew under threat, coercion or bribery.",
    sortOrder: 1,
    ...basis({
      basisDocument: "Luật Tố cáo 25/2018/QH14; Nghị định 31/2019/NĐ-CP sửa đổi bởi Nghị định 156/2026/NĐ-CP",
      basisArticle: "33 (Luật); 4 (Nghị định)",
      basisStatus: "CONFIRMED",
      sourceUrl: "https://github.com/diepxuan/diepxuan.github.io/blob/main/van-ban/tu-phap/nghi-dinh-156-2026-nd-cp-sua-doi-nghi-dinh-31-2019-to-cao.md",
      sourceNote: "Nghị định 156/2026 Điều 1 (Điều 4 mới, khoản 4): vẫn tiếp tục giải quyết khi có dấu hiệu vi phạm, bị đe dọa, ép buộc, mua chuộc, hoặc lợi dụng tố cáo để vu khống.",
    }),
  },
];
