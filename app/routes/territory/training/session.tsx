import { useTranslation } from "~/i18n/use-translation";
import { data, Link, redirect } from "react-router";
import { DeleteConfirmation, DeleteSection } from "~/components/needs-review/delete-section";
import { SessionForm } from "~/components/training/session-form";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { mayTakeAttendance } from "~/features/training/attendance.server";
import { formatSessionTime } from "~/features/training/format";
import { deleteSession, findSession, listModuleOptions, listTrainerOptions, moduleTitlesOf, saveSession } from "~/features/training/sessions.server";
import { utcToLocal, zoneOfCountry } from "~/features/training/time-zone";
import { sessionSchema } from "~/features/training/training.schema";
import { forbidden, notFound } from "~/http/errors";
import { invalid, parseForm, valuesOf } from "~/http/form.server";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/session";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "training:view");
  const sessionId = parseUuid(args.params.sessionId);
  const db = getDb();
  const session = sessionId ? await findSession(db, { territoryId: territory.id, sessionId }) : null;
  if (!session) notFound();
  const canManage = canInTerritory(actor, "training:manage", territory);
  const [trainers, modules, titles] = await Promise.all([
    canManage ? listTrainerOptions(db, { territoryId: territory.id }) : [],
    canManage ? listModuleOptions(db, { toolkitId: session.toolkitId }) : [],
    moduleTitlesOf(db, { territoryId: territory.id, sessionId: session.id }),
  ]);
  const zone = zoneOfCountry(territory.countryCode);
  const start = utcToLocal(session.startsAt, zone);
  const { notes, ...shown } = session;
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    zone,
    session: { ...shown, moduleTitles: titles },
    // The edit form starts from the local date and times the coordinator typed.
    defaults: canManage
      ? { ...shown, notes, date: start.date, startTime: start.time, endTime: utcToLocal(session.endsAt, zone).time }
      : null,
    trainers,
    modules,
    canManage,
    canTakeAttendance: mayTakeAttendance(actor, territory, session),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "training:view");
  if (!canInTerritory(actor, "training:manage", territory)) forbidden();
  const sessionId = parseUuid(args.params.sessionId);
  const db = getDb();
  const session = sessionId ? await findSession(db, { territoryId: territory.id, sessionId }) : null;
  if (!session) notFound();
  const formData = await args.request.formData();
  const lang = getRequestState(args).lang;
  const cohortPage = `/${lang}/t/${territory.slug}/training/cohorts/${session.cohortId}`;
  if (formData.get("intent") === "delete") {
    if (formData.get("confirm") !== "yes") return { ok: true as const, done: "confirm-delete" as const };
    await deleteSession(db, { actor, territory, sessionId: session.id });
    return redirect(cohortPage);
  }
  const parsed = parseForm(sessionSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const result = await saveSession(db, { actor, territory, zone: zoneOfCountry(territory.countryCode), cohortId: session.cohortId, sessionId: session.id, input: parsed.value });
  if (!result) notFound();
  if ("errors" in result) return data({ ok: false as const, errors: result.errors, values: valuesOf(formData) }, { status: 400 });
  return { ok: true as const, done: "saved" as const };
}

export default function TrainingSession({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, zone, session, defaults, trainers, modules, canManage, canTakeAttendance } = loaderData;
  const base = `/${lang}/t/${territory.slug}/training`;
  const title = t("training.session.title", { title: session.title });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const done = actionData?.ok ? actionData.done : null;
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={`${base}/cohorts/${session.cohortId}`}>{t("training.session.back", { name: session.cohortName })}</Link>
      </p>
      <h1>{title}</h1>
      {done === "saved" ? <Notice>{t("training.session.saved")}</Notice> : null}
      {done === "confirm-delete" ? (
        <DeleteConfirmation title={t("training.session.confirmDelete")} confirm={t("training.session.deleteConfirm")} cancelHref={`${base}/sessions/${session.id}`}>
          <p>{t("training.session.deleteWarning")}</p>
        </DeleteConfirmation>
      ) : null}
      <dl className="figures">
        <div>
          <dt>{t("training.sessions.when")}</dt>
          <dd>{formatSessionTime(lang, session.startsAt, session.endsAt, zone)}</dd>
        </div>
        <div>
          <dt>{t("training.sessionForm.place")}</dt>
          <dd>{session.place || "—"}</dd>
        </div>
        <div>
          <dt>{t("training.sessionForm.onlineUrl")}</dt>
          <dd>{session.onlineUrl ? <a href={session.onlineUrl}>{session.onlineUrl}</a> : "—"}</dd>
        </div>
        <div>
          <dt>{t("training.sessionForm.trainer")}</dt>
          <dd>{session.trainerName ?? "—"}</dd>
        </div>
      </dl>
      <h2>{t("training.sessionForm.modules")}</h2>
      {session.moduleTitles.length ? (
        <ul>
          {session.moduleTitles.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : (
        <p>{t("training.session.noModules")}</p>
      )}
      {canTakeAttendance ? (
        <p>
          <Link to={`${base}/sessions/${session.id}/attendance`}>{t("training.sessions.takeRegister")}</Link>
        </p>
      ) : null}
      {canManage && defaults ? (
        <>
          <SessionForm state={failed} session={defaults} trainers={trainers} modules={modules} zone={zone} />
          <DeleteSection heading={t("training.session.delete")} body={t("training.session.deleteWarning")} button={t("training.session.deleteButton")} />
        </>
      ) : null}
    </>
  );
}
