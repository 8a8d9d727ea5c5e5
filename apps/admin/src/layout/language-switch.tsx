/** LanguageSwitch — Vietnamese / English, remembered in this browser. */
import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { type Language, languages, switchLanguage } from "../i18n/i18n.js";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("language.label")}
      value={i18n.language === "en" ? "en" : "vi"}
      onChange={(value) => void switchLanguage(value as Language)}
      data={languages.map((l) => ({ value: l, label: l.toUpperCase(), title: t(`language.${l}`) }))}
    />
  );
}
