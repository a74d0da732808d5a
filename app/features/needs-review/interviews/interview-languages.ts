// The languages an interview may be held in, for a select: named in the page language, the
// territory's own languages first, then every other ISO 639-1 language by name. Computed on the
// server (Intl.DisplayNames), so the page and its hydration name them alike.
import { formatLanguageName } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

/** ISO 639-1: every two-letter language code. */
const ISO_639_1 = (
  "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy " +
  "ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt " +
  "lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn " +
  "so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
).split(" ");

export type LanguageOption = { value: string; label: string };

/**
 * The options of the interview-language select. A stored code outside the list (an older
 * interview) is kept as an option, so editing never changes it silently.
 */
export function interviewLanguageOptions(lang: Language, territoryLanguages: string[], stored?: string | null): LanguageOption[] {
  const name = (code: string) => formatLanguageName(lang, code);
  const first = [...new Set(territoryLanguages)];
  const rest = ISO_639_1.filter((code) => !first.includes(code) && name(code) !== code);
  if (stored && !first.includes(stored) && !rest.includes(stored)) rest.push(stored);
  const collator = new Intl.Collator(lang);
  rest.sort((a, b) => collator.compare(name(a), name(b)));
  return [...first, ...rest].map((code) => ({ value: code, label: name(code) }));
}
