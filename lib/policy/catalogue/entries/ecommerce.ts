// Online shops: a hosted platform (Shopify) is a recipient; shop software installed on the site's own hosting
// (WooCommerce, PrestaShop) is `selfHosted`: it brings its cookies, and the site's host is the recipient.
import { sourcesFrom, type TCatalogueEntry } from "../types";

const SHOP_DATA: TCatalogueEntry["defaultData"] = ["identity", "contact", "postal_address", "order", "transaction", "billing", "cookies_ids", "ip_address"];

export const ECOMMERCE_ENTRIES: readonly TCatalogueEntry[] = [
  {
    id: "shopify",
    name: "Shopify",
    aliases: ["Shopify Payments", "Shop Pay", "Boutique Shopify"],
    category: "ecommerce",
    legalEntity: "Shopify International Limited",
    country: "IE",
    dataLocations: ["CA", "US"],
    role: "processor",
    roleNote: "responsable de traitement indépendant pour ses finalités propres, dont la prévention de la fraude",
    transfer: {
      mechanism: "scc",
      note: "Canada : décision d’adéquation de la Commission européenne ; États-Unis : clauses contractuelles types.",
    },
    defaultPurposes: ["orders", "payment", "hosting"],
    defaultData: [...SHOP_DATA, "device"],
    cookies: [
      { name: "cart", purpose: "Mémoriser le contenu de votre panier", lifetime: "2 semaines", category: "strictly_necessary" },
      { name: "_tracking_consent", purpose: "Conserver vos choix en matière de cookies", lifetime: "1 an", category: "strictly_necessary" },
      { name: "_shopify_y", purpose: "Distinguer les visiteurs pour la mesure d’audience de la boutique", lifetime: "1 an", category: "analytics" },
      { name: "_shopify_s", purpose: "Rattacher les pages vues à la même visite pour la mesure d’audience", lifetime: "30 minutes", category: "analytics" },
    ],
    clause: "Shopify International Limited (Irlande) fournit la boutique en ligne : Shopify héberge le catalogue et gère le panier, les commandes et les paiements.",
    uncertain: ["roleNote", "cookies"],
    sources: sourcesFrom({
      privacy: "https://www.shopify.com/legal/privacy",
      dpa: "https://www.shopify.com/legal/dpa",
      cookies: "https://www.shopify.com/legal/cookies",
    }),
  },
  {
    id: "woocommerce",
    name: "WooCommerce (boutique auto-hébergée)",
    aliases: ["Woo Commerce", "WordPress WooCommerce"],
    category: "ecommerce",
    legalEntity: "Automattic Inc.",
    country: "US",
    dataLocations: ["FR"],
    role: "processor",
    roleNote: "extension installée sur l’hébergement du site : les commandes sont conservées par l’hébergeur du site",
    transfer: { mechanism: "none_needed" },
    defaultPurposes: ["orders", "payment"],
    defaultData: [...SHOP_DATA],
    cookies: [
      { name: "woocommerce_cart_hash", purpose: "Détecter les modifications du contenu de votre panier", lifetime: "session", category: "strictly_necessary" },
      { name: "woocommerce_items_in_cart", purpose: "Indiquer si votre panier contient des articles", lifetime: "session", category: "strictly_necessary" },
      { name: "wp_woocommerce_session_*", purpose: "Rattacher votre panier à votre visite", lifetime: "2 jours", category: "strictly_necessary" },
      { name: "sbjs_*", purpose: "Attribuer les commandes à la provenance de la visite (campagne, site référent)", lifetime: "session", category: "analytics" },
    ],
    clause: "WooCommerce, extension libre de WordPress installée sur l’hébergement du site, gère le catalogue, le panier et les commandes.",
    uncertain: ["dataLocations", "cookies"],
    sources: sourcesFrom({ privacy: "https://automattic.com/privacy/" }),
    selfHosted: true,
  },
  {
    id: "prestashop",
    name: "PrestaShop (boutique auto-hébergée)",
    aliases: ["Presta Shop"],
    category: "ecommerce",
    legalEntity: "PrestaShop SA",
    country: "FR",
    dataLocations: ["FR"],
    role: "processor",
    roleNote: "logiciel installé sur l’hébergement du site : les commandes sont conservées par l’hébergeur du site",
    transfer: { mechanism: "none_needed" },
    defaultPurposes: ["orders", "payment", "account"],
    defaultData: [...SHOP_DATA, "account_credentials"],
    cookies: [
      { name: "PrestaShop-*", purpose: "Maintenir votre session : panier, connexion à votre compte client", lifetime: "20 jours", category: "strictly_necessary" },
    ],
    clause: "PrestaShop, logiciel libre de boutique en ligne installé sur l’hébergement du site, gère le catalogue, le panier, les comptes clients et les commandes.",
    uncertain: ["legalEntity", "country", "dataLocations", "role", "transfer.mechanism", "cookies.0.lifetime"],
    sources: { ...sourcesFrom({ privacy: "https://www.prestashop.com/fr/" }), cookies: "https://github.com/PrestaShop/PrestaShop" },
    selfHosted: true,
  },
];
