## La page de référence de l'API (/api).

api-title = Référence de l'API
api-intro = Cette page décrit l'API JSON sous /api/v1. Elle est produite à partir du même document OpenAPI 3.1 que lisent les programmes :
api-json-link = le document OpenAPI (JSON)
api-english-note = Les résumés, descriptions et schémas des opérations proviennent du code et restent en anglais : ils servent de référence aux développeurs.
api-auth-heading = Connexion
api-auth-bearer = Connectez-vous avec POST /api/v1/session et envoyez le jeton reçu dans chaque requête, dans cet en-tête :
api-auth-cookie = Un navigateur connecté au site peut envoyer son cookie de session à la place.
api-errors-heading = Erreurs
api-errors-text = Chaque refus a la même forme : un objet « error » avec un « code » stable, un « message » destiné aux personnes et, pour une saisie invalide (statut 422), le champ fautif « field ». Chaque opération indique les statuts qu'elle peut renvoyer.
api-contents = Sommaire
api-schemas-heading = Schémas
api-public = Aucune connexion requise.
api-signed-in = Connexion requise (jeton bearer ou cookie de session).
api-parameters = Paramètres
api-col-name = Nom
api-col-in = Emplacement
api-col-type = Type
api-col-required = Obligatoire
api-col-description = Description
api-col-status = Statut
api-col-content = Contenu
api-yes = oui
api-no = non
api-request-body = Corps de la requête :
api-responses = Réponses
api-fields-caption = Champs de { $name }
