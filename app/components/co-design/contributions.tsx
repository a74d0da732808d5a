import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, SelectField, TextAreaField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import type { RoundTableStatus } from "~/db/enums";
import { formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import { RowAction } from "~/components/ui/row-action";

type Contribution = { id: string; proposal: string; findingId: string | null; proposedBy: string | null };
type Need = { id: string; statement: string };

/** The outcome: contributions by rank (points, then voters, then the earlier one). */
export function RankedList({ lang, ranked, status }: { lang: Language; ranked: { id: string; proposal: string; points: number; voters: number; rank: number }[]; status: RoundTableStatus }) {
  const { t } = useTranslation();
  if (status === "planned" || ranked.length === 0) return null;
  return (
    <section aria-labelledby="ranking-heading">
      <h2 id="ranking-heading">{status === "closed" ? t("coDesign.outcome") : t("coDesign.rankingSoFar")}</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("coDesign.outcome")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("coDesign.rank")}</th>
              <th scope="col">{t("coDesign.proposal")}</th>
              <th scope="col">{t("coDesign.points")}</th>
              <th scope="col">{t("coDesign.voters")}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((c) => (
              <tr key={c.id}>
                <td>{formatNumber(lang, c.rank)}</td>
                <th scope="row">{c.proposal}</th>
                <td>{formatNumber(lang, c.points)}</td>
                <td>{formatNumber(lang, c.voters)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The contributions in the order they were made, and (for facilitators) the forms to add and remove them. */
export function ContributionsSection({
  contributions,
  needs,
  participants,
  canEdit,
  state,
}: {
  contributions: Contribution[];
  needs: Need[];
  participants: { id: string; name: string }[];
  canEdit: boolean;
  state: FormState;
}) {
  const { t } = useTranslation();
  const statementOf = new Map(needs.map((n) => [n.id, n.statement]));
  return (
    <section aria-labelledby="contributions-heading">
      <h2 id="contributions-heading">{t("coDesign.contributions")}</h2>
      {contributions.length === 0 ? (
        <p>{t("coDesign.noContributions")}</p>
      ) : (
        <ul className="plain-list">
          {contributions.map((c) => (
            <li key={c.id}>
              <p>{c.proposal}</p>
              <p className="muted">
                {c.findingId ? t("coDesign.answers", { need: statementOf.get(c.findingId) ?? t("coDesign.needOffTable") }) : t("coDesign.noNeed")}
                {c.proposedBy ? ` · ${t("coDesign.proposedBy", { name: c.proposedBy })}` : ""}
              </p>
              {canEdit ? (
                <RowAction intent="remove-contribution" fields={{ id: c.id }} label={t("coDesign.remove")} subject={c.proposal} look="button" />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <div className="narrow">
          <h3>{t("coDesign.addContribution")}</h3>
          <FormAlert state={state} />
          <PostForm noValidate>
            <input type="hidden" name="intent" value="contribution" />
            <TextAreaField name="proposal" label={t("coDesign.proposal")} hint={t("coDesign.proposalHint")} required rows={3} state={state} />
            <SelectField
              name="findingId"
              label={t("coDesign.needAnswered")}
              options={[{ value: "", label: t("coDesign.noNeed") }, ...needs.map((n) => ({ value: n.id, label: n.statement }))]}
              state={state}
            />
            <SelectField
              name="proposedByParticipantId"
              label={t("coDesign.proposer")}
              options={[{ value: "", label: t("coDesign.noProposer") }, ...participants.map((p) => ({ value: p.id, label: p.name || t("personalData.formerMember") }))]}
              state={state}
            />
            <button type="submit" className="button">
              {t("coDesign.addContributionButton")}
            </button>
          </PostForm>
        </div>
      ) : null}
    </section>
  );
}
