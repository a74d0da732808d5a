import { useTranslation } from "~/i18n/use-translation";
import { CheckboxGroup, FormAlert, SelectField, TextAreaField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";

export type SessionDefaults = {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  onlineUrl: string | null;
  trainerUserId: string | null;
  notes: string;
  moduleIds: string[];
};

/** Plans a session of the cohort, or edits one; times are the territory's local time. */
export function SessionForm({
  state,
  session,
  trainers,
  modules,
  zone,
}: {
  state: FormState;
  session?: SessionDefaults;
  trainers: { userId: string; name: string }[];
  modules: { id: string; title: string }[];
  zone: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="session-form-heading" className="narrow">
      <h2 id="session-form-heading">{session ? t("training.sessionForm.edit") : t("training.sessionForm.add")}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value={session ? "update" : "session"} />
        <TextField name="title" label={t("training.sessionForm.title")} defaultValue={session?.title} required state={state} />
        <TextField name="date" type="date" label={t("training.sessionForm.date")} defaultValue={session?.date} required state={state} />
        <TextField
          name="startTime"
          label={t("training.sessionForm.startTime")}
          hint={t("training.sessionForm.timeHint", { zone })}
          defaultValue={session?.startTime}
          required
          state={state}
        />
        <TextField name="endTime" label={t("training.sessionForm.endTime")} defaultValue={session?.endTime} required state={state} />
        <TextField name="place" label={t("training.sessionForm.place")} hint={t("training.sessionForm.placeHint")} defaultValue={session?.place} state={state} />
        <TextField name="onlineUrl" type="url" label={t("training.sessionForm.onlineUrl")} defaultValue={session?.onlineUrl} state={state} />
        <SelectField
          name="trainerUserId"
          label={t("training.sessionForm.trainer")}
          options={[{ value: "", label: t("training.sessionForm.noTrainer") }, ...trainers.map((tr) => ({ value: tr.userId, label: tr.name }))]}
          defaultValue={session?.trainerUserId ?? ""}
          state={state}
        />
        {modules.length || state?.errors?.["moduleIds[]"] ? (
          <CheckboxGroup
            name="moduleIds[]"
            label={t("training.sessionForm.modules")}
            hint={modules.length ? undefined : t("training.sessionForm.noModules")}
            options={modules.map((m) => ({ value: m.id, label: m.title }))}
            defaultValues={session?.moduleIds ?? []}
            state={state}
          />
        ) : (
          <p className="muted">{t("training.sessionForm.noModules")}</p>
        )}
        <TextAreaField name="notes" label={t("training.sessionForm.notes")} defaultValue={session?.notes} rows={3} state={state} />
        <button type="submit" className="button">
          {session ? t("training.sessionForm.saveChanges") : t("training.sessionForm.save")}
        </button>
      </PostForm>
    </section>
  );
}
