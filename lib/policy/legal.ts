// Wording fixed by RULES.md, used by the document builder and checked by the lint and the tests.

/** M16, word for word: never « 30 jours » (E08). */
export const RESPONSE_DELAY = "un mois, prolongeable de deux mois compte tenu de la complexité ou du nombre de demandes";

/** M11: the CNIL's full postal address and its complaints page. */
export const CNIL_ADDRESS = "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07";
export const CNIL_COMPLAINTS_URL = "https://www.cnil.fr/fr/plaintes";

/** F02: digital majority in France (LIL art. 45). */
export const DIGITAL_MAJORITY = 15;
