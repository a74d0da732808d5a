// Reading and checking the rows of the pseudonymisation form. Every name below is invented.
import { describe, expect, it } from "vitest";
import { ORIGINAL_MAX, parseVersion, readRows, validateRows } from "./pseudonymisation.schema";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

const text = "I: Wer?\nTCN-07: Amira Haddad aus Aleppo. Frau Yilmaz half.";
const context = { text, realNames: ["Amira Haddad (erfunden)"], pseudonyms: ["TCN-07"] };

describe("reading rows", () => {
  it("groups fields by row index, ignores unknown fields, forged indices and unknown reasons", () => {
    const rows = readRows(
      form({
        "rows[1].original": "Aleppo",
        "rows[1].replace": "yes",
        "rows[1].fixed": "yes",
        "rows[1].reason": "locative",
        "rows[1].kind": "place",
        "rows[1].replacement": "[PLACE-1]",
        "rows[0].original": "Yilmaz",
        "rows[0].reason": "<script>",
        "rows[999].original": "forged",
        "rows[2].junk": "x",
        version: "3",
      }),
    );
    expect(rows).toEqual([
      { index: 0, checked: false, fixed: false, original: "Yilmaz", kind: "", replacement: "", reason: null },
      { index: 1, checked: true, fixed: true, original: "Aleppo", kind: "place", replacement: "[PLACE-1]", reason: "locative" },
    ]);
    expect([parseVersion("3"), parseVersion("3.5"), parseVersion(null), parseVersion("-1")]).toEqual([3, null, null, null]);
  });

  it("reads an original of 60,000 characters only one past the limit, and refuses it as too long (was a 500)", () => {
    const rows = readRows(form({ "rows[0].replace": "yes", "rows[0].original": "Amira".repeat(12_000), "rows[0].kind": "person", "rows[0].replacement": "[PERSON-1]" }));
    expect(rows[0].original).toHaveLength(ORIGINAL_MAX + 1);
    expect(validateRows(rows, context)).toEqual({ ok: false, errors: { "rows[0].original": ["errors.tooLong"] } });
  });
});

describe("checking rows", () => {
  const row = (index: number, fields: Partial<{ checked: boolean; fixed: boolean; original: string; kind: string; replacement: string }>) => ({
    index,
    checked: true,
    fixed: false,
    original: "",
    kind: "person",
    replacement: "",
    reason: null,
    ...fields,
  });

  it("accepts ticked rows, skips unticked and empty added rows", () => {
    const result = validateRows(
      [
        row(0, { fixed: true, original: "Amira Haddad", kind: "participant_name", replacement: "TCN-07" }),
        row(1, { checked: false, original: "Aleppo", kind: "place", replacement: "" }),
        row(2, {}),
        row(3, { original: " Yilmaz ", replacement: " [PERSON-1] " }),
      ],
      context,
    );
    expect(result).toEqual({
      ok: true,
      accepted: [
        { original: "Amira Haddad", replacement: "TCN-07", kind: "participant_name" },
        { original: "Yilmaz", replacement: "[PERSON-1]", kind: "person" },
      ],
    });
  });

  it("names every fault on its field", () => {
    const result = validateRows(
      [
        row(0, { fixed: true, original: "Aleppo", kind: "place", replacement: "" }),
        row(1, { original: "Yilmaz", replacement: "yilmaz" }),
        row(2, { original: "Amira Haddad", kind: "planet", replacement: "Frau Haddad" }),
        row(3, { original: "Damaskus", replacement: "[PLACE-2]" }),
        row(4, { original: "Yilmaz", replacement: "[PERSON-3]" }),
        row(5, { original: "Ami", replacement: "[PERSON-4]" }),
        row(6, { original: "TCN", replacement: "[OTHER-1]" }),
      ],
      context,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        "rows[0].replacement": ["errors.replacementRequired"],
        "rows[1].replacement": ["errors.replacementSameAsOriginal"],
        "rows[2].kind": ["errors.choose"],
        "rows[2].replacement": ["errors.replacementContainsName"],
        "rows[3].original": ["errors.originalNotFound"],
        "rows[4].original": ["errors.originalTwice"],
        "rows[5].original": ["errors.originalNotFound"],
        "rows[6].original": ["errors.originalNotFound"],
      },
    });
  });
});
