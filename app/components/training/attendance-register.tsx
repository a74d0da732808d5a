import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { ATTENDANCE_STATUSES } from "~/db/enums";

type Row = { enrolmentId: string; name: string; department: string; status: string | null };

/**
 * The whole cohort on one form: a radio group per trainee, present unless marked otherwise, one
 * submit. After a failed submit the radios show what was sent.
 */
export function AttendanceRegister({ register, state }: { register: Row[]; state: FormState }) {
  const { t } = useTranslation();
  if (!register.length) return <p>{t("training.attendance.noTrainees")}</p>;
  return (
    <PostForm noValidate className="attendance-register">
      <FormAlert state={state} />
      <p>{t("training.attendance.hint")}</p>
      {register.map((r) => {
        const name = `mark.${r.enrolmentId}`;
        const current = state?.values?.[name] ?? r.status ?? "present";
        return (
          <fieldset key={r.enrolmentId} className="attendance-register__row">
            <legend>
              {r.name}
              {r.department ? <span className="muted"> – {r.department}</span> : null}
            </legend>
            {ATTENDANCE_STATUSES.map((s) => (
              <label key={s} className="radio-inline">
                <input type="radio" name={name} value={s} defaultChecked={current === s} />
                {t(`training.statuses.${s}`)}
              </label>
            ))}
          </fieldset>
        );
      })}
      <button type="submit" className="button">
        {t("training.attendance.save")}
      </button>
    </PostForm>
  );
}
