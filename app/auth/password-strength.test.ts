import { beforeAll, describe, expect, it } from "vitest";
import { personalWords, weakPasswordMessage } from "./password-strength.server";

const jonas = personalWords("Jonas Weber", "coordinator.offenbach@eccipa.example");

// Building the dictionaries takes a moment on a busy machine: once, outside the tests' own time.
beforeAll(() => {
  weakPasswordMessage("warm-up", []);
}, 120_000);

describe("weakPasswordMessage", () => {
  it("refuses repeats, common words in the four languages and keyboard walks", () => {
    for (const password of ["aaaaaaaaaaaa", "password1234", "Schmetterling2020", "farfalla2020", "contraseña2024", "qwertzuiop123"]) {
      expect(weakPasswordMessage(password, jonas), password).toBe("security.passwordWeak");
    }
  });

  it("refuses the person's own email or name as the password", () => {
    expect(weakPasswordMessage("coordinator.offenbach@eccipa.example", jonas)).toBe("security.passwordPersonal");
    expect(weakPasswordMessage("JonasWeber1990", jonas)).toBe("security.passwordPersonal");
    expect(weakPasswordMessage("Offenbach-Eccipa", jonas)).toBe("security.passwordPersonal");
  });

  it("accepts a long phrase of unrelated words", () => {
    expect(weakPasswordMessage("copper kettle under moonlight", jonas)).toBeNull();
    expect(weakPasswordMessage("demo-password-2026", jonas)).toBeNull();
  });
});
