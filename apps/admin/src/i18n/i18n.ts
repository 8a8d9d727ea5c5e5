/**
 * Translation set-up: Vietnamese is the default and the fallback, English second. The chosen
 * language is remembered in this browser and mirrored on `<html lang>` for screen readers.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";

import { vi } from "./vi.js";

export const languages = ["vi", "en"] as const;
export type Language = (typeof languages)[number];

const storageKey = "dondoc.language";

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return value === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: "vi",
  fallbackLng: "vi",
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** Loads a language's strings (English is fetched only when someone chooses it) and switches to it. */
export async function switchLanguage(lng: Language): Promise<void> {
  if (!i18n.hasResourceBundle(lng, "translation")) {
    const { en } = await import("./en.js");
    i18n.addResourceBundle("en", "translation", en);
  }
  await i18n.changeLanguage(lng);
}

/** Switches to the language this browser chose last time. */
export function restoreLanguage(): Promise<void> {
  return switchLanguage(storedLanguage());
}

i18n.on("languageChanged", (lng) => {
  try {
    globalThis.localStorage?.setItem(storageKey, lng);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (typeof document !== "undefined") document.documentElement.lang = lng;
});
if (typeof document !== "undefined") document.documentElement.lang = i18n.language;
