import { useLoaderData } from "@remix-run/react";

export function loader() {
  const rows = Array.from({ length: 50 }, (_, i) => ({
    code: `TOHIEU-2026-${String(100000 + i).slice(1)}`,
    title: `Đèn đường hỏng ở tổ ${i + 1}`,
    status: i % 3 === 0 ? "Đang giải quyết" : "Đã tiếp nhận",
    submittedAt: new Date(Date.UTC(2026, 10, 1 + (i % 28))).toISOString().slice(0, 10),
  }));
  return { rows };
}

export default function Index() {
  const { rows } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Hộp hồ sơ</h1>
      <table>
        <thead>
          <tr>
            <th>Mã</th>
            <th>Tiêu đề</th>
            <th>Trạng thái</th>
            <th>Ngày gửi</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <td>
                <a href={`/cases/${r.code}`}>{r.code}</a>
              </td>
              <td>{r.title}</td>
              <td>{r.status}</td>
              <td>{r.submittedAt}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
