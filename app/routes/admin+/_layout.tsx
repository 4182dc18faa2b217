import { type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requirePermission } from "~/modules/auth/guards.server";

/** Every /admin page needs an administrator; each child loader and action checks again. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:users");
  return {};
}

export default function AdminLayout() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
