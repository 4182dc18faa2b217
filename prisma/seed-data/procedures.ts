/**
 * The one-stop procedure catalogue seeded for Sơn La: real commune-level and
 * provincial procedures with the processing time the law sets and where it
 * was read. `confirmed: false` marks a code or time not read from a text in
 * this project (the source says what it rests on): an administrator corrects
 * it at /admin/procedures, or imports the province's published catalogue.
 *
 * Codes: the national catalogue's (Cơ sở dữ liệu quốc gia về thủ tục hành
 * chính) as used by public catalogue-derived data sets; "SLA.*" codes are
 * local, for procedures whose national code was not found.
 * Times read from the codified law (Bộ pháp điển): Luật Hộ tịch 2014 arts. 5,
 * 16, 18, 25, 28, 34, 64; Nghị định 23/2015/NĐ-CP arts. 7, 37.
 */
export type SeedStep = { kind: "RECEIVE" | "APPRAISE" | "INTER_AGENCY" | "SIGN" | "RETURN"; hours: number; unit?: string };
export type SeedProcedure = {
  code: string;
  name: string;
  nameEn: string;
  field: [code: string, nameVi: string, nameEn: string];
  level: "COMMUNE" | "PROVINCE";
  agency?: string;
  time: ["WORKING_DAYS" | "CALENDAR_DAYS" | "WORKING_HOURS" | "SAME_DAY", number];
  fee: string;
  result: string;
  papers: [name: string, required: boolean, note?: string][];
  steps: SeedStep[];
  legalBasis: string;
  source: string;
  confirmed: boolean;
};

const civil: SeedProcedure["field"] = ["HO_TICH", "Hộ tịch", "Civil status"];
const certify: SeedProcedure["field"] = ["CHUNG_THUC", "Chứng thực", "Certification"];
const residence: SeedProcedure["field"] = ["CU_TRU", "Đăng ký, quản lý cư trú", "Residence"];
const business: SeedProcedure["field"] = ["HO_KINH_DOANH", "Thành lập và hoạt động của hộ kinh doanh", "Household businesses"];
const records: SeedProcedure["field"] = ["LY_LICH_TU_PHAP", "Lý lịch tư pháp", "Judicial records"];
const social: SeedProcedure["field"] = ["BAO_TRO_XA_HOI", "Bảo trợ xã hội", "Social protection"];

const codified = "Bộ pháp điển (bản công khai), đề mục Hộ tịch";
const catalogueCode = "mã thủ tục theo Cơ sở dữ liệu quốc gia về TTHC (đối chiếu qua các bộ dữ liệu công khai trích từ Cổng DVCQG)";

/** Same-day procedures: receive, appraise, sign, return within the day. */
const sameDaySteps: SeedStep[] = [
  { kind: "RECEIVE", hours: 1 },
  { kind: "APPRAISE", hours: 2 },
  { kind: "SIGN", hours: 2 },
  { kind: "RETURN", hours: 1 },
];
/** n working days: half a day at the desk each way, a day for signing, the rest appraisal. */
function daySteps(days: number): SeedStep[] {
  const total = days * 8;
  return [
    { kind: "RECEIVE", hours: 4 },
    { kind: "APPRAISE", hours: Math.max(4, total - 16) },
    { kind: "SIGN", hours: 8 },
    { kind: "RETURN", hours: 4 },
  ];
}

export const seedProcedures: SeedProcedure[] = [
  {
    code: "1.001193",
    name: "Đăng ký khai sinh",
    nameEn: "Birth registration",
    field: civil,
    level: "COMMUNE",
    time: ["SAME_DAY", 0],
    fee: "Miễn lệ phí khi đăng ký khai sinh đúng hạn (Thông tư 179/2015/TT-BTC); mức khác do HĐND tỉnh quy định",
    result: "Giấy khai sinh (bản chính)",
    papers: [
      ["Tờ khai đăng ký khai sinh (theo mẫu)", true],
      ["Giấy chứng sinh; nếu không có: văn bản của người làm chứng hoặc giấy cam đoan về việc sinh", true, "bản chính"],
      ["Giấy tờ tùy thân của người đi đăng ký (xuất trình)", true],
      ["Văn bản ủy quyền (nếu nhờ người khác đi đăng ký)", false],
    ],
    steps: sameDaySteps,
    legalBasis: "Luật Hộ tịch 2014, Điều 16 khoản 2 (ngay sau khi nhận đủ giấy tờ); Điều 5 khoản 3 (nhận sau 15 giờ: trả trong ngày làm việc tiếp theo)",
    source: `${codified}; ${catalogueCode}`,
    confirmed: true,
  },
  {
    code: "1.000656",
    name: "Đăng ký khai tử",
    nameEn: "Death registration",
    field: civil,
    level: "COMMUNE",
    time: ["SAME_DAY", 0],
    fee: "Miễn lệ phí khi đăng ký khai tử đúng hạn (Thông tư 179/2015/TT-BTC)",
    result: "Trích lục khai tử",
    papers: [
      ["Tờ khai đăng ký khai tử (theo mẫu)", true],
      ["Giấy báo tử hoặc giấy tờ thay giấy báo tử", true, "bản chính"],
    ],
    steps: sameDaySteps,
    legalBasis: "Luật Hộ tịch 2014, Điều 34 khoản 2; Điều 5 khoản 3",
    source: `${codified}; ${catalogueCode}`,
    confirmed: true,
  },
  {
    code: "1.000894",
    name: "Đăng ký kết hôn",
    nameEn: "Marriage registration",
    field: civil,
    level: "COMMUNE",
    time: ["SAME_DAY", 0],
    fee: "Miễn lệ phí đối với công dân Việt Nam cư trú trong nước (Thông tư 179/2015/TT-BTC)",
    result: "Giấy chứng nhận kết hôn",
    papers: [
      ["Tờ khai đăng ký kết hôn (theo mẫu), hai bên cùng có mặt", true],
      ["Giấy tờ tùy thân của hai bên (xuất trình)", true],
    ],
    steps: sameDaySteps,
    legalBasis: "Luật Hộ tịch 2014, Điều 18 khoản 2 (ngay sau khi nhận đủ giấy tờ; cần xác minh thì không quá 05 ngày làm việc)",
    source: `${codified}; ${catalogueCode}`,
    confirmed: true,
  },
  {
    code: "1.001022",
    name: "Đăng ký nhận cha, mẹ, con",
    nameEn: "Registration of parentage recognition",
    field: civil,
    level: "COMMUNE",
    time: ["WORKING_DAYS", 3],
    fee: "Theo Nghị quyết của HĐND tỉnh",
    result: "Trích lục đăng ký nhận cha, mẹ, con",
    papers: [
      ["Tờ khai đăng ký nhận cha, mẹ, con (theo mẫu), các bên có mặt", true],
      ["Chứng cứ chứng minh quan hệ cha, mẹ, con", true],
    ],
    steps: daySteps(3),
    legalBasis: "Luật Hộ tịch 2014, Điều 25 khoản 2 (03 ngày làm việc; cần xác minh thì thêm không quá 05 ngày làm việc)",
    source: `${codified}; ${catalogueCode}`,
    confirmed: true,
  },
  {
    code: "1.004859",
    name: "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
    nameEn: "Change or correction of civil status records",
    field: civil,
    level: "COMMUNE",
    time: ["WORKING_DAYS", 3],
    fee: "Theo Nghị quyết của HĐND tỉnh",
    result: "Trích lục thay đổi, cải chính hộ tịch",
    papers: [
      ["Tờ khai đăng ký thay đổi, cải chính hộ tịch (theo mẫu)", true],
      ["Giấy tờ làm căn cứ thay đổi, cải chính", true],
    ],
    steps: daySteps(3),
    legalBasis: "Luật Hộ tịch 2014, Điều 28 khoản 2 (03 ngày làm việc; cần xác minh thì thêm không quá 03 ngày làm việc)",
    source: `${codified}; ${catalogueCode} — tên thủ tục trên Cơ sở dữ liệu quốc gia chưa đối chiếu`,
    confirmed: false,
  },
  {
    code: "2.000635",
    name: "Cấp bản sao trích lục hộ tịch",
    nameEn: "Copy of a civil status extract",
    field: civil,
    level: "COMMUNE",
    time: ["SAME_DAY", 0],
    fee: "8.000 đồng/bản (Thông tư 281/2016/TT-BTC)",
    result: "Bản sao trích lục hộ tịch",
    papers: [["Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)", true]],
    steps: sameDaySteps,
    legalBasis: "Luật Hộ tịch 2014, Điều 64 khoản 2 (ngay sau khi nhận được yêu cầu); Điều 5 khoản 3",
    source: `${codified}; ${catalogueCode}`,
    confirmed: true,
  },
  {
    code: "1.004873",
    name: "Cấp Giấy xác nhận tình trạng hôn nhân",
    nameEn: "Certificate of marital status",
    field: civil,
    level: "COMMUNE",
    time: ["WORKING_DAYS", 3],
    fee: "Theo Nghị quyết của HĐND tỉnh",
    result: "Giấy xác nhận tình trạng hôn nhân",
    papers: [["Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)", true]],
    steps: daySteps(3),
    legalBasis: "Nghị định 123/2015/NĐ-CP, Điều 22 khoản 2 (03 ngày làm việc) — điều khoản chưa đọc lại từ văn bản",
    source: catalogueCode,
    confirmed: false,
  },
  {
    code: "1.004884",
    name: "Đăng ký lại khai sinh",
    nameEn: "Re-registration of a birth",
    field: civil,
    level: "COMMUNE",
    time: ["WORKING_DAYS", 5],
    fee: "Theo Nghị quyết của HĐND tỉnh",
    result: "Giấy khai sinh",
    papers: [
      ["Tờ khai đăng ký lại khai sinh (theo mẫu)", true],
      ["Bản sao giấy khai sinh hoặc giấy tờ có thông tin khai sinh", true],
    ],
    steps: daySteps(5),
    legalBasis: "Nghị định 123/2015/NĐ-CP, Điều 26 (05 ngày làm việc) — điều khoản chưa đọc lại từ văn bản",
    source: catalogueCode,
    confirmed: false,
  },
  {
    code: "2.000815",
    name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp",
    nameEn: "Certified copy from an original",
    field: certify,
    level: "COMMUNE",
    time: ["SAME_DAY", 0],
    fee: "2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản (Thông tư 226/2016/TT-BTC)",
    result: "Bản sao được chứng thực",
    papers: [
      ["Bản chính giấy tờ, văn bản làm cơ sở chứng thực", true],
      ["Bản sao cần chứng thực", true],
    ],
    steps: sameDaySteps,
    legalBasis: "Nghị định 23/2015/NĐ-CP, Điều 7 (ngay trong ngày; nhận sau 15 giờ thì trong ngày làm việc tiếp theo)",
    source: `Bộ pháp điển (bản công khai), đề mục Cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký; ${catalogueCode}`,
    confirmed: true,
  },
  {
    code: "2.000884",
    name: "Chứng thực chữ ký trong các giấy tờ, văn bản",
    nameEn: "Certification of a signature",
    field: certify,
    level: "COMMUNE",
    time: ["SAME_DAY", 0],
    fee: "10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC)",
    result: "Giấy tờ, văn bản có chữ ký được chứng thực",
    papers: [
      ["Giấy tờ tùy thân của người yêu cầu (xuất trình)", true],
      ["Giấy tờ, văn bản mà mình sẽ ký", true],
    ],
    steps: sameDaySteps,
    legalBasis: "Nghị định 23/2015/NĐ-CP, Điều 7",
    source: `Bộ pháp điển (bản công khai), đề mục Cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký; ${catalogueCode}`,
    confirmed: true,
  },
  {
    code: "SLA.CT.HDGD",
    name: "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản",
    nameEn: "Certification of a contract about movable property",
    field: certify,
    level: "COMMUNE",
    time: ["WORKING_DAYS", 2],
    fee: "50.000 đồng/hợp đồng, giao dịch (Thông tư 226/2016/TT-BTC)",
    result: "Hợp đồng, giao dịch được chứng thực",
    papers: [
      ["Dự thảo hợp đồng, giao dịch", true],
      ["Bản sao giấy tờ tùy thân của người yêu cầu", true],
      ["Bản sao giấy chứng nhận quyền sở hữu tài sản (hoặc giấy tờ thay thế)", true],
    ],
    steps: daySteps(2),
    legalBasis: "Nghị định 23/2015/NĐ-CP, Điều 37 (không quá 02 ngày làm việc)",
    source: "Bộ pháp điển (bản công khai), đề mục chứng thực; mã thủ tục quốc gia chưa tìm được (mã địa phương)",
    confirmed: false,
  },
  {
    code: "1.004222",
    name: "Đăng ký thường trú",
    nameEn: "Permanent residence registration",
    field: residence,
    level: "COMMUNE",
    time: ["WORKING_DAYS", 7],
    fee: "Theo Nghị quyết của HĐND tỉnh (nộp trực tuyến được giảm theo quy định)",
    result: "Thông báo kết quả đăng ký thường trú",
    papers: [
      ["Tờ khai thay đổi thông tin cư trú (mẫu CT01)", true],
      ["Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", true],
    ],
    steps: daySteps(7),
    legalBasis: "Luật Cư trú 2020, Điều 22 khoản 3 (07 ngày làm việc) — điều khoản chưa đọc lại từ văn bản",
    source: catalogueCode,
    confirmed: false,
  },
  {
    code: "1.004194",
    name: "Đăng ký tạm trú",
    nameEn: "Temporary residence registration",
    field: residence,
    level: "COMMUNE",
    time: ["WORKING_DAYS", 3],
    fee: "Theo Nghị quyết của HĐND tỉnh",
    result: "Thông báo kết quả đăng ký tạm trú",
    papers: [
      ["Tờ khai thay đổi thông tin cư trú (mẫu CT01)", true],
      ["Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", true],
    ],
    steps: daySteps(3),
    legalBasis: "Luật Cư trú 2020, Điều 28 khoản 3 (03 ngày làm việc) — điều khoản chưa đọc lại từ văn bản",
    source: catalogueCode,
    confirmed: false,
  },
  {
    code: "1.010038",
    name: "Tách hộ",
    nameEn: "Splitting a household",
    field: residence,
    level: "COMMUNE",
    time: ["WORKING_DAYS", 5],
    fee: "Theo Nghị quyết của HĐND tỉnh",
    result: "Thông báo kết quả tách hộ",
    papers: [["Tờ khai thay đổi thông tin cư trú (mẫu CT01), có ý kiến của chủ hộ", true]],
    steps: daySteps(5),
    legalBasis: "Luật Cư trú 2020, Điều 25 khoản 4 (05 ngày làm việc) — điều khoản chưa đọc lại từ văn bản",
    source: catalogueCode,
    confirmed: false,
  },
  {
    code: "1.001612",
    name: "Đăng ký thành lập hộ kinh doanh",
    nameEn: "Registration of a household business",
    field: business,
    level: "COMMUNE",
    time: ["WORKING_DAYS", 3],
    fee: "Theo Nghị quyết của HĐND tỉnh",
    result: "Giấy chứng nhận đăng ký hộ kinh doanh",
    papers: [
      ["Giấy đề nghị đăng ký hộ kinh doanh", true],
      ["Bản sao biên bản họp thành viên hộ gia đình (nếu các thành viên cùng thành lập)", false],
    ],
    steps: daySteps(3),
    legalBasis: "Nghị định 168/2025/NĐ-CP (03 ngày làm việc, theo nguồn thứ cấp) — điều khoản chưa đọc",
    source: catalogueCode,
    confirmed: false,
  },
  {
    code: "2.000575",
    name: "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh",
    nameEn: "Re-issue of a household business certificate",
    field: business,
    level: "COMMUNE",
    time: ["WORKING_DAYS", 3],
    fee: "Theo Nghị quyết của HĐND tỉnh",
    result: "Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)",
    papers: [["Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", true]],
    steps: daySteps(3),
    legalBasis: "Nghị định 168/2025/NĐ-CP — điều khoản và thời hạn chưa đọc",
    source: catalogueCode,
    confirmed: false,
  },
  {
    code: "1.001699",
    name: "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
    nameEn: "Disability assessment and certificate",
    field: social,
    level: "COMMUNE",
    time: ["WORKING_DAYS", 25],
    fee: "Không",
    result: "Giấy xác nhận khuyết tật",
    papers: [["Đơn đề nghị xác định mức độ khuyết tật (theo mẫu)", true], ["Bản sao các giấy tờ liên quan đến khuyết tật (nếu có)", false]],
    steps: daySteps(25),
    legalBasis: "Nghị định 28/2012/NĐ-CP và văn bản sửa đổi — thời hạn chưa đọc từ văn bản",
    source: catalogueCode,
    confirmed: false,
  },
  {
    code: "3.000333",
    name: "Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam",
    nameEn: "Judicial record certificate no. 1",
    field: records,
    level: "PROVINCE",
    agency: "STP",
    time: ["CALENDAR_DAYS", 10],
    fee: "200.000 đồng/lần (Thông tư 244/2016/TT-BTC)",
    result: "Phiếu lý lịch tư pháp số 1",
    papers: [
      ["Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (theo mẫu)", true],
      ["Bản chụp giấy tờ tùy thân", true],
    ],
    steps: [
      { kind: "RECEIVE", hours: 4 },
      { kind: "APPRAISE", hours: 16 },
      { kind: "INTER_AGENCY", hours: 24, unit: "CATINH" }, // tra cứu, xác minh thông tin án tích
      { kind: "SIGN", hours: 8 },
      { kind: "RETURN", hours: 4 },
    ],
    legalBasis: "Luật Lý lịch tư pháp 2009, Điều 48 khoản 1 (không quá 10 ngày) — nội dung điều chưa đọc được trong bản pháp điển",
    source: "mã 3.000333 thấy trong bộ dữ liệu công khai (thay mã cũ 1.003453) — chưa đối chiếu trên Cổng DVCQG",
    confirmed: false,
  },
];
