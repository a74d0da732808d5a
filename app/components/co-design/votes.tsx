import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";

type Contribution = { id: string; proposal: string };
type Vote = { participantId: string; contributionId: string; points: number };

/**
 * Points for each contribution, for one participant. Controls carry the participant's id in their
 * ids, so the many forms of the facilitator's page never share one. After a failed submit the
 * points typed come back in the order the form sent them.
 */
export function VoteForm({
  idPrefix,
  participantId,
  contributions,
  votesPerParticipant,
  current,
  state,
  submitLabel,
}: {
  idPrefix: string;
  participantId?: string;
  contributions: Contribution[];
  votesPerParticipant: number;
  current: Map<string, number>;
  state: FormState;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const typedIds = state?.values?.["contributionIds[]"]?.split("\n") ?? [];
  const typedPoints = state?.values?.["points[]"]?.split("\n") ?? [];
  const typed = new Map(typedIds.map((id, i) => [id, typedPoints[i] ?? ""]));
  const pointsError = state?.errors?.["points[]"];
  return (
    <>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value="votes" />
        {participantId ? <input type="hidden" name="participantId" value={participantId} /> : null}
        <fieldset className={`field${pointsError ? " field--invalid" : ""}`} aria-describedby={`${idPrefix}-hint${pointsError ? ` ${idPrefix}-error` : ""}`}>
          <legend>{t("coDesign.pointsLegend")}</legend>
          <p className="field-hint" id={`${idPrefix}-hint`}>
            {t("coDesign.pointsHint", { count: votesPerParticipant })}
          </p>
          {pointsError ? (
            <p className="field-error" id={`${idPrefix}-error`}>
              {pointsError.map((k) => t(k as never)).join(" ")}
            </p>
          ) : null}
          {contributions.map((c) => {
            const id = `${idPrefix}-${c.id}`;
            return (
              <div key={c.id} className="points-field">
                <input type="hidden" name="contributionIds[]" value={c.id} />
                <label htmlFor={id}>{c.proposal}</label>
                <input id={id} name="points[]" type="text" inputMode="numeric" defaultValue={typed.get(c.id) ?? String(current.get(c.id) ?? 0)} />
              </div>
            );
          })}
        </fieldset>
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </PostForm>
    </>
  );
}

/** The facilitator records the votes of each participant: one form per participant. */
export function PrioritisationSection({
  table,
  participants,
  contributions,
  votes,
  state,
}: {
  table: { votesPerParticipant: number };
  participants: { id: string; name: string; hasVoted: boolean }[];
  contributions: Contribution[];
  votes: Vote[];
  state: FormState;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="prioritisation-heading">
      <h2 id="prioritisation-heading">{t("coDesign.prioritisation")}</h2>
      <p>{t("coDesign.prioritisationIntro")}</p>
      {contributions.length === 0 || participants.length === 0 ? (
        <p>{t("coDesign.nothingToVote")}</p>
      ) : (
        participants.map((p) => {
          const mine = state?.values?.participantId === p.id ? state : undefined;
          const current = new Map(votes.filter((v) => v.participantId === p.id).map((v) => [v.contributionId, v.points]));
          return (
            <article key={p.id} className="card" aria-labelledby={`votes-${p.id}-heading`}>
              <h3 id={`votes-${p.id}-heading`}>
                {p.name || t("personalData.formerMember")} <span className="muted">({p.hasVoted ? t("coDesign.hasVoted") : t("coDesign.notVoted")})</span>
              </h3>
              <VoteForm
                idPrefix={`votes-${p.id}`}
                participantId={p.id}
                contributions={contributions}
                votesPerParticipant={table.votesPerParticipant}
                current={current}
                state={mine}
                submitLabel={t("coDesign.saveVotesOf", { name: p.name || t("personalData.formerMember") })}
              />
            </article>
          );
        })
      )}
    </section>
  );
}
