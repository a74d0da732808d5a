import { useTranslation } from "~/i18n/use-translation";
import { data, Link, redirect } from "react-router";
import { z } from "zod";
import { createAccountWithPassword, findAccountByEmail } from "~/auth/auth.server";
import { MIN_PASSWORD_LENGTH } from "~/auth/password-rules";
import { personalWords, weakPasswordMessage } from "~/auth/password-strength.server";
import { signInWithPassword } from "~/auth/session.server";
import { FormAlert, TextField } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { getDb } from "~/db/client.server";
import { newPasswordSchema } from "~/features/members/members.schema";
import { findOpenInvitation, grantInvitation } from "~/features/members/members.server";
import { formError, invalid, parseForm } from "~/http/form.server";
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/invitation";

const newAccountSchema = newPasswordSchema.and(
  z.object({ name: z.string().trim().min(2, "errors.nameTooShort").max(120, "errors.tooLong") }),
);

export async function loader(args: Route.LoaderArgs) {
  const { actor } = getRequestState(args);
  const token = new URL(args.request.url).searchParams.get("token") ?? "";
  const invite = await findOpenInvitation(getDb(), token);
  if (!invite) return data({ state: "invalid" as const }, { status: 404 });
  const hasAccount = (await findAccountByEmail(invite.email)) !== null;
  const view = {
    token,
    email: invite.email,
    name: invite.name,
    role: invite.role,
    place: invite.territoryName ?? invite.programmeName,
  };
  if (!hasAccount) return { state: "new-account" as const, ...view };
  if (!actor) return { state: "sign-in-first" as const, ...view };
  if (actor.email !== invite.email) return { state: "other-account" as const, ...view };
  return { state: "accept" as const, ...view };
}

export async function action(args: Route.ActionArgs) {
  const { lang, actor } = getRequestState(args);
  const formData = await args.request.formData();
  const token = String(formData.get("token") ?? "");
  const db = getDb();
  const invite = await findOpenInvitation(db, token);
  if (!invite) return formError(formData, "invitation.invalid", "_form", 404);

  const existing = await findAccountByEmail(invite.email);
  if (existing) {
    // Someone who already has an account accepts while signed in as herself.
    if (!actor || actor.email !== invite.email) return formError(formData, "invitation.signInFirst", "_form", 403);
    await grantInvitation(db, { invite, userId: actor.userId });
    return redirect(`/${lang}/start`);
  }

  const parsed = parseForm(newAccountSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const weak = await weakPasswordMessage(parsed.value.password, personalWords(parsed.value.name, invite.name, invite.email));
  if (weak) return formError(formData, weak, "password");
  const created = await createAccountWithPassword({
    email: invite.email,
    name: parsed.value.name,
    password: parsed.value.password,
    language: invite.language,
  }).catch(async (error: unknown) => {
    // A double submit: the other request has just created this account (and accepts the invitation).
    if (await findAccountByEmail(invite.email)) return null;
    throw error;
  });
  if (!created) return redirect(`/${lang}/sign-in`);
  await grantInvitation(db, { invite, userId: created.id });
  const cookies = await signInWithPassword(args.request, invite.email, parsed.value.password);
  return redirect(`/${lang}/start`, { headers: cookies?.cookies });
}

export default function Invitation({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  if (loaderData.state === "invalid") {
    return (
      <div className="narrow">
        <PageTitle>{t("invitation.title")}</PageTitle>
        <h1>{t("invitation.title")}</h1>
        <p>{t("invitation.invalid")}</p>
      </div>
    );
  }
  const { token, email, name, role, place } = loaderData;
  const next = `/${params.lang}/invitation?token=${encodeURIComponent(token)}`;
  return (
    <div className="narrow">
      <PageTitle>{t("invitation.title")}</PageTitle>
      <h1>{t("invitation.title")}</h1>
      <p>{t("invitation.intro", { role: t(`roles.${role}`), place })}</p>
      <FormAlert state={actionData} />
      {loaderData.state === "new-account" && (
        <PostForm noValidate>
          <input type="hidden" name="token" value={token} />
          <p>
            {t("auth.email")}: <strong>{email}</strong>
          </p>
          <TextField name="name" label={t("invitation.yourName")} defaultValue={name} autoComplete="name" required state={actionData} />
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
            {t("invitation.createAccount")}
          </button>
        </PostForm>
      )}
      {loaderData.state === "sign-in-first" && (
        <p>
          {t("invitation.hasAccount", { email })}{" "}
          <Link to={`/${params.lang}/sign-in?next=${encodeURIComponent(next)}`}>{t("shell.signIn")}</Link>
        </p>
      )}
      {loaderData.state === "other-account" && <p>{t("invitation.otherAccount", { email })}</p>}
      {loaderData.state === "accept" && (
        <PostForm>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button">
            {t("invitation.accept")}
          </button>
        </PostForm>
      )}
    </div>
  );
}
