## 对输入和操作的拒绝，以及应当怎么做。参数均为文本：{ $value } 是输入的内容，已带引号。

## err-text-* 句子中文本字段的名称（$label 为其键）。
err-field-label = { $label ->
    [title] 标题
    [summary] 摘要
    [body] 正文
    [comment] 评论
    [reason] 理由
    [description] 说明
    [introduction] 引言
    [display_name] 显示名称
   *[organisation] 所属组织
}
err-text-required = { err-field-label }为必填项。
err-text-too-short = { err-field-label }至少需要 { $min } 个字符。
err-text-too-long = { err-field-label }不能超过 { $max } 个字符（当前为 { $n } 个）。
err-text-control = { err-field-label }包含控制字符。

## 账户与人员。
err-email = 请输入电子邮件地址，例如 name@example.org。
err-password-short = 请设置至少 10 个字符的密码。
err-password-long = 密码不能超过 256 个字符。
err-role = 未知角色 { $value }；请选择 delegate、chair、auditor 或 admin。
err-user-status = 未知状态 { $value }；请使用 pending、active、suspended 或 rejected。
err-group = 未知利益相关方群体 { $value }；请从以下选项中选择：{ $choices }。
err-time-zone = 未知时区 { $value }；请使用 IANA 名称，例如 Europe/Paris、America/New_York 或 UTC。

## 提案。
err-unknown-theme = 未知主题 { $value }；请从以下选项中选择：{ $choices }。
err-proposal-status = 未知状态；请使用 draft、submitted、withdrawn、adopted 或 not_adopted。

## 投票轮次。
err-round-status = 未知的投票状态 { $value }。
err-secrecy = 未知的保密方式 { $value }；请选择 secret 或 recorded。
err-weight-too-long = { $group } 的权重过长：最多写 { $max } 个字符，例如 2 或 3/7。
err-weight-not-number = { $group } 的权重必须是整数或分数（如 1/2），而不是 { $value }。
err-weight-not-positive = { $group } 的权重必须为正数。
err-weights-syntax = 请按“群体=权重”的格式填写群体权重，例如 member_state=2（收到的是 { $value }）。
err-weight-twice = 群体 { $group } 有两个权重。
err-closes-leap-second = 截止时间 { $value } 落在闰秒上；请选择秒数在 00–59 之间的时间。
err-closes-format = 截止时间 { $value } 不是有效的日期时间，格式应如 2026-12-01T17:00Z。
err-proposal-listed-twice = 提案 { $id } 被列出了两次。
err-round-two-proposals = 请为本轮投票至少选择两个提案。
err-weights-only-equal-groups = 群体权重仅适用于 equal_groups 加权方式。
err-weighting = 未知的加权方式 { $value }；请选择 per_delegate、equal_groups 或 per_organisation。
err-closes-past = 截止时间必须晚于当前时间。
err-rank-number = 名次 { $value } 不是从 1 开始的整数；不想排名的提案请留空。
err-house-syntax = 请按“名称: 群体, 群体”的格式填写每个议院（收到的是 { $value }）。
err-quorum-percent = 法定人数是 0 到 100 之间的整数百分比。
err-group-quorum-percent = 群体法定人数是 0 到 100 之间的整数百分比。
err-adoption-only = 规则、议院和群体法定人数仅适用于通过表决：请设置 { $example }。
err-method = 未知的计票方法 { $value }；请选择 schulze、ranked_pairs、borda、irv、copeland 或 plurality。
err-adoption-no-method = 通过表决没有排序方法：每个提案都按规则决定。
err-adoption-needs-rule = 通过表决需要一条规则，例如 { $example }。
err-round-kind = 未知的投票类型 { $value }；请选择 ranking 或 adoption。

## 报告。
err-report-status = 未知的报告状态 { $value }。
err-report-no-rounds = 请至少选择一个已结束的投票轮次作为报告内容。
err-report-too-many-rounds = 一份报告最多涵盖 { $max } 个投票轮次。
err-round-listed-twice = 投票轮次 { $id } 被列出了两次。
err-no-round = 不存在投票轮次 { $id }。
err-report-round-open = 投票轮次 { $id }（{ $title }）尚未结束；报告只涵盖已结束的轮次。
err-no-report-to-supersede = 不存在要取代的报告 { $id }。
err-no-such-report = 该报告不存在。
err-only-chairs-report = 只有主席可以创建、编辑和发布报告。
err-report-never-edited = 已发布的报告不能编辑；请创建一个取代它的新版本。
err-report-published-new-version = 该报告已发布；如需修改，请创建新版本。
err-report-already-published = 该报告已发布。

## 账户。
err-current-password = 当前密码不正确；未做任何更改。
err-reset-own-password = 请在账户页面修改您自己的密码；重置密码仅用于他人。
err-status-back-to-pending = 账户不能改回待审核状态；请改为停用。
err-own-role = 您不能更改自己的角色或状态；请联系其他管理员。
err-approve-first = 请先批准待审核的注册，再更改其状态。

## 提案列表与决定。
err-eligible-filter = 请使用 eligible=true 或 eligible=false。
err-sort = 请按 newest、cosponsors 或 comments 排序。
err-whole-number = { $field } 必须是 1 到 { $max } 之间的整数。
err-decision-value = 请将决定记录为 adopted 或 not_adopted。
err-only-chairs-decide = 只有主席可以记录决定。
err-decision-after-round = 须在包含此提案的投票轮次结束后才能记录决定。

## 投票轮次的设置、开始与结束。
err-no-proposal = 不存在提案 { $id }。
err-proposal-not-submitted = 提案 { $id }（{ $title }）的状态为 { $status }；只有已提交的提案可以付诸表决。
err-round-closing-passed = 本轮投票的截止时间已过；请创建一个截止时间更晚的新轮次。
err-round-already-open = 本轮投票已经开始。
err-round-is-closed = 本轮投票已结束。
err-round-not-opened = 本轮投票尚未开始。
err-round-already-closed = 本轮投票已经结束。
err-ballots-after-close = 选票在投票结束时公布。
err-results-after-close = 结果在投票结束时公布。

## 选票、回执与导出。
err-only-electors-vote = 只有代表和主席可以投票。
err-not-proxy-holder = 您在本轮投票中并未持有该选民的委托投票权。
err-vote-unknown-proposal = 未知提案 { $value }：请用本轮提案的编号投票，例如 "p12"。
err-vote-value = 对 { $proposal } 的投票必须是 yes、no 或 abstain，而不是 { $value }。
err-rank-unknown-proposal = 未知提案 { $value }：请用本轮提案的编号排序，例如 "p12"。
err-rank-twice = 提案 { $id } 在您的排序中出现了不止一次。
err-rank-empty-tier = 您排序中的第 { $n } 档为空；请删除该档或在其中放入一个提案。
err-adoption-ballot = 这是通过表决：请对每个提案回答 yes、no 或 abstain，例如 { $example }。
err-ranking-ballot = 这是排序投票：请提交对其提案的排序，例如 { $example }。
err-ballot-shape = 请只发送 "ranking"（排序投票）或 "votes"（通过表决）其中之一，不能两者都发，也不能都不发。
err-no-ballot = 您在本轮投票中尚未投票。
err-receipts-after-close = 投票结束后才能核对回执。
err-receipt-format = 回执由 64 个十六进制字符组成。
err-receipt-proofs-missing = 本轮投票结束时尚无回执证明；请改为在 ballots.json 中核对回执。
err-no-counted-ballot = 没有任何计入的选票带有此回执。
err-nothing-to-export = 没有可导出的内容。
err-preflib-adoption = PrefLib 文件只包含排序，无法表达赞成 / 反对 / 弃权票：请下载 ballots.json 或 ballots.csv。

## 委托投票。
err-proxy-choose = 请选择您要委托投票的选民。
err-proxy-self = 您不能把投票权委托给自己。
err-proxy-not-elector = 用户 { $id } 不是本轮投票的选民。
err-proxy-other-group = 委托投票只能交给与您同属一个利益相关方群体（{ $group }）的选民。
err-proxies-off = 本服务器已关闭委托投票。
err-proxy-already-given = 您已在本轮投票中委托了投票权；请先撤销该委托。
err-proxy-chain-holder = 您持有其他选民的投票权，因此不能再委托自己的投票权：委托不能层层转交。
err-proxy-chain-grantee = 该选民已将自己的投票权委托他人，不能再接受委托：委托不能层层转交。
err-proxy-none = 您在本轮投票中没有委托任何人。
err-proxy-used = 您的受托人已代您投票，委托已无法撤销；请亲自投票以替换其选票。

## 审计记录及其见证方。
err-no-checkpoint = 尚未签署任何检查点。
err-witness-key-type = 见证方密钥的签名类型为 0x04（Ed25519 cosignature/v1）；可用 `plenary audit witness-key` 生成。
err-no-such-witness = 该见证方不存在。
err-witness-approved = 该见证方已获批准。
err-witness-unknown = 未登记名为 { $name } 的见证方。
err-witness-key-id = 密钥 ID 与见证方 { $name } 的密钥不匹配。
err-cosignature-timestamp-large = 时间戳过大。
err-cosignature-future = 联署签名的时间戳在未来。

## Markdown 嵌套过深：跟在字段名称之后，或单独使用。
err-nesting-containers = 第 { $line } 行嵌套了 { $depth } 层引用或列表项；最多允许 { $max } 层。
err-nesting-html = 到第 { $line } 行，HTML 元素的嵌套超过 { $max } 层；请关闭这些元素或改用 Markdown。
err-nested-containers = { err-field-label }嵌套过深：{ err-nesting-containers }
err-nested-html = { err-field-label }嵌套过深：{ err-nesting-html }

## 网页层的拒绝：地址、请求体、角色以及来自其他站点的表单。
err-nothing-here = 此地址没有任何内容。
err-no-such-file = 该文件不存在。
err-send-json = 请以 JSON 格式发送请求体，并设置 Content-Type: application/json。
err-round-filter = 投票轮次筛选条件需要一个轮次编号，例如 4。
err-supersedes-id = supersedes 必须是报告编号。
err-supersedes-on-edit = supersedes 在创建新版本时设置，而不是在编辑时设置。
err-only-chairs = 只有主席可以执行此操作。
err-only-delegates-chairs = 只有代表和主席可以执行此操作；审计员和管理员只能查看。
err-only-auditors-admins = 只有审计员和管理员可以查看审计记录。
err-only-auditors-chairs = 只有审计员、主席和本轮的选民可以下载本轮的选票和结果。
err-foreign-origin = 此请求来自其他网站，因此已被拒绝。如果您确实想发送，请打开本站自己的页面并在那里提交表单。

err-no-export = 没有名为 { $name } 的导出文件。
err-no-notification = 没有编号为 { $id } 的通知。
err-tree-range = 请给出 0 <= from <= to；收到的是 from={ $from }, to={ $to }。
err-no-tree-size = 记录共有 { $entries } 条；不存在大小为 { $size } 的树。
err-no-user = 没有编号为 { $id } 的用户。
err-proxy-limit = 该选民在本轮已持有 { $held } 份委托投票，已达上限。
err-not-pending = { $name } 不在待审批状态（状态：{ $status }）。
err-decide-not-submitted = 只有已提交的提案才能作出决定；该提案的状态为 { $status }。
err-witness-taken = 已有名为 { $name } 的见证方登记。
err-witness-not-approved = 见证方 { $name } 尚未获批准；须先由管理员批准。
err-no-checkpoint-size = 没有为树大小 { $size } 签署的检查点。
err-no-report-download = 没有名为 { $name } 的报告下载；请尝试 report.json 或 report.md。
err-supersede-draft = 报告 { $id } 是草稿：请直接编辑，而不是用新版本替代。
err-supersede-twice = 报告 { $id } 已经有新版本。
err-body-too-large = 请求正文过大：上限为 { $kib } KiB（{ $bytes } 字节）。
err-sign-ins-busy = 服务器当前正在处理大量登录请求。请等待几秒后重试。
err-comment-rate = 您在过去一小时内已发表 { $n } 条评论，已达上限。请稍后再发表。
err-sign-ins-busy-wait = 服务器当前正在处理大量登录请求。请等待 { $wait } 秒后重试。
err-sign-in-attempts = 来自您地址的登录尝试过多。请等待 { $wait } 秒后重试。
err-not-eligible = 提案 { $id }（{ $title }）尚不符合条件：{ $missing }。
err-form-unreadable = 无法读取表单：{ $detail }
err-form-malformed = 表单不完整或格式有误：{ $detail }
err-json-invalid = JSON 正文无效：{ $detail }
err-json-unreadable = 无法读取 JSON 正文：{ $detail }
err-query-invalid = 查询参数无效：{ $detail }
err-witness-key = 不是见证方密钥：{ $detail }。
err-rule-json = 自定义规则不是有效的 JSON：{ $detail }。
err-rejected-final = 此注册已被拒绝；被拒绝的账户无法重新启用。
err-action-not-offered = 此操作不适用于 { $name }（状态：{ $status }）。
