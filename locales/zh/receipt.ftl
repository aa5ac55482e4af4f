## 回执证明页面及其浏览器内核验。
## 命令、哈希以及 round.closed、ballots_root 等名称保持原样。

receipt-title = 回执证明，第 { $round } 轮
receipt-heading = 您在第 { $round } 轮的选票已计入
receipt-ballot-with = 回执为
receipt-number-of = 的选票是已计入的 { $total } 张选票中的第 { $number } 张。其排序（从最优到最次）：
receipt-unranked = 您未排序的提案并列排在所有已排序提案之后。
receipt-check-heading = 自行核验
receipt-check-key = 除下列数值和服务器公钥外，您无需从本服务器获取任何内容；请将该公钥与运营方公布的公钥进行比对：
receipt-download = 下载证明
receipt-and-run = 并运行
receipt-or-steps = ，或按以下步骤操作（docs/formats.md 的 “Receipt proofs” 一节说明了每个字节）：
receipt-step-1 = 选票上带有您的回执。使用您的随机数（nonce），对 plenary-receipt/1、LF、轮次编号、LF、排序的规范 JSON、LF、随机数计算 SHA-256，即可再次得到您的回执。
receipt-step-2 = 叶哈希 = 字节 0x00 后接选票规范 JSON 的 SHA-256：
receipt-step-3 = 将其与审计路径组合（RFC 6962：对 0x01、左、右计算 SHA-256），叶 { $leaf }，共 { $size }：
receipt-step-3-root = → 选票根
receipt-step-4 = 该轮的 round.closed 记录载明了这个根（ballots_root）和 { $ballots } 张选票；其哈希是去掉 hash 字段后其规范 JSON 的 SHA-256：
receipt-step-5 = 该记录的叶（对 0x00 及其哈希的 32 个字节计算 SHA-256）位于索引 { $index }，共 { $size }；结合此审计路径，可得出整个审计日志的根：
receipt-step-6 = 该根和大小包含在此检查点中，检查点由服务器密钥签名（并由其下列出的见证方联署）：
receipt-js-run = 在此浏览器中核验
receipt-js-checked = 已核验
receipt-js-all-hold = 所有步骤均成立：您的选票在已签名的日志中。
receipt-js-needs-tool = 步骤 1–5 成立；签名需要用其他工具核验。
receipt-js-no-ed25519 = 此浏览器无法核验 Ed25519 签名：请使用 plenary receipt verify
receipt-js-failed = 第 { $step } 步失败：
receipt-js-no-receipt = 选票中没有回执
receipt-js-other-leaf = 选票的哈希对应另一个叶
receipt-js-other-root = 路径通向另一个根
receipt-js-entry-hash = 记录的哈希与其内容不符
receipt-js-closed-root = round.closed 记录的是另一个根
receipt-js-checkpoint-other = 检查点签名的是另一个大小或根
receipt-js-no-signature = 检查点中没有以下签名方的签名：
receipt-js-bad-signature = 使用服务器密钥无法验证该签名
receipt-js-index-outside = 叶索引超出了树的范围
receipt-js-path-long = 审计路径过长
receipt-js-path-short = 审计路径过短
