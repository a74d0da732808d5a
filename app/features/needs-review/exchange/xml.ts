// A small XML writer. Every attribute value and every text goes through the escaping here, so no
// name, memo or description can break out of its element. Characters that XML 1.0 does not allow
// at all (control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD: escaping cannot
// express them and a validating reader would refuse the whole file.

/** Anything but tab, LF, CR and the characters XML 1.0 allows from U+0020 up. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(value: string): string {
  return value.replace(NOT_XML_CHAR, "\uFFFD");
}

export function escapeText(value: string): string {
  // CR is written as a reference: a reader would otherwise turn it into LF.
  return xmlSafe(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

export function escapeAttribute(value: string): string {
  // Tabs and line breaks in attributes are references: a reader would turn them into spaces.
  return escapeText(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

type AttributeValue = string | number | boolean | null | undefined;
export type XmlElement = { name: string; attributes: Record<string, AttributeValue>; children: XmlChild[] };
type XmlChild = XmlElement | string;

/** An element; null, undefined and false children are left out, so optional parts read inline. */
export function el(name: string, attributes: Record<string, AttributeValue> = {}, ...children: (XmlChild | XmlChild[] | null | undefined | false)[]): XmlElement {
  const flat = children.flat().filter((c): c is XmlChild => c !== null && c !== undefined && c !== false);
  return { name, attributes, children: flat };
}

function openTag(element: XmlElement): string {
  const attributes = Object.entries(element.attributes)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join("");
  return `<${element.name}${attributes}`;
}

/**
 * The document, indented: an element holding elements gets one per line; an element holding
 * text keeps it inline and untouched (a memo's line breaks and spaces are content).
 */
export function renderXml(root: XmlElement): string {
  const lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  const write = (element: XmlElement, depth: number) => {
    const indent = "  ".repeat(depth);
    if (element.children.length === 0) {
      lines.push(`${indent}${openTag(element)}/>`);
    } else if (element.children.every((c) => typeof c === "string")) {
      lines.push(`${indent}${openTag(element)}>${(element.children as string[]).map(escapeText).join("")}</${element.name}>`);
    } else {
      lines.push(`${indent}${openTag(element)}>`);
      for (const child of element.children) {
        if (typeof child === "string") throw new Error(`mixed content in <${element.name}>`);
        write(child, depth + 1);
      }
      lines.push(`${indent}</${element.name}>`);
    }
  };
  write(root, 0);
  return `${lines.join("\n")}\n`;
}
