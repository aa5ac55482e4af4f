## Страницы предложений: список, форма написания и правки, страница
## предложения и сравнение редакций.

## Список (/proposals).
proposal-list-title = Предложения
proposal-new-title = Написать предложение
proposal-find = Поиск предложений
proposal-search-words = Слова для поиска
proposal-status = Статус
proposal-theme = Тема
proposal-author-group = Группа заинтересованных сторон автора
proposal-eligibility = Допуск к голосованию
proposal-order = Порядок
proposal-show = Показать
proposal-any-status = Любой статус
proposal-any-theme = Любая тема
proposal-any-group = Любая группа
proposal-filter-eligible-any = Все, независимо от допуска
proposal-filter-eligible-yes = Допущенные к голосованию
proposal-filter-eligible-no = Пока не допущенные
proposal-sort-newest = Сначала новые
proposal-sort-cosponsors = Больше всего соавторов
proposal-sort-comments = Самые обсуждаемые
proposal-found = { $n ->
    [one] Найдено { $count } предложение.
    [few] Найдено { $count } предложения.
    [many] Найдено { $count } предложений.
   *[other] Найдено { $count } предложения.
}
proposal-found-paged = { $n ->
    [one] Найдено { $count } предложение; страница { $page } из { $pages }.
    [few] Найдено { $count } предложения; страница { $page } из { $pages }.
    [many] Найдено { $count } предложений; страница { $page } из { $pages }.
   *[other] Найдено { $count } предложения; страница { $page } из { $pages }.
}
proposal-list-caption = Предложения, соответствующие фильтрам
proposal-col-proposal = Предложение
proposal-col-author = Автор
proposal-col-cosponsors = Соавторы
proposal-col-comments = Комментарии
proposal-cosponsor-count = { $n ->
    [one] { $n } соавтор
    [few] { $n } соавтора
    [many] { $n } соавторов
   *[other] { $n } соавтора
}
proposal-comment-count = { $n ->
    [one] { $n } комментарий
    [few] { $n } комментария
    [many] { $n } комментариев
   *[other] { $n } комментария
}
proposal-eligible = Допускается
proposal-not-yet = Пока нет: { $missing }
proposal-pages = Страницы
proposal-previous-page = Предыдущая страница
proposal-next-page = Следующая страница

## Статусы.
proposal-status-draft = Черновик
proposal-status-submitted = Подано
proposal-status-withdrawn = Отозвано
proposal-status-adopted = Принято
proposal-status-not-adopted = Не принято

## Чего ещё не хватает предложению для голосования.
proposal-missing-submit = его нужно сначала подать
proposal-missing-withdrawn = автор отозвал его
proposal-missing-decided = решение по нему уже принято
proposal-missing-groups = { $groups ->
    [1] нужен соавтор ещё из одной группы заинтересованных сторон
    [one] нужны соавторы ещё из { $groups } группы заинтересованных сторон
   *[other] нужны соавторы ещё из { $groups } групп заинтересованных сторон
}
proposal-missing-cosponsors = { $cosponsors ->
    [1] нужен ещё один соавтор из группы заинтересованных сторон, отличной от группы автора
    [one] нужен ещё { $cosponsors } соавтор из групп заинтересованных сторон, отличных от группы автора
    [few] нужны ещё { $cosponsors } соавтора из групп заинтересованных сторон, отличных от группы автора
   *[other] нужно ещё { $cosponsors } соавторов из групп заинтересованных сторон, отличных от группы автора
}
proposal-missing-both = { $cosponsors ->
        [one] нужен ещё { $cosponsors } соавтор
        [few] нужны ещё { $cosponsors } соавтора
       *[other] нужно ещё { $cosponsors } соавторов
    }, { $groups ->
        [1] хотя бы из одной другой группы заинтересованных сторон
        [one] не менее чем из { $groups } другой группы заинтересованных сторон
       *[other] не менее чем из { $groups } других групп заинтересованных сторон
    }

## Страница предложения. Перед датой подачи предлог не нужен.
proposal-by = Автор:
proposal-on-date = { "" }
proposal-revision = редакция { $n }
proposal-themes = Темы:
proposal-eligible-detail = к голосованию.
proposal-not-eligible = Пока не допускается
proposal-not-eligible-detail = к голосованию: { $missing }.
proposal-locked = Это предложение входит в открытое или закрытое голосование; его текст больше нельзя изменить.
proposal-action-unavailable = сейчас недоступно: { $reason }
proposal-action-edit = Редактировать
proposal-submit = Подать предложение
proposal-action-withdraw = Отозвать предложение
proposal-action-cosponsor = Стать соавтором
proposal-action-uncosponsor = Отказаться от соавторства
proposal-text = Текст предложения
proposal-cosponsors-heading = Соавторы ({ $count })
proposal-no-cosponsors = Соавторов пока нет.
proposal-cosponsors-caption = Соавторы с их группой заинтересованных сторон и организацией
proposal-col-name = Имя
proposal-col-group = Группа заинтересованных сторон
proposal-col-organisation = Организация
proposal-revisions-heading = Редакции ({ $count })
proposal-compare-revision = Сравнить редакцию
proposal-with-revision = с редакцией
proposal-show-changes = Показать изменения
proposal-first-version = Это первая версия; при правке после подачи прежние версии сохраняются здесь.

## Сравнение двух редакций.
proposal-diff-title = Изменения: { $title }
proposal-diff-heading = Изменения в «{ $title }»
proposal-back = Вернуться к предложению
proposal-diff-caption = Редакция { $from } в сравнении с редакцией { $to }: удалённые строки помечены «удалено», добавленные — «добавлено».
proposal-diff-line-in = Строка в { $revision }
proposal-diff-change = Изменение
proposal-diff-text = Текст
proposal-diff-removed = удалено
proposal-diff-added = добавлено
proposal-diff-gap = … строки без изменений …
proposal-diff-truncated = { $n ->
    [1] Сравнение длинное: показана только первая строка.
    [one] Сравнение длинное: показана только первая { $n } строка.
    [few] Сравнение длинное: показаны только первые { $n } строки.
   *[other] Сравнение длинное: показаны только первые { $n } строк.
}
proposal-diff-line-title = Название: { $value }
proposal-diff-line-summary = Краткое содержание: { $value }
proposal-diff-line-themes = Темы: { $value }

## Форма написания и правки предложения.
proposal-edit-title = Редактировать предложение
proposal-edit-submitted = Это предложение подано: при сохранении текущий текст остаётся прежней редакцией, которую все могут сравнить.
proposal-field-title = Название
proposal-field-title-hint = (от { $min } до { $max } символов)
proposal-field-summary = Краткое содержание
proposal-field-summary-hint = (не более { $max } символов; показывается в списке)
proposal-field-body = Текст предложения
proposal-field-body-hint = (Markdown, не более { $max } символов)
proposal-field-themes = Темы
proposal-optional = (необязательно)
proposal-save-draft = Сохранить черновик
proposal-save-revision = Сохранить как новую редакцию
proposal-confirm-withdraw-heading = Отозвать «{ $title }»?
proposal-confirm-withdraw-cosponsors = { $n ->
    [one] Его { $n } соавтор увидит, что оно отозвано.
    [few] Его { $n } соавтора увидят, что оно отозвано.
    [many] Его { $n } соавторов увидят, что оно отозвано.
   *[other] Его { $n } соавтора увидят, что оно отозвано.
}
proposal-confirm-withdraw-rounds = Его больше нельзя будет включить в голосование; его текст, редакции и обсуждение останутся доступны.
proposal-confirm-withdraw-final = Отзыв необратим: предложение нельзя будет внести снова.
proposal-final-withdrawn = Отозвано автором: не может быть включено в голосование.
proposal-final-decided = Решение уже принято: не может быть включено в другое голосование.
