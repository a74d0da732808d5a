// Refuses passwords that are easy to guess (decision 023): zxcvbn-ts with the common, English,
// German, Italian and Spanish dictionaries, and the person's own name and email as words an
// attacker would try first. Server only: the dictionaries weigh several megabytes.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as de from "@zxcvbn-ts/language-de";
import * as en from "@zxcvbn-ts/language-en";
import * as es from "@zxcvbn-ts/language-es-es";
import * as it from "@zxcvbn-ts/language-it";

/** zxcvbn's scale: 3 means "safely unguessable" against an online attack with throttling and more. */
export const MIN_PASSWORD_SCORE = 3;

/**
 * The German and Italian packs are still at v3: their dictionaries are plain word lists that
 * core v4 reads, but their keys carry no language suffix, so they are renamed to stay apart.
 */
function suffixed(dictionary: Record<string, unknown>, suffix: string) {
  return Object.fromEntries(Object.entries(dictionary).map(([name, words]) => [`${name}-${suffix}`, words])) as typeof en.dictionary;
}

let factory: ZxcvbnFactory | undefined;

function getFactory(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      ...en.dictionary,
      ...es.dictionary,
      ...suffixed(de.dictionary, "de"),
      ...suffixed(it.dictionary, "it"),
    },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

/** The words of a name and an email address, as zxcvbn's user inputs. */
export function personalWords(...values: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const value of values) {
    if (!value) continue;
    const lower = value.toLowerCase();
    words.add(lower);
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

/** How many characters of the password belong to one of the person's words (any case). */
function personalCoverage(password: string, personal: string[]): number {
  const lower = password.toLowerCase();
  const covered = new Array<boolean>(lower.length).fill(false);
  for (const word of personal) {
    if (word.length < 3) continue;
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) covered.fill(true, at, at + word.length);
  }
  return covered.filter(Boolean).length;
}

/** null when the password is strong enough, else the catalog key of the message that says why. */
export function weakPasswordMessage(password: string, personal: string[]): "security.passwordPersonal" | "security.passwordWeak" | null {
  const checked = password.slice(0, 256);
  const result = getFactory().check(checked, personal);
  // zxcvbn rates "JonasWeber2024" as fairly strong even when it knows the name; an attacker who
  // targets Jonas would try it early. Half of the password made of her own words is too much.
  if (personalCoverage(checked, personal) * 2 >= checked.length) return "security.passwordPersonal";
  return result.score >= MIN_PASSWORD_SCORE ? null : "security.passwordWeak";
}
