// The codings of an interview as a table (theme, passage, coder, memo), with a remove button on
// the coder's own; and those an edit of the transcript left unplaced, for her to decide about.
import { useTranslation } from "~/i18n/use-translation";
import { PostForm } from "~/components/ui/post-form";
import type { Language } from "~/i18n/languages";
import { Swatch } from "./codebook";
import type { VisibleCoding } from "./coding-workspace";

type Row = VisibleCoding & { mine: boolean };

function excerpt(quote: string): string {
  return quote.length > 160 ? `${quote.slice(0, 160)}…` : quote;
}

function Rows({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("coding.theme")}</th>
            <th scope="col">{t("coding.passage")}</th>
            <th scope="col">{t("coding.coder")}</th>
            <th scope="col">{t("coding.memo")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("coding.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Swatch colour={c.colour} /> {c.themeName}
              </th>
              <td>
                <q>{excerpt(c.quote)}</q>
              </td>
              <td>{c.coderName ?? t("coding.formerMember")}</td>
              <td>{c.memo || "—"}</td>
              <td>
                {c.mine ? (
                  <PostForm>
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="codingId" value={c.id} />
                    <button type="submit" className="link-button">
                      {t("coding.remove")}
                      <span className="visually-hidden"> – {c.themeName}</span>
                    </button>
                  </PostForm>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CodingTable({ codings }: { lang: Language; codings: Row[] }) {
  const { t } = useTranslation();
  const placed = codings.filter((c) => c.placement === "placed");
  const unplaced = codings.filter((c) => c.placement === "unplaced");
  return (
    <>
      <h2>{t("coding.listHeading", { count: placed.length })}</h2>
      {placed.length ? <Rows rows={placed} /> : <p>{t("coding.none")}</p>}
      {unplaced.length ? (
        <section aria-labelledby="unplaced-heading">
          <h2 id="unplaced-heading">{t("coding.unplacedHeading", { count: unplaced.length })}</h2>
          <p>{t("coding.unplacedHint")}</p>
          <Rows rows={unplaced} />
        </section>
      ) : null}
    </>
  );
}
