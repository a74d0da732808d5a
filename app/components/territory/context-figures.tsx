import { useTranslation } from "~/i18n/use-translation";
import { formatCountry, formatLanguageName, formatNumber, formatPercent } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

type Figures = {
  countryCode: string;
  languages: string[];
  population: number | null;
  foreignResidentsPercent: number | null;
  tcnPercent: number | null;
};

/** A territory's context figures as a description list, formatted for the page's locale. */
export function ContextFigures({ lang, territory }: { lang: Language; territory: Figures }) {
  const { t } = useTranslation();
  const missing = t("common.notRecorded");
  return (
    <dl className="figures">
      <div>
        <dt>{t("territory.country")}</dt>
        <dd>{formatCountry(lang, territory.countryCode)}</dd>
      </div>
      <div>
        <dt>{t("territory.languages")}</dt>
        <dd>{territory.languages.map((code) => formatLanguageName(lang, code)).join(", ")}</dd>
      </div>
      <div>
        <dt>{t("territory.population")}</dt>
        <dd>{territory.population === null ? missing : formatNumber(lang, territory.population)}</dd>
      </div>
      <div>
        <dt>{t("territory.foreignResidents")}</dt>
        <dd>{territory.foreignResidentsPercent === null ? missing : formatPercent(lang, territory.foreignResidentsPercent)}</dd>
      </div>
      <div>
        <dt>{t("territory.tcnShare")}</dt>
        <dd>{territory.tcnPercent === null ? missing : formatPercent(lang, territory.tcnPercent)}</dd>
      </div>
    </dl>
  );
}
