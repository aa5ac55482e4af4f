## 投票轮次页面：列表、新建轮次、轮次页面、代理投票和选票。

rounds-list-title = 投票轮次
rounds-list-heading = 投票轮次
rounds-create-button = 新建轮次
rounds-list-empty = 还没有投票轮次。
rounds-list-caption = 所有轮次，最新的在前
rounds-col-round = 轮次
rounds-col-status = 状态
rounds-col-method = 计票方法
rounds-col-proposals = 提案
rounds-col-closes = 截止时间
rounds-closes-by-chair = 由主席关闭

rounds-status-draft = 草稿
rounds-status-open = 进行中
rounds-status-closed = 已关闭

rounds-method-adoption = 通过表决
rounds-method-schulze = 舒尔策法
rounds-method-ranked-pairs = 排序对法
rounds-method-borda = 波达计数法
rounds-method-borda-symmetric = 波达计数法（对称）
rounds-method-irv = 即时决选
rounds-method-copeland = 科普兰法
rounds-method-plurality = 相对多数制

rounds-weighting-per-delegate = 每位代表一票
rounds-weighting-equal-groups = 各利益相关方群体权重相等
rounds-weighting-per-organisation = 每个组织一票

rounds-preset-majority = 多数：超过赞成与反对票之和的一半
rounds-preset-two-thirds = 赞成与反对票之和的三分之二
rounds-preset-concurrent-majority = 每个利益相关方群体内均获多数
rounds-preset-concurrent-two-thirds = 每个利益相关方群体内均获三分之二
rounds-preset-two-houses = 两院：第一院 2/3，第二院多数
rounds-preset-house-supermajority = 两院特定多数：每院 2/3，或一院 3/4 且另一院多数
rounds-preset-custom = 自定义规则（见下方）
rounds-preset-name-majority = 多数
rounds-preset-name-two-thirds = 三分之二
rounds-preset-name-concurrent-majority = 各群体均获多数
rounds-preset-name-concurrent-two-thirds = 各群体均获三分之二
rounds-preset-name-two-houses = 两院
rounds-preset-name-house-supermajority = 两院特定多数

rounds-secrecy-secret = 无记名投票
rounds-secrecy-recorded = 记名投票

## 新建轮次表单。
rounds-new-title = 新建轮次
rounds-new-heading = 新建投票轮次
rounds-new-field-title = 标题
rounds-new-field-description = 说明
rounds-new-optional = （可选）
rounds-new-proposals-legend = 列入选票的提案（至少两项已提交且符合条件的提案）
rounds-new-no-proposals = 还没有已提交的提案。
rounds-new-not-eligible = 不符合条件：{ $reason }
rounds-new-kind-legend = 轮次类型
rounds-new-method = 计票方法
rounds-new-rule-legend = 通过规则
rounds-new-rule-legend-hint = （如何决定每个提案）
rounds-new-rule = 规则
rounds-new-custom-rule = 自定义规则
rounds-new-custom-rule-hint = 高级：自行编写规则
rounds-new-houses = 院
rounds-new-houses-hint = 可选。适用于有分院的规则：为每个组填写其所属分院的名称；名称相同的组作为一个分院共同投票。规则没有分院时请留空。
rounds-new-group-quorum = 群体法定人数
rounds-new-group-quorum-hint = （可选；每个群体中必须投票的选民百分比）
rounds-new-weighting = 加权方式
rounds-new-group-weights = 群体等权时各群体的权重
rounds-new-group-weights-hint = 可选，用于“各组权重相等”：每个组全部选票合计的权重（例如某组为 2，其他组为 1）。留空表示 1。
rounds-new-secrecy-legend = 投票保密
rounds-new-secret = 无记名：公布选票时不附姓名
rounds-new-recorded = 记名：公布选票时附上每位投票人的姓名和组织
rounds-new-closes-at = 自动关闭时间
rounds-new-closes-at-hint = （可选；UTC）
rounds-new-quorum = 法定人数
rounds-new-quorum-hint = （可选；选民总数的百分比）
rounds-new-submit = 创建轮次
rounds-new-draft-note = 新轮次以草稿开始。开启时，选民名单——即当时在任的代表和主席——随即固定。

## 轮次页面。
rounds-show-adoption-rule = 通过表决，规则
rounds-show-rule-custom = 自定义
rounds-show-houses = 院
rounds-show-group-quorum = 群体法定人数 { $percent }%
rounds-show-method = 计票方法
rounds-show-weighting = 加权方式
rounds-show-quorum = 法定人数 { $percent }%
rounds-show-closes-at = 截止于
rounds-show-open = 开启轮次
rounds-show-close = 关闭轮次并公布结果
rounds-show-ballots-so-far = { $whole } 名投票人中已有 { $part } 人投票。
rounds-show-change-ballot = 修改您的选票
rounds-show-vote = 对提案投票
rounds-show-rank = 为提案排序
rounds-show-proxies-active = 有效代理：{ $n } 项。
rounds-show-proposals = 提案

## 代理投票。
rounds-proxy-heading = 代理投票
rounds-proxy-gave = 您已将投票权委托给
rounds-proxy-gave-end = 。
rounds-proxy-used = 对方已代您投票；您亲自投票即可取代其选票。
rounds-proxy-not-used = 对方尚未代您投票。
rounds-proxy-revoke = 收回我的投票权
rounds-proxy-held = 您持有以下人员的投票权：
rounds-proxy-vote-for = 代 { $name } 投票
rounds-proxy-voted = （已投票）
rounds-proxy-not-yet = （尚未投票）
rounds-proxy-give-label = 将我的投票权委托给……
rounds-proxy-give = 委托我的投票权
rounds-proxy-rules = 只有与您属于同一利益相关方群体的选民才能持有您的投票权。在对方代您投票之前，您可以随时收回；您亲自投出的选票总会取代对方的选票。

## 选票页面。
rounds-ballot-title = 选票：{ $title }
rounds-ballot-heading = 您的选票：{ $title }
rounds-ballot-whose = 谁的选票
rounds-ballot-voting-for = 投票身份：
rounds-ballot-yourself = 本人
rounds-ballot-for-name = 代 { $name }
rounds-ballot-filling-for = 您正在填写以下人员的选票：
rounds-ballot-filling-for-end = 。对方已将投票权委托给您。这张选票的权重和计票方式与对方本人投票完全相同，对方也能看到其回执。
rounds-ballot-replaced = 您的新选票已取代之前的选票。
rounds-ballot-cast = 您的选票已投出。
rounds-ballot-your-receipt = 您的回执：
rounds-ballot-copy = 复制回执
rounds-ballot-copied = 已复制
rounds-ballot-check-summary = 自行核验回执
rounds-ballot-check-votes = 回执是 plenary-receipt/1、轮次编号、您的投票和以下随机数的 SHA-256 值（见 docs/formats.md）：
rounds-ballot-check-ranking = 回执是 plenary-receipt/1、轮次编号、您的排序和以下随机数的 SHA-256 值（见 docs/formats.md）：
rounds-ballot-already = 您已经投过票（回执
rounds-ballot-already-end = ）。再次投票将取代那张选票；只有最后一张选票有效。
rounds-ballot-adoption-help = 请对每项提案选择赞成、反对或弃权。未作答的提案按弃权计算。
rounds-vote-yes = 赞成
rounds-vote-no = 反对
rounds-vote-abstain = 弃权
rounds-ballot-submit = 投票
rounds-ballot-ranking-help = 为每项提案填写名次：第一选择填 1，其次填 2，依此类推。两项提案填相同数字即表示并列。留空表示不排序：未排序的提案排在所有已排序提案之后。
rounds-ballot-caption = 提案及您的名次
rounds-ballot-col-proposal = 提案
rounds-ballot-col-rank = 您的名次
rounds-back = 返回轮次页面

## 选票页面的脚本（拖放和按钮）。
rounds-js-ranked-heading = 您的排序（拖动或使用按钮）
rounds-js-unranked-heading = 未排序
rounds-js-move-up = 上移
rounds-js-move-down = 下移
rounds-js-tie = 与上一项并列
rounds-js-unrank = 取消排序
rounds-js-rank = 排序
rounds-js-tied = （并列）
rounds-js-empty = 尚未排序：请点击“排序”，或将提案拖到这里。
rounds-js-now-ranked = { $title } 现排第 { $rank } 名
rounds-js-not-ranked = { $title } 未排序
rounds-js-action = { $action }：{ $title }

## 无记名轮次的隐私提示。
rounds-privacy-small = { $label }（{ $n } 名投票人）
rounds-list-joiner = { $first }、{ $next }
rounds-privacy-adoption = 隐私提示：通过规则按利益相关方群体计票，因此公布的选票保留每张选票所属的群体，只有一两名投票人的群体的投票可从中读出：{ $small }。
rounds-privacy-equal-groups = 隐私提示：本轮各利益相关方群体权重相等，因此只有一两名投票人的群体的选票会获得其他选票都没有的权重。公布的选票隐去这些群体的名称，但仅凭权重就可能推断出投票人：{ $small }。
rounds-privacy-per-organisation = 隐私提示：本轮各组织权重相等，因此只有一两名投票人的组织的选票会获得其他选票都没有的权重。公布的选票隐去这些组织的名称，但仅凭权重就可能推断出投票人：{ $small }。
rounds-js-help = 按您的偏好排列提案：点击“排序”加入一项，然后使用“上移”“下移”或“与上一项并列”（也可拖动）。留在“未排序”中的提案排在所有已排序提案之后。列表所显示的就是您的选票内容。
rounds-read-proposal = 阅读
rounds-receipt-check-heading = 核验回执
rounds-receipt-yours = 您选票的回执：
rounds-receipt-check-yours = 核验是否已计入
rounds-receipt-label = 回执
rounds-receipt-check = 核验
rounds-receipt-hint = 粘贴您投票时获得的 64 位回执。回执页面会显示该选票是否已计入、其内容，以及它在已公布选票中的证明。
rounds-ballot-receipt-later = 投票轮次结束后，此链接将显示您的选票已计入：
# The confirmation pages before opening or closing a round (web::round_confirm).
rounds-confirm-open-heading = 开放“{ $title }”进行投票？
rounds-confirm-open-proposals = 选票上将有 { $n } 项提案。
rounds-confirm-open-electorate = 所有在职的代表和主席此刻成为选民；之后获批的人不能在本轮投票。
rounds-confirm-deadline = 它将于 { $when } 自动结束。
rounds-confirm-deadline-left = 截止时间为 { $when }（{ $left }）。
rounds-confirm-no-deadline = 没有截止时间：在主席结束之前一直开放。
rounds-confirm-open-final = 投票轮次一旦开放，其提案、计票方法和规则都不能再更改。
rounds-confirm-close-heading = 结束“{ $title }”并公布结果？
rounds-confirm-close-turnout = { $whole } 名选民中已有 { $part } 人投票。
rounds-confirm-close-no-quorum = 尚未达到 { $percent }% 的法定人数：结果将注明这一点。
rounds-confirm-close-final = 结束后无法撤销：此后不再接受任何选票，结果将被计算、公布并永久记入审计记录。
confirm-cancel = 取消并返回
rounds-new-step-heading = 哪种轮次？
rounds-new-heading-ranking = 创建排名轮次
rounds-new-heading-adoption = 创建表决轮次
rounds-new-choose-ranking-help = 投票人按偏好给提案排序，计票方法把选票合成一个排名。用于确定优先次序；它本身不作任何决定。
rounds-new-choose-adoption-help = 投票人对每个提案投赞成、反对或弃权，由规则决定哪些提案获得通过。用于作出决定。
rounds-new-change-kind = 选择其他类型的轮次
# $field: the label of the refused field; $message: why.
rounds-new-error-in = { $field }：{ $message }
rounds-new-field-proposals = 选票上的提案
rounds-preset-help-majority = 赞成票多于反对票即通过（弃权不计）。
rounds-preset-help-two-thirds = 投赞成或反对的人中至少三分之二赞成即通过。
rounds-preset-help-concurrent-majority = 只有每个利益相关方组各自的赞成票都多于反对票时才通过。
rounds-preset-help-concurrent-two-thirds = 只有每个利益相关方组各自都以至少三分之二赞成时才通过。
rounds-preset-help-two-houses = 两个分院并行投票：第一个分院三分之二赞成，第二个分院过半数赞成。请在下方恰好命名两个分院。
rounds-preset-help-house-supermajority = 每个分院三分之二赞成，或一个分院四分之三赞成且另一个分院过半数赞成，即通过。请在下方恰好命名两个分院。
rounds-preset-help-custom = 任何其他条件，在下方“高级”中用规则语言编写。
