"use client";

import { useTranslations } from "next-intl";
import { Toaster } from "sonner";

/**
 * The app's toasts (sonner): bottom right, one line high and 300 px wide so that at 1280×720 they
 * cover no more than the corner of the main area (never the top bar, the rail or a grid's row
 * headers), a live region named in the user's language, Alt+T to reach them by keyboard.
 */
export function AppToaster() {
  const t = useTranslations("toast");
  return (
    <Toaster
      position="bottom-right"
      containerAriaLabel={t("region")}
      closeButton
      duration={6000}
      visibleToasts={3}
      offset={16}
      style={{ "--width": "300px" } as React.CSSProperties}
      toastOptions={{
        closeButtonAriaLabel: t("close"),
        classNames: {
          toast: "!border-slate-300 !text-slate-900 !shadow-lg",
          description: "!text-slate-700",
          actionButton: "!bg-accent !text-white !font-semibold !min-h-8 !px-3",
        },
      }}
    />
  );
}
