## Inicio de sesión y registro (/login, /register) y el bloqueo por contraseña.

auth-sign-in = Iniciar sesión
auth-email = Correo electrónico
auth-password = Contraseña
auth-no-account = ¿Aún no tiene cuenta?
auth-register = Registrarse
auth-go-to-sign-in = Ir al inicio de sesión
auth-register-reviewed = Un administrador revisa cada registro antes de que pueda iniciar sesión.
auth-your-name = Su nombre
auth-password-hint = (al menos 10 caracteres)
auth-organisation = Organización a la que representa
auth-group = Grupo de partes interesadas
auth-change-required = Un administrador restableció su contraseña: elija una nueva (POST /api/v1/me/password) antes de hacer cualquier otra cosa.
auth-email-taken = Ya existe una cuenta con este correo.
auth-email-taken-sign-in = Inicie sesión
auth-email-taken-or-admin = {" "}o consulte a un administrador.
