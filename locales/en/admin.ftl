## The admin's user list (/admin/users) and the password reset page.

admin-users-title = Users
# $n: how many registrations wait.
admin-pending-heading = Waiting for approval ({ $n })
admin-no-pending = No registrations are waiting.
admin-pending-caption = Pending registrations
admin-col-name = Name
admin-col-group = Group
admin-col-organisation = Organisation
admin-col-action = Action
admin-approve = Approve
admin-approve-named = Approve { $name }
# $n: how many accounts.
admin-accounts-heading = Accounts ({ $n })
admin-accounts-caption = Approved and suspended accounts
admin-col-settings = Role, group, organisation and status
admin-you = (you)
admin-role = Role
admin-status = Status
admin-status-active = Active
admin-status-suspended = Suspended
admin-save = Save
admin-save-named = Save changes to { $name }
admin-reset = Reset password
admin-reset-named = Reset the password of { $name }
admin-reset-title = Password reset
# $user: the user's number.
admin-reset-explained = User { $user }'s password is now this one-time code. Give it to them through a channel you trust; it is shown only this once. Their sessions have ended, and after signing in with it they must choose a new password.
admin-back-to-users = Back to users
