import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { AttendanceRegister } from "~/components/training/attendance-register";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { listRegister, mayTakeAttendance, recordAttendance } from "~/features/training/attendance.server";
import { formatSessionTime } from "~/features/training/format";
import { findSession } from "~/features/training/sessions.server";
import { zoneOfCountry } from "~/features/training/time-zone";
import { attendanceSchema } from "~/features/training/training.schema";
import { forbidden, notFound } from "~/http/errors";
import { formError, invalid, parseForm } from "~/http/form.server";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/attendance";

async function requireSession(args: Route.LoaderArgs | Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "training:attendance");
  const sessionId = parseUuid(args.params.sessionId);
  const session = sessionId ? await findSession(getDb(), { territoryId: territory.id, sessionId }) : null;
  if (!session) notFound();
  // A trainer takes the register of the sessions she trains only.
  if (!mayTakeAttendance(actor, territory, session)) forbidden();
  return { actor, territory, session };
}

export async function loader(args: Route.LoaderArgs) {
  const { territory, session } = await requireSession(args);
  const register = await listRegister(getDb(), { territoryId: territory.id, sessionId: session.id, cohortId: session.cohortId });
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    zone: zoneOfCountry(territory.countryCode),
    session: { id: session.id, title: session.title, startsAt: session.startsAt, endsAt: session.endsAt, cohortId: session.cohortId, cohortName: session.cohortName },
    register,
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory, session } = await requireSession(args);
  const formData = await args.request.formData();
  const parsed = parseForm(attendanceSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const result = await recordAttendance(getDb(), { actor, territory, sessionId: session.id, input: parsed.value });
  if (result === "not-found") notFound();
  if (result === "forbidden") forbidden();
  if (result === "unknown-trainee") return formError(formData, "training.errors.traineeUnknown");
  return { ok: true as const };
}

export default function TrainingAttendance({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, zone, session, register } = loaderData;
  const base = `/${lang}/t/${territory.slug}/training`;
  const title = t("training.attendance.title", { title: session.title });
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={`${base}/cohorts/${session.cohortId}`}>{t("training.session.back", { name: session.cohortName })}</Link>
      </p>
      <h1>{title}</h1>
      <p>{formatSessionTime(lang, session.startsAt, session.endsAt, zone)}</p>
      {actionData?.ok ? <Notice>{t("training.attendance.saved")}</Notice> : null}
      <AttendanceRegister register={register} state={actionData && !actionData.ok ? actionData : undefined} />
    </>
  );
}
