site-name = Plenary
skip-to-content = Перейти к основному содержанию
nav-main = Главное меню
nav-proposals = Предложения
nav-rounds = Голосования
nav-reports = Отчёты
nav-users = Пользователи
nav-audit = Аудит
nav-account = Мой профиль
nav-sign-in = Войти
nav-register = Зарегистрироваться
nav-sign-out = Выйти
signed-in-as = Вы вошли как { $name }
footer-tagline = Plenary — предложения, обсуждение и рейтинговое голосование с проверяемым журналом аудита.
language-label = Язык

role-delegate = Делегат
role-chair = Председатель
role-auditor = Аудитор
role-admin = Администратор

date-time = { $day } { $month } { $year } г., { $time }
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

time-days = { $n ->
    [one] { $n } день
    [few] { $n } дня
    [many] { $n } дней
   *[other] { $n } дня
}
time-hours = { $n ->
    [one] { $n } час
    [few] { $n } часа
    [many] { $n } часов
   *[other] { $n } часа
}
time-minutes = { $n ->
    [one] { $n } минута
    [few] { $n } минуты
    [many] { $n } минут
   *[other] { $n } минуты
}
time-pair = { $first } { $second }
time-under-a-minute = меньше минуты
time-past = срок истёк
time-left = осталось { $left }

error-title-400 = Неверный запрос
error-title-401 = Войдите в систему
error-title-403 = Доступ запрещён
error-title-404 = Не найдено
error-title-409 = Конфликт
error-title-413 = Слишком большой объём
error-title-422 = Неверные данные
error-title-429 = Слишком много запросов
error-title-500 = Что-то пошло не так
error-title-503 = Сервис недоступен
error-back-home = Вернуться на главную
error-status = Ошибка { $status }

msg-database-unavailable = База данных недоступна; повторите попытку чуть позже.
msg-login-failed = Не удалось войти: неверный адрес электронной почты или пароль, либо учётная запись ещё не активирована.
msg-sign-in-required = Сначала войдите в систему.
msg-csrf-failed = Срок действия формы истёк, или она отправлена не с этого сайта. Вернитесь назад, обновите страницу и попробуйте снова.
msg-internal = На нашей стороне произошла ошибка. Попробуйте ещё раз; если ошибка повторится, сообщите администратору.
msg-email-taken = Учётная запись с этим адресом уже существует. Войдите или обратитесь к администратору.
msg-registered = Спасибо. Администратор рассмотрит вашу заявку; войти можно будет после её одобрения.
msg-admin-only = Управлять пользователями могут только администраторы.
msg-round-closed = Голосование закрыто: бюллетени больше не принимаются.
msg-round-not-open = Голосование ещё не открыто.
msg-not-in-electorate = Вы не входите в число избирателей этого голосования: их состав был определён при открытии — из делегатов и председателей, активных в тот момент.
msg-receipt-explained = Сохраните эту квитанцию. После закрытия голосования в опубликованных бюллетенях каждый учтённый бюллетень будет указан по его квитанции: найдите свою, чтобы убедиться, что ваш бюллетень учтён так, как вы проголосовали. Квитанция никому не раскрывает ваше имя.
msg-proposal-not-found = Такого предложения нет.
msg-comment-not-found = Такого комментария нет.
msg-only-author = Это может сделать только автор предложения.
msg-locked-by-round = Предложение участвует в открытом или закрытом голосовании, поэтому его текст больше нельзя менять.
msg-in-open-round = Предложение участвует в открытом голосовании и не может быть отозвано до его закрытия.
msg-not-editable = Редактировать можно только черновики и поданные предложения.
msg-not-a-draft = Подать можно только черновик; это предложение уже подано.
msg-not-submitted = Отозвать можно только поданное предложение.
msg-own-proposal = Нельзя стать соавтором собственного предложения.
msg-already-cosponsor = Вы уже поддерживаете это предложение как соавтор.
msg-not-cosponsor = Вы не являетесь соавтором этого предложения.
msg-cosponsor-closed = Соавторами можно стать только у поданных предложений.
msg-comments-closed = Комментировать можно только поданные предложения.
msg-reply-depth = Ответы имеют только один уровень: отвечайте на исходный комментарий, а не на ответ.
msg-parent-elsewhere = Этот комментарий относится к другому предложению.
msg-only-comment-author = Редактировать комментарий может только его автор.
msg-edit-window-closed = Комментарий можно редактировать в течение 15 минут после публикации; этот изменить уже нельзя.
msg-comment-hidden = Этот комментарий скрыт председателем.
msg-no-such-revision = Такой редакции предложения нет.
msg-unknown-language = Выберите один из предложенных языков: en, fr, es, ar, zh или ru.
# What a form just did (web::flash), shown once at the top of the next page.
done-comment-posted = Ваш комментарий опубликован.
done-cosponsored = Теперь вы соавтор этого предложения.
done-uncosponsored = Вы больше не соавтор этого предложения.
done-withdrawn = Предложение отозвано.
done-submitted = Предложение внесено: делегаты теперь могут поддержать его как соавторы и обсуждать.
done-round-created = Голосование создано как черновик. Проверьте его, затем откройте.
done-round-opened = Голосование открыто: избиратели теперь могут голосовать.
done-round-closed = Голосование закрыто. Результаты ниже окончательны и внесены в журнал аудита.
done-decision-recorded = Решение записано.
error-onward = Куда перейти дальше
error-to-round = Вернуться к голосованию
error-to-results = Посмотреть результаты голосования
error-to-rounds = Все голосования
error-to-proposal = Вернуться к предложению
error-to-proposals = Все предложения
error-to-report = Вернуться к отчёту
error-to-reports = Все отчёты
group-member_state = Государства-члены
group-industry = Частный сектор
group-civil_society = Гражданское общество
group-academia = Академические круги
group-technical_community = Техническое сообщество
group-intergovernmental = Межправительственные организации
theme-connectivity = Связь
theme-digital_skills = Цифровые навыки
theme-data_governance = Управление данными
theme-cybersecurity = Кибербезопасность
theme-ai_governance = Управление ИИ
theme-digital_public_infrastructure = Цифровая общественная инфраструктура
msg-awaiting-approval = Пароль верный, но ваша учётная запись ожидает одобрения администратора. Вы сможете войти после одобрения.
