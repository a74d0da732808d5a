import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect } from "react-router";
import { findResetTokenOwner } from "~/auth/auth.server";
import { personalWords, weakPasswordMessage } from "~/auth/password-strength.server";
import { resetPassword } from "~/auth/session.server";
import { FormAlert, TextField } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { newPasswordSchema } from "~/features/members/members.schema";
import { formError, invalid, parseForm } from "~/http/form.server";
import { MIN_PASSWORD_LENGTH } from "~/auth/password-rules";
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/reset-password";

export function loader({ request }: Route.LoaderArgs) {
  return { token: new URL(request.url).searchParams.get("token") ?? "" };
}

export async function action(args: Route.ActionArgs) {
  const { lang } = getRequestState(args);
  const formData = await args.request.formData();
  const parsed = parseForm(newPasswordSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const token = String(formData.get("token") ?? "");
  const owner = await findResetTokenOwner(token);
  if (!owner) return formError(formData, "auth.resetInvalid");
  const weak = await weakPasswordMessage(parsed.value.password, personalWords(owner.name, owner.email));
  if (weak) return formError(formData, weak, "password");
  if (!(await resetPassword(token, parsed.value.password))) return formError(formData, "auth.resetInvalid");
  return redirect(`/${lang}/sign-in?reset=1`);
}

export default function ResetPassword({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle>{t("auth.resetTitle")}</PageTitle>
      <h1>{t("auth.resetTitle")}</h1>
      {loaderData.token ? (
        <>
          <FormAlert state={actionData} />
          <PostForm noValidate>
            <input type="hidden" name="token" value={loaderData.token} />
            <TextField
              name="password"
              type="password"
              label={t("auth.newPassword")}
              hint={t("auth.passwordHint", { min: MIN_PASSWORD_LENGTH })}
              autoComplete="new-password"
              required
              state={actionData}
            />
            <TextField name="confirmPassword" type="password" label={t("auth.confirmPassword")} autoComplete="new-password" required state={actionData} />
            <button type="submit" className="button">
              {t("auth.setPassword")}
            </button>
          </PostForm>
        </>
      ) : (
        <p>
          {t("auth.resetInvalid")} <Link to={`/${params.lang}/forgot-password`}>{t("auth.forgotPassword")}</Link>
        </p>
      )}
    </div>
  );
}
