## 用户列表（/admin/users）和密码重置页面。

admin-users-title = 用户
admin-pending-heading = 等待审批（{ $n }）
admin-no-pending = 没有等待审批的注册。
admin-pending-caption = 待审批的注册
admin-col-name = 姓名
admin-col-group = 群体
admin-col-organisation = 组织
admin-col-action = 操作
admin-approve = 批准
admin-approve-named = 批准 { $name }
admin-accounts-heading = 账户（{ $n }）
admin-accounts-caption = 已批准和已停用的账户
admin-col-settings = 角色、群体、组织和状态
admin-you = （您）
admin-role = 角色
admin-status = 状态
admin-status-active = 正常
admin-status-suspended = 已停用
admin-save = 保存
admin-save-named = 保存对 { $name } 的更改
admin-reset = 重置密码
admin-reset-named = 重置 { $name } 的密码
admin-reset-title = 密码重置
admin-reset-explained = 用户 { $user } 的密码现在是这个一次性代码。请通过可信的渠道交给对方；它只显示这一次。该用户的所有会话均已结束，用它登录后必须设置新密码。
admin-back-to-users = 返回用户列表
