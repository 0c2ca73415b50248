// Two answer sets → structured changes, each graded per RULES §8 and described in a French sentence.
// Substantial: a purpose, a recipient, a transfer or a data category added, or the way rights are exercised
// changed. Minor otherwise (wording, retention shortened, contact details). Two conservative extensions,
// beyond the letter of §8: a changed legal basis and a lengthened retention are graded substantial, since
// both change what the person can expect (rights available, how long data is kept).
import { DATA_CATEGORY_LABELS, LEGAL_BASIS_LABELS } from "../labels";
import { visibleAnswers } from "../schema/visibility";
import type { TAnswers, TPurpose, TRecipient } from "../schema";
import { countryName } from "../document/context";
import { retentionText } from "../document/phrases";
import { durationDays, enumerate, lowerFirst } from "../text/grammar";
import { typo } from "../text/typography";
import { isEea } from "../vocabulary";

export type TChangeKind =
  | "purpose_added" | "purpose_removed" | "purpose_changed" | "basis_changed" | "retention_changed"
  | "recipient_added" | "recipient_removed" | "recipient_changed" | "transfer_added" | "transfer_removed" | "transfer_changed"
  | "data_added" | "data_removed" | "tracker_added" | "tracker_removed" | "rights_contact_changed" | "controller_changed"
  | "contact_changed" | "other_changed";

export type TChange = { kind: TChangeKind; grade: "substantial" | "minor"; message: string; field: string };
export type TAnswersDiff = { grade: "substantial" | "minor" | "none"; changes: TChange[] };

const json = (v: unknown) => JSON.stringify(v);

function outsideEea(r: TRecipient): string[] {
  return [...new Set(r.dataLocations.filter((c) => !isEea(c)))];
}

function retentionDays(p: TPurpose): number | null {
  const r = p.retention;
  return r.mode === "duration" && r.amount !== undefined && r.unit !== undefined ? durationDays(r.amount, r.unit) : null;
}

function diffPurposes(a: TAnswers, b: TAnswers, add: (c: TChange) => void) {
  const before = new Map(a.purposes.map((p) => [p.id, p]));
  const after = new Map(b.purposes.map((p) => [p.id, p]));
  b.purposes.forEach((p, i) => {
    const old = before.get(p.id);
    const field = `purposes.${i}`;
    if (!old) return add({ kind: "purpose_added", grade: "substantial", field, message: `Nouvelle finalité : ${p.label}` });
    if (old.basis !== p.basis) {
      add({ kind: "basis_changed", grade: "substantial", field: `${field}.basis`, message: `Base légale modifiée pour « ${p.label} » : ${LEGAL_BASIS_LABELS[old.basis].label.toLowerCase()} → ${LEGAL_BASIS_LABELS[p.basis].label.toLowerCase()}` });
    }
    if (json(old.retention) !== json(p.retention)) {
      const d0 = retentionDays(old);
      const d1 = retentionDays(p);
      const shorter = d0 !== null && d1 !== null && d1 < d0;
      add({ kind: "retention_changed", grade: shorter ? "minor" : "substantial", field: `${field}.retention`,
        message: `Durée de conservation ${shorter ? "réduite" : "modifiée"} pour « ${p.label} » : ${lowerFirst(retentionText(p.retention, { criteria: p.retention.mode === "criteria" }).replace(/\.$/, ""))}` });
    }
    const added = p.data.filter((k) => !old.data.includes(k));
    if (added.length) add({ kind: "data_added", grade: "substantial", field: `${field}.data`, message: `Nouvelles données utilisées pour « ${p.label} » : ${enumerate(added.map((k) => DATA_CATEGORY_LABELS[k].short))}` });
    const rest = (x: TPurpose) => json({ ...x, basis: null, retention: null, data: x.data.filter((k) => old.data.includes(k)) });
    if (rest(old) !== rest(p)) add({ kind: "purpose_changed", grade: "minor", field, message: `Finalité « ${p.label} » reformulée ou précisée` });
  });
  a.purposes.forEach((p, i) => {
    if (!after.has(p.id)) add({ kind: "purpose_removed", grade: "minor", field: `purposes.${i}`, message: `Finalité supprimée : ${p.label}` });
  });
}

function diffRecipients(a: TAnswers, b: TAnswers, add: (c: TChange) => void) {
  const before = new Map(a.recipients.map((r) => [r.id, r]));
  const after = new Map(b.recipients.map((r) => [r.id, r]));
  b.recipients.forEach((r, i) => {
    const old = before.get(r.id);
    const field = `recipients.${i}`;
    const where = enumerate([...new Set(r.dataLocations)].map(countryName));
    if (!old) {
      add({ kind: "recipient_added", grade: "substantial", field, message: `Nouveau destinataire : ${r.name} (${where})` });
      if (outsideEea(r).length) add({ kind: "transfer_added", grade: "substantial", field: `${field}.dataLocations`, message: `Nouveau transfert hors de l'Union européenne : ${r.name} (${enumerate(outsideEea(r).map(countryName))})` });
      return;
    }
    const newCountries = outsideEea(r).filter((c) => !outsideEea(old).includes(c));
    if (newCountries.length) add({ kind: "transfer_added", grade: "substantial", field: `${field}.dataLocations`, message: `Nouveau transfert hors de l'Union européenne : ${r.name} (${enumerate(newCountries.map(countryName))})` });
    else if (outsideEea(old).length && !outsideEea(r).length) add({ kind: "transfer_removed", grade: "minor", field: `${field}.dataLocations`, message: `Fin du transfert hors de l'Union européenne : ${r.name}` });
    if (json(old.transfer) !== json(r.transfer)) add({ kind: "transfer_changed", grade: "minor", field: `${field}.transfer`, message: `Garantie de transfert modifiée : ${r.name}` });
    const addedData = r.data.filter((k) => !old.data.includes(k));
    if (addedData.length) add({ kind: "data_added", grade: "substantial", field: `${field}.data`, message: `Nouvelles données transmises à ${r.name} : ${enumerate(addedData.map((k) => DATA_CATEGORY_LABELS[k].short))}` });
    const rest = (x: TRecipient) => json({ ...x, transfer: null, dataLocations: null, data: x.data.filter((k) => old.data.includes(k)) });
    if (rest(old) !== rest(r)) add({ kind: "recipient_changed", grade: old.role !== r.role || (r.dataSharing === true && old.dataSharing !== true) ? "substantial" : "minor", field, message: `Informations modifiées sur le destinataire ${r.name}` });
  });
  a.recipients.forEach((r, i) => {
    if (!after.has(r.id)) add({ kind: "recipient_removed", grade: "minor", field: `recipients.${i}`, message: `Destinataire supprimé : ${r.name}` });
  });
}

function diffRest(a: TAnswers, b: TAnswers, add: (c: TChange) => void) {
  const keysA = new Set(a.data.categories.map((c) => c.key));
  const keysB = new Set(b.data.categories.map((c) => c.key));
  for (const k of keysB) if (!keysA.has(k)) add({ kind: "data_added", grade: "substantial", field: "data.categories", message: `Nouvelle catégorie de données : ${DATA_CATEGORY_LABELS[k].label}` });
  for (const k of keysA) if (!keysB.has(k)) add({ kind: "data_removed", grade: "minor", field: "data.categories", message: `Catégorie de données supprimée : ${DATA_CATEGORY_LABELS[k].label}` });
  const specialA = new Set(a.data.specialCategories.map((s) => s.key));
  for (const s of b.data.specialCategories) if (!specialA.has(s.key)) add({ kind: "data_added", grade: "substantial", field: "data.specialCategories", message: "Nouvelle catégorie de données sensibles" });
  const names = (x: TAnswers) => new Set(x.cookies.trackers.map((t) => t.name));
  const [tA, tB] = [names(a), names(b)];
  b.cookies.trackers.forEach((t, i) => {
    if (!tA.has(t.name)) add({ kind: "tracker_added", grade: t.category === "strictly_necessary" || t.category === "audience_exempt" ? "minor" : "substantial", field: `cookies.trackers.${i}`, message: `Nouveau traceur : ${t.name} (${t.provider})` });
  });
  a.cookies.trackers.forEach((t, i) => { if (!tB.has(t.name)) add({ kind: "tracker_removed", grade: "minor", field: `cookies.trackers.${i}`, message: `Traceur supprimé : ${t.name}` }); });
  const rightsA = json([a.contact.privacyEmail, a.contact.dpoDesignated, a.contact.dpoEmail, a.rights.channels, a.rights.formUrl, a.rights.consentWithdrawal]);
  const rightsB = json([b.contact.privacyEmail, b.contact.dpoDesignated, b.contact.dpoEmail, b.rights.channels, b.rights.formUrl, b.rights.consentWithdrawal]);
  if (rightsA !== rightsB) add({ kind: "rights_contact_changed", grade: "substantial", field: "contact", message: `Modalités d'exercice des droits modifiées (contact : ${b.contact.privacyEmail})` });
  if (a.controller.legalName !== b.controller.legalName) add({ kind: "controller_changed", grade: "substantial", field: "controller.legalName", message: `Nouveau responsable du traitement : ${b.controller.legalName}` });
  if (json({ ...a.controller, legalName: null }) !== json({ ...b.controller, legalName: null }) || json(a.euRepresentative) !== json(b.euRepresentative)) {
    add({ kind: "contact_changed", grade: "minor", field: "controller", message: "Coordonnées du responsable du traitement modifiées" });
  }
  // Everything else the policy says: the service, security, automated decisions, the cookie settings other
  // than the trackers, the announcement of changes, the data kept for customers, the no-sale statement.
  const rest = (x: TAnswers) => json([x.service, x.security, x.automated, { ...x.cookies, trackers: null }, x.changes, x.data.customers ?? null, x.noSale ?? false]);
  const [restA, restB] = [rest(a), rest(b)];
  if (restA !== restB) add({ kind: "other_changed", grade: json(a.automated) !== json(b.automated) && b.automated.decisions.length > a.automated.decisions.length ? "substantial" : "minor", field: "service", message: "Autres informations modifiées (service, sécurité, décisions automatisées, cookies ou annonce des modifications)" });
}

export function diffAnswers(before: TAnswers, after: TAnswers): TAnswersDiff {
  // Only what the policy says counts: a value under a hidden control is not a change.
  const a = visibleAnswers(before);
  const b = visibleAnswers(after);
  const changes: TChange[] = [];
  const add = (c: TChange) => changes.push({ ...c, message: typo(c.message) });
  diffPurposes(a, b, add);
  diffRecipients(a, b, add);
  diffRest(a, b, add);
  const grade = changes.length === 0 ? "none" : changes.some((c) => c.grade === "substantial") ? "substantial" : "minor";
  return { grade, changes };
}
