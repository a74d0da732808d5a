// The project.qde writer against the published Project.xsd: a full model validates, a broken
// document does not (so the check can fail), and text survives escaping exactly.
import { XmlDocument } from "libxml2-wasm";
import { describe, expect, it } from "vitest";
import { projectProblems } from "../../../../tests/support/refi-qda";
import { territoryGuids, uuidV5 } from "./guids.server";
import { PROJECT_NAMESPACE, type ProjectModel, writeProjectXml } from "./project-xml";
import { escapeAttribute, escapeText } from "./xml";

const TERRITORY = "9a0c5b1e-1c2d-4e3f-8a9b-0c1d2e3f4a5b";
const guid = territoryGuids(TERRITORY);
const THEME = "3f1d2c4b-5a6e-4f70-8a91-b2c3d4e5f601";
const CHILD = "3f1d2c4b-5a6e-4f70-8a91-b2c3d4e5f602";
const SOURCE = "7b0e1d2c-3a4f-4e5d-9c6b-7a8f9e0d1c2b";
const CODING = "c0d1e2f3-a4b5-4c6d-8e7f-8091a2b3c4d5";
const CASE = "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6";
const at = new Date("2026-11-23T10:00:00.123Z");

function model(): ProjectModel {
  const coder = guid.user("kF3s9dQ2mZ7xV1bN4cR8tY6uP0wE5aLh");
  return {
    name: "Needs Review – Comune di Forlì",
    origin: "Eccipa",
    createdAt: at,
    users: [{ guid: coder, name: "Begoña Muñoz <coder>" }],
    codes: [{ guid: THEME, name: "Accesso & attesa", description: "Tempi d'attesa\n\"allo sportello\"", colour: "#1d4f91", children: [{ guid: CHILD, name: "Año", description: "", colour: "#b3261e", children: [] }] }],
    variables: [{ guid: guid.variable("targetGroup"), name: "Target group" }],
    cases: [{ guid: CASE, name: "TCN-01", values: [{ variableGuid: guid.variable("targetGroup"), value: "Third-country nationals" }], sourceGuids: [SOURCE] }],
    sources: [
      {
        guid: SOURCE,
        name: "Interview 2021-04-12 – TCN-01",
        plainTextPath: `internal://${SOURCE}.txt`,
        createdAt: at,
        modifiedAt: at,
        selections: [
          { guid: guid.selection(CODING), name: "ñandú 😀", startPosition: 3, endPosition: 9, creatingUser: coder, createdAt: at, coding: { guid: CODING, codeGuid: CHILD }, noteGuids: [guid.note(CODING)] },
        ],
      },
    ],
    notes: [{ guid: guid.note(CODING), name: "Memo: Año", text: "Zwei Zeilen,\n\teingerückt & <markiert>\u0007", creatingUser: coder, createdAt: at }],
  };
}

describe("GUIDs", () => {
  it("are RFC 9562 version 5 UUIDs (the published example) and stable per territory and name", () => {
    expect(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org")).toBe("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    expect(guid.note(CODING)).toBe(territoryGuids(TERRITORY).note(CODING));
    expect(guid.note(CODING)).not.toBe(territoryGuids(CASE).note(CODING));
    expect(new Set([guid.project(), guid.note(CODING), guid.selection(CODING), guid.variable("gender")]).size).toBe(4);
  });

  it("keep a UUID-shaped account id, and derive one for any other", () => {
    expect(guid.user(THEME.toUpperCase())).toBe(THEME);
    expect(guid.user("kF3s9dQ2mZ7xV1bN4cR8tY6uP0wE5aLh")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("the project.qde", () => {
  it("validates against Project.xsd with every part present", () => {
    expect(projectProblems(writeProjectXml(model()))).toEqual([]);
  });

  it("validates with nothing but its name (empty containers are left out)", () => {
    const xml = writeProjectXml({ ...model(), users: [], codes: [], variables: [], cases: [], sources: [], notes: [] });
    expect(xml).not.toMatch(/<(Users|CodeBook|Variables|Cases|Sources|Notes)/);
    expect(projectProblems(xml)).toEqual([]);
  });

  it("fails validation when broken: a code without isCodable, parts out of order, a bad GUID", () => {
    const xml = writeProjectXml(model());
    const broken = [
      xml.replace(/ isCodable="true"/, ""),
      xml.replace(/(<Users>[\s\S]*?<\/Users>)\s*(<CodeBook>[\s\S]*?<\/CodeBook>)/, "$2$1"),
      xml.replace(`guid="${CASE}"`, 'guid="TCN-01"'),
    ];
    for (const document of broken) {
      expect(document).not.toBe(xml);
      expect(projectProblems(document).length).toBeGreaterThan(0);
    }
  });

  it("keeps names, memos and descriptions exactly, with characters XML cannot hold replaced", () => {
    const doc = XmlDocument.fromString(writeProjectXml(model()));
    try {
      const ns = { q: PROJECT_NAMESPACE };
      expect(doc.get("/q:Project/@name", ns)?.content).toBe("Needs Review – Comune di Forlì");
      expect(doc.get("//q:Code/q:Description", ns)?.content).toBe("Tempi d'attesa\n\"allo sportello\"");
      expect(doc.get("//q:User/@name", ns)?.content).toBe("Begoña Muñoz <coder>");
      expect(doc.get("//q:Note/q:PlainTextContent", ns)?.content).toBe("Zwei Zeilen,\n\teingerückt & <markiert>\uFFFD");
      expect(doc.get("//q:PlainTextSelection/@creationDateTime", ns)?.content).toBe("2026-11-23T10:00:00Z");
    } finally {
      doc.dispose();
    }
  });
});

describe("escaping", () => {
  it("keeps line breaks and tabs in attributes as references, and replaces lone surrogates", () => {
    expect(escapeAttribute('a\n\tb "c" <d> & \r')).toBe("a&#10;&#9;b &quot;c&quot; &lt;d&gt; &amp; &#13;");
    expect(escapeText("x\ud800y\uFFFEz 😀")).toBe("x\uFFFDy\uFFFDz 😀");
  });
});
