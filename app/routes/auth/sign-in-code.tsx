import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect } from "react-router";
import { z } from "zod";
import { safeNextPath } from "~/auth/safe-next";
import { verifySecondFactor } from "~/auth/session.server";
import { FormAlert, TextField } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { formError, invalid, parseForm } from "~/http/form.server";
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/sign-in-code";

// The second step of signing in (decision 023): the six digits of the authenticator app, or one
// of the recovery codes. better-auth keeps the pending sign-in in a signed cookie for ten minutes,
// allows five codes per sign-in and locks the second step after ten wrong codes in a row.
const codeSchema = z.object({
  code: z.string().trim().min(1, "errors.required").max(40, "errors.tooLong"),
  next: z.string().max(2000).optional(),
});

export function loader(args: Route.LoaderArgs) {
  const { lang, actor } = getRequestState(args);
  const next = new URL(args.request.url).searchParams.get("next") ?? "";
  if (actor) throw redirect(safeNextPath(next, `/${lang}/start`));
  return { next };
}

export async function action(args: Route.ActionArgs) {
  const { lang } = getRequestState(args);
  const formData = await args.request.formData();
  const parsed = parseForm(codeSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const code = parsed.value.code.replace(/\s+/g, "");
  const kind = /^\d{6}$/.test(code) ? "totp" : "recovery";
  const cookies = await verifySecondFactor(args.request, code, kind);
  if (!cookies) return formError(formData, "security.codeWrong", "code", 401);
  return redirect(safeNextPath(parsed.value.next, `/${lang}/start`), { headers: cookies });
}

export default function SignInCode({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle>{t("security.codeTitle")}</PageTitle>
      <h1>{t("security.codeTitle")}</h1>
      <p>{t("security.codeIntro")}</p>
      <FormAlert state={actionData} />
      <PostForm noValidate>
        <input type="hidden" name="next" value={loaderData.next} />
        <TextField name="code" label={t("security.codeLabel")} hint={t("security.codeHint")} autoComplete="one-time-code" required state={actionData} />
        <button type="submit" className="button">
          {t("auth.signIn")}
        </button>
      </PostForm>
      <p>
        <Link to={`/${params.lang}/sign-in`}>{t("security.startAgain")}</Link>
      </p>
    </div>
  );
}
