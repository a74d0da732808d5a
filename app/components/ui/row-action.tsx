// A one-button form acting on one row of a list (remove, withdraw, issue…). The button names the
// row for screen readers ("Remove" + the row's name, visually hidden), since a list of identical
// "Remove" buttons tells nothing out of context (WCAG 2.4.6).
import { PostForm } from "./post-form";

type Props = {
  intent: string;
  /** Hidden fields naming the row, e.g. { id: row.id }. */
  fields: Record<string, string>;
  label: string;
  /** What the action applies to, read after the label by screen readers only. */
  subject: string;
  /** A link-styled button inside a line of text, or a secondary button in a table cell. */
  look?: "link" | "button";
};

export function RowAction({ intent, fields, label, subject, look = "link" }: Props) {
  return (
    <PostForm className={look === "link" ? "inline-form" : undefined}>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={look === "link" ? "link-button" : "button button--secondary"}>
        {label}
        <span className="visually-hidden"> {subject}</span>
      </button>
    </PostForm>
  );
}
