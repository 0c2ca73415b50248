// How a version is introduced in the history lists (the versions page, the public history, the Atom
// feed): its grade (« Première version », « Modification substantielle », « Modification mineure ») and
// the founder's note. A note that already starts with the grade (« Première version publiée… ») is shown
// alone, so the list never reads « Première version — Première version publiée… ».
export type TVersionGrade = { first: boolean; grade: "substantial" | "minor" | "none" };

export function gradeLabel(summary: TVersionGrade): string {
  if (summary.first) return "Première version";
  return summary.grade === "substantial" ? "Modification substantielle" : "Modification mineure";
}

const comparable = (text: string) => text.normalize("NFC").toLocaleLowerCase("fr").replace(/[\s\u00a0\u202f]+/g, " ").trim();

/** The grade label (null when the note already says it) and the trimmed note (null when absent). */
export function versionLabel(summary: TVersionGrade, note: string | null | undefined): { label: string | null; note: string | null } {
  const label = gradeLabel(summary);
  const text = note?.trim() || null;
  if (text && comparable(text).startsWith(comparable(label))) return { label: null, note: text };
  return { label, note: text };
}

/** One line: « Modification mineure — Correction du contact », or the note alone when it repeats the grade. */
export function versionLine(summary: TVersionGrade, note: string | null | undefined): string {
  const { label, note: text } = versionLabel(summary, note);
  return [label, text].filter(Boolean).join(" — ");
}
