/**
 * Demo data for the notice board and published answers (issue #7): a few
 * notices (posted, scheduled, one taken down early) and the demo world's
 * resolved feedback published with the citizen's consent. Called from seedDemo.
 */
import { publicCopy } from "~/modules/board/anonymise";
import type { Tx } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";

const dayMs = 24 * 60 * 60 * 1000;

export async function seedBoard(tx: Tx, now = new Date()) {
  const units = Object.fromEntries((await tx.unit.findMany({ where: { code: { in: ["SLA", "TOHIEU"] } } })).map((u) => [u.code, u]));
  const staff = Object.fromEntries(
    (await tx.user.findMany({ where: { email: { in: ["tiepnhan.tohieu@langnghe.local", "lanhdao.tinh@langnghe.local"] } } })).map((u) => [u.email, u]),
  );
  const reception = staff["tiepnhan.tohieu@langnghe.local"];
  const provinceLeader = staff["lanhdao.tinh@langnghe.local"];
  if (!units.TOHIEU || !units.SLA || !reception || !provinceLeader) return;

  const notices = [
    {
      unitId: units.TOHIEU.id,
      postedById: reception.id,
      category: "BUDGET",
      title: "Công khai dự toán ngân sách phường Tô Hiệu năm 2027",
      body: "Ủy ban nhân dân phường Tô Hiệu công khai dự toán thu, chi ngân sách năm 2027 đã được Hội đồng nhân dân phường thông qua. Tổng thu 18,4 tỷ đồng; tổng chi 18,1 tỷ đồng, trong đó chi đầu tư phát triển 4,2 tỷ đồng. Mọi ý kiến xin gửi về bộ phận một cửa của phường.",
      daysAgo: 5,
      minDays: 30,
    },
    {
      unitId: units.TOHIEU.id,
      postedById: reception.id,
      category: "LAND_RECOVERY",
      title: "Phương án bồi thường, hỗ trợ dự án mở rộng đường Lò Văn Giá",
      body: "Công khai phương án bồi thường, hỗ trợ, tái định cư đối với 27 hộ gia đình bị ảnh hưởng bởi dự án mở rộng đường Lò Văn Giá (đoạn từ tổ 3 đến tổ 5). Các hộ có ý kiến khác gửi về Ủy ban nhân dân phường trong thời gian niêm yết.",
      daysAgo: 12,
      minDays: 45,
    },
    {
      unitId: units.TOHIEU.id,
      postedById: reception.id,
      category: "WELFARE",
      title: "Danh sách hộ nghèo, hộ cận nghèo phường Tô Hiệu năm 2026",
      body: "Danh sách 64 hộ nghèo và 112 hộ cận nghèo sau rà soát cuối năm 2026, theo từng tổ dân phố. Người dân có ý kiến về danh sách đề nghị phản ánh với trưởng tổ dân phố hoặc Ủy ban nhân dân phường.",
      daysAgo: 40,
      minDays: 30,
      takenDownAfterDays: 10,
      reason: "Gỡ để sửa sai sót trong danh sách tổ 7; sẽ niêm yết lại bản đã sửa.",
    },
    {
      unitId: units.TOHIEU.id,
      postedById: reception.id,
      category: "PROCEDURES",
      title: "Lịch tiếp nhận hồ sơ đăng ký khai sinh, kết hôn dịp Tết",
      body: "Bộ phận một cửa phường tiếp nhận hồ sơ đăng ký hộ tịch cả buổi sáng thứ Bảy trong tháng trước Tết Nguyên đán. Hồ sơ trực tuyến vẫn được tiếp nhận bình thường.",
      daysAgo: -3, // scheduled: goes up in three days
      minDays: 30,
    },
    {
      unitId: units.SLA.id,
      postedById: provinceLeader.id,
      category: "INSPECTION",
      title: "Kết luận thanh tra việc quản lý, sử dụng đất công tại các phường",
      body: "Công khai kết luận thanh tra về việc quản lý, sử dụng quỹ đất công ích tại các phường trên địa bàn tỉnh giai đoạn 2023–2025, các kiến nghị xử lý và thời hạn khắc phục.",
      daysAgo: 8,
      minDays: 60,
    },
  ];
  for (const n of notices) {
    const postedAt = new Date(now.getTime() - n.daysAgo * dayMs);
    const takenDownAt = "takenDownAfterDays" in n && n.takenDownAfterDays ? new Date(postedAt.getTime() + n.takenDownAfterDays * dayMs) : null;
    await tx.notice.create({
      data: {
        unitId: n.unitId,
        postedById: n.postedById,
        category: n.category,
        title: n.title,
        body: n.body,
        postedAt,
        minDays: n.minDays,
        takenDownAt,
        takenDownById: takenDownAt ? n.postedById : null,
        takedownReason: "reason" in n ? (n.reason ?? null) : null,
        searchText: foldForSearch(`${n.title} ${n.body}`),
        createdAt: n.daysAgo > 0 ? postedAt : now,
      },
    });
  }

  // The demo world's resolved feedback: its citizens agreed to publication.
  const resolved = await tx.case.findMany({
    where: { unitId: units.TOHIEU.id, kind: { in: ["FEEDBACK", "PETITION"] }, status: { in: ["RESOLVED", "CLOSED"] } },
    select: { id: true, title: true, description: true, resolutionText: true, resolvedAt: true, contactName: true, contactEmail: true, contactPhone: true, citizen: { select: { fullName: true, email: true, phone: true } } },
  });
  for (const c of resolved) {
    const who = { names: [c.citizen?.fullName, c.contactName], emails: [c.citizen?.email, c.contactEmail], phones: [c.citizen?.phone, c.contactPhone] };
    await tx.case.update({
      where: { id: c.id },
      data: { publishConsent: true, publishedAt: c.resolvedAt ?? now, ...publicCopy(c, who) },
    });
  }
}
