import { useTranslation } from "~/i18n/use-translation";
import { data } from "react-router";
import { z } from "zod";
import { disableTotp, startTotpSetup, verifySecondFactor } from "~/auth/session.server";
import { hasPendingTwoStep, hasTwoStep, qrCodeDataUrl, secretOfUri, viewRecoveryCodes } from "~/auth/two-step.server";
import { FormAlert, Notice, TextField } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { getDb } from "~/db/client.server";
import { recordAudit } from "~/features/audit/audit.server";
import { formError, invalid, parseForm } from "~/http/form.server";
import { requireActor } from "~/tenancy/access.server";
import type { Route } from "./+types/security";

// Two-step sign-in (decision 023), without JavaScript: turn on with the password → scan the QR
// code or type the secret → confirm with a code → the recovery codes, shown once. Turn off with
// the password. Reachable even while a programme's requirement holds every other page back.
const passwordSchema = z.object({ password: z.string().min(1, "errors.required").max(1000, "errors.tooLong") });
const confirmSchema = z.object({
  code: z.string().trim().regex(/^\d{6}$/, "security.codeSixDigits"),
  setupUri: z.string().startsWith("otpauth://").max(1000),
});

async function setUpView(uri: string) {
  return { step: "confirm" as const, secret: secretOfUri(uri), qr: await qrCodeDataUrl(uri), setupUri: uri };
}

/** The set-up shown again after a wrong code, from the URI the form carried; nothing for a forged one. */
async function setUpViewAgain(uri: unknown) {
  if (typeof uri !== "string" || !uri.startsWith("otpauth://totp/") || uri.length > 1000) return {};
  try {
    return await setUpView(uri);
  } catch {
    return {};
  }
}

export async function loader(args: Route.LoaderArgs) {
  const actor = requireActor(args, { beforeTwoStepSetUp: true });
  const db = getDb();
  const [on, pending] = await Promise.all([hasTwoStep(db, actor.userId), hasPendingTwoStep(db, actor.userId)]);
  return { on, pending, required: Boolean(actor.mustSetUpTwoStep) };
}

export async function action(args: Route.ActionArgs) {
  const actor = requireActor(args, { beforeTwoStepSetUp: true });
  const formData = await args.request.formData();
  const intent = formData.get("intent");
  const audit = (action: string) =>
    recordAudit(getDb(), { actorUserId: actor.userId, programmeId: null, territoryId: null, action, objectType: "user", objectId: actor.userId });

  if (intent === "start") {
    const parsed = parseForm(passwordSchema, formData);
    if (!parsed.ok) return invalid(parsed);
    const started = await startTotpSetup(args.request, parsed.value.password);
    if (!started || !("totpURI" in started) || !started.totpURI) return formError(formData, "auth.currentPasswordWrong", "password");
    return { ok: true as const, ...(await setUpView(started.totpURI)) };
  }
  if (intent === "confirm") {
    // Confirming is for a pending set-up only: the recovery codes are never shown a second time.
    if (await hasTwoStep(getDb(), actor.userId)) return formError(formData, "errors.invalid");
    const parsed = parseForm(confirmSchema, formData);
    if (!parsed.ok) return data({ ...invalid(parsed).data, ...(await setUpViewAgain(formData.get("setupUri"))) }, { status: 400 });
    const cookies = await verifySecondFactor(args.request, parsed.value.code, "totp");
    if (!cookies) {
      const failed = formError(formData, "security.codeWrong", "code").data;
      return data({ ...failed, ...(await setUpViewAgain(parsed.value.setupUri)) }, { status: 400 });
    }
    await audit("account.two-step-on");
    return data({ ok: true as const, step: "codes" as const, codes: await viewRecoveryCodes(actor.userId) }, { headers: cookies });
  }
  if (intent === "disable") {
    const parsed = parseForm(passwordSchema, formData);
    if (!parsed.ok) return invalid(parsed);
    const cookies = await disableTotp(args.request, parsed.value.password);
    if (!cookies) return formError(formData, "auth.currentPasswordWrong", "password");
    await audit("account.two-step-off");
    return data({ ok: true as const, step: "off" as const }, { headers: cookies });
  }
  return formError(formData, "errors.invalid");
}

export default function AccountSecurity({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const step = actionData && "step" in actionData ? actionData.step : undefined;
  return (
    <div className="narrow">
      <PageTitle>{t("security.title")}</PageTitle>
      <h1>{t("security.title")}</h1>
      <p>{t("security.intro")}</p>
      {loaderData.required && step !== "codes" ? <Notice>{t("security.requiredNotice")}</Notice> : null}
      {step === "off" ? <Notice>{t("security.turnedOff")}</Notice> : null}
      <FormAlert state={failed} />
      {step === "confirm" && actionData && "setupUri" in actionData ? (
        <section aria-labelledby="setup-heading">
          <h2 id="setup-heading">{t("security.scanHeading")}</h2>
          <p>{t("security.scanIntro")}</p>
          <img className="qr-code" src={actionData.qr} alt={t("security.qrAlt")} width={200} height={200} />
          <p>
            {t("security.secretLabel")} <code className="secret">{actionData.secret}</code>
          </p>
          <PostForm noValidate>
            <input type="hidden" name="intent" value="confirm" />
            <input type="hidden" name="setupUri" value={actionData.setupUri} />
            <TextField name="code" label={t("security.codeLabel")} inputMode="numeric" autoComplete="one-time-code" required state={failed} />
            <button type="submit" className="button">
              {t("security.confirm")}
            </button>
          </PostForm>
        </section>
      ) : step === "codes" && actionData && "codes" in actionData ? (
        <section aria-labelledby="codes-heading">
          <h2 id="codes-heading">{t("security.codesHeading")}</h2>
          <Notice>{t("security.turnedOn")}</Notice>
          <p>{t("security.codesIntro")}</p>
          <ul className="recovery-codes">
            {actionData.codes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : loaderData.on && step !== "off" ? (
        <section aria-labelledby="off-heading">
          <h2 id="off-heading">{t("security.onHeading")}</h2>
          <p>{t("security.onIntro")}</p>
          <PostForm noValidate>
            <input type="hidden" name="intent" value="disable" />
            <TextField name="password" type="password" label={t("account.currentPassword")} autoComplete="current-password" required state={failed} />
            <button type="submit" className="button button--secondary">
              {t("security.turnOff")}
            </button>
          </PostForm>
        </section>
      ) : (
        <section aria-labelledby="on-heading">
          <h2 id="on-heading">{t("security.offHeading")}</h2>
          <p>{loaderData.pending ? t("security.pendingIntro") : t("security.offIntro")}</p>
          <PostForm noValidate>
            <input type="hidden" name="intent" value="start" />
            <TextField name="password" type="password" label={t("account.currentPassword")} autoComplete="current-password" required state={failed} />
            <button type="submit" className="button">
              {t("security.turnOn")}
            </button>
          </PostForm>
        </section>
      )}
    </div>
  );
}
