# Notifications: the header link, the list page, each kind's sentence and
# the e-mail. Titles and names are inserted as they are, never translated.

notifications-nav = Notifications
notifications-unread-label = { $n ->
    [one] { $n } unread notification
   *[other] { $n } unread notifications
}
notifications-title = Notifications
notifications-unread-summary = { $n ->
    [0] You have no unread notifications.
    [one] You have one unread notification.
   *[other] You have { $n } unread notifications.
}
notifications-mark-all-read = Mark all as read
notifications-mark-read = Mark as read
notifications-new = new
notifications-empty = You have no notifications yet.
notifications-pages = Pages of notifications
notifications-page-of = Page { $page } of { $pages }
notifications-previous = Previous page
notifications-next = Next page

notifications-round-opened = Voting round “{ $round }” is open, and you may vote in it.
notifications-round-closing = Voting round “{ $round }” closes within 24 hours and you have not voted yet.
notifications-results-published = The results of voting round “{ $round }” are published.
notifications-cosponsored = { $name } co-sponsored your proposal “{ $proposal }”.
notifications-commented = { $name } commented on your proposal “{ $proposal }”.
notifications-decided = { $decision ->
    [adopted] Your proposal “{ $proposal }” was adopted.
   *[other] Your proposal “{ $proposal }” was not adopted.
}
notifications-approved = Your registration was approved: welcome to the panel.

notifications-email-opt-in = E-mail me my notifications
notifications-email-subject = Plenary: { $what }
notifications-email-link = Open it in Plenary: { $url }
notifications-email-why = You receive this e-mail because you ticked “E-mail me my notifications” on your account page; untick it there to stop: { $url }
