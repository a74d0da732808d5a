import { describe, expect, it } from "vitest";
import { parseId, revokeSchema, verifySchema } from "./certificates.schema";

describe("certificate forms", () => {
  it("wants a reason and a ticked confirmation to revoke", () => {
    expect(revokeSchema.safeParse({ reason: "Issued by mistake", "confirm[]": ["yes"] }).success).toBe(true);
    const missing = revokeSchema.safeParse({ reason: " x " });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.message).sort()).toEqual(["certificates.errors.confirmRevocation", "certificates.errors.reasonRequired"]);
  });

  it("wants something pasted to verify, and reads ids only as UUIDs", () => {
    expect(verifySchema.safeParse({ credential: "   " }).error?.issues[0].message).toBe("certificates.errors.credentialRequired");
    expect(parseId("0B6F3C1E-8D2A-4C55-9A51-3F0C2A9E7D10")).toBe("0b6f3c1e-8d2a-4c55-9a51-3f0c2a9e7d10");
    expect(parseId("../etc")).toBeNull();
  });
});
