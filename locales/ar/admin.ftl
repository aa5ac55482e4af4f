## قائمة المستخدمين (/admin/users) وصفحة إعادة تعيين كلمة المرور.

admin-users-title = المستخدمون
admin-pending-heading = بانتظار الموافقة ({ $n })
admin-no-pending = لا توجد طلبات تسجيل بانتظار الموافقة.
admin-pending-caption = طلبات التسجيل المعلّقة
admin-col-name = الاسم
admin-col-group = الفئة
admin-col-organisation = المنظمة
admin-col-action = الإجراء
admin-approve = موافقة
admin-approve-named = الموافقة على { $name }
admin-accounts-heading = الحسابات ({ $n })
admin-accounts-caption = الحسابات المعتمدة والموقوفة
admin-col-settings = الدور والفئة والمنظمة والحالة
admin-you = (أنت)
admin-role = الدور
admin-status = الحالة
admin-status-active = نشط
admin-status-suspended = موقوف
admin-save = حفظ
admin-save-named = حفظ التغييرات على { $name }
admin-reset = إعادة تعيين كلمة المرور
admin-reset-named = إعادة تعيين كلمة مرور { $name }
admin-reset-title = إعادة تعيين كلمة المرور
admin-reset-explained = أصبحت كلمة مرور المستخدم { $user } الآن هذا الرمز الصالح لمرة واحدة. سلّمه إياه عبر قناة موثوقة؛ فهو لا يُعرض إلا هذه المرة. انتهت جميع جلساته، وبعد تسجيل الدخول به يجب عليه اختيار كلمة مرور جديدة.
admin-back-to-users = العودة إلى المستخدمين
