## تسجيل الدخول والتسجيل (/login و/register) وإلزام تغيير كلمة المرور.

auth-sign-in = تسجيل الدخول
auth-email = البريد الإلكتروني
auth-password = كلمة المرور
auth-no-account = ليس لديك حساب بعد؟
auth-register = إنشاء حساب
auth-go-to-sign-in = الانتقال إلى تسجيل الدخول
auth-register-reviewed = يراجع أحد المسؤولين كل طلب تسجيل قبل أن تتمكن من تسجيل الدخول.
auth-your-name = اسمك
auth-password-hint = (10 أحرف على الأقل)
auth-organisation = المنظمة التي تمثلها
auth-group = فئة أصحاب المصلحة
auth-change-required = أعاد أحد المسؤولين تعيين كلمة مرورك: اختر كلمة مرور جديدة (POST /api/v1/me/password) قبل أي شيء آخر.
auth-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل.
auth-email-taken-sign-in = سجّل الدخول
auth-email-taken-or-admin = {" "}أو تواصل مع أحد المسؤولين.
