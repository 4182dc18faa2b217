import { describe, expect, test } from "vitest";
import { defaultSteps, parseCatalogue, parseProcessingTime } from "./import";

describe("reading the national catalogue's shape", () => {
  test.each([
    ["03 ngày làm việc", { timeUnit: "WORKING_DAYS", timeAmount: 3 }],
    ["Không quá 10 ngày kể từ ngày nhận đủ hồ sơ", { timeUnit: "CALENDAR_DAYS", timeAmount: 10 }],
    ["08 giờ làm việc", { timeUnit: "WORKING_HOURS", timeAmount: 8 }],
    ["Trong ngày", { timeUnit: "SAME_DAY", timeAmount: 0 }],
    ["Ngay trong ngày", { timeUnit: "SAME_DAY", timeAmount: 0 }],
    ["tùy trường hợp", null],
  ])("%s", (text, expected) => {
    expect(parseProcessingTime(text)).toEqual(expected);
  });

  test("rows become procedures; a bad row is reported with its number and nothing is taken", () => {
    const rows = [
      ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện", "Thời hạn giải quyết", "Phí, lệ phí", "Kết quả thực hiện", "Thành phần hồ sơ", "Căn cứ pháp lý"],
      ["1.001193", "Đăng ký khai sinh", "Hộ tịch", "Cấp xã", "", "Trong ngày", "Miễn", "Giấy khai sinh", "* Tờ khai\nGiấy chứng sinh\nVăn bản ủy quyền (nếu có)", "Luật Hộ tịch 2014"],
      ["3.000333", "Cấp Phiếu lý lịch tư pháp số 1", "Lý lịch tư pháp", "Cấp tỉnh", "STP", "10 ngày", "200.000 đồng", "Phiếu LLTP", "Tờ khai", "Luật LLTP 2009"],
      ["", "", "", "", "", "", "", "", "", ""],
      ["X", "Thiếu mã", "Khác", "Cấp xã", "", "3 ngày làm việc", "", "", "", ""],
      ["1.000000", "Không rõ thời hạn", "Khác", "Cấp xã", "", "tùy trường hợp", "", "", "", ""],
    ];
    const { procedures, errors } = parseCatalogue(rows);
    expect(procedures.map((p) => [p.code, p.level, p.agencyCode, p.timeUnit, p.timeAmount])).toEqual([
      ["1.001193", "COMMUNE", null, "SAME_DAY", 0],
      ["3.000333", "PROVINCE", "STP", "CALENDAR_DAYS", 10],
    ]);
    expect(procedures[0]!.papers).toEqual([
      { name: "Tờ khai", required: true },
      { name: "Giấy chứng sinh", required: true },
      { name: "Văn bản ủy quyền (nếu có)", required: false },
    ]);
    expect(procedures[0]!.fieldCode).toBe("HO_TICH");
    expect(errors.map((e) => e.row)).toEqual([5, 6]);
  });

  test("the default steps share the time and follow desk, appraisal, signing, desk", () => {
    const steps = defaultSteps("WORKING_DAYS", 3);
    expect(steps.map((s) => s.kind)).toEqual(["RECEIVE", "APPRAISE", "SIGN", "RETURN"]);
    expect(steps.reduce((a, s) => a + s.shareHours, 0)).toBe(24);
  });
});
