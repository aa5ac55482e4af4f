## Connexion et inscription (/login, /register) et le verrou du mot de passe.

auth-sign-in = Se connecter
auth-email = Adresse e-mail
auth-password = Mot de passe
auth-no-account = Pas encore de compte ?
auth-register = S’inscrire
auth-go-to-sign-in = Aller à la connexion
auth-register-reviewed = Chaque inscription est examinée par un administrateur avant que vous puissiez vous connecter.
auth-your-name = Votre nom
auth-password-hint = (au moins 10 caractères)
auth-organisation = Organisation que vous représentez
auth-group = Groupe de parties prenantes
auth-change-required = Votre mot de passe a été réinitialisé par un administrateur : choisissez-en un nouveau (POST /api/v1/me/password) avant toute autre chose.
auth-email-taken = Un compte existe déjà avec cette adresse e-mail.
auth-email-taken-sign-in = Connectez-vous
auth-email-taken-or-admin = {" "}ou adressez-vous à un administrateur.
