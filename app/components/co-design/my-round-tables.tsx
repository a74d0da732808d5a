import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import type { RoundTableStatus } from "~/db/enums";
import { formatDate } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

/** On the territory home: the round tables she sits at, each linked to her vote page. */
export function MyRoundTables({ lang, base, tables }: { lang: Language; base: string; tables: { id: string; theme: string; heldOn: string; status: RoundTableStatus }[] }) {
  const { t } = useTranslation();
  if (tables.length === 0) return null;
  return (
    <section aria-labelledby="my-round-tables-heading">
      <h2 id="my-round-tables-heading">{t("coDesign.myRoundTables")}</h2>
      <ul className="plain-list">
        {tables.map((r) => (
          <li key={r.id}>
            <Link to={`${base}/co-design/round-tables/${r.id}/vote`}>{r.theme}</Link> ({formatDate(lang, r.heldOn, "medium")}, {t(`coDesign.statuses.${r.status}`)})
          </li>
        ))}
      </ul>
    </section>
  );
}
