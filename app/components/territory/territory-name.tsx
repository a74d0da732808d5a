import { useTranslation } from "~/i18n/use-translation";
import { LANGUAGE_NAMES, type Language } from "~/i18n/languages";

/**
 * A territory's name as localizeTerritory gave it: when it is not in the page's language (no name
 * was given in it), it is marked with its language, for screen readers (lang) and for the eye.
 */
export function TerritoryName({ name, nameLang }: { name: string; nameLang?: Language }) {
  const { i18n } = useTranslation();
  if (!nameLang || nameLang === i18n.language) return <>{name}</>;
  return (
    <>
      <span lang={nameLang}>{name}</span> <span className="muted">{`(${LANGUAGE_NAMES[nameLang]})`}</span>
    </>
  );
}
