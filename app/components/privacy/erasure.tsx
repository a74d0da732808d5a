// The confirmation before an account is erased (decision 024): what goes, what stays, and the
// account's email address typed again.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { FormAlert, type FormState, TextField } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";

type Props = { email: string; cancelHref: string; state: FormState; action?: string };

export function ErasureConfirmation({ email, cancelHref, state, action }: Props) {
  const { t } = useTranslation();
  return (
    <section className="confirm-box" aria-labelledby="erase-heading">
      <h2 id="erase-heading">{t("personalData.eraseConfirmTitle")}</h2>
      <ul className="plain-list">
        <li>{t("personalData.eraseGoes")}</li>
        <li>{t("personalData.eraseAuthored")}</li>
        <li>{t("personalData.eraseCertificates")}</li>
        <li>{t("personalData.eraseAudit")}</li>
      </ul>
      <FormAlert state={state} />
      <PostForm noValidate action={action}>
        <TextField name="confirmEmail" type="email" label={t("personalData.confirmEmail", { email })} autoComplete="off" required state={state} />
        <button type="submit" className="button">
          {t("personalData.eraseButton")}
        </button>{" "}
        <Link to={cancelHref}>{t("personalData.cancel")}</Link>
      </PostForm>
    </section>
  );
}
