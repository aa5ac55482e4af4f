## قائمة المستخدمين (/admin/users) وصفحة إعادة تعيين كلمة المرور.

admin-users-title = المستخدمون
admin-col-name = الاسم
admin-col-group = الفئة
admin-col-organisation = المنظمة
admin-approve = موافقة
admin-you = (أنت)
admin-role = الدور
admin-status = الحالة
admin-status-active = نشط
admin-status-suspended = موقوف
admin-save = حفظ
admin-reset = إعادة تعيين كلمة المرور
admin-reset-title = إعادة تعيين كلمة المرور
admin-reset-explained = أصبحت كلمة مرور المستخدم { $user } الآن هذا الرمز الصالح لمرة واحدة. سلّمه إياه عبر قناة موثوقة؛ فهو لا يُعرض إلا هذه المرة. انتهت جميع جلساته، وبعد تسجيل الدخول به يجب عليه اختيار كلمة مرور جديدة.
admin-back-to-users = العودة إلى المستخدمين
admin-find = البحث عن الحسابات
admin-search = الاسم أو البريد الإلكتروني أو المنظمة
admin-any-status = أي حالة
admin-any-role = أي دور
admin-any-group = أي مجموعة
admin-show = عرض
admin-result-count = { $n ->
    [zero] لا توجد حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
   *[other] { $count } حساب
}
admin-accounts-list-caption = الحسابات
admin-pages = صفحات الحسابات
admin-previous-page = الصفحة السابقة
admin-next-page = الصفحة التالية
admin-page-of = الصفحة { $page } من { $pages }
admin-status-pending = بانتظار الموافقة
admin-status-rejected = مرفوض
admin-edit-heading = الدور والمجموعة والمنظمة
admin-own-role = لا يمكنك تغيير دورك بنفسك.
admin-actions-heading = إجراءات الحساب
admin-reinstate = إعادة التفعيل
admin-reject = رفض التسجيل…
admin-suspend = تعليق الحساب…
admin-reject-title = هل تريد رفض هذا التسجيل؟
admin-reject-explained = لن يتمكن { $name } من تسجيل الدخول بهذا التسجيل. يُحتفظ بالحساب مع وسمه بأنه مرفوض، ويُسجَّل سببك في سجل التدقيق.
admin-reject-confirm = رفض التسجيل
admin-reject-reason = السبب (اختياري)
admin-reject-reason-hint = 500 حرف على الأكثر، تُسجَّل في سجل التدقيق.
admin-suspend-title = هل تريد تعليق هذا الحساب؟
admin-suspend-explained = سيُسجَّل خروج { $name } من كل مكان، ولن يتمكن من تسجيل الدخول حتى تُعاد تفعيل حسابه.
admin-suspend-confirm = تعليق الحساب
admin-reset-confirm-title = هل تريد إعادة تعيين كلمة المرور هذه؟
admin-reset-confirm-explained = ستُستبدل كلمة مرور { $name } برمز يُستخدم مرة واحدة، يُعرض عليك مرة واحدة فقط. سيُسجَّل خروجه من كل مكان، وعليه اختيار كلمة مرور جديدة عند تسجيل دخوله التالي.
admin-reset-confirm = إعادة تعيين كلمة المرور
admin-cancel = إلغاء والعودة إلى الحساب
admin-done-approved = تمت الموافقة على تسجيل { $name }: يمكنه تسجيل الدخول الآن.
admin-done-rejected = رُفض تسجيل { $name }: لا يمكنه تسجيل الدخول.
admin-done-saved = حُفظت التغييرات على حساب { $name }.
admin-done-suspended = عُلّق حساب { $name } وسُجّل خروجه من كل مكان.
admin-done-reinstated = أصبح حساب { $name } نشطًا من جديد ويمكنه تسجيل الدخول.
admin-back-to-account = العودة إلى الحساب
