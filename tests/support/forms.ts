// Reads the forms of a page as a browser would submit them: every <form method="post"> and every
// GET form, with its action, encoding and fields (name, type, the value it carries, the options
// of a select). Our HTML is React's: attributes in double quotes, no nested forms, so a few
// regular expressions read it reliably.
import { decode } from "./pages";

export type FormField = {
  name: string;
  /** input type ("text", "hidden", "date", "file", …), or "select", "textarea", "button". */
  type: string;
  /** The value the page put there (hidden and prefilled fields, a select's first option). */
  value: string;
  /** A select's or radio group's choices. */
  options: string[];
  checkbox: boolean;
};

export type ParsedForm = {
  method: "get" | "post";
  /** The path (and query) the form is sent to, resolved against the page. */
  action: string;
  multipart: boolean;
  fields: FormField[];
};

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return m ? decode(m[1]) : undefined;
};

/** The forms of one page, its URL given to resolve relative actions. */
export function parseForms(html: string, pageUrl: string): ParsedForm[] {
  const forms: ParsedForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const [, open, inner] = match;
    const method = (attr(open, "method") ?? "get").toLowerCase() === "post" ? "post" : "get";
    const url = new URL(attr(open, "action") ?? "", new URL(pageUrl, "http://localhost"));
    const fields: FormField[] = [];
    const byName = new Map<string, FormField>();
    const add = (field: FormField) => {
      const known = byName.get(field.name);
      // Radios and checkboxes of one name are one field with several choices.
      if (known && (field.type === "radio" || field.type === "checkbox") && known.type === field.type) {
        known.options.push(field.value);
        return;
      }
      byName.set(field.name, field);
      fields.push(field);
    };
    for (const tag of inner.matchAll(/<input\b[^>]*>/gi)) {
      const name = attr(tag[0], "name");
      if (!name) continue;
      const type = (attr(tag[0], "type") ?? "text").toLowerCase();
      if (type === "submit" || type === "reset" || type === "image") continue;
      const value = attr(tag[0], "value") ?? (type === "checkbox" || type === "radio" ? "on" : "");
      add({ name, type, value, options: type === "radio" || type === "checkbox" ? [value] : [], checkbox: type === "checkbox" });
    }
    for (const m of inner.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
      const name = attr(m[1], "name");
      if (!name) continue;
      const options = [...m[2].matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)].map((o) => attr(o[1], "value") ?? decode(o[2]));
      const selected = [...m[2].matchAll(/<option\b([^>]*)>/gi)].find((o) => /\sselected=""/.test(o[1]));
      const chosen = (selected && attr(selected[1], "value")) ?? options.find((o) => o !== "") ?? "";
      add({ name, type: "select", value: chosen, options, checkbox: false });
    }
    for (const m of inner.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
      const name = attr(m[1], "name");
      if (name) add({ name, type: "textarea", value: decode(m[2]), options: [], checkbox: false });
    }
    // A named submit button sends its value (e.g. intent=delete): each is a choice of the form.
    for (const m of inner.matchAll(/<button\b([^>]*)>/gi)) {
      const name = attr(m[1], "name");
      if (name) add({ name, type: "button", value: attr(m[1], "value") ?? "", options: [attr(m[1], "value") ?? ""], checkbox: false });
    }
    forms.push({ method, action: url.pathname + url.search, multipart: /multipart\/form-data/i.test(attr(open, "enctype") ?? attr(open, "encType") ?? ""), fields });
  }
  return forms;
}

/** Same-site links of a page (paths only), for crawling. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\shref="(\/[^"#]*)"/gi)].map((m) => decode(m[1]));
}
