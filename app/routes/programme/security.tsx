import { useTranslation } from "~/i18n/use-translation";
import { z } from "zod";
import { hasTwoStep, setProgrammeTwoStepRequirement } from "~/auth/two-step.server";
import { FormAlert, Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { getDb } from "~/db/client.server";
import { formError, invalid, parseForm } from "~/http/form.server";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/security";

// The programme's sign-in rule (decision 023): whether its admins and territory coordinators
// must use two-step sign-in. Those it applies to are sent to set it up before any other page.
const requirementSchema = z.object({ required: z.enum(["on", "off"], { error: "errors.choose" }) });

export async function loader(args: Route.LoaderArgs) {
  const { actor, programme } = await requireProgramme(args, args.params.programme, "programme:manage-members");
  return {
    lang: getRequestState(args).lang,
    programme: { name: programme.name, slug: programme.slug, required: programme.mfaRequired },
    ownIsOn: await hasTwoStep(getDb(), actor.userId),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, programme } = await requireProgramme(args, args.params.programme, "programme:manage-members");
  const formData = await args.request.formData();
  const parsed = parseForm(requirementSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const required = parsed.value.required === "on";
  // She would lock herself out of every page but the set-up: she sets it up first.
  if (required && !(await hasTwoStep(getDb(), actor.userId))) return formError(formData, "security.programmeOwnFirst");
  await setProgrammeTwoStepRequirement(getDb(), { actorUserId: actor.userId, programmeId: programme.id, required });
  return { ok: true as const, required };
}

export default function ProgrammeSecurity({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, programme, ownIsOn } = loaderData;
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const required = actionData && actionData.ok ? actionData.required : programme.required;
  return (
    <div className="narrow">
      <PageTitle>{t("security.programmeTitle", { programme: programme.name })}</PageTitle>
      <h1>{t("security.programmeTitle", { programme: programme.name })}</h1>
      <p>{t("security.programmeIntro")}</p>
      {actionData && actionData.ok ? <Notice>{t("account.saved")}</Notice> : null}
      <p>{required ? t("security.programmeRequired") : t("security.programmeOptional")}</p>
      {!ownIsOn ? (
        <p>
          {t("security.programmeOwnFirst")} <a href={`/${lang}/account/security`}>{t("security.title")}</a>
        </p>
      ) : null}
      <FormAlert state={failed} />
      <PostForm>
        <input type="hidden" name="required" value={required ? "off" : "on"} />
        <button type="submit" className={required ? "button button--secondary" : "button"}>
          {required ? t("security.programmeMakeOptional") : t("security.programmeRequire")}
        </button>
      </PostForm>
    </div>
  );
}
