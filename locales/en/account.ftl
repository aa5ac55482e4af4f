## The account page (/account).

account-title = Your account
account-must-change = An administrator reset your password to a one-time code. Choose a new password below before you continue.
account-saved-profile = Your name, time zone and language are saved.
account-saved-password = Your password is changed; every other session has been signed out.
account-profile-heading = Name, time zone and language
account-display-name = Display name
account-time-zone = Time zone
account-time-zone-hint = (an IANA name such as Europe/Paris; pages show times in it, with UTC on hover)
account-language-browser = As my browser asks
account-save = Save
account-password-heading = Password
account-password-explained = Changing your password signs you out everywhere else.
account-current-password = Current password
account-one-time-code = (the one-time code)
account-new-password = New password
account-new-password-hint = (at least 10 characters)
account-change-password = Change password
