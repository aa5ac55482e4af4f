## النقاش في صفحة المقترح ونموذج تعديل التعليق.

comment-discussion-heading = النقاش ({ $count })
comment-by = تعليق من { $name }
comment-reply-by = رد من { $name }
comment-edited = معدَّل
comment-hidden-by-chair = أخفته الرئاسة: { $reason }
comment-edit = تعديل التعليق
comment-edit-reply = تعديل الرد
comment-hide-reason = سبب الإخفاء
comment-hide = إخفاء التعليق
comment-hide-reply = إخفاء الرد
comment-reply = رد
comment-your-reply = ردك
comment-markdown-hint = (Markdown، عدد الأحرف: { $max } على الأكثر)
comment-post-reply = نشر الرد
comment-add = إضافة تعليق
comment-add-hint = { $minutes ->
    [one] (Markdown، عدد الأحرف: { $max } على الأكثر؛ يمكن تعديله خلال دقيقة واحدة)
    [two] (Markdown، عدد الأحرف: { $max } على الأكثر؛ يمكن تعديله خلال دقيقتين)
    [few] (Markdown، عدد الأحرف: { $max } على الأكثر؛ يمكن تعديله خلال { $minutes } دقائق)
   *[other] (Markdown، عدد الأحرف: { $max } على الأكثر؛ يمكن تعديله خلال { $minutes } دقيقة)
}
comment-post = نشر التعليق
comment-closed = التعليقات مفتوحة ما دام المقترح مقدَّمًا.
comment-back = العودة إلى النقاش
comment-label = التعليق
comment-save = حفظ التعليق
