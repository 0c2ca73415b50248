// The wizard's starting point: every field at its schema default (metadata `default`, checked by a test).
// Not valid as is (names and e-mails are empty): the wizard fills them.
import { SCHEMA_VERSION, type TAnswers } from "../schema";

export function defaultAnswers(opts: { effectiveDate?: string } = {}): TAnswers {
  return {
    schemaVersion: SCHEMA_VERSION,
    controller: {
      kind: "company", legalName: "", tradeName: "", legalForm: "", shareCapital: "", registration: "",
      address: { street: "", postalCode: "", city: "", country: "FR" }, email: "", phone: "",
    },
    service: { name: "", description: "", urls: [], kind: "saas", audience: "b2c", minimumAge: 15, publicContent: "none", makePrivate: "", parentalConsent: "" },
    data: { categories: [], specialCategories: [], contentNotice: true, contentHandling: "", sources: [] },
    security: { measures: [], details: "" },
    purposes: [],
    automated: { decisions: [], profiling: "" },
    recipients: [],
    cookies: {
      trackers: [], consentTool: "", choicesAccess: "footer_link", choicesLink: "Gérer mes cookies", manageChoices: "", policyUrl: "",
      choiceRetentionMonths: 6, details: "",
    },
    contact: { privacyEmail: "", dpoDesignated: false, dpoName: "", dpoEmail: "" },
    rights: { channels: ["email", "postal"], formUrl: "", consentWithdrawal: "" },
    changes: { channels: ["email", "banner"], noticeAmount: 1, noticeUnit: "months", archiveUrl: "" },
    effectiveDate: opts.effectiveDate ?? "",
  };
}
