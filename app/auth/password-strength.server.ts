// Refuses passwords that are easy to guess (decision 023): zxcvbn-ts with the common, English,
// German, Italian and Spanish dictionaries, and the person's own name and email as words an
// attacker would try first. Server only: the dictionaries weigh about 22 MB of heap once loaded
// (and 20 MB more as zxcvbn's ranked lists), so they are imported on the first check, not at start:
// a server that sets no password keeps them out of its memory (decision 032).
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

/** zxcvbn's scale: 3 means "safely unguessable" against an online attack with throttling and more. */
export const MIN_PASSWORD_SCORE = 3;

/**
 * The German and Italian packs are still at v3: their dictionaries are plain word lists that
 * core v4 reads, but their keys carry no language suffix, so they are renamed to stay apart.
 */
function suffixed<T extends Record<string, unknown>>(dictionary: Record<string, unknown>, suffix: string): T {
  return Object.fromEntries(Object.entries(dictionary).map(([name, words]) => [`${name}-${suffix}`, words])) as T;
}

let factory: Promise<ZxcvbnFactory> | undefined;

async function createFactory(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, de, en, es, it] = await Promise.all([
    import("@zxcvbn-ts/core"),
    import("@zxcvbn-ts/language-common"),
    import("@zxcvbn-ts/language-de"),
    import("@zxcvbn-ts/language-en"),
    import("@zxcvbn-ts/language-es-es"),
    import("@zxcvbn-ts/language-it"),
  ]);
  return new ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      ...en.dictionary,
      ...es.dictionary,
      ...suffixed<typeof en.dictionary>(de.dictionary, "de"),
      ...suffixed<typeof en.dictionary>(it.dictionary, "it"),
    },
    graphs: common.adjacencyGraphs,
  });
}

function getFactory(): Promise<ZxcvbnFactory> {
  factory ??= createFactory().catch((error: unknown) => {
    factory = undefined; // a failed import is tried again by the next check
    throw error;
  });
  return factory;
}

/** Whether the dictionaries are in memory yet (they are loaded by the first check). */
export function dictionariesLoaded(): boolean {
  return factory !== undefined;
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
export async function weakPasswordMessage(password: string, personal: string[]): Promise<"security.passwordPersonal" | "security.passwordWeak" | null> {
  const checked = password.slice(0, 256);
  const result = (await getFactory()).check(checked, personal);
  // zxcvbn rates "JonasWeber2024" as fairly strong even when it knows the name; an attacker who
  // targets Jonas would try it early. Half of the password made of her own words is too much.
  if (personalCoverage(checked, personal) * 2 >= checked.length) return "security.passwordPersonal";
  return result.score >= MIN_PASSWORD_SCORE ? null : "security.passwordWeak";
}
