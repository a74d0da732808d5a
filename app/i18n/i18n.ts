// i18next instances, never one per render (decision 030). The server keeps one instance per
// language and set of catalog sections, built once and never changed afterwards; the browser keeps
// one per language and adds the sections each page brings (the root loader sends the sections the
// matched routes need: app/i18n/route-sections.generated.ts).
import i18next, { type i18n } from "i18next";
import type { Messages } from "./catalog-parts";
import type { Language } from "./languages";

export type { Messages };
/** Some sections of a language's catalog: what a page ships. */
export type MessageSections = Partial<Messages>;

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
  }
}

function build(lang: Language, messages: MessageSections): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: { translation: messages } },
    interpolation: { escapeValue: false }, // React escapes.
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

const serverInstances = new WeakMap<MessageSections, i18n>();
const browserInstances = new Map<Language, { instance: i18n; added: WeakSet<MessageSections> }>();

/**
 * The instance that translates with these parts of the language's catalog. On the server, one per
 * messages object: the server hands out one object per language and page pattern, built once
 * (catalogs.server.ts), so instances are built once too and never changed. In the browser, one per
 * language, to which each page's parts are added as they arrive.
 */
export function i18nFor(lang: Language, messages: MessageSections): i18n {
  if (typeof document === "undefined") {
    let instance = serverInstances.get(messages);
    if (!instance) serverInstances.set(messages, (instance = build(lang, messages)));
    return instance;
  }
  const known = browserInstances.get(lang);
  if (!known) {
    const instance = build(lang, structuredClone(messages));
    browserInstances.set(lang, { instance, added: new WeakSet([messages]) });
    return instance;
  }
  if (!known.added.has(messages)) {
    known.instance.addResourceBundle(lang, "translation", messages, true, true);
    known.added.add(messages);
  }
  return known.instance;
}
