## La page de preuve de reçu et sa vérification dans le navigateur.
## Les commandes, empreintes et noms comme round.closed ou ballots_root restent tels quels.

receipt-title = Preuve de reçu, scrutin { $round }
receipt-heading = Votre bulletin du scrutin { $round } a été compté
receipt-ballot-with = Le bulletin portant le reçu
receipt-number-of = { $total ->
    [one] est le numéro { $number } sur { $total } bulletin compté. Son classement, du meilleur au moins bon :
   *[other] est le numéro { $number } sur les { $total } bulletins comptés. Son classement, du meilleur au moins bon :
}
receipt-unranked = Les propositions que vous n’avez pas classées sont ex æquo, après toutes celles classées.
receipt-check-heading = Vérifiez par vous-même
receipt-check-key = Vous n’avez besoin de rien d’autre de ce serveur que des valeurs ci-dessous et de sa clé publique, à comparer avec celle que publie l’opérateur :
receipt-download = Téléchargez la preuve
receipt-and-run = et lancez
receipt-or-steps = , ou suivez les étapes (docs/formats.md, « Receipt proofs », décrit chaque octet) :
receipt-step-1 = Le bulletin porte votre reçu. Avec votre nonce, le SHA-256 de plenary-receipt/1, LF, l’identifiant du scrutin, LF, le JSON canonique du classement, LF, le nonce redonne votre reçu.
receipt-step-2 = Empreinte de la feuille = SHA-256 de l’octet 0x00 suivi du JSON canonique du bulletin :
receipt-step-3 = Combinez-la avec le chemin d’audit (RFC 6962 : SHA-256 de 0x01, gauche, droite), feuille { $leaf } sur { $size } :
receipt-step-3-root = → la racine des bulletins
receipt-step-4 = { $ballots ->
    [one] L’entrée round.closed du scrutin enregistre cette racine (ballots_root) et { $ballots } bulletin ; son empreinte est le SHA-256 de son JSON canonique sans hash :
   *[other] L’entrée round.closed du scrutin enregistre cette racine (ballots_root) et { $ballots } bulletins ; son empreinte est le SHA-256 de son JSON canonique sans hash :
}
receipt-step-5 = La feuille de l’entrée (SHA-256 de 0x00 et des 32 octets de son empreinte), à l’indice { $index } sur { $size }, avec ce chemin d’audit, donne la racine de tout le journal d’audit :
receipt-step-6 = Cette racine et cette taille figurent dans ce point de contrôle, signé avec la clé du serveur (et cosigné par les témoins listés en dessous) :
receipt-js-run = Vérifier dans ce navigateur
receipt-js-checked = vérifié
receipt-js-all-hold = Chaque étape est valide : votre bulletin est dans le journal signé.
receipt-js-needs-tool = Les étapes 1 à 5 sont valides ; la signature demande un autre outil.
receipt-js-no-ed25519 = ce navigateur ne sait pas vérifier les signatures Ed25519 : utilisez plenary receipt verify
receipt-js-failed = L’étape { $step } a échoué :
receipt-js-no-receipt = le bulletin ne contient pas de reçu
receipt-js-other-leaf = le bulletin donne une autre feuille
receipt-js-other-root = le chemin mène à une autre racine
receipt-js-entry-hash = l’empreinte de l’entrée ne lui correspond pas
receipt-js-closed-root = round.closed enregistre une autre racine
receipt-js-checkpoint-other = le point de contrôle signe une autre taille ou une autre racine
receipt-js-no-signature = le point de contrôle n’a pas de signature de
receipt-js-bad-signature = la signature ne se vérifie pas avec la clé du serveur
receipt-js-index-outside = l’indice de la feuille est hors de l’arbre
receipt-js-path-long = le chemin d’audit est trop long
receipt-js-path-short = le chemin d’audit est trop court
