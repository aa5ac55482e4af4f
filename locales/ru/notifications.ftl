# Уведомления: ссылка в шапке, страница списка, фраза для каждого вида
# и письмо. Названия и имена вставляются как есть, без перевода.

notifications-nav = Уведомления
notifications-unread-label = { $n ->
    [one] { $n } непрочитанное уведомление
    [few] { $n } непрочитанных уведомления
    [many] { $n } непрочитанных уведомлений
   *[other] { $n } непрочитанного уведомления
}
notifications-title = Уведомления
notifications-unread-summary = { $n ->
    [0] У вас нет непрочитанных уведомлений.
    [one] У вас { $n } непрочитанное уведомление.
    [few] У вас { $n } непрочитанных уведомления.
    [many] У вас { $n } непрочитанных уведомлений.
   *[other] У вас { $n } непрочитанного уведомления.
}
notifications-mark-all-read = Отметить все как прочитанные
notifications-mark-read = Отметить как прочитанное
notifications-new = новое
notifications-empty = У вас пока нет уведомлений.
notifications-pages = Страницы уведомлений
notifications-page-of = Страница { $page } из { $pages }
notifications-previous = Предыдущая страница
notifications-next = Следующая страница

notifications-round-opened = Тур голосования «{ $round }» открыт, и вы можете в нём проголосовать.
notifications-round-closing = Тур голосования «{ $round }» закроется менее чем через 24 часа, а вы ещё не проголосовали.
notifications-results-published = Опубликованы результаты голосования «{ $round }».
notifications-cosponsored = { $name } стал(а) соавтором вашего предложения «{ $proposal }».
notifications-commented = { $name } прокомментировал(а) ваше предложение «{ $proposal }».
notifications-decided = { $decision ->
    [adopted] Ваше предложение «{ $proposal }» принято.
   *[other] Ваше предложение «{ $proposal }» не принято.
}
notifications-approved = Ваша регистрация одобрена: добро пожаловать в состав группы.

notifications-email-opt-in = Присылать мне уведомления по электронной почте
notifications-email-subject = Plenary: { $what }
notifications-email-link = Открыть в Plenary: { $url }
notifications-email-why = Вы получили это письмо, потому что отметили «Присылать мне уведомления по электронной почте» на странице своего профиля; чтобы больше их не получать, снимите там отметку: { $url }
