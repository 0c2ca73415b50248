// The lint corpus: for each E-rule of RULES §7, phrasings it must catch and correct sentences it must leave
// alone (E01.json … E13.json), plus correct sentences of every kind (correct.json). Read by the corpus test
// (lint-corpus.test.ts, which asks for 100 % recall and precision) and by `npm run lint-corpus` (figures).
//
// Adding a phrasing seen in a real answer: append { "text": …, "expect": "E07" } to the rule's file (or
// "expect": null for a correct sentence the lint flagged), with a "context" when the error only exists in
// one (see TCorpusContext), then run `npm run lint-corpus`.
import type { TLegalBasis, TPurposeKey } from "../../vocabulary";
import { RULE_IDS, type TRuleId } from "../rules";
import E01 from "./E01.json";
import E02 from "./E02.json";
import E03 from "./E03.json";
import E04 from "./E04.json";
import E05 from "./E05.json";
import E06 from "./E06.json";
import E07 from "./E07.json";
import E08 from "./E08.json";
import E09 from "./E09.json";
import E10 from "./E10.json";
import E11 from "./E11.json";
import E12 from "./E12.json";
import E13 from "./E13.json";
import correct from "./correct.json";

/** Where the text is typed, and what the answers around it say. */
export type TCorpusContext = {
  /** The answer path the text is placed at; « * » is the index of the purpose (or recipient) chosen below. */
  field: string;
  /** For purposes.*: the legal basis of the purpose the text belongs to. */
  basis?: TLegalBasis;
  /** For purposes.*: the type of that purpose. */
  purpose?: TPurposeKey;
  /** Whether trackers that need consent are used (default: as in the fixture). */
  consentTrackers?: boolean;
  /** The fixture the text is placed in (default "ecommerce"). */
  fixture?: string;
};

export type TCorpusItem = {
  text: string;
  /** The rule the text must raise, or null: a correct sentence that must raise none. */
  expect: TRuleId | null;
  /** Other rules the text also, rightly, raises. */
  also?: TRuleId[];
  /** Without a context, the text is linted on its own and as a service description. */
  context?: TCorpusContext;
  note?: string;
};

type TCorpusFile = { about: string; items: TCorpusItem[] };

const FILES: Record<string, unknown> = { E01, E02, E03, E04, E05, E06, E07, E08, E09, E10, E11, E12, E13, correct };

function isRule(x: unknown): x is TRuleId {
  return typeof x === "string" && (RULE_IDS as readonly string[]).includes(x);
}

/** Every item, with the file it comes from; throws on a malformed item, so a typo cannot silently pass. */
export function corpusItems(): (TCorpusItem & { file: string })[] {
  return Object.entries(FILES).flatMap(([file, data]) => {
    const items = (data as TCorpusFile).items;
    if (!Array.isArray(items)) throw new Error(`corpus/${file}.json : « items » manquant`);
    return items.map((item, i) => {
      const where = `corpus/${file}.json, élément ${i}`;
      if (typeof item.text !== "string" || !item.text.trim()) throw new Error(`${where} : texte vide`);
      if (item.expect !== null && !isRule(item.expect)) throw new Error(`${where} : règle inconnue ${String(item.expect)}`);
      if (item.also && !item.also.every(isRule)) throw new Error(`${where} : règle inconnue dans « also »`);
      if (item.context && typeof item.context.field !== "string") throw new Error(`${where} : contexte sans champ`);
      return { ...item, file };
    });
  });
}
