// 1. Responsable du traitement (+ représentant dans l'UE) — M01, M02. 2. DPO ou contact — M03.
import { countryName, type TCtx } from "../context";
import { mail, p, type TPart } from "../inline";
import { capitalize, clause, has, orMissing } from "../../text/grammar";
import { NO_POSTAL_CODE } from "../../vocabulary";
import { processesSensitiveData } from "../../compliance/applicable";
import type { TSection } from "../types";

function address(ctx: TCtx): string {
  const ad = ctx.a.controller.address;
  const country = ad.country === "FR" ? "" : `, ${countryName(ad.country)}`;
  const code = !has(ad.postalCode) && (NO_POSTAL_CODE as readonly string[]).includes(ad.country) ? "" : `${orMissing(ad.postalCode, "code postal")} `;
  return `${clause(orMissing(ad.street, "adresse"))}, ${code}${orMissing(ad.city, "ville")}${country}`;
}

export function controllerAddress(ctx: TCtx): string {
  return address(ctx);
}

export function controllerSection(ctx: TCtx): TSection {
  const { a, v } = ctx;
  const c = a.controller;
  const identity = [
    ctx.controller,
    has(c.tradeName) ? ` (nom commercial : ${c.tradeName.trim()})` : "",
    has(c.legalForm) ? `, ${clause(c.legalForm)}` : "",
    has(c.legalForm) && has(c.shareCapital) ? ` au capital de ${c.shareCapital.trim()}` : "",
    has(c.registration) ? `, ${clause(c.registration)}` : "",
  ].join("");
  // A natural person may keep their address private: then the contact is by e-mail (and telephone).
  const withAddress = c.kind === "company" || [c.address.street, c.address.postalCode, c.address.city].some(has);
  const seat = c.kind === "company" ? "dont le siège est situé" : "dont l'adresse professionnelle est";
  const contact: TPart[] = [
    withAddress ? `Vous pouvez ${v.us("écrire")} à cette adresse ou par e-mail à ` : `Vous pouvez ${v.us("écrire")} par e-mail à `, mail(c.email),
    has(c.phone) ? `, ou ${v.us("joindre")} par téléphone au ${c.phone.trim()}` : "", ".",
  ];
  const where = withAddress ? `, ${seat} ${address(ctx)}` : "";
  const blocks = [p(`Le responsable du traitement est ${identity}${where}. `, ...contact)];
  if (c.parentCompany) {
    blocks.push(p(`${capitalize(ctx.controller)} appartient au groupe ${c.parentCompany.name.trim()} (${countryName(c.parentCompany.country)}).`));
  }
  const rules: TSection["rules"] = ["M01"];
  if (ctx.controllerOutsideEea) {
    rules.push("M02");
    const rep = a.euRepresentative;
    if (rep) {
      rules.push("R04");
      blocks.push(p(
        `Le responsable du traitement étant établi hors de l'Espace économique européen, il a désigné un représentant dans l'Union, conformément à l'article 27 du RGPD : ${rep.name.trim()}, ${clause(rep.address)}${rep.country && !rep.address.includes(countryName(rep.country)) ? ` (${countryName(rep.country)})` : ""}, `,
        mail(rep.email), `. Vous pouvez vous adresser à ce représentant pour toute question relative au traitement de vos données.`,
      ));
    }
  }
  return { anchor: "responsable", title: "Responsable du traitement", rules, blocks };
}

export function dpoSection(ctx: TCtx): TSection {
  const { a, v } = ctx;
  const blocks = a.contact.dpoDesignated
    ? [p(
      `${v.We("avons désigné", "ai désigné")} un délégué à la protection des données (DPO)${has(a.contact.dpoName) ? ` : ${a.contact.dpoName.trim()}` : ""}. Vous pouvez le contacter à l'adresse `,
      has(a.contact.dpoEmail) ? mail(a.contact.dpoEmail) : mail(a.contact.privacyEmail),
      " pour toute question relative à vos données et à l'exercice de vos droits.",
    )]
    : [p(
      `${v.We("n'avons pas désigné", "n'ai pas désigné")} de délégué à la protection des données`,
      // Art. 37.1.c: with sensitive data the designation may be mandatory (the checker asks to verify it, M03):
      // the policy then does not assert that it is not.
      processesSensitiveData(a) ? "." : `, cette désignation n'étant pas obligatoire au regard de ${v.our("activité", "f")} (article 37 du RGPD).`,
      " Pour toute question relative à vos données personnelles et à l'exercice de vos droits, écrivez à ",
      mail(a.contact.privacyEmail), ".",
    )];
  return { anchor: "dpo", title: a.contact.dpoDesignated ? "Délégué à la protection des données" : "Contact pour vos données personnelles", rules: ["M03"], blocks };
}

