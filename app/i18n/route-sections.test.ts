// The table of catalog parts per page (decision 030) is what the module graph says today: a key
// added to a page without regenerating the table would render raw.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERATED_FILE, renderGenerated, scanRouteSections } from "../../scripts/i18n-route-sections";
import { CATALOGS, messagesForPage } from "./catalogs.server";
import { ROUTE_SECTIONS, SHELL_SECTIONS } from "./route-sections.generated";

describe("catalog parts per page", () => {
  it("is up to date with the routes' module graphs (run `npx tsx scripts/i18n-route-sections.ts`)", () => {
    expect(readFileSync(GENERATED_FILE, "utf8")).toBe(renderGenerated(scanRouteSections()));
  });

  it("sends a page its routes' keys and the shell's, with plural forms, and far less than the catalog", () => {
    const messages = messagesForPage("de", "/:lang/t/:territory/training") as Record<string, Record<string, unknown>>;
    expect(Object.keys(messages.shell)).toContain("signOut");
    expect(messages.errorPage.kinds).toEqual(CATALOGS.de.errorPage.kinds);
    expect(Object.keys(messages.paging ?? {})).toEqual(expect.arrayContaining(["label"]));
    expect(JSON.stringify(messages).length).toBeLessThan(JSON.stringify(CATALOGS.de).length / 4);
    // Built once: every request for the page gets the same object (and so the same i18next instance).
    expect(messagesForPage("de", ":lang/t/:territory/training/")).toBe(messages);
  });

  it("sends the whole catalog for a pattern it does not know, rather than raw keys", () => {
    expect(messagesForPage("it", "/:lang/no/such/page")).toBe(CATALOGS.it);
  });
});
