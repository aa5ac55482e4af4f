## صفحات المقترحات: القائمة، ونموذج الكتابة والتعديل، وصفحة المقترح،
## والمقارنة بين المراجعات.

## القائمة (/proposals).
proposal-list-title = المقترحات
proposal-new-title = كتابة مقترح
proposal-find = البحث عن مقترحات
proposal-search-words = كلمات البحث
proposal-status = الحالة
proposal-theme = الموضوع
proposal-author-group = مجموعة أصحاب المصلحة التي ينتمي إليها صاحب المقترح
proposal-eligibility = الأهلية
proposal-order = الترتيب
proposal-show = عرض
proposal-any-status = أي حالة
proposal-any-theme = أي موضوع
proposal-any-group = أي مجموعة
proposal-filter-eligible-any = مؤهَّل أو غير مؤهَّل
proposal-filter-eligible-yes = مؤهَّل لجولة تصويت
proposal-filter-eligible-no = غير مؤهَّل بعد
proposal-sort-newest = الأحدث أولًا
proposal-sort-cosponsors = الأكثر رعاةً مشاركين
proposal-sort-comments = الأكثر نقاشًا
proposal-found = { $n ->
    [zero] لم يُعثر على أي مقترح.
    [one] عُثر على مقترح واحد.
    [two] عُثر على مقترحين.
    [few] عُثر على { $count } مقترحات.
    [many] عُثر على { $count } مقترحًا.
   *[other] عُثر على { $count } مقترح.
}
proposal-found-paged = { $n ->
    [zero] لم يُعثر على أي مقترح؛ الصفحة { $page } من { $pages }.
    [one] عُثر على مقترح واحد؛ الصفحة { $page } من { $pages }.
    [two] عُثر على مقترحين؛ الصفحة { $page } من { $pages }.
    [few] عُثر على { $count } مقترحات؛ الصفحة { $page } من { $pages }.
    [many] عُثر على { $count } مقترحًا؛ الصفحة { $page } من { $pages }.
   *[other] عُثر على { $count } مقترح؛ الصفحة { $page } من { $pages }.
}
proposal-list-caption = المقترحات المطابقة لعوامل التصفية
proposal-col-proposal = المقترح
proposal-col-author = صاحب المقترح
proposal-col-cosponsors = الرعاة المشاركون
proposal-col-comments = التعليقات
proposal-cosponsor-count = { $n ->
    [zero] لا يوجد رعاة مشاركون
    [one] راعٍ مشارك واحد
    [two] راعيان مشاركان
    [few] { $n } رعاة مشاركين
    [many] { $n } راعيًا مشاركًا
   *[other] { $n } راعٍ مشارك
}
proposal-comment-count = { $n ->
    [zero] لا توجد تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $n } تعليقات
    [many] { $n } تعليقًا
   *[other] { $n } تعليق
}
proposal-eligible = مؤهَّل
proposal-not-yet = ليس بعد: { $missing }
proposal-pages = الصفحات
proposal-previous-page = الصفحة السابقة
proposal-next-page = الصفحة التالية

## الحالات.
proposal-status-draft = مسودة
proposal-status-submitted = مقدَّم
proposal-status-withdrawn = مسحوب
proposal-status-adopted = معتمد
proposal-status-not-adopted = غير معتمد

## ما ينقص المقترح قبل أن يدخل جولة تصويت.
proposal-missing-submit = يجب تقديمه أولًا
proposal-missing-withdrawn = سحبه صاحبه
proposal-missing-decided = سبق البت فيه
proposal-missing-groups = { $groups ->
    [one] يحتاج إلى راعٍ مشارك من مجموعة أخرى من أصحاب المصلحة
    [two] يحتاج إلى رعاة مشاركين من مجموعتين أخريين من أصحاب المصلحة
   *[other] يحتاج إلى رعاة مشاركين من مجموعات أخرى من أصحاب المصلحة عددها { $groups }
}
proposal-missing-cosponsors = { $cosponsors ->
    [one] يحتاج إلى راعٍ مشارك إضافي واحد من مجموعة أصحاب مصلحة غير مجموعة صاحب المقترح
    [two] يحتاج إلى راعيَين مشاركَين إضافيين من مجموعات أصحاب مصلحة غير مجموعة صاحب المقترح
   *[other] يحتاج إلى رعاة مشاركين إضافيين عددهم { $cosponsors } من مجموعات أصحاب مصلحة غير مجموعة صاحب المقترح
}
proposal-missing-both = { $groups ->
    [one] يحتاج إلى رعاة مشاركين إضافيين عددهم { $cosponsors }، من مجموعة أخرى واحدة على الأقل من أصحاب المصلحة
   *[other] يحتاج إلى رعاة مشاركين إضافيين عددهم { $cosponsors }، من مجموعات أخرى من أصحاب المصلحة لا يقل عددها عن { $groups }
}

## صفحة المقترح.
proposal-by = بقلم
proposal-on-date = في
proposal-revision = المراجعة { $n }
proposal-themes = المواضيع:
proposal-eligible-detail = لجولة تصويت.
proposal-not-eligible = غير مؤهَّل بعد
proposal-not-eligible-detail = لجولة تصويت: { $missing }.
proposal-locked = هذا المقترح جزء من جولة تصويت مفتوحة أو مغلقة؛ لم يعد من الممكن تغيير نصه.
proposal-action-unavailable = غير متاح الآن: { $reason }
proposal-action-edit = تعديل
proposal-submit = تقديم المقترح
proposal-action-withdraw = سحب المقترح
proposal-action-cosponsor = المشاركة في الرعاية
proposal-action-uncosponsor = سحب مشاركتي في الرعاية
proposal-text = نص المقترح
proposal-cosponsors-heading = الرعاة المشاركون ({ $count })
proposal-no-cosponsors = لا يوجد رعاة مشاركون بعد.
proposal-cosponsors-caption = الرعاة المشاركون مع مجموعة أصحاب المصلحة والمنظمة لكل منهم
proposal-col-name = الاسم
proposal-col-group = مجموعة أصحاب المصلحة
proposal-col-organisation = المنظمة
proposal-revisions-heading = المراجعات ({ $count })
proposal-compare-revision = قارن المراجعة
proposal-with-revision = بالمراجعة
proposal-show-changes = عرض التغييرات
proposal-first-version = هذه هي النسخة الأولى؛ عند التعديل بعد التقديم تبقى النسخ السابقة محفوظة هنا.

## المقارنة بين مراجعتين.
proposal-diff-title = التغييرات في { $title }
proposal-diff-heading = التغييرات في «{ $title }»
proposal-back = العودة إلى المقترح
proposal-diff-caption = المراجعة { $from } مقارنةً بالمراجعة { $to }: الأسطر المحذوفة موسومة بـ«محذوف»، والأسطر المضافة بـ«مضاف».
proposal-diff-line-in = السطر في { $revision }
proposal-diff-change = التغيير
proposal-diff-text = النص
proposal-diff-removed = محذوف
proposal-diff-added = مضاف
proposal-diff-gap = … أسطر بلا تغيير …
proposal-diff-truncated = { $n ->
    [one] هذه المقارنة طويلة: لا يُعرض منها إلا السطر الأول.
    [two] هذه المقارنة طويلة: لا يُعرض منها إلا السطران الأولان.
    [few] هذه المقارنة طويلة: لا يُعرض منها إلا أول { $n } أسطر.
    [many] هذه المقارنة طويلة: لا يُعرض منها إلا أول { $n } سطرًا.
   *[other] هذه المقارنة طويلة: لا يُعرض منها إلا أول { $n } سطر.
}
proposal-diff-line-title = العنوان: { $value }
proposal-diff-line-summary = الملخص: { $value }
proposal-diff-line-themes = المواضيع: { $value }

## نموذج كتابة المقترح وتعديله.
proposal-edit-title = تعديل المقترح
proposal-edit-submitted = هذا المقترح مقدَّم: الحفظ يُبقي النص الحالي مراجعةً سابقة يمكن للجميع المقارنة بها.
proposal-field-title = العنوان
proposal-field-title-hint = (عدد الأحرف: من { $min } إلى { $max })
proposal-field-summary = الملخص
proposal-field-summary-hint = (عدد الأحرف: { $max } على الأكثر؛ يُعرض في القائمة)
proposal-field-body = المقترح
proposal-field-body-hint = (Markdown، عدد الأحرف: { $max } على الأكثر)
proposal-field-themes = المواضيع
proposal-optional = (اختياري)
proposal-save-draft = حفظ المسودة
proposal-save-revision = الحفظ كمراجعة جديدة
proposal-confirm-withdraw-heading = هل تسحب «{ $title }»؟
proposal-confirm-withdraw-cosponsors = { $n ->
    [zero] ليس له رعاة مشاركون.
    [one] سيرى راعيه المشارك أنه سُحب.
    [two] سيرى راعياه المشاركان أنه سُحب.
    [few] سيرى رعاته المشاركون الـ{ $n } أنه سُحب.
    [many] سيرى رعاته المشاركون الـ{ $n } أنه سُحب.
   *[other] سيرى رعاته المشاركون الـ{ $n } أنه سُحب.
}
proposal-confirm-withdraw-rounds = لن يمكن بعد الآن إدراجه في جولة؛ ويبقى نصه ومراجعاته ونقاشه متاحة للقراءة.
proposal-confirm-withdraw-final = لا يمكن التراجع عن السحب: لا يمكن تقديم المقترح مرة أخرى.
proposal-final-withdrawn = سحبه صاحبه: لا يمكن إدراجه في جولة تصويت.
proposal-final-decided = تقرّر بشأنه بالفعل: لا يمكن إدراجه في جولة تصويت أخرى.
