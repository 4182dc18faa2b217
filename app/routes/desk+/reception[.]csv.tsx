import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/guards.server";
import { monthOf } from "~/modules/dialogue/register.server";

/** The month's reception register as CSV: the register's own export, with every column of its form. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "case:read:unit");
  const [year, month] = monthOf(request).split("-");
  return redirect(`/desk/registers/reception.csv?${new URLSearchParams({ period: "month", year: year!, month: String(Number(month)) })}`);
}
