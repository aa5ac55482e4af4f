## 登录与注册（/login、/register）以及强制修改密码。

auth-sign-in = 登录
auth-email = 电子邮箱
auth-password = 密码
auth-no-account = 还没有账户？
auth-register = 注册
auth-go-to-sign-in = 前往登录
auth-register-reviewed = 注册须经管理员审核，通过后方可登录。
auth-your-name = 您的姓名
auth-password-hint = （至少 10 个字符）
auth-organisation = 您所代表的组织
auth-group = 利益相关方群体
auth-change-required = 管理员已重置您的密码：请先设置新密码（POST /api/v1/me/password），然后再进行其他操作。
auth-email-taken = 该邮箱已注册账户。
auth-email-taken-sign-in = 请直接登录
auth-email-taken-or-admin = ，或联系管理员。
