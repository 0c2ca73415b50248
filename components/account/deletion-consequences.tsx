/** What deleting the account does, said plainly (on « Mon compte » and on the final confirmation). */
export function DeletionConsequences({ online, withVersions }: { online: number; withVersions: number }) {
  const published = online === 0 ? "Aucune de vos politiques n’est publiée en ce moment." : online === 1 ? "Votre politique publiée est retirée" : `Vos ${online} politiques publiées sont retirées`;
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
      <li>Vos brouillons sont supprimés : une politique jamais publiée disparaît entièrement, et le brouillon en cours des autres est effacé.</li>
      <li>
        {online === 0 ? published : `${published} : leur adresse publique répond « politique retirée » (erreur 410) et ne peut pas être reprise par quelqu’un d’autre.`}
      </li>
      <li>
        {withVersions === 0 ? "Vous n’avez publié aucune version : rien n’est conservé." : "Les versions déjà publiées sont conservées telles quelles, hors ligne : une version publiée est immuable et peut servir de preuve de ce que vos visiteurs ont lu. Elles gardent les informations que vous y aviez saisies (par exemple le nom et les coordonnées de votre entreprise)."}
      </li>
      <li>Votre adresse e-mail, votre nom et vos connexions GitHub ou Google sont effacés, et vous êtes déconnecté sur tous vos appareils.</li>
    </ul>
  );
}
