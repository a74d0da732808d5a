// Labelled form controls. Errors (catalog keys) are shown next to the field, announced through
// aria-describedby, and the value the user typed stays in the field.
import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/use-translation";

export type FormState = { errors?: Record<string, string[]>; values?: Record<string, string> } | undefined;

type BaseProps = {
  name: string;
  label: string;
  state?: FormState;
  hint?: string;
  required?: boolean;
};

function useFieldMeta(name: string, state: FormState, hint?: string) {
  const { t } = useTranslation();
  const id = `field-${name.replace(/\W/g, "")}`;
  const errors = state?.errors?.[name] ?? [];
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const errorNode = errors.length ? (
    <p className="field-error" id={`${id}-error`}>
      {errors.map((key) => t(key as never)).join(" ")}
    </p>
  ) : null;
  const hintNode = hint ? (
    <p className="field-hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
  return { id, invalid: errors.length > 0, describedBy, errorNode, hintNode };
}

function RequiredMark({ required }: { required?: boolean }) {
  const { t } = useTranslation();
  return required ? <span className="required"> ({t("forms.required")})</span> : null;
}

/** The frame every single control shares: label (with the required mark), hint, control, error. */
function LabelledField({ props, children }: { props: BaseProps; children: (control: ControlProps) => ReactNode }) {
  const { name, label, state, hint, required } = props;
  const meta = useFieldMeta(name, state, hint);
  const control = { id: meta.id, name, required, "aria-invalid": meta.invalid || undefined, "aria-describedby": meta.describedBy };
  return (
    <div className={`field${meta.invalid ? " field--invalid" : ""}`}>
      <label htmlFor={meta.id}>
        {label}
        <RequiredMark required={required} />
      </label>
      {meta.hintNode}
      {children(control)}
      {meta.errorNode}
    </div>
  );
}

type ControlProps = {
  id: string;
  name: string;
  required?: boolean;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

export function TextField({
  type = "text",
  defaultValue,
  autoComplete,
  inputMode,
  ...props
}: BaseProps & {
  type?: "text" | "search" | "email" | "password" | "number" | "url" | "date";
  defaultValue?: string | number | null;
  autoComplete?: string;
  inputMode?: "numeric" | "decimal" | "email" | "url" | "text";
}) {
  const value = type === "password" ? undefined : (props.state?.values?.[props.name] ?? defaultValue ?? undefined);
  return (
    <LabelledField props={props}>
      {(control) => <input {...control} type={type} defaultValue={value ?? undefined} autoComplete={autoComplete} inputMode={inputMode} />}
    </LabelledField>
  );
}

export function TextAreaField({ defaultValue, rows = 5, ...props }: BaseProps & { defaultValue?: string | null; rows?: number }) {
  return (
    <LabelledField props={props}>
      {(control) => <textarea {...control} rows={rows} defaultValue={props.state?.values?.[props.name] ?? defaultValue ?? undefined} />}
    </LabelledField>
  );
}

export function SelectField({
  options,
  defaultValue,
  ...props
}: BaseProps & { options: { value: string; label: string }[]; defaultValue?: string | null }) {
  return (
    <LabelledField props={props}>
      {(control) => (
        <select {...control} defaultValue={props.state?.values?.[props.name] ?? defaultValue ?? ""}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}

/** A file input; the chosen file is never echoed back after a failed submit. */
export function FileField({ accept, ...props }: BaseProps & { accept?: string }) {
  return <LabelledField props={props}>{(control) => <input {...control} type="file" accept={accept} />}</LabelledField>;
}

/** A fieldset for a choice laid out by the caller (a tree of themes, a list of passages), with the shared legend, hint and error. */
export function ChoiceFieldset({ children, ...props }: BaseProps & { children: ReactNode }) {
  const { name, label, state, hint, required } = props;
  const meta = useFieldMeta(name, state, hint);
  return (
    <fieldset className={`field${meta.invalid ? " field--invalid" : ""}`} aria-describedby={meta.describedBy}>
      <legend>
        {label}
        <RequiredMark required={required} />
      </legend>
      {meta.hintNode}
      {children}
      {meta.errorNode}
    </fieldset>
  );
}

/** The values of a multi-valued field to show as ticked: after a failed submit what the user ticked, else the stored ones. */
export function tickedValues(state: FormState, name: string, stored: string[] = []): string[] {
  return state?.values ? (state.values[name]?.split("\n") ?? []) : stored;
}

/** A group of checkboxes sharing one name (ending in "[]"), in a fieldset with a legend. */
export function CheckboxGroup({
  options,
  defaultValues = [],
  ...props
}: BaseProps & { options: { value: string; label: string }[]; defaultValues?: string[] }) {
  const selected = tickedValues(props.state, props.name, defaultValues);
  return (
    <ChoiceFieldset {...props}>
      <div className="checkbox-list">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="checkbox" name={props.name} value={o.value} defaultChecked={selected.includes(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </ChoiceFieldset>
  );
}

/** Form-level errors (key "_form"), shown above the fields and announced. */
export function FormAlert({ state }: { state: FormState }) {
  const { t } = useTranslation();
  const errors = state?.errors?._form ?? [];
  const fieldErrorCount = Object.keys(state?.errors ?? {}).filter((k) => k !== "_form").length;
  if (!errors.length && !fieldErrorCount) return null;
  return (
    <div className="alert alert--error" role="alert">
      {errors.map((key) => (
        <p key={key}>{t(key as never)}</p>
      ))}
      {fieldErrorCount > 0 && <p>{t("forms.fixErrors", { count: fieldErrorCount })}</p>}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert--success" role="status">
      {children}
    </div>
  );
}
