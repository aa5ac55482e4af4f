site-name = Plenary
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-main = القائمة الرئيسية
nav-proposals = المقترحات
nav-rounds = جولات التصويت
nav-reports = التقارير
nav-users = المستخدمون
nav-audit = التدقيق
nav-account = حسابي
nav-sign-in = تسجيل الدخول
nav-register = إنشاء حساب
nav-sign-out = تسجيل الخروج
signed-in-as = تم تسجيل الدخول باسم { $name }
footer-tagline = Plenary — مقترحات ونقاش وتصويت بالترتيب، مع سجل تدقيق قابل للتحقق.
language-label = اللغة

role-delegate = مندوب
role-chair = رئيس الجلسة
role-auditor = مدقق
role-admin = مسؤول النظام

date-time = { $day } { $month } { $year }، { $time }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

time-days = { $n ->
    [zero] { $n } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
}
time-hours = { $n ->
    [zero] { $n } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $n } ساعات
    [many] { $n } ساعة
   *[other] { $n } ساعة
}
time-minutes = { $n ->
    [zero] { $n } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}
time-pair = { $first } و{ $second }
time-under-a-minute = أقل من دقيقة
time-past = انقضى
time-left = المتبقي: { $left }

error-title-400 = طلب غير صالح
error-title-401 = يرجى تسجيل الدخول
error-title-403 = غير مسموح
error-title-404 = غير موجود
error-title-409 = تعارض
error-title-413 = حجم كبير جدًا
error-title-422 = مدخلات غير صالحة
error-title-429 = طلبات كثيرة جدًا
error-title-500 = حدث خطأ ما
error-title-503 = الخدمة غير متاحة
error-back-home = العودة إلى الصفحة الرئيسية
error-status = الخطأ { $status }

msg-database-unavailable = قاعدة البيانات غير متاحة؛ حاول مرة أخرى بعد قليل.
msg-login-failed = تعذّر تسجيل الدخول: البريد الإلكتروني أو كلمة المرور غير صحيحة، أو أن الحساب لم يُفعَّل بعد.
msg-sign-in-required = يرجى تسجيل الدخول أولًا.
msg-csrf-failed = انتهت صلاحية هذا النموذج أو أنه لم يصدر عن هذا الموقع. ارجع، وأعد تحميل الصفحة، ثم حاول مرة أخرى.
msg-internal = حدث خطأ من جهتنا. يرجى المحاولة مرة أخرى؛ وإذا استمر الخطأ فأبلغ أحد المسؤولين.
msg-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول أو تواصل مع أحد المسؤولين.
msg-registered = شكرًا لك. سيراجع أحد المسؤولين طلب تسجيلك، ويمكنك تسجيل الدخول بعد الموافقة عليه.
msg-admin-only = إدارة المستخدمين مقصورة على المسؤولين.
msg-round-closed = أُغلقت هذه الجولة: لم تعد بطاقات الاقتراع مقبولة.
msg-round-not-open = لم تُفتح هذه الجولة للتصويت بعد.
msg-not-in-electorate = لست ضمن هيئة الناخبين في هذه الجولة: فقد حُدِّدت عند فتحها من المندوبين ورؤساء الجلسات النشطين في تلك اللحظة.
msg-receipt-explained = احتفظ بهذا الإيصال. عند إغلاق الجولة، تُدرج بطاقات الاقتراع المنشورة كل بطاقة محسوبة بإيصالها: ابحث عن بطاقتك للتحقق من أنها حُسبت كما أدليت بها. لا يكشف الإيصال اسمك لأي أحد.
msg-proposal-not-found = لا يوجد مقترح بهذا الرقم.
msg-comment-not-found = لا يوجد تعليق كهذا.
msg-only-author = لا يمكن القيام بذلك إلا لصاحب هذا المقترح.
msg-locked-by-round = هذا المقترح جزء من جولة تصويت مفتوحة أو مغلقة، لذا لم يعد من الممكن تغيير نصه.
msg-in-open-round = هذا المقترح ضمن جولة تصويت مفتوحة، ولا يمكن سحبه قبل إغلاقها.
msg-not-editable = لا يمكن تعديل سوى المسودات والمقترحات المقدَّمة.
msg-not-a-draft = لا يمكن تقديم سوى المسودة؛ وقد سبق تقديم هذا المقترح.
msg-not-submitted = لا يمكن سحب سوى مقترح مقدَّم.
msg-own-proposal = لا يمكنك المشاركة في رعاية مقترحك.
msg-already-cosponsor = أنت مشارك في رعاية هذا المقترح بالفعل.
msg-not-cosponsor = لست مشاركًا في رعاية هذا المقترح.
msg-cosponsor-closed = لا يمكن المشاركة في رعاية سوى المقترحات المقدَّمة.
msg-comments-closed = التعليقات متاحة على المقترحات المقدَّمة فقط.
msg-reply-depth = الردود على مستوى واحد فقط: رُدّ على التعليق الأصلي بدلًا من الرد على رد.
msg-parent-elsewhere = ينتمي هذا التعليق إلى مقترح آخر.
msg-only-comment-author = لا يمكن تعديل التعليق إلا لكاتبه.
msg-edit-window-closed = يمكن تعديل التعليقات خلال 15 دقيقة من نشرها؛ ولم يعد بالإمكان تغيير هذا التعليق.
msg-comment-hidden = أخفى رئيس الجلسة هذا التعليق.
msg-no-such-revision = لا توجد نسخة كهذه من هذا المقترح.
msg-unknown-language = اختر إحدى اللغات المتاحة: en أو fr أو es أو ar أو zh أو ru.
# What a form just did (web::flash), shown once at the top of the next page.
done-comment-posted = نُشر تعليقك.
done-cosponsored = أنت الآن من الرعاة المشاركين لهذا المقترح.
done-uncosponsored = لم تعد من الرعاة المشاركين لهذا المقترح.
done-withdrawn = سُحب المقترح.
done-submitted = قُدِّم المقترح: يمكن للمندوبين الآن رعايته ومناقشته.
done-round-created = أُنشئت الجولة مسودةً. راجعها، ثم افتحها للتصويت.
done-round-opened = الجولة مفتوحة: يمكن للناخبين التصويت الآن.
done-round-closed = أُغلقت الجولة. النتائج أدناه نهائية ومسجلة في سجل التدقيق.
done-decision-recorded = سُجِّل القرار.
error-onward = إلى أين تذهب الآن
error-to-round = العودة إلى جولة التصويت
error-to-results = عرض نتائج الجولة
error-to-rounds = كل جولات التصويت
error-to-proposal = العودة إلى المقترح
error-to-proposals = كل المقترحات
error-to-report = العودة إلى التقرير
error-to-reports = كل التقارير
group-member_state = الدول الأعضاء
group-industry = القطاع الخاص
group-civil_society = المجتمع المدني
group-academia = الأوساط الأكاديمية
group-technical_community = المجتمع التقني
group-intergovernmental = المنظمات الحكومية الدولية
theme-connectivity = الاتصال
theme-digital_skills = المهارات الرقمية
theme-data_governance = حوكمة البيانات
theme-cybersecurity = الأمن السيبراني
theme-ai_governance = حوكمة الذكاء الاصطناعي
theme-digital_public_infrastructure = البنية التحتية العامة الرقمية
msg-awaiting-approval = كلمة المرور صحيحة، لكن حسابك ينتظر موافقة أحد المسؤولين. يمكنك تسجيل الدخول بعد الموافقة عليه.
