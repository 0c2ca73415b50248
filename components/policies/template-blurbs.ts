import type { TServiceKind } from "@/lib/policy/vocabulary";

export const TEMPLATE_BLURBS: Record<TServiceKind, string> = {
  saas: "Comptes, abonnements, support, hébergement et paiement.",
  ai_tool: "Requêtes et fichiers envoyés à un fournisseur d’IA, comptes, paiement.",
  ecommerce: "Commandes, livraison, paiement, newsletter et cookies publicitaires.",
  mobile_app: "Comptes, notifications, suivi des erreurs ; utilisateurs parfois mineurs.",
  marketplace: "Acheteurs et vendeurs, intermédiation, paiements et messagerie.",
  b2b_agency: "Prospection B2B, rendez-vous, recrutement, outils collaboratifs.",
  brochure: "Formulaire de contact et hébergement, sans cookie ni prestataire superflu.",
  content_coaching: "Contenus, rendez-vous de coaching, newsletter et paiement.",
};
