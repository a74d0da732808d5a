import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, SelectField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { ROUND_TABLE_CATEGORIES, ROUND_TABLE_SCOPES, type RoundTableCategory, type RoundTableScope } from "~/db/enums";
import { RowAction } from "~/components/ui/row-action";

export type Participant = { id: string; name: string; organisationName: string; category: RoundTableCategory; scope: RoundTableScope; linked: boolean; hasVoted: boolean };

/** Who sits at the round table, and (for its facilitators) the forms to add and remove people. */
export function ParticipantsSection({
  participants,
  members,
  canEdit,
  state,
}: {
  participants: Participant[];
  members: { userId: string; name: string }[];
  canEdit: boolean;
  state: FormState;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t("coDesign.participants")}</h2>
      {participants.length === 0 ? (
        <p>{t("coDesign.noParticipants")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("coDesign.participants")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("coDesign.participantName")}</th>
                <th scope="col">{t("coDesign.organisation")}</th>
                <th scope="col">{t("coDesign.category")}</th>
                <th scope="col">{t("coDesign.scope")}</th>
                <th scope="col">{t("coDesign.account")}</th>
                {canEdit ? <th scope="col">{t("coDesign.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name || t("personalData.formerMember")}</th>
                  <td>{p.organisationName || "—"}</td>
                  <td>{t(`coDesign.categories.${p.category}`)}</td>
                  <td>{t(`coDesign.scopes.${p.scope}`)}</td>
                  <td>{p.linked ? t("coDesign.linked") : "—"}</td>
                  {canEdit ? (
                    <td>
                      <RowAction intent="remove-participant" fields={{ id: p.id }} label={t("coDesign.remove")} subject={p.name || t("personalData.formerMember")} look="button" />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? (
        <div className="narrow">
          <h3>{t("coDesign.addParticipant")}</h3>
          <FormAlert state={state} />
          <PostForm noValidate>
            <input type="hidden" name="intent" value="participant" />
            <TextField name="name" label={t("coDesign.participantName")} hint={t("coDesign.participantNameHint")} state={state} />
            <TextField name="organisationName" label={t("coDesign.organisation")} state={state} />
            <SelectField
              name="category"
              label={t("coDesign.category")}
              required
              options={[{ value: "", label: t("coDesign.chooseOne") }, ...ROUND_TABLE_CATEGORIES.map((c) => ({ value: c, label: t(`coDesign.categories.${c}`) }))]}
              state={state}
            />
            <SelectField
              name="scope"
              label={t("coDesign.scope")}
              required
              options={[{ value: "", label: t("coDesign.chooseOne") }, ...ROUND_TABLE_SCOPES.map((s) => ({ value: s, label: t(`coDesign.scopes.${s}`) }))]}
              state={state}
            />
            <SelectField
              name="userId"
              label={t("coDesign.linkAccount")}
              hint={t("coDesign.linkAccountHint")}
              options={[{ value: "", label: t("coDesign.noAccount") }, ...members.map((m) => ({ value: m.userId, label: m.name }))]}
              state={state}
            />
            <button type="submit" className="button">
              {t("coDesign.addParticipantButton")}
            </button>
          </PostForm>
        </div>
      ) : null}
    </section>
  );
}
