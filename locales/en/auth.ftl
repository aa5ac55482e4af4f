## Sign-in and registration (/login, /register) and the password gate.

auth-sign-in = Sign in
auth-email = Email
auth-password = Password
auth-no-account = No account yet?
auth-register = Register
auth-go-to-sign-in = Go to sign-in
auth-register-reviewed = Registrations are reviewed by an administrator before you can sign in.
auth-your-name = Your name
auth-password-hint = (at least 10 characters)
auth-organisation = Organisation you represent
auth-group = Stakeholder group
auth-change-required = Your password was reset by an administrator: choose a new one (POST /api/v1/me/password) before anything else.
auth-email-taken = An account with this email already exists.
auth-email-taken-sign-in = Sign in
auth-email-taken-or-admin = , or ask an administrator.
