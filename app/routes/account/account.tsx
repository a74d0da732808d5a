import { eq } from "drizzle-orm";
import { useTranslation } from "~/i18n/use-translation";
import { data, Link } from "react-router";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "~/auth/password-rules";
import { personalWords, weakPasswordMessage } from "~/auth/password-strength.server";
import { changePassword } from "~/auth/session.server";
import { FormAlert, Notice, SelectField, TextField } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { getDb } from "~/db/client.server";
import { user } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { formError, invalid, parseForm } from "~/http/form.server";
import { LANGUAGE_NAMES, LANGUAGES } from "~/i18n/languages";
import { getRequestState, requireActor } from "~/tenancy/access.server";
import type { Route } from "./+types/account";

const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "errors.required").max(1000, "errors.tooLong"),
    password: z.string().min(MIN_PASSWORD_LENGTH, "errors.passwordTooShort").max(MAX_PASSWORD_LENGTH, "errors.tooLong"),
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "errors.passwordsDiffer", path: ["confirmPassword"] });

const languageSchema = z.object({ preferredLanguage: z.enum(LANGUAGES, { error: "errors.language" }) });

export async function loader(args: Route.LoaderArgs) {
  const actor = requireActor(args);
  const [row] = await getDb().select({ preferredLanguage: user.preferredLanguage }).from(user).where(eq(user.id, actor.userId));
  return { lang: getRequestState(args).lang, name: actor.name, email: actor.email, preferredLanguage: row?.preferredLanguage ?? null };
}

export async function action(args: Route.ActionArgs) {
  const actor = requireActor(args);
  const formData = await args.request.formData();
  const intent = formData.get("intent");
  if (intent === "language") {
    const parsed = parseForm(languageSchema, formData);
    if (!parsed.ok) return invalid(parsed);
    await getDb().transaction(async (tx) => {
      await tx.update(user).set({ preferredLanguage: parsed.value.preferredLanguage }).where(eq(user.id, actor.userId));
      await recordAudit(tx, { actorUserId: actor.userId, programmeId: null, territoryId: null, action: "account.language", objectType: "user", objectId: actor.userId });
    });
    return { ok: true as const, done: "language" as const };
  }
  const parsed = parseForm(passwordChangeSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const weak = await weakPasswordMessage(parsed.value.password, personalWords(actor.name, actor.email));
  if (weak) return formError(formData, weak, "password");
  const cookies = await changePassword(args.request, parsed.value.currentPassword, parsed.value.password);
  if (!cookies) return formError(formData, "auth.currentPasswordWrong", "currentPassword");
  await recordAudit(getDb(), { actorUserId: actor.userId, programmeId: null, territoryId: null, action: "account.password-change", objectType: "user", objectId: actor.userId });
  return data({ ok: true as const, done: "password" as const }, { headers: cookies });
}

export default function Account({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const done = actionData && actionData.ok ? actionData.done : undefined;
  const failedIntent = failed?.values?.intent;
  return (
    <div className="narrow">
      <PageTitle>{t("account.title")}</PageTitle>
      <h1>{t("account.title")}</h1>
      <p>
        {loaderData.name} · {loaderData.email}
      </p>
      <ul className="action-links">
        <li>
          <Link to={`/${loaderData.lang}/account/security`}>{t("security.accountLink")}</Link>
        </li>
        <li>
          <Link to={`/${loaderData.lang}/account/data`}>{t("personalData.accountLink")}</Link>
        </li>
        <li>
          <Link to={`/${loaderData.lang}/account/erase`}>{t("personalData.eraseAccountLink")}</Link>
        </li>
      </ul>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{t("account.changePassword")}</h2>
        {done === "password" && <Notice>{t("account.passwordChanged")}</Notice>}
        <FormAlert state={failedIntent === "password" ? failed : undefined} />
        <PostForm noValidate>
          <input type="hidden" name="intent" value="password" />
          <TextField name="currentPassword" type="password" label={t("account.currentPassword")} autoComplete="current-password" required state={failedIntent === "password" ? failed : undefined} />
          <TextField
            name="password"
            type="password"
            label={t("auth.newPassword")}
            hint={t("auth.passwordHint", { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            state={failedIntent === "password" ? failed : undefined}
          />
          <TextField name="confirmPassword" type="password" label={t("auth.confirmPassword")} autoComplete="new-password" required state={failedIntent === "password" ? failed : undefined} />
          <button type="submit" className="button">
            {t("account.changePassword")}
          </button>
        </PostForm>
      </section>
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t("account.emailLanguage")}</h2>
        {done === "language" && <Notice>{t("account.saved")}</Notice>}
        <PostForm noValidate>
          <input type="hidden" name="intent" value="language" />
          <SelectField
            name="preferredLanguage"
            label={t("account.emailLanguageLabel")}
            options={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
            defaultValue={loaderData.preferredLanguage ?? "en"}
            state={failedIntent === "language" ? failed : undefined}
          />
          <button type="submit" className="button button--secondary">
            {t("common.save")}
          </button>
        </PostForm>
      </section>
    </div>
  );
}
