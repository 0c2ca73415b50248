// The wizard's business-kind templates: usual purposes (RULES §5), recipients from the catalogue
// (RULES §6), their trackers, and the data those imply. Identity fields stay empty for the user to fill.
import { findService } from "../catalogue";
import type { TAnswers, TRecipient, TTracker } from "../schema";
import type { TAudience, TDataCategoryKey, TServiceKind } from "../vocabulary";
import { defaultAnswers } from "./defaults";
import { allProposals } from "./proposals";
import { PURPOSE_PRESETS, purposeFrom, type TPurposePreset } from "./purposes";
import { recipientFromCatalogue, trackersFromCatalogue } from "./recipients";

type TTemplate = { audience: TAudience; minimumAge: number; purposes: TPurposePreset[]; recipients: string[] };

const COMMON_END: TPurposePreset[] = ["security", "legal_claims"];

export const TEMPLATES: Record<TServiceKind, TTemplate> = {
  saas: {
    audience: "both", minimumAge: 15,
    purposes: ["account", "service", "payment", "invoicing", "transactional_email", "support", "product_improvement", ...COMMON_END],
    recipients: ["scaleway", "stripe", "postmark", "crisp", "plausible"],
  },
  ai_tool: {
    audience: "b2c", minimumAge: 15,
    purposes: ["account", "ai_processing", "payment", "invoicing", "transactional_email", "support", ...COMMON_END],
    recipients: ["vercel", "supabase", "mistral-ai", "stripe", "resend"],
  },
  ecommerce: {
    audience: "b2c", minimumAge: 0,
    purposes: ["orders", "payment", "invoicing", "account", "transactional_email", "support", "newsletter", "customer_emails", ...COMMON_END],
    recipients: ["shopify", "stripe", "paypal", "brevo", "axeptio"],
  },
  mobile_app: {
    audience: "b2c", minimumAge: 15,
    purposes: ["account", "service", "payment", "transactional_email", "support", "error_monitoring", ...COMMON_END],
    recipients: ["firebase", "sentry", "stripe"],
  },
  b2b_agency: {
    audience: "b2b", minimumAge: 18,
    purposes: ["support", "scheduling", "b2b_prospecting", "invoicing", "recruitment", ...COMMON_END],
    recipients: ["ovhcloud", "google-workspace", "hubspot", "calendly", "axeptio"],
  },
  brochure: {
    audience: "both", minimumAge: 0,
    purposes: ["support", "security"],
    recipients: ["o2switch"],
  },
  marketplace: {
    audience: "both", minimumAge: 18,
    purposes: ["account", "marketplace_intermediation", "payment", "invoicing", "transactional_email", "support", ...COMMON_END],
    recipients: ["aws", "stripe", "sendgrid", "crisp"],
  },
  content_coaching: {
    audience: "b2c", minimumAge: 15,
    purposes: ["account", "service", "scheduling", "payment", "invoicing", "newsletter", "support", ...COMMON_END],
    recipients: ["o2switch", "calendly", "stripe", "brevo"],
  },
};

export function templateAnswers(kind: TServiceKind, opts: { effectiveDate?: string } = {}): TAnswers {
  const t = TEMPLATES[kind];
  const entries = t.recipients.map((id) => findService(id)).filter((e) => e !== undefined);
  const recipients: TRecipient[] = entries.map((e) => recipientFromCatalogue(e));
  const trackers: TTracker[] = entries.flatMap(trackersFromCatalogue);
  const purposes = t.purposes.map((p) => purposeFrom(p));
  // Trackers that need consent bring the purpose they serve (LIL art. 82).
  const byCategory: Partial<Record<TTracker["category"], TPurposePreset>> = { analytics: "analytics_consent", advertising: "advertising", embedded_content: "embedded_content" };
  for (const preset of new Set(trackers.map((tr) => byCategory[tr.category]).filter((x) => x !== undefined))) {
    if (!purposes.some((p) => p.key === PURPOSE_PRESETS[preset].key)) purposes.push(purposeFrom(preset));
  }
  const keys = new Set<TDataCategoryKey>([...purposes.flatMap((p) => p.data), ...recipients.flatMap((r) => r.data)]);
  const base = defaultAnswers(opts);
  const answers: TAnswers = {
    ...base,
    service: { ...base.service, kind, audience: t.audience, minimumAge: t.minimumAge },
    data: { ...base.data, categories: [...keys].map((key) => ({ key, details: "" })) },
    purposes,
    recipients,
    cookies: { ...base.cookies, trackers, consentTool: entries.some((e) => e.category === "consent") ? (entries.find((e) => e.category === "consent")?.name ?? "") : "" },
    security: { measures: ["encryption_transit", "password_hashing", "access_control", "backups"], details: "" },
  };
  // Nothing a template proposes is asserted until the founder keeps, edits or removes it (P01).
  return { ...answers, proposed: allProposals(answers) };
}
