import { describe, expect, it } from "vitest";
import { dictionariesLoaded, personalWords, weakPasswordMessage } from "./password-strength.server";

const jonas = personalWords("Jonas Weber", "coordinator.offenbach@eccipa.example");

describe("weakPasswordMessage", () => {
  // Decision 032: about 40 MB of heap that a server which sets no password never needs.
  // Building them takes a moment on a busy machine: this first test has no time limit of its own.
  it("loads the dictionaries on the first check, not when the module is imported", { timeout: 0 }, async () => {
    expect(dictionariesLoaded()).toBe(false);
    expect(await weakPasswordMessage("aaaaaaaaaaaa", jonas)).toBe("security.passwordWeak");
    expect(dictionariesLoaded()).toBe(true);
  });

  it("refuses repeats, common words in the four languages and keyboard walks", async () => {
    for (const password of ["aaaaaaaaaaaa", "password1234", "Schmetterling2020", "farfalla2020", "contraseña2024", "qwertzuiop123"]) {
      expect(await weakPasswordMessage(password, jonas), password).toBe("security.passwordWeak");
    }
  });

  it("refuses the person's own email or name as the password", async () => {
    expect(await weakPasswordMessage("coordinator.offenbach@eccipa.example", jonas)).toBe("security.passwordPersonal");
    expect(await weakPasswordMessage("JonasWeber1990", jonas)).toBe("security.passwordPersonal");
    expect(await weakPasswordMessage("Offenbach-Eccipa", jonas)).toBe("security.passwordPersonal");
  });

  it("accepts a long phrase of unrelated words", async () => {
    expect(await weakPasswordMessage("copper kettle under moonlight", jonas)).toBeNull();
    expect(await weakPasswordMessage("demo-password-2026", jonas)).toBeNull();
  });
});
