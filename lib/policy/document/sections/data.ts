// 3. Données traitées et sources — M15 (indirect collection), M17 (special categories, AI content).
import { ART9_EXCEPTION_LABELS, DATA_CATEGORY_LABELS, SPECIAL_CATEGORY_LABELS } from "../../labels";
import { capitalize, clause, enumerate, has, sentence } from "../../text/grammar";
import { CONTENT_CATEGORIES } from "../../compliance/applicable";
import type { SPECIAL_CATEGORY_KEYS } from "../../vocabulary";

type TSpecialCategoryKey = (typeof SPECIAL_CATEGORY_KEYS)[number];
import type { TCtx } from "../context";
import { CUSTOMERS_TITLE } from "./customers";
import { heading, list, p, strong, type TPart } from "../inline";
import type { TBlock, TSection } from "../types";

/** Examples of art. 9 data, in the order a reader expects them. */
const SENSITIVE_EXAMPLES: [TSpecialCategoryKey, string][] = [
  ["health", "santé"], ["political_opinions", "opinions politiques"], ["religious_beliefs", "convictions religieuses"],
  ["sex_life_orientation", "orientation sexuelle"], ["racial_ethnic_origin", "origine ethnique"], ["trade_union", "appartenance syndicale"],
  ["genetic", "données génétiques"], ["biometric", "données biométriques"],
];

export function dataSection(ctx: TCtx): TSection {
  const { a, v } = ctx;
  const rules: TSection["rules"] = [];
  const blocks: TBlock[] = [
    p(`${v.We("traitons", "traite")} les catégories de données personnelles suivantes :`),
    list(a.data.categories.map((c): TPart[] => {
      const label = DATA_CATEGORY_LABELS[c.key];
      const details = has(c.details) ? clause(c.details) : label.examples;
      return [strong(label.label), details ? ` : ${details}.` : "."];
    })),
  ];
  const sources = a.data.sources;
  blocks.push(p(sources.length > 0
    ? "Ces données sont fournies par vous ou collectées lors de votre utilisation du service, à l'exception de celles dont la source est indiquée ci-dessous."
    : a.data.customers
      ? `Ces données sont fournies par vous ou collectées lors de votre utilisation du service. Les données que ${v.individual ? "mes" : "nos"} clients professionnels ${v.individual ? "me" : "nous"} confient sont présentées à la section « ${CUSTOMERS_TITLE} ».`
      : "Ces données sont fournies par vous ou collectées lors de votre utilisation du service ; aucune donnée n'est obtenue auprès de tiers."));

  if (sources.length > 0) {
    rules.push("M15");
    blocks.push(heading("Données obtenues auprès de tiers"));
    blocks.push(list(sources.map((s): TPart[] => [
      strong(s.name.trim()), s.isPublic ? " (source accessible au public)" : "",
      ` : ${enumerate(s.categories.map((k) => DATA_CATEGORY_LABELS[k].short))}.`,
      has(s.details) ? ` ${sentence(s.details)}` : "",
    ])));
  }

  const special = a.data.specialCategories;
  const content = a.data.categories.some((c) => CONTENT_CATEGORIES.includes(c.key));
  if (special.length > 0 || content) {
    rules.push("M17");
    blocks.push(heading("Données sensibles"));
  }
  if (special.length > 0) {
    blocks.push(p(`${v.We("traitons", "traite")} les données sensibles suivantes, au sens de l'article 9 du RGPD :`));
    blocks.push(list(special.map((s): TPart[] => {
      const ex = s.exception ? ART9_EXCEPTION_LABELS[s.exception] : null;
      return [
        strong(capitalize(SPECIAL_CATEGORY_LABELS[s.key])),
        ex ? ` : ce traitement repose sur ${ex.label} (${ex.cite})${s.exception === "explicit_consent" ? ", que vous pouvez retirer à tout moment" : ""}.` : ".",
        has(s.details) ? ` ${sentence(s.details)}` : "",
      ];
    })));
  }
  if (content) {
    const parts: TPart[] = [];
    if (a.data.contentNotice !== false) {
      // The examples leave out what the policy itself declares (never « santé » just after heart rate is declared).
      const declared = new Set([...special.map((s) => s.key), ...(a.data.customers?.special ?? [])]);
      const examples = SENSITIVE_EXAMPLES.filter(([k]) => !declared.has(k)).map(([, word]) => word);
      const mentioned = special.length > 0 ? " autre que celles mentionnées ci-dessus" : declared.size > 0 ? ` autre que celles présentées à la section « ${CUSTOMERS_TITLE} »` : "";
      parts.push(`${v.We("vous demandons", "vous demande")} de ne saisir ni transmettre dans le service aucune donnée sensible${mentioned}${examples.length ? ` (${enumerate(examples, "ou")})` : ""}, ni aucune donnée concernant d'autres personnes sans leur accord.`);
    }
    if (has(a.data.contentHandling)) parts.push(`${parts.length ? " " : ""}${sentence(a.data.contentHandling)}`);
    if (parts.length === 0 && special.length === 0) {
      parts.push(`${v.We("ne traitons", "ne traite")} pas de données sensibles au sens de l'article 9 du RGPD.`);
    }
    if (parts.length > 0) blocks.push(p(...parts));
  }
  return { anchor: "donnees", title: "Données traitées et sources", rules, blocks };
}
