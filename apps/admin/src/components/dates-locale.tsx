/**
 * DatesLocale — date pickers in the reader's language with weeks starting on Monday. Kept out of
 * the shell so the date library loads only with the screens that pick dates.
 */
import { DatesProvider } from "@mantine/dates";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import "dayjs/locale/vi";

export function DatesLocale({ children }: { readonly children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === "en" ? "en" : "vi", firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}
