// The page's translations, handed down by React context: the language's `t` and its i18next
// instance. react-i18next did this and more (namespaces, suspense, language-change events, a copy
// of the instance for each component that asks), and the copies cost 3–5 % of a page's server
// CPU; this app asks for none of the rest (decision 035).
import type { i18n, TFunction } from "i18next";
import { createContext, useContext, type ReactNode } from "react";

export type Translation = { t: TFunction; i18n: i18n };

const TranslationContext = createContext<Translation | null>(null);
const translations = new WeakMap<i18n, Translation>();

/** One `t` per instance: an instance serves one language and never changes it (i18n.ts). */
function translationOf(instance: i18n): Translation {
  let translation = translations.get(instance);
  if (!translation) translations.set(instance, (translation = { t: instance.getFixedT(instance.language), i18n: instance }));
  return translation;
}

export function TranslationProvider({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  return <TranslationContext.Provider value={translationOf(i18n)}>{children}</TranslationContext.Provider>;
}

/** `t` and the instance of the page's language; only inside a TranslationProvider (the root's). */
export function useTranslation(): Translation {
  const translation = useContext(TranslationContext);
  if (!translation) throw new Error("useTranslation() outside a TranslationProvider");
  return translation;
}
