import { useTranslation } from "react-i18next";

export function Toast({ toast }: { toast: { key: string; params?: Record<string, string | number>; type: string } }) {
  const { t } = useTranslation();
  return (
    <div className={`toast toast-${toast.type}`} role={toast.type === "error" ? "alert" : "status"}>
      {t(toast.key, toast.params)}
    </div>
  );
}
