// The codebook as a nested list, and the form for a theme (name, description, colour, parent).
import type { TFunction } from "i18next";
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { FormAlert, SelectField, TextAreaField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import type { ThemeItem, ThemeNode } from "~/features/needs-review/codebook/theme-tree";
import { THEME_COLOUR_VALUES, THEME_COLOURS, themeColourClass } from "~/features/needs-review/codebook/theme-colours";
import { formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

/** A small square in the theme's colour; decorative, the theme's name always stands beside it. */
export function Swatch({ colour }: { colour: string }) {
  return <span className={`swatch ${themeColourClass(colour)}`} aria-hidden="true" />;
}

export function ThemeTree({ lang, nodes, base }: { lang: Language; nodes: ThemeNode[]; base: string }) {
  const { t } = useTranslation();
  if (!nodes.length) return null;
  return (
    <ul className="theme-tree">
      {nodes.map((n) => (
        <li key={n.id}>
          <Swatch colour={n.colour} /> <Link to={`${base}/${n.id}`}>{n.name}</Link>{" "}
          <span className="muted">{t("codebook.codingCount", { count: n.codings, formatted: formatNumber(lang, n.codings) })}</span>
          {n.description ? <p className="theme-tree__description">{n.description}</p> : null}
          <ThemeTree lang={lang} nodes={n.children} base={base} />
        </li>
      ))}
    </ul>
  );
}

/** Options for choosing a theme, indented by depth so the tree stays readable in a select. */
export function themeOptions(themes: ThemeItem[], exclude?: (t: ThemeItem) => boolean) {
  return themes.filter((t) => !exclude?.(t)).map((t) => ({ value: t.id, label: `${"\u2003".repeat(t.depth)}${t.name}` }));
}

export function colourOptions(t: TFunction) {
  return THEME_COLOUR_VALUES.map((c) => ({ value: c, label: t(`themeColours.${THEME_COLOURS[c]}`) }));
}

export function ThemeForm({
  state,
  themes,
  current,
  heading,
  submitLabel,
  intent,
}: {
  state: FormState;
  themes: ThemeItem[];
  current?: { id: string; name: string; description: string; colour: string; parentId: string | null };
  heading: string;
  submitLabel: string;
  intent: "create" | "update";
}) {
  const { t } = useTranslation();
  // A theme cannot move under itself or its own sub-themes (the server checks it too).
  const descendants = new Set<string>();
  if (current) {
    const collect = (id: string) => themes.filter((x) => x.parentId === id).forEach((x) => (descendants.add(x.id), collect(x.id)));
    collect(current.id);
  }
  return (
    <section aria-labelledby={`theme-form-${intent}`} className="narrow">
      <h2 id={`theme-form-${intent}`}>{heading}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value={intent} />
        <TextField name="name" label={t("codebook.themeName")} required state={state} defaultValue={current?.name} />
        <TextAreaField name="description" label={t("codebook.themeDescription")} rows={3} state={state} defaultValue={current?.description} />
        <SelectField name="colour" label={t("codebook.themeColour")} options={colourOptions(t)} required state={state} defaultValue={current?.colour ?? THEME_COLOUR_VALUES[0]} />
        <SelectField
          name="parentId"
          label={t("codebook.themeParent")}
          options={[{ value: "", label: t("codebook.topLevel") }, ...themeOptions(themes, (x) => x.id === current?.id || descendants.has(x.id))]}
          state={state}
          defaultValue={current?.parentId ?? ""}
        />
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </PostForm>
    </section>
  );
}
