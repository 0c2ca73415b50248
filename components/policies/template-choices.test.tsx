// « Nouvelle politique »: the business kinds are shown as written in lib/policy/labels.ts, acronyms
// included (« Logiciel en ligne (SaaS) »), never lower-cased wholesale (« logiciel en ligne (saas) »).
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { serviceKindLabel } from "@/lib/policy/labels";
import { TemplateChoices } from "./template-choices";

describe("template choices", () => {
  it("titles and buttons keep the labels as written, acronyms included (SaaS), never lower-cased wholesale", () => {
    const html = renderToStaticMarkup(<TemplateChoices action={async () => ({ ok: true })} />);
    expect(html).toContain("<h2 class=\"font-semibold\">Logiciel en ligne (SaaS)</h2>");
    expect(html).toContain("Commencer\u00a0: logiciel en ligne (SaaS)");
    expect(html).toContain("<h2 class=\"font-semibold\">Outil d’intelligence artificielle</h2>");
    expect(html).not.toContain("(saas)");
  });

  it("serviceKindLabel: the title form as written, the running-text form with only its first letter lowered", () => {
    expect(serviceKindLabel("saas")).toBe("Logiciel en ligne (SaaS)");
    expect(serviceKindLabel("saas", "text")).toBe("logiciel en ligne (SaaS)");
    expect(serviceKindLabel("b2b_agency", "text")).toBe("studio ou agence B2B");
    expect(serviceKindLabel("ai_tool")).toBe("Outil d’intelligence artificielle");
  });
});
