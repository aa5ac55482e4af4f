## 首页（/）：已登录用户接下来该做什么，按角色区分。

home-title = 首页
home-welcome = 欢迎，{ $name }
home-signed-in-delegate = 您已作为{ $organisation }的代表登录。
home-signed-in-chair = 您已作为{ $organisation }的主席登录。
home-signed-in-auditor = 您已作为{ $organisation }的审计员登录。
home-signed-in-admin = 您已作为{ $organisation }的管理员登录。
home-times-in = 时间按 { $zone } 时区显示（悬停可查看 UTC 时间）。
home-change-zone = 可在账户页面中更改。

home-vote-heading = 等待您投票的轮次（{ $n }）
home-vote-none-delegate = 没有等待您投票的开放轮次——轮次由主席开启，届时会显示在这里。
home-vote-none-chair = 没有等待您投票的开放轮次——主席可以创建一个。
home-create-round = 创建轮次。
home-closes = — 截止于
home-no-deadline = — 无截止时间；由主席结束
home-mine-heading = 需要您处理的提案
home-mine-none = 没有：您没有草稿，且您提交的每份提案都已获得所需的联署。
home-write-proposal = 撰写提案。
home-draft = — 草稿：请提交，以便他人联署
home-not-eligible = — 尚不符合条件：{ $missing }
home-missing-submit = 需要先提交
home-missing-withdrawn = 已被作者撤回
home-missing-decided = 已有决定
home-missing-groups = { $n ->
   *[other] 还需要来自另外 { $n } 个利益相关方群体的联署人
}
home-missing-cosponsors = { $n ->
   *[other] 还需要 { $n } 名来自作者所属群体以外的利益相关方群体的联署人
}
home-missing-both = { $groups ->
   *[other] 还需要 { $n } 名联署人，且至少来自另外 { $groups } 个利益相关方群体
}

home-cosponsor-heading = 您可以联署的其他群体的提案（{ $n }）
home-cosponsor-none = 没有其他利益相关方群体的提案在等待您的支持。

home-comments-heading = { $days ->
   *[other] 您的提案收到的新评论（最近 { $days } 天）
}
home-comments-none = { $days ->
   *[other] 最近 { $days } 天内您的提案没有新评论。
}
home-new-comments = { $n ->
   *[other] — { $n } 条新评论，最新一条于
}

home-chair-heading = 待主持的轮次
home-chair-none = 没有需要开启或结束的轮次——主席可以创建一个。
home-ready-to-open = — 草稿：可以开启
home-open-closes = — 进行中，截止于
home-open-no-deadline = — 进行中：投票完成后请结束
home-eligible-heading = 尚未进入任何轮次的合格提案（{ $n }）
home-eligible-none = 没有等待进入轮次的合格提案。

home-audit-heading = 待核查
home-audit-none = 没有等待您处理的已结束轮次：每个轮次结束后，您都已下载其文件。
home-audit-intro = 结束后您尚未下载的轮次：请下载其选票并重新计算结果。
home-closed = — 结束于
home-head = { $size ->
   *[other] 最新签名检查点：第 { $number } 号，涵盖 { $entries } 条记录，根哈希
}
home-head-signed = 签名时间
home-open-audit = 打开审计日志。
home-head-none = 尚未签署任何检查点。
home-sign-checkpoint = 请在审计页面签署一个。

home-admin-heading = 注册申请
home-admin-none = 没有待处理的注册申请。
home-admin-pending = { $n ->
   *[other] { $n } 份注册申请等待批准
}

home-intro = 成员国、产业界、民间社会和学术界的代表提交合作提案，进行讨论，并在投票轮次中对其排序。每个结果都可以根据公布的选票离线重新计算，每次更改都记录在防篡改的审计日志中。
home-sign-in = 登录
home-register = 或注册为代表
home-approval = 新账户需经管理员批准。
home-create-round-button = 创建轮次
home-admin-accounts = 搜索和管理所有账户
home-vote-all-done = 您已在所有开放的轮次中投票。
home-voted-heading = 您已投票的轮次（{ $n }）
home-voted-until = 您已投票；在 { $closes } 之前可以更改选票。
home-voted-no-deadline = 您已投票；在本轮结束之前可以更改选票。
home-times-in-utc = 时间以 UTC 显示。
