import { useTranslation } from "~/i18n/use-translation";
import { reserveAttempt, resetBuckets } from "~/auth/login-throttle.server";
import { requestPasswordReset } from "~/auth/session.server";
import { FormAlert, Notice, TextField } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { formError, invalid, parseForm } from "~/http/form.server";
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/forgot-password";
import { emailOnlySchema } from "./auth.schema";

export async function action(args: Route.ActionArgs) {
  const { clientIp } = getRequestState(args);
  const formData = await args.request.formData();
  const parsed = parseForm(emailOnlySchema, formData);
  if (!parsed.ok) return invalid(parsed);
  // Counted per address and per client whether or not the account exists, so the refusal says nothing about it.
  const reserved = await reserveAttempt(resetBuckets(parsed.value.email, clientIp));
  if (!reserved.allowed) return formError(formData, "security.resetTooMany", "_form", 429);
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
