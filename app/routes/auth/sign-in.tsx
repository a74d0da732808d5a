import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect } from "react-router";
import { releaseSuccessfulSignIn, reserveAttempt, signInBuckets } from "~/auth/login-throttle.server";
import { safeNextPath } from "~/auth/safe-next";
import { signInWithPassword } from "~/auth/session.server";
import { FormAlert, Notice, TextField } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { formError, invalid, parseForm } from "~/http/form.server";
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/sign-in";
import { signInSchema } from "./auth.schema";

export function loader(args: Route.LoaderArgs) {
  const { lang, actor } = getRequestState(args);
  const url = new URL(args.request.url);
  const next = url.searchParams.get("next") ?? "";
  if (actor) throw redirect(safeNextPath(next, `/${lang}/start`));
  return { next, passwordReset: url.searchParams.has("reset") };
}

export async function action(args: Route.ActionArgs) {
  const { lang, clientIp } = getRequestState(args);
  const formData = await args.request.formData();
  const parsed = parseForm(signInSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const { email, password, next } = parsed.value;
  // The attempt is counted before the password is checked, so parallel guesses cannot overtake the count.
  const reserved = await reserveAttempt(signInBuckets(email, clientIp));
  if (!reserved.allowed) return formError(formData, "auth.tooManyAttempts", "_form", 429);
  const result = await signInWithPassword(args.request, email, password);
  if (!result) return formError(formData, "auth.invalidCredentials", "_form", 401);
  await releaseSuccessfulSignIn(email, clientIp);
  if (result.kind === "needs-code") {
    const query = next ? `?next=${encodeURIComponent(next)}` : "";
    return redirect(`/${lang}/sign-in/code${query}`, { headers: result.cookies });
  }
  return redirect(safeNextPath(next, `/${lang}/start`), { headers: result.cookies });
}

export default function SignIn({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle>{t("auth.signInTitle")}</PageTitle>
      <h1>{t("auth.signInTitle")}</h1>
      {loaderData.passwordReset && !actionData ? <Notice>{t("auth.passwordReset")}</Notice> : null}
      <FormAlert state={actionData} />
      <PostForm noValidate>
        <input type="hidden" name="next" value={loaderData.next} />
        <TextField name="email" type="email" label={t("auth.email")} autoComplete="username" required state={actionData} />
        <TextField name="password" type="password" label={t("auth.password")} autoComplete="current-password" required state={actionData} />
        <button type="submit" className="button">
          {t("auth.signIn")}
        </button>
      </PostForm>
      <p>
        <Link to={`/${params.lang}/forgot-password`}>{t("auth.forgotPassword")}</Link>
      </p>
    </div>
  );
}

