## صفحة التدقيق (/audit). تبقى الأوامر وأسماء الملفات وأسماء الإجراءات كما هي.

audit-title = سجل التدقيق
audit-head-heading = الرأس الحالي
audit-head = الرأس
audit-head-seq = التسلسل { $seq }، البصمة
audit-latest-checkpoint = آخر نقطة تحقق موقّعة
audit-checkpoint-number-size = الرقم { $number }، حجم الشجرة { $size }، وُقّعت في
audit-covers-head = (تغطي الرأس الحالي)
audit-unsigned-later = { $n ->
    [zero] (لا توجد إدخالات لاحقة غير موقّعة)
    [one] (إدخال لاحق واحد لم يُوقَّع بعد)
    [two] (إدخالان لاحقان لم يُوقَّعا بعد)
    [few] ({ $n } إدخالات لاحقة لم تُوقَّع بعد)
    [many] ({ $n } إدخالًا لاحقًا لم يُوقَّع بعد)
   *[other] ({ $n } إدخال لاحق لم يُوقَّع بعد)
}
audit-root = الجذر
audit-signed-note = الملاحظة الموقّعة
audit-save-note = احفظها
audit-save-note-why = لتتحقق لاحقًا من أن السجل ما زال امتدادًا لها:
audit-none-yet = لا شيء بعد.
audit-sign-now = وقّع الرأس الحالي الآن
audit-downloads = التنزيلات:
audit-download-trail = السجل كاملًا (audit.jsonl)
audit-download-key = المفتاح العام للخادم
audit-check-offline = تحقّق منهما دون اتصال بالأمر
audit-downloads-recorded = كل تنزيل للسجل يُسجَّل هو نفسه، وينتهي الملف بتوقيع على آخر إدخال فيه.
audit-checkpoints-heading = نقاط التحقق الأخيرة وشهودها
audit-no-checkpoint = لم تُوقَّع أي نقطة تحقق بعد.
audit-checkpoints-caption = آخر نقاط التحقق الموقّعة، الأحدث أولًا
audit-col-number = الرقم
audit-col-tree-size = حجم الشجرة
audit-col-signed-at = وقت التوقيع
audit-col-root = الجذر
audit-col-cosigned-by = التوقيع المشترك من
audit-no-witness-yet = لا شاهد بعد
audit-witnesses-heading = الشهود
audit-no-witness-registered = لا يوجد شاهد مسجَّل. يسجّل المدقق شاهدًا عبر
audit-no-witness-approval = ؛ ثم يوافق عليه أحد المسؤولين (انظر docs/formats.md، قسم «Running a witness»).
audit-witness-approved = معتمد
audit-witness-pending = بانتظار الموافقة
audit-closed-rounds-heading = الجولات المغلقة
audit-closed-rounds-caption = تنزيلات كل جولة مغلقة
audit-col-round = الجولة
audit-col-downloads = التنزيلات
audit-entries-heading = الإدخالات ({ $n })
audit-entries-filtered-heading = الإدخالات المطابقة للتصفية ({ $n })
audit-filter-label = تصفية سجل التدقيق
audit-col-action = الإجراء
audit-any-action = أي إجراء
audit-col-actor = المنفِّذ
audit-actor-hint = رقم مستخدم أو { $system } أو { $anonymous }
audit-filter = تصفية
audit-clear = مسح
audit-no-entries = لا توجد إدخالات.
audit-no-entries-filtered = لا توجد إدخالات تطابق هذه التصفية.
audit-entries-caption = إدخالات التدقيق، الأحدث أولًا: الصفحة { $page } من { $pages }
audit-col-seq = التسلسل
audit-col-time = الوقت
audit-col-subject = الموضوع
audit-col-details = التفاصيل
audit-col-hash = البصمة
audit-pages-label = صفحات سجل التدقيق
audit-newer = → إدخالات أحدث
audit-page-of = الصفحة { $page } من { $pages }
audit-older = إدخالات أقدم ←
audit-bad-action-filter = يجب أن تكون تصفية الإجراء نصًا عاديًا لا يتجاوز 200 حرف، مثل ballot.cast.
audit-bad-actor-filter = يجب أن تكون تصفية المنفِّذ نصًا عاديًا لا يتجاوز 200 حرف، مثل 12 أو system.