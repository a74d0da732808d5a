import { useTranslation } from "react-i18next";
import { requestPasswordReset } from "~/auth/session.server";
import { FormAlert, Notice, TextField } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { invalid, parseForm } from "~/http/form.server";
import type { Route } from "./+types/forgot-password";
import { emailOnlySchema } from "./auth.schema";

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(emailOnlySchema, formData);
  if (!parsed.ok) return invalid(parsed);
  await requestPasswordReset(parsed.value.email);
  // The same answer whether or not the account exists.
  return { ok: true as const };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const sent = actionData && "ok" in actionData && actionData.ok;
  return (
    <div className="narrow">
      <PageTitle>{t("auth.forgotTitle")}</PageTitle>
      <h1>{t("auth.forgotTitle")}</h1>
      {sent ? (
        <Notice>{t("auth.resetSent")}</Notice>
      ) : (
        <>
          <p>{t("auth.forgotIntro")}</p>
          <FormAlert state={actionData && !actionData.ok ? actionData : undefined} />
          <PostForm noValidate>
            <TextField
              name="email"
              type="email"
              label={t("auth.email")}
              autoComplete="email"
              required
              state={actionData && !actionData.ok ? actionData : undefined}
            />
            <button type="submit" className="button">
              {t("auth.sendResetLink")}
            </button>
          </PostForm>
        </>
      )}
    </div>
  );
}
