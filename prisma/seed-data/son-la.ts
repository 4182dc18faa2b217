/*
 * Reference data for Sơn La province (seed). Only data found in a source is included.
 *
 * COMMUNE-LEVEL UNITS (sonLaCommunes) — all 75 confirmed (8 phường + 67 xã):
 *   - Nghị quyết 1681/NQ-UBTVQH15 ngày 16/6/2025 về sắp xếp ĐVHC cấp xã của tỉnh Sơn La năm 2025
 *     (full text): repo dvhcvn/20250701, path input/docs/1681_NQ-UBTVQH15.md
 *     Điều 1 k.69: "tỉnh Sơn La có 75 đơn vị hành chính cấp xã, gồm 67 xã và 08 phường".
 *     Entries below follow the order of Điều 1 (khoản 1–68, then the 7 unchanged xã of khoản 69).
 *   - Cross-checked: https://vtcnews.vn/chi-tiet-67-xa-va-8-phuong-moi-o-son-la-sau-sap-xep-ar949329.html
 *     and https://news.laodong.vn/thoi-su/cong-bo-67-xa-va-8-phuong-moi-o-son-la-sau-sap-xep-1524699.ldo
 *   - "mã ĐVHC" in the comments = 5-digit code of Quyết định 19/2025/QĐ-TTg (danh mục ĐVHC), as
 *     reproduced identically by several public repos (a seed citing Công báo số 919+920/2025, and
 *     SQL dumps); not read from the Công báo PDF itself.
 *   - `remote` is omitted for all units: no source on especially-difficult / border status was checked.
 *
 * FORMER DISTRICTS (sonLaFormerDistricts): 1 thành phố, 1 thị xã, 10 huyện as at 30/6/2025.
 *   Huyện Mộc Châu became Thị xã Mộc Châu from 1/2/2025 (Nghị quyết 1280/NQ-UBTVQH15; announced
 *   18/1/2025 — https://www.thactrang.com/tin-tuc/son-la-to-chuc-le-cong-bo-thanh-lap-thi-xa-moc-chau-185381.html);
 *   NQ 1681 itself says "xã Chiềng Chung (thị xã Mộc Châu)". List cross-checked with the Sơn La
 *   Wikipedia article text (repo tnt305/tai_lieu_noi_bo, src/etl/dataset/ef9a1ade3ce20a6b.md) and a
 *   public CSV mapping new units to former districts.
 *
 * AGENCIES (sonLaAgencies):
 *   - Nghị định 45/2025/NĐ-CP: sở tổ chức thống nhất (Nội vụ, Tư pháp, Tài chính, Công Thương, Nông nghiệp
 *     và Môi trường, Xây dựng, KH&CN, VH-TT-DL, GD&ĐT, Y tế, Thanh tra tỉnh, Văn phòng UBND) + sở đặc thù
 *     (Sở Ngoại vụ, Sở Dân tộc và Tôn giáo) — http://hdnd.dongnai.gov.vn/Pages/glp-quydinhmoivecoquanchuyenmonthu-glpnd-34299-glpnc-4-glpsite-1.html
 *   - Sơn La plan (21/01/2025): Tài chính (+KH&ĐT), Nội vụ (+LĐ-TB&XH), Xây dựng (+GTVT), KH&CN (+TT&TT)
 *     keep their names; new Sở Dân tộc và Tôn giáo; Y tế, GD&ĐT, Tư pháp, Công Thương unchanged —
 *     https://www.thactrang.com/tin-tuc/mot-tinh-mien-nui-giam-4-so-co-them-1-so-moi-sau-sap-xep-185759.html
 *   - Sở Nông nghiệp và Môi trường Sơn La operating after 1/7/2025 —
 *     https://nongnghiepmoitruong.vn/so-nn-mt-son-la-sat-canh-cung-chinh-quyen-hai-cap-d760764.html
 *   - Sở Ngoại vụ Sơn La still operating in late 2025 —
 *     https://thongtindoingoai.sonla.gov.vn/en/content-1271-nang-cao-chat-luong-tham-muu-cong-tac-doi-ngoai-trong-tinh-hinh-moi.html
 *   - Thanh tra tỉnh kept by Luật Thanh tra 2025 (2 levels: Thanh tra Chính phủ, Thanh tra tỉnh) —
 *     https://kienthuc.net.vn/co-quan-thanh-tra-them-chuc-nang-phong-chong-lang-phi-post1550240.html
 *
 * HOLIDAYS (holidays): see per-entry comments. Basis: Bộ luật Lao động 2019 Điều 112 k.1 (1/1; Tết 5 ngày;
 * 10/3 âm lịch; 30/4; 1/5; 2/9 + 1 ngày liền kề) and Điều 111 k.3 (ngày lễ trùng ngày nghỉ hằng tuần →
 * nghỉ bù ngày làm việc kế tiếp). Dates marked PROVISIONAL had no official decision in any source found.
 * Swapped days (hoán đổi) apply to the public sector (công chức, viên chức) — the relevant calendar for
 * state agencies handling complaints.
 */

export type SeedUnit = { code: string; name: string; kind: "WARD" | "COMMUNE" | "SPECIAL_ZONE"; remote?: boolean };

/** Commune-level units of Sơn La after 1 July 2025 (two-tier local government). */
export const sonLaCommunes: SeedUnit[] = [
  // Điều 1, khoản 1–60: các xã hình thành sau sắp xếp
  { code: "DOANKET", name: "Xã Đoàn Kết", kind: "COMMUNE" }, // k.1; mã ĐVHC 04000
  { code: "LONGSAP", name: "Xã Lóng Sập", kind: "COMMUNE" }, // k.2; mã ĐVHC 04045
  { code: "CHIENGSON", name: "Xã Chiềng Sơn", kind: "COMMUNE" }, // k.3; mã ĐVHC 03985
  { code: "VANHO", name: "Xã Vân Hồ", kind: "COMMUNE" }, // k.4; mã ĐVHC 04048
  { code: "SONGKHUA", name: "Xã Song Khủa", kind: "COMMUNE" }, // k.5; mã ĐVHC 04006
  { code: "TOMUA", name: "Xã Tô Múa", kind: "COMMUNE" }, // k.6; mã ĐVHC 04018
  { code: "XUANNHA", name: "Xã Xuân Nha", kind: "COMMUNE" }, // k.7; mã ĐVHC 04057
  { code: "QUYNHNHAI", name: "Xã Quỳnh Nhai", kind: "COMMUNE" }, // k.8; mã ĐVHC 03703
  { code: "MUONGCHIEN", name: "Xã Mường Chiên", kind: "COMMUNE" }, // k.9; mã ĐVHC 03688
  { code: "MUONGGION", name: "Xã Mường Giôn", kind: "COMMUNE" }, // k.10; mã ĐVHC 03694
  { code: "MUONGSAI", name: "Xã Mường Sại", kind: "COMMUNE" }, // k.11; mã ĐVHC 03712
  { code: "THUANCHAU", name: "Xã Thuận Châu", kind: "COMMUNE" }, // k.12; mã ĐVHC 03721
  { code: "CHIENGLA", name: "Xã Chiềng La", kind: "COMMUNE" }, // k.13; mã ĐVHC 03754
  { code: "NAMLAU", name: "Xã Nậm Lầu", kind: "COMMUNE" }, // k.14; mã ĐVHC 03784
  { code: "MUOINOI", name: "Xã Muổi Nọi", kind: "COMMUNE" }, // k.15; mã ĐVHC 03799
  { code: "MUONGKHIENG", name: "Xã Mường Khiêng", kind: "COMMUNE" }, // k.16; mã ĐVHC 03757
  { code: "COMA", name: "Xã Co Mạ", kind: "COMMUNE" }, // k.17; mã ĐVHC 03781
  { code: "BINHTHUAN", name: "Xã Bình Thuận", kind: "COMMUNE" }, // k.18; mã ĐVHC 03724
  { code: "MUONGE", name: "Xã Mường É", kind: "COMMUNE" }, // k.19; mã ĐVHC 03727
  { code: "LONGHE", name: "Xã Long Hẹ", kind: "COMMUNE" }, // k.20; mã ĐVHC 03763
  { code: "MUONGLA", name: "Xã Mường La", kind: "COMMUNE" }, // k.21; mã ĐVHC 03808
  { code: "CHIENGLAO", name: "Xã Chiềng Lao", kind: "COMMUNE" }, // k.22; mã ĐVHC 03814
  { code: "MUONGBU", name: "Xã Mường Bú", kind: "COMMUNE" }, // k.23; mã ĐVHC 03847
  { code: "CHIENGHOA", name: "Xã Chiềng Hoa", kind: "COMMUNE" }, // k.24; mã ĐVHC 03850
  { code: "BACYEN", name: "Xã Bắc Yên", kind: "COMMUNE" }, // k.25; mã ĐVHC 03856
  { code: "TAXUA", name: "Xã Tà Xùa", kind: "COMMUNE" }, // k.26; mã ĐVHC 03868
  { code: "TAKHOA", name: "Xã Tạ Khoa", kind: "COMMUNE" }, // k.27; mã ĐVHC 03880
  { code: "XIMVANG", name: "Xã Xím Vàng", kind: "COMMUNE" }, // k.28; mã ĐVHC 03862
  { code: "PACNGA", name: "Xã Pắc Ngà", kind: "COMMUNE" }, // k.29; mã ĐVHC 03871
  { code: "CHIENGSAI", name: "Xã Chiềng Sại", kind: "COMMUNE" }, // k.30; mã ĐVHC 03892
  { code: "PHUYEN", name: "Xã Phù Yên", kind: "COMMUNE" }, // k.31; mã ĐVHC 03910
  { code: "GIAPHU", name: "Xã Gia Phù", kind: "COMMUNE" }, // k.32; mã ĐVHC 03922
  { code: "TUONGHA", name: "Xã Tường Hạ", kind: "COMMUNE" }, // k.33; mã ĐVHC 03958
  { code: "MUONGCOI", name: "Xã Mường Cơi", kind: "COMMUNE" }, // k.34; mã ĐVHC 03907
  { code: "MUONGBANG", name: "Xã Mường Bang", kind: "COMMUNE" }, // k.35; mã ĐVHC 03943
  { code: "TANPHONG", name: "Xã Tân Phong", kind: "COMMUNE" }, // k.36; mã ĐVHC 03970
  { code: "KIMBON", name: "Xã Kim Bon", kind: "COMMUNE" }, // k.37; mã ĐVHC 03961
  { code: "YENCHAU", name: "Xã Yên Châu", kind: "COMMUNE" }, // k.38; mã ĐVHC 04075
  { code: "CHIENGHAC", name: "Xã Chiềng Hặc", kind: "COMMUNE" }, // k.39; mã ĐVHC 04078
  { code: "LONGPHIENG", name: "Xã Lóng Phiêng", kind: "COMMUNE" }, // k.40; mã ĐVHC 04096
  { code: "YENSON", name: "Xã Yên Sơn", kind: "COMMUNE" }, // k.41; mã ĐVHC 04087
  { code: "CHIENGMAI", name: "Xã Chiềng Mai", kind: "COMMUNE" }, // k.42; mã ĐVHC 04132
  { code: "MAISON", name: "Xã Mai Sơn", kind: "COMMUNE" }, // k.43; mã ĐVHC 04105
  { code: "PHIENGPAN", name: "Xã Phiêng Pằn", kind: "COMMUNE" }, // k.44; mã ĐVHC 04159
  { code: "CHIENGMUNG", name: "Xã Chiềng Mung", kind: "COMMUNE" }, // k.45; mã ĐVHC 04123
  { code: "PHIENGCAM", name: "Xã Phiêng Cằm", kind: "COMMUNE" }, // k.46; mã ĐVHC 04144
  { code: "MUONGCHANH", name: "Xã Mường Chanh", kind: "COMMUNE" }, // k.47; mã ĐVHC 04117
  { code: "TAHOC", name: "Xã Tà Hộc", kind: "COMMUNE" }, // k.48; mã ĐVHC 04136
  { code: "CHIENGSUNG", name: "Xã Chiềng Sung", kind: "COMMUNE" }, // k.49; mã ĐVHC 04108
  { code: "BOSINH", name: "Xã Bó Sinh", kind: "COMMUNE" }, // k.50; mã ĐVHC 04171
  { code: "CHIENGKHUONG", name: "Xã Chiềng Khương", kind: "COMMUNE" }, // k.51; mã ĐVHC 04222
  { code: "MUONGHUNG", name: "Xã Mường Hung", kind: "COMMUNE" }, // k.52; mã ĐVHC 04219
  { code: "CHIENGKHOONG", name: "Xã Chiềng Khoong", kind: "COMMUNE" }, // k.53; mã ĐVHC 04204
  { code: "MUONGLAM", name: "Xã Mường Lầm", kind: "COMMUNE" }, // k.54; mã ĐVHC 04183
  { code: "NAMTY", name: "Xã Nậm Ty", kind: "COMMUNE" }, // k.55; mã ĐVHC 04186
  { code: "SONGMA", name: "Xã Sông Mã", kind: "COMMUNE" }, // k.56; mã ĐVHC 04168
  { code: "HUOIMOT", name: "Xã Huổi Một", kind: "COMMUNE" }, // k.57; mã ĐVHC 04210
  { code: "CHIENGSO", name: "Xã Chiềng Sơ", kind: "COMMUNE" }, // k.58; mã ĐVHC 04195
  { code: "SOPCOP", name: "Xã Sốp Cộp", kind: "COMMUNE" }, // k.59; mã ĐVHC 04231
  { code: "PUNGBANH", name: "Xã Púng Bánh", kind: "COMMUNE" }, // k.60; mã ĐVHC 04228
  // Điều 1, khoản 61–68: các phường hình thành sau sắp xếp
  { code: "TOHIEU", name: "Phường Tô Hiệu", kind: "WARD" }, // k.61; mã ĐVHC 03646
  { code: "CHIENGAN", name: "Phường Chiềng An", kind: "WARD" }, // k.62; mã ĐVHC 03664
  { code: "CHIENGCOI", name: "Phường Chiềng Cơi", kind: "WARD" }, // k.63; mã ĐVHC 03670
  { code: "CHIENGSINH", name: "Phường Chiềng Sinh", kind: "WARD" }, // k.64; mã ĐVHC 03679
  { code: "MOCCHAU", name: "Phường Mộc Châu", kind: "WARD" }, // k.65; mã ĐVHC 03980
  { code: "MOCSON", name: "Phường Mộc Sơn", kind: "WARD" }, // k.66; mã ĐVHC 03979
  { code: "VANSON", name: "Phường Vân Sơn", kind: "WARD" }, // k.67; mã ĐVHC 04033
  { code: "THAONGUYEN", name: "Phường Thảo Nguyên", kind: "WARD" }, // k.68; mã ĐVHC 03982
  // Điều 1, khoản 69: 07 xã không thực hiện sắp xếp (giữ nguyên)
  { code: "MUONGLAN", name: "Xã Mường Lạn", kind: "COMMUNE" }, // giữ nguyên; mã ĐVHC 04246
  { code: "PHIENGKHOAI", name: "Xã Phiêng Khoài", kind: "COMMUNE" }, // giữ nguyên; mã ĐVHC 04099
  { code: "SUOITO", name: "Xã Suối Tọ", kind: "COMMUNE" }, // giữ nguyên; mã ĐVHC 03901
  { code: "NGOCCHIEN", name: "Xã Ngọc Chiến", kind: "COMMUNE" }, // giữ nguyên; mã ĐVHC 03820
  { code: "TANYEN", name: "Xã Tân Yên", kind: "COMMUNE" }, // giữ nguyên; mã ĐVHC 03997
  { code: "MUONGBAM", name: "Xã Mường Bám", kind: "COMMUNE" }, // giữ nguyên; mã ĐVHC 03760
  { code: "MUONGLEO", name: "Xã Mường Lèo", kind: "COMMUNE" }, // giữ nguyên; mã ĐVHC 04240
];

/** Districts of Sơn La before 1 July 2025 (history: the three-tier shape). */
export const sonLaFormerDistricts: { code: string; name: string }[] = [
  { code: "TP-SONLA", name: "Thành phố Sơn La" },
  { code: "TX-MOCCHAU", name: "Thị xã Mộc Châu" }, // huyện Mộc Châu until 31/1/2025 (NQ 1280/NQ-UBTVQH15)
  { code: "H-QUYNHNHAI", name: "Huyện Quỳnh Nhai" },
  { code: "H-MUONGLA", name: "Huyện Mường La" },
  { code: "H-THUANCHAU", name: "Huyện Thuận Châu" },
  { code: "H-PHUYEN", name: "Huyện Phù Yên" },
  { code: "H-BACYEN", name: "Huyện Bắc Yên" },
  { code: "H-MAISON", name: "Huyện Mai Sơn" },
  { code: "H-SONGMA", name: "Huyện Sông Mã" },
  { code: "H-YENCHAU", name: "Huyện Yên Châu" },
  { code: "H-VANHO", name: "Huyện Vân Hồ" },
  { code: "H-SOPCOP", name: "Huyện Sốp Cộp" },
];

/** Provincial agencies (sở, ban, ngành) of Sơn La after the 2025 merger of departments. */
export const sonLaAgencies: { code: string; name: string }[] = [
  { code: "VPUBND", name: "Văn phòng Ủy ban nhân dân tỉnh" },
  { code: "SNV", name: "Sở Nội vụ" }, // hợp nhất với Sở LĐ-TB&XH
  { code: "STP", name: "Sở Tư pháp" },
  { code: "STC", name: "Sở Tài chính" }, // hợp nhất với Sở KH&ĐT
  { code: "SCT", name: "Sở Công Thương" },
  { code: "SNNMT", name: "Sở Nông nghiệp và Môi trường" }, // Sở NN&PTNT + Sở TN&MT
  { code: "SXD", name: "Sở Xây dựng" }, // hợp nhất với Sở GTVT
  { code: "SKHCN", name: "Sở Khoa học và Công nghệ" }, // hợp nhất với Sở TT&TT
  { code: "SVHTTDL", name: "Sở Văn hóa, Thể thao và Du lịch" }, // nhận thêm quản lý báo chí
  { code: "SGDDT", name: "Sở Giáo dục và Đào tạo" },
  { code: "SYT", name: "Sở Y tế" },
  { code: "SDTTG", name: "Sở Dân tộc và Tôn giáo" }, // từ Ban Dân tộc + QLNN về tôn giáo
  { code: "SNGV", name: "Sở Ngoại vụ" }, // sở đặc thù (tỉnh biên giới)
  { code: "TTT", name: "Thanh tra tỉnh" },
];

/** Vietnam public holidays for 2026 and 2027 as local dates, with make-up working days if any were officially decided. */
export const holidays: { date: string; type: "HOLIDAY" | "WORKDAY"; nameVi: string; nameEn: string; provisional?: boolean; source?: string }[] = [
  // ---------------- 2026 ----------------
  // BLLĐ Đ.112 k.1(a). Thu.
  { date: "2026-01-01", type: "HOLIDAY", nameVi: "Tết Dương lịch", nameEn: "New Year's Day", source: "Bộ luật Lao động 2019, Điều 112 khoản 1" },
  // Công văn 12729/VPCP-KGVX (25/12/2025): hoán đổi thứ Sáu 2/1 sang thứ Bảy 10/1 (khu vực công).
  // https://www.24h.com.vn/tin-tuc-trong-ngay/ai-duoc-hoan-doi-de-nghi-tet-duong-lich-4-ngay-c46a1724830.html
  { date: "2026-01-02", type: "HOLIDAY", nameVi: "Nghỉ hoán đổi dịp Tết Dương lịch", nameEn: "Swapped day off (New Year)", source: "Công văn 12729/VPCP-KGVX (25/12/2025)" },
  { date: "2026-01-10", type: "WORKDAY", nameVi: "Làm bù (hoán đổi Tết Dương lịch)", nameEn: "Make-up working day (New Year swap)", source: "Công văn 12729/VPCP-KGVX (25/12/2025)" },
  // Thông báo 9441/TB-BNV (16/10/2025): Tết Âm lịch 5 ngày, thứ Hai 16/2 (29 tháng Chạp Ất Tỵ) đến hết
  // thứ Sáu 20/2 (mùng 4 Tết Bính Ngọ); mùng 1 = 17/2. https://vietnammedia.vnanet.vn/video/lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-165342.htm
  { date: "2026-02-16", type: "HOLIDAY", nameVi: "Tết Nguyên đán (29 tháng Chạp)", nameEn: "Lunar New Year (Tết) – New Year's Eve", source: "Thông báo 9441/TB-BNV (16/10/2025)" },
  { date: "2026-02-17", type: "HOLIDAY", nameVi: "Tết Nguyên đán (mùng 1)", nameEn: "Lunar New Year (Tết) – day 1", source: "Thông báo 9441/TB-BNV (16/10/2025)" },
  { date: "2026-02-18", type: "HOLIDAY", nameVi: "Tết Nguyên đán (mùng 2)", nameEn: "Lunar New Year (Tết) – day 2", source: "Thông báo 9441/TB-BNV (16/10/2025)" },
  { date: "2026-02-19", type: "HOLIDAY", nameVi: "Tết Nguyên đán (mùng 3)", nameEn: "Lunar New Year (Tết) – day 3", source: "Thông báo 9441/TB-BNV (16/10/2025)" },
  { date: "2026-02-20", type: "HOLIDAY", nameVi: "Tết Nguyên đán (mùng 4)", nameEn: "Lunar New Year (Tết) – day 4", source: "Thông báo 9441/TB-BNV (16/10/2025)" },
  // BLLĐ Đ.112 k.1(e): 10/3 âm lịch = Chủ nhật 26/4/2026 → nghỉ bù thứ Hai 27/4 (Đ.111 k.3).
  // https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm
  { date: "2026-04-26", type: "HOLIDAY", nameVi: "Giỗ Tổ Hùng Vương", nameEn: "Hùng Kings' Commemoration Day", source: "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e" },
  { date: "2026-04-27", type: "HOLIDAY", nameVi: "Nghỉ bù Giỗ Tổ Hùng Vương", nameEn: "Compensatory day off (Hùng Kings' Day)", source: "Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù)" },
  // BLLĐ Đ.112 k.1(c),(d). Thu, Fri; no swap (same Thanh Niên article).
  { date: "2026-04-30", type: "HOLIDAY", nameVi: "Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)", nameEn: "Reunification Day", source: "Bộ luật Lao động 2019, Điều 112 khoản 1" },
  { date: "2026-05-01", type: "HOLIDAY", nameVi: "Ngày Quốc tế Lao động", nameEn: "International Labour Day", source: "Bộ luật Lao động 2019, Điều 112 khoản 1" },
  // Quốc khánh 2026 per TB 9441/TB-BNV: nghỉ 2/9 + ngày liền kề 1/9, hoán đổi thứ Hai 31/8 sang thứ Bảy 22/8
  // (5 ngày liên tục 29/8–2/9). The 5-day total is confirmed by Thanh Niên (13/1/2026):
  // https://thanhnien.vn/nguoi-lao-dong-co-the-nghi-le-tet-toi-26-ngay-trong-nam-2026-185260113172347178.htm
  // The exact dates 1/9, 31/8 and 22/8 come from public repos citing TB 9441 (kitsuyui/hyper-calendar,
  // crates/hc-holiday/src/countries/asia.rs); the notice text itself was not read — verify.
  { date: "2026-08-22", type: "WORKDAY", nameVi: "Làm bù (hoán đổi dịp Quốc khánh)", nameEn: "Make-up working day (National Day swap)", source: "Thông báo 9441/TB-BNV (theo nguồn thứ cấp)" },
  { date: "2026-08-31", type: "HOLIDAY", nameVi: "Nghỉ hoán đổi dịp Quốc khánh", nameEn: "Swapped day off (National Day)", source: "Thông báo 9441/TB-BNV (theo nguồn thứ cấp)" },
  { date: "2026-09-01", type: "HOLIDAY", nameVi: "Quốc khánh (ngày liền kề)", nameEn: "National Day (adjacent day)", source: "Thông báo 9441/TB-BNV (theo nguồn thứ cấp)" },
  { date: "2026-09-02", type: "HOLIDAY", nameVi: "Quốc khánh", nameEn: "National Day", source: "Bộ luật Lao động 2019, Điều 112 khoản 1" },
  // Ngày Văn hóa Việt Nam 24/11: chủ trương tại NQ 80-NQ/TW (7/1/2026); nghỉ hưởng nguyên lương theo
  // Nghị quyết 28/2026/QH16 Điều 2, hiệu lực 1/7/2026 (as cited by several public repos; pages read only
  // confirm the policy and the planned amendment of BLLĐ Đ.112). Tue. A proposed swap around it was not
  // adopted in any source found.
  { date: "2026-11-24", type: "HOLIDAY", nameVi: "Ngày Văn hóa Việt Nam", nameEn: "Vietnamese Culture Day", source: "Nghị quyết 28/2026/QH16, Điều 2 (theo nguồn thứ cấp)" },

  // ---------------- 2027 ----------------
  // BLLĐ Đ.112 k.1(a). Fri.
  { date: "2027-01-01", type: "HOLIDAY", nameVi: "Tết Dương lịch", nameEn: "New Year's Day", source: "Bộ luật Lao động 2019, Điều 112 khoản 1" },
  // PROVISIONAL — Tết Đinh Mùi: mùng 1 = thứ Bảy 6/2/2027. No Prime Minister decision found. Statutory 5 days
  // taken as 1 day before + mùng 1–4 (the 2026 pattern): 5/2–9/2; 6/2 and 7/2 fall on the weekend →
  // 2 days in lieu on the next working days 10/2 and 11/2 (Đ.111 k.3). Replace when the notice is issued.
  { date: "2027-02-05", type: "HOLIDAY", nameVi: "Tết Nguyên đán (ngày cuối tháng Chạp)", nameEn: "Lunar New Year (Tết) – New Year's Eve", provisional: true, source: "Dự kiến: chưa có thông báo chính thức của Chính phủ" },
  { date: "2027-02-06", type: "HOLIDAY", nameVi: "Tết Nguyên đán (mùng 1)", nameEn: "Lunar New Year (Tết) – day 1", provisional: true, source: "Dự kiến: chưa có thông báo chính thức của Chính phủ" },
  { date: "2027-02-07", type: "HOLIDAY", nameVi: "Tết Nguyên đán (mùng 2)", nameEn: "Lunar New Year (Tết) – day 2", provisional: true, source: "Dự kiến: chưa có thông báo chính thức của Chính phủ" },
  { date: "2027-02-08", type: "HOLIDAY", nameVi: "Tết Nguyên đán (mùng 3)", nameEn: "Lunar New Year (Tết) – day 3", provisional: true, source: "Dự kiến: chưa có thông báo chính thức của Chính phủ" },
  { date: "2027-02-09", type: "HOLIDAY", nameVi: "Tết Nguyên đán (mùng 4)", nameEn: "Lunar New Year (Tết) – day 4", provisional: true, source: "Dự kiến: chưa có thông báo chính thức của Chính phủ" },
  { date: "2027-02-10", type: "HOLIDAY", nameVi: "Nghỉ bù Tết Nguyên đán", nameEn: "Compensatory day off (Tết)", provisional: true, source: "Dự kiến: chưa có thông báo chính thức của Chính phủ" },
  { date: "2027-02-11", type: "HOLIDAY", nameVi: "Nghỉ bù Tết Nguyên đán", nameEn: "Compensatory day off (Tết)", provisional: true, source: "Dự kiến: chưa có thông báo chính thức của Chính phủ" },
  // BLLĐ Đ.112 k.1(e): 10/3 âm lịch Đinh Mùi = thứ Sáu 16/4/2027.
  { date: "2027-04-16", type: "HOLIDAY", nameVi: "Giỗ Tổ Hùng Vương", nameEn: "Hùng Kings' Commemoration Day", source: "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e" },
  // BLLĐ Đ.112 k.1(c),(d): 30/4 Fri; 1/5 Sat → nghỉ bù thứ Hai 3/5 (Đ.111 k.3). Any swap: not yet decided.
  { date: "2027-04-30", type: "HOLIDAY", nameVi: "Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)", nameEn: "Reunification Day", source: "Bộ luật Lao động 2019, Điều 112 khoản 1" },
  { date: "2027-05-01", type: "HOLIDAY", nameVi: "Ngày Quốc tế Lao động", nameEn: "International Labour Day", source: "Bộ luật Lao động 2019, Điều 112 khoản 1" },
  { date: "2027-05-03", type: "HOLIDAY", nameVi: "Nghỉ bù Ngày Quốc tế Lao động", nameEn: "Compensatory day off (Labour Day)", source: "Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù)" },
  // BLLĐ Đ.112 k.1(đ): 2/9 (Thu) + 1 ngày liền kề do Thủ tướng quyết định. PROVISIONAL: 3/9 (Fri) assumed.
  { date: "2027-09-02", type: "HOLIDAY", nameVi: "Quốc khánh", nameEn: "National Day", source: "Bộ luật Lao động 2019, Điều 112 khoản 1" },
  { date: "2027-09-03", type: "HOLIDAY", nameVi: "Quốc khánh (ngày liền kề)", nameEn: "National Day (adjacent day)", provisional: true, source: "Dự kiến: chưa có thông báo chính thức của Chính phủ" },
  // Ngày Văn hóa Việt Nam (see 2026 entry). Wed.
  { date: "2027-11-24", type: "HOLIDAY", nameVi: "Ngày Văn hóa Việt Nam", nameEn: "Vietnamese Culture Day", source: "Nghị quyết 28/2026/QH16, Điều 2 (theo nguồn thứ cấp)" },
];
