// The project.qde of a REFI-QDA project (QDA-XML 1.0, urn:QDA-XML:project:1.0), written from a
// model that already holds GUIDs and character positions. Element order follows Project.xsd:
// Users, CodeBook, Variables, Cases, Sources, Notes; containers are left out when empty, since
// the schema wants at least one child in each.
import { el, renderXml, type XmlElement } from "./xml";

export const PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";

export type CodeModel = { guid: string; name: string; description: string; colour: string; children: CodeModel[] };
export type SelectionModel = {
  guid: string;
  name: string;
  /** Characters (code points) of the plain text, start inclusive, end exclusive. */
  startPosition: number;
  endPosition: number;
  creatingUser: string | null;
  createdAt: Date;
  coding: { guid: string; codeGuid: string };
  noteGuids: string[];
};
export type SourceModel = { guid: string; name: string; plainTextPath: string; createdAt: Date; modifiedAt: Date; selections: SelectionModel[] };
export type ProjectModel = {
  name: string;
  origin: string;
  createdAt: Date;
  users: { guid: string; name: string }[];
  codes: CodeModel[];
  variables: { guid: string; name: string }[];
  cases: { guid: string; name: string; values: { variableGuid: string; value: string }[]; sourceGuids: string[] }[];
  sources: SourceModel[];
  notes: { guid: string; name: string; text: string; creatingUser: string | null; createdAt: Date }[];
};

/** xsd:dateTime in UTC, without milliseconds (some readers choke on them). */
export function xmlDateTime(value: Date): string {
  return value.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A Code of the project's codebook or of a .qdc (the same shape; only the namespace differs). */
export function codeElement(code: CodeModel): XmlElement {
  return el(
    "Code",
    { guid: code.guid, name: code.name, isCodable: true, color: code.colour },
    code.description ? el("Description", {}, code.description) : null,
    code.children.map(codeElement),
  );
}

function selectionElement(s: SelectionModel): XmlElement {
  const created = xmlDateTime(s.createdAt);
  return el(
    "PlainTextSelection",
    { guid: s.guid, name: s.name, startPosition: s.startPosition, endPosition: s.endPosition, creatingUser: s.creatingUser, creationDateTime: created },
    el("Coding", { guid: s.coding.guid, creatingUser: s.creatingUser, creationDateTime: created }, el("CodeRef", { targetGUID: s.coding.codeGuid })),
    s.noteGuids.map((guid) => el("NoteRef", { targetGUID: guid })),
  );
}

function container(name: string, children: XmlElement[]): XmlElement | null {
  return children.length ? el(name, {}, children) : null;
}

export function writeProjectXml(project: ProjectModel): string {
  const root = el(
    "Project",
    { xmlns: PROJECT_NAMESPACE, name: project.name, origin: project.origin, creationDateTime: xmlDateTime(project.createdAt) },
    container("Users", project.users.map((u) => el("User", { guid: u.guid, name: u.name }))),
    project.codes.length ? el("CodeBook", {}, el("Codes", {}, project.codes.map(codeElement))) : null,
    container("Variables", project.variables.map((v) => el("Variable", { guid: v.guid, name: v.name, typeOfVariable: "Text" }))),
    container(
      "Cases",
      project.cases.map((c) =>
        el(
          "Case",
          { guid: c.guid, name: c.name },
          c.values.map((v) => el("VariableValue", {}, el("VariableRef", { targetGUID: v.variableGuid }), el("TextValue", {}, v.value))),
          c.sourceGuids.map((guid) => el("SourceRef", { targetGUID: guid })),
        ),
      ),
    ),
    container(
      "Sources",
      project.sources.map((s) =>
        el(
          "TextSource",
          { guid: s.guid, name: s.name, plainTextPath: s.plainTextPath, creationDateTime: xmlDateTime(s.createdAt), modifiedDateTime: xmlDateTime(s.modifiedAt) },
          s.selections.map(selectionElement),
        ),
      ),
    ),
    container(
      "Notes",
      project.notes.map((n) =>
        el("Note", { guid: n.guid, name: n.name, creatingUser: n.creatingUser, creationDateTime: xmlDateTime(n.createdAt) }, el("PlainTextContent", {}, n.text)),
      ),
    ),
  );
  return renderXml(root);
}
