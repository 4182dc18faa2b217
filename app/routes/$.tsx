import { GeneralErrorBoundary } from "~/components/error-boundary";
import { notFound } from "~/utils/http.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const shouldRevalidate = revalidateAfterRefusal;

/** Any unknown URL: a 404 page in the user's language, inside the normal layout. */
export async function loader() {
  notFound();
}

export async function action() {
  notFound();
}

export default function NotFound() {
  return <GeneralErrorBoundary />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
