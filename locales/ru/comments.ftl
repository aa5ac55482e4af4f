## Обсуждение на странице предложения и форма правки комментария.

comment-discussion-heading = Обсуждение ({ $count })
comment-by = Комментарий: { $name }
comment-reply-by = Ответ: { $name }
comment-edited = изменено
comment-hidden-by-chair = Скрыто председателем: { $reason }
comment-edit = Редактировать комментарий
comment-edit-reply = Редактировать ответ
comment-hide-reason = Причина скрытия
comment-hide = Скрыть комментарий
comment-hide-reply = Скрыть ответ
comment-reply = Ответить
comment-your-reply = Ваш ответ
comment-markdown-hint = (Markdown, не более { $max } символов)
comment-post-reply = Опубликовать ответ
comment-add = Добавить комментарий
comment-add-hint = { $minutes ->
    [one] (Markdown, не более { $max } символов; можно править в течение { $minutes } минуты)
   *[other] (Markdown, не более { $max } символов; можно править в течение { $minutes } минут)
}
comment-post = Опубликовать комментарий
comment-closed = Комментарии открыты, пока предложение подано.
comment-back = Вернуться к обсуждению
comment-label = Комментарий
comment-save = Сохранить комментарий
