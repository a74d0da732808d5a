import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, Notice, SelectField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { formatDate } from "~/i18n/format";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "~/i18n/languages";
import { RowAction } from "~/components/ui/row-action";

export type InviteResult = { ok: true; done: "invited"; emailSent: boolean; email: string } | { ok: true; done: "revoked" };

/** Result of the last invite or revoke, announced politely. */
export function InvitationNotice({ result }: { result: InviteResult | undefined }) {
  const { t } = useTranslation();
  if (!result) return null;
  if (result.done === "revoked") return <Notice>{t("members.revoked")}</Notice>;
  return <Notice>{result.emailSent ? t("members.invited", { email: result.email }) : t("members.invitedNoEmail", { email: result.email })}</Notice>;
}

export function InvitationForm({
  lang,
  state,
  roles,
  organisations,
  defaultLanguage,
}: {
  lang: Language;
  state: FormState;
  roles: string[];
  organisations?: { id: string; name: string }[];
  defaultLanguage?: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="invite-heading" className="narrow">
      <h2 id="invite-heading">{t("members.invite")}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value="invite" />
        <TextField name="name" label={t("members.name")} autoComplete="off" required state={state} />
        <TextField name="email" type="email" label={t("auth.email")} autoComplete="off" required state={state} />
        <SelectField
          name="role"
          label={t("members.role")}
          options={[{ value: "", label: t("forms.choose") }, ...roles.map((r) => ({ value: r, label: t(`roles.${r}` as never) }))]}
          required
          state={state}
        />
        {organisations ? (
          <SelectField
            name="organisationId"
            label={t("members.organisation")}
            options={[{ value: "", label: t("members.noOrganisation") }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
            state={state}
          />
        ) : null}
        <SelectField
          name="language"
          label={t("members.emailLanguage")}
          options={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
          defaultValue={defaultLanguage ?? lang}
          state={state}
        />
        <button type="submit" className="button">
          {t("members.sendInvitation")}
        </button>
      </PostForm>
    </section>
  );
}

export function PendingInvitations({
  lang,
  invitations,
  canRevoke,
}: {
  lang: Language;
  invitations: { id: string; name: string; email: string; role: string; expiresAt: Date | string }[];
  canRevoke: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t("members.pending")}</h2>
      {invitations.length === 0 ? (
        <p>{t("members.noPending")}</p>
      ) : (
        <ul className="plain-list">
          {invitations.map((inv) => (
            <li key={inv.id}>
              {t("members.pendingLine", {
                name: inv.name,
                email: inv.email,
                role: t(`roles.${inv.role}` as never),
                date: formatDate(lang, inv.expiresAt, "medium"),
              })}
              {canRevoke ? (
                <RowAction intent="revoke" fields={{ invitationId: inv.id }} label={t("members.revoke")} subject={inv.email} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
