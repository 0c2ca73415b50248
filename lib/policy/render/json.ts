// JSON: the document tree itself, with the schema version, for other programs (and the PDF renderer).
import type { TDocument } from "../document/types";

export function renderJson(doc: TDocument): string {
  return `${JSON.stringify({ format: "politique-de-confidentialite", schemaVersion: doc.schemaVersion, document: doc }, null, 2)}\n`;
}
