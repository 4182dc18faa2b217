import { useLocation } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "~/i18n/react";

type ToastData = { key: string; params?: Record<string, string | number>; type: string };

export function Toast({ toast }: { toast: ToastData }) {
  const { t } = useTranslation();
  return (
    <div className={`toast toast-${toast.type}`} role={toast.type === "error" ? "alert" : "status"}>
      {t(toast.key, toast.params)}
    </div>
  );
}

/**
 * The message of the last action, on the page the action led to only. The
 * root loader is not re-run on a plain link navigation, so its data (and the
 * toast in it) would otherwise stay on every following page: the toast is
 * remembered with the location it arrived with and hidden once the location
 * changes.
 */
export function FlashToast({ toast }: { toast: ToastData | null | undefined }) {
  const location = useLocation();
  const [arrived, setArrived] = useState({ toast, at: location.key });
  if (arrived.toast !== toast) {
    // New loader data (an action's redirect, a revalidation): it belongs to this location.
    setArrived({ toast, at: location.key });
    return toast ? <Toast toast={toast} /> : null;
  }
  return toast && arrived.at === location.key ? <Toast toast={toast} /> : null;
}
