// A person's own data, table by table: rows about her as lists of their columns, and the rows she
// wrote or recorded by id. Column names are the database's own, as in the JSON download.
import { useTranslation } from "~/i18n/use-translation";
import { formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

type Section = { table: string; rows: Record<string, unknown>[]; authored: Record<string, unknown>[] };

/** Rows shown per table; the JSON download has them all. */
const SHOWN = 100;

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function Rows({ rows }: { rows: Record<string, unknown>[] }) {
  return (
    <ol className="plain-list">
      {rows.slice(0, SHOWN).map((row, i) => (
        <li key={String(row.id ?? i)}>
          <dl className="data-row">
            {Object.entries(row).map(([column, value]) => (
              <div key={column}>
                <dt>
                  <code>{column}</code>
                </dt>
                <dd>{shown(value)}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}

export function PersonalDataSections({ lang, sections }: { lang: Language; sections: Section[] }) {
  const { t } = useTranslation();
  if (sections.length === 0) return <p>{t("personalData.nothing")}</p>;
  return (
    <>
      {sections.map((s) => {
        const hidden = Math.max(0, s.rows.length - SHOWN) + Math.max(0, s.authored.length - SHOWN);
        return (
          <section key={s.table} aria-labelledby={`data-${s.table}`}>
            <h2 id={`data-${s.table}`}>{t(`personalData.tables.${s.table}` as never)}</h2>
            {s.rows.length > 0 && <Rows rows={s.rows} />}
            {s.authored.length > 0 && (
              <>
                <p>{t("personalData.authored", { count: s.authored.length, formatted: formatNumber(lang, s.authored.length) })}</p>
                <Rows rows={s.authored} />
              </>
            )}
            {hidden > 0 && <p className="muted">{t("personalData.more", { count: hidden, formatted: formatNumber(lang, hidden) })}</p>}
          </section>
        );
      })}
    </>
  );
}
