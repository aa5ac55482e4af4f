## The admin's user list (/admin/users) and the password reset page.

admin-users-title = Users
admin-col-name = Name
admin-col-group = Group
admin-col-organisation = Organisation
admin-approve = Approve
admin-you = (you)
admin-role = Role
admin-status = Status
admin-status-active = Active
admin-status-suspended = Suspended
admin-save = Save
admin-reset = Reset password
admin-reset-title = Password reset
# $user: the user's number.
admin-reset-explained = User { $user }'s password is now this one-time code. Give it to them through a channel you trust; it is shown only this once. Their sessions have ended, and after signing in with it they must choose a new password.
admin-back-to-users = Back to users
admin-find = Find accounts
admin-search = Name, e-mail or organisation
admin-any-status = Any status
admin-any-role = Any role
admin-any-group = Any group
admin-show = Show
admin-result-count = { $n ->
    [one] 1 account
   *[other] { $count } accounts
}
admin-accounts-list-caption = Accounts
admin-pages = Pages of accounts
admin-previous-page = Previous page
admin-next-page = Next page
admin-page-of = Page { $page } of { $pages }
admin-status-pending = Waiting for approval
admin-status-rejected = Rejected
admin-edit-heading = Role, group and organisation
admin-own-role = You cannot change your own role.
admin-actions-heading = Account actions
admin-reinstate = Reactivate
admin-reject = Reject registration…
admin-suspend = Suspend account…
admin-reject-title = Reject this registration?
admin-reject-explained = { $name } will not be able to sign in with this registration. The account is kept, marked rejected, and your reason is recorded in the audit trail.
admin-reject-confirm = Reject the registration
admin-reject-reason = Reason (optional)
admin-reject-reason-hint = At most 500 characters, recorded in the audit trail.
admin-suspend-title = Suspend this account?
admin-suspend-explained = { $name } will be signed out everywhere and cannot sign in until reactivated.
admin-suspend-confirm = Suspend the account
admin-reset-confirm-title = Reset this password?
admin-reset-confirm-explained = The password of { $name } will be replaced by a one-time code, shown to you once. They will be signed out everywhere and must choose a new password when they next sign in.
admin-reset-confirm = Reset the password
admin-cancel = Cancel and go back to the account
admin-done-approved = The registration of { $name } is approved: they can sign in now.
admin-done-rejected = The registration of { $name } is rejected: they cannot sign in.
admin-done-saved = The changes to the account of { $name } are saved.
admin-done-suspended = { $name } is suspended and signed out everywhere.
admin-done-reinstated = { $name } is active again and can sign in.
admin-back-to-account = Back to the account
