<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Absences</name>
    <message>
        <source>A text is longer than %1 characters. Shorten it.</source>
        <translation>有一段文字超过 %1 个字符，请缩短。</translation>
    </message>
    <message>
        <source>The date of %1 must fall between the start of the time off and the return (or today).</source>
        <extracomment>%1 names a paper of the return (the medical certificate, the application, the assessment)</extracomment>
        <translation>%1的日期须在休学开始与复学（或今天）之间。</translation>
    </message>
    <message>
        <source>Give the first day of the time off.</source>
        <translation>请填写休学的第一天。</translation>
    </message>
    <message>
        <source>The time off starts more than 60 days from now. Check the date.</source>
        <translation>休学开始日期距今超过 60 天，请检查日期。</translation>
    </message>
    <message>
        <source>The student is already away since %1. Record the return first.</source>
        <translation>该学生自 %1 起已在休学中，请先记录复学。</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>该转介已不存在。</translation>
    </message>
    <message>
        <source>The time off no longer exists.</source>
        <translation>该休学记录已不存在。</translation>
    </message>
    <message>
        <source>The return cannot be before the time off began.</source>
        <translation>复学日期不能早于休学开始日期。</translation>
    </message>
    <message>
        <source>The return date is in the future. Record it on the day.</source>
        <translation>复学日期晚于今天，请在当天记录。</translation>
    </message>
    <message>
        <source>A return needs the medical certificate, the guardian&apos;s application and a passed return assessment.</source>
        <translation>复学需要医疗证明、监护人申请和通过的复学评估。</translation>
    </message>
    <message>
        <source>the medical certificate</source>
        <translation>医疗证明</translation>
    </message>
    <message>
        <source>the guardian&apos;s application</source>
        <translation>监护人申请</translation>
    </message>
    <message>
        <source>the return assessment</source>
        <translation>复学评估</translation>
    </message>
    <message>
        <source>Give the date of the return assessment.</source>
        <translation>请填写复学评估的日期。</translation>
    </message>
    <message>
        <source>Write the plan&apos;s goals.</source>
        <translation>请填写计划目标。</translation>
    </message>
    <message>
        <source>Choose the date the plan will be reviewed.</source>
        <translation>请选择计划的复查日期。</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Appointment (%1)</source>
        <translation>预约（%1）</translation>
    </message>
    <message>
        <source>Appointment: %1 (%2)</source>
        <translation>预约：%1（%2）</translation>
    </message>
    <message>
        <source>Theme class meeting %1</source>
        <translation>主题班会 %1</translation>
    </message>
    <message>
        <source>Theme class meeting %1: %2</source>
        <translation>主题班会 %1：%2</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>心理课 %1</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>心理课 %1：%2</translation>
    </message>
    <message>
        <source>Duty: %1</source>
        <translation>值班：%1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>团体辅导 %1</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>团体辅导 %1：%2</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>家长</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已赴约</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未赴约</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>That appointment no longer exists.</source>
        <translation>该预约已不存在。</translation>
    </message>
    <message>
        <source>The counselor already has an appointment at %1: choose another time.</source>
        <translation>该辅导员在 %1 已有预约：请另选时间。</translation>
    </message>
    <message>
        <source>The counselor teaches at %1 (%2).</source>
        <translation>该辅导员在 %1 有课（%2）。</translation>
    </message>
    <message>
        <source>The counselor leads a group session at %1 (%2).</source>
        <translation>该辅导员在 %1 带领团体辅导（%2）。</translation>
    </message>
    <message>
        <source>%1 to %2 is outside the room&apos;s open hours.</source>
        <translation>%1 至 %2 不在辅导室开放时间内。</translation>
    </message>
    <message>
        <source>Choose the appointment&apos;s day and time.</source>
        <translation>请选择预约的日期和时间。</translation>
    </message>
    <message>
        <source>An appointment lasts from 5 minutes to 8 hours: change its length.</source>
        <translation>预约时长应在 5 分钟到 8 小时之间：请修改时长。</translation>
    </message>
    <message>
        <source>A student&apos;s request needs the student: choose them from the roster.</source>
        <translation>学生提出的预约需要指明学生：请从名册中选择。</translation>
    </message>
    <message>
        <source>Enter the name of the teacher who asked for the talk.</source>
        <translation>请填写提出谈话的教师姓名。</translation>
    </message>
    <message>
        <source>Enter the name of the parent who asked for the talk.</source>
        <translation>请填写提出谈话的家长姓名。</translation>
    </message>
    <message>
        <source>Choose the counselor from the vault&apos;s users.</source>
        <translation>请从档案库的用户中选择辅导员。</translation>
    </message>
    <message>
        <source>That student is no longer in the roster.</source>
        <translation>该学生已不在名册中。</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Your desk: what is due and overdue, one click from its record</source>
        <translation>工作台：待办与逾期事项，点击即可打开相应记录</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>row %1 is missing: rows were deleted before row %2.</source>
        <translation>第 %1 行缺失：第 %2 行之前有记录被删除。</translation>
    </message>
    <message>
        <source>row %1 does not follow the row before it: rows were deleted, reordered or replayed.</source>
        <translation>第 %1 行与前一行衔接不上：有记录被删除、调换了顺序或被重复写入。</translation>
    </message>
    <message>
        <source>row %1 was edited after it was written.</source>
        <translation>第 %1 行在写入后被修改过。</translation>
    </message>
    <message>
        <source>The room lead&apos;s checkpoint at row %1 was edited.</source>
        <translation>辅导室负责人在第 %1 行的检查点被改动过。</translation>
    </message>
    <message>
        <source>Row %1, which the room lead&apos;s checkpoint names, is missing: rows were deleted by someone holding the database key.</source>
        <translation>辅导室负责人检查点所记的第 %1 行不见了：有持有数据库密钥的人删除了记录行。</translation>
    </message>
    <message>
        <source>Row %1 differs from the room lead&apos;s checkpoint: rows up to it were deleted, edited or rewritten by someone holding the database key.</source>
        <translation>第 %1 行与辅导室负责人的检查点不符：有持有数据库密钥的人删除、改动或重写了此前的记录行。</translation>
    </message>
    <message>
        <source>Row %1 (written as %2) is not signed: it was added or rewritten outside CounselDesk by someone holding the database key.</source>
        <translation>第 %1 行（记为 %2 所写）没有签名：它是持有数据库密钥的人在 CounselDesk 之外添加或重写的。</translation>
    </message>
    <message>
        <source>Row %1 (written as %2) is signed with a key no room lead certified: it was written outside CounselDesk by someone holding the database key.</source>
        <translation>第 %1 行（记为 %2 所写）的签名密钥未经任何辅导室负责人认证：它是持有数据库密钥的人在 CounselDesk 之外写入的。</translation>
    </message>
    <message>
        <source>Row %1 claims to be written by %2 but is signed with the key of %3.</source>
        <translation>第 %1 行自称由 %2 所写，却是用 %3 的密钥签名的。</translation>
    </message>
    <message>
        <source>Row %1 (written as %2) does not match its signature: it was edited, or the chain was recomputed, by someone holding the database key, not by %2.</source>
        <translation>第 %1 行（记为 %2 所写）与其签名不符：有持有数据库密钥的人（不是 %2）改动了它，或重算了审计链。</translation>
    </message>
    <message>
        <source>Row %1, which the room lead&apos;s checkpoint names, is missing: the newest rows were deleted by someone holding the database key.</source>
        <translation>辅导室负责人检查点所记的第 %1 行不见了：有持有数据库密钥的人删除了最新的记录行。</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created the vault</source>
        <translation>创建档案库</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Unlocked with the recovery code</source>
        <translation>用恢复码解锁</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Checked the vault</source>
        <translation>检查档案库</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Reactivated a user</source>
        <translation>重新启用用户</translation>
    </message>
    <message>
        <source>Changed a passphrase</source>
        <translation>修改口令</translation>
    </message>
    <message>
        <source>Reset a passphrase</source>
        <translation>重置口令</translation>
    </message>
    <message>
        <source>Replaced the recovery code</source>
        <translation>更换恢复码</translation>
    </message>
    <message>
        <source>Imported a roster</source>
        <translation>导入了学生名单</translation>
    </message>
    <message>
        <source>Opened a student record</source>
        <translation>查阅了学生档案</translation>
    </message>
    <message>
        <source>Edited a student record</source>
        <translation>修改了学生档案</translation>
    </message>
    <message>
        <source>Changed the watch list</source>
        <translation>调整了重点关注</translation>
    </message>
    <message>
        <source>Opened a case</source>
        <translation>建立了个案</translation>
    </message>
    <message>
        <source>Closed a case</source>
        <translation>完成了结案</translation>
    </message>
    <message>
        <source>Saved a session note</source>
        <translation>保存了辅导记录</translation>
    </message>
    <message>
        <source>Shared a private note</source>
        <translation>公开了私人笔记</translation>
    </message>
    <message>
        <source>Started a new school year</source>
        <translation>开始了新学年</translation>
    </message>
    <message>
        <source>Marked a transfer</source>
        <translation>登记了转出</translation>
    </message>
    <message>
        <source>Purged old records</source>
        <translation>清除了过期档案</translation>
    </message>
    <message>
        <source>Changed the concern categories</source>
        <translation>修改了个案类别</translation>
    </message>
    <message>
        <source>Made a verified backup</source>
        <translation>制作了经过校验的备份</translation>
    </message>
    <message>
        <source>Restored the vault from a backup</source>
        <translation>从备份恢复了档案库</translation>
    </message>
    <message>
        <source>Loaded a screening instrument</source>
        <translation>载入了筛查量表</translation>
    </message>
    <message>
        <source>Created a screening run</source>
        <translation>新建了筛查批次</translation>
    </message>
    <message>
        <source>Changed a screening run</source>
        <translation>修改了筛查批次</translation>
    </message>
    <message>
        <source>Deleted a screening run</source>
        <translation>删除了筛查批次</translation>
    </message>
    <message>
        <source>Entered screening answers</source>
        <translation>录入了筛查答卷</translation>
    </message>
    <message>
        <source>Rescored screening sheets</source>
        <translation>重新计分了筛查答卷</translation>
    </message>
    <message>
        <source>Updated a screening follow-up</source>
        <translation>更新了筛查跟进</translation>
    </message>
    <message>
        <source>Printed a screening report</source>
        <translation>打印了筛查报告</translation>
    </message>
    <message>
        <source>Exported screening results</source>
        <translation>导出了筛查结果</translation>
    </message>
    <message>
        <source>Changed the risk levels&apos; names</source>
        <translation>修改了风险等级名称</translation>
    </message>
    <message>
        <source>Changed the crisis steps&apos; time limits</source>
        <translation>修改了危机处置步骤时限</translation>
    </message>
    <message>
        <source>Changed the directory of institutions</source>
        <translation>修改了机构名录</translation>
    </message>
    <message>
        <source>Changed the letterhead</source>
        <translation>修改了信笺抬头</translation>
    </message>
    <message>
        <source>Recorded a crisis event</source>
        <translation>记录了危机事件</translation>
    </message>
    <message>
        <source>Recorded a crisis step</source>
        <translation>记录了危机处置步骤</translation>
    </message>
    <message>
        <source>Recorded who was told of a crisis</source>
        <translation>记录了危机通知对象</translation>
    </message>
    <message>
        <source>Closed a crisis event</source>
        <translation>关闭了危机事件</translation>
    </message>
    <message>
        <source>Saved a safety plan</source>
        <translation>保存了安全计划</translation>
    </message>
    <message>
        <source>Drafted a referral</source>
        <translation>起草了转介</translation>
    </message>
    <message>
        <source>Edited a referral</source>
        <translation>编辑了转介</translation>
    </message>
    <message>
        <source>Changed a referral&apos;s status</source>
        <translation>更改了转介状态</translation>
    </message>
    <message>
        <source>Entered a referral&apos;s return slip</source>
        <translation>录入了转介回执</translation>
    </message>
    <message>
        <source>Printed a document</source>
        <translation>打印了文书</translation>
    </message>
    <message>
        <source>Recorded time off school or a return</source>
        <translation>记录了休学或复学</translation>
    </message>
    <message>
        <source>Saved a support plan</source>
        <translation>保存了一生一策支持计划</translation>
    </message>
    <message>
        <source>Opened a case as an emergency, consent pending</source>
        <translation>紧急建立个案（待补监护人同意）</translation>
    </message>
    <message>
        <source>Recorded a case&apos;s consent</source>
        <translation>补录了个案的监护人同意</translation>
    </message>
    <message>
        <source>Replaced the vault key</source>
        <translation>更换了档案库密钥</translation>
    </message>
    <message>
        <source>Saved a semester&apos;s calendar</source>
        <translation>保存了学期校历</translation>
    </message>
    <message>
        <source>Removed a semester</source>
        <translation>删除了学期</translation>
    </message>
    <message>
        <source>Saved a semester&apos;s lesson timetable</source>
        <translation>保存了学期心理课课表</translation>
    </message>
    <message>
        <source>Changed the lesson topics</source>
        <translation>修改了心理课课题</translation>
    </message>
    <message>
        <source>Saved a lesson plan</source>
        <translation>保存了心理课排课方案</translation>
    </message>
    <message>
        <source>Added a lesson</source>
        <translation>添加了一节课</translation>
    </message>
    <message>
        <source>Moved a lesson</source>
        <translation>调动了一节课</translation>
    </message>
    <message>
        <source>Recorded a lesson</source>
        <translation>记录了一节课</translation>
    </message>
    <message>
        <source>Removed a lesson</source>
        <translation>删除了一节课</translation>
    </message>
    <message>
        <source>Saved a counseling group</source>
        <translation>保存了团体辅导小组</translation>
    </message>
    <message>
        <source>Closed a counseling group</source>
        <translation>结束了团体辅导小组</translation>
    </message>
    <message>
        <source>Changed a group&apos;s member</source>
        <translation>变更了小组成员</translation>
    </message>
    <message>
        <source>Saved a group session</source>
        <translation>保存了小组活动</translation>
    </message>
    <message>
        <source>Removed a group session</source>
        <translation>删除了小组活动</translation>
    </message>
    <message>
        <source>Recorded group attendance</source>
        <translation>记录了小组出勤</translation>
    </message>
    <message>
        <source>Saved a school event</source>
        <translation>保存了学校活动</translation>
    </message>
    <message>
        <source>Removed a school event</source>
        <translation>删除了学校活动</translation>
    </message>
    <message>
        <source>Booked or changed an appointment</source>
        <translation>登记或修改了预约</translation>
    </message>
    <message>
        <source>Marked an appointment kept, missed or cancelled</source>
        <translation>将预约标记为已赴约、未赴约或已取消</translation>
    </message>
    <message>
        <source>Saved the room&apos;s open hours and duty roster</source>
        <translation>保存了辅导室开放时间和值班表</translation>
    </message>
    <message>
        <source>Exported a counselor&apos;s calendar (.ics)</source>
        <translation>导出了辅导员的日历（.ics）</translation>
    </message>
    <message>
        <source>Printed a group report</source>
        <translation>打印了团体辅导报告</translation>
    </message>
    <message>
        <source>Saved the school profile</source>
        <translation>保存了学校概况</translation>
    </message>
    <message>
        <source>Exported the district summary</source>
        <translation>导出了区级学期汇总</translation>
    </message>
</context>
<context>
    <name>AuditArea</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Who did what and when, with tamper detection (room lead only)</source>
        <translation>谁在何时做了什么，并可发现篡改（仅限辅导室负责人）</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>roster facts changed</source>
        <translation>修改了名册信息</translation>
    </message>
    <message>
        <source>class changed</source>
        <translation>调整了班级</translation>
    </message>
    <message>
        <source>moved to another class</source>
        <translation>转到其他班级</translation>
    </message>
    <message>
        <source>taken off the watch list</source>
        <translation>移出关注名单</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>已转学</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>own names and colours</source>
        <translation>自定义名称和颜色</translation>
    </message>
    <message>
        <source>back to the defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已返校</translation>
    </message>
    <message>
        <source>papers received</source>
        <translation>已收到材料</translation>
    </message>
    <message>
        <source>confidentiality broken</source>
        <translation>突破保密</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>interview planned</source>
        <translation>已安排面谈</translation>
    </message>
    <message>
        <source>interview cancelled</source>
        <translation>已取消面谈</translation>
    </message>
    <message>
        <source>letter given</source>
        <translation>已交付转介信</translation>
    </message>
    <message>
        <source>seen by the institution</source>
        <translation>机构已接诊</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>demo school</source>
        <translation>演示学校</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>answer file</source>
        <translation>答案文件</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>学生自助答题</translation>
    </message>
    <message>
        <source>paper sheets typed in</source>
        <translation>纸质问卷录入</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>instruments</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>grades and classes</source>
        <translation>年级和班级</translation>
    </message>
    <message>
        <source>entered by</source>
        <translation>录入方式</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>问卷数</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>follow-ups reopened</source>
        <translation>重新打开的随访</translation>
    </message>
    <message>
        <source>from version</source>
        <translation>原版本</translation>
    </message>
    <message>
        <source>to version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>毕业</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>crisis event %1</source>
        <translation>危机事件 %1</translation>
    </message>
    <message>
        <source>referral %1</source>
        <translation>转介 %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>个案 %1</translation>
    </message>
    <message>
        <source>new session</source>
        <translation>新的辅导记录</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>辅导记录 %1</translation>
    </message>
    <message>
        <source>safety plan %1</source>
        <translation>安全计划 %1</translation>
    </message>
    <message>
        <source>time away %1</source>
        <translation>离校 %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an audit detail&apos;s part: &quot;instruments: PHQ-9, GAD-7&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>between the parts of an audit detail</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>plan built</source>
        <translation>已生成排课方案</translation>
    </message>
    <message>
        <source>marked held</source>
        <translation>标记为已上</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>back to planned</source>
        <translation>改回已排</translation>
    </message>
    <message>
        <source>make-up lesson</source>
        <translation>补课</translation>
    </message>
    <message>
        <source>theme class meeting</source>
        <translation>主题班会</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>teachers</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>open slots</source>
        <translation>可排课时段</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>lessons missing</source>
        <translation>缺课时数</translation>
    </message>
    <message>
        <source>from week</source>
        <translation>起始周</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation>课 %1</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>课题 %1</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>left</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>counseling group %1</source>
        <translation>团体辅导小组 %1</translation>
    </message>
    <message>
        <source>group session %1</source>
        <translation>小组活动 %1</translation>
    </message>
    <message>
        <source>school event %1</source>
        <translation>学校活动 %1</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>open hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>duty shifts</source>
        <translation>值班班次</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>school code</source>
        <translation>学校代码</translation>
    </message>
</context>
<context>
    <name>AuditSubject</name>
    <message>
        <source>(removed)</source>
        <extracomment>the subject of an audit row that is no longer in the vault (a purged student, a deleted run)</extracomment>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a student in the audit log: name and student number
----------
a user in the audit log: display name and login</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a screening follow-up in the audit log: the student, then the run</extracomment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup was cancelled. Nothing was kept.</source>
        <translation>备份已取消，没有保留任何内容。</translation>
    </message>
    <message>
        <source>The folder %1 is not there (was the drive removed?). Choose another folder.</source>
        <translation>找不到文件夹 %1（磁盘是否已被拔出？）。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Choose a folder outside the vault, best on another drive: a backup beside the vault is lost with it.</source>
        <translation>请选择档案库以外的文件夹，最好在另一个磁盘上：和档案库放在一起的备份，会随档案库一起丢失。</translation>
    </message>
    <message>
        <source>The vault changed while the backup started. Try again.</source>
        <translation>开始备份时档案库恰好发生了变动。请重试。</translation>
    </message>
    <message>
        <source>The vault database has an unexpected size. Check the vault (Vault ▸ Check integrity) before backing it up.</source>
        <translation>档案库数据库的大小异常。请先检查档案库（档案库 ▸ 完整性检查），再进行备份。</translation>
    </message>
    <message>
        <source>Cannot read the vault database: %1</source>
        <translation>无法读取档案库数据库：%1</translation>
    </message>
    <message>
        <source>%1 is not a CounselDesk backup, or it is damaged (it may have been cut short when the drive was removed). Use another backup.</source>
        <translation>%1 不是 CounselDesk 备份，或者已经损坏（可能是拔出磁盘时没有写完整）。请使用其他备份。</translation>
    </message>
    <message>
        <source>%1 was made by a newer CounselDesk (backup format %2). Install the newer version to use it.</source>
        <translation>%1 是由更新版本的 CounselDesk 制作的（备份格式版本 %2）。请安装新版本后再使用。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The restore was cancelled. The vault was not changed.</source>
        <translation>恢复已取消，档案库没有任何改动。</translation>
    </message>
    <message>
        <source>The vault %1 is open in CounselDesk. Lock or close it there first, then restore.</source>
        <translation>档案库 %1 正在 CounselDesk 中打开。请先在那里锁定或关闭它，再进行恢复。</translation>
    </message>
    <message>
        <source>The restored vault did not open (%1). The vault you had is back in place, unchanged.</source>
        <translation>恢复后的档案库无法打开（%1）。原来的档案库已放回原处，没有任何改动。</translation>
    </message>
    <message>
        <source>The backup was written, but reading it back from the drive failed (%1). It was removed; try another drive.</source>
        <translation>备份已写入，但从磁盘读回校验时失败（%1）。该备份已删除，请换一个磁盘再试。</translation>
    </message>
    <message>
        <source>%1 holds other files than a vault&apos;s, so CounselDesk will not replace it. Choose the vault&apos;s own folder, or a new empty one.</source>
        <translation>%1 中有档案库以外的文件，CounselDesk 不会替换它。请选择档案库自己的文件夹，或一个新的空文件夹。</translation>
    </message>
    <message>
        <source>The restored vault could not be put in place of %1 (%2), so nothing was changed. Close any program using the folder, then try again.</source>
        <translation>无法用恢复的档案库替换 %1（%2），因此没有做任何改动。请关闭正在使用该文件夹的程序后再试。</translation>
    </message>
    <message>
        <source>The restored vault did not open (%1), and the vault you had could not be put back: it is in %2. Do not delete that folder; ask for help.</source>
        <translation>恢复的档案库无法打开（%1），原有的档案库也未能放回原处：它在 %2。请不要删除该文件夹，并寻求技术帮助。</translation>
    </message>
    <message>
        <source>The vault on this computer is in working order: to replace it, use a passphrase or the recovery code that opens it now. A backup&apos;s older passphrase is not enough.</source>
        <translation>这台电脑上的档案库运行正常：要替换它，请使用现在能打开它的口令或恢复码。备份中仍有效的旧口令不够。</translation>
    </message>
    <message>
        <source>Only a room lead, or the recovery code, can replace the vault with a backup.</source>
        <translation>只有辅导室负责人或恢复码才能用备份替换档案库。</translation>
    </message>
    <message>
        <source>%1 is a link to another folder, so CounselDesk will not replace it. Restore into the folder itself: %2.</source>
        <translation>%1 是指向另一个文件夹的链接，CounselDesk 不会替换它。请恢复到该文件夹本身：%2。</translation>
    </message>
</context>
<context>
    <name>CaseOutcome</name>
    <message>
        <source>Goals met or improved</source>
        <translation>目标达成或有改善</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>已转介他处</translation>
    </message>
    <message>
        <source>Student left the school</source>
        <translation>学生已离校</translation>
    </message>
    <message>
        <source>Declined further counseling</source>
        <translation>不再接受辅导</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Learning and exam stress</source>
        <translation>学习与考试压力</translation>
    </message>
    <message>
        <source>Peer relationships</source>
        <translation>同伴关系</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Self-harm or suicide risk</source>
        <translation>自伤或自杀风险</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>校园欺凌</translation>
    </message>
    <message>
        <source>Adolescence</source>
        <translation>青春期</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个体辅导</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>团体辅导</translation>
    </message>
    <message>
        <source>With guardian</source>
        <translation>与监护人面谈</translation>
    </message>
    <message>
        <source>With teacher</source>
        <translation>与教师面谈</translation>
    </message>
    <message>
        <source>Choose what the case is about.</source>
        <translation>请选择个案的类别。</translation>
    </message>
    <message>
        <source>The student&apos;s age is not known: record the guardian&apos;s consent (who and when) before opening a case.</source>
        <translation>该学生的年龄未知：建立个案前请记录监护人知情同意（由谁、何时同意）。</translation>
    </message>
    <message>
        <source>The student is under 14: record the guardian&apos;s consent (who and when) before opening a case.</source>
        <translation>该学生未满 14 岁：建立个案前请记录监护人知情同意（由谁、何时同意）。</translation>
    </message>
    <message>
        <source>Write the outcome before closing the case.</source>
        <translation>结案前请填写结案情况。</translation>
    </message>
    <message>
        <source>That case is no longer in the vault.</source>
        <translation>该个案已不在档案库中。</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>请填写辅导日期。</translation>
    </message>
    <message>
        <source>Private notes need your own key: unlock with your passphrase, not the recovery code.</source>
        <translation>私人笔记需要您自己的密钥：请用您的口令解锁，而不是恢复码。</translation>
    </message>
    <message>
        <source>There is no private note of yours on this session.</source>
        <translation>这次辅导没有您的私人笔记。</translation>
    </message>
    <message>
        <source>That session is no longer in the vault.</source>
        <translation>该辅导记录已不在档案库中。</translation>
    </message>
    <message>
        <source>Shared note:</source>
        <extracomment>heading of a private note that its author shared into the session record</extracomment>
        <translation>公开的笔记：</translation>
    </message>
    <message numerus="yes">
        <source>A category name can have at most %n characters.</source>
        <translation>
            <numerusform>类别名称最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a category called “%1”.</source>
        <translation>已有名为“%1”的类别。</translation>
    </message>
    <message>
        <source>Enter a name for the category.</source>
        <translation>请输入类别名称。</translation>
    </message>
    <message>
        <source>That category is no longer in the vault.</source>
        <translation>该类别已不在档案库中。</translation>
    </message>
    <message>
        <source>At least one category must stay visible, or no case could be opened.</source>
        <translation>至少要保留一个可见的类别，否则将无法建立个案。</translation>
    </message>
    <message>
        <source>Enter who gave consent and when.</source>
        <translation>请填写同意人及同意日期。</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>同意日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <source>Cases and &amp;sessions</source>
        <translation>个案与辅导(&amp;S)</translation>
    </message>
    <message>
        <source>Concern &amp;categories…</source>
        <translation>个案类别(&amp;C)…</translation>
    </message>
    <message>
        <source>Add, rename, reorder or hide what a case can be about</source>
        <translation>添加、重命名、排序或隐藏个案类别</translation>
    </message>
    <message>
        <source>Appointment with %1</source>
        <extracomment>home page: an appointment with a student</extracomment>
        <translation>与%1的约谈</translation>
    </message>
    <message>
        <source>Appointments this week</source>
        <translation>本周约谈</translation>
    </message>
    <message>
        <source>%1: record the guardian&apos;s consent</source>
        <extracomment>home page: a case opened as an emergency needs the guardian&apos;s consent recorded</extracomment>
        <translation>%1：补录监护人同意</translation>
    </message>
    <message>
        <source>Consent to record</source>
        <translation>待补录的监护人同意</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Lists the vault&apos;s users and their roles.</source>
        <translation>列出档案库的用户及其角色。</translation>
    </message>
    <message>
        <source>The vault folder.</source>
        <translation>档案库文件夹。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Adds a user (room lead only). Reads the lead&apos;s passphrase, then the new user&apos;s.</source>
        <translation>添加用户（仅限辅导室负责人）。先读取负责人的口令，再读取新用户的口令。</translation>
    </message>
    <message>
        <source>lead or counselor (default counselor).</source>
        <translation>lead（辅导室负责人）或 counselor（心理辅导教师），默认为 counselor。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation>该用户的姓名。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The new user&apos;s name.</source>
        <translation>新用户的用户名。</translation>
    </message>
    <message>
        <source>Unknown --role &quot;%1&quot;: use lead or counselor.</source>
        <translation>未知的 --role 值“%1”：请使用 lead 或 counselor。</translation>
    </message>
    <message>
        <source>New passphrase for %1:</source>
        <translation>%1 的新口令：</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>已将 %1 添加为%2。</translation>
    </message>
    <message>
        <source>The user to disable.</source>
        <translation>要停用的用户。</translation>
    </message>
    <message>
        <source>Changes the passphrase of the user NAME. Reads the current passphrase (or, with --recovery, the vault&apos;s recovery code), then the new passphrase.</source>
        <translation>修改用户 NAME 的口令。先读取当前口令（使用 --recovery 时改为读取档案库的恢复码），再读取新口令。</translation>
    </message>
    <message>
        <source>Current passphrase for %1:</source>
        <translation>%1 的当前口令：</translation>
    </message>
    <message>
        <source>No passphrase was given: run in a terminal, or use --passphrase-stdin.</source>
        <translation>未提供口令：请在终端中运行，或使用 --passphrase-stdin。</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>%1 的口令已修改。</translation>
    </message>
    <message>
        <source>Usage: counseldesk-cli users add|list|disable|passwd VAULT ... (--help on each for its options)</source>
        <translation>用法：counseldesk-cli users add|list|disable|passwd VAULT ...（在各子命令后加 --help 可查看其选项）</translation>
    </message>
    <message>
        <source>Unknown users command &quot;%1&quot;: use add, list, disable or passwd.</source>
        <translation>未知的 users 子命令“%1”：请使用 add、list、disable 或 passwd。</translation>
    </message>
    <message>
        <source>Key-derivation strength: minimal (tests only), interactive, moderate (default), or sensitive.</source>
        <translation>密钥派生强度：minimal（仅供测试）、interactive、moderate（默认）或 sensitive。</translation>
    </message>
    <message>
        <source>STRENGTH</source>
        <translation>STRENGTH</translation>
    </message>
    <message>
        <source>Unknown --kdf &quot;%1&quot;: use minimal, interactive, moderate or sensitive.</source>
        <translation>未知的 --kdf 值“%1”：请使用 minimal、interactive、moderate 或 sensitive。</translation>
    </message>
    <message>
        <source>Write the recovery code down and keep it in the school safe: it is shown only this once, and it is the only way in if every passphrase is forgotten.</source>
        <translation>请抄下恢复码，并存放在学校保险柜中：它只显示这一次；一旦所有口令都被遗忘，它就是进入档案库的唯一途径。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 other failure; 2 usage error; 3 wrong passphrase or unknown user; 4 vault damaged, tampered with or rolled back; 5 vault in use by another process.</source>
        <translation>退出码：0 成功；1 其他错误；2 用法错误；3 口令错误或用户不存在；4 档案库已损坏、被篡改或被回滚；5 档案库正被另一个进程使用。</translation>
    </message>
    <message>
        <source>The school&apos;s name.</source>
        <translation>学校名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>primary, junior, senior, primary_junior, junior_senior or all (default junior).</source>
        <translation>primary（小学）、junior（初中）、senior（高中）、primary_junior（九年一贯制学校）、junior_senior（完全中学）或 all（十二年一贯制学校），默认为 junior。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The lead&apos;s full name (default: the user name).</source>
        <translation>负责人的姓名（默认与用户名相同）。</translation>
    </message>
    <message>
        <source>The folder to create the vault in.</source>
        <translation>要在其中创建档案库的文件夹。</translation>
    </message>
    <message>
        <source>Give the school&apos;s name with --school NAME.</source>
        <translation>请用 --school NAME 指定学校名称。</translation>
    </message>
    <message>
        <source>Created the vault %1 for %2.</source>
        <translation>已为%2创建档案库 %1。</translation>
    </message>
    <message>
        <source>Unlocks the vault, checks the database pages, walks the audit chain and compares the rollback marker, then prints a status.</source>
        <translation>解锁档案库，检查数据库页面，逐行校验审计链并比对回滚标记，然后输出状态报告。</translation>
    </message>
    <message>
        <source>Run the full integrity_check instead of quick_check.</source>
        <translation>运行完整的 integrity_check，而不是 quick_check。</translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation>档案库文件夹：</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校（类型）：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>当前登录用户：</translation>
    </message>
    <message>
        <source>Active users:</source>
        <translation>已启用用户数：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>数据结构版本：</translation>
    </message>
    <message>
        <source>SQLCipher:</source>
        <translation>SQLCipher 加密组件版本：</translation>
    </message>
    <message>
        <source>Database pages:</source>
        <translation>数据页完整性：</translation>
    </message>
    <message>
        <source>Audit chain:</source>
        <translation>审计链完整性：</translation>
    </message>
    <message numerus="yes">
        <source>ok (%n rows)</source>
        <translation>
            <numerusform>正常（共 %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN at row %1: %2</source>
        <translation>在第 %1 行断开：%2</translation>
    </message>
    <message>
        <source>Rollback marker:</source>
        <translation>回滚标记核对：</translation>
    </message>
    <message>
        <source>The vault is healthy.</source>
        <translation>档案库状态良好。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认为 1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The demo room lead&apos;s user name (default demo).</source>
        <translation>演示用辅导室负责人的用户名（默认为 demo）。</translation>
    </message>
    <message>
        <source>The folder to create the demo vault in.</source>
        <translation>要在其中创建演示档案库的文件夹。</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed 的值必须是整数。</translation>
    </message>
    <message>
        <source>Demo room lead</source>
        <translation>演示负责人</translation>
    </message>
    <message>
        <source>Created the demo vault %1 (%2).</source>
        <translation>已创建演示档案库 %1（%2）。</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation>未知的子命令“%1”。</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation>两次输入不一致，请重试。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>The user who signs in.</source>
        <translation>用于登录的用户名。</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of standard input (later lines: a new passphrase where one is asked for) instead of the terminal.</source>
        <translation>从标准输入的第一行读取口令，而不是从终端读取（需要新口令时，从随后的行读取）。</translation>
    </message>
    <message>
        <source>Usage: counseldesk-cli %1</source>
        <translation>用法：counseldesk-cli %1</translation>
    </message>
    <message>
        <source>Wrong number of arguments. Usage: counseldesk-cli %1</source>
        <translation>参数个数不正确。用法：counseldesk-cli %1</translation>
    </message>
    <message>
        <source>Say who signs in with --user NAME. Usage: counseldesk-cli %1</source>
        <translation>请用 --user NAME 指定登录的用户。用法：counseldesk-cli %1</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>%1 的口令：</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>恢复码：</translation>
    </message>
    <message>
        <source>No new passphrase was given: run in a terminal, or give it on the next line of standard input with --passphrase-stdin.</source>
        <translation>未提供新口令：请在终端中运行，或使用 --passphrase-stdin 并在标准输入的下一行给出新口令。</translation>
    </message>
    <message>
        <source>The passphrase was forgotten: use the vault&apos;s recovery code instead of it.</source>
        <translation>忘记了口令：改用数据档案库的恢复码。</translation>
    </message>
    <message>
        <source>Creates a new vault in the folder VAULT for the school --school, with the user --user as its room lead.</source>
        <translation>在文件夹 VAULT 中为 --school 指定的学校新建数据档案库，并以 --user 指定的用户为辅导室负责人。</translation>
    </message>
    <message>
        <source>Unknown --school-type &quot;%1&quot;: use primary, junior, senior, primary_junior, junior_senior or all.</source>
        <translation>未知的 --school-type“%1”：请使用 primary、junior、senior、primary_junior、junior_senior 或 all。</translation>
    </message>
    <message>
        <source>The vault failed its check. Stop working in it, restore the newest backup and tell the room lead.</source>
        <translation>数据档案库未通过检查。请停止在其中工作，恢复最新的备份，并告知辅导室负责人。</translation>
    </message>
    <message>
        <source>The encryption library could not start. Reinstall CounselDesk.</source>
        <translation>加密组件无法启动。请重新安装 CounselDesk。</translation>
    </message>
    <message>
        <source>Name a verb, such as check or users.</source>
        <translation>请指定一个子命令，例如 check 或 users。</translation>
    </message>
    <message>
        <source>Only say what would happen; write nothing.</source>
        <translation>只列出将要进行的更改，不写入任何内容。</translation>
    </message>
    <message>
        <source>The roster file.</source>
        <translation>学生名单文件。</translation>
    </message>
    <message>
        <source>rejected: %1, row %2: %3</source>
        <translation>已拒绝：%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3, rejected %4</source>
        <translation>新增 %1，更新 %2，无变化 %3，已拒绝 %4</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>试运行，未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>导入完成：%1</translation>
    </message>
    <message>
        <source>How many synthetic students (default 600).</source>
        <translation>生成的虚构学生人数（默认为 600）。</translation>
    </message>
    <message>
        <source>--students takes a whole number from 0 to 200000.</source>
        <translation>--students 的值必须是 0 到 200000 之间的整数。</translation>
    </message>
    <message>
        <source>%1 students, %2 cases, %3 sessions, %4 on the watch list, %5 users, %6 audit rows</source>
        <translation>%1 名学生，%2 个个案，%3 条辅导记录，%4 名重点关注学生，%5 个用户，%6 条审计记录</translation>
    </message>
    <message>
        <source>Unlock the backup with the recovery code valid in it instead of a passphrase.</source>
        <translation>用备份中有效的恢复码（而不是口令）解锁备份。</translation>
    </message>
    <message>
        <source>Writes an encrypted backup of VAULT into the folder DEST (for example a USB stick), reads it back and verifies it, then removes this vault&apos;s older backups there beyond --keep.</source>
        <translation>将 VAULT 的加密备份写入文件夹 DEST（例如 U 盘），读回并校验，然后删除该文件夹中本档案库超出 --keep 数量的旧备份。</translation>
    </message>
    <message>
        <source>How many of this vault&apos;s backups to keep in DEST (default 2).</source>
        <translation>在 DEST 中保留本档案库的多少个备份（默认为 2）。</translation>
    </message>
    <message>
        <source>The folder to write the backup into.</source>
        <translation>要写入备份的文件夹。</translation>
    </message>
    <message>
        <source>--keep takes a whole number from 1 to 100.</source>
        <translation>--keep 的值必须是 1 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并通过校验：%1</translation>
    </message>
    <message>
        <source>It holds %1.</source>
        <translation>其中包含 %1。</translation>
    </message>
    <message>
        <source>Removed an older backup: %1</source>
        <translation>已删除一个旧备份：%1</translation>
    </message>
    <message>
        <source>Checks a backup file completely: its checksums, its key slots, every page of the database in it and its counts. The backup is unlocked with a passphrase (or the recovery code) valid in it; nothing is written.</source>
        <translation>全面检查备份文件：校验和、密钥槽、其中数据库的每一页以及各项数量。需要用备份中有效的口令（或恢复码）解锁备份；不会写入任何内容。</translation>
    </message>
    <message>
        <source>The .cdbackup file.</source>
        <translation>.cdbackup 文件。</translation>
    </message>
    <message>
        <source>The backup is complete and intact.</source>
        <translation>备份完整无损。</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>学校：%1</translation>
    </message>
    <message>
        <source>Made: %1 by %2</source>
        <translation>制作时间：%1，制作人：%2</translation>
    </message>
    <message>
        <source>Checks the backup, then puts it in place of VAULT (or creates VAULT from it). The vault it replaces is kept aside until the restored one has opened, and put back if it does not. Replacing an existing vault needs --yes.</source>
        <translation>先检查备份，再用它替换 VAULT（或用它创建 VAULT）。被替换的档案库会暂时保留在一旁，直到恢复后的档案库成功打开；如果打不开，就把原来的放回原处。替换现有的档案库需要加上 --yes。</translation>
    </message>
    <message>
        <source>Replace the existing vault (what was done since the backup is lost).</source>
        <translation>替换现有的档案库（备份之后所做的操作将会丢失）。</translation>
    </message>
    <message>
        <source>The vault folder to restore into.</source>
        <translation>要恢复到的档案库文件夹。</translation>
    </message>
    <message>
        <source>The backup was made %1 and holds %2.</source>
        <translation>该备份制作于 %1，包含 %2。</translation>
    </message>
    <message>
        <source>The vault in %1 is a different vault: all of it would be replaced.</source>
        <translation>%1 中是另一个档案库：它将被整个替换。</translation>
    </message>
    <message>
        <source>The current vault cannot be read (%1).</source>
        <translation>无法读取当前的档案库（%1）。</translation>
    </message>
    <message>
        <source>The current vault holds %1.</source>
        <translation>当前的档案库包含 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The backup is OLDER than the vault: %n recorded actions since then would be lost.</source>
        <translation>
            <numerusform>该备份比档案库旧：此后记录的 %n 项操作将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Add --yes to replace the vault with the backup.</source>
        <translation>未做任何更改。如要用备份替换档案库，请加上 --yes。</translation>
    </message>
    <message>
        <source>Restored %1 from the backup; it opened and verified.</source>
        <translation>已从备份恢复 %1；档案库已成功打开并通过校验。</translation>
    </message>
    <message>
        <source>You unlocked with the recovery code: set a new passphrase when you next sign in.</source>
        <translation>您是用恢复码解锁的：下次登录时请设置新口令。</translation>
    </message>
    <message>
        <source>%1 (version %2): %3 — %4 items, %5 bands</source>
        <extracomment>one instrument: code, version, name, items, bands</extracomment>
        <translation>%1（版本 %2）：%3 — %4 题，%5 个分数段</translation>
    </message>
    <message>
        <source>Lists the screening instruments that ship with CounselDesk.</source>
        <translation>列出 CounselDesk 自带的筛查量表。</translation>
    </message>
    <message>
        <source>Checks an instrument definition file (docs/instrument-format.md) before a school loads it, and names the line and field of every problem.</source>
        <translation>在学校加载量表定义文件（docs/instrument-format.md）之前检查它，并指出每个问题所在的行和字段。</translation>
    </message>
    <message>
        <source>The definition (.json).</source>
        <translation>量表定义文件（.json）。</translation>
    </message>
    <message>
        <source>The definition is valid: %1</source>
        <translation>定义文件有效：%1</translation>
    </message>
    <message>
        <source>Use &quot;instruments list&quot; or &quot;instruments check FILE&quot;.</source>
        <translation>请使用 &quot;instruments list&quot; 或 &quot;instruments check FILE&quot;。</translation>
    </message>
    <message>
        <source>The screening run, by its name.</source>
        <translation>筛查批次（按名称）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>header: row %1</source>
        <translation>表头：第 %1 行</translation>
    </message>
    <message>
        <source>student number: column %1</source>
        <translation>学号：%1 列</translation>
    </message>
    <message>
        <source>time taken: column %1</source>
        <translation>用时：%1 列</translation>
    </message>
    <message>
        <source>item %1: column %2</source>
        <translation>第 %1 题：%2 列</translation>
    </message>
    <message>
        <source>answers: the numbers are the values (%1)</source>
        <translation>答案：数字即分值（%1）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>answer &quot;%1&quot; = %2</source>
        <translation>答案“%1” = %2</translation>
    </message>
    <message>
        <source>rows read %1, sheets to import %2 (replacing %3), rows with problems %4</source>
        <extracomment>counts of an answer-file import: rows read, sheets that can be imported, rows left out</extracomment>
        <translation>读取行数 %1，可导入答卷 %2（其中替换 %3），有问题的行 %4</translation>
    </message>
    <message>
        <source>Imports an answer file (CSV or .xlsx, as survey tools and scanners export it) into an open screening run: prints how the columns and answer codes were read, then every row that cannot be imported with its row and column. A file with problems is refused entirely (exit code 1) unless --skip-bad-rows is given; then the other rows are imported (exit code 0). Sheets of students who already have one are replaced.</source>
        <translation>将答卷文件（CSV 或 .xlsx，即问卷工具或扫描仪导出的文件）导入一个进行中的筛查批次：先输出各列和答案代码的识别结果，再列出每一个无法导入的行及其行号和列号。文件有问题时整体拒绝导入（退出码 1），除非指定 --skip-bad-rows，此时导入其余各行（退出码 0）。已有答卷的学生，其答卷将被替换。</translation>
    </message>
    <message>
        <source>The instrument the file answers, e.g. PHQ-9.</source>
        <translation>文件所对应的量表，例如 PHQ-9。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Only read the file and say what would happen; write nothing. Exit code 0 when the file has no problem, 1 otherwise.</source>
        <translation>只读取文件并说明将会发生什么，不写入任何内容。文件没有问题时退出码为 0，否则为 1。</translation>
    </message>
    <message>
        <source>Import the good rows of a file that has problems, leaving the others out.</source>
        <translation>文件有问题时，导入没有问题的行，略过其余各行。</translation>
    </message>
    <message>
        <source>The answer file.</source>
        <translation>答卷文件。</translation>
    </message>
    <message>
        <source>Name the run with --run NAME.</source>
        <translation>请用 --run 名称 指定筛查批次。</translation>
    </message>
    <message>
        <source>Name the instrument with --instrument CODE, e.g. PHQ-9.</source>
        <translation>请用 --instrument 代码 指定量表，例如 PHQ-9。</translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; does not use %2: it uses %3.</source>
        <translation>筛查批次“%1”未使用 %2，它使用的是 %3。</translation>
    </message>
    <message>
        <source>problem: %1, %2</source>
        <translation>问题：%1，%2</translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; is closed: reopen it before importing.</source>
        <translation>筛查批次“%1”已结束：请先重新开放再导入。</translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; is not open yet: open it before importing.</source>
        <translation>筛查批次“%1”尚未开放：请先开放再导入。</translation>
    </message>
    <message>
        <source>Imported: sheets %1 (replaced %2), needing follow-up %3, invalid %4, rows left out %5</source>
        <extracomment>counts after an answer-file import</extracomment>
        <translation>已导入：答卷 %1 份（替换 %2 份），需跟进 %3 份，无效 %4 份，略过 %5 行</translation>
    </message>
    <message>
        <source>The output format: csv (the only one so far).</source>
        <translation>输出格式：csv（目前仅此一种）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: only csv is available.</source>
        <translation>未知的 --format“%1”：目前只支持 csv。</translation>
    </message>
    <message>
        <source>Lists the screening runs, newest first: one tab-separated line per run and instrument after a header line (run, status as planned, open or closed, opening and closing date, grades, instrument, version, students expected, sheets taken, sheets needing follow-up).</source>
        <translation>列出筛查批次，最新的在前：表头行之后，每个批次的每个量表一行，以制表符分隔（批次、状态 planned/open/closed、开放和结束日期、年级、量表、版本、应参加学生数、已收答卷数、需跟进答卷数）。</translation>
    </message>
    <message>
        <source>What the numbers in the file mean when it cannot tell: &quot;values&quot; (the answers&apos; values) or &quot;one-based&quot; (1 = the first answer).</source>
        <translation>文件无法判断数字含义时指定：“values”（数字即答案的分值）或“one-based”（1 = 第一个答案）。</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Unknown --codes &quot;%1&quot;: use values or one-based.</source>
        <translation>未知的 --codes“%1”：请使用 values 或 one-based。</translation>
    </message>
    <message>
        <source>%1: the answers are numbers from 1 up and the highest answer never appears, so they may be the values or 1 may stand for the first answer. Say which with --codes values or --codes one-based.</source>
        <translation>%1：答案是从 1 开始的数字，且最高的答案从未出现，因此它们可能就是分值，也可能 1 代表第一个答案。请用 --codes values 或 --codes one-based 指明。</translation>
    </message>
    <message>
        <source>Creates a vault of a synthetic demo school: every name in it is generated, the same for the same seed. The demo counselors share the lead&apos;s passphrase. The school, its staff and its runs are named in the interface language, or in --language.</source>
        <translation>创建一所虚构演示学校的档案库：其中所有姓名都是生成的，种子相同则内容相同。演示用的辅导教师与负责人共用同一个口令。学校、教师和筛查批次以界面语言命名，或使用 --language 指定的语言。</translation>
    </message>
    <message>
        <source>zh_CN or en (default: the interface language, %1).</source>
        <translation>zh_CN 或 en（默认为界面语言，即 %1）。</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>--language takes zh_CN or en.</source>
        <translation>--language 只能是 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Prints the language of the interface, zh_CN or en: the one chosen in Preferences, else the system&apos;s (what the demo verb uses by default).</source>
        <translation>输出界面语言（zh_CN 或 en）：首选项中选定的语言，未选定时为系统语言（demo 子命令默认使用它）。</translation>
    </message>
    <message>
        <source>header row: %1</source>
        <extracomment>%1 is a row number of the file</extracomment>
        <translation>表头行：第 %1 行</translation>
    </message>
    <message>
        <source>%1: column %2 &quot;%3&quot;</source>
        <extracomment>%1 a field (student number, name, …), %2 a column letter, %3 the column&apos;s header</extracomment>
        <translation>%1：第 %2 列“%3”</translation>
    </message>
    <message>
        <source>%1: not read</source>
        <translation>%1：不读取</translation>
    </message>
    <message>
        <source>Imports students from a roster (CSV in UTF-8 or GB18030/GBK, or .xlsx) with a header row such as 学号, 姓名, 性别, 出生日期, 年级, 班级. Students are matched on the student number: existing ones are updated, none is duplicated, growth records are never touched. Rejected rows are listed with their reason; the valid rows are written in one transaction. The column mapping used is printed first; --map overrides a guessed column.</source>
        <translation>从学生名单（UTF-8 或 GB18030/GBK 编码的 CSV，或 .xlsx）导入学生，名单需有表头行，例如 学号、姓名、性别、出生日期、年级、班级。按学号匹配学生：已有学生会被更新，不会重复，成长档案不会被改动。被拒绝的行会列出原因；有效的行在一个事务中写入。先输出所用的列对应关系；--map 可改正猜测的列。</translation>
    </message>
    <message>
        <source>Read FIELD (student_no, name, sex, birth_date, grade, class) from COLUMN (its header, letter or number); an empty COLUMN ignores the field. Repeatable.</source>
        <translation>从 COLUMN（列的表头、字母或序号）读取 FIELD（student_no、name、sex、birth_date、grade、class）；COLUMN 为空则不读取该字段。可重复使用。</translation>
    </message>
    <message>
        <source>Usage: counseldesk-cli screening runs|create|open|close|import|results VAULT ... (--help on each for its options)</source>
        <translation>用法：counseldesk-cli screening runs|create|open|close|import|results VAULT ...（各子命令加 --help 查看其选项）</translation>
    </message>
    <message>
        <source>Use &quot;screening runs&quot;, &quot;create&quot;, &quot;open&quot;, &quot;close&quot;, &quot;import&quot; or &quot;results&quot; (each with --help).</source>
        <translation>请使用“screening runs”、“create”、“open”、“close”、“import”或“results”（各自可加 --help）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade</source>
        <translation>“%1”不是年级</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a grade and a class, such as 初二(3)班</source>
        <translation>“%1”没有写明年级和班级，例如 初二(3)班</translation>
    </message>
    <message>
        <source>Creates a screening run as the New run dialog does: the newest definition of each instrument is pinned, the active students of the grades or classes are its list, and it opens at once when its opening date has come. Prints the run&apos;s name and status.</source>
        <translation>与“新建批次”对话框一样创建筛查批次：固定每个量表的最新定义，以所选年级或班级的在校学生为名单，开放日期已到则立即开放。输出批次名称和状态。</translation>
    </message>
    <message>
        <source>The run&apos;s name, unique in the vault.</source>
        <translation>批次名称，在档案库中唯一。</translation>
    </message>
    <message>
        <source>Instrument codes, e.g. PHQ-9,GAD-7 (repeatable).</source>
        <translation>量表代码，例如 PHQ-9,GAD-7（可重复使用）。</translation>
    </message>
    <message>
        <source>Whole grades, e.g. 7,8 or 初一,初二 (repeatable).</source>
        <translation>整个年级，例如 7,8 或 初一,初二（可重复使用）。</translation>
    </message>
    <message>
        <source>GRADES</source>
        <translation>GRADES</translation>
    </message>
    <message>
        <source>Single classes, e.g. 初二(3)班 (repeatable).</source>
        <translation>单个班级，例如 初二(3)班（可重复使用）。</translation>
    </message>
    <message>
        <source>CLASSES</source>
        <translation>CLASSES</translation>
    </message>
    <message>
        <source>The first day answers may come in (YYYY-MM-DD).</source>
        <translation>开始接收答卷的第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD).</source>
        <translation>最后一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--opens is a date such as 2026-03-02.</source>
        <translation>--opens 应为日期，例如 2026-03-02。</translation>
    </message>
    <message>
        <source>--closes is a date such as 2026-03-20.</source>
        <translation>--closes 应为日期，例如 2026-03-20。</translation>
    </message>
    <message>
        <source>Opens a run for answers (or reopens a closed one).</source>
        <translation>开放批次以接收答卷（或重新开放已关闭的批次）。</translation>
    </message>
    <message>
        <source>Closes a run: no more answers come in; its results stay.</source>
        <translation>关闭批次：不再接收答卷，已有结果保留。</translation>
    </message>
    <message>
        <source>Lists the referrals, newest first: number, status and dates (created, given to the guardian, return slip due, slip returned, closed), tab-separated after a header line. No names.</source>
        <translation>列出转介记录（最新的在前）：编号、状态和日期（创建、交给监护人、回执应交回、回执已交回、结束），先输出一行表头，各列以制表符分隔。不含姓名。</translation>
    </message>
    <message>
        <source>Writes a referral&apos;s letter as a PDF: the newest text printed for it (in its language, unless --language asks for another), else the letter composed from the referral. The PDF is kept in the vault and recorded in the audit log like a print.</source>
        <translation>将转介文书输出为 PDF：使用该转介最近一次打印的文本（沿用其语言，除非 --language 指定另一种语言）；若从未打印过，则根据转介记录生成。与打印一样，PDF 的内容保存在档案库中并记入审计日志。</translation>
    </message>
    <message>
        <source>The referral&apos;s number, e.g. ZJ-2026-007.</source>
        <translation>转介编号，例如 ZJ-2026-007。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>hospital (the letter to the hospital, default), guardian (the advice to the guardian) or slip (the return slip).</source>
        <translation>hospital（致医院的转介函，默认）、guardian（致监护人的转介建议书）或 slip（就诊回执）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>zh_CN or en (default: the stored text&apos;s, else zh_CN).</source>
        <translation>zh_CN 或 en（默认沿用已保存文本的语言，否则为 zh_CN）。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Name the referral with --referral NUMBER (see &quot;referral list&quot;).</source>
        <translation>请用 --referral 编号 指定转介（编号见 “referral list”）。</translation>
    </message>
    <message>
        <source>Name the PDF file to write with --out FILE.pdf.</source>
        <translation>请用 --out 文件.pdf 指定要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Unknown --kind &quot;%1&quot;: use hospital, guardian or slip.</source>
        <translation>未知的 --kind “%1”：请使用 hospital、guardian 或 slip。</translation>
    </message>
    <message>
        <source>Unknown --language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知的 --language “%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Usage: counseldesk-cli referral list|letter VAULT ... (--help on each for its options)</source>
        <translation>用法：counseldesk-cli referral list|letter VAULT ...（各子命令加 --help 可查看其选项）</translation>
    </message>
    <message>
        <source>Use &quot;referral list&quot; or &quot;referral letter&quot; (each with --help).</source>
        <translation>请使用 “referral list” 或 “referral letter”（均可加 --help）。</translation>
    </message>
    <message>
        <source>The vault it replaced could not be read, so it was kept as it was in %1. CounselDesk never deletes that folder; remove it yourself once you are sure it is not needed.</source>
        <translation>被替换的档案库无法读取，因此已原样保留在 %1。CounselDesk 从不删除该文件夹；确定不再需要后，请自行删除。</translation>
    </message>
    <message>
        <source>The folder held a vault database without its key-slot file. It was not deleted: it was moved, unchanged, to %1. A backup&apos;s key-slot file may still open it; keep it until you are sure it is not needed.</source>
        <translation>该文件夹中有一个没有密钥槽文件的档案库数据库。它没有被删除，而是原样移到了 %1。备份中的密钥槽文件也许还能打开它；在确定不再需要之前请保留它。</translation>
    </message>
    <message>
        <source>Disables a user (room lead only): their key slot is removed, the vault key is replaced, and they can no longer unlock the vault or any copy of it made from now on.</source>
        <translation>停用一名用户（仅限辅导室负责人）：删除其密钥槽并更换档案库密钥，此后该用户无法再解锁档案库，也无法打开此后制作的任何副本。</translation>
    </message>
    <message>
        <source>Recovery code (needed once, to renew the recovery slot):</source>
        <translation>恢复码（仅需一次，用于更新恢复槽）：</translation>
    </message>
    <message>
        <source>No recovery code was given: run in a terminal, or give it on stdin after the passphrase.</source>
        <translation>没有给出恢复码：请在终端中运行，或在标准输入中于口令之后给出。</translation>
    </message>
    <message>
        <source>Disabled %1. The vault key was replaced: no copy of their key slot opens the vault now.</source>
        <translation>已停用 %1。档案库密钥已更换：其密钥槽的任何副本都无法再打开档案库。</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>ok (%1 signed rows, %2 from before signing, %3 checkpoints of the room lead)</source>
        <translation>正常（%1 行已签名，%2 行早于签名功能，辅导室负责人检查点 %3 个）</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>数据库结构：</translation>
    </message>
    <message>
        <source>Key generation:</source>
        <translation>密钥代数：</translation>
    </message>
    <message>
        <source>Prints a run&apos;s results on standard output: participation and the number of sheets in each band, for the whole run, each grade and each class, one count per line. Counts only: no name, no student number. Counts below --min-cell, band and follow-up counts that close to their group&apos;s total, and whatever would let them be worked out from the other lines are withheld and printed as *. The export is recorded in the audit log.</source>
        <translation>在标准输出打印一次测评的结果：全体、各年级、各班的参测情况和各等级的答卷数，每行一个数字。只有数字：没有姓名，没有学号。小于 --min-cell 的数字、与所在群体总数相差同样少的等级和需跟进人数，以及能由其他行推算出它们的数字，一律隐去并显示为 *。导出会记入审计日志。</translation>
    </message>
    <message>
        <source>The smallest count printed (default 5, at least 2).</source>
        <translation>可打印的最小人数（默认 5，至少 2）。</translation>
    </message>
    <message>
        <source>--min-cell is a whole number from 2 to 1000.</source>
        <translation>--min-cell 须为 2 至 1000 之间的整数。</translation>
    </message>
    <message>
        <source>The school has no semester yet. Add one on the Lessons page first.</source>
        <translation>学校还没有学期。请先在“心理课”页面添加学期。</translation>
    </message>
    <message>
        <source>whole school</source>
        <translation>全校</translation>
    </message>
    <message>
        <source>Builds the semester&apos;s lesson plan from this week on (the current semester unless --semester names one) and saves it: planned lessons not edited by hand are replaced; hand edits, delivered, cancelled and made-up lessons are kept. Prints the plan&apos;s compliance per class and grade and every window that cannot be met, with its reason. --dry-run prints the same without saving.</source>
        <translation>从本周起生成学期的心理课排课方案并保存（默认当前学期，可用 --semester 指定）：未手动调整的已排课将被替换；手动调整、已上、已取消和已补的课保留。按班级和年级输出方案的达标情况，以及每个无法满足的周期及其原因。--dry-run 只输出，不保存。</translation>
    </message>
    <message>
        <source>The semester&apos;s name (default: the current one).</source>
        <translation>学期名称（默认：当前学期）。</translation>
    </message>
    <message>
        <source>Plan from this school week (default: this week).</source>
        <translation>从该教学周开始排课（默认：本周）。</translation>
    </message>
    <message>
        <source>Print the plan without saving it.</source>
        <translation>只输出方案，不保存。</translation>
    </message>
    <message>
        <source>--from-week takes a school week number such as 7.</source>
        <translation>--from-week 需要教学周序号，例如 7。</translation>
    </message>
    <message>
        <source>Plan for %1 from week %2 saved: %3 lessons planned, %4 replaced, %5 kept; %6 lessons missing (%7 ms).</source>
        <translation>%1 自第 %2 周起的排课方案已保存：排入 %3 节，替换 %4 节，保留 %5 节；缺 %6 节（%7 毫秒）。</translation>
    </message>
    <message>
        <source>Plan for %1 from week %2 (dry run, nothing saved): %3 lessons would be planned, %4 replaced, %5 kept; %6 lessons missing (%7 ms).</source>
        <translation>%1 自第 %2 周起的排课方案（试运行，未保存）：将排入 %3 节，替换 %4 节，保留 %5 节；缺 %6 节（%7 毫秒）。</translation>
    </message>
    <message>
        <source>Every window from week %1 on can be met.</source>
        <translation>自第 %1 周起的每个周期都能满足。</translation>
    </message>
    <message>
        <source>Prints the lesson compliance per class and grade (lessons required so far, delivered, windows behind, planned ahead, theme class meetings), classes behind first.</source>
        <translation>按班级和年级输出心理课达标情况（截至目前应上、已上、落后的周期、之后已排、主题班会），落后的班级排在前面。</translation>
    </message>
    <message>
        <source>Count as of this day (default: today).</source>
        <translation>统计截至该日（默认：今天）。</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD, e.g. 2026-11-02.</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，例如 2026-11-02。</translation>
    </message>
    <message>
        <source>Usage: counseldesk-cli lessons plan|compliance VAULT ... (--help on each for its options)</source>
        <translation>用法：counseldesk-cli lessons plan|compliance VAULT ……（各子命令加 --help 查看选项）</translation>
    </message>
    <message>
        <source>Use &quot;lessons plan&quot; or &quot;lessons compliance&quot; (each with --help).</source>
        <translation>请使用“lessons plan”或“lessons compliance”（各自可加 --help）。</translation>
    </message>
    <message>
        <source>Writes the semester&apos;s anonymised summary for the district as a package (PDF, CSVs, workbook, summary.json, manifest.json) in a folder of its own inside DIR, reads it back and verifies it, and records the export in the audit log. Room lead only; the school profile must have the district&apos;s school code.</source>
        <translation>将本学期的匿名汇总写成报送包（PDF、CSV、工作簿、summary.json、manifest.json），放在 DIR 中单独的文件夹里，读回并校验，并在审计日志中记录此次导出。仅限心理辅导室负责人；学校概况中必须填写教育局给的学校代码。</translation>
    </message>
    <message>
        <source>The folder or drive to write the package into.</source>
        <translation>写入报送包的文件夹或磁盘。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>The smallest count published, 2 to 1000 (default 5).</source>
        <translation>公布的最小计数，2 至 1000（默认 5）。</translation>
    </message>
    <message>
        <source>zh_CN or en (default zh_CN).</source>
        <translation>zh_CN 或 en（默认 zh_CN）。</translation>
    </message>
    <message>
        <source>Replace a package of the same school and semester already in DIR.</source>
        <translation>替换 DIR 中已有的同一学校、同一学期的报送包。</translation>
    </message>
    <message>
        <source>Name the folder or drive to write the package into with --out DIR.</source>
        <translation>请用 --out DIR 指定写入报送包的文件夹或磁盘。</translation>
    </message>
    <message>
        <source>--k must be a whole number from 2 to 1000 (5 or 10 are usual), not &quot;%1&quot;.</source>
        <translation>--k 必须是 2 至 1000 的整数（通常为 5 或 10），而不是“%1”。</translation>
    </message>
    <message>
        <source>To replace the package that is there, run again with --replace.</source>
        <translation>如要替换已有的报送包，请加上 --replace 重新运行。</translation>
    </message>
    <message>
        <source>Unknown district command &quot;%1&quot;. Usage: counseldesk-cli %2</source>
        <translation>未知的 district 子命令“%1”。用法：counseldesk-cli %2</translation>
    </message>
    <message>
        <source>The folder or drive to write the district package into.</source>
        <translation>写入区域报送包的文件夹或驱动器。</translation>
    </message>
    <message>
        <source>Replace a district package of the same semester already in DIR.</source>
        <translation>替换 DIR 中已有的同一学期区域报送包。</translation>
    </message>
    <message>
        <source>A school&apos;s package folder, or a folder of them.</source>
        <translation>一所学校的报送包文件夹，或存放多个报送包的文件夹。</translation>
    </message>
    <message>
        <source>Name the folder or drive to write the district package into with --out DIR.</source>
        <translation>请用 --out DIR 指定写入区域报送包的文件夹或驱动器。</translation>
    </message>
    <message>
        <source>To replace the district package that is there, run again with --replace.</source>
        <translation>如需替换已有的区域报送包，请加上 --replace 重新运行。</translation>
    </message>
    <message>
        <source>Usage: counseldesk-cli VERB [options]

Verbs:
  init VAULT --school NAME --user NAME   create a vault and print its recovery code
  check VAULT --user NAME                check the database, audit chain and rollback marker
  users add|list|disable|passwd VAULT    manage the vault&apos;s users
  import-roster VAULT FILE --user NAME   import students from a CSV or .xlsx roster
  demo VAULT [--language L]              create a vault of a synthetic demo school
  backup VAULT DEST --user NAME          write a verified backup into the folder DEST
  verify BACKUP --user NAME              check a backup file completely
  restore BACKUP VAULT --user NAME       replace VAULT by the backup (after checking it)
  instruments list | check FILE          the screening instruments; check a definition file
  screening runs VAULT --user NAME       list the screening runs and their participation
  screening create VAULT --name NAME --instrument CODE --grades 7,8 --opens DATE --closes DATE
                                         create a run (--classes for single classes)
  screening open|close VAULT --run NAME  open a run for answers, or close it
  screening import VAULT FILE --run NAME --instrument CODE --user NAME
                                         import an answer file into a run (--dry-run first)
  screening results VAULT --run NAME --user NAME
                                         a run&apos;s results as CSV (counts only)
  referral list VAULT --user NAME        list the referrals: number, status, dates (no names)
  referral letter VAULT --referral NUMBER --out FILE.pdf --user NAME
                                         a referral&apos;s letter as a PDF (--kind, --language)
  lessons plan VAULT [--semester NAME] [--dry-run] --user NAME
                                         build the semester&apos;s lesson plan; print its compliance and gaps
  lessons compliance VAULT --user NAME   lessons required, delivered and behind per class and grade
  export-district VAULT --out DIR [--semester NAME] [--k N] --user NAME
                                         the semester&apos;s anonymised summary for the district, as a
                                         verified package (--language, --replace)
  district merge PACKAGE... --out DIR    the district&apos;s tables from many schools&apos; packages, as a
                                         verified package; no vault (--k, --language, --replace)
  language                               print the interface language (zh_CN or en)

Run counseldesk-cli VERB --help for a verb&apos;s options.
</source>
        <translation>用法：counseldesk-cli VERB [选项]

子命令：
  init VAULT --school NAME --user NAME   创建档案库并输出其恢复码
  check VAULT --user NAME                检查数据库、审计链和回滚标记
  users add|list|disable|passwd VAULT    管理档案库的用户
  import-roster VAULT FILE --user NAME   从 CSV 或 .xlsx 学生名单导入学生
  demo VAULT [--language L]              创建一所虚构演示学校的档案库
  backup VAULT DEST --user NAME          将经过校验的备份写入文件夹 DEST
  verify BACKUP --user NAME              全面检查备份文件
  restore BACKUP VAULT --user NAME       先检查备份，再用它替换 VAULT
  instruments list | check FILE          列出筛查量表；检查量表定义文件
  screening runs VAULT --user NAME       列出筛查批次及其参与情况
  screening create VAULT --name NAME --instrument CODE --grades 7,8 --opens DATE --closes DATE
                                         创建筛查批次（单个班级用 --classes）
  screening open|close VAULT --run NAME  开放批次以接收答卷，或关闭批次
  screening import VAULT FILE --run NAME --instrument CODE --user NAME
                                         将答卷文件导入筛查批次（先用 --dry-run 试运行）
  screening results VAULT --run NAME --user NAME
                                         以 CSV 输出筛查批次的结果（仅计数）
  referral list VAULT --user NAME        列出转介记录：编号、状态、日期（不含姓名）
  referral letter VAULT --referral NUMBER --out FILE.pdf --user NAME
                                         将转介文书输出为 PDF（--kind、--language）
  lessons plan VAULT [--semester NAME] [--dry-run] --user NAME
                                         生成本学期的心理课排课方案；输出达标情况和缺口
  lessons compliance VAULT --user NAME   按班级和年级输出应上、已上和落后的心理课
  export-district VAULT --out DIR [--semester NAME] [--k N] --user NAME
                                         将本学期的匿名汇总写成经过校验的报送包，
                                         供上报教育局（--language、--replace）
  district merge PACKAGE... --out DIR    将多所学校的报送包汇总为区域汇总表，写成经过校验的
                                         报送包；无需档案库（--k、--language、--replace）
  language                               输出界面语言（zh_CN 或 en）

运行 counseldesk-cli VERB --help 可查看该子命令的选项。
</translation>
    </message>
    <message>
        <source>Adds up the schools&apos; district packages (folders written by export-district; a folder holding several packages adds every one) into the district&apos;s tables, checks every package&apos;s manifest first, keeps every withheld count withheld (a lower bound where the other schools published theirs), audits the result, and writes it as a verified package in a folder of its own inside DIR. No vault is needed. Every rejected package (changed, cut off or incomplete) is listed with its folder and file, and the exit code is 4.</source>
        <translation>将各学校的报送包（由 export-district 写出的文件夹；含多个报送包的文件夹会逐一加入）汇总为区域汇总表：先检查每个报送包的清单，已隐去的人数仍然隐去（其他学校已公布部分时给出下限），审核汇总结果，然后写成经过校验的报送包，放在 DIR 中单独的文件夹里。无需档案库。每个被拒绝的报送包（被改动、被截断或不完整）都会列出其文件夹和文件，退出码为 4。</translation>
    </message>
    <message>
        <source>The district&apos;s k, 2 to 1000 (default 5): the smallest count published. A package exported with a smaller k is refused.</source>
        <translation>区县汇总的 k，2 到 1000（默认 5）：公布的最小计数。以更小的 k 导出的报送包将被拒绝。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Name the folder or drive to write the district package into with --out DIR.</source>
        <translation>%1 是文件，不是文件夹。请用 --out DIR 指定写入区县报送包的文件夹或驱动器。</translation>
    </message>
    <message>
        <source>The district&apos;s tables publish no count from 1 to %1 (k = %2).</source>
        <extracomment>the district merge&apos;s k, after its success message</extracomment>
        <translation>区县汇总表不公布 1 到 %1 之间的计数（k = %2）。</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <extracomment>%1 the recovery code</extracomment>
        <translation>恢复码：%1</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Cannot write %1: %2. Check the drive and free space, then try again.</source>
        <translation>无法写入 %1：%2。请检查磁盘及其剩余空间，然后重试。</translation>
    </message>
    <message>
        <source>The drive did not confirm the write to %1. Check the drive, then try again.</source>
        <translation>磁盘未确认对 %1 的写入。请检查磁盘，然后重试。</translation>
    </message>
    <message>
        <source>The drive is full: %1 could not be written. Free some space or use another drive, then try again.</source>
        <translation>磁盘已满：无法写入 %1。请腾出空间或换一个磁盘后再试。</translation>
    </message>
    <message>
        <source>The drive or folder of %1 is no longer there (was the USB stick removed?). Put it back, then try again.</source>
        <translation>%1 所在的磁盘或文件夹已不存在（U 盘是否被拔出了？）。请重新插上后再试。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the drive is read-only or the folder is not yours. Choose another folder.</source>
        <translation>无法写入 %1：磁盘是只读的，或者您没有该文件夹的权限。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The drive reported an error while %1 was written: it may be failing. Try another drive.</source>
        <translation>写入 %1 时磁盘报告了错误：该磁盘可能出现了故障。请换一个磁盘再试。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Check the drive, then try again.</source>
        <translation>无法写入 %1：%2。请检查磁盘，然后重试。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2. Check the drive and its permissions, then try again.</source>
        <translation>无法创建文件夹 %1：%2。请检查磁盘及其权限，然后重试。</translation>
    </message>
</context>
<context>
    <name>CrisisArea</name>
    <message>
        <source>Crisis and referrals</source>
        <translation>危机与转介</translation>
    </message>
    <message>
        <source>Open crisis events and their steps, referrals and their slips, students away</source>
        <translation>未结案的危机事件及处置步骤、转介及回执、休学学生</translation>
    </message>
    <message>
        <source>Record a &amp;crisis event…</source>
        <translation>记录危机事件(&amp;C)…</translation>
    </message>
    <message>
        <source>A student at risk: record what happened, the assessment and the level</source>
        <translation>学生处于危险中：记录经过、评估和风险等级</translation>
    </message>
    <message>
        <source>Risk &amp;levels…</source>
        <translation>风险等级(&amp;L)…</translation>
    </message>
    <message>
        <source>Name the four risk levels as your school does and pick their colours</source>
        <translation>按本校习惯为四个风险等级命名并选择颜色</translation>
    </message>
    <message>
        <source>Crisis step &amp;time limits…</source>
        <translation>危机处置步骤时限(&amp;T)…</translation>
    </message>
    <message>
        <source>How long after an event each step of the crisis procedure may take</source>
        <translation>事件发生后，危机处置流程的每一步须在多长时间内完成</translation>
    </message>
    <message>
        <source>&amp;Directory of institutions…</source>
        <translation>机构通讯录(&amp;D)…</translation>
    </message>
    <message>
        <source>Hospitals, mental-health centres, police, hotlines the room works with</source>
        <translation>辅导室合作的医院、精神卫生中心、公安、热线等</translation>
    </message>
    <message>
        <source>Cr&amp;isis and referrals</source>
        <translation>危机与转介(&amp;I)</translation>
    </message>
    <message>
        <source>Letter&amp;head…</source>
        <translation>信笺抬头(&amp;H)…</translation>
    </message>
    <message>
        <source>The room&apos;s name, address, phone and logo on printed documents</source>
        <translation>打印文书上的辅导室名称、地址、电话和徽标</translation>
    </message>
</context>
<context>
    <name>CrisisDesk</name>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>home page: student · class: risk level, kind of event</extracomment>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>%1: the return slip of referral %2 is overdue</source>
        <translation>%1：转介 %2 的回执已逾期</translation>
    </message>
    <message>
        <source>%1: follow-up after referral %2</source>
        <translation>%1：转介 %2 后的跟进</translation>
    </message>
    <message>
        <source>%1: review the support plan</source>
        <translation>%1：复查支持计划</translation>
    </message>
    <message>
        <source>%1: review the safety plan</source>
        <translation>%1：复查安全计划</translation>
    </message>
    <message>
        <source>Crisis steps overdue</source>
        <translation>逾期的危机处置步骤</translation>
    </message>
    <message>
        <source>Open crisis events</source>
        <translation>未结案的危机事件</translation>
    </message>
    <message>
        <source>Referrals: slips and follow-ups</source>
        <translation>转介：回执与跟进</translation>
    </message>
    <message>
        <source>Support and safety plans to review this week</source>
        <translation>本周需复查的支持计划与安全计划</translation>
    </message>
    <message>
        <source>%1: %2 not recorded in time</source>
        <extracomment>home page: student · class: the crisis step not done in time (its due time is in the next column)</extracomment>
        <translation>%1：未按时完成“%2”</translation>
    </message>
</context>
<context>
    <name>CrisisEventView</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CrisisEvents</name>
    <message>
        <source>A teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>A classmate</source>
        <translation>同学</translation>
    </message>
    <message>
        <source>The guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>The student</source>
        <translation>学生本人</translation>
    </message>
    <message>
        <source>A screening flag</source>
        <translation>筛查预警</translation>
    </message>
    <message>
        <source>A hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>who raised a crisis</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Suicidal thoughts</source>
        <translation>自杀意念</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>自伤</translation>
    </message>
    <message>
        <source>Suicide attempt</source>
        <translation>自杀未遂</translation>
    </message>
    <message>
        <source>Risk of harming others</source>
        <translation>伤人风险</translation>
    </message>
    <message>
        <source>Acute distress</source>
        <translation>急性心理痛苦</translation>
    </message>
    <message>
        <source>Major stress or loss</source>
        <translation>重大应激或丧失</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of crisis</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Reported to the school leader</source>
        <translation>报告校领导</translation>
    </message>
    <message>
        <source>Guardian told</source>
        <translation>告知监护人</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>干预</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟踪随访</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>School leader</source>
        <translation>校领导</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Police (110)</source>
        <translation>公安（110）</translation>
    </message>
    <message>
        <source>Emergency (120)</source>
        <translation>急救（120）</translation>
    </message>
    <message>
        <source>An institution in the directory</source>
        <translation>名录中的机构</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>who was told</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>短信/消息</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>how someone was told</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>A text is longer than %1 characters. Shorten it.</source>
        <translation>有一段文字超过 %1 个字符，请缩短。</translation>
    </message>
    <message>
        <source>Only the room lead can change the crisis steps&apos; time limits.</source>
        <translation>只有辅导室负责人可以修改危机处置步骤的时限。</translation>
    </message>
    <message>
        <source>A time limit must be between 0 (none) and 60 days.</source>
        <translation>时限须在 0（不限）到 60 天之间。</translation>
    </message>
    <message>
        <source>Describe what happened: what was seen or said, by whom.</source>
        <translation>请描述发生了什么：谁看到或听到了什么。</translation>
    </message>
    <message>
        <source>Give the time the crisis was found.</source>
        <translation>请填写发现危机的时间。</translation>
    </message>
    <message>
        <source>The time of the event is in the future. Check the date and time.</source>
        <translation>事件时间晚于现在，请检查日期和时间。</translation>
    </message>
    <message>
        <source>The level differs from the one the assessment suggests. Say why you chose it.</source>
        <translation>所选等级与评估建议的等级不同，请说明理由。</translation>
    </message>
    <message>
        <source>Crisis event: %1</source>
        <extracomment>the watch-list reason written when a crisis event raises the level; %1 the kind of crisis</extracomment>
        <translation>危机事件：%1</translation>
    </message>
    <message>
        <source>The crisis event no longer exists.</source>
        <translation>该危机事件已不存在。</translation>
    </message>
    <message>
        <source>This crisis event is closed. Open a new event for a new crisis.</source>
        <translation>该危机事件已关闭。如有新的危机，请新建事件。</translation>
    </message>
    <message>
        <source>Give the date and time.</source>
        <translation>请填写日期和时间。</translation>
    </message>
    <message>
        <source>The time is before the event itself (%1). Check the date and time.</source>
        <translation>该时间早于事件本身（%1），请检查日期和时间。</translation>
    </message>
    <message>
        <source>The time is in the future. Check the date and time.</source>
        <translation>该时间晚于现在，请检查日期和时间。</translation>
    </message>
    <message>
        <source>The event was found at the event&apos;s own time; change that instead.</source>
        <translation>“发现”的时间即事件时间，请修改事件时间。</translation>
    </message>
    <message>
        <source>Say why confidentiality had to be broken (for example: to protect the student&apos;s life).</source>
        <translation>请说明为何必须突破保密（例如：为保护学生生命安全）。</translation>
    </message>
    <message>
        <source>Choose the institution from the directory.</source>
        <translation>请从名录中选择机构。</translation>
    </message>
    <message>
        <source>That institution is not in the directory.</source>
        <translation>名录中没有该机构。</translation>
    </message>
    <message>
        <source>This crisis event is already closed.</source>
        <translation>该危机事件已经关闭。</translation>
    </message>
    <message>
        <source>Say why the event can be closed (the risk has passed, the student is in care …).</source>
        <translation>请说明可以结案的理由（风险已解除、学生已接受治疗……）。</translation>
    </message>
</context>
<context>
    <name>CrisisFormat</name>
    <message>
        <source>Student #%1</source>
        <extracomment>a student no longer in the list (the id is shown)</extracomment>
        <translation>学生 #%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>name · class</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CrisisStepDialogs</name>
    <message>
        <source>Not before the event and not in the future</source>
        <extracomment>tooltip of a step&apos;s or notification&apos;s time</extracomment>
        <translation>不能早于事件发生时间，也不能晚于现在</translation>
    </message>
</context>
<context>
    <name>CriticalAlert</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a student in the critical-answer messages: %1 name, %2 student number</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <source>%1 · %2 — answered %3</source>
        <extracomment>a critical answer: %1 the instrument (&quot;PHQ-9&quot;), %2 what the item is about, %3 the answer&apos;s value</extracomment>
        <translation>%1 · %2 —— 答 %3</translation>
    </message>
    <message>
        <source>%1 · %2 — answered %3 (%4)</source>
        <extracomment>a critical answer: %1 the instrument (&quot;PHQ-9&quot;), %2 what the item is about, %3 the answer&apos;s value, %4 its label</extracomment>
        <translation>%1 · %2 —— 答 %3（%4）</translation>
    </message>
    <message>
        <source>%1 gave a critical answer:

%2

The answers are saved. See the student today: record a crisis event now, or open the growth record.</source>
        <extracomment>%1 the student (&quot;李小明 (2026001)&quot;), %2 the critical answers, one a line</extracomment>
        <translation>%1 的作答触及危机条目：

%2

答案已保存。请今天就与该学生面谈：现在记录危机事件，或打开成长档案。</translation>
    </message>
    <message>
        <source>Critical answer</source>
        <translation>危机条目作答</translation>
    </message>
    <message>
        <source>Record a crisis event…</source>
        <translation>记录危机事件…</translation>
    </message>
    <message>
        <source>Open the growth record</source>
        <translation>打开成长档案</translation>
    </message>
    <message numerus="yes">
        <source>%1
and %n more</source>
        <extracomment>after the first ten names of a list: %1 the names, one a line</extracomment>
        <translation>
            <numerusform>%1
另有 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) gave a critical answer on the imported sheets:

%1

The answers are saved. See each student today: record a crisis event now, or open the growth record.</source>
        <translation>
            <numerusform>导入的答卷中有 %n 名学生的作答触及危机条目：

%1

答案已保存。请今天就与每位学生面谈：现在记录危机事件，或打开成长档案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the flagged list</source>
        <translation>查看需关注的答卷</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Critical answers</source>
        <translation>危机条目作答</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a student to choose, with their critical answers: %1 the student, %2 the answers</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Which student?</source>
        <translation>选择哪位学生？</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The key-slot parameters are invalid.</source>
        <translation>密钥槽参数无效。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key. Close other programs and try again.</source>
        <translation>内存不足，无法派生密钥。请关闭其他程序后重试。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>%1 Experimental School No. %2 (demo)</source>
        <extracomment>%1 is an invented town name, %2 a number</extracomment>
        <translation>%1第%2实验学校（演示）</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>%1 autumn screening</source>
        <extracomment>a demo screening run&apos;s name; %1 is the year</extracomment>
        <translation>%1 年秋季心理筛查</translation>
    </message>
    <message>
        <source>%1 spring screening</source>
        <translation>%1 年春季心理筛查</translation>
    </message>
    <message>
        <source>%1 autumn screening (primary grades)</source>
        <extracomment>a demo screening run&apos;s name; %1 is the year</extracomment>
        <translation>%1 年秋季心理筛查（小学年级）</translation>
    </message>
    <message>
        <source>%1 spring screening (primary grades)</source>
        <translation>%1 年春季心理筛查（小学年级）</translation>
    </message>
    <message>
        <source>Slides and a short video</source>
        <translation>课件和短视频</translation>
    </message>
    <message>
        <source>Emotion cards, worksheet</source>
        <translation>情绪卡片、学习单</translation>
    </message>
    <message>
        <source>Role-play scenarios</source>
        <translation>角色扮演情境</translation>
    </message>
    <message>
        <source>Group game, reflection sheet</source>
        <translation>团体游戏、反思单</translation>
    </message>
    <message>
        <source>The class joined in well; the role-play ran long.</source>
        <translation>全班参与积极；角色扮演用时偏长。</translation>
    </message>
    <message>
        <source>Quiet start, livelier in the group work.</source>
        <translation>开始较安静，小组活动时活跃起来。</translation>
    </message>
    <message>
        <source>Several students asked to talk afterwards.</source>
        <translation>课后有几名学生要求个别交流。</translation>
    </message>
    <message>
        <source>Good discussion; next time leave more time for sharing.</source>
        <translation>讨论很好；下次多留分享时间。</translation>
    </message>
    <message>
        <source>Sports day</source>
        <translation>运动会</translation>
    </message>
    <message>
        <source>Class taken for a school assembly</source>
        <translation>全校集会占用</translation>
    </message>
    <message>
        <source>District training</source>
        <translation>区级培训</translation>
    </message>
    <message>
        <source>Getting along in our class</source>
        <translation>班级相处之道</translation>
    </message>
    <message>
        <source>Saying no to bullying</source>
        <translation>向欺凌说不</translation>
    </message>
    <message>
        <source>Caring for our mental health</source>
        <translation>关爱心理健康</translation>
    </message>
    <message>
        <source>Worried about the coming exams</source>
        <translation>担心即将到来的考试</translation>
    </message>
    <message>
        <source>Trouble with a friend</source>
        <translation>和朋友闹矛盾</translation>
    </message>
    <message>
        <source>Sleeping badly</source>
        <translation>睡眠不好</translation>
    </message>
    <message>
        <source>Wants to talk about home</source>
        <translation>想谈谈家里的事</translation>
    </message>
    <message>
        <source>Teacher noticed the student withdrawn in class</source>
        <translation>老师发现该生上课时退缩</translation>
    </message>
    <message>
        <source>Parent asks how to talk about phone use</source>
        <translation>家长询问如何与孩子谈手机使用</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>%1–%2 school year, first semester</source>
        <extracomment>the demo&apos;s autumn semester, &quot;2026–2027学年第一学期&quot;</extracomment>
        <translation>%1–%2学年第一学期</translation>
    </message>
    <message>
        <source>National Day holiday</source>
        <translation>国庆节假期</translation>
    </message>
    <message>
        <source>Mid-term exams</source>
        <translation>期中考试</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Final exams</source>
        <translation>期末考试</translation>
    </message>
    <message>
        <source>%1–%2 school year, second semester</source>
        <extracomment>the demo&apos;s spring semester, &quot;2026–2027学年第二学期&quot;</extracomment>
        <translation>%1–%2学年第二学期</translation>
    </message>
    <message>
        <source>Qingming holiday</source>
        <translation>清明节假期</translation>
    </message>
    <message>
        <source>Labour Day holiday</source>
        <translation>劳动节假期</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Give the institution&apos;s name.</source>
        <translation>请填写机构名称。</translation>
    </message>
    <message>
        <source>One of the institution&apos;s fields is too long.</source>
        <translation>机构的某一项内容过长。</translation>
    </message>
    <message>
        <source>The directory already has &quot;%1&quot;. Edit that entry instead.</source>
        <translation>名录中已有“%1”，请编辑该条目。</translation>
    </message>
    <message>
        <source>Hospital department</source>
        <extracomment>a hospital&apos;s psychiatric or psychological department</extracomment>
        <translation>医院科室</translation>
    </message>
    <message>
        <source>Mental-health centre</source>
        <translation>精神卫生中心</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>未成年人保护机构</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>公安</translation>
    </message>
    <message>
        <source>Civil affairs</source>
        <translation>民政</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>institution kind</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>That institution is not in the directory.</source>
        <translation>名录中没有该机构。</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>The check that withheld counts cannot be worked out failed (solver status %1). Nothing was written.</source>
        <translation>检查隐去的数字能否被推算时出错（求解器状态 %1）。没有写出任何文件。</translation>
    </message>
    <message>
        <source>The smallest count published must be at least 2.</source>
        <translation>可公布的最小人数至少为 2。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：没有写出任何文件。</translation>
    </message>
    <message>
        <source>* Withheld so that no student can be identified: counts of 1 to %1 students, counts close to their total, and counts from which a withheld one could be worked out.</source>
        <translation>* 为防止识别出学生而不予公布：涉及 1 至 %1 名学生的计数、接近合计的计数，以及可据以推算出不公布计数的数字。</translation>
    </message>
</context>
<context>
    <name>DistrictArea</name>
    <message>
        <source>School pro&amp;file…</source>
        <translation>学校概况(&amp;F)…</translation>
    </message>
    <message>
        <source>The school&apos;s type, students, counselors, room and funding for the district, checked against the standards</source>
        <translation>学段、在校生、心理教师、辅导室和经费，供教育局汇总，并对照标准核查</translation>
    </message>
    <message>
        <source>District &amp;summary…</source>
        <translation>区级学期汇总(&amp;S)…</translation>
    </message>
    <message>
        <source>The semester&apos;s anonymised summary for the district: preview it, then export it to a folder or USB drive</source>
        <translation>本学期报送教育局的匿名汇总：先预览，再导出到文件夹或 U 盘</translation>
    </message>
</context>
<context>
    <name>DistrictExport</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，没有写出任何文件。</translation>
    </message>
    <message>
        <source>The school profile has no district school code yet. Fill in Vault ▸ School profile… first (the district&apos;s code for the school), then export again.</source>
        <translation>学校概况中还没有学校代码。请先在“档案库 ▸ 学校概况…”中填写教育局给本校的学校代码，然后再导出。</translation>
    </message>
    <message>
        <source>Only the room lead can export the district summary.</source>
        <translation>只有心理辅导室负责人可以导出区级学期汇总。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知的语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose an existing folder or a drive that is plugged in.</source>
        <translation>文件夹“%1”不存在。请选择一个已有的文件夹或已插好的磁盘。</translation>
    </message>
    <message>
        <source>Reading the school profile…</source>
        <translation>正在读取学校概况…</translation>
    </message>
    <message>
        <source>Counting the semester…</source>
        <translation>正在统计本学期数据…</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Preparing the last check against the vault&apos;s names and notes…</source>
        <translation>正在准备最后检查（对照档案库中的姓名和记录文字）…</translation>
    </message>
    <message>
        <source>Writing the package and reading it back…</source>
        <translation>正在写入报送包并读回校验…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>The district summary for %1 is in
%2

Checksum (SHA-256 of manifest.json) begins %3. Counts withheld: %4. Values shown as * (these counts and the percents that depend on them): %5.</source>
        <extracomment>%1 semester, %2 the folder, %3 the checksum&apos;s start, %4 counts of students withheld, %5 values shown as * (those counts and the percents worked out from them)</extracomment>
        <translation>%1 的区级学期汇总已保存在
%2

校验码（manifest.json 的 SHA-256）开头为 %3。已隐去的计数：%4 个。显示为 * 的数值（这些计数及依据它们算出的百分比）：%5 个。</translation>
    </message>
    <message>
        <source>The drive can now be removed.</source>
        <translation>现在可以拔出磁盘了。</translation>
    </message>
</context>
<context>
    <name>DistrictMerge</name>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>已取消：没有合并任何内容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a rejected package: %1 its folder, %2 what is wrong with it (names the file)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>There is no package to merge. Choose the folders of the schools&apos; packages.</source>
        <translation>没有可合并的数据包。请选择各学校数据包所在的文件夹。</translation>
    </message>
    <message>
        <source>The packages are not all for the same semester: %1 is for %2, but %3 is for %4. Merge one semester at a time.</source>
        <translation>这些数据包不属于同一学期：%1 是 %2 的，而 %3 是 %4 的。请每次只合并一个学期。</translation>
    </message>
    <message>
        <source>The packages do not all have the same tables: %1 has layout %2 version %3, but %4 has layout %5 version %6. Ask the schools to export again with the same version of CounselDesk.</source>
        <translation>这些数据包的表格不一致：%1 使用表格布局 %2 第 %3 版，而 %4 使用表格布局 %5 第 %6 版。请各学校用同一版本的 CounselDesk 重新导出。</translation>
    </message>
    <message>
        <source>Two packages are for the same school (%1) and semester (%2): %3 and %4. Keep only one of them, then merge again.</source>
        <translation>有两个数据包属于同一学校（%1）同一学期（%2）：%3 和 %4。请只保留其中一个，然后重新合并。</translation>
    </message>
    <message>
        <source>The district tables cannot be published safely: %1 Nothing was written. Leave out the packages of the schools concerned, or ask them to export again.</source>
        <translation>区域汇总表无法安全发布：%1 没有写入任何内容。请去掉相关学校的数据包，或请这些学校重新导出。</translation>
    </message>
    <message>
        <source>the schools&apos; counts do not add up with each other, so the packages cannot be merged.</source>
        <translation>各学校的数字彼此对不上，因此无法合并这些数据包。</translation>
    </message>
    <message>
        <source>in &quot;%1&quot;, row &quot;%2&quot;, column &quot;%3&quot;, a withheld count could be worked out to within fewer than %4 from the other figures.</source>
        <extracomment>%1 a table&apos;s title, %2 its row, %3 its column, %4 the threshold k</extracomment>
        <translation>在“%1”的“%2”行“%3”列，一个已隐去的人数可由其他数字推算到小于 %4 的范围内。</translation>
    </message>
    <message>
        <source>District summary: %1 schools</source>
        <translation>区域汇总：%1 所学校</translation>
    </message>
    <message>
        <source>≥ n: at least n; some schools withheld part of this count.</source>
        <translation>≥ n：至少为 n；部分学校隐去了该人数中属于本校的部分。</translation>
    </message>
    <message>
        <source>The district summary cannot be written (%1). This is a fault in CounselDesk; please report it.</source>
        <translation>无法写入区域汇总（%1）。这是 CounselDesk 的程序错误，请报告。</translation>
    </message>
    <message>
        <source>The PDF was not made from this district summary, so nothing was written. This is a fault in CounselDesk; please report it.</source>
        <translation>该 PDF 不是由本区域汇总生成的，因此没有写入任何内容。这是 CounselDesk 的程序错误，请报告。</translation>
    </message>
    <message>
        <source>primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>junior high school</source>
        <translation>初级中学</translation>
    </message>
    <message>
        <source>senior high school</source>
        <translation>高级中学</translation>
    </message>
    <message>
        <source>nine-year school</source>
        <translation>九年一贯制学校</translation>
    </message>
    <message>
        <source>complete secondary school</source>
        <translation>完全中学</translation>
    </message>
    <message>
        <source>twelve-year school</source>
        <translation>十二年一贯制学校</translation>
    </message>
    <message>
        <source>The packages&apos; table %1 has a rate (%2) this version of CounselDesk cannot add up over schools. Update CounselDesk, then try again.</source>
        <translation>数据包中的表格 %1 含有本版本 CounselDesk 无法跨校汇总的比率（%2）。请更新 CounselDesk 后重试。</translation>
    </message>
    <message>
        <source>Room open hours are added up over the schools.</source>
        <translation>辅导室开放时长为各校之和。</translation>
    </message>
    <message>
        <source>The schools</source>
        <translation>各学校情况</translation>
    </message>
    <message>
        <source>Each school&apos;s staffing, funding and lessons compliance, to compare with the standards: facts about the schools, not about students.</source>
        <translation>各学校的师资、经费和心理健康课达标情况，便于对照标准；均为学校情况，不涉及学生。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a row of the district&apos;s table of schools: %1 the school&apos;s code, %2 its type (初级中学)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校合计</translation>
    </message>
    <message>
        <source>%1 is a district summary, not a school&apos;s package: merge the schools&apos; own packages.</source>
        <translation>%1 是区域汇总，不是学校的报送包：请合并各学校自己的报送包。</translation>
    </message>
    <message>
        <source>%1 was exported with k = %2, below the %3 asked for. A district summary cannot withhold more than the schools&apos; packages did: ask the school to export again with k = %3, or merge with k = %2.</source>
        <translation>%1 导出时 k = %2，低于要求的 %3。区县汇总隐去的不能多于各校报送包所隐去的：请该校以 k = %3 重新导出，或以 k = %2 合并。</translation>
    </message>
    <message>
        <source>it publishes a count from 1 to %1</source>
        <translation>公布了 1 至 %1 之间的计数</translation>
    </message>
    <message>
        <source>it states the same count twice</source>
        <translation>同一计数出现了两次</translation>
    </message>
    <message>
        <source>%1: the package&apos;s counts do not add up with each other, so it cannot be merged. Ask the school for a new copy of the package.</source>
        <translation>%1：报送包中的计数彼此对不上，无法合并。请该校重新提供报送包。</translation>
    </message>
    <message>
        <source>a withheld count can be worked out to within fewer than %1 from the package&apos;s other figures</source>
        <translation>一个隐去的计数可由报送包中的其他数字推算到小于 %1 的范围内</translation>
    </message>
    <message>
        <source>%1 is not safe to add to the district&apos;s tables: in &quot;%2&quot;, row &quot;%3&quot;, column &quot;%4&quot;, %5. Nothing was merged. Leave this package out, and ask the school to export again with CounselDesk.</source>
        <extracomment>%1 a package&apos;s folder, %2 a table&apos;s title, %3 its row, %4 its column, %5 what is wrong</extracomment>
        <translation>%1 不能安全地计入区县汇总表：在“%2”的“%3”行、“%4”列，%5。未进行任何合并。请去掉这个报送包，并请该校用 CounselDesk 重新导出。</translation>
    </message>
    <message>
        <source>No package found in %1: choose the package folders or the folder (or drive) that holds them.</source>
        <translation>%1 中没有找到报送包：请选择报送包文件夹，或存放它们的文件夹（或驱动器）。</translation>
    </message>
    <message>
        <source>%1: skipped: it is a district summary (a merged package), not a school&apos;s package.</source>
        <extracomment>%1 a folder found while scanning a folder of packages</extracomment>
        <translation>%1：已跳过：这是区县汇总（合并后的报送包），不是学校的报送包。</translation>
    </message>
    <message>
        <source>The district&apos;s k must be a whole number from %1 to %2, not %3.</source>
        <translation>区县汇总的 k 必须是 %1 到 %2 之间的整数，而不是 %3。</translation>
    </message>
    <message>
        <source>it has layout %1 version %2, which this version of CounselDesk does not know (it knows %3 version %4)</source>
        <translation>它使用版式 %1 第 %2 版，本版 CounselDesk 不认识（认识的是 %3 第 %4 版）</translation>
    </message>
    <message>
        <source>its school code &quot;%1&quot; is not 1 to 32 letters or digits</source>
        <translation>它的学校代码“%1”不是 1 到 32 个字母或数字</translation>
    </message>
    <message>
        <source>its school type &quot;%1&quot; is not one CounselDesk writes</source>
        <translation>它的学校类型“%1”不是 CounselDesk 会写出的类型</translation>
    </message>
    <message>
        <source>it has no table &quot;%1&quot;, which its layout has</source>
        <translation>它缺少版式中的表“%1”</translation>
    </message>
    <message>
        <source>it has a table &quot;%1&quot; that its layout does not have</source>
        <translation>它含有版式中没有的表“%1”</translation>
    </message>
    <message>
        <source>its table &quot;%1&quot; is not where its layout puts it, or is there twice</source>
        <translation>它的表“%1”不在版式规定的位置，或出现了两次</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not have its layout&apos;s part, title or note</source>
        <translation>表“%1”的所属部分、标题或说明与版式不符</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not have its layout&apos;s columns and their labels</source>
        <translation>表“%1”的列或列名与版式不符</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; lacks the row &quot;%2&quot;, which an exporter writes for this school</source>
        <extracomment>%1 a table&apos;s id, %2 the row&apos;s key (&quot;grade=12&quot;)</extracomment>
        <translation>表“%1”缺少“%2”行，而导出程序会为该校写出这一行</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row &quot;%2&quot; does not have its layout&apos;s label</source>
        <translation>表“%1”的“%2”行的名称与版式不符</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has a row &quot;%2&quot; that its layout does not define</source>
        <extracomment>%1 a table&apos;s id, %2 a row&apos;s key the layout does not define (&quot;level=…&quot;)</extracomment>
        <translation>表“%1”含有版式未定义的行“%2”</translation>
    </message>
    <message>
        <source>the rows of table &quot;%1&quot; are not in their layout&apos;s order, or one is there twice</source>
        <translation>表“%1”的行不符合版式的顺序，或某一行出现了两次</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row &quot;%2&quot;, column &quot;%3&quot; %4</source>
        <extracomment>%1 a table&apos;s id, %2 a row&apos;s key, %3 a column&apos;s key, %4 what is wrong there</extracomment>
        <translation>表“%1”的“%2”行、“%3”列%4</translation>
    </message>
    <message>
        <source>carries a lower bound (at_least), which only a district&apos;s merged package has</source>
        <translation>带有下限（at_least），而只有区县合并后的报送包才有下限</translation>
    </message>
    <message>
        <source>is not marked sensitive as its layout says</source>
        <translation>没有按版式标为敏感</translation>
    </message>
    <message>
        <source>states %1, but its funding and students enrolled give %2</source>
        <translation>写的是 %1，但按经费和在校生数算出的是 %2</translation>
    </message>
    <message>
        <source>is a percent of other counts than its row&apos;s</source>
        <translation>是其他行计数的百分比，而不是本行的</translation>
    </message>
    <message>
        <source>is published, though its counts are withheld or too small</source>
        <translation>已公布，但它的计数已隐去或过小</translation>
    </message>
    <message>
        <source>is withheld, though its counts are published</source>
        <translation>已隐去，但它的计数已公布</translation>
    </message>
    <message>
        <source>states %1, but its counts give %2</source>
        <extracomment>%1 the percent stated, %2 the one its counts give</extracomment>
        <translation>写的是 %1，但按它的计数算出的是 %2</translation>
    </message>
    <message>
        <source>%1 is not a package CounselDesk writes: %2. Nothing was merged. Ask the school to export the package again with CounselDesk.</source>
        <extracomment>%1 a package&apos;s folder, %2 what is wrong with it</extracomment>
        <translation>%1 不是 CounselDesk 写出的报送包：%2。未进行任何合并。请该校用 CounselDesk 重新导出报送包。</translation>
    </message>
    <message>
        <source>it does not state that this count is the sum of its parts, as its layout implies (its list of relations was cut)</source>
        <translation>它没有写明此计数是各部分之和，而版式要求如此（它的关系列表被删减了）</translation>
    </message>
    <message>
        <source>%1: the package&apos;s counts do not add up with each other: in &quot;%2&quot;, row &quot;%3&quot;, column &quot;%4&quot;, the total is not the sum of its parts. It cannot be merged. Ask the school for a new copy of the package.</source>
        <extracomment>%1 a package&apos;s folder, %2 a table&apos;s title, %3 its row, %4 its column</extracomment>
        <translation>%1：报送包中的计数彼此对不上：在“%2”的“%3”行、“%4”列，合计不等于各部分之和。无法合并。请该校重新提供报送包。</translation>
    </message>
    <message>
        <source>is a number marked withheld or sensitive, which only counts of students are</source>
        <translation>是标为隐去或敏感的数字，而只有学生计数才会这样标注</translation>
    </message>
    <message>
        <source>it states the relation of this total to its parts twice</source>
        <translation>把这个合计与其各部分的关系声明了两次</translation>
    </message>
    <message>
        <source>it publishes a sensitive count within %1 of its total, which identifies as well as a small count</source>
        <translation>公布了与其合计相差不超过 %1 的敏感计数，这与小计数一样能识别出个人</translation>
    </message>
    <message>
        <source>it does not state whether this total&apos;s parts break one group down as its layout does</source>
        <translation>没有按版式说明这个合计的各部分是否为同一群体的细分</translation>
    </message>
</context>
<context>
    <name>DistrictMergeRun</name>
    <message>
        <source>The merge was cancelled; nothing was written.</source>
        <translation>汇总已取消，没有写入任何内容。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知的语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose an existing folder or a drive that is plugged in.</source>
        <translation>文件夹“%1”不存在。请选择已有的文件夹或已插入的驱动器。</translation>
    </message>
    <message>
        <source>Reading and checking the packages…</source>
        <translation>正在读取并检查报送包…</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) were rejected, so nothing was merged:</source>
        <translation>
            <numerusform>有 %n 个报送包被拒绝，因此没有进行汇总：</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding up the schools and checking the district tables…</source>
        <translation>正在汇总各学校并检查区域汇总表…</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Writing the district package and reading it back…</source>
        <translation>正在写入区域报送包并回读校验…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>The district summary for %1 (%2 schools) is in
%3

Checksum (SHA-256 of manifest.json) begins %4. Counts withheld: %5, of which %6 shown as a lower bound (≥n). Values shown as * or ≥n (these counts and the percents that depend on them): %7.

The drive can now be removed.</source>
        <extracomment>%1 semester, %2 how many schools, %3 the folder, %4 the checksum&apos;s start, %5 counts of students withheld, %6 of them printed as lower bounds (≥n), %7 values shown as * or ≥n (those counts and the percents of them)</extracomment>
        <translation>%1 的区域汇总（%2 所学校）已写入
%3

校验值（manifest.json 的 SHA-256）开头为 %4。已隐去的计数：%5 个，其中 %6 个以下限（≥n）显示。显示为 * 或 ≥n 的数值（这些计数及依据它们算出的百分比）：%7 个。

现在可以拔出驱动器。</translation>
    </message>
</context>
<context>
    <name>DistrictPackage</name>
    <message>
        <source>The package&apos;s workbook could not be read back for the last check. Nothing was written; try again.</source>
        <translation>无法读回数据包中的工作簿以进行最后检查。未写入任何内容，请重试。</translation>
    </message>
    <message>
        <source>a student&apos;s name</source>
        <translation>学生的姓名</translation>
    </message>
    <message>
        <source>a student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>a student&apos;s birth date</source>
        <translation>学生的出生日期</translation>
    </message>
    <message>
        <source>a guardian&apos;s phone number</source>
        <translation>监护人的电话号码</translation>
    </message>
    <message>
        <source>text from a student&apos;s notes</source>
        <translation>学生记录中的文字</translation>
    </message>
    <message>
        <source>The summary cannot be exported (%1). This is a fault in CounselDesk; please report it.</source>
        <translation>无法导出该汇总（%1）。这是 CounselDesk 的故障，请报告此问题。</translation>
    </message>
    <message>
        <source>A package for this school and semester is already in %1. Replace it, or choose another folder.</source>
        <translation>%1 中已有本校本学期的数据包。请替换它，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1 is already there and is not a package. Move or rename it, or choose another folder.</source>
        <translation>%1 已存在，但不是数据包。请移走或重命名它，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Writing the package was cancelled; nothing was left in %1.</source>
        <translation>已取消写入数据包；%1 中未留下任何内容。</translation>
    </message>
    <message>
        <source>the files on the drive differ from those written</source>
        <translation>驱动器上的文件与写入的不同</translation>
    </message>
    <message>
        <source>%1 is missing from the package. Ask the school for a new copy of the package.</source>
        <translation>数据包中缺少 %1。请向学校索取一份新的数据包。</translation>
    </message>
    <message>
        <source>%1 of the package is shorter than its manifest says (it was cut off). Ask the school for a new copy of the package.</source>
        <translation>数据包中的 %1 比清单所记的短（文件被截断）。请向学校索取一份新的数据包。</translation>
    </message>
    <message>
        <source>%1 of the package is longer than its manifest says (it was changed). Ask the school for a new copy of the package.</source>
        <translation>数据包中的 %1 比清单所记的长（文件被改动）。请向学校索取一份新的数据包。</translation>
    </message>
    <message>
        <source>%1 of the package does not match its checksum (it was changed or damaged). Ask the school for a new copy of the package.</source>
        <translation>数据包中的 %1 与其校验值不符（文件被改动或已损坏）。请向学校索取一份新的数据包。</translation>
    </message>
    <message>
        <source>%1 is in the package folder but not in its manifest (it was added). Ask the school for a new copy of the package.</source>
        <translation>%1 在数据包文件夹中，但不在清单里（是后来添加的）。请向学校索取一份新的数据包。</translation>
    </message>
    <message>
        <source>%1 of the package is too large to be part of a package. Ask the school for a new copy of the package.</source>
        <translation>数据包中的 %1 过大，不可能是数据包的一部分。请向学校索取一份新的数据包。</translation>
    </message>
    <message>
        <source>%1 of the package does not follow the package format (%2). Ask the school for a new copy of the package.</source>
        <translation>数据包中的 %1 不符合数据包格式（%2）。请向学校索取一份新的数据包。</translation>
    </message>
    <message>
        <source>%1 of the package is not valid JSON (at byte %2: %3). Ask the school for a new copy of the package.</source>
        <translation>数据包中的 %1 不是有效的 JSON（第 %2 字节：%3）。请向学校索取一份新的数据包。</translation>
    </message>
    <message>
        <source>%1 of the package cannot be read (%2). Check the drive, then try again.</source>
        <translation>无法读取数据包中的 %1（%2）。请检查驱动器，然后重试。</translation>
    </message>
    <message>
        <source>%1 of the package has format version %2, which this version of CounselDesk cannot read. Update CounselDesk, then try again.</source>
        <translation>数据包中的 %1 的格式版本为 %2，当前版本的 CounselDesk 无法读取。请更新 CounselDesk 后重试。</translation>
    </message>
    <message>
        <source>There is no package folder at %1. Choose the folder the school&apos;s package was copied to.</source>
        <translation>%1 处没有数据包文件夹。请选择学校数据包所复制到的文件夹。</translation>
    </message>
    <message>
        <source>The workbook of the package could not be made (%1). Check that the temporary folder has space, then try again.</source>
        <translation>无法生成数据包中的工作簿（%1）。请检查临时文件夹是否有剩余空间，然后重试。</translation>
    </message>
    <message>
        <source>The PDF was not made from this summary, so the package was not written. This is a fault in CounselDesk; please report it.</source>
        <translation>该 PDF 不是由这份汇总生成的，因此未写出数据包。这是 CounselDesk 的程序错误，请报告。</translation>
    </message>
    <message>
        <source>The export was stopped: %1 held in the vault was found in %2 of the package for %3. Nothing was written. This should never happen; please report it to whoever looks after CounselDesk at your school.</source>
        <translation>导出已停止：在报送包 %3 的 %2 中发现了档案库中保存的%1。未写入任何内容。这种情况本不应发生，请告知学校负责维护 CounselDesk 的人员。</translation>
    </message>
    <message>
        <source>%1

The package that was there before is kept in %2: rename it back, or delete it and export again.</source>
        <translation>%1

原有的报送包保存在 %2：请将其改回原名，或删除后重新导出。</translation>
    </message>
    <message>
        <source>A folder left by an earlier export, %1, could not be removed: delete it yourself (it is not the package).</source>
        <translation>无法删除之前导出遗留的文件夹 %1：请自行删除（它不是报送包）。</translation>
    </message>
    <message>
        <source>The export was stopped: %1 held in the vault was found in the package folder&apos;s name (made of the school code and the semester&apos;s name). Nothing was written in %2. Change the school code or the semester&apos;s name, then export again.</source>
        <translation>导出已停止：在报送包文件夹的名称（由学校代码和学期名称组成）中发现了档案库中保存的%1。未在 %2 中写入任何内容。请修改学校代码或学期名称后重新导出。</translation>
    </message>
    <message>
        <source>The package was written, but reading it back from the drive failed (%1). What was written was removed; try another drive.</source>
        <translation>报送包已写出，但从磁盘读回校验失败（%1）。已写出的内容已删除；请换一个磁盘。</translation>
    </message>
    <message>
        <source>The package was written, but reading it back from the drive failed (%1). What was written could not be removed: delete the folder %2 yourself (it is not a package), then try another drive.</source>
        <translation>报送包已写出，但从磁盘读回校验失败（%1）。已写出的内容无法删除：请自行删除文件夹 %2（它不是报送包），然后换一个磁盘。</translation>
    </message>
    <message>
        <source>The package is written and was checked, but the drive did not confirm that its folder is stored (%1). Eject the drive safely before removing it, then open the package on it to check that it is there.</source>
        <translation>报送包已写出并已校验，但磁盘未确认其文件夹已保存（%1）。请先安全弹出磁盘再拔出，然后打开磁盘上的报送包，确认它在那里。</translation>
    </message>
    <message>
        <source>a referral&apos;s number</source>
        <translation>转介单编号</translation>
    </message>
    <message>
        <source>The district package of this semester is already in %1. Replace it, or choose another folder.</source>
        <translation>%1 中已有本学期的区县报送包。请替换它，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>summary.json of the package is in the language &quot;%1&quot;, but a package is written in zh_CN or en. Ask the school to export the package again with CounselDesk.</source>
        <translation>数据包中的 summary.json 使用语言“%1”，但数据包只能是 zh_CN 或 en。请学校用 CounselDesk 重新导出数据包。</translation>
    </message>
    <message>
        <source>permission denied?</source>
        <translation>没有权限？</translation>
    </message>
    <message>
        <source>summary.json of the package says its %1 is &quot;%2&quot;, but manifest.json says &quot;%3&quot;: one of them was changed. Ask the school for a new copy of the package.</source>
        <extracomment>%1 a field of the header (k, semester…), %2 summary.json&apos;s value, %3 manifest.json&apos;s</extracomment>
        <translation>数据包中的 summary.json 写的 %1 是“%2”，但 manifest.json 写的是“%3”：其中之一被改动过。请向学校索取一份新的数据包。</translation>
    </message>
    <message>
        <source>summary.json of the package gives the withheld count of table &quot;%1&quot;, row &quot;%2&quot;, column &quot;%3&quot; a lower bound of %4, below k = %5: a bound that small tells the count. Ask for a new copy of the package.</source>
        <extracomment>%1 a table&apos;s id, %2 a row&apos;s key, %3 a column&apos;s key, %4 the bound, %5 the threshold k</extracomment>
        <translation>数据包中的 summary.json 给表“%1”的“%2”行、“%3”列的隐去计数写了下限 %4，低于 k = %5：这么小的下限会透露该计数。请索取一份新的数据包。</translation>
    </message>
    <message>
        <source>The package folder %1 cannot be read (permission denied?). Ask whoever copied it to let this account read it, or copy it again.</source>
        <translation>无法读取数据包文件夹 %1（没有权限？）。请复制它的人允许本账户读取，或重新复制一份。</translation>
    </message>
</context>
<context>
    <name>DistrictSummary</name>
    <message>
        <source>Semester summary of mental-health work</source>
        <translation>心理健康工作学期汇总</translation>
    </message>
    <message>
        <source>%1 (school code %2)</source>
        <extracomment>the printed summary&apos;s school line: the school&apos;s name and the district&apos;s code for it</extracomment>
        <translation>%1（学校代码：%2）</translation>
    </message>
    <message>
        <source>Semester: %1</source>
        <translation>学期：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>the running head of the printed summary: the school and the semester</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · layout %2, version %3</source>
        <extracomment>the printed summary&apos;s footer: the program that made it, the table layout and its version</extracomment>
        <translation>%1 · 版式 %2 第 %3 版</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Staffing and funding</source>
        <translation>人员与经费</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>心理健康教育</translation>
    </message>
    <message>
        <source>Monitoring and early warning</source>
        <translation>监测预警</translation>
    </message>
    <message>
        <source>Counseling</source>
        <translation>咨询辅导</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>No chart of “%1”: all its counts are withheld.</source>
        <extracomment>in place of a bar chart of a table&apos;s column (%1) whose every count is withheld</extracomment>
        <translation>不绘制“%1”的图表：其所有计数均已隐去。</translation>
    </message>
    <message>
        <source>No chart of “%1”: its counts are withheld or 0.</source>
        <extracomment>in place of a bar chart of a table&apos;s column (%1) whose counts are withheld or 0</extracomment>
        <translation>不绘制“%1”的图表：其计数均已隐去或为 0。</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>The school&apos;s logo could not be read as a picture, so the document is printed without it. The room lead can choose the logo again under Letterhead.</source>
        <translation>无法将学校标志读取为图片，因此文书打印时不带标志。辅导室负责人可以在“信笺抬头”中重新选择标志。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists, that you may write there and that the drive has free space. Nothing was saved.</source>
        <translation>无法将 PDF 写入 %1。请检查文件夹是否存在、是否有写入权限以及磁盘是否还有空间。没有保存任何内容。</translation>
    </message>
    <message>
        <source>There is no PDF to save yet.</source>
        <translation>还没有可保存的 PDF。</translation>
    </message>
    <message>
        <source>%1 already exists and cannot be replaced. Choose another name. Nothing was saved.</source>
        <translation>%1 已存在且无法替换。请换一个文件名。没有保存任何内容。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1. Nothing was saved.</source>
        <translation>无法将 PDF 保存为 %1。没有保存任何内容。</translation>
    </message>
    <message>
        <source>The printer cannot be used. Check that it is connected and switched on, or save the document as a PDF instead.</source>
        <translation>无法使用该打印机。请检查打印机是否已连接并开机，或改为将文书另存为 PDF。</translation>
    </message>
    <message>
        <source>The printer reported an error and the document may not have printed. Check the printer and try again.</source>
        <translation>打印机报告了错误，文书可能没有打印出来。请检查打印机后重试。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The date format of printed documents (Qt&apos;s QDate format), e.g. 2026年3月5日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation>一年级</translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation>二年级</translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation>三年级</translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation>四年级</translation>
    </message>
    <message>
        <source>Grade 5</source>
        <translation>五年级</translation>
    </message>
    <message>
        <source>Grade 6</source>
        <translation>六年级</translation>
    </message>
    <message>
        <source>Grade 7</source>
        <translation>初一</translation>
    </message>
    <message>
        <source>Grade 8</source>
        <translation>初二</translation>
    </message>
    <message>
        <source>Grade 9</source>
        <translation>初三</translation>
    </message>
    <message>
        <source>Grade 10</source>
        <translation>高一</translation>
    </message>
    <message>
        <source>Grade 11</source>
        <translation>高二</translation>
    </message>
    <message>
        <source>Grade 12</source>
        <translation>高三</translation>
    </message>
    <message>
        <source>within the next two weeks</source>
        <translation>在两周内</translation>
    </message>
    <message>
        <source>within the next few days</source>
        <translation>在近几天内</translation>
    </message>
    <message>
        <source>as soon as possible, today if you can</source>
        <translation>尽快（最好今天）</translation>
    </message>
    <message>
        <source>the student&apos;s name, sex, age and grade</source>
        <translation>学生的姓名、性别、年龄和年级</translation>
    </message>
    <message>
        <source>what the school observed and for how long</source>
        <translation>学校观察到的情况及持续时间</translation>
    </message>
    <message>
        <source>the school&apos;s questions for the doctor</source>
        <translation>学校希望医生协助回答的问题</translation>
    </message>
    <message>
        <source>screening results</source>
        <translation>心理测评结果</translation>
    </message>
    <message>
        <source>an excerpt from counselling records</source>
        <translation>心理辅导记录摘要</translation>
    </message>
    <message>
        <source>the guardian&apos;s contact details</source>
        <translation>监护人联系方式</translation>
    </message>
    <message>
        <source>Seen by a doctor</source>
        <translation>已就诊</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>尚未就诊</translation>
    </message>
    <message>
        <source>Declined the visit</source>
        <translation>拒绝就诊</translation>
    </message>
    <message>
        <source>Outpatient follow-up</source>
        <translation>门诊随访</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>药物治疗</translation>
    </message>
    <message>
        <source>Psychotherapy</source>
        <translation>心理治疗</translation>
    </message>
    <message>
        <source>Admitted to hospital</source>
        <translation>住院治疗</translation>
    </message>
    <message>
        <source>Nothing further needed</source>
        <translation>无需进一步处理</translation>
    </message>
    <message>
        <source>Can attend school as usual</source>
        <translation>可正常在校学习</translation>
    </message>
    <message>
        <source>Can attend school with support</source>
        <translation>可在校学习，需学校支持</translation>
    </message>
    <message>
        <source>Time off school advised</source>
        <translation>建议暂时休学</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A name with a note in brackets, e.g. 李女士（母亲）</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The separator of items written out in a sentence</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>cut along the dashed line and return the slip below to the school</source>
        <translation>请沿虚线剪下，将下方回执交回学校</translation>
    </message>
    <message>
        <source>%1 years</source>
        <extracomment>A student&apos;s age in years on a printed document</extracomment>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>School counselor</source>
        <translation>心理教师</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>就诊情况</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>就诊日期</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次复诊日期</translation>
    </message>
    <message>
        <source>Hospital and department</source>
        <translation>就诊机构及科室</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>School</source>
        <translation>在校学习</translation>
    </message>
    <message>
        <source>Support the school should give</source>
        <translation>需要学校提供的支持</translation>
    </message>
    <message>
        <source>Diagnosis (shared by the guardian)</source>
        <translation>诊断（监护人自愿告知）</translation>
    </message>
    <message>
        <source>Return slip</source>
        <translation>就诊回执</translation>
    </message>
    <message>
        <source>Referral No. %1</source>
        <translation>转介编号：%1</translation>
    </message>
    <message>
        <source>Filled in by the guardian (or the doctor) after the visit, ticking what applies, and returned to the counselling room. A note from the hospital may be attached if the guardian wishes.</source>
        <translation>就诊后请监护人（或医生）填写并在相应选项前打勾，交回学校心理辅导室；医院说明可自愿附上。</translation>
    </message>
    <message>
        <source>Filled in by:</source>
        <translation>填写人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Received at school by:</source>
        <translation>学校接收人：</translation>
    </message>
    <message>
        <source>Advice to seek a medical consultation</source>
        <translation>学生心理转介建议书</translation>
    </message>
    <message>
        <source>Dear parent or guardian,</source>
        <translation>尊敬的家长：</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>尊敬的%1：</translation>
    </message>
    <message>
        <source>At school we have noticed the following about your child %1:</source>
        <translation>我们在学校注意到，您的孩子%1近期有以下情况：</translation>
    </message>
    <message>
        <source>This has lasted %1.</source>
        <translation>以上情况已持续%1。</translation>
    </message>
    <message>
        <source>For your child&apos;s health, the school&apos;s counselling room advises you to take your child to the psychology or psychiatry department of a regular hospital &lt;b&gt;%1&lt;/b&gt;, so that a doctor can make a professional assessment. This is the school&apos;s advice: the school does not make medical judgements.</source>
        <translation>为了孩子的健康，学校心理辅导室建议您&lt;b&gt;%1&lt;/b&gt;带孩子到正规医院的心理科或精神科就诊，由专业医生进行评估。这是学校的建议，学校不作医学判断。</translation>
    </message>
    <message>
        <source>We suggest: %1.</source>
        <translation>建议就诊机构：%1。</translation>
    </message>
    <message>
        <source>After the visit, please bring the return slip back to the counselling room, so that the school can support your child in the way the doctor advises.</source>
        <translation>就诊后，请将就诊回执交回学校心理辅导室，以便学校按照医生的建议做好对孩子的支持。</translation>
    </message>
    <message>
        <source>After the visit, please bring the return slip back to the counselling room by %1, so that the school can support your child in the way the doctor advises.</source>
        <translation>就诊后，请于%1前将就诊回执交回学校心理辅导室，以便学校按照医生的建议做好对孩子的支持。</translation>
    </message>
    <message>
        <source>What you tell us is kept confidential and shared at school only as far as your child&apos;s safety requires. If you have any question, please contact us.</source>
        <translation>您告诉我们的情况将严格保密，只在保护孩子安全所必需的范围内在校内沟通。如有任何疑问，请与我们联系。</translation>
    </message>
    <message>
        <source>School counselling room (stamp):</source>
        <translation>学校心理辅导室（盖章）：</translation>
    </message>
    <message>
        <source>Guardian&apos;s acknowledgement</source>
        <translation>监护人确认</translation>
    </message>
    <message>
        <source>I have received this advice and understood it.</source>
        <translation>我已收到本建议书，并知悉上述建议。</translation>
    </message>
    <message>
        <source>I agree that the school gives the doctor the information listed in its referral letter.</source>
        <translation>我同意学校向医生提供转介函中所列的信息。</translation>
    </message>
    <message>
        <source>Guardian&apos;s signature</source>
        <translation>监护人签名</translation>
    </message>
    <message>
        <source>Relation to the student</source>
        <translation>与学生关系</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>This advice is made out in two parts: one for the school, one for the guardian.</source>
        <translation>本建议书一式两联，学校与监护人各执一联。</translation>
    </message>
    <message>
        <source>School&apos;s copy</source>
        <translation>学校留存联</translation>
    </message>
    <message>
        <source>Guardian&apos;s copy</source>
        <translation>监护人留存联</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>学生就医转介函</translation>
    </message>
    <message>
        <source>Dear doctor,</source>
        <translation>尊敬的医生：</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>致：%1</translation>
    </message>
    <message>
        <source>The student below has shown the behaviour described in this letter at school. The school&apos;s counselling room has advised the guardian to bring the student to you for a professional assessment. What follows is what the school observed; it is not a medical judgement.</source>
        <translation>下列学生近期在校表现出本函所述的情况。学校心理辅导室已建议其监护人陪同前来贵院，请专业医生进行评估。以下内容为学校在校观察到的情况，并非医学判断。</translation>
    </message>
    <message>
        <source>The student</source>
        <translation>学生基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>The guardian will give the student&apos;s details in person.</source>
        <translation>学生的基本信息由监护人当面提供。</translation>
    </message>
    <message>
        <source>&lt;b&gt;How long:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;持续时间：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The school advised a visit&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;学校已建议监护人&lt;/b&gt;%1带学生就诊。</translation>
    </message>
    <message>
        <source>What the school observed</source>
        <translation>在校观察到的情况</translation>
    </message>
    <message>
        <source>Screening results</source>
        <translation>心理测评结果</translation>
    </message>
    <message>
        <source>Screening questionnaires point to who may need attention; they are not a medical judgement.</source>
        <translation>心理测评问卷只用于发现可能需要关注的学生，其结果不是医学判断。</translation>
    </message>
    <message>
        <source>From the school&apos;s counselling records</source>
        <translation>心理辅导记录摘要</translation>
    </message>
    <message>
        <source>The guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Can the student attend school as usual at present?</source>
        <translation>该生目前能否正常在校学习？</translation>
    </message>
    <message>
        <source>What support or precautions should the school provide?</source>
        <translation>学校应提供哪些支持，需要注意哪些事项？</translation>
    </message>
    <message>
        <source>When is the next visit?</source>
        <translation>下次复诊安排在什么时候？</translation>
    </message>
    <message>
        <source>Questions for the doctor</source>
        <translation>请医生协助回答的问题</translation>
    </message>
    <message>
        <source>What this letter includes</source>
        <translation>本函所含信息</translation>
    </message>
    <message>
        <source>With the guardian&apos;s consent, this letter includes only: %1. Nothing else from the school&apos;s records is shared.</source>
        <translation>经监护人同意，本函仅包含：%1。学校记录中的其他信息均未提供。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <extracomment>A label and its value in a line of text, e.g. 电话：010-6200 1234</extracomment>
        <translation>&lt;b&gt;%1：&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>Contact at the school</source>
        <translation>学校联系人</translation>
    </message>
    <message>
        <source>Thank you for your help. We would be grateful for your advice on how the school can support the student.</source>
        <translation>感谢您的支持与协助！恳请就学校如何支持该生给予指导。</translation>
    </message>
    <message>
        <source>School counselor (signature):</source>
        <translation>心理教师（签名）：</translation>
    </message>
    <message>
        <source>School counselor: %1</source>
        <translation>学校心理老师：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;12356&lt;/b&gt; national psychological assistance hotline</source>
        <translation>&lt;b&gt;12356&lt;/b&gt; 全国心理援助热线</translation>
    </message>
    <message>
        <source>&lt;b&gt;12355&lt;/b&gt; youth service line</source>
        <translation>&lt;b&gt;12355&lt;/b&gt; 青少年服务台</translation>
    </message>
    <message>
        <source>In an emergency: &lt;b&gt;120&lt;/b&gt; (ambulance), &lt;b&gt;110&lt;/b&gt; (police)</source>
        <translation>紧急情况：&lt;b&gt;120&lt;/b&gt;（急救）、&lt;b&gt;110&lt;/b&gt;（报警）</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>我的安全计划</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>制定日期：%1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>When things feel too hard, go through these steps in order until you feel safer. Keep this page where you can find it quickly.</source>
        <translation>当你觉得难以承受时，请按顺序一步一步做下去，直到感觉安全一些。把这张纸放在随手能找到的地方。</translation>
    </message>
    <message>
        <source>My warning signs</source>
        <translation>我的预警信号</translation>
    </message>
    <message>
        <source>Thoughts, feelings, situations that tell me a crisis may be starting</source>
        <translation>提醒我危机可能正在开始的想法、感受和情境</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>我自己可以做的事</translation>
    </message>
    <message>
        <source>To take my mind off things without contacting anyone</source>
        <translation>不需要联系别人，也能让我转移注意力的事</translation>
    </message>
    <message>
        <source>People and places that help me feel better</source>
        <translation>能让我感觉好一些的人和地方</translation>
    </message>
    <message>
        <source>Where I can be with others and feel distracted</source>
        <translation>可以和别人待在一起、分散注意力的地方</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>我可以求助的人</translation>
    </message>
    <message>
        <source>Family, friends, my class teacher, a teacher I trust (names and phone numbers)</source>
        <translation>家人、朋友、班主任、我信任的老师（姓名和电话）</translation>
    </message>
    <message>
        <source>Professionals and hotlines I can call</source>
        <translation>我可以联系的专业人员和热线</translation>
    </message>
    <message>
        <source>The school counselor during school hours; the hotlines at any time</source>
        <translation>上学时间可以找学校心理老师；热线电话随时可以拨打</translation>
    </message>
    <message>
        <source>Agreed with the guardian, %1.</source>
        <translation>已与监护人%1商定。</translation>
    </message>
    <message>
        <source>Guardian (signature):</source>
        <translation>监护人（签名）：</translation>
    </message>
    <message>
        <source>Making my surroundings safe</source>
        <translation>让我的环境更安全</translation>
    </message>
    <message>
        <source>The guardian keeps medicines, knives and other dangerous things locked away, and keeps windows and balconies safe</source>
        <translation>由监护人把药品、刀具等危险物品锁好保管，并确保门窗和阳台安全</translation>
    </message>
    <message>
        <source>The one thing most important to me, worth living for</source>
        <translation>对我来说最重要、值得好好活下去的事</translation>
    </message>
    <message>
        <source>Student (signature):</source>
        <translation>学生（签名）：</translation>
    </message>
    <message>
        <source>We will look at this plan again on:</source>
        <translation>下次一起回顾本计划的日期：</translation>
    </message>
</context>
<context>
    <name>FlaggedActions</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>The watch-list reason proposed from a screening: run name, instrument, why the sheet is flagged.</extracomment>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Add to the watch list</source>
        <translation>列入重点关注</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>建立个案</translation>
    </message>
    <message>
        <source>A case for %1 is open. Write its sessions in the student&apos;s growth record.</source>
        <translation>已为 %1 建立个案。请在该学生的成长档案中填写辅导记录。</translation>
    </message>
    <message>
        <source>Schedule an interview</source>
        <translation>安排面谈</translation>
    </message>
    <message>
        <source>Reopen the follow-up</source>
        <translation>重新开始跟进</translation>
    </message>
    <message>
        <source>Reopen the follow-up of %1? It was closed as &quot;%2&quot; with the note: %3</source>
        <translation>要重新开始对 %1 的跟进吗？该跟进已以“%2”结束，备注：%3</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新开始(&amp;R)</translation>
    </message>
    <message>
        <source>Close the follow-up</source>
        <translation>结束跟进</translation>
    </message>
</context>
<context>
    <name>GroupCodes</name>
    <message>
        <source>Adjusting to a new school</source>
        <translation>新生适应</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation>人际交往</translation>
    </message>
    <message>
        <source>Learning and exam stress</source>
        <translation>学习与考试压力</translation>
    </message>
    <message>
        <source>Adolescence</source>
        <translation>青春期</translation>
    </message>
    <message>
        <source>Life education</source>
        <translation>生命教育</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Whole-school activity</source>
        <translation>全校心理活动</translation>
    </message>
    <message>
        <source>Family education</source>
        <translation>家庭教育</translation>
    </message>
    <message>
        <source>Teacher training</source>
        <translation>教师培训</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>心理韧性</translation>
    </message>
    <message>
        <source>Talk for parents</source>
        <translation>家长讲座</translation>
    </message>
    <message>
        <source>Parent school</source>
        <translation>家长学校</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>开放日</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>案例研讨</translation>
    </message>
</context>
<context>
    <name>GroupReport</name>
    <message>
        <source>Group report: %1</source>
        <translation>团体辅导报告：%1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>带领者：%1</translation>
    </message>
    <message>
        <source>Status: closed</source>
        <translation>状态：已结束</translation>
    </message>
    <message>
        <source>Status: open</source>
        <translation>状态：进行中</translation>
    </message>
    <message>
        <source>%1 members now, %2 in all; %3 sessions; attendance %4 of %5 marks.</source>
        <translation>现有成员 %1 人，累计 %2 人；活动 %3 次；出勤 %4 人次（共记录 %5 人次）。</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>出勤次数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>小组成效</translation>
    </message>
    <message>
        <source>Group report</source>
        <translation>团体辅导报告</translation>
    </message>
    <message>
        <source>&amp;Counts only</source>
        <translation>只显示人数(&amp;C)</translation>
    </message>
    <message>
        <source>With &amp;names</source>
        <translation>显示姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save the group report as PDF</source>
        <translation>将团体辅导报告保存为 PDF</translation>
    </message>
    <message>
        <source>The report shows the names of the group&apos;s members.</source>
        <translation>这份报告会显示小组成员的姓名。</translation>
    </message>
    <message>
        <source>Counts only: the description, the outcome and every note stay in the counseling room.</source>
        <translation>只显示人数：小组简介、小组成效和所有记录都留在心理辅导室。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Have left</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Members that day</source>
        <translation>当天成员</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>The report was not printed: %1 held in the vault was found in its text (the group&apos;s name or a session&apos;s topic). A report with counts only may leave the counseling room: change that text, or print the copy with names to keep in the room.</source>
        <translation>报告未生成：在报告文字（小组名称或某次活动的主题）中发现了档案库中的%1。只显示人数的报告可能被带出心理辅导室：请修改该文字，或打印留存在辅导室的显示姓名版本。</translation>
    </message>
    <message>
        <source>Print the members&apos; names? Names belong only on a copy kept in the counseling room; a report that leaves the room shows counts only, with counts from 1 to 4 withheld (1 to 9 when stricter) and whatever would let them be worked out.</source>
        <translation>是否打印成员姓名？带姓名的报告只可留存在心理辅导室；带出辅导室的报告只显示人数，1 至 4 的人数（更严格时为 1 至 9）以及可据以推算出它们的人数都不予显示。</translation>
    </message>
    <message>
        <source>Counts only, &amp;stricter</source>
        <translation>只显示人数（更严格）(&amp;S)</translation>
    </message>
</context>
<context>
    <name>GroupReportCounts</name>
    <message>
        <source>The smallest count printed must be from 2 to 1000.</source>
        <translation>可打印的最小人数须在 2 至 1000 之间。</translation>
    </message>
    <message>
        <source>The group report&apos;s counts could not be protected; nothing was printed.</source>
        <translation>无法对小组报告中的人数进行保护，未打印任何内容。</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>The group has no name: give it one, e.g. &quot;初一新生适应小组&quot;.</source>
        <translation>小组没有名称：请填写名称，例如“初一新生适应小组”。</translation>
    </message>
    <message>
        <source>The group has no leader: choose the counselor who leads it.</source>
        <translation>小组没有带领者：请选择带领小组的心理教师。</translation>
    </message>
    <message>
        <source>The session has no date and time: enter when it was held.</source>
        <translation>活动没有日期和时间：请填写活动时间。</translation>
    </message>
    <message>
        <source>A session lasts from 5 to 480 minutes, not %1: correct its length.</source>
        <translation>一次活动时长应为 5 至 480 分钟，而不是 %1：请更正时长。</translation>
    </message>
    <message>
        <source>Attendance names a student who is not a member of this group: add them as a member first.</source>
        <translation>出勤记录中有不是本小组成员的学生：请先将其加为成员。</translation>
    </message>
    <message>
        <source>Attendance names the same student twice: mark each member once.</source>
        <translation>出勤记录中同一学生出现了两次：每位成员只记一次。</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>该小组已不存在。</translation>
    </message>
    <message>
        <source>The leader &quot;%1&quot; is not a user of this vault: choose one from the list.</source>
        <translation>带领者“%1”不是本档案库的用户：请从列表中选择。</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is already closed.</source>
        <translation>小组“%1”已经结束。</translation>
    </message>
    <message>
        <source>Write the group&apos;s outcome (what changed for its members) before closing it.</source>
        <translation>结束小组前请填写小组成效（成员有哪些变化）。</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is closed: it takes no new members.</source>
        <translation>小组“%1”已结束，不能再加入新成员。</translation>
    </message>
    <message>
        <source>Enter the date the student joined the group.</source>
        <translation>请填写学生加入小组的日期。</translation>
    </message>
    <message>
        <source>That student is not on the roster.</source>
        <translation>该学生不在花名册中。</translation>
    </message>
    <message>
        <source>%1 is no longer at the school: only current students can join a group.</source>
        <translation>%1 已不在本校：只有在校学生可以加入小组。</translation>
    </message>
    <message>
        <source>%1 is already a member of this group.</source>
        <translation>%1 已经是本小组成员。</translation>
    </message>
    <message>
        <source>%1 joined on %2: the date they left cannot be earlier.</source>
        <translation>%1 于 %2 加入：退出日期不能早于加入日期。</translation>
    </message>
    <message>
        <source>That student is not a current member of this group.</source>
        <translation>该学生不是本小组的现有成员。</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is closed: it has no new sessions.</source>
        <translation>小组“%1”已结束，不能再记录新的活动。</translation>
    </message>
    <message>
        <source>That group session no longer exists.</source>
        <translation>该小组活动已不存在。</translation>
    </message>
</context>
<context>
    <name>GroupsArea</name>
    <message>
        <source>Groups and events</source>
        <translation>团辅与活动</translation>
    </message>
    <message>
        <source>Group counseling, whole-school activities, family education and teacher trainings</source>
        <translation>团体辅导、全校心理活动、家庭教育和教师培训</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>团体辅导(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>CounselDesk: the counseling room&apos;s encrypted workstation.</source>
        <translation>CounselDesk：心理辅导室的加密工作站。</translation>
    </message>
    <message>
        <source>Open the vault in FOLDER instead of the default one.</source>
        <translation>打开 FOLDER 中的档案库，而不是默认的档案库。</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>The encryption library could not start. Reinstall CounselDesk.</source>
        <translation>加密组件无法启动。请重新安装 CounselDesk。</translation>
    </message>
    <message>
        <source>Use the language LANGUAGE (zh_CN or en) this time, whatever the preference.</source>
        <translation>本次使用语言 LANGUAGE（zh_CN 或 en），不论首选项如何设置。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Open the District window (for the education bureau, no vault) with the packages in FOLDER... (packages, or folders holding packages).</source>
        <translation>打开区级报送包汇总窗口（供教育局使用，无需档案库），并添加 FOLDER... 中的报送包（报送包文件夹，或存放多个报送包的文件夹）。</translation>
    </message>
    <message>
        <source>With --district: a package, or a folder holding packages.</source>
        <translation>与 --district 一起使用：一个报送包，或存放多个报送包的文件夹。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1, line %2: a quoted field is never closed. The file may be cut off; export it again.</source>
        <translation>%1 第 %2 行：有一个带引号的字段缺少结束引号。文件可能不完整，请重新导出。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB: that is not a school roster.</source>
        <translation>%1 大于 64 MB：这不会是学校的学生名单。</translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file. Choose the CSV or .xlsx file with the roster.</source>
        <translation>%1 不是文本（CSV）文件。请选择存有学生名单的 CSV 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>%1 is not in an encoding CounselDesk can read (UTF-8 or GB18030/GBK). Open it in Excel and save it again as &quot;CSV UTF-8&quot; or as an .xlsx workbook.</source>
        <translation>%1 使用的编码 CounselDesk 无法读取（仅支持 UTF-8 或 GB18030/GBK）。请用 Excel 打开它，重新另存为“CSV UTF-8”或 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook (%2). Open it in Excel or WPS and save it again as .xlsx, or export it as CSV.</source>
        <translation>%1 不是可读取的 .xlsx 工作簿（%2）。请用 Excel 或 WPS 打开它，重新另存为 .xlsx，或导出为 CSV。</translation>
    </message>
    <message>
        <source>it is not a zip archive, or it is cut off</source>
        <translation>它不是 zip 压缩包，或者文件不完整</translation>
    </message>
    <message>
        <source>there is no workbook inside</source>
        <translation>其中没有工作簿</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the first worksheet is missing</source>
        <translation>缺少第一个工作表</translation>
    </message>
    <message>
        <source>a cell lies beyond the last column</source>
        <translation>有单元格超出了最后一列</translation>
    </message>
    <message>
        <source>row %1 refers to a missing shared string</source>
        <translation>第 %1 行引用了不存在的共享字符串</translation>
    </message>
    <message>
        <source>the worksheet&apos;s XML is damaged near line %1</source>
        <translation>工作表的 XML 在第 %1 行附近已损坏</translation>
    </message>
    <message>
        <source>%1, line %2: the file has more than %L3 cells; a roster is far smaller. Check that this is the right file.</source>
        <translation>%1，第 %2 行：文件的单元格超过 %L3 个，学生名单远没有这么大。请确认选对了文件。</translation>
    </message>
    <message>
        <source>a row lies beyond the last row</source>
        <translation>有一行超出了工作表的最后一行</translation>
    </message>
    <message>
        <source>the worksheet has more than %L1 cells</source>
        <translation>工作表的单元格超过 %L1 个</translation>
    </message>
    <message>
        <source>it has more than %L1 shared strings</source>
        <translation>其共享字符串超过 %L1 个</translation>
    </message>
    <message>
        <source>row %1 has a cell longer than %L2 characters</source>
        <translation>第 %1 行有一个单元格超过 %L2 个字符</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>%1, line %2 (%3): %4</source>
        <extracomment>%1 file, %2 line, %3 field such as bands[2], %4 what is wrong</extracomment>
        <translation>%1，第 %2 行（%3）：%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problems)</source>
        <translation>
            <numerusform>%1（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>a flag needs &quot;at_least&quot; or &quot;below&quot;</source>
        <translation>标记条件需要 &quot;at_least&quot; 或 &quot;below&quot;</translation>
    </message>
    <message>
        <source>list the item ids, or write &quot;all&quot;</source>
        <translation>请列出题目 id，或写 &quot;all&quot;</translation>
    </message>
    <message>
        <source>there is no item &quot;%1&quot;</source>
        <translation>不存在题目 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; is referenced twice</source>
        <translation>题目 &quot;%1&quot; 被引用了两次</translation>
    </message>
    <message>
        <source>the method is &quot;sum&quot; or &quot;mean&quot;</source>
        <translation>计分方法只能是 &quot;sum&quot; 或 &quot;mean&quot;</translation>
    </message>
    <message>
        <source>a band needs numbers &quot;min&quot; and &quot;max&quot;</source>
        <translation>分数段需要数值 &quot;min&quot; 和 &quot;max&quot;</translation>
    </message>
    <message>
        <source>&quot;max&quot; is below &quot;min&quot;</source>
        <translation>&quot;max&quot; 小于 &quot;min&quot;</translation>
    </message>
    <message>
        <source>the band has no label</source>
        <translation>分数段没有名称</translation>
    </message>
    <message>
        <source>a gap after the band before: no band holds %1 to %2</source>
        <translation>与上一个分数段之间有空缺：%1 至 %2 不属于任何分数段</translation>
    </message>
    <message>
        <source>overlaps the band before (it starts at %1, that one ends at %2)</source>
        <translation>与上一个分数段重叠（本段从 %1 开始，上一段到 %2 结束）</translation>
    </message>
    <message>
        <source>no band holds the lowest possible total, %1</source>
        <translation>最低可能总分 %1 不属于任何分数段</translation>
    </message>
    <message>
        <source>no band holds the highest possible total, %1</source>
        <translation>最高可能总分 %1 不属于任何分数段</translation>
    </message>
    <message>
        <source>%1, line %2: not a valid definition (%3).</source>
        <translation>%1，第 %2 行：不是有效的定义文件（%3）。</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>文件必须只包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>only format 1 is known</source>
        <translation>仅支持格式 1</translation>
    </message>
    <message>
        <source>the instrument needs a code, such as &quot;PHQ-9&quot;</source>
        <translation>量表需要代码，例如 &quot;PHQ-9&quot;</translation>
    </message>
    <message>
        <source>the definition needs a version</source>
        <translation>定义文件需要版本号</translation>
    </message>
    <message>
        <source>the instrument needs a name</source>
        <translation>量表需要名称</translation>
    </message>
    <message>
        <source>at least two answer options are needed</source>
        <translation>至少需要两个选项</translation>
    </message>
    <message>
        <source>the value %1 is used twice</source>
        <translation>分值 %1 被使用了两次</translation>
    </message>
    <message>
        <source>the instrument has no items</source>
        <translation>量表没有题目</translation>
    </message>
    <message>
        <source>the item has no id</source>
        <translation>题目没有 id</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>id &quot;%1&quot; 被使用了两次</translation>
    </message>
    <message>
        <source>a subscale needs a code of its own</source>
        <translation>分量表需要有自己的代码</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is used twice</source>
        <translation>代码 &quot;%1&quot; 被使用了两次</translation>
    </message>
    <message>
        <source>say how the total is made (&quot;items&quot;: &quot;all&quot;, &quot;method&quot;: &quot;sum&quot;)</source>
        <translation>请说明总分的计算方式（&quot;items&quot;: &quot;all&quot;, &quot;method&quot;: &quot;sum&quot;）</translation>
    </message>
    <message>
        <source>between 0 and one less than the number of items</source>
        <translation>应在 0 到题目数减 1 之间</translation>
    </message>
    <message>
        <source>the threshold must be between 1 and the number of lie items</source>
        <translation>临界值必须在 1 到测谎量表的题目数之间</translation>
    </message>
    <message>
        <source>no answer is above %1: the rule could never apply</source>
        <translation>没有高于 %1 的选项分值：这条规则永远不会生效</translation>
    </message>
    <message>
        <source>say why the item needs follow-up</source>
        <translation>请说明该题为何需要跟进</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be an instrument definition.</source>
        <translation>%1 太大，不可能是量表定义文件。</translation>
    </message>
    <message>
        <source>there is no scale &quot;%1&quot;</source>
        <translation>不存在量表或分量表 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;M&quot;, &quot;F&quot;, or leave it out for both</source>
        <translation>应为 &quot;M&quot; 或 &quot;F&quot;；男女通用时不填此项</translation>
    </message>
    <message>
        <source>the mean is a number</source>
        <translation>平均数必须是数字</translation>
    </message>
    <message>
        <source>the standard deviation is a number above 0</source>
        <translation>标准差必须是大于 0 的数字</translation>
    </message>
    <message>
        <source>a grade from 1 to 12</source>
        <translation>年级必须是 1 到 12 之间的整数</translation>
    </message>
    <message>
        <source>the same scale, grades and sex as norms[%1]</source>
        <translation>与 norms[%1] 的量表、年级和性别完全相同</translation>
    </message>
    <message>
        <source>an answer&apos;s value is a whole number from 0 to 1000</source>
        <translation>选项的分值必须是 0 到 1000 之间的整数</translation>
    </message>
    <message>
        <source>a code is letters, digits, &quot;-&quot; or &quot;_&quot;</source>
        <translation>代码只能由字母、数字、“-”或“_”组成</translation>
    </message>
    <message>
        <source>the source is a text, or texts by language</source>
        <translation>来源须为一段文字，或按语言分列的文字</translation>
    </message>
    <message>
        <source>aliases are a list of texts</source>
        <translation>别名（aliases）应是一组文本</translation>
    </message>
</context>
<context>
    <name>Io</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 (.xls) workbook. Open it in Excel or WPS and save it as .xlsx or CSV.</source>
        <translation>%1 是旧版 Excel 97–2003（.xls）工作簿。请用 Excel 或 WPS 打开它，另存为 .xlsx 或 CSV 格式。</translation>
    </message>
</context>
<context>
    <name>KioskLanguage</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>No item text (item numbers only)</source>
        <translation>无题目文字（仅有题号）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>• %1: item numbers only, no text</source>
        <translation>• %1：仅有题号，没有题目文字</translation>
    </message>
    <message>
        <source>• %1: items in %2</source>
        <translation>• %1：题目为%2</translation>
    </message>
    <message>
        <source>Start the student kiosk</source>
        <translation>启动学生自助答题</translation>
    </message>
    <message>
        <source>These questionnaires of “%1” have no item text in %2, the kiosk’s language:

%3

Students would see these items in the language listed, or only their numbers. Load the official %2 text first (Screening → Instruments… → Load a definition…), or go on if the students read that language or the paper sheet is read aloud.</source>
        <translation>“%1”中的以下量表没有%2（自助答题所用语言）的题目文字：

%3

学生看到的将是上面所列语言的题目，或只有题号。请先加载%2官方文本（筛查 → 量表… → 加载定义文件…）；如果学生能读懂该语言，或由老师朗读纸质问卷，也可以继续。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Go on anyway</source>
        <translation>仍然继续</translation>
    </message>
</context>
<context>
    <name>LessonChanges</name>
    <message>
        <source>Add a lesson</source>
        <translation>添加一节课</translation>
    </message>
    <message>
        <source>%1
Add the lesson all the same?</source>
        <extracomment>asked before adding a lesson by hand when only warnings stand in the way (%1: them, one a line)</extracomment>
        <translation>%1
仍然添加这节课吗？</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Move lesson</source>
        <translation>调动心理课</translation>
    </message>
    <message>
        <source>%1
Move the lesson all the same?</source>
        <extracomment>asked before moving a lesson when only warnings stand in the way (%1: them, one a line)</extracomment>
        <translation>%1
仍要调动这节课吗？</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>调动</translation>
    </message>
    <message>
        <source>Make up lesson</source>
        <translation>补课</translation>
    </message>
    <message>
        <source>%1
Make up the lesson at this time all the same?</source>
        <extracomment>asked before a make-up lesson when only warnings stand in the way (%1: them, one a line)</extracomment>
        <translation>%1
仍要在这个时间补课吗？</translation>
    </message>
    <message>
        <source>Make up anyway</source>
        <translation>仍然补课</translation>
    </message>
</context>
<context>
    <name>LessonTexts</name>
    <message>
        <source>%1 (%2–%3)</source>
        <extracomment>a period of the school day with its times, in a list or on a printed timetable: &quot;3 (09:40–10:20)&quot;</extracomment>
        <translation>第 %1 节（%2–%3）</translation>
    </message>
    <message>
        <source>Free: %1</source>
        <extracomment>under a lesson&apos;s time when nothing stands in the way: &quot;Free: 2026-09-07&quot;</extracomment>
        <translation>空闲：%1</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>That lesson no longer exists.</source>
        <translation>这节课已不存在。</translation>
    </message>
    <message>
        <source>%1 (week %2, %3), period %4</source>
        <extracomment>a lesson&apos;s time: date (week N, weekday), period P</extracomment>
        <translation>%1（第 %2 周，%3）第 %4 节</translation>
    </message>
    <message>
        <source>Theme class meeting</source>
        <translation>主题班会</translation>
    </message>
    <message>
        <source>Mental-health lesson</source>
        <translation>心理健康课</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已上</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Made up</source>
        <translation>已补</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已排</translation>
    </message>
    <message>
        <source>%1: %2 is not in the semester. Choose a week of the semester.</source>
        <translation>%1：%2 不在本学期内。请选择本学期的周次。</translation>
    </message>
    <message>
        <source>%1: the school day has no period %2. Choose one of its periods.</source>
        <translation>%1：作息时间中没有第 %2 节。请选择已有的节次。</translation>
    </message>
    <message>
        <source>not a school day</source>
        <translation>非上课日</translation>
    </message>
    <message>
        <source>%1: %2 is not a teaching day (%3). Choose another day.</source>
        <translation>%1：%2 不是上课日（%3）。请选择其他日期。</translation>
    </message>
    <message>
        <source>%1 already teaches %2 at %3. Choose another time.</source>
        <translation>%1 在 %3 已有%2的课。请选择其他时间。</translation>
    </message>
    <message>
        <source>%1 already has %2 at %3. Choose another time.</source>
        <translation>%1 在 %3 已有%2。请选择其他时间。</translation>
    </message>
    <message>
        <source>%1 is marked unavailable at %2.</source>
        <translation>%1 在 %2 标记为不可排课。</translation>
    </message>
    <message>
        <source>%1 would teach %2 lessons that day, more than their most (%3).</source>
        <translation>%1 当天将上 %2 节课，超过其每日上限（%3 节）。</translation>
    </message>
    <message>
        <source>Only a planned lesson can be moved; this one is %1. Reopen it first.</source>
        <translation>只有已排的课可以调动；这节课为“%1”。请先改回已排。</translation>
    </message>
    <message>
        <source>A cancelled lesson cannot be marked delivered. Reopen it, or add a make-up lesson.</source>
        <translation>已取消的课不能标记为已上。请先改回已排，或安排补课。</translation>
    </message>
    <message>
        <source>A lesson already held cannot be cancelled. Reopen it first.</source>
        <translation>已上的课不能取消。请先改回已排。</translation>
    </message>
    <message>
        <source>Only a cancelled lesson can be made up. Cancel it first.</source>
        <translation>只有已取消的课才能补课。请先取消它。</translation>
    </message>
    <message>
        <source>This lesson already has a make-up lesson (week %1). Move that one instead.</source>
        <translation>这节课已有补课（第 %1 周）。请调动那节补课。</translation>
    </message>
    <message>
        <source>A lesson already held cannot be removed. Reopen it first.</source>
        <translation>已上的课不能删除。请先改回已排。</translation>
    </message>
    <message>
        <source>%1 is not in the semester %2. Choose a day of the semester.</source>
        <translation>%1 不在学期“%2”内。请选择本学期的日期。</translation>
    </message>
    <message>
        <source>The school day has no period %1. Choose one of its periods.</source>
        <translation>作息时间中没有第 %1 节。请选择已有的节次。</translation>
    </message>
    <message>
        <source>A theme class meeting needs its topic. Type the topic.</source>
        <translation>主题班会需要主题。请填写主题。</translation>
    </message>
</context>
<context>
    <name>LessonsArea</name>
    <message>
        <source>Lessons</source>
        <translation>心理课</translation>
    </message>
    <message>
        <source>Mental-health lessons: the semester, where lessons can go, the plan, the timetable and compliance</source>
        <translation>心理健康课：学期、可排课时段、排课计划、课表与达标情况</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Only the room lead can change the letterhead.</source>
        <translation>只有辅导室负责人才能修改信笺抬头。</translation>
    </message>
    <message>
        <source>The room&apos;s name, address and phone can have at most %1 characters each.</source>
        <translation>辅导室名称、地址和电话各自最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The logo is %1 KB; it can be at most %2 KB. Save a smaller picture of it and choose that one. Nothing was changed.</source>
        <translation>该标志图片有 %1 KB，最大只能是 %2 KB。请另存一张较小的图片后再选择它。没有做任何改动。</translation>
    </message>
    <message>
        <source>The logo is not a PNG or JPEG picture. Choose a PNG or JPEG file. Nothing was changed.</source>
        <translation>该标志不是 PNG 或 JPEG 图片。请选择 PNG 或 JPEG 文件。没有做任何改动。</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The plan would need %1 variables, more than the planner&apos;s limit of %2: plan fewer classes or weeks at once.</source>
        <translation>该排课需要 %1 个变量，超过排课器的上限 %2：请一次少排一些班级或周次。</translation>
    </message>
    <message>
        <source>Planning was cancelled.</source>
        <translation>排课已取消。</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>weeks %1–%2</source>
        <translation>第%1–%2周</translation>
    </message>
    <message>
        <source>outside the semester</source>
        <translation>学期之外</translation>
    </message>
    <message>
        <source>not a school day</source>
        <translation>非上课日</translation>
    </message>
    <message>
        <source>exam period</source>
        <translation>考试期间</translation>
    </message>
    <message>
        <source>exam period (%1)</source>
        <translation>考试期间（%1）</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>假期</translation>
    </message>
    <message>
        <source>holiday (%1)</source>
        <translation>假期（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: no teacher is assigned to the class.</source>
        <translation>
            <numerusform>%1在%2少 %n 节课：该班未指定任课教师。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: no open slot is set for this class.</source>
        <translation>
            <numerusform>%1在%2少 %n 节课：该班没有设置可排课时。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: its open slots are in odd weeks only.</source>
        <translation>
            <numerusform>%1在%2少 %n 节课：该班的可排课时只在单周。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: its open slots are in even weeks only.</source>
        <translation>
            <numerusform>%1在%2少 %n 节课：该班的可排课时只在双周。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: it has too few open slots then.</source>
        <translation>
            <numerusform>%1在%2少 %n 节课：该班那时的可排课时太少。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: its open slots left in those weeks are before week %3, which is already past.</source>
        <translation>
            <numerusform>%1在%2少 %n 节课：该班这几周剩下的可排课时都在第%3周之前，已经过去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: its open slots then fall on %3.</source>
        <translation>
            <numerusform>%1在%2少 %n 节课：该班那时的可排课时都落在%3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: its teacher %3 is unavailable at its open slots then.</source>
        <translation>
            <numerusform>%1在%2少 %n 节课：任课教师%3在该班那时的可排课时都没空。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: %3&apos;s open periods then are taken by other classes or past the daily limit of %4 lessons.</source>
        <translation>
            <numerusform>%1在%2少 %n 节课：%3那时的可用节次已被其他班级占用，或超过每天最多 %4 节的上限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: %3&apos;s open periods then are all taken by other classes.</source>
        <translation>
            <numerusform>%1在%2少 %n 节课：%3那时的可用节次已全部被其他班级占用。</numerusform>
        </translation>
    </message>
    <message>
        <source>The planner ran out of its time limit of %1 s: plan fewer classes at once or give it more time.</source>
        <translation>排课超出了 %1 秒的时间上限：请一次少排一些班级，或给它更多时间。</translation>
    </message>
    <message>
        <source>The solver could not finish the plan (GLPK code %1): report this.</source>
        <translation>求解器未能完成排课（GLPK 代码 %1）：请报告此问题。</translation>
    </message>
    <message>
        <source>The semester&apos;s dates are incomplete or wrong: correct them before planning.</source>
        <translation>学期日期不完整或有误：请先改正再排课。</translation>
    </message>
    <message>
        <source>A school week has 5, 6 or 7 school days: correct the semester.</source>
        <translation>每周上课日应为 5、6 或 7 天：请修改学期设置。</translation>
    </message>
    <message>
        <source>The lesson rule must be 1 to 5 lessons every 1 to 8 weeks: correct the semester&apos;s targets.</source>
        <translation>上课要求必须是每 1 到 8 周上 1 到 5 节课：请修改学期目标。</translation>
    </message>
    <message>
        <source>The planner needs a positive time limit and model size.</source>
        <translation>排课器需要正数的时间上限和模型规模。</translation>
    </message>
    <message>
        <source>The teacher &quot;%1&quot; has a missing or repeated id.</source>
        <translation>教师“%1”的编号缺失或重复。</translation>
    </message>
    <message>
        <source>%1 teaches 1 to 16 lessons a day at most: correct the daily limit.</source>
        <translation>%1每天最多上 1 到 16 节课：请修改每日上限。</translation>
    </message>
    <message>
        <source>A time %1 is unavailable is wrong (weekday 1–7, period 0–16, first week not after the last): correct it.</source>
        <translation>%1的一个没空时间有误（星期 1–7，节次 0–16，起始周不晚于结束周）：请改正。</translation>
    </message>
    <message>
        <source>A class to plan has no grade 1–12 or no name.</source>
        <translation>要排课的某个班级没有 1–12 年级或没有班名。</translation>
    </message>
    <message>
        <source>%1 is listed twice for the planner.</source>
        <translation>%1在排课名单中出现了两次。</translation>
    </message>
    <message>
        <source>%1&apos;s teacher is not among the semester&apos;s teachers.</source>
        <translation>%1的任课教师不在本学期的教师名单中。</translation>
    </message>
    <message>
        <source>An open slot of %1 has no weekday 1–7: correct it.</source>
        <translation>%1的一个可排课时没有星期 1–7：请改正。</translation>
    </message>
    <message>
        <source>An open slot of %1 is in period %2, which the semester&apos;s school day does not have: move the slot or add the period.</source>
        <translation>%1的一个可排课时在第%2节，而本学期的作息中没有这一节：请移动该课时或添加这一节。</translation>
    </message>
    <message>
        <source>A kept lesson of %1 has an impossible time.</source>
        <translation>%1的一节保留课时间不可能。</translation>
    </message>
    <message>
        <source>A kept lesson of %1 names a teacher who is not among the semester&apos;s teachers.</source>
        <translation>%1的一节保留课的教师不在本学期的教师名单中。</translation>
    </message>
</context>
<context>
    <name>PrintedDocuments</name>
    <message>
        <source>Referral advice to the guardian</source>
        <translation>致监护人的转介建议书</translation>
    </message>
    <message>
        <source>Letter to the hospital</source>
        <translation>致医院的转介函</translation>
    </message>
    <message>
        <source>Return slip</source>
        <translation>就诊回执</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>安全计划</translation>
    </message>
    <message>
        <source>The document is empty: there is nothing to print.</source>
        <translation>文书是空的，没有可打印的内容。</translation>
    </message>
    <message>
        <source>Documents are printed in Chinese (zh_CN) or English (en).</source>
        <translation>文书只能以中文（zh_CN）或英文（en）打印。</translation>
    </message>
    <message>
        <source>That student is no longer in the vault.</source>
        <translation>档案库中已没有这名学生。</translation>
    </message>
    <message>
        <source>That safety plan is not in the vault for this student.</source>
        <translation>档案库中没有这名学生的该份安全计划。</translation>
    </message>
    <message>
        <source>That referral is not in the vault for this student.</source>
        <translation>档案库中没有这名学生的该条转介记录。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The PDF could not be written to %1. Check the folder and free space.</source>
        <translation>无法将 PDF 写入 %1。请检查文件夹和剩余空间。</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <extracomment>The title of the print preview window: the document&apos;s title</extracomment>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>CounselDesk recovery code</source>
        <translation>CounselDesk 恢复码</translation>
    </message>
    <message>
        <source>This code opens the counseling room&apos;s encrypted vault when every passphrase is forgotten. Keep this sheet locked in the school safe.</source>
        <translation>当所有口令都被遗忘时，可以用此恢复码打开心理辅导室的加密档案库。请将本页锁在学校保险柜中。</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>档案库文件夹：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>使用方法</translation>
    </message>
    <message>
        <source>On the unlock screen choose &quot;Forgot passphrase?&quot;, enter your user name and this code, then set a new passphrase.</source>
        <translation>在解锁界面点击“忘记口令？”，输入您的用户名和此恢复码，然后设置新口令。</translation>
    </message>
    <message>
        <source>The room lead can use it to reset a colleague&apos;s forgotten passphrase.</source>
        <translation>辅导室负责人也可以用它为忘记口令的同事重置口令。</translation>
    </message>
    <message>
        <source>Anyone holding this sheet and a copy of the vault can read it: never keep it beside the computer, never photograph it.</source>
        <translation>任何人只要同时拿到本页和档案库的副本，就能读取其中的内容：切勿将本页放在电脑旁，也切勿拍照。</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>A text is longer than %1 characters. Shorten it.</source>
        <translation>有一段文字超过 %1 个字符，请缩短。</translation>
    </message>
    <message>
        <source>The guardian&apos;s consent is dated in the future. Check the date.</source>
        <translation>监护人同意的日期晚于今天，请检查日期。</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Given to the guardian</source>
        <translation>已交监护人</translation>
    </message>
    <message>
        <source>Seen by the hospital</source>
        <translation>已就诊</translation>
    </message>
    <message>
        <source>Slip returned</source>
        <translation>回执已返回</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>referral status</comment>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Routine (within two weeks)</source>
        <translation>常规（两周内）</translation>
    </message>
    <message>
        <source>Soon (within a few days)</source>
        <translation>尽快（数日内）</translation>
    </message>
    <message>
        <source>Urgent (today)</source>
        <translation>紧急（当天）</translation>
    </message>
    <message>
        <source>Name, sex, age and grade</source>
        <translation>姓名、性别、年龄和年级</translation>
    </message>
    <message>
        <source>The observed reason and how long it has lasted</source>
        <translation>观察到的转介原因及持续时间</translation>
    </message>
    <message>
        <source>The questions for the doctor</source>
        <translation>请医生关注的问题</translation>
    </message>
    <message>
        <source>Screening totals</source>
        <translation>筛查总分</translation>
    </message>
    <message>
        <source>An excerpt of the counseling sessions</source>
        <translation>辅导记录摘要</translation>
    </message>
    <message>
        <source>The guardian&apos;s name and phone</source>
        <translation>监护人姓名和电话</translation>
    </message>
    <message>
        <source>Seen by a doctor</source>
        <translation>已就诊</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>尚未就诊</translation>
    </message>
    <message>
        <source>The family declined the visit</source>
        <translation>家庭拒绝就诊</translation>
    </message>
    <message>
        <source>Outpatient follow-up</source>
        <translation>门诊随访</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>药物治疗</translation>
    </message>
    <message>
        <source>Psychotherapy</source>
        <translation>心理治疗</translation>
    </message>
    <message>
        <source>Admitted to hospital</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>No further treatment</source>
        <translation>无需进一步处理</translation>
    </message>
    <message>
        <source>Can attend school as usual</source>
        <translation>可正常在校学习</translation>
    </message>
    <message>
        <source>Can attend school with support</source>
        <translation>可在支持下在校学习</translation>
    </message>
    <message>
        <source>Time off school advised</source>
        <translation>建议休学</translation>
    </message>
    <message>
        <source>The hospital has seen this referral; its letter can no longer change.</source>
        <translation>该转介已就诊，转介信不能再修改。</translation>
    </message>
    <message>
        <source>A referral given to the guardian keeps its destination and the guardian&apos;s consent.</source>
        <translation>已交给监护人的转介必须保留转介机构和监护人同意。</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>该转介已不存在。</translation>
    </message>
    <message>
        <source>There is no referral numbered %1. `referral list` shows the numbers.</source>
        <translation>没有编号为 %1 的转介。可用 `referral list` 查看编号。</translation>
    </message>
    <message>
        <source>Give the date and time.</source>
        <translation>请填写日期和时间。</translation>
    </message>
    <message>
        <source>The time is in the future. Check the date and time.</source>
        <translation>该时间晚于现在，请检查日期和时间。</translation>
    </message>
    <message>
        <source>The time is before the referral&apos;s previous step (%1).</source>
        <translation>该时间早于转介的上一步（%1）。</translation>
    </message>
    <message>
        <source>This referral has already been given to the guardian.</source>
        <translation>该转介已经交给监护人。</translation>
    </message>
    <message>
        <source>Choose where the student is referred before giving the referral.</source>
        <translation>请先选择转介机构，再将转介交给监护人。</translation>
    </message>
    <message>
        <source>Write the observed reason before giving the referral.</source>
        <translation>请先填写观察到的转介原因，再将转介交给监护人。</translation>
    </message>
    <message>
        <source>Record the guardian&apos;s consent (who and when) before giving the referral.</source>
        <translation>请先记录监护人的同意（何人、何时），再将转介交给监护人。</translation>
    </message>
    <message>
        <source>The return slip is expected back within 1 to 90 days.</source>
        <translation>回执返回期限须在 1 到 90 天之间。</translation>
    </message>
    <message>
        <source>Only a referral given to the guardian can be marked seen.</source>
        <translation>只有已交监护人的转介才能标记为已就诊。</translation>
    </message>
    <message>
        <source>Give the referral to the guardian before entering its return slip.</source>
        <translation>请先将转介交给监护人，再录入回执。</translation>
    </message>
    <message>
        <source>Give the date the slip came back.</source>
        <translation>请填写回执返回的日期。</translation>
    </message>
    <message>
        <source>The slip&apos;s date must fall between the day the referral was given and today.</source>
        <translation>回执日期须在转介交给监护人之日与今天之间。</translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <translation>请填写就诊日期。</translation>
    </message>
    <message>
        <source>The visit must fall between the day the referral was given and the slip&apos;s date.</source>
        <translation>就诊日期须在转介交给监护人之日与回执日期之间。</translation>
    </message>
    <message>
        <source>A diagnosis can only come from a visit that took place.</source>
        <translation>只有实际就诊后才可能有诊断。</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the slip came back.</source>
        <translation>随访日期不能早于回执返回日期。</translation>
    </message>
    <message>
        <source>A drafted referral that was never given needs no closing.</source>
        <translation>从未交出的转介草稿无需结案。</translation>
    </message>
    <message>
        <source>This referral is already closed.</source>
        <translation>该转介已经结案。</translation>
    </message>
    <message>
        <source>Say why the referral can be closed.</source>
        <translation>请说明转介可以结案的理由。</translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>The smallest count printed must be from 2 to 1000.</source>
        <translation>可打印的最小人数须在 2 至 1000 之间。</translation>
    </message>
</context>
<context>
    <name>RiskScale</name>
    <message>
        <source>Red: crisis</source>
        <extracomment>default name of the most severe risk level (red alert)</extracomment>
        <translation>红色：危机</translation>
    </message>
    <message>
        <source>Orange: high</source>
        <extracomment>default name of the second risk level (orange alert)</extracomment>
        <translation>橙色：高</translation>
    </message>
    <message>
        <source>Yellow: medium</source>
        <extracomment>default name of the third risk level (yellow alert)</extracomment>
        <translation>黄色：中</translation>
    </message>
    <message>
        <source>Blue: low</source>
        <extracomment>default name of the lowest risk level (blue: keep an eye on)</extracomment>
        <translation>蓝色：低</translation>
    </message>
    <message>
        <source>Only the room lead can rename the risk levels.</source>
        <translation>只有辅导室负责人可以重命名风险等级。</translation>
    </message>
    <message>
        <source>Give each risk level a name of 1 to 40 characters.</source>
        <translation>每个风险等级的名称须为 1 到 40 个字符。</translation>
    </message>
    <message>
        <source>Two risk levels are both called &quot;%1&quot;. Give each level its own name.</source>
        <translation>有两个风险等级都叫“%1”，请为每个等级起不同的名称。</translation>
    </message>
    <message>
        <source>Choose a colour for the level &quot;%1&quot;.</source>
        <translation>请为等级“%1”选择颜色。</translation>
    </message>
    <message>
        <source>Name every risk level once.</source>
        <translation>请为每个风险等级各命名一次。</translation>
    </message>
</context>
<context>
    <name>RoomArea</name>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Your day and week: appointments, lessons, duty, groups and what is due</source>
        <translation>你的一天和一周：预约、心理课、值班、团体辅导和到期事项</translation>
    </message>
</context>
<context>
    <name>RoomSchedule</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Open hours need a weekday and a start and end time.</source>
        <translation>开放时间需要星期几以及开始和结束时间。</translation>
    </message>
    <message>
        <source>The open hours on %1 from %2 end before they start: put the end after the start.</source>
        <translation>%1 从 %2 起的开放时间结束早于开始：请把结束时间放在开始之后。</translation>
    </message>
    <message>
        <source>The open hours on %1 at %2 and at %3 overlap: join them into one or move one.</source>
        <translation>%1 %2 和 %3 的开放时间重叠：请合并为一段或移动其中一段。</translation>
    </message>
    <message>
        <source>A duty shift on %1 names nobody: enter who is on duty.</source>
        <translation>%1 的一个值班班次没有填写人员：请填写值班人。</translation>
    </message>
    <message>
        <source>A duty shift needs a weekday and a start and end time.</source>
        <translation>值班班次需要星期几以及开始和结束时间。</translation>
    </message>
    <message>
        <source>The duty shift on %1 from %2 ends before it starts: put the end after the start.</source>
        <translation>%1 从 %2 起的值班结束早于开始：请把结束时间放在开始之后。</translation>
    </message>
    <message>
        <source>%1 has two overlapping duty shifts on %2 (%3 and %4): remove one or change its times.</source>
        <translation>%1 在%2有两个重叠的值班班次（%3 和 %4）：请删除一个或修改时间。</translation>
    </message>
    <message>
        <source>Nobody is on duty on %1 from %2 to %3 while the room is open: add a shift.</source>
        <translation>%1 %2 至 %3 辅导室开放但无人值班：请添加班次。</translation>
    </message>
    <message>
        <source>%1&apos;s shift on %2 is not on a school day of this semester.</source>
        <translation>%1 在%2的值班不在本学期的上课日。</translation>
    </message>
    <message>
        <source>The room is open %1 h %2 min a week outside class; the target is %3 h: add open hours.</source>
        <translation>辅导室每周在上课时间以外开放 %1 小时 %2 分钟，目标为 %3 小时：请增加开放时间。</translation>
    </message>
    <message>
        <source>That semester no longer exists.</source>
        <translation>该学期已不存在。</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>the student number is empty</source>
        <translation>学号为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a student number (up to 32 letters, digits, dashes)</source>
        <translation>“%1”不是有效的学号（最多 32 个字母、数字或连字符）</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>the name is longer than 40 characters</source>
        <translation>姓名超过 40 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex (男/女, M/F)</source>
        <translation>“%1”不是有效的性别（男/女、M/F）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2012-03-05)</source>
        <translation>“%1”不是有效的日期（请写成 2012-03-05 这样的格式）</translation>
    </message>
    <message>
        <source>the date of birth %1 is not plausible</source>
        <translation>出生日期 %1 不合常理</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade (1–12, 初一, 高二, 七年级)</source>
        <translation>“%1”不是有效的年级（1–12、初一、高二、七年级）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a grade above 12</source>
        <translation>“%1”中的年级超过了 12 年级</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; is longer than 20 characters</source>
        <translation>班级“%1”超过 20 个字符</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>student number %1 already appears in row %2</source>
        <translation>学号 %1 已在第 %2 行出现过</translation>
    </message>
    <message>
        <source>a new student needs a name</source>
        <translation>新学生必须填写姓名</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>No header row was found. The file needs a row that names its columns, such as 学号 and 姓名.</source>
        <translation>没有找到表头行。文件中需要有一行写明各列的名称，例如“学号”和“姓名”。</translation>
    </message>
    <message>
        <source>No column is mapped to the student number (学号). Students are matched on it: map it first.</source>
        <translation>还没有为学号指定对应的列。学生是按学号匹配的，请先指定学号所在的列。</translation>
    </message>
    <message>
        <source>Two fields are mapped to the same column.</source>
        <translation>有两项信息对应到了同一列。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>a change an import would make, e.g. &quot;Class: Grade 7, class 3 → Grade 8, class 3&quot;</extracomment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; looks like a spreadsheet formula</source>
        <extracomment>a roster cell such as =cmd|&apos;/c calc&apos;!A0 in the class column</extracomment>
        <translation>班级“%1”看起来像电子表格公式</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=COLUMN with FIELD one of student_no, name, sex, birth_date, grade, class.</source>
        <extracomment>--map takes FIELD=COLUMN; the field names are codes, do not translate them</extracomment>
        <translation>“%1”不是 FIELD=COLUMN 的形式（FIELD 为 student_no、name、sex、birth_date、grade、class 之一）。</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in the header row. Name a column by its header, its letter (B) or its number (2).</source>
        <translation>表头行中没有“%1”列。请用列的表头、字母（B）或序号（2）指明。</translation>
    </message>
</context>
<context>
    <name>RosterDocument</name>
    <message>
        <source>Counseling room: open hours and duty</source>
        <translation>心理辅导室：开放时间与值班</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Closed on holidays. Outside these hours, ask your class teacher to contact the counseling room.</source>
        <translation>节假日不开放。其他时间请通过班主任联系心理辅导室。</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>Safety plan</source>
        <translation>安全计划</translation>
    </message>
</context>
<context>
    <name>SafetyPlans</name>
    <message>
        <source>A text is longer than %1 characters. Shorten it.</source>
        <translation>有一段文字超过 %1 个字符，请缩短。</translation>
    </message>
    <message>
        <source>Write step 1: the warning signs the student notices.</source>
        <translation>请填写第 1 步：学生察觉到的预警信号。</translation>
    </message>
    <message>
        <source>Write step 2: what the student can do on their own.</source>
        <translation>请填写第 2 步：学生自己可以做的事。</translation>
    </message>
    <message>
        <source>Write step 5: the professionals and hotlines to call.</source>
        <translation>请填写第 5 步：可联系的专业人员和热线。</translation>
    </message>
    <message>
        <source>Give the name of the guardian who signed step 6.</source>
        <translation>请填写在第 6 步签字的监护人姓名。</translation>
    </message>
    <message>
        <source>Choose the date the plan will be reviewed.</source>
        <translation>请选择计划的复查日期。</translation>
    </message>
    <message>
        <source>The review date is in the past. Choose a day from today on.</source>
        <translation>复查日期已过，请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>The crisis event no longer exists.</source>
        <translation>该危机事件已不存在。</translation>
    </message>
    <message>
        <source>The safety plan no longer exists.</source>
        <translation>该安全计划已不存在。</translation>
    </message>
</context>
<context>
    <name>SchoolEvents</name>
    <message>
        <source>The event has no topic: write what it was about.</source>
        <translation>活动没有主题：请填写活动内容。</translation>
    </message>
    <message>
        <source>The event has no date: enter the day it was held.</source>
        <translation>活动没有日期：请填写举办日期。</translation>
    </message>
    <message>
        <source>%1 is outside the semester %2 (%3 to %4): enter a date in the semester, or choose the semester it belongs to.</source>
        <translation>%1 不在学期“%2”（%3 至 %4）之内：请填写学期内的日期，或选择它所属的学期。</translation>
    </message>
    <message>
        <source>The head count cannot be negative (%1): enter how many people came, or 0.</source>
        <translation>参加人数不能为负数（%1）：请填写实际参加人数，或填 0。</translation>
    </message>
    <message>
        <source>The length must be between 0 and 1440 minutes, not %1: correct it.</source>
        <translation>时长应在 0 至 1440 分钟之间，而不是 %1：请更正。</translation>
    </message>
    <message>
        <source>Family-education events: %1 needed this semester, %2 held.</source>
        <translation>家庭教育活动：本学期需 %1 次，已举办 %2 次。</translation>
    </message>
    <message>
        <source>Teacher trainings: %1 needed this semester, %2 held.</source>
        <translation>教师培训：本学期需 %1 次，已举办 %2 次。</translation>
    </message>
    <message>
        <source>Whole-school activities in %1: %2 needed, %3 held.</source>
        <extracomment>%1 a month as 2026-10</extracomment>
        <translation>%1 全校心理活动：需 %2 次，已举办 %3 次。</translation>
    </message>
    <message>
        <source>That school event no longer exists.</source>
        <translation>该学校活动已不存在。</translation>
    </message>
</context>
<context>
    <name>SchoolProfiles</name>
    <message>
        <source>The school code must be 1 to 32 letters or digits, without spaces or other signs (it is the code the district gave the school).</source>
        <translation>学校代码须为 1 到 32 个字母或数字，不含空格或其他符号（即教育局给学校的代码）。</translation>
    </message>
    <message>
        <source>Students enrolled</source>
        <translation>在校生数</translation>
    </message>
    <message>
        <source>Boarders</source>
        <translation>寄宿生数</translation>
    </message>
    <message>
        <source>Full-time counselors</source>
        <translation>专职心理教师数</translation>
    </message>
    <message>
        <source>Part-time counselors</source>
        <translation>兼职心理教师数</translation>
    </message>
    <message>
        <source>Certified counselors</source>
        <translation>持证心理教师数</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <extracomment>%1 is what is counted (e.g. &quot;Boarders&quot;)</extracomment>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>%1 can be at most %2.</source>
        <extracomment>%1 is what is counted (e.g. &quot;Boarders&quot;), %2 the largest number allowed</extracomment>
        <translation>%1最多为 %2。</translation>
    </message>
    <message>
        <source>Certified counselors (%1) cannot be more than the full- and part-time counselors together (%2): count the certified ones among them.</source>
        <translation>持证心理教师（%1）不能多于专职与兼职心理教师之和（%2）：持证者应计入其中。</translation>
    </message>
    <message>
        <source>Boarders (%1) cannot be more than the students enrolled (%2).</source>
        <translation>寄宿生数（%1）不能多于在校生数（%2）。</translation>
    </message>
    <message>
        <source>The room&apos;s area must be between 0 and 10000 square metres.</source>
        <translation>辅导室面积须在 0 到 10000 平方米之间。</translation>
    </message>
    <message>
        <source>The room&apos;s open hours must be between 0 and 168 a week.</source>
        <translation>辅导室每周开放时长须在 0 到 168 小时之间。</translation>
    </message>
    <message>
        <source>The funding cannot be negative.</source>
        <translation>经费不能为负数。</translation>
    </message>
    <message>
        <source>The funding can be at most %1 yuan.</source>
        <translation>经费最多为 %1 元。</translation>
    </message>
    <message>
        <source>The funding year must be between %1 and %2.</source>
        <translation>经费年度须在 %1 年到 %2 年之间。</translation>
    </message>
    <message>
        <source>The school&apos;s name can have at most %1 characters.</source>
        <translation>学校名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The room&apos;s name can have at most %1 characters.</source>
        <translation>辅导室名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Counselors met: a school of the type &quot;%1&quot; needs at least %2 (full or part time); it has %3.</source>
        <extracomment>%1 the school type (e.g. &quot;Senior high school&quot;), %2 counselors needed, %3 counselors it has</extracomment>
        <translation>心理教师达标：“%1”至少需配备 %2 名（专职或兼职）；现有 %3 名。</translation>
    </message>
    <message>
        <source>Counselors not met: a school of the type &quot;%1&quot; needs at least %2 (full or part time); it has %3.</source>
        <translation>心理教师未达标：“%1”至少需配备 %2 名（专职或兼职）；现有 %3 名。</translation>
    </message>
    <message>
        <source>Funding cannot be checked: enter the number of students enrolled to compare %1 yuan a year with %2 yuan per student.</source>
        <translation>经费无法核对：请填写在校生数，才能将每年 %1 元与生均 %2 元的标准比较。</translation>
    </message>
    <message>
        <source>Funding met: %1 yuan for %2 students is %3 yuan per student a year (at least %4).</source>
        <extracomment>%1 yuan a year, %2 students, %3 yuan per student (one decimal, as the summary prints it), %4 the standard</extracomment>
        <translation>经费达标：%1 元、在校生 %2 人，生均每年 %3 元（标准至少 %4 元）。</translation>
    </message>
    <message>
        <source>Funding not met: %1 yuan for %2 students is %3 yuan per student a year; the standard is at least %4.</source>
        <translation>经费未达标：%1 元、在校生 %2 人，生均每年 %3 元；标准为至少 %4 元。</translation>
    </message>
    <message>
        <source>Open hours met: the room is open %1 hours a week (at least %2).</source>
        <extracomment>%1 hours the room is open a week, %2 the target in hours</extracomment>
        <translation>开放时长达标：辅导室每周开放 %1 小时（至少 %2 小时）。</translation>
    </message>
    <message>
        <source>Open hours not met: the room is open %1 hours a week; the target is at least %2.</source>
        <translation>开放时长未达标：辅导室每周开放 %1 小时；目标为至少 %2 小时。</translation>
    </message>
    <message>
        <source>Only the room lead can change the school profile.</source>
        <translation>只有辅导室负责人可以修改学校概况。</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message numerus="yes">
        <source>%n answers are not one of the instrument&apos;s options.</source>
        <translation>
            <numerusform>有 %n 个回答不属于该量表的选项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items are unanswered; at most %1 may be.</source>
        <translation>
            <numerusform>有 %n 题未作答；最多只允许 %1 题未作答。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item has the same answer.</source>
        <translation>所有题目的答案都相同。</translation>
    </message>
    <message>
        <source>Answered in %1 seconds, faster than the %2 seconds the items take to read.</source>
        <translation>作答仅用了 %1 秒，少于读完全部题目所需的 %2 秒。</translation>
    </message>
    <message>
        <source>The lie scale is %1 (%2 or more makes the sheet invalid).</source>
        <translation>测谎量表得分为 %1（达到 %2 或以上即判定答卷无效）。</translation>
    </message>
    <message>
        <source>answers that are not one of the options</source>
        <translation>有答案不是量表的选项</translation>
    </message>
    <message>
        <source>too many unanswered items</source>
        <translation>未答题目过多</translation>
    </message>
    <message>
        <source>every item has the same answer</source>
        <translation>所有题目答案相同</translation>
    </message>
    <message>
        <source>answered too fast</source>
        <translation>作答过快</translation>
    </message>
    <message>
        <source>lie scale at or above its threshold</source>
        <translation>测谎分达到或超过临界值</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>, </source>
        <extracomment>separator between grade or class names in a list</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，%2 列：%3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>student number %1 already appears in row %2</source>
        <translation>学号 %1 已在第 %2 行出现过</translation>
    </message>
    <message>
        <source>student number %1 is not on this run&apos;s list (another grade or class, or added after the run was created: use Refresh list)</source>
        <translation>学号 %1 不在本筛查批次的名单中（该学生属于其他年级或班级，或是在筛查批次建立后才加入的：请使用“刷新名单”）</translation>
    </message>
    <message>
        <source>no student has the number %1</source>
        <translation>没有学号为 %1 的学生</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of %2 (the answers are %3)</source>
        <translation>“%1”不是 %2 的有效答案（答案应为 %3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (write seconds, or minutes:seconds)</source>
        <translation>“%1”不是有效的用时（请填写秒数，或写成“分:秒”）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) have problems, so nothing was imported. Correct the file, or choose to import the other rows and leave those out.</source>
        <translation>
            <numerusform>%1：有 %n 行存在问题，因此没有导入任何内容。请改正文件，或选择导入其余的行并跳过这些行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a spreadsheet column: its letter and its heading, e.g. &quot;F (Q4)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>文件中没有表头行。</translation>
    </message>
    <message>
        <source>Choose the column with the student number.</source>
        <translation>请选择学号所在的列。</translation>
    </message>
    <message>
        <source>the student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>the time taken</source>
        <translation>作答用时</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <source>Column %1 is used for both %2 and %3.</source>
        <translation>%1 列同时被指定为%2和%3。</translation>
    </message>
    <message>
        <source>No column is chosen for item(s) %1 of %2. Every item needs its column (a blank answer is allowed, a missing column is not).</source>
        <translation>%2 的第 %1 题还没有指定对应的列。每道题都需要有对应的列（答案可以为空，但不能缺少列）。</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <extracomment>a screening follow-up closed: the counselor confirmed the concern</extracomment>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Cleared</source>
        <extracomment>a screening follow-up closed: the flag was a false alarm</extracomment>
        <translation>已解除</translation>
    </message>
    <message>
        <source>The follow-up no longer exists.</source>
        <translation>该跟进已不存在。</translation>
    </message>
    <message>
        <source>Choose confirmed or cleared.</source>
        <translation>请选择“确认”或“解除”。</translation>
    </message>
    <message>
        <source>Write what the interview found before closing the follow-up.</source>
        <translation>结束跟进前，请写下面谈的情况。</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>该跟进已经结束。</translation>
    </message>
    <message>
        <source>The definition of %1, version %2, is not in this vault. Load it again (Screening → Instruments…).</source>
        <translation>本档案库中没有 %1（版本 %2）的定义文件。请重新加载（筛查 → 量表…）。</translation>
    </message>
    <message>
        <source>There is no instrument %1. Load its definition first (Screening → Instruments…).</source>
        <translation>没有量表 %1。请先加载其定义文件（筛查 → 量表…）。</translation>
    </message>
    <message>
        <source>This vault already holds a different definition of %1, version %2. A corrected definition needs a new version number.</source>
        <translation>本档案库中已有另一份 %1（版本 %2）的定义文件。修订后的定义文件需要使用新的版本号。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>全批次</translation>
    </message>
    <message>
        <source>Give the run a name.</source>
        <translation>请为筛查批次命名。</translation>
    </message>
    <message>
        <source>A run&apos;s name has at most 80 characters.</source>
        <translation>筛查批次名称最多 80 个字符。</translation>
    </message>
    <message>
        <source>Choose at least one instrument.</source>
        <translation>请至少选择一个量表。</translation>
    </message>
    <message>
        <source>Choose at least one grade or class.</source>
        <translation>请至少选择一个年级或班级。</translation>
    </message>
    <message>
        <source>Grades go from 1 to 12.</source>
        <translation>年级应在 1 到 12 之间。</translation>
    </message>
    <message>
        <source>The run must close on or after the day it opens.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>There is already a run called &quot;%1&quot;. Choose another name.</source>
        <translation>已有名为“%1”的筛查批次。请换一个名称。</translation>
    </message>
    <message>
        <source>Answers have been entered in this run, so its instruments and grades can no longer change. Start a new run instead.</source>
        <translation>本筛查批次已录入答卷，因此不能再更改量表和年级。请改为新建一个筛查批次。</translation>
    </message>
    <message>
        <source>The run is closed. Reopen it to change its list.</source>
        <translation>该筛查批次已结束。请重新开放后再更改其名单。</translation>
    </message>
    <message>
        <source>The screening run no longer exists.</source>
        <translation>该筛查批次已不存在。</translation>
    </message>
    <message>
        <source>There is no screening run called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的筛查批次。</translation>
    </message>
    <message>
        <source>The run does not use %1.</source>
        <translation>该筛查批次未使用 %1。</translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; is closed. Reopen it to enter answers.</source>
        <translation>筛查批次“%1”已结束。请重新开放后再录入答卷。</translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; is not open yet. Open it to enter answers.</source>
        <translation>筛查批次“%1”尚未开放。请先开放，再录入答卷。</translation>
    </message>
    <message>
        <source>Critical item</source>
        <translation>危机题目</translation>
    </message>
    <message>
        <source>Over the cut-off</source>
        <translation>超过临界值</translation>
    </message>
    <message>
        <source>Invalid sheet</source>
        <translation>无效答卷</translation>
    </message>
    <message>
        <source>A student is not on this run&apos;s list.</source>
        <translation>有学生不在本筛查批次的名单中。</translation>
    </message>
    <message>
        <source>A sheet does not have one answer per item.</source>
        <translation>有答卷的答案数与题目数不一致。</translation>
    </message>
    <message>
        <source>There is no such item.</source>
        <translation>没有这道题目。</translation>
    </message>
    <message>
        <source>%1 is not one of the answers.</source>
        <translation>%1 不是有效的答案。</translation>
    </message>
    <message>
        <source>This sheet is already complete.</source>
        <translation>这份答卷已经完成。</translation>
    </message>
    <message>
        <source>There is no unfinished sheet to finish.</source>
        <translation>没有需要完成的未完成答卷。</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>follow-up status</comment>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>run status</comment>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>run status</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>run status</comment>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Answers have been entered in this run: it can be closed, but not set back to planned.</source>
        <translation>该筛查批次已录入答卷：可以结束，但不能改回“计划中”。</translation>
    </message>
    <message>
        <source>the row has no answers (a blank row would replace a sheet with nothing)</source>
        <translation>该行没有任何答案（空行会用空白替换已有答卷）</translation>
    </message>
    <message>
        <source>The answers in the file are numbers from 1 up, but the highest answer never appears: they may be the answers&apos; values, or 1 may stand for the first answer. Say which (Answer codes).</source>
        <translation>文件中的答案是从 1 开始的数字，但最高的答案从未出现：它们可能就是答案的分值，也可能 1 代表第一个答案。请在“答案代码”中指明。</translation>
    </message>
    <message>
        <source>Version %1 of %2 does not have the same items and answer values as version %3, which the sheets were answered with: they cannot be rescored with it. A changed questionnaire needs a new run.</source>
        <translation>%2 的版本 %1 与作答时使用的版本 %3 题目或答案分值不同：不能用它重新计分。问卷有变化时，请新建筛查批次。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>ScreeningArea</name>
    <message>
        <source>Screening</source>
        <translation>筛查</translation>
    </message>
    <message>
        <source>Screening runs: answers in, scores, flagged students and their follow-up</source>
        <translation>筛查批次：收集答卷、计分、需关注的学生及其跟进</translation>
    </message>
    <message>
        <source>Sc&amp;reening</source>
        <translation>筛查(&amp;R)</translation>
    </message>
    <message>
        <source>%1: interview after %2</source>
        <translation>%1：%2 后的访谈</translation>
    </message>
    <message>
        <source>%1: follow up after %2</source>
        <translation>%1：%2 后待跟进</translation>
    </message>
    <message>
        <source>Screening follow-ups</source>
        <translation>筛查跟进</translation>
    </message>
</context>
<context>
    <name>ScreeningReports</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <extracomment>Instrument in a report: its name (which shows the code) and the definition&apos;s version.</extracomment>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <extracomment>Instrument in a report: name, code and definition version.</extracomment>
        <translation>%1（%2，版本 %3）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>年级/班级</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应作答</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>已作答</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Need follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Taken in a report table: count and percentage of the expected.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>全批次</translation>
    </message>
    <message>
        <source>Screening report</source>
        <translation>筛查报告</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>筛查批次：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <extracomment>The dates a run is open: from, to.</extracomment>
        <translation>起止日期：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Students:</source>
        <translation>筛查对象：</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>量表：</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>打印时间：</translation>
    </message>
    <message>
        <source>Participation and bands by grade</source>
        <translation>各年级参与情况与等级分布</translation>
    </message>
    <message>
        <source>Taken:</source>
        <extracomment>Participation in the group report: taken, expected, percent.</extracomment>
        <translation>已作答：</translation>
    </message>
    <message>
        <source>%1 of %2 students (%3)</source>
        <translation>%1 / %2 名学生（%3）</translation>
    </message>
    <message>
        <source>Invalid sheets:</source>
        <translation>无效答卷：</translation>
    </message>
    <message>
        <source>Need follow-up:</source>
        <translation>需跟进：</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>按班级</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进情况</translation>
    </message>
    <message>
        <source>Counts only: this report names no student. A screening is a sieve, not a diagnosis: a flagged sheet means a counselor talks with the student.</source>
        <translation>本报告只有统计人数，不列出任何学生姓名。筛查只是初步筛选，不是诊断：答卷需关注，意味着需要由心理辅导教师与该学生面谈。</translation>
    </message>
    <message>
        <source>Not taken in this run.</source>
        <translation>在本筛查批次中未作答。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>T-score</source>
        <translation>T分</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Follow-up because</source>
        <translation>需跟进的原因</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>Subscale</source>
        <translation>分量表</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Over its cut-off</source>
        <translation>超过临界值</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>历次筛查</translation>
    </message>
    <message>
        <source>No screening results yet.</source>
        <translation>尚无筛查结果。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>筛查批次</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>No follow-up: nothing in this run needs one.</source>
        <translation>无需跟进：本筛查批次中没有需要跟进的结果。</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation>面谈时间：</translation>
    </message>
    <message>
        <source>Closed:</source>
        <extracomment>When and by whom a follow-up was closed.</extracomment>
        <translation>结束时间：</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>One student&apos;s screening results. Keep this page locked away, share it only with those who support the student, and shred it when it is no longer needed.</source>
        <translation>本页为单个学生的筛查结果。请锁好保管，只提供给为该学生提供支持的人员；不再需要时，请用碎纸机销毁。</translation>
    </message>
    <message>
        <source>Screening results: %1</source>
        <translation>筛查结果：%1</translation>
    </message>
    <message>
        <source>Student number:</source>
        <translation>学号：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Scores in this run</source>
        <translation>本批次得分</translation>
    </message>
    <message>
        <source>A screening is a sieve, not a diagnosis. Scores describe how the student answered on one day.</source>
        <translation>筛查只是初步筛选，不是诊断。得分只反映该学生某一天的作答情况。</translation>
    </message>
    <message>
        <source>Students&apos; names. Give it only to those who send the students to the screening, and shred it once they have taken it.</source>
        <translation>含学生姓名。仅交给负责安排学生参加筛查的老师，学生完成后请粉碎销毁。</translation>
    </message>
    <message>
        <source>Not taken yet: %1</source>
        <translation>尚未作答：%1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>Semester</name>
    <message>
        <source>Holiday</source>
        <translation>假期</translation>
    </message>
    <message>
        <source>Exam period</source>
        <translation>考试周</translation>
    </message>
    <message>
        <source>Give the semester a name of 1 to 60 characters.</source>
        <translation>请为学期填写 1 至 60 个字的名称。</translation>
    </message>
    <message>
        <source>Enter the semester&apos;s first and last day.</source>
        <translation>请填写学期的第一天和最后一天。</translation>
    </message>
    <message>
        <source>The semester ends (%1) before it starts (%2): check the dates.</source>
        <translation>学期结束日（%1）早于开始日（%2）：请检查日期。</translation>
    </message>
    <message>
        <source>A semester of more than %1 weeks is not possible: check the year of the dates.</source>
        <translation>学期不可能超过 %1 周：请检查日期中的年份。</translation>
    </message>
    <message>
        <source>Week 1 must start on a Monday.</source>
        <translation>第 1 周必须从星期一开始。</translation>
    </message>
    <message>
        <source>Week 1 must start within a week before or two weeks after the semester&apos;s first day (%1).</source>
        <translation>第 1 周的星期一须在学期第一天（%1）之前一周内或之后两周内。</translation>
    </message>
    <message>
        <source>A school week has 5, 6 or 7 school days.</source>
        <translation>每周上学日只能是 5、6 或 7 天。</translation>
    </message>
    <message>
        <source>There is already a semester called &quot;%1&quot;: give this one another name.</source>
        <translation>已有名为“%1”的学期：请为这个学期另取名称。</translation>
    </message>
    <message>
        <source>The dates overlap the semester &quot;%1&quot; (%2 to %3): semesters may not overlap, change the dates.</source>
        <translation>日期与学期“%1”（%2 至 %3）重叠：学期之间不能重叠，请修改日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: enter a first and last day, the last not before the first.</source>
        <translation>“%1”：请填写起止日期，结束日不能早于开始日。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 to %3) lies outside the semester (%4 to %5): change its dates or the semester&apos;s.</source>
        <translation>“%1”（%2 至 %3）不在学期（%4 至 %5）之内：请修改它的日期或学期的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; overlaps &quot;%2&quot;: give each day one kind.</source>
        <translation>“%1”与“%2”重叠：每一天只能属于一种安排。</translation>
    </message>
    <message>
        <source>Number the periods of the day 1, 2, 3 … without gaps.</source>
        <translation>请按 1、2、3……连续编排一天的节次，不要跳号。</translation>
    </message>
    <message>
        <source>Period %1 must end after it starts.</source>
        <translation>第 %1 节的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Period %1 starts before period %2 ends.</source>
        <translation>第 %1 节在第 %2 节结束之前就开始了。</translation>
    </message>
    <message>
        <source>A school day has at most 16 periods.</source>
        <translation>一天最多 16 节课。</translation>
    </message>
    <message>
        <source>The lesson rule must be 1 to 5 lessons every 1 to 8 weeks.</source>
        <translation>课时要求须为每 1 至 8 周 1 至 5 节。</translation>
    </message>
    <message>
        <source>A target is out of range: check the semester&apos;s targets.</source>
        <translation>有一项指标超出范围：请检查本学期的指标。</translation>
    </message>
</context>
<context>
    <name>SemesterSummary</name>
    <message>
        <source>The vault has no semester yet: add the semester on the Lessons page first.</source>
        <translation>档案库中还没有学期：请先在“心理课”页面添加学期。</translation>
    </message>
    <message numerus="yes">
        <source>The summary could withhold too little (%n counts could be worked out): this is a bug; nothing was exported.</source>
        <translation>
            <numerusform>汇总隐藏的数据不足（有 %n 个数可被推算出来）：这是程序错误，未导出任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The smallest count published must be from 2 to 1000.</source>
        <translation>发布的最小人数必须在 2 到 1000 之间。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>SemesterWeeks</name>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Teaching days and breaks</source>
        <translation>上课日与假期、考试</translation>
    </message>
    <message>
        <source>The semester&apos;s weeks as the school numbers them; holidays grey, exams orange</source>
        <translation>按学校周次排列的本学期各周；假期为灰色，考试为橙色</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n day(s))</source>
        <extracomment>a break in a week of the semester: &quot;National Day (Holiday, 3 days)&quot;</extracomment>
        <translation>
            <numerusform>%1（%2，%n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teaching day(s)</source>
        <extracomment>a week of the semester: its teaching days, then its breaks if any</extracomment>
        <translation>
            <numerusform>%n 个上课日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teaching day(s): %1</source>
        <translation>
            <numerusform>%n 个上课日：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semesters</name>
    <message>
        <source>That semester no longer exists.</source>
        <translation>该学期已不存在。</translation>
    </message>
    <message>
        <source>Only the room lead can remove a semester.</source>
        <translation>只有辅导室负责人可以删除学期。</translation>
    </message>
    <message>
        <source>There is no semester called &quot;%1&quot;: the vault has no semester yet. Add it on the Lessons page first.</source>
        <translation>没有名为“%1”的学期：档案库中还没有任何学期。请先在“心理课”页面添加学期。</translation>
    </message>
    <message>
        <source>There is no semester called &quot;%1&quot;. The vault&apos;s semesters are:
%2</source>
        <extracomment>%2 the vault&apos;s semesters&apos; names, one a line</extracomment>
        <translation>没有名为“%1”的学期。档案库中的学期有：
%2</translation>
    </message>
</context>
<context>
    <name>SessionRiskCheck</name>
    <message>
        <source>This session is rated %1, and the student is not on the watch list.</source>
        <extracomment>%1: the session&apos;s risk level in the lead&apos;s words</extracomment>
        <translation>本次辅导评定为%1，而该生不在重点关注名单上。</translation>
    </message>
    <message>
        <source>Put on the watch list at %1</source>
        <translation>以%1列入重点关注</translation>
    </message>
    <message>
        <source>Leave off the watch list</source>
        <translation>不列入重点关注</translation>
    </message>
    <message>
        <source>This session is rated %1, higher than the student&apos;s watch-list level %2.</source>
        <extracomment>%1: the session&apos;s risk level, %2: the watch-list level, in the lead&apos;s words</extracomment>
        <translation>本次辅导评定为%1，高于该生的重点关注等级%2。</translation>
    </message>
    <message>
        <source>This session is rated %1, lower than the student&apos;s watch-list level %2.</source>
        <translation>本次辅导评定为%1，低于该生的重点关注等级%2。</translation>
    </message>
    <message>
        <source>Raise the watch list to %1</source>
        <translation>将重点关注等级提高到%1</translation>
    </message>
    <message>
        <source>Lower the watch list to %1</source>
        <translation>将重点关注等级降低到%1</translation>
    </message>
    <message>
        <source>Keep the watch list at %1</source>
        <translation>保持重点关注等级为%1</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>The change is saved with the session and kept in the watch-list history.</source>
        <translation>等级变更与本次辅导记录一起保存，并记入重点关注的变更历史。</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>返回辅导记录</translation>
    </message>
    <message>
        <source>Risk rated in the session of %1</source>
        <extracomment>the watch-list reason kept when a session moves the level; %1 the session&apos;s date</extracomment>
        <translation>%1 辅导中评定的风险</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The vault database is damaged or was changed outside CounselDesk. Restore it from a backup.</source>
        <translation>档案库数据库已损坏，或在 CounselDesk 之外被改动过。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The vault is in use by another program. Close it and try again.</source>
        <translation>档案库正被另一个程序使用。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The vault file cannot be read or written (%1). Check the drive and its permissions.</source>
        <translation>无法读写档案库文件（%1）。请检查磁盘及其访问权限。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>此更改与现有数据冲突（%1）。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The database key has the wrong size.</source>
        <translation>数据库密钥的长度不正确。</translation>
    </message>
    <message>
        <source>The vault database cannot be decrypted: it is damaged, or does not belong to this key-slot file. Restore it from a backup.</source>
        <translation>无法解密档案库数据库：它已损坏，或与此密钥槽文件不配套。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The vault database is damaged: its integrity check failed (%1). Restore it from a backup.</source>
        <translation>档案库数据库已损坏：完整性检查未通过（%1）。请从备份中恢复。</translation>
    </message>
    <message>
        <source>This vault was written by a newer CounselDesk (schema %1, this program knows %2). Install the newer version.</source>
        <translation>此档案库由更新版本的 CounselDesk 写入（数据结构版本 %1，本程序只支持到版本 %2）。请安装新版本。</translation>
    </message>
    <message>
        <source>CounselDesk will not start: %1 Reinstall CounselDesk.</source>
        <translation>CounselDesk 无法启动：%1请重新安装 CounselDesk。</translation>
    </message>
    <message>
        <source>the database library is not SQLCipher.</source>
        <translation>数据库组件不是 SQLCipher。</translation>
    </message>
    <message>
        <source>a plaintext SQLite library is loaded.</source>
        <translation>加载了未加密的 SQLite 库。</translation>
    </message>
    <message>
        <source>Updating the vault to this version failed at schema step %1 (%2): %3 Nothing was changed: the vault still opens with the version that made it.</source>
        <extracomment>%1 is a number, %2 the part of the program it belongs to (&quot;screening&quot;), %3 the reason</extracomment>
        <translation>将档案库升级到此版本时，在结构步骤 %1（%2）失败：%3 档案库未作任何更改，仍可用创建它的版本打开。</translation>
    </message>
    <message>
        <source>The vault database holds a %1 named &quot;%2&quot; that CounselDesk did not make: someone changed it outside CounselDesk. It was not opened and nothing was changed. Tell the room lead, and restore the newest backup.</source>
        <extracomment>%1 is the kind of database object (table, index, trigger, view), %2 its name</extracomment>
        <translation>档案库数据库中有一个并非 CounselDesk 创建的 %1，名为“%2”：有人在 CounselDesk 之外改动了它。档案库未被打开，也未做任何更改。请告知辅导室负责人，并恢复最新的备份。</translation>
    </message>
    <message>
        <source>The vault database lacks its part &quot;%1&quot;: it is damaged or was changed outside CounselDesk. Restore the newest backup.</source>
        <translation>档案库数据库缺少其组成部分“%1”：它已损坏或在 CounselDesk 之外被改动。请恢复最新的备份。</translation>
    </message>
</context>
<context>
    <name>Students</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>在校</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>已毕业</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离校</translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation>一年级</translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation>二年级</translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation>三年级</translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation>四年级</translation>
    </message>
    <message>
        <source>Grade 5</source>
        <translation>五年级</translation>
    </message>
    <message>
        <source>Grade 6</source>
        <translation>六年级</translation>
    </message>
    <message>
        <source>Grade 7 (junior 1)</source>
        <translation>初一</translation>
    </message>
    <message>
        <source>Grade 8 (junior 2)</source>
        <translation>初二</translation>
    </message>
    <message>
        <source>Grade 9 (junior 3)</source>
        <translation>初三</translation>
    </message>
    <message>
        <source>Grade 10 (senior 1)</source>
        <translation>高一</translation>
    </message>
    <message>
        <source>Grade 11 (senior 2)</source>
        <translation>高二</translation>
    </message>
    <message>
        <source>Grade 12 (senior 3)</source>
        <translation>高三</translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <extracomment>%1 is a grade name such as &quot;Grade 7 (junior 1)&quot;, %2 the class number</extracomment>
        <translation>%1(%2)班</translation>
    </message>
    <message>
        <source>Lives with both parents</source>
        <translation>与父母同住</translation>
    </message>
    <message>
        <source>Single-parent family</source>
        <translation>单亲家庭</translation>
    </message>
    <message>
        <source>Lives with grandparents</source>
        <translation>与祖辈同住</translation>
    </message>
    <message>
        <source>Reconstituted family</source>
        <translation>重组家庭</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>That student is no longer in the vault.</source>
        <translation>档案库中已没有这名学生。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a grade name, %2 a named class such as 实验班</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>StudentsArea</name>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Find a student, open their growth record, import the roster</source>
        <translation>查找学生、打开成长档案、导入学生名单</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Students to keep an eye on, their risk level and next review</source>
        <translation>需要持续关注的学生、风险等级和下次复查时间</translation>
    </message>
    <message>
        <source>%1 (%2): watch-list review</source>
        <extracomment>home page: student (risk level): the watch-list review is overdue</extracomment>
        <translation>%1（%2）：重点关注复查</translation>
    </message>
    <message>
        <source>Watch-list reviews overdue</source>
        <translation>逾期的重点关注复查</translation>
    </message>
</context>
<context>
    <name>SummaryLayout</name>
    <message>
        <source>The layout&apos;s table “%1” has no columns.</source>
        <translation>布局中的表“%1”没有列。</translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” names an unknown measure “%2”.</source>
        <translation>布局中的表“%1”引用了未知的指标“%2”。</translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1”: the measure “%2” cannot be broken down by “%3”.</source>
        <translation>布局中的表“%1”：指标“%2”不能按“%3”分组。</translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” has the measure “%2” twice.</source>
        <translation>布局中的表“%1”重复列出了指标“%2”。</translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1”: the column “%2” needs a label in zh_CN and en.</source>
        <translation>布局中的表“%1”：列“%2”需要中文（zh_CN）和英文（en）标签。</translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1”: the percentage “%2” needs the column “%3” in the same table.</source>
        <translation>布局中的表“%1”：百分比“%2”需要同一表中有列“%3”。</translation>
    </message>
    <message>
        <source>A table of the layout has no id.</source>
        <translation>布局中有一个表没有 id。</translation>
    </message>
    <message>
        <source>The layout has two tables called “%1”.</source>
        <translation>布局中有两个名为“%1”的表。</translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” names an unknown part “%2”.</source>
        <translation>布局中的表“%1”引用了未知的部分“%2”。</translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” names an unknown dimension “%2”.</source>
        <translation>布局中的表“%1”引用了未知的分组维度“%2”。</translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” cannot have a total row: its rows are “%2”.</source>
        <translation>布局中的表“%1”不能有合计行：它的行是“%2”。</translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” needs a title in zh_CN and en.</source>
        <translation>布局中的表“%1”需要中文（zh_CN）和英文（en）标题。</translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” needs its note in zh_CN and en.</source>
        <translation>布局中的表“%1”的注释需要中文（zh_CN）和英文（en）两种。</translation>
    </message>
    <message>
        <source>The layout publishes “%1” by “%2” without “%3”: the cells add up, so publish all of %4 or only one.</source>
        <translation>布局按“%2”发布了“%1”却没有“%3”：这些单元格相加成立，请全部发布（%4）或只发布其中一个。</translation>
    </message>
    <message>
        <source>The layout is not a JSON object (%1, at byte %2).</source>
        <translation>布局不是 JSON 对象（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>This is not a district summary layout (“layout” is “%1”).</source>
        <translation>这不是区级学期汇总的布局（“layout”为“%1”）。</translation>
    </message>
    <message>
        <source>The layout needs a version number from 1.</source>
        <translation>布局需要从 1 开始的版本号。</translation>
    </message>
    <message>
        <source>The layout has no tables.</source>
        <translation>布局中没有表。</translation>
    </message>
    <message>
        <source>The layout&apos;s label “%1” needs a text in zh_CN and en.</source>
        <translation>布局中的标签“%1”需要中文（zh_CN）和英文（en）文字。</translation>
    </message>
    <message>
        <source>The layout has no label for the row “%1”.</source>
        <translation>布局中没有行“%1”的标签。</translation>
    </message>
    <message>
        <source>The built-in summary layout is missing from this build.</source>
        <translation>此版本缺少内置的汇总布局。</translation>
    </message>
</context>
<context>
    <name>Timetable</name>
    <message>
        <source>Odd weeks</source>
        <translation>单周</translation>
    </message>
    <message>
        <source>Even weeks</source>
        <translation>双周</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>A teacher has no name. Enter the teacher&apos;s name or remove the row.</source>
        <translation>有一位教师没有姓名。请填写姓名或删除该行。</translation>
    </message>
    <message>
        <source>The teacher &quot;%1&quot; is listed twice. Remove one of them.</source>
        <translation>教师“%1”列出了两次。请删除其中一个。</translation>
    </message>
    <message>
        <source>%1&apos;s most lessons a day must be between 1 and 16.</source>
        <translation>%1 的每日最多课时须在 1 到 16 之间。</translation>
    </message>
    <message>
        <source>%1 is assigned to a teacher twice. A class has one teacher: keep one.</source>
        <translation>%1 被分配了两次任课教师。一个班只能有一位教师：请保留一个。</translation>
    </message>
    <message>
        <source>%1 is not a class on the roster. Import the roster or remove the class.</source>
        <translation>%1 不是学生名单中的班级。请导入学生名单或删除该班级。</translation>
    </message>
    <message>
        <source>%1&apos;s teacher &quot;%2&quot; is not in the list of teachers. Add the teacher first.</source>
        <translation>%1 的教师“%2”不在教师列表中。请先添加该教师。</translation>
    </message>
    <message>
        <source>%1 is not a class on the roster. Import the roster or remove its slots.</source>
        <translation>%1 不是学生名单中的班级。请导入学生名单或删除其时段。</translation>
    </message>
    <message>
        <source>%1 has a slot on %2, which is not a school day of this semester. Choose a school day.</source>
        <translation>%1 有一个时段在%2，这不是本学期的上课日。请选择上课日。</translation>
    </message>
    <message>
        <source>%1 has a slot in period %2, which the school day of this semester does not have. Choose one of its periods or add the period to the semester.</source>
        <translation>%1 有一个时段在第 %2 节，本学期的作息时间中没有这一节。请选择已有的节次，或在学期中添加该节次。</translation>
    </message>
    <message>
        <source>%1 has the slot %2, period %3 twice. Remove one of them.</source>
        <translation>%1 的时段“%2 第 %3 节”重复了。请删除其中一个。</translation>
    </message>
    <message>
        <source>Unavailability is set for &quot;%1&quot;, who is not in the list of teachers. Add the teacher or remove the row.</source>
        <translation>为“%1”设置了不可排课时间，但其不在教师列表中。请添加该教师或删除该行。</translation>
    </message>
    <message>
        <source>%1 is marked unavailable on a day that is not a school day of this semester. Choose a school day.</source>
        <translation>%1 的不可排课时间不在本学期的上课日。请选择上课日。</translation>
    </message>
    <message>
        <source>%1 is marked unavailable in period %2, which the school day does not have. Choose one of its periods or the whole day.</source>
        <translation>%1 的不可排课时间在第 %2 节，作息时间中没有这一节。请选择已有的节次或全天。</translation>
    </message>
    <message>
        <source>%1&apos;s unavailability ends (week %2) before it starts (week %3). Swap the weeks.</source>
        <translation>%1 的不可排课时间结束（第 %2 周）早于开始（第 %3 周）。请对调周次。</translation>
    </message>
    <message>
        <source>%1&apos;s unavailability in weeks %2–%3 lies outside the semester (weeks %4–%5). Choose weeks of the semester.</source>
        <translation>%1 在第 %2–%3 周的不可排课时间超出了本学期（第 %4–%5 周）。请选择本学期的周次。</translation>
    </message>
    <message>
        <source>The teacher &quot;%1&quot; was removed meanwhile. Reopen the timetable.</source>
        <translation>教师“%1”已在此期间被删除。请重新打开课表。</translation>
    </message>
</context>
<context>
    <name>TimetablePrint</name>
    <message>
        <source>Mental-health lessons: %1</source>
        <extracomment>heading of a printed timetable: whose (a teacher or a class), then the semester</extracomment>
        <translation>心理健康课：%1</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <source>No lessons are planned yet.</source>
        <translation>尚未排课。</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>节次</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>课题</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Theme class meeting: %1</source>
        <translation>主题班会：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s).</source>
        <translation>
            <numerusform>共 %n 节课。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print timetable</source>
        <translation>打印课表</translation>
    </message>
    <message>
        <source>Choose a teacher or a class under Show only: the timetable printed is theirs.</source>
        <translation>请先在“只显示”中选择一位教师或一个班级：打印的是其课表。</translation>
    </message>
    <message>
        <source>Timetable: %1</source>
        <translation>课表：%1</translation>
    </message>
    <message>
        <source>Save the timetable as PDF</source>
        <translation>将课表保存为 PDF</translation>
    </message>
</context>
<context>
    <name>TimetableTables</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Adjusting</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>A new term, a new start</source>
        <translation>新学期，新起点</translation>
    </message>
    <message>
        <source>Hello, school!</source>
        <translation>你好，学校！</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>My feelings have colours</source>
        <translation>我的情绪有颜色</translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation>友谊</translation>
    </message>
    <message>
        <source>Making a friend</source>
        <translation>交一个朋友</translation>
    </message>
    <message>
        <source>When I am angry</source>
        <translation>当我生气的时候</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Listening well in class</source>
        <translation>上课专心听</translation>
    </message>
    <message>
        <source>Good study habits</source>
        <translation>好的学习习惯</translation>
    </message>
    <message>
        <source>Sharing and taking turns</source>
        <translation>学会分享和轮流</translation>
    </message>
    <message>
        <source>Calming down</source>
        <translation>让自己平静下来</translation>
    </message>
    <message>
        <source>Life education</source>
        <translation>生命教育</translation>
    </message>
    <message>
        <source>Keeping myself safe</source>
        <translation>保护好自己</translation>
    </message>
    <message>
        <source>Adolescence</source>
        <translation>青春期</translation>
    </message>
    <message>
        <source>My growing body</source>
        <translation>成长中的身体</translation>
    </message>
    <message>
        <source>Saying no to bullying</source>
        <translation>向欺凌说不</translation>
    </message>
    <message>
        <source>Ready for junior school</source>
        <translation>准备好上初中</translation>
    </message>
    <message>
        <source>Growing up, changing moods</source>
        <translation>长大了，情绪也在变</translation>
    </message>
    <message>
        <source>Settling into junior school</source>
        <translation>适应初中生活</translation>
    </message>
    <message>
        <source>Learning with more subjects</source>
        <translation>科目多了怎么学</translation>
    </message>
    <message>
        <source>Understanding adolescence</source>
        <translation>认识青春期</translation>
    </message>
    <message>
        <source>Riding the emotional waves</source>
        <translation>驾驭情绪的浪潮</translation>
    </message>
    <message>
        <source>Friends, crushes and boundaries</source>
        <translation>友谊、好感与边界</translation>
    </message>
    <message>
        <source>Valuing life</source>
        <translation>珍爱生命</translation>
    </message>
    <message>
        <source>Exam stress</source>
        <translation>考试压力</translation>
    </message>
    <message>
        <source>Facing the zhongkao calmly</source>
        <translation>从容面对中考</translation>
    </message>
    <message>
        <source>Planning revision</source>
        <translation>规划复习</translation>
    </message>
    <message>
        <source>Sleep, rest and exam nerves</source>
        <translation>睡眠、休息与考试焦虑</translation>
    </message>
    <message>
        <source>Settling into senior school</source>
        <translation>适应高中生活</translation>
    </message>
    <message>
        <source>Choosing subjects and goals</source>
        <translation>选科与目标</translation>
    </message>
    <message>
        <source>Relationships and respect</source>
        <translation>人际关系与尊重</translation>
    </message>
    <message>
        <source>Meaning and resilience</source>
        <translation>意义与心理韧性</translation>
    </message>
    <message>
        <source>Facing the gaokao calmly</source>
        <translation>从容面对高考</translation>
    </message>
    <message>
        <source>Coping with pressure</source>
        <translation>应对压力</translation>
    </message>
    <message>
        <source>Life after the exam</source>
        <translation>考后的生活</translation>
    </message>
    <message>
        <source>A topic needs a title. Type its title.</source>
        <translation>课题需要标题。请填写标题。</translation>
    </message>
    <message>
        <source>A topic&apos;s grade must be 1–12, or every grade.</source>
        <translation>课题的年级须为 1–12，或全部年级。</translation>
    </message>
    <message>
        <source>That topic no longer exists.</source>
        <translation>这个课题已不存在。</translation>
    </message>
    <message>
        <source>The new order must name every topic of the grade once. Reopen the topics.</source>
        <translation>新顺序必须包含该年级的每个课题各一次。请重新打开课题库。</translation>
    </message>
</context>
<context>
    <name>UsersArea</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Colleagues who may unlock the vault (room lead only)</source>
        <translation>可以解锁档案库的同事（仅限辅导室负责人）</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The key-slot file %1 is damaged or was changed. Restore the vault from a backup.</source>
        <translation>密钥槽文件 %1 已损坏或被改动过。请从备份中恢复档案库。</translation>
    </message>
    <message>
        <source>The recovery code is not correct. Check it against the printed sheet.</source>
        <translation>恢复码不正确。请对照打印出的恢复码页面核对。</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock.</source>
        <translation>口令不正确。请检查键盘布局、输入法状态和大写锁定键（Caps Lock）。</translation>
    </message>
    <message>
        <source>The key-slot file was changed outside CounselDesk. The vault was not opened; restore it from a backup and tell the room lead.</source>
        <translation>密钥槽文件在 CounselDesk 之外被改动过。档案库没有被打开；请从备份中恢复，并告知辅导室负责人。</translation>
    </message>
    <message>
        <source>There is no vault at %1 (the key-slot file is missing).</source>
        <translation>%1 处没有档案库（缺少密钥槽文件）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior high school</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior high school</source>
        <translation>高中</translation>
    </message>
    <message>
        <source>Nine-year school (primary and junior high)</source>
        <translation>九年一贯制学校（小学和初中）</translation>
    </message>
    <message>
        <source>Complete secondary school (junior and senior high)</source>
        <translation>完全中学（初中和高中）</translation>
    </message>
    <message>
        <source>Twelve-year school (all grades)</source>
        <translation>十二年一贯制学校（全学段）</translation>
    </message>
    <message>
        <source>Room lead</source>
        <translation>辅导室负责人</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>心理辅导教师</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name has 1 to 32 letters, digits, dots, dashes or underscores, and no spaces.</source>
        <translation>用户名由 1 到 32 个字母、数字、点、连字符或下划线组成，不能包含空格。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase must not begin or end with a space.</source>
        <translation>口令的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>The encryption library could not start on this computer.</source>
        <translation>加密库无法在这台电脑上启动。</translation>
    </message>
    <message>
        <source>The vault %1 is open in another CounselDesk window or program. Close it there first.</source>
        <translation>档案库 %1 已在另一个 CounselDesk 窗口或程序中打开。请先在那里将它关闭。</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name.</source>
        <translation>请输入学校名称。</translation>
    </message>
    <message>
        <source>The folder %1 already holds a vault. Choose an empty folder.</source>
        <translation>文件夹 %1 中已有档案库。请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>There is no vault in %1. Check the folder, or create a vault.</source>
        <translation>%1 中没有档案库。请检查文件夹，或新建一个档案库。</translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot; in this vault. Check the user name.</source>
        <translation>此档案库中没有已启用的用户“%1”。请检查用户名。</translation>
    </message>
    <message>
        <source>The vault has no recovery slot. Restore it from a backup.</source>
        <translation>档案库中没有恢复码密钥槽。请从备份中恢复。</translation>
    </message>
    <message>
        <source>That is not a recovery code: it has 24 letters and digits in six groups.</source>
        <translation>这不是有效的恢复码：恢复码由 24 个字母和数字组成，分为六组。</translation>
    </message>
    <message>
        <source>The key slot is damaged.</source>
        <translation>密钥槽已损坏。</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing. Restore it from a backup.</source>
        <translation>档案库的数据库文件缺失。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The database and the key-slot file belong to different vaults. Restore the vault folder from a backup.</source>
        <translation>数据库与密钥槽文件属于不同的档案库。请从备份中恢复整个档案库文件夹。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is disabled. Ask the room lead.</source>
        <translation>用户“%1”已停用。请联系辅导室负责人。</translation>
    </message>
    <message>
        <source>The newest audit rows are missing.</source>
        <translation>最新的审计记录缺失。</translation>
    </message>
    <message>
        <source>Only the room lead can manage users and keys.</source>
        <translation>只有辅导室负责人才能管理用户和密钥。</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>用户名“%1”已存在。请换一个用户名。</translation>
    </message>
    <message>
        <source>You cannot disable yourself. Ask another room lead.</source>
        <translation>您不能停用自己。请让另一位辅导室负责人来操作。</translation>
    </message>
    <message>
        <source>The vault needs at least one active room lead.</source>
        <translation>档案库至少需要一位已启用的辅导室负责人。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is already active.</source>
        <translation>用户“%1”已处于启用状态。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is disabled: reactivate them instead.</source>
        <translation>用户“%1”已停用：请改为重新启用该用户。</translation>
    </message>
    <message>
        <source>The vault has no recovery slot.</source>
        <translation>档案库中没有恢复码密钥槽。</translation>
    </message>
    <message>
        <source>Your key slot is missing. Ask the room lead.</source>
        <translation>找不到您的密钥槽。请联系辅导室负责人。</translation>
    </message>
    <message>
        <source>A new passphrase is set this way only after a recovery-code unlock.</source>
        <translation>只有在用恢复码解锁之后，才能通过这种方式设置新口令。</translation>
    </message>
    <message>
        <source>Cannot reserve the vault folder %1 for this program. Check that it exists and is writable.</source>
        <translation>无法为本程序占用数据档案库文件夹 %1。请检查它是否存在且可写。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check the drive and its permissions, or choose another folder.</source>
        <translation>无法创建文件夹 %1。请检查磁盘及其权限，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The vault database was changed while the vault was locked: it is damaged or was tampered with. CounselDesk changed nothing. Restore it from a backup.</source>
        <translation>数据档案库在锁定期间被改动：它已损坏或被篡改。CounselDesk 没有做任何更改。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The vault database is older than its key-slot file: an old copy was put back (audit row %1 is missing). CounselDesk changed nothing. Ask the room lead to restore the newest backup.</source>
        <translation>数据库比其密钥槽文件旧：有人放回了旧副本（缺少第 %1 行审计记录）。CounselDesk 没有做任何更改。请辅导室负责人恢复最新的备份。</translation>
    </message>
    <message>
        <source>The vault database does not match its key-slot file (audit row %1 differs): it was replaced or edited. CounselDesk changed nothing. Ask the room lead to restore the newest backup.</source>
        <translation>数据库与其密钥槽文件不匹配（第 %1 行审计记录不同）：它被替换或修改过。CounselDesk 没有做任何更改。请辅导室负责人恢复最新的备份。</translation>
    </message>
    <message>
        <source>The folder %1 holds a vault database without its key-slot file. It could not be moved aside to %2 (%3), so nothing was created. Choose another folder.</source>
        <translation>文件夹 %1 中有一个没有密钥槽文件的档案库数据库。无法把它移到 %2（%3），因此没有创建任何内容。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Your key slot does not hold the vault&apos;s current key: the key-slot file was replaced or edited. Restore the vault from a backup and tell the room lead.</source>
        <translation>您的密钥槽中没有档案库当前的密钥：密钥槽文件被替换或改动过。请从备份恢复档案库，并告知辅导室负责人。</translation>
    </message>
    <message>
        <source>The new vault key is saved, but the re-encrypted database could not be put in place in %1. Lock the vault and unlock it again: CounselDesk finishes the change then.</source>
        <translation>新的档案库密钥已保存，但重新加密的数据库未能放入 %1。请锁定档案库后再解锁：CounselDesk 会在那时完成这次更换。</translation>
    </message>
    <message>
        <source>The vault key cannot be replaced inside another change.</source>
        <translation>不能在另一项更改进行中更换档案库密钥。</translation>
    </message>
    <message>
        <source>Enter the recovery code: this vault&apos;s recovery slot, made by an earlier version, must be renewed with it when the vault key is replaced.</source>
        <translation>请输入恢复码：本档案库的恢复槽由早期版本创建，更换档案库密钥时须用恢复码更新它。</translation>
    </message>
    <message>
        <source>The key-slot file and the vault database are from different key changes (%1 and %2): one of them was replaced by an older copy. CounselDesk changed nothing. Ask the room lead to restore the newest backup.</source>
        <translation>密钥槽文件与档案库数据库来自不同的密钥更换（%1 与 %2）：其中之一被旧副本替换了。CounselDesk 未做任何更改。请辅导室负责人恢复最新的备份。</translation>
    </message>
    <message>
        <source>Enter the recovery code: disabling a user replaces the vault key, and this vault&apos;s recovery slot, made by an earlier version, must be renewed with it once.</source>
        <translation>请输入恢复码：停用用户会更换档案库密钥，而本档案库的恢复槽由早期版本创建，须用恢复码更新一次。</translation>
    </message>
    <message>
        <source>%1 was disabled, but the vault key could not be replaced yet: %2 CounselDesk tries again at the next unlock.</source>
        <translation>%1 已停用，但档案库密钥暂时未能更换：%2 CounselDesk 会在下次解锁时再试。</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危机</translation>
    </message>
    <message>
        <source>Say why the student is on the watch list.</source>
        <translation>请说明该学生被列入重点关注的原因。</translation>
    </message>
    <message>
        <source>Choose the date of the next review.</source>
        <translation>请选择下次复查的日期。</translation>
    </message>
    <message>
        <source>Say why the student comes off the watch list.</source>
        <translation>请说明该学生移出重点关注名单的原因。</translation>
    </message>
</context>
<context>
    <name>cd::ui::AddLessonDialog</name>
    <message>
        <source>Add a lesson</source>
        <translation>添加一节课</translation>
    </message>
    <message>
        <source>Mental-health lesson</source>
        <translation>心理健康课</translation>
    </message>
    <message>
        <source>Theme class meeting (held)</source>
        <translation>主题班会（已开展）</translation>
    </message>
    <message>
        <source>A lesson is planned and kept when the plan is rebuilt; a class meeting is recorded as held</source>
        <translation>手工添加的课在重新排课时保留；主题班会记为已开展</translation>
    </message>
    <message>
        <source>The topic (optional for a lesson)</source>
        <translation>课题（上课可不填）</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>周次：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>节次：</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>课题：</translation>
    </message>
    <message>
        <source>Choose a class: the semester&apos;s timetable inputs list the classes.</source>
        <translation>请选择班级：本学期的排课条件中列有各班。</translation>
    </message>
</context>
<context>
    <name>cd::ui::AddMemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>学生(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>加入日期(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Member not added</source>
        <translation>未能添加成员</translation>
    </message>
</context>
<context>
    <name>cd::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>A room lead can also add and disable users and reset passphrases.</source>
        <translation>辅导室负责人还可以添加、停用用户以及重置口令。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Tell your colleague the first passphrase in person; they can change it under Vault → Change my passphrase.</source>
        <translation>请当面把初始口令告诉同事；对方可以在“档案库 → 修改我的口令”中自行修改。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::AgendaPage</name>
    <message>
        <source>&amp;Kept…</source>
        <translation>已赴约(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Missed</source>
        <translation>未赴约(&amp;M)</translation>
    </message>
    <message>
        <source>Cance&amp;l appointment…</source>
        <translation>取消预约(&amp;L)…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Show one day or the whole week (Ctrl+D / Ctrl+W)</source>
        <translation>显示一天或整周（Ctrl+D / Ctrl+W）</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <source>The whole room</source>
        <translation>整个辅导室</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Show only the rows containing this text</source>
        <translation>只显示含有此文字的行</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Double-click a row to open it</source>
        <translation>双击一行打开</translation>
    </message>
    <message>
        <source>The day or week before (Ctrl+Page Up)</source>
        <translation>前一天或前一周（Ctrl+Page Up）</translation>
    </message>
    <message>
        <source>The day or week after (Ctrl+Page Down)</source>
        <translation>后一天或后一周（Ctrl+Page Down）</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Back to today (Ctrl+T)</source>
        <translation>回到今天（Ctrl+T）</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>新预约(&amp;N)…</translation>
    </message>
    <message>
        <source>Book a talk a student, teacher or parent asked for (Ctrl+N)</source>
        <translation>登记学生、教师或家长提出的谈话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Duty &amp;roster…</source>
        <translation>值班表(&amp;R)…</translation>
    </message>
    <message>
        <source>The room&apos;s open hours and who is on duty; print it for the door</source>
        <translation>辅导室开放时间和值班人员；可打印贴在门上</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>导出日历(&amp;X)…</translation>
    </message>
    <message>
        <source>Your lessons, duty and appointments of the semester as an .ics file, without any student&apos;s name</source>
        <translation>把你本学期的心理课、值班和预约导出为 .ics 文件，不含任何学生姓名</translation>
    </message>
    <message>
        <source>The talk took place: write the session in the student&apos;s case</source>
        <translation>谈话已进行：在该生的个案中写辅导记录</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>%1
%2 %3–%4</source>
        <translation>%1
%2 %3–%4</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Cancel the appointment on %1? It stays in the record as cancelled.</source>
        <translation>取消 %1 的预约？它将以“已取消”留在记录中。</translation>
    </message>
    <message>
        <source>Cancel &amp;appointment</source>
        <translation>取消预约(&amp;A)</translation>
    </message>
    <message>
        <source>Write the session</source>
        <translation>写辅导记录</translation>
    </message>
    <message>
        <source>%1 has no open case to write the session in. Open their growth record to open one?</source>
        <translation>%1 没有未结个案可写辅导记录。打开其成长档案以新建个案？</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message>
        <source>Export your calendar</source>
        <translation>导出你的日历</translation>
    </message>
    <message>
        <source>There is no semester to export: set one up on the Lessons page first.</source>
        <translation>没有可导出的学期：请先在心理课页面设置学期。</translation>
    </message>
    <message>
        <source>%1 calendar.ics</source>
        <extracomment>File name of the .ics export: the semester&apos;s name</extracomment>
        <translation>%1 日历.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历（*.ics）</translation>
    </message>
</context>
<context>
    <name>cd::ui::AnswerImportDialog</name>
    <message>
        <source>Import the other rows and &amp;leave out the rows with problems</source>
        <translation>导入其余的行，跳过有问题的行(&amp;L)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Check rows &gt;</source>
        <translation>逐行检查(&amp;C) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>导入答卷</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>A CSV file or an Excel .xlsx workbook, one row per student, as a survey tool or a scanner exports it: a student number column and one column per item.</source>
        <translation>CSV 文件或 Excel .xlsx 工作簿，即问卷工具或阅卷机导出的文件：每名学生一行，有一列学号，每道题各占一列。</translation>
    </message>
    <message>
        <source>The row that holds the column headings (rows above it are ignored).</source>
        <translation>写有各列标题的那一行（它上面的行会被忽略）。</translation>
    </message>
    <message>
        <source>Optional: how long the student took, for the too-fast rule of some instruments.</source>
        <translation>可选：学生的作答用时，供部分量表的“作答过快”规则使用。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>What each answer written in the file means. Leave a code unmapped to have its cells reported as errors.</source>
        <translation>文件中各个答案代码的含义。某个代码如不指定含义，含有它的单元格会被报告为错误。</translation>
    </message>
    <message>
        <source>I&amp;nstrument:</source>
        <translation>量表(&amp;N)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>表头行(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Student number column:</source>
        <translation>学号列(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Time taken column:</source>
        <translation>用时列(&amp;T)：</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Answer codes</source>
        <translation>答案代码</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>文件的前几行：</translation>
    </message>
    <message>
        <source>Answer file</source>
        <translation>答卷文件</translation>
    </message>
    <message>
        <source>Answer files (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>答卷文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n row(s))</source>
        <extracomment>the chosen file and how it was read, e.g. &quot;answers.csv (GB18030, 512 rows)&quot;</extracomment>
        <translation>
            <numerusform>%1（%2，共 %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>（请选择列）</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(not an answer: report it)</source>
        <translation>（不是答案：报告为错误）</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Choose an instrument.</source>
        <translation>请选择量表。</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>请选择文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) can be imported</source>
        <translation>
            <numerusform>可导入 %n 份答卷</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them replace(s) a sheet entered before</source>
        <translation>
            <numerusform>其中 %n 份将替换之前录入的答卷</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, listed below</source>
        <translation>
            <numerusform>有 %n 行存在问题，见下方列表</numerusform>
        </translation>
    </message>
    <message>
        <source>no row has a problem</source>
        <translation>没有发现有问题的行</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>joins the parts of the dry run&apos;s summary: &quot;12 sheets can be imported; 3 rows have problems, listed below&quot;</extracomment>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) imported and scored. Need follow-up: %1. Invalid: %2.</source>
        <translation>
            <numerusform>已导入并计分 %n 份答卷。需跟进：%1。无效：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The numbers are the values</source>
        <translation>数字即分值</translation>
    </message>
    <message>
        <source>1 = the first answer</source>
        <translation>1 = 第一个答案</translation>
    </message>
</context>
<context>
    <name>cd::ui::AppController</name>
    <message>
        <source>The vault was locked again: a new passphrase is needed after a recovery-code unlock.</source>
        <translation>档案库已重新锁定：用恢复码解锁后，必须设置新口令。</translation>
    </message>
    <message>
        <source>The vault locked itself after a period without use.</source>
        <translation>由于一段时间无人操作，档案库已自动锁定。</translation>
    </message>
    <message>
        <source>The vault locked because the screen was locked.</source>
        <translation>屏幕已锁定，档案库也随之锁定。</translation>
    </message>
    <message>
        <source>The vault locked because the computer went to sleep.</source>
        <translation>电脑进入了睡眠状态，档案库已随之锁定。</translation>
    </message>
</context>
<context>
    <name>cd::ui::AppointmentDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>登记预约</translation>
    </message>
    <message>
        <source>Change the appointment</source>
        <translation>修改预约</translation>
    </message>
    <message>
        <source>Who asked for the talk</source>
        <translation>谁提出的谈话</translation>
    </message>
    <message>
        <source>e.g. the class teacher, or the student&apos;s mother</source>
        <translation>例如班主任，或学生的母亲</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Kept in the vault; never printed on the roster or exported to a calendar</source>
        <translation>只保存在档案库中；不会打印在值班表上，也不会导出到日历</translation>
    </message>
    <message>
        <source>&amp;Asked by:</source>
        <translation>提出者(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>学生(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name of who asked:</source>
        <translation>提出者姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ounselor:</source>
        <translation>辅导员(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>No conflicts: the room is open and the counselor is free.</source>
        <translation>没有冲突：辅导室开放，辅导员有空。</translation>
    </message>
    <message>
        <source>This time clashes:
%1

Book it anyway?</source>
        <translation>该时间有冲突：
%1

仍然预约？</translation>
    </message>
    <message>
        <source>&amp;Book anyway</source>
        <translation>仍然预约(&amp;B)</translation>
    </message>
</context>
<context>
    <name>cd::ui::AssignmentsTable</name>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Every class on the roster with the teacher of its mental-health lessons</source>
        <translation>花名册上的每个班级及其心理课教师</translation>
    </message>
</context>
<context>
    <name>cd::ui::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Every unlock, user change and check is recorded here. Each row is chained to the one before it, so a row edited or removed outside CounselDesk is detected.</source>
        <translation>每一次解锁、用户变更和检查都会记录在这里。每一行都与前一行环环相扣，因此在 CounselDesk 之外修改或删除任何一行，都会被发现。</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s chain hash and name the first row that does not fit</source>
        <translation>重新计算每一行的链式哈希值，并指出第一处对不上的行</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n rows verified.</source>
        <translation>
            <numerusform>审计链完整：已校验 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with at row %1: %2 Tell the room lead and restore the newest backup.</source>
        <translation>审计日志在第 %1 行遭到篡改：%2请告知辅导室负责人，并恢复最新的备份。</translation>
    </message>
    <message>
        <source>Filter by user, action, student (name or pinyin), run or detail…</source>
        <translation>按用户、操作、学生（姓名或拼音）、筛查或详情筛选…</translation>
    </message>
</context>
<context>
    <name>cd::ui::AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>涉及对象</translation>
    </message>
</context>
<context>
    <name>cd::ui::AwayModel</name>
    <message>
        <source>certificate %1</source>
        <translation>证明 %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>申请 %1</translation>
    </message>
    <message>
        <source>assessment passed %1</source>
        <translation>评估通过 %1</translation>
    </message>
    <message>
        <source>assessment %1, not passed</source>
        <translation>评估 %1，未通过</translation>
    </message>
    <message>
        <source>nothing received yet</source>
        <translation>尚未收到任何材料</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Away since</source>
        <translation>休学起始</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Return paperwork</source>
        <translation>复学材料</translation>
    </message>
</context>
<context>
    <name>cd::ui::BackupDialog</name>
    <message>
        <source>Back up to this folder whenever CounselDesk &amp;quits</source>
        <translation>每次退出 CounselDesk 时都备份到此文件夹(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>备份档案库</translation>
    </message>
    <message>
        <source>A folder on a USB stick or another drive</source>
        <translation>U 盘或其他磁盘上的文件夹</translation>
    </message>
    <message>
        <source>Older backups of this vault in the folder are removed once the new one is verified</source>
        <translation>新备份通过校验后，该文件夹中本档案库较早的备份将被删除</translation>
    </message>
    <message>
        <source>The backup is one encrypted file: it opens only with a passphrase or the recovery code of this vault. Keep it on a drive that is not this computer, and keep it safe like the records themselves.</source>
        <translation>备份是一个加密文件：只有用本档案库的口令或恢复码才能打开。请把它存放在这台电脑以外的磁盘上，并像保管档案本身一样妥善保管。</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>保留最新的：</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 个备份</translation>
    </message>
    <message>
        <source>Backing up before quitting</source>
        <translation>退出前备份</translation>
    </message>
    <message>
        <source>Back up into</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Reading the backup back from the drive and checking it…</source>
        <translation>正在从磁盘读回备份并进行校验…</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>The folder %1 is not there. Plug in the drive or choose another folder.</source>
        <translation>找不到文件夹 %1。请插上磁盘，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The drive has %1 free; the backup needs about %2. Free some space or use another drive.</source>
        <translation>磁盘剩余空间为 %1，而备份大约需要 %2。请腾出空间或换一个磁盘。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并通过校验：%1</translation>
    </message>
    <message>
        <source>Students: %1 · cases: %2 · session notes: %3</source>
        <translation>学生：%1 · 个案：%2 · 辅导记录：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n older backups removed from the folder.</source>
        <translation>
            <numerusform>已从该文件夹中删除 %n 个旧备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the backup? Nothing of it will be kept.</source>
        <translation>要停止备份吗？已写入的部分不会保留。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>cd::ui::BandChart</name>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4%)</source>
        <extracomment>A segment of the band chart: group, band, count and its share of the group.</extracomment>
        <translation>%1：%2 %3 人（%4%）</translation>
    </message>
</context>
<context>
    <name>cd::ui::BreaksTable</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Holidays (no school) and exam periods (school, but no lessons), both days included</source>
        <translation>假期（不上学）和考试（上学但不上心理课），含首尾两天</translation>
    </message>
    <message>
        <source>&amp;Add holiday or exam</source>
        <translation>添加假期或考试(&amp;A)</translation>
    </message>
    <message>
        <source>A new row: pick its kind and its first and last day</source>
        <translation>新增一行：选择类型以及第一天和最后一天</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>删除行(&amp;V)</translation>
    </message>
    <message>
        <source>Removes the selected holiday or exam period</source>
        <translation>删除选中的假期或考试</translation>
    </message>
    <message>
        <source>e.g. National Day, mid-term exams</source>
        <translation>如 国庆节、期中考试</translation>
    </message>
</context>
<context>
    <name>cd::ui::CasesPanel</name>
    <message>
        <source>&amp;New session…</source>
        <translation>新建辅导记录(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>编辑辅导记录(&amp;E)…</translation>
    </message>
    <message>
        <source>Close &amp;case…</source>
        <translation>结案(&amp;C)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Presenting issue</source>
        <translation>来访问题</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>&amp;Open a case…</source>
        <translation>建立个案(&amp;O)…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>%1 — open since %2</source>
        <translation>%1 — 自 %2 起进行中</translation>
    </message>
    <message>
        <source>%1 — closed %2</source>
        <translation>%1 — %2 结案</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>建立个案</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Resume &amp;draft…</source>
        <translation>继续草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Continue the session you began and did not save yet</source>
        <translation>继续写您开始但尚未保存的辅导记录</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>下次预约</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>补录同意(&amp;R)…</translation>
    </message>
    <message>
        <source>Record the guardian who gave consent for a case opened as an emergency</source>
        <translation>为紧急建立的个案补录给予同意的监护人</translation>
    </message>
    <message>
        <source>%1 — closed %2: %3</source>
        <translation>%1 — %2 结案：%3</translation>
    </message>
    <message>
        <source>%1 · consent pending</source>
        <extracomment>a case in the list whose consent is still to be recorded</extracomment>
        <translation>%1 · 待补监护人同意</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consent pending.&lt;/b&gt; Opened as an emergency (%1): record the guardian&apos;s consent as soon as you can.</source>
        <extracomment>%1: the reason given when the case was opened without consent</extracomment>
        <translation>&lt;b&gt;待补监护人同意。&lt;/b&gt;本个案为紧急建立（%1）：请尽快补录监护人同意。</translation>
    </message>
    <message>
        <source>Consent given by %1 on %2.</source>
        <translation>同意人：%1，同意日期：%2。</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Closed %1: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>%1 结案：&lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Closed %1: &lt;b&gt;%2&lt;/b&gt;. %3</source>
        <translation>%1 结案：&lt;b&gt;%2&lt;/b&gt;。%3</translation>
    </message>
    <message>
        <source>Record the consent</source>
        <translation>补录监护人同意</translation>
    </message>
</context>
<context>
    <name>cd::ui::CategoriesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Concern categories</source>
        <translation>个案类别</translation>
    </message>
    <message>
        <source>e.g. Internet use</source>
        <translation>例如：网络使用</translation>
    </message>
    <message>
        <source>Add a category with this name at the end of the list</source>
        <translation>以此名称在列表末尾添加一个类别</translation>
    </message>
    <message>
        <source>Give the selected category this name (a built-in one with an empty name gets its original name back)</source>
        <translation>将所选类别改为此名称（内置类别名称留空则恢复原名）</translation>
    </message>
    <message>
        <source>Hidden categories are not offered for new cases; cases already filed keep them</source>
        <translation>隐藏的类别不再供新个案选择；已建立的个案保留原类别</translation>
    </message>
    <message>
        <source>What a case can be about, in the order counselors see it when they open one. Changes apply at once and are recorded in the audit log.</source>
        <translation>个案可涉及的问题类别，按辅导老师建立个案时看到的顺序排列。修改立即生效，并记入审计日志。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <extracomment>a concern category that is hidden from new cases</extracomment>
        <translation>%1（已隐藏）</translation>
    </message>
    <message>
        <source>Built-in category, renamed (originally “%1”)</source>
        <translation>内置类别，已重命名（原名“%1”）</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
</context>
<context>
    <name>cd::ui::CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Choose how the case ended…</source>
        <translation>请选择结案结果…</translation>
    </message>
    <message>
        <source>Optional: what changed, what was agreed, where the student was referred</source>
        <translation>可选：有何变化、达成了什么约定、转介到了哪里</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结案结果：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <translation>结案(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cd::ui::CloseGroupDialog</name>
    <message>
        <source>Close the group</source>
        <translation>结束小组</translation>
    </message>
    <message>
        <source>What changed for the members; what to follow up</source>
        <translation>成员有哪些变化；后续需跟进什么</translation>
    </message>
    <message>
        <source>Closing &quot;%1&quot;: write its &amp;outcome. A closed group takes no new members or sessions.</source>
        <translation>结束“%1”：请填写小组成效(&amp;O)。结束后不能再添加成员或活动。</translation>
    </message>
    <message>
        <source>C&amp;lose the group</source>
        <translation>结束小组(&amp;L)</translation>
    </message>
    <message>
        <source>Group not closed</source>
        <translation>未能结束小组</translation>
    </message>
</context>
<context>
    <name>cd::ui::ComplianceView</name>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Required so far</source>
        <translation>截至目前应上</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已上</translation>
    </message>
    <message>
        <source>Windows behind</source>
        <translation>未达标周期</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺课</translation>
    </message>
    <message>
        <source>Planned ahead</source>
        <translation>后续已排</translation>
    </message>
    <message>
        <source>Class meetings</source>
        <translation>主题班会</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级数</translation>
    </message>
    <message>
        <source>Classes behind</source>
        <translation>未达标班级</translation>
    </message>
    <message>
        <source>Without a class meeting</source>
        <translation>未开主题班会</translation>
    </message>
    <message>
        <source>Classes behind the lesson rule come first, in red</source>
        <translation>未达到心理课要求的班级排在最前，显示为红色</translation>
    </message>
    <message>
        <source>As of %1: %2 required so far, %3 delivered; %4 of %5 classes behind.</source>
        <extracomment>the compliance at a glance: &quot;As of 2026-12-06: 40 lessons required so far, 36 delivered; 3 of 20 classes behind.&quot;</extracomment>
        <translation>截至 %1：应上 %2，已上 %3 节；%5 个班中有 %4 个未达标。</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 节课</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>theme class meetings held of the target: &quot;0 / 1&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConsentDialog</name>
    <message>
        <source>Record the consent</source>
        <translation>补录监护人同意</translation>
    </message>
    <message>
        <source>e.g. the student&apos;s mother, Wang Li</source>
        <translation>例如：学生的母亲王丽</translation>
    </message>
    <message>
        <source>The case was opened on %1 as an emergency. Record the guardian who gave consent and when.</source>
        <translation>本个案于 %1 紧急建立。请填写给予同意的监护人及同意日期。</translation>
    </message>
    <message>
        <source>Consent given by:</source>
        <translation>同意人：</translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation>同意日期：</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>补录同意(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cd::ui::CreatePage</name>
    <message>
        <source>Creating the vault</source>
        <translation>正在创建档案库</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Generating the keys and encrypting the vault in %1. This takes a few seconds on purpose: it makes guessing passphrases slow.</source>
        <translation>正在生成密钥，并在 %1 中创建加密档案库。这一步会特意花上几秒钟：这样一来，试图猜测口令的人就会非常缓慢。</translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation>无法创建档案库：%1</translation>
    </message>
    <message>
        <source>The vault is ready.</source>
        <translation>档案库已准备就绪。</translation>
    </message>
    <message>
        <source>A database was set aside</source>
        <translation>已将一个数据库移到一旁</translation>
    </message>
    <message>
        <source>The folder held a vault database without its key-slot file. It was not deleted: it was moved, unchanged, to %1. A backup&apos;s key-slot file may still open it; keep it until you are sure it is not needed.</source>
        <translation>该文件夹中有一个没有密钥槽文件的档案库数据库。它没有被删除，而是原样移到了 %1。备份中的密钥槽文件也许还能打开它；在确定不再需要之前请保留它。</translation>
    </message>
</context>
<context>
    <name>cd::ui::CrisisEventDialog</name>
    <message>
        <source>What happened, as observed: what was seen and said, by whom (no interpretation)</source>
        <translation>所观察到的经过：谁看到了什么、听到了什么（只记事实，不作解释）</translation>
    </message>
    <message>
        <source>Thoughts of &amp;harming others</source>
        <translation>有伤害他人的想法(&amp;H)</translation>
    </message>
    <message>
        <source>Has access to the &amp;means</source>
        <translation>能接触到工具或手段(&amp;M)</translation>
    </message>
    <message>
        <source>Past &amp;attempts or self-harm</source>
        <translation>既往有自杀未遂或自伤(&amp;A)</translation>
    </message>
    <message>
        <source>An adult can stay with the student &amp;now</source>
        <translation>目前有成人可以陪护(&amp;N)</translation>
    </message>
    <message>
        <source>Stayed with the student, removed the means, called the school doctor, 120 …</source>
        <translation>专人陪护、移除危险物品、联系校医、拨打 120 …</translation>
    </message>
    <message>
        <source>Record a crisis event</source>
        <translation>记录危机事件</translation>
    </message>
    <message>
        <source>When it happened or was found (not in the future)</source>
        <translation>事件发生或发现的时间（不能晚于现在）</translation>
    </message>
    <message>
        <source>Classroom, dormitory, playground …</source>
        <translation>教室、宿舍、操场 …</translation>
    </message>
    <message>
        <source>Who raised it</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Passive: wishes to be dead</source>
        <translation>消极：希望自己死去</translation>
    </message>
    <message>
        <source>Active: thinks of acting</source>
        <translation>积极：考虑付诸行动</translation>
    </message>
    <message>
        <source>Bereavement, bullying, a family break-up, a failure that matters to the student</source>
        <translation>亲人离世、遭受欺凌、家庭变故、对学生很重要的挫折</translation>
    </message>
    <message>
        <source>Untick when no adult can stay with the student: the suggested level rises</source>
        <translation>无成人可陪护时取消勾选：建议等级会随之升高</translation>
    </message>
    <message>
        <source>People, reasons, plans for the future</source>
        <translation>支持他的人、活下去的理由、对未来的打算</translation>
    </message>
    <message>
        <source>Suggested from the assessment; you decide the level</source>
        <translation>根据评估给出的建议；由您决定最终等级</translation>
    </message>
    <message>
        <source>Why the level differs from the suggestion</source>
        <translation>等级与建议不同的原因</translation>
    </message>
    <message>
        <source>Student and what happened</source>
        <translation>学生与事件经过</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>学生(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>信息来源(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>经过(&amp;D)：</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>Pr&amp;otective factors:</source>
        <translation>保护因素(&amp;O)：</translation>
    </message>
    <message>
        <source>Level and action</source>
        <translation>等级与处置</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>建议等级：</translation>
    </message>
    <message>
        <source>&amp;Immediate action:</source>
        <translation>即时处置(&amp;I)：</translation>
    </message>
    <message>
        <source>Record the event; the student&apos;s watch-list level is raised to this level</source>
        <translation>记录事件；该生的重点关注等级将提高到此等级</translation>
    </message>
    <message>
        <source>Required: the level differs from the suggestion</source>
        <translation>必填：所选等级与建议不同</translation>
    </message>
    <message>
        <source>Only needed when the level differs from the suggestion</source>
        <translation>仅在所选等级与建议不同时填写</translation>
    </message>
    <message>
        <source>Choose the student first</source>
        <translation>请先选择学生</translation>
    </message>
    <message>
        <source>Describe what happened first</source>
        <translation>请先描述事件经过</translation>
    </message>
    <message>
        <source>Say why the level differs from the suggestion</source>
        <translation>请说明等级与建议不同的原因</translation>
    </message>
    <message>
        <source>Has a p&amp;lan (how, when, where)</source>
        <translation>有具体计划（方式、时间、地点）(&amp;L)</translation>
    </message>
    <message>
        <source>A recent loss or &amp;blow</source>
        <translation>近期遭遇丧失或重大打击(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Thoughts of self-harm:</source>
        <translation>自伤想法(&amp;T)：</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <source>Confirmed le&amp;vel:</source>
        <translation>确认等级(&amp;V)：</translation>
    </message>
    <message>
        <source>Reason for a di&amp;fferent level:</source>
        <translation>不同等级的理由(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::CrisisEventView</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Done / due</source>
        <translation>完成 / 期限</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>通报对象</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>Record &amp;step…</source>
        <translation>记录步骤(&amp;S)…</translation>
    </message>
    <message>
        <source>Record &amp;who was told…</source>
        <translation>记录通报(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>转介(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;lose event…</source>
        <translation>结案(&amp;L)…</translation>
    </message>
    <message>
        <source>Crisis event</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <source>Who was &amp;told</source>
        <translation>通报记录(&amp;T)</translation>
    </message>
    <message>
        <source>When a step of the procedure was done, and by whom</source>
        <translation>记录处置流程中某一步的完成时间和执行人</translation>
    </message>
    <message>
        <source>Who was told, when and how: class teacher, school leader, guardian, 110, 120, an institution</source>
        <translation>通报了谁、何时、以何种方式：班主任、校领导、监护人、110、120 或机构</translation>
    </message>
    <message>
        <source>Draft a referral to a hospital or centre from this event</source>
        <translation>根据此事件起草转介到医院或机构</translation>
    </message>
    <message>
        <source>Close the event with a note on why it can be closed</source>
        <translation>结案，并说明可以结案的理由</translation>
    </message>
    <message>
        <source>&amp;Growth record</source>
        <translation>成长档案(&amp;G)</translation>
    </message>
    <message>
        <source>Open the student&apos;s growth record</source>
        <translation>打开该生的成长档案</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt; · %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt; · %4 · %5</translation>
    </message>
    <message>
        <source>Closed %1 by %2: %3</source>
        <translation>%1 由 %2 结案：%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>消极</translation>
    </message>
    <message>
        <source>active</source>
        <translation>积极</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Thoughts of self-harm</source>
        <translation>自伤想法</translation>
    </message>
    <message>
        <source>Thoughts of harming others</source>
        <translation>伤害他人的想法</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Access to means</source>
        <translation>能接触工具或手段</translation>
    </message>
    <message>
        <source>Past attempts or self-harm</source>
        <translation>既往自杀未遂或自伤</translation>
    </message>
    <message>
        <source>Recent loss</source>
        <translation>近期丧失或打击</translation>
    </message>
    <message>
        <source>An adult can stay</source>
        <translation>有成人可陪护</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>保护因素</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Suggested level</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <source>Confirmed level</source>
        <translation>确认等级</translation>
    </message>
    <message>
        <source>Why it differs</source>
        <translation>不同的理由</translation>
    </message>
    <message>
        <source>Immediate action</source>
        <translation>即时处置</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>已逾期（期限 %1）</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>Past the school&apos;s time limit for this step: record it when it is done</source>
        <translation>已超过学校规定的时限：完成后请记录</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>broken: %1</source>
        <translation>已打破：%1</translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation>记录处置步骤</translation>
    </message>
    <message>
        <source>Record who was told</source>
        <translation>记录通报</translation>
    </message>
    <message>
        <source>Close the event</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Why can the event be closed? (The student is safe, followed up by a case, referred …)</source>
        <translation>为什么可以结案？（学生已安全、已建个案跟进、已转介 …）</translation>
    </message>
    <message>
        <source>&amp;Close event</source>
        <translation>结案(&amp;C)</translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <translation>处置步骤(&amp;P)</translation>
    </message>
</context>
<context>
    <name>cd::ui::CrisisPage</name>
    <message>
        <source>Show &amp;closed</source>
        <translation>显示已结束的(&amp;C)</translation>
    </message>
    <message>
        <source>Crisis and referrals</source>
        <translation>危机与转介</translation>
    </message>
    <message>
        <source>&amp;New crisis event…</source>
        <translation>新建危机事件(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a crisis event (Ctrl+Shift+E from anywhere)</source>
        <translation>记录危机事件（在任何界面均可按 Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Also list referrals that are closed</source>
        <translation>同时列出已结束的转介</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the event</source>
        <translation>双击或按回车打开事件</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the referral</source>
        <translation>双击或按回车打开转介</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the student&apos;s growth record</source>
        <translation>双击或按回车打开该生的成长档案</translation>
    </message>
    <message>
        <source>Open &amp;events</source>
        <translation>未结案事件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>转介(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Away from school</source>
        <translation>休学学生(&amp;A)</translation>
    </message>
    <message>
        <source>Filter: name, class, kind, status …</source>
        <translation>筛选：姓名、班级、类型、状态 …</translation>
    </message>
    <message>
        <source>Open &amp;events (%1)</source>
        <translation>未结案事件（%1）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Referrals (%1)</source>
        <translation>转介（%1）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Away from school (%1)</source>
        <translation>休学学生（%1）(&amp;A)</translation>
    </message>
    <message>
        <source>Open events: %1 · Steps overdue: %2 · Referral reminders: %3</source>
        <translation>未结案事件：%1 · 逾期步骤：%2 · 转介提醒：%3</translation>
    </message>
</context>
<context>
    <name>cd::ui::CrisisRecordPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <source>Slip due</source>
        <translation>回执期限</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>By</source>
        <translation>打印人</translation>
    </message>
    <message>
        <source>Record a crisis event…</source>
        <translation>记录危机事件…</translation>
    </message>
    <message>
        <source>What happened, the assessment and the level (Ctrl+Shift+E anywhere)</source>
        <translation>发生了什么、评估和等级（任何地方按 Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>The event&apos;s steps and who was told</source>
        <translation>事件的处置步骤和通知对象</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>新建转介…</translation>
    </message>
    <message>
        <source>Advise the guardian to take the student to a hospital or centre</source>
        <translation>建议监护人带学生到医院或中心就诊</translation>
    </message>
    <message>
        <source>Status, letters and the return slip</source>
        <translation>状态、转介文书和回执</translation>
    </message>
    <message>
        <source>Safety plan…</source>
        <translation>安全计划…</translation>
    </message>
    <message>
        <source>Make or review the plan with the student</source>
        <translation>与学生一起制定或复查安全计划</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>One page for the student and the guardian</source>
        <translation>给学生和监护人的一页纸</translation>
    </message>
    <message>
        <source>Time off and return…</source>
        <translation>休学与复学…</translation>
    </message>
    <message>
        <source>Time off school, the return&apos;s papers and the return</source>
        <translation>休学、复学材料和复学</translation>
    </message>
    <message>
        <source>Support plan…</source>
        <translation>一生一策…</translation>
    </message>
    <message>
        <source>Goals and who does what: counselor, class teacher, guardian</source>
        <translation>目标和分工：心理老师、班主任、监护人</translation>
    </message>
    <message>
        <source>Crisis events</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>安全计划</translation>
    </message>
    <message>
        <source>Time off school</source>
        <translation>休学</translation>
    </message>
    <message>
        <source>Support plan (one student, one plan)</source>
        <translation>一生一策支持计划</translation>
    </message>
    <message>
        <source>Documents that left the room</source>
        <translation>已发出的文书</translation>
    </message>
    <message>
        <source>On the watch list: &lt;b&gt;%1&lt;/b&gt;. %2</source>
        <translation>重点关注：&lt;b&gt;%1&lt;/b&gt;。%2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Version %1 of %2; review on %3.</source>
        <translation>第 %1 版（%2）；复查日期 %3。</translation>
    </message>
    <message>
        <source>No safety plan yet.</source>
        <translation>尚无安全计划。</translation>
    </message>
    <message>
        <source>At school.</source>
        <translation>在校。</translation>
    </message>
    <message>
        <source>Away since %1.</source>
        <translation>自 %1 起休学。</translation>
    </message>
    <message>
        <source>Back at school since %1 (away from %2).</source>
        <translation>已于 %1 复学（%2 起休学）。</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Review on %2.</source>
        <translation>%1&lt;br&gt;复查日期 %2。</translation>
    </message>
    <message>
        <source>No support plan yet.</source>
        <translation>尚无支持计划。</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>cd::ui::DirectoryDialog</name>
    <message>
        <source>Show &amp;retired</source>
        <translation>显示已停用的(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Directory of institutions</source>
        <translation>机构通讯录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Filter by name, department, phone …</source>
        <translation>按名称、科室、电话筛选 …</translation>
    </message>
    <message>
        <source>Retired entries stay in the records that name them</source>
        <translation>已停用的条目仍保留在引用它们的记录中</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a hospital department, a centre, the police station, a hotline …</source>
        <translation>添加医院科室、中心、派出所、热线 …</translation>
    </message>
    <message>
        <source>No longer offered in lists; records that name it keep it</source>
        <translation>不再出现在选择列表中；已引用它的记录保持不变</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>恢复使用(&amp;B)</translation>
    </message>
</context>
<context>
    <name>cd::ui::DistrictExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>District summary</source>
        <translation>区级学期汇总</translation>
    </message>
    <message>
        <source>The semester the summary counts</source>
        <translation>汇总所统计的学期</translation>
    </message>
    <message>
        <source>Counts from 1 to k−1 are withheld, and whatever would let them be worked out</source>
        <translation>1 至 k−1 的计数不予公布，可据以推算出它们的数字也不公布</translation>
    </message>
    <message>
        <source>5 (usual)</source>
        <translation>5（常用）</translation>
    </message>
    <message>
        <source>10 (stricter)</source>
        <translation>10（更严格）</translation>
    </message>
    <message>
        <source>The language of the tables and of the PDF report</source>
        <translation>表格和 PDF 报告所用的语言</translation>
    </message>
    <message>
        <source>Write the package to a folder or USB drive, after your passphrase again</source>
        <translation>再次输入口令后，将报送包写入文件夹或 U 盘</translation>
    </message>
    <message>
        <source>&amp;Semester:</source>
        <translation>学期(&amp;S)：</translation>
    </message>
    <message>
        <source>Smallest count published (&amp;k):</source>
        <translation>公布的最小计数(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Choose the folder or USB drive for the package</source>
        <translation>选择存放报送包的文件夹或 U 盘</translation>
    </message>
    <message>
        <source>The district summary leaves the counseling room.</source>
        <translation>区级学期汇总将被带出心理辅导室。</translation>
    </message>
    <message>
        <source>Exporting the district summary…</source>
        <translation>正在导出区级学期汇总…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1

Replace the package that is there?</source>
        <translation>%1

要替换已有的报送包吗？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>The school has no semester yet: add one on the Lessons page with New semester… first.</source>
        <translation>学校还没有学期：请先在“心理课”页面点“新建学期…”添加。</translation>
    </message>
</context>
<context>
    <name>cd::ui::DistrictPackageModel</name>
    <message>
        <source>✓ Verified</source>
        <translation>✓ 已校验</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <extracomment>tooltip on a row of the District window&apos;s package list</extracomment>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>学校代码</translation>
    </message>
    <message>
        <source>School type</source>
        <translation>学段</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>k</source>
        <extracomment>the column of the smallest count a package publishes</extracomment>
        <translation>k</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation>未读取。</translation>
    </message>
    <message>
        <source>The same school and semester as %1: remove one of them.</source>
        <extracomment>%1 the other package folders of the same school and semester</extracomment>
        <translation>与 %1 为同一学校、同一学期：请移除其中一个。</translation>
    </message>
    <message>
        <source>Semester “%1”, the other packages “%2”: a merge adds up one semester.</source>
        <extracomment>%1 this package&apos;s semester, %2 the semester of most packages</extracomment>
        <translation>学期为“%1”，其他报送包为“%2”：一次合并只能汇总一个学期。</translation>
    </message>
    <message>
        <source>Table layout “%1”, the other packages “%2”: a merge needs one layout version.</source>
        <extracomment>%1 and %2 a layout&apos;s name and version</extracomment>
        <translation>表格布局为“%1”，其他报送包为“%2”：合并要求使用同一布局版本。</translation>
    </message>
</context>
<context>
    <name>cd::ui::DistrictWindow</name>
    <message>
        <source>District packages</source>
        <translation>区级报送包汇总</translation>
    </message>
    <message>
        <source>District packages: merge the schools&apos; semester summaries</source>
        <translation>区级报送包汇总：合并各校学期汇总</translation>
    </message>
    <message>
        <source>School packages</source>
        <translation>各校报送包</translation>
    </message>
    <message>
        <source>The schools&apos; packages: add a folder, or drop folders here</source>
        <translation>各校的报送包：添加文件夹，或把文件夹拖到这里</translation>
    </message>
    <message>
        <source>The language of the district tables and of the PDF report</source>
        <translation>全区汇总表和 PDF 报告所用的语言</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a school&apos;s package, or a folder or USB drive holding several</source>
        <translation>添加一个学校的报送包，或存放多个报送包的文件夹或 U 盘</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected packages</source>
        <translation>移除所选的报送包</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every package from the list</source>
        <translation>从列表中移除全部报送包</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Add up the packages into district tables and check that nobody can be identified</source>
        <translation>把各报送包相加为全区汇总表，并核查无人可被识别</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the district package to a folder or USB drive</source>
        <translation>把全区报送包写入文件夹或 U 盘</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>打开 PDF(&amp;P)</translation>
    </message>
    <message>
        <source>Open the report of the package just written</source>
        <translation>打开刚写出的报送包中的报告</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>关闭此窗口</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>用户手册(&amp;M)</translation>
    </message>
    <message>
        <source>The manual&apos;s chapter on the District window</source>
        <translation>手册中关于区级报送包汇总窗口的一章</translation>
    </message>
    <message>
        <source>&amp;Packages</source>
        <translation>报送包(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>报送包</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Reading and verifying the packages…</source>
        <translation>正在读取并校验报送包…</translation>
    </message>
    <message>
        <source>Adding up the packages and checking that nobody can be identified…</source>
        <translation>正在汇总报送包并核查无人可被识别…</translation>
    </message>
    <message>
        <source>The merge was cancelled.</source>
        <translation>已取消合并。</translation>
    </message>
    <message>
        <source>Choose the folder or USB drive for the district package</source>
        <translation>选择存放全区报送包的文件夹或 U 盘</translation>
    </message>
    <message>
        <source>Writing the district package and reading it back…</source>
        <translation>正在写入全区报送包并读回校验…</translation>
    </message>
    <message>
        <source>%1

Replace the district package that is there?</source>
        <translation>%1

要替换已有的全区报送包吗？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation>已取消导出：未写入任何内容。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Choose a package, or a folder or USB drive holding packages</source>
        <translation>选择一个报送包，或存放报送包的文件夹或 U 盘</translation>
    </message>
    <message>
        <source>Add the schools&apos; packages with Add folder… (a folder or USB drive holding several adds them all), or drop folders on the list.</source>
        <translation>用“添加文件夹…”添加各校的报送包（选择存放多个报送包的文件夹或 U 盘即全部添加），或把文件夹拖到列表上。</translation>
    </message>
    <message>
        <source>Packages listed: %1, of which %2 cannot be merged: remove them or add the right ones.</source>
        <translation>列表中有 %1 个报送包，其中 %2 个不能合并：请移除它们，或添加正确的报送包。</translation>
    </message>
    <message>
        <source>Packages listed: %1, all verified. Merge adds them up.</source>
        <translation>列表中有 %1 个报送包，均已校验。点“合并”即可汇总。</translation>
    </message>
    <message>
        <source>Not merged yet.</source>
        <translation>尚未合并。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The smallest count the district tables publish: counts from 1 to k−1 are withheld. A package exported with a smaller k can only be merged with that k.</source>
        <translation>区级汇总表公布的最小计数：1 至 k−1 的计数不予公布。以较小的 k 导出的报送包只能用那个 k 合并。</translation>
    </message>
    <message>
        <source>k:</source>
        <translation>k：</translation>
    </message>
    <message>
        <source>%1 (below the usual %2)</source>
        <translation>%1（低于常用的 %2）</translation>
    </message>
    <message>
        <source>%1 (usual)</source>
        <translation>%1（常用）</translation>
    </message>
    <message>
        <source>Schools merged: %1 (%2). Counts withheld: %3, of which %4 shown as a lower bound (≥n). Values shown as * or ≥n (these counts and the percents that depend on them): %5. k = %6.</source>
        <extracomment>the line above the merged tables; %2 the semester, %3 counts of students withheld, %4 of them shown as a lower bound, %5 values shown as * or ≥n (those counts and the percents of them), %6 the threshold k used</extracomment>
        <translation>已合并学校：%1 所（%2）。已隐去的计数：%3 个，其中 %4 个以下限（≥n）显示。显示为 * 或 ≥n 的数值（这些计数及依据它们算出的百分比）：%5 个。k = %6。</translation>
    </message>
</context>
<context>
    <name>cd::ui::DocumentPreviewDialog</name>
    <message>
        <source>Chinese (简体中文)</source>
        <extracomment>The languages a printed document can be in (whatever the interface speaks)</extracomment>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文（English）</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>文书语言(&amp;L)：</translation>
    </message>
    <message>
        <source>You can change the text before it is printed. What is printed or saved is kept in the vault exactly as it leaves.</source>
        <translation>打印前可以修改文字。打印或保存的文书将按其原样保存在档案库中。</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print (%1)</source>
        <translation>打印（%1）</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>The document is composed again in the other language: the changes you made to its text are lost.</source>
        <translation>文书将用另一种语言重新生成，您对文字所做的修改将会丢失。</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>更换语言</translation>
    </message>
    <message>
        <source>This document names a student and leaves the counselling room. It is recorded in the audit log and kept in the vault as printed.</source>
        <translation>这份文书写有学生姓名，并将离开心理辅导室。它会记入审计日志，并按打印时的原样保存在档案库中。</translation>
    </message>
    <message>
        <source>The document was not printed or saved, because it could not be recorded in the vault: %1</source>
        <translation>文书未能记入档案库，因此没有打印或保存：%1</translation>
    </message>
    <message>
        <source>The printer cannot be used. Check that it is connected and switched on, or save the document as a PDF instead. Nothing was printed.</source>
        <translation>无法使用该打印机。请检查打印机是否已连接并开机，或改为将文书另存为 PDF。没有打印任何内容。</translation>
    </message>
    <message>
        <source>The attempt is recorded in the audit log.</source>
        <translation>此次尝试已记入审计日志。</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>%1 %2.pdf</source>
        <extracomment>Suggested file name of a printed document: its kind, the date</extracomment>
        <translation>%1 %2.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>Save as PDF: %1</source>
        <extracomment>The save dialog&apos;s title: the kind of document</extracomment>
        <translation>另存为 PDF：%1</translation>
    </message>
</context>
<context>
    <name>cd::ui::DutyRosterDialog</name>
    <message>
        <source>Open hours and duty roster</source>
        <translation>开放时间与值班表</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>When the room is open to students each week</source>
        <translation>辅导室每周向学生开放的时间</translation>
    </message>
    <message>
        <source>Who is in the room when; a user&apos;s shifts show in their agenda and calendar export</source>
        <translation>谁在什么时间值班；用户的值班会出现在其日程和日历导出中</translation>
    </message>
    <message>
        <source>Add open &amp;hours</source>
        <translation>添加开放时间(&amp;H)</translation>
    </message>
    <message>
        <source>Remove hou&amp;rs…</source>
        <translation>删除开放时间(&amp;R)…</translation>
    </message>
    <message>
        <source>Add shi&amp;ft</source>
        <translation>添加班次(&amp;F)</translation>
    </message>
    <message>
        <source>Remo&amp;ve shift…</source>
        <translation>删除班次(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>The weekly roster for the room&apos;s door, in a print preview</source>
        <translation>贴在辅导室门上的每周值班表，先打印预览</translation>
    </message>
    <message>
        <source>Semester:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>(not a user)</source>
        <translation>（非软件用户）</translation>
    </message>
    <message>
        <source>Remove the selected row? It goes when you save.</source>
        <translation>删除选中的行？保存时生效。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Set up a semester on the Lessons page first: open hours and duty belong to a semester.</source>
        <translation>请先在心理课页面设置学期：开放时间和值班属于某个学期。</translation>
    </message>
    <message>
        <source>Open %1 h %2 min a week outside class (target %3 h).</source>
        <translation>每周在上课时间以外开放 %1 小时 %2 分钟（目标 %3 小时）。</translation>
    </message>
    <message>
        <source>Save the duty roster as PDF</source>
        <extracomment>File name of the printed duty roster: the semester&apos;s name</extracomment>
        <translation>将值班表另存为 PDF</translation>
    </message>
    <message>
        <source>%1 duty roster.pdf</source>
        <translation>%1 值班表.pdf</translation>
    </message>
</context>
<context>
    <name>cd::ui::EventDialog</name>
    <message>
        <source>New school event</source>
        <translation>新建学校活动</translation>
    </message>
    <message>
        <source>Edit the school event</source>
        <translation>编辑学校活动</translation>
    </message>
    <message>
        <source>The activity&apos;s theme, or how the family event or training was held</source>
        <translation>全校活动的主题，或家庭教育活动、培训的形式</translation>
    </message>
    <message>
        <source>e.g. 家长学校：如何与青春期孩子沟通</source>
        <translation>例如：家长学校：如何与青春期孩子沟通</translation>
    </message>
    <message>
        <source>e.g. 初一家长, 全体班主任</source>
        <translation>例如：初一家长、全体班主任</translation>
    </message>
    <message>
        <source>How many people came</source>
        <translation>实际参加人数</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>对象(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Head count:</source>
        <translation>人数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Event not saved</source>
        <translation>未能保存活动</translation>
    </message>
</context>
<context>
    <name>cd::ui::EventsPane</name>
    <message>
        <source>&amp;New event…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>The semester whose events and targets are shown</source>
        <translation>显示该学期的活动和目标</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Record an activity, a family-education event or a teacher training (Ctrl+Shift+V)</source>
        <translation>记录全校活动、家庭教育活动或教师培训（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>Change the chosen event</source>
        <translation>修改所选活动</translation>
    </message>
    <message>
        <source>Remove the chosen event</source>
        <translation>删除所选活动</translation>
    </message>
    <message>
        <source>Se&amp;mester:</source>
        <translation>学期(&amp;M)：</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>School events</source>
        <translation>学校活动</translation>
    </message>
    <message>
        <source>No semester yet: set one up on the Lessons page, then record its events here.</source>
        <translation>还没有学期：请先在心理课页面设置学期，再在这里记录活动。</translation>
    </message>
    <message>
        <source>Family education: %1 of %2 held. Teacher trainings: %3 of %4 held (%5 min). Whole-school activities: %6 of %7 months so far with %8 or more.</source>
        <translation>家庭教育：已举办 %1 次，目标 %2 次。教师培训：已举办 %3 次，目标 %4 次（共 %5 分钟）。全校心理活动：迄今 %7 个月中有 %6 个月达到每月 %8 次。</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; of %2? It no longer counts toward the semester&apos;s targets.</source>
        <translation>删除 %2 的“%1”？删除后不再计入本学期目标。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>cd::ui::FlaggedModel</name>
    <message>
        <source>Critical item %1</source>
        <translation>危机题目：第 %1 题</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <extracomment>Tooltip of an invalid sheet: the reasons, as a list.</extracomment>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>T-score</source>
        <translation>T分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Follow-up still open from an earlier sheet</source>
        <extracomment>the follow-up is still open, though this sheet (entered again, or rescored) is not flagged</extracomment>
        <translation>之前的答卷需跟进，尚未结束</translation>
    </message>
</context>
<context>
    <name>cd::ui::FollowUpDialog</name>
    <message>
        <source>&amp;Confirm the concern: the student needs support</source>
        <translation>确认问题：该学生需要支持(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear the flag: a false alarm</source>
        <translation>解除标记：属于误报(&amp;L)</translation>
    </message>
    <message>
        <source>Close the follow-up</source>
        <translation>结束跟进</translation>
    </message>
    <message>
        <source>What the interview found (required)</source>
        <translation>面谈发现的情况（必填）</translation>
    </message>
    <message>
        <source>Close &amp;follow-up</source>
        <translation>结束跟进(&amp;F)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>What did the interview with &lt;b&gt;%1&lt;/b&gt; show? (Flagged: %2)</source>
        <translation>与 &lt;b&gt;%1&lt;/b&gt; 面谈的结果如何？（筛出原因：%2）</translation>
    </message>
</context>
<context>
    <name>cd::ui::GridEntryDialog</name>
    <message>
        <source>&amp;Only students without a sheet</source>
        <translation>只显示尚无答卷的学生(&amp;O)</translation>
    </message>
    <message>
        <source>Student number or name</source>
        <translation>学号或姓名</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>问卷(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Save rows</source>
        <translation>保存各行(&amp;S)</translation>
    </message>
    <message>
        <source>Save every unsaved row (Ctrl+S)</source>
        <translation>保存所有未保存的行（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Type in paper sheets</source>
        <translation>录入纸质答卷</translation>
    </message>
    <message>
        <source>Type in paper sheets: %1</source>
        <extracomment>the window title; %1 is the screening run&apos;s name</extracomment>
        <translation>录入纸质答卷：%1</translation>
    </message>
    <message>
        <source>Type the value of each answer: the cursor moves on by itself and each row is saved at its end. Space or Delete: unanswered. Ctrl+Z: undo in the row being typed. Ctrl+S: save.</source>
        <translation>依次输入每道题答案的分值：光标会自动跳到下一格，每行填完后自动保存。空格键或 Delete 键：未作答。Ctrl+Z：撤销正在输入的这一行中的修改。Ctrl+S：保存。</translation>
    </message>
    <message>
        <source>Type the value of each answer and press Enter: the cursor moves on and each row is saved at its end. Space or Delete: unanswered. Ctrl+Z: undo in the row being typed. Ctrl+S: save.</source>
        <translation>输入每道题答案的分值后按回车键：光标会跳到下一格，每行填完后自动保存。空格键或 Delete 键：未作答。Ctrl+Z：撤销正在输入的这一行中的修改。Ctrl+S：保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) shown</source>
        <translation>
            <numerusform>当前显示 %n 名学生</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an answer of this questionnaire. The answers are %2; Space or Delete leaves the item unanswered.</source>
        <extracomment>%1: what was typed; %2: the values allowed (&quot;0, 1, 2 and 3&quot;)</extracomment>
        <translation>“%1”不是本问卷的答案。答案应为 %2；按空格键或 Delete 键表示该题未作答。</translation>
    </message>
    <message>
        <source>Nothing to undo in this row: only changes not saved yet can be undone.</source>
        <translation>这一行没有可撤销的内容：只能撤销尚未保存的修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of answers are not saved yet. Save them?</source>
        <translation>
            <numerusform>还有 %n 行答案尚未保存。要保存吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue entering</source>
        <translation>继续录入</translation>
    </message>
</context>
<context>
    <name>cd::ui::GroupDialog</name>
    <message>
        <source>New counseling group</source>
        <translation>新建团体辅导小组</translation>
    </message>
    <message>
        <source>Edit the group</source>
        <translation>编辑小组</translation>
    </message>
    <message>
        <source>e.g. 初一新生适应小组</source>
        <translation>例如：初一新生适应小组</translation>
    </message>
    <message>
        <source>The counselor who leads the group&apos;s sessions</source>
        <translation>带领小组活动的心理教师</translation>
    </message>
    <message>
        <source>Who it is for, what it aims at, how often it meets</source>
        <translation>面向哪些学生、目标是什么、多久活动一次</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>带领者(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>经过(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Group not saved</source>
        <translation>未能保存小组</translation>
    </message>
</context>
<context>
    <name>cd::ui::GroupRecordPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>团体辅导</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Not in any counseling group&apos;s sessions yet.</source>
        <translation>尚未参加任何团体辅导活动。</translation>
    </message>
    <message>
        <source>Attended %1 of %2 group sessions (%3).</source>
        <translation>参加了 %2 次团体辅导活动中的 %1 次（%3）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>cd::ui::GroupsPage</name>
    <message>
        <source>&amp;Groups</source>
        <translation>团体辅导(&amp;G)</translation>
    </message>
    <message>
        <source>Group counseling: members, sessions, attendance, outcomes</source>
        <translation>团体辅导：成员、活动、出勤、成效</translation>
    </message>
    <message>
        <source>Sc&amp;hool events</source>
        <translation>学校活动(&amp;H)</translation>
    </message>
    <message>
        <source>Whole-school activities, family education and teacher trainings against the semester&apos;s targets</source>
        <translation>全校心理活动、家庭教育和教师培训，对照本学期目标</translation>
    </message>
</context>
<context>
    <name>cd::ui::GroupsPane</name>
    <message>
        <source>Group</source>
        <translation>团体辅导</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>带领者</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Filter by name, theme or leader</source>
        <translation>按名称、主题或带领者筛选</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>新建小组(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a counseling group</source>
        <translation>开设一个团体辅导小组</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Name, theme, leader and description</source>
        <translation>名称、主题、带领者和简介</translation>
    </message>
    <message>
        <source>Clo&amp;se group…</source>
        <translation>结束小组(&amp;S)…</translation>
    </message>
    <message>
        <source>Close the group with its outcome note</source>
        <translation>填写成效并结束小组</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>The group, its sessions and attendance, in the print preview (Ctrl+P)</source>
        <translation>小组、活动和出勤情况的打印预览（Ctrl+P）</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the group report as a PDF</source>
        <translation>将团体辅导报告保存为 PDF</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>A student from the roster joins the group</source>
        <translation>从花名册中选择学生加入小组</translation>
    </message>
    <message>
        <source>Member &amp;left</source>
        <translation>成员退出(&amp;L)</translation>
    </message>
    <message>
        <source>The chosen member left the group today (their attendance stays)</source>
        <translation>所选成员今天退出小组（已有出勤记录保留）</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>活动(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;cord…</source>
        <translation>记录(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a session held: when, topic, who came</source>
        <translation>记录一次活动：时间、内容、出勤</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <source>Change the chosen session or its attendance</source>
        <translation>修改所选活动或其出勤</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the chosen session and its attendance</source>
        <translation>删除所选活动及其出勤记录</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>团体辅导</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>No group chosen: start one with New group.</source>
        <translation>未选择小组：可用“新建小组”开设一个。</translation>
    </message>
    <message>
        <source>Closed. Outcome: %1</source>
        <translation>已结束。成效：%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Member left</source>
        <translation>成员退出</translation>
    </message>
    <message>
        <source>Record that %1 left the group today? Their attendance so far stays.</source>
        <translation>记录 %1 今天退出小组？已有的出勤记录会保留。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Remove the session of %1 and its attendance from the members&apos; records?</source>
        <translation>从成员的档案中删除 %1 的活动及其出勤记录？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>cd::ui::HomePage</name>
    <message>
        <source>Welcome, %1.</source>
        <translation>%1，您好！</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here:&lt;/b&gt; import the school&apos;s roster (a CSV or Excel file from the school&apos;s office). Students, their records, screening and everything else build on it.</source>
        <translation>&lt;b&gt;从这里开始：&lt;/b&gt;导入学校的学生名单（教务处提供的 CSV 或 Excel 文件）。学生、成长档案、筛查等一切都以它为基础。</translation>
    </message>
    <message>
        <source>&amp;Import the roster…</source>
        <translation>导入学生名单(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose the roster file; you check every row before anything is written</source>
        <translation>选择名单文件；写入前您会逐行核对</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Click a line (or press Enter) to open its record</source>
        <translation>点击一行（或按回车）打开相应记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <source>Nothing is due: no overdue steps, reviews, slips or follow-ups, and no appointments this week.</source>
        <translation>目前没有待办：没有逾期的处置步骤、复查、回执或跟进，本周也没有约谈。</translation>
    </message>
    <message>
        <source>On your desk: %1 · overdue: %2</source>
        <translation>待办：%1 项 · 已逾期：%2 项</translation>
    </message>
    <message>
        <source>%1 · signed in as %2 (%3) · step away? Press Ctrl+L to lock.</source>
        <translation>%1 · 当前用户 %2（%3）· 要离开电脑？按 Ctrl+L 锁定。</translation>
    </message>
    <message>
        <source>Login: %1
Vault folder: %2
Encrypted with a 256-bit key (SQLCipher); passphrases hardened against guessing (Argon2id).</source>
        <translation>登录名：%1
档案库文件夹：%2
以 256 位密钥加密（SQLCipher），口令经防猜测加固（Argon2id）。</translation>
    </message>
</context>
<context>
    <name>cd::ui::InstitutionDialog</name>
    <message>
        <source>Edit institution</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <source>Add an institution</source>
        <translation>添加机构</translation>
    </message>
    <message>
        <source>e.g. City Mental Health Centre</source>
        <translation>例如：市精神卫生中心</translation>
    </message>
    <message>
        <source>e.g. Child and adolescent psychology clinic</source>
        <translation>例如：儿童青少年心理门诊</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Opening hours, how to book, …</source>
        <translation>门诊时间、预约方式 …</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>科室(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::InstrumentsDialog</name>
    <message>
        <source>Instruments</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>题数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Load a definition…</source>
        <translation>加载定义文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Instrument definition</source>
        <translation>量表定义文件</translation>
    </message>
    <message>
        <source>Instrument definitions (*.json);;All files (*)</source>
        <translation>量表定义文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>软件自带</translation>
    </message>
    <message>
        <source>Loaded %1 by %2</source>
        <translation>由 %2 于 %1 加载</translation>
    </message>
    <message>
        <source>Load a definition</source>
        <translation>加载定义文件</translation>
    </message>
    <message>
        <source>%1, version %2, is ready to use in new runs.</source>
        <translation>%1（版本 %2）已可用于新的筛查批次。</translation>
    </message>
    <message>
        <source>Rescore runs</source>
        <translation>重新计分</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Rescore</source>
        <translation>重新计分(&amp;R)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) rescored with version %1.</source>
        <translation>
            <numerusform>已用版本 %1 重新计分 %n 份答卷。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) use another version of %1 for scoring: %2. Rescore them with version %3? The old scores are kept in each sheet&apos;s history.</source>
        <translation>
            <numerusform>有 %n 个筛查批次使用 %1 的其他版本计分：%2。要用版本 %3 重新计分吗？原来的分数会保留在每份答卷的历史中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Item text in</source>
        <translation>题目语言</translation>
    </message>
    <message>
        <source>CounselDesk ships the scales whose licence allows it, with the item text their publishers allow: the column “Item text in” says in which languages students can read the items. To add the official Chinese text your school holds, or a scale it holds a licence for, click “Load a definition…” and choose the definition file (the instrument’s code with a new version number). New runs use it; runs already scored can be rescored.</source>
        <translation>CounselDesk 随附许可允许使用的量表，并附上出版方允许的题目文字：“题目语言”一栏说明学生能以哪些语言阅读题目。如需添加学校持有的官方中文文本，或学校已获许可的其他量表，请点击“加载定义文件…”并选择定义文件（量表代码相同、版本号更新）。新的筛查会使用它；已计分的筛查可以重新计分。</translation>
    </message>
    <message>
        <source>%1 text: %2</source>
        <translation>%1文本：%2</translation>
    </message>
</context>
<context>
    <name>cd::ui::InterviewDialog</name>
    <message>
        <source>&amp;No interview (cancel it)</source>
        <translation>不面谈（取消已安排的面谈）(&amp;N)</translation>
    </message>
    <message>
        <source>Schedule an interview</source>
        <translation>安排面谈</translation>
    </message>
    <message>
        <source>Interview with %1 on:</source>
        <translation>与 %1 面谈的时间：</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>安排(&amp;S)</translation>
    </message>
</context>
<context>
    <name>cd::ui::KioskStartDialog</name>
    <message>
        <source>Start the student kiosk</source>
        <translation>启动学生自助答题</translation>
    </message>
    <message>
        <source>The kiosk fills the screen so that students of “%1” can answer the questionnaires on this computer, one after the other. Each student types their student number and confirms their name; every answer is saved at once, and no score is ever shown.

Nothing else can be opened until the kiosk is left with the “Staff” button in the bottom corner and this PIN. Choose 4 to 8 digits that students do not know.</source>
        <translation>学生自助答题界面会占满整个屏幕，让“%1”的学生依次在这台电脑上填写问卷。每名学生输入自己的学号并确认姓名；每个答案都会立即保存，任何得分都不会显示。

只有点击屏幕下方角落的“教师”按钮并输入此解锁码（PIN），才能退出自助答题，在此之前无法打开其他任何内容。请设置学生不知道的 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>解锁码(&amp;P)：</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>再次输入解锁码(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Start kiosk</source>
        <translation>开始自助答题(&amp;S)</translation>
    </message>
    <message>
        <source>The PIN must have 4 to 8 digits.</source>
        <translation>解锁码必须是 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again in both fields.</source>
        <translation>两次输入的解锁码不一致。请在两个输入框中重新输入。</translation>
    </message>
    <message>
        <source>“%1” is not open, so students cannot answer yet (or any more). Open the screening first.</source>
        <translation>“%1”未开放，学生还不能（或已不能）作答。请先开放该筛查批次。</translation>
    </message>
</context>
<context>
    <name>cd::ui::KioskWindow</name>
    <message>
        <source>CounselDesk questionnaire</source>
        <translation>CounselDesk 问卷</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>For the counselor: leave the questionnaire screen with the PIN</source>
        <translation>供心理辅导教师使用：输入解锁码退出答题界面</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Type your student number</source>
        <translation>请输入你的学号</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>这是你吗？</translation>
    </message>
    <message>
        <source>Yes, this is me</source>
        <translation>是我</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不是</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>开始答题</translation>
    </message>
    <message>
        <source>Listen as the counselor reads this question aloud, then choose your answer.</source>
        <translation>请听老师朗读这道题，然后选择你的答案。</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一题</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Staff only: type the PIN to leave the questionnaire screen.</source>
        <translation>仅限教师：输入解锁码退出答题界面。</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type your student number first.</source>
        <translation>请先输入你的学号。</translation>
    </message>
    <message>
        <source>This number is not on the list. Check it, or ask the counselor.</source>
        <translation>名单中没有这个学号。请检查一下，或者问问老师。</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <extracomment>the masked name (张*明) and the student number the student typed</extracomment>
        <translation>%1
（%2）</translation>
    </message>
    <message>
        <source>This screening is not open for answers now. Please ask the counselor.</source>
        <translation>这次筛查现在不能作答。请问问老师。</translation>
    </message>
    <message>
        <source>You have already answered every questionnaire. Thank you!</source>
        <translation>你已经完成了所有问卷。谢谢！</translation>
    </message>
    <message>
        <source>Thank you! Your answers are saved.</source>
        <translation>谢谢！你的答案已保存。</translation>
    </message>
    <message>
        <source>Questionnaire %1 of %2</source>
        <translation>第 %1 份问卷（共 %2 份）</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Choose the answer that fits you best. There are no right or wrong answers.</source>
        <translation>请选择最符合你情况的答案。答案没有对错之分。</translation>
    </message>
    <message>
        <source>You started this questionnaire earlier: you continue where you stopped.</source>
        <translation>你之前已经开始填写这份问卷，现在从上次停下的地方继续。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>the item&apos;s position in the questionnaire: &quot;3 / 9&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Item %1</source>
        <extracomment>shown instead of an item&apos;s text when the definition has none (the paper sheet is read aloud)</extracomment>
        <translation>第 %1 题</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>解锁码错误次数过多。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many tries: wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>解锁码错误。尝试次数过多：请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>解锁码错误。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: CounselDesk locks now. A counselor signs in with their passphrase.</source>
        <translation>解锁码错误次数过多：CounselDesk 现在锁定。请心理辅导教师用口令登录。</translation>
    </message>
</context>
<context>
    <name>cd::ui::LeadPage</name>
    <message>
        <source>The room lead</source>
        <translation>辅导室负责人</translation>
    </message>
    <message>
        <source>The first user leads the counseling room: they add colleagues and keep the keys. Choose a passphrase only you know.</source>
        <translation>第一位用户是心理辅导室的负责人：负责添加同事并保管密钥。请设置一个只有您自己知道的口令。</translation>
    </message>
    <message>
        <source>The name you sign in with: letters, digits, dots, dashes or underscores.</source>
        <translation>登录时使用的名称：可包含字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>e.g. Wang Fang</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::LessonDialog</name>
    <message>
        <source>%1, week %2</source>
        <extracomment>title of a lesson&apos;s dialog: &quot;初二(3)班, week 5&quot;</extracomment>
        <translation>%1，第 %2 周</translation>
    </message>
    <message>
        <source>How the lesson went; for a cancelled lesson, why</source>
        <translation>这节课的情况；取消的课请写明原因</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>第 %1 节</translation>
    </message>
    <message>
        <source>Move the lesson: conflicts show at once</source>
        <translation>调动这节课：冲突会立即显示</translation>
    </message>
    <message>
        <source>Only a planned lesson can be moved</source>
        <translation>只有已排的课可以调动</translation>
    </message>
    <message>
        <source>week </source>
        <translation>周次 </translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>课题(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>材料(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Reflection:</source>
        <translation>反思(&amp;R)：</translation>
    </message>
    <message>
        <source>Ma&amp;ke up…</source>
        <translation>补课(&amp;K)…</translation>
    </message>
    <message>
        <source>Made up on %1, period %2 (week %3).</source>
        <extracomment>under a cancelled lesson&apos;s status: when the lesson making it up is, &quot;made up on 2026-10-14, period 3 (week 7)&quot;</extracomment>
        <translation>已于 %1 第 %2 节补课（第 %3 周）。</translation>
    </message>
    <message>
        <source>Makes up the lesson cancelled on %1, period %2.</source>
        <extracomment>under a make-up lesson&apos;s status: the lesson it makes up</extracomment>
        <translation>补的是 %1 第 %2 节取消的课。</translation>
    </message>
    <message>
        <source>This lesson has been made up already</source>
        <translation>这节课已经补过了</translation>
    </message>
    <message>
        <source>Choose a date and period for a lesson in place of this one (saved at once)</source>
        <translation>为这节课选一个补课的日期和节次（立即保存）</translation>
    </message>
    <message>
        <source>Only a cancelled lesson can be made up: save it as cancelled first</source>
        <translation>只有已取消的课才能补课：请先将其保存为已取消</translation>
    </message>
</context>
<context>
    <name>cd::ui::LessonsPage</name>
    <message>
        <source>Mental-health lessons</source>
        <translation>心理健康课</translation>
    </message>
    <message>
        <source>The semester shown: the current one when the page opens</source>
        <translation>显示的学期：打开页面时为当前学期</translation>
    </message>
    <message>
        <source>Se&amp;mester:</source>
        <translation>学期(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;New semester…</source>
        <translation>新建学期(&amp;N)…</translation>
    </message>
    <message>
        <source>A new semester: its dates, holidays and exams, periods of the day and targets</source>
        <translation>新建学期：日期、假期与考试、作息节次和工作目标</translation>
    </message>
    <message>
        <source>&amp;Edit semester…</source>
        <translation>编辑学期(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the semester&apos;s dates, holidays and exams, periods or targets</source>
        <translation>修改学期的日期、假期与考试、作息节次或工作目标</translation>
    </message>
    <message>
        <source>Remove semeste&amp;r…</source>
        <translation>删除学期(&amp;R)…</translation>
    </message>
    <message>
        <source>Removes the semester and everything planned in it (room lead only; asks first)</source>
        <translation>删除该学期及其中安排的一切（仅限心理辅导室负责人；会先确认）</translation>
    </message>
    <message>
        <source>&amp;Build plan…</source>
        <translation>排课(&amp;B)…</translation>
    </message>
    <message>
        <source>Runs the planner on the timetable inputs and shows the plan before saving it</source>
        <translation>按排课条件运行排课程序，保存前先显示计划</translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation>周次(&amp;W)</translation>
    </message>
    <message>
        <source>Timetable &amp;inputs</source>
        <translation>排课条件(&amp;I)</translation>
    </message>
    <message>
        <source>Teachers, their classes, when they are unavailable, and each class&apos;s open slots</source>
        <translation>教师、所教班级、不可排课时间和各班的可排课时段</translation>
    </message>
    <message>
        <source>Timetab&amp;le</source>
        <translation>课表(&amp;L)</translation>
    </message>
    <message>
        <source>The lessons of a week: edit, move, mark delivered or cancelled</source>
        <translation>一周的心理课：编辑、调动、标为已上或已取消</translation>
    </message>
    <message>
        <source>Com&amp;pliance</source>
        <translation>达标情况(&amp;P)</translation>
    </message>
    <message>
        <source>Per class and grade: lessons required so far, delivered, behind; class meetings</source>
        <translation>按班级和年级：截至目前应上、已上、未达标的课；主题班会</translation>
    </message>
    <message>
        <source>The school has no semester yet: start with New semester…</source>
        <translation>学校还没有学期：请先点“新建学期…”</translation>
    </message>
    <message>
        <source>%1 to %2, weeks %3 to %4; %5, %6, %7</source>
        <extracomment>a semester at a glance: &quot;2026-09-01 to 2027-01-22, weeks 1 to 21; 3 holidays, 2 exam periods, 8 periods a day&quot;</extracomment>
        <translation>%1 至 %2，第 %3 至 %4 周；%5，%6，%7</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n 个假期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exam period(s)</source>
        <translation>
            <numerusform>%n 次考试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) a day</source>
        <translation>
            <numerusform>每天 %n 节</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove semester</source>
        <translation>删除学期</translation>
    </message>
    <message>
        <source>Remove the semester &quot;%1&quot; (%2 to %3)? Its lessons, teachers and open slots, room hours, duty roster and school events go with it; groups stay. This cannot be undone.</source>
        <translation>删除学期“%1”（%2 至 %3）吗？其中的心理课、教师与可排课时段、开放时间、值班表和学校活动将一并删除；团体辅导保留。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The library of lesson topics per grade, in the order plans give them</source>
        <translation>各年级心理课课题库，按排课时使用的顺序</translation>
    </message>
    <message>
        <source>Topic library…</source>
        <translation>课题库…</translation>
    </message>
</context>
<context>
    <name>cd::ui::LetterheadDialog</name>
    <message>
        <source>&amp;Remove logo</source>
        <translation>移除徽标(&amp;R)</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>信笺抬头</translation>
    </message>
    <message>
        <source>e.g. Mental-health counseling room</source>
        <translation>例如：心理辅导室</translation>
    </message>
    <message>
        <source>&amp;Choose logo…</source>
        <translation>选择徽标(&amp;C)…</translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 1 MB, printed at the top left of every document</source>
        <translation>不超过 1 MB 的 PNG 或 JPEG 文件，印在每份文书的左上角</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>辅导室：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>徽标：</translation>
    </message>
    <message>
        <source>Printed at the top of every referral letter, advice to the guardian and safety plan.</source>
        <translation>印在每份转介函、转介建议书和安全计划的顶部。</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <source>The logo cannot be shown.</source>
        <translation>无法显示该徽标。</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>选择徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MB. Choose a smaller image.</source>
        <translation>%1 超过 1 MB，请选择较小的图片。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image that can be read. Choose another file.</source>
        <translation>%1 不是可读取的 PNG 或 JPEG 图片，请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Vault unlocked. It locks itself when you are away.</source>
        <translation>档案库已解锁。您离开时，它会自动锁定。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault now: the key is wiped and nothing stays on screen</source>
        <translation>立即锁定档案库：密钥会被清除，屏幕上不会留下任何内容</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>档案库(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation>完整性检查(&amp;C)</translation>
    </message>
    <message>
        <source>Read every page of the vault, walk the audit chain and compare the rollback marker</source>
        <translation>读取档案库的每一页，逐行校验审计链，并比对回滚标记</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>修改我的口令(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CounselDesk</source>
        <translation>关于 CounselDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Checking every page of the vault…</source>
        <translation>正在检查档案库的每一页…</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>完整性检查</translation>
    </message>
    <message numerus="yes">
        <source>The vault is healthy: every page verified, the audit chain of %n rows is intact, and the database is the newest copy.</source>
        <translation>
            <numerusform>档案库状态良好：所有页面均已校验，共 %n 行的审计链完整无缺，数据库也是最新的副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken: %1</source>
        <translation>审计链已断开：%1</translation>
    </message>
    <message>
        <source>The vault failed its check. Stop working in it, restore the newest backup and tell the room lead.

%1</source>
        <translation>档案库未通过检查。请停止使用它，恢复最新的备份，并告知辅导室负责人。

%1</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>您的口令已修改。</translation>
    </message>
    <message>
        <source>About CounselDesk</source>
        <translation>关于 CounselDesk</translation>
    </message>
    <message>
        <source>CounselDesk %1

An offline, encrypted workstation for a school&apos;s psychological counseling room. Everything stays on this computer, encrypted with SQLCipher; keys are derived with Argon2id.</source>
        <translation>CounselDesk %1

专为学校心理辅导室设计的离线加密工作站。所有数据都只保存在这台电脑上，并使用 SQLCipher 加密；密钥通过 Argon2id 派生。</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write an encrypted, verified backup to a USB stick or another drive</source>
        <translation>将经过校验的加密备份写入 U 盘或其他磁盘</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Lock the vault and choose a backup to put in its place</source>
        <translation>锁定档案库，并选择一个备份来替换它</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The vault locks first; then choose the backup in the sign-in window. Continue?</source>
        <translation>档案库会先锁定，然后请在登录窗口中选择备份。继续吗？</translation>
    </message>
    <message>
        <source>&amp;Lock and continue</source>
        <translation>锁定并继续(&amp;L)</translation>
    </message>
    <message>
        <source>Last verified backup: today</source>
        <translation>上次校验通过的备份：今天</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %n days ago</source>
        <translation>
            <numerusform>上次校验通过的备份：%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚未备份</translation>
    </message>
    <message>
        <source>%1 — time for a backup (Vault ▸ Back up…)</source>
        <extracomment>status bar, when a backup is due; the shortcut is Vault &gt; Back up</extracomment>
        <translation>%1 — 该备份了（档案库 ▸ 备份…）</translation>
    </message>
    <message>
        <source>The weekly check of the vault: reading every page…</source>
        <translation>每周例行检查档案库：正在读取每一页…</translation>
    </message>
    <message>
        <source>The weekly check found the vault healthy.</source>
        <translation>每周例行检查完成：档案库状态良好。</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>快捷操作</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>How to do each task in CounselDesk, on this computer (F1)</source>
        <translation>CounselDesk 各项工作的做法，在本机上打开（F1）</translation>
    </message>
    <message>
        <source>An audit row&apos;s author does not match: %1</source>
        <translation>审计记录的作者不符：%1</translation>
    </message>
</context>
<context>
    <name>cd::ui::MakeUpDialog</name>
    <message>
        <source>Make up: %1</source>
        <extracomment>title of the dialog making up a cancelled lesson: &quot;Make up: 初二(3)班&quot;</extracomment>
        <translation>补课：%1</translation>
    </message>
    <message>
        <source>A new lesson for %1 in place of the one cancelled on %2, period %3 (%4): the same teacher and topic, kept when the plan is rebuilt.</source>
        <extracomment>%1 the class, %2 the date, %3 the period, %4 the topic</extracomment>
        <translation>为%1补上 %2 第 %3 节取消的课（%4）：教师和课题不变，重新排课时保留。</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>节次(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Make up</source>
        <translation>补课(&amp;M)</translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <extracomment>beside a make-up lesson&apos;s date: its school week and weekday, &quot;week 7, Wednesday&quot;</extracomment>
        <translation>第 %1 周，%2</translation>
    </message>
    <message>
        <source>Make up lesson</source>
        <translation>补课</translation>
    </message>
</context>
<context>
    <name>cd::ui::ManualWindow</name>
    <message>
        <source>CounselDesk user manual</source>
        <translation>CounselDesk 使用手册</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手册</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>Back to the start of the manual and its table of contents</source>
        <translation>回到手册开头的目录</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find a word in the manual (Ctrl+F)</source>
        <translation>在手册中查找字词（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>See the pages, then print the whole manual</source>
        <translation>先预览各页，再打印整本手册</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>The next place (Enter)</source>
        <translation>下一处（回车）</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>上一个(&amp;R)</translation>
    </message>
    <message>
        <source>The place before (Shift+Enter)</source>
        <translation>上一处（Shift+回车）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not in the manual</source>
        <translation>手册中没有找到</translation>
    </message>
    <message>
        <source>Print the manual</source>
        <translation>打印手册</translation>
    </message>
</context>
<context>
    <name>cd::ui::NotTakenPane</name>
    <message>
        <source>P&amp;rint list</source>
        <translation>打印名单(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>The list with class, student number and name, for the class teachers (confidential)</source>
        <translation>含班级、学号和姓名的名单，供班主任使用（保密）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>The list as a CSV file for a spreadsheet (class, student number, name)</source>
        <translation>将名单导出为电子表格可用的 CSV 文件（班级、学号、姓名）</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <extracomment>a student in a list: class, student number, name</extracomment>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>%1 %2 not taken yet.%3</source>
        <extracomment>File name of the not-taken list: run name, instrument code, then .pdf or .csv</extracomment>
        <translation>%1 %2 尚未作答名单.%3</translation>
    </message>
    <message>
        <source>The list shows the names of the students who have not taken the screening.</source>
        <translation>该名单列出尚未参加筛查的学生姓名。</translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation>尚未作答</translation>
    </message>
    <message>
        <source>Save the not-taken list as PDF</source>
        <translation>将尚未作答名单另存为 PDF</translation>
    </message>
    <message>
        <source>Export the not-taken list as CSV</source>
        <translation>将尚未作答名单导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>cd::ui::NoteSearchDialog</name>
    <message>
        <source>Search session notes</source>
        <translation>搜索辅导记录</translation>
    </message>
    <message>
        <source>Words or phrases from session notes, e.g. 考试压力</source>
        <translation>辅导记录中的字词，例如：考试压力</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Where it was found</source>
        <translation>匹配内容</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) found</source>
        <translation>
            <numerusform>找到 %n 条辅导记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::NotificationDialog</name>
    <message>
        <source>This &amp;broke the student&apos;s confidentiality (to protect the student or others)</source>
        <translation>此次通报打破了对学生的保密（为保护学生或他人）(&amp;B)</translation>
    </message>
    <message>
        <source>Record who was told</source>
        <translation>记录通报</translation>
    </message>
    <message>
        <source>The name of who was told</source>
        <translation>被通报人的姓名</translation>
    </message>
    <message>
        <source>(choose from the directory)</source>
        <translation>（从通讯录中选择）</translation>
    </message>
    <message>
        <source>Add institutions in Vault ▸ Directory of institutions…</source>
        <translation>可在“档案库 ▸ 机构通讯录…”中添加机构</translation>
    </message>
    <message>
        <source>Tick when you told someone what the student shared in confidence; say why</source>
        <translation>如果告知他人的是学生私下倾诉的内容，请勾选并说明理由</translation>
    </message>
    <message>
        <source>Why confidentiality was broken</source>
        <translation>打破保密的理由</translation>
    </message>
    <message>
        <source>What they said or will do</source>
        <translation>对方的答复或将采取的行动</translation>
    </message>
    <message>
        <source>&amp;Who was told:</source>
        <translation>通报对象(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>R&amp;esponse:</source>
        <translation>回应(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Say why confidentiality was broken</source>
        <translation>请说明打破保密的理由</translation>
    </message>
    <message>
        <source>Choose the institution from the directory or name who was told</source>
        <translation>请从通讯录中选择机构，或填写被通报人的姓名</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::OpenCaseDialog</name>
    <message>
        <source>Open a case</source>
        <translation>建立个案</translation>
    </message>
    <message>
        <source>e.g. the student&apos;s mother, Wang Li</source>
        <translation>例如：学生的母亲王丽</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>建立日期：</translation>
    </message>
    <message>
        <source>The student is under 14 or their age is not recorded: a guardian&apos;s consent is required before the case opens (PIPL).</source>
        <translation>该学生未满 14 岁或未记录年龄：依照《个人信息保护法》，建立个案前须取得监护人知情同意。</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent (optional for students aged 14 and over):</source>
        <translation>监护人知情同意（年满 14 岁的学生可不填）：</translation>
    </message>
    <message>
        <source>Consent given by:</source>
        <translation>同意人：</translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation>同意日期：</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>建立个案(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Emergency: open the case now and record the consent afterwards</source>
        <translation>紧急情况(&amp;E)：现在建立个案，事后补录监护人同意</translation>
    </message>
    <message>
        <source>When the student cannot wait: the case is marked &quot;consent pending&quot; and the exception is kept in the audit log</source>
        <translation>学生情况紧急、不能等待时使用：个案标记为“待补监护人同意”，此例外记入审计日志</translation>
    </message>
    <message>
        <source>Why it cannot wait, in a few words (required)</source>
        <translation>简要说明为何不能等待（必填）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>cd::ui::OpenEventsModel</name>
    <message>
        <source>%1: overdue since %2</source>
        <translation>%1：已逾期（期限 %2）</translation>
    </message>
    <message>
        <source>%1: due by %2</source>
        <translation>%1：期限 %2</translation>
    </message>
    <message>
        <source>Past the school&apos;s time limit: %1</source>
        <translation>已超过学校规定的时限：%1</translation>
    </message>
    <message>
        <source>every timed step recorded</source>
        <translation>有时限的步骤均已记录</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>cd::ui::PassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>修改口令</translation>
    </message>
    <message>
        <source>Enter your current passphrase, then the new one.</source>
        <translation>请先输入当前口令，再输入新口令。</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>当前口令(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>设置新口令</translation>
    </message>
    <message>
        <source>You unlocked with the recovery code. Choose a new passphrase for %1 now. Private notes written with the old passphrase can no longer be read.</source>
        <translation>您是用恢复码解锁的。请现在为 %1 设置新口令。用旧口令写下的私人笔记将无法再读取。</translation>
    </message>
    <message>
        <source>Lock instead</source>
        <translation>改为锁定</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>重置口令</translation>
    </message>
    <message>
        <source>%1 forgot their passphrase. Enter the vault&apos;s recovery code from the school safe, then a new passphrase to give them. Their private notes can no longer be read.</source>
        <translation>%1 忘记了口令。请输入存放在学校保险柜中的档案库恢复码，再设置一个新口令交给对方。对方原有的私人笔记将无法再读取。</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>恢复码(&amp;R)：</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>重新启用用户</translation>
    </message>
    <message>
        <source>Give %1 a new passphrase to sign in with.</source>
        <translation>请为 %1 设置一个用于登录的新口令。</translation>
    </message>
</context>
<context>
    <name>cd::ui::PassphraseField</name>
    <message numerus="yes">
        <source>At least %n characters; a few unrelated words work well</source>
        <translation>
            <numerusform>至少 %n 个字符；用几个互不相关的词组合起来效果很好</numerusform>
        </translation>
    </message>
    <message>
        <source>A passphrase of several words is easier to remember and harder to guess than a short password.</source>
        <translation>由几个词组成的口令，比简短的密码更容易记住，也更难被猜中。</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>显示口令</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>显示或隐藏口令</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>口令强度</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>请设置口令。</translation>
    </message>
    <message>
        <source>Do not use the school or user name in the passphrase.</source>
        <translation>口令中请不要包含学校名称或用户名。</translation>
    </message>
    <message>
        <source>Too easy to guess: add another unrelated word.</source>
        <translation>太容易被猜到：请再加一个不相关的词。</translation>
    </message>
    <message>
        <source>The two entries do not match yet.</source>
        <translation>两次输入的口令还不一致。</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>太弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>较弱</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>很强</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <source>Repea&amp;t:</source>
        <extracomment>Not Alt+R: the passphrase dialogs have a Recovery code field</extracomment>
        <translation>确认口令(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::PeriodsTable</name>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>The periods of a school day, in order: lessons are planned into them</source>
        <translation>一天的各节课，按顺序排列：心理课排在这些节次中</translation>
    </message>
    <message>
        <source>Add p&amp;eriod</source>
        <translation>添加节次(&amp;E)</translation>
    </message>
    <message>
        <source>Adds a period after the last one</source>
        <translation>在最后一节之后添加一节</translation>
    </message>
    <message>
        <source>Remove &amp;last period</source>
        <translation>删除最后一节(&amp;L)</translation>
    </message>
    <message>
        <source>Period %1</source>
        <extracomment>the number of a period of the school day in the periods table (&quot;Period 3&quot;)</extracomment>
        <translation>第 %1 节</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlanDialog</name>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已排</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Busiest week</source>
        <translation>最忙一周</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Build the plan of %1</source>
        <translation>为%1排课</translation>
    </message>
    <message>
        <source>The planner places every class&apos;s lessons in every window of the semester from the week chosen on, or the plan with the fewest gaps when that is not possible. Lessons held, cancelled or edited by hand are kept. Nothing is saved until Save.</source>
        <translation>排课程序从所选周起，在本学期每个周期为每个班排入心理课；无法排满时给出缺口最少的计划。已上、已取消或手工调整过的课都会保留。点“保存”前不会保存。</translation>
    </message>
    <message>
        <source>Weeks before this one are left as they are</source>
        <translation>此周之前的各周保持不变</translation>
    </message>
    <message>
        <source>&amp;From week:</source>
        <translation>起始周(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Build plan</source>
        <translation>开始排课(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Every class and window the plan cannot fill, with the reason</source>
        <translation>计划无法排满的每个班级和周期，以及原因</translation>
    </message>
    <message>
        <source>Each teacher&apos;s lessons: planned now, kept from before, and the busiest week</source>
        <translation>每位教师的课时：本次排入、此前保留，以及最忙一周</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>正在排课…</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) planned</source>
        <translation>
            <numerusform>排入 %n 节课</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: every class has its lessons in every window.</source>
        <extracomment>the plan&apos;s preview: &quot;120 lessons planned: every class has its lessons in every window.&quot;</extracomment>
        <translation>%1：每个班在每个周期都有课。</translation>
    </message>
    <message>
        <source>%1; %2 short, listed below with the reasons.</source>
        <translation>%1；缺少 %2，原因见下表。</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 节课</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>a planning window: &quot;7–8&quot; (weeks)</extracomment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>cd::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CounselDesk.</source>
        <translation>新的语言将在下次启动 CounselDesk 时生效。</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>&amp;Keep records of students who left:</source>
        <translation>离校学生档案保留(&amp;K)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>&amp;Remind me to back up after:</source>
        <translation>提醒备份的间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Full vault check every:</source>
        <translation>完整检查档案库的间隔(&amp;F)：</translation>
    </message>
    <message>
        <source>Menus, windows and the manual on this computer. Default: as the system. Used from the next start.</source>
        <translation>本机菜单、窗口和使用手册的语言。默认：跟随系统。下次启动时生效。</translation>
    </message>
    <message numerus="yes">
        <source>Locks the vault after this long without keyboard or mouse. Default: %n min. Shorter if others pass your desk.</source>
        <translation>
            <numerusform>超过这段时间没有键盘或鼠标操作，档案库自动锁定。默认：%n 分钟。常有人经过座位时可调短。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older records are offered for purging (Students ▸ School year). Default: %n years. Follow your school&apos;s rules.</source>
        <translation>
            <numerusform>离校更久的学生档案会列入清除名单（学生 ▸ 学年）。默认：%n 年。请按学校的档案规定设置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The status bar turns red when the last verified backup is older. Default: %n days. “never” turns it off.</source>
        <translation>
            <numerusform>上次校验通过的备份超过这段时间，状态栏会变红。默认：%n 天。选“从不”则关闭提醒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After sign-in, every page of the vault is read and checked. Default: %n days. Longer on a slow computer.</source>
        <translation>
            <numerusform>登录后按此间隔读取并检查档案库的每一页。默认：%n 天。电脑较慢时可调长。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>闲置后自动锁定(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::ReauthDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation>确认您的身份</translation>
    </message>
    <message>
        <source>%1 Enter your passphrase to continue.</source>
        <translation>%1请输入您的口令以继续。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>您的恢复码</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this code is the only way into the vault. It is shown only now. Print it or save it as a PDF, and keep it in the school safe.</source>
        <translation>如果所有口令都被遗忘，这个恢复码就是进入档案库的唯一途径。它只在此时显示一次。请将它打印出来或另存为 PDF，并存放在学校保险柜中。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save to a USB stick that goes into the safe, then delete it from this computer.</source>
        <translation>请保存到要放进保险柜的 U 盘中，然后从这台电脑上删除。</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery code and will keep it in the school safe.</source>
        <translation>我已打印或保存恢复码，并会将其存放在学校保险柜中。</translation>
    </message>
    <message>
        <source>CounselDesk recovery code</source>
        <translation>CounselDesk 恢复码</translation>
    </message>
    <message>
        <source>Sent to the printer. Check the page before you tick the box below.</source>
        <translation>已发送到打印机。请先检查打印出的页面，再勾选下面的复选框。</translation>
    </message>
    <message>
        <source>CounselDesk recovery code.pdf</source>
        <translation>CounselDesk 恢复码.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it to a USB stick for the safe and delete it from this computer.</source>
        <translation>已保存到 %1。请将它移到要放进保险柜的 U 盘中，并从这台电脑上删除。</translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>将恢复码另存为 PDF</translation>
    </message>
</context>
<context>
    <name>cd::ui::ReferralDialog</name>
    <message>
        <source>Is the student fit to attend school? What support should the school provide? When is the next visit?</source>
        <translation>是否适合在校学习？需要学校提供哪些支持？复诊安排？</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Where the school advises the guardian to take the student</source>
        <translation>学校建议监护人带学生前往就诊的机构</translation>
    </message>
    <message>
        <source>What was observed and its effect on school life (sleep, attendance, what the student said). Describe behaviour; never a diagnosis.</source>
        <translation>观察到的情况及其对学校生活的影响（睡眠、出勤、学生说过的话）。只描述行为，绝不作诊断。</translation>
    </message>
    <message>
        <source>e.g. about three weeks</source>
        <translation>例如：约三周</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>转介机构(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Questions for the doctor:</source>
        <translation>请医生解答的问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>Re&amp;ferral</source>
        <translation>转介(&amp;F)</translation>
    </message>
    <message>
        <source>The letter to the hospital says only what is ticked here.</source>
        <translation>给医院的转介信只包含此处勾选的内容。</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>私密笔记</translation>
    </message>
    <message>
        <source>A counselor&apos;s private notes never leave CounselDesk: no letter, export or print includes them.</source>
        <translation>心理教师的私密笔记永远不会离开 CounselDesk：任何信函、导出或打印都不包含它们。</translation>
    </message>
    <message>
        <source>The screening totals to include, e.g. PHQ-9 total 17 on 2026-10-12</source>
        <translation>要写入的筛查总分，例如：2026-10-12 PHQ-9 总分 17</translation>
    </message>
    <message>
        <source>The few lines of session notes the doctor needs, as they should read</source>
        <translation>医生需要的几行辅导记录，按希望呈现的样子填写</translation>
    </message>
    <message>
        <source>Screening &amp;totals:</source>
        <translation>筛查总分(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;What the letter says</source>
        <translation>信函内容(&amp;W)</translation>
    </message>
    <message>
        <source>Mother, father, grandmother …</source>
        <translation>母亲、父亲、奶奶 …</translation>
    </message>
    <message>
        <source>The guardian &amp;agreed on:</source>
        <translation>监护人同意时间(&amp;A)：</translation>
    </message>
    <message>
        <source>In person, signed</source>
        <translation>当面签字</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>By message</source>
        <translation>短信/微信</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Guardian&apos;s &amp;consent</source>
        <translation>监护人知情同意(&amp;C)</translation>
    </message>
    <message>
        <source>Save the referral&apos;s text (it stays a draft until given to the guardian)</source>
        <translation>保存转介内容（交给监护人之前一直是草稿）</translation>
    </message>
    <message>
        <source>&amp;Given to guardian</source>
        <translation>已交给监护人(&amp;G)</translation>
    </message>
    <message>
        <source>The advice was handed to the guardian: needs a destination, a reason and the guardian&apos;s consent; the return slip is then due in a week</source>
        <translation>转介建议已交给监护人：需要填写转介机构、原因和监护人同意；回执应在一周内交回</translation>
    </message>
    <message>
        <source>S&amp;een</source>
        <translation>已就诊(&amp;E)</translation>
    </message>
    <message>
        <source>The guardian reports that the student was seen</source>
        <translation>监护人告知学生已就诊</translation>
    </message>
    <message>
        <source>Enter return &amp;slip…</source>
        <translation>录入回执(&amp;S)…</translation>
    </message>
    <message>
        <source>Close the referral with a note</source>
        <translation>结束转介并填写说明</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>（尚未选择）</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>转介 %1</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>新建转介</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · a new referral (draft)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 新转介（草稿）</translation>
    </message>
    <message>
        <source>Drafted %1 by %2</source>
        <translation>%1 由 %2 起草</translation>
    </message>
    <message>
        <source>given to the guardian %1 (slip due %2)</source>
        <translation>%1 交给监护人（回执应于 %2 前交回）</translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation>%1 就诊</translation>
    </message>
    <message>
        <source>slip entered %1: %2</source>
        <translation>%1 录入回执：%2</translation>
    </message>
    <message>
        <source>follow-up on %1</source>
        <translation>%1 跟进</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>%1 结束</translation>
    </message>
    <message>
        <source>Edit return &amp;slip…</source>
        <translation>修改回执(&amp;S)…</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>结束转介</translation>
    </message>
    <message>
        <source>Why can the referral be closed? (Seen and followed up, refused, …)</source>
        <translation>为什么可以结束转介？（已就诊并跟进、拒绝就诊 …）</translation>
    </message>
    <message>
        <source>&amp;Close referral</source>
        <translation>结束转介(&amp;C)</translation>
    </message>
    <message>
        <source>Add to director&amp;y…</source>
        <translation>添加到通讯录(&amp;Y)…</translation>
    </message>
    <message>
        <source>Has &amp;lasted:</source>
        <translation>持续时间(&amp;L)：</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>between the steps of a referral&apos;s course (&quot;drafted …; given …; seen …&quot;)</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>Cl&amp;ose referral…</source>
        <translation>结束转介(&amp;O)…</translation>
    </message>
    <message>
        <source>Session e&amp;xcerpt:</source>
        <translation>辅导记录摘录(&amp;X)：</translation>
    </message>
    <message>
        <source>Guardian&apos;s &amp;name:</source>
        <translation>监护人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Rela&amp;tion:</source>
        <translation>关系(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The advice to the guardian, the letter to the hospital or the return slip, previewed before it prints</source>
        <translation>转介建议书、致医院的转介函或回执，打印前先预览</translation>
    </message>
</context>
<context>
    <name>cd::ui::ReferralListModel</name>
    <message>
        <source>Return slip overdue since %1</source>
        <translation>回执已逾期（应于 %1 前交回）</translation>
    </message>
    <message>
        <source>Follow-up due %1</source>
        <translation>%1 应跟进</translation>
    </message>
    <message>
        <source>Return slip due %1</source>
        <translation>回执应于 %1 前交回</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>%1 跟进</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <source>Slip or follow-up</source>
        <translation>回执或跟进</translation>
    </message>
</context>
<context>
    <name>cd::ui::RestoreDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Open backup</source>
        <translation>打开备份(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups of this computer&apos;s vault found in the backup folder, newest first</source>
        <translation>在备份文件夹中找到的本机档案库备份，最新的排在最前面</translation>
    </message>
    <message>
        <source>A .cdbackup file</source>
        <translation>.cdbackup 文件</translation>
    </message>
    <message>
        <source>Unlock the backup with a passphrase or the recovery code that was valid when it was made. Nothing changes until you confirm the restore.</source>
        <translation>请用制作备份时有效的口令或恢复码解锁备份。在您确认恢复之前，不会有任何改动。</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>恢复码：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>one backup in the list: when it was made, and its size</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>CounselDesk backups (*.cdbackup)</source>
        <translation>CounselDesk 备份 (*.cdbackup)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup of %1&lt;/b&gt;, made %2 by %3.</source>
        <translation>&lt;b&gt;%1 的备份&lt;/b&gt;，由 %3 制作于 %2。</translation>
    </message>
    <message>
        <source>It holds %1 students, %2 cases, %3 session notes and %4 students on the watch list.</source>
        <translation>其中包含 %1 名学生、%2 个个案、%3 条辅导记录，以及 %4 名重点关注学生。</translation>
    </message>
    <message>
        <source>There is no vault on this computer yet: the backup becomes the vault.</source>
        <translation>这台电脑上还没有档案库：该备份将成为档案库。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The vault on this computer is a different vault.&lt;/b&gt; Restoring replaces all of it.</source>
        <translation>&lt;b&gt;这台电脑上的档案库与该备份不是同一个档案库。&lt;/b&gt;恢复将替换其全部内容。</translation>
    </message>
    <message>
        <source>The vault on this computer cannot be read (%1). Restoring replaces it.</source>
        <translation>无法读取这台电脑上的档案库（%1）。恢复将替换它。</translation>
    </message>
    <message>
        <source>The vault on this computer holds %1 students, %2 cases and %3 session notes.</source>
        <translation>这台电脑上的档案库包含 %1 名学生、%2 个个案和 %3 条辅导记录。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This backup is older than the vault.&lt;/b&gt; Everything recorded since it was made (%n actions in the audit log) will be lost.</source>
        <translation>
            <numerusform>&lt;b&gt;该备份比档案库旧。&lt;/b&gt;备份之后记录的所有内容（审计日志中的 %n 项操作）都将丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is as new as the vault: nothing recorded would be lost.</source>
        <translation>该备份与档案库一样新：不会丢失任何已记录的内容。</translation>
    </message>
    <message>
        <source>Replace the vault on this computer with this backup? The current vault is kept aside until the restored one has opened, then removed.</source>
        <translation>要用此备份替换这台电脑上的档案库吗？当前的档案库会暂时保留在一旁，待恢复后的档案库成功打开后再删除。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>The vault was restored from the backup and opened once to check it. Sign in to continue.</source>
        <translation>已从备份恢复档案库，并已打开一次进行检查。请登录以继续。</translation>
    </message>
    <message>
        <source>&amp;This is the recovery code</source>
        <translation>这是恢复码(&amp;T)</translation>
    </message>
    <message>
        <source>The vault was restored from the backup and opened once to check it. Sign in to continue.

The vault it replaced could not be read, so it was kept as it was in %1. CounselDesk never deletes that folder; remove it yourself once you are sure it is not needed.</source>
        <translation>已从备份恢复档案库，并打开一次进行了检查。请登录以继续。

被替换的档案库无法读取，因此已原样保留在 %1。CounselDesk 从不删除该文件夹；确定不再需要后，请自行删除。</translation>
    </message>
</context>
<context>
    <name>cd::ui::ResultsView</name>
    <message>
        <source>&amp;Group report</source>
        <translation>团体报告(&amp;G)</translation>
    </message>
    <message>
        <source>Counts per grade and class, the chart and the follow-ups; no student names</source>
        <translation>各年级、班级的人数统计、图表和跟进情况；不含学生姓名</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Add to &amp;watch list…</source>
        <translation>列入重点关注(&amp;W)…</translation>
    </message>
    <message>
        <source>Open a &amp;case…</source>
        <translation>建立个案(&amp;C)…</translation>
    </message>
    <message>
        <source>Open growth &amp;record</source>
        <translation>打开成长档案(&amp;R)</translation>
    </message>
    <message>
        <source>In&amp;dividual report</source>
        <translation>个人报告(&amp;D)</translation>
    </message>
    <message>
        <source>The selected student&apos;s scores, trend and follow-up (confidential)</source>
        <translation>所选学生的得分、变化趋势和跟进情况（保密）</translation>
    </message>
    <message>
        <source>Screening report</source>
        <translation>筛查报告</translation>
    </message>
    <message>
        <source>%1 %2 group report.pdf</source>
        <extracomment>File name of the group report: run name, instrument code.</extracomment>
        <translation>%1 %2 团体报告.pdf</translation>
    </message>
    <message>
        <source>The individual report shows one student&apos;s screening results.</source>
        <translation>个人报告会显示单个学生的筛查结果。</translation>
    </message>
    <message>
        <source>Individual report</source>
        <translation>个人报告</translation>
    </message>
    <message>
        <source>Individual screening report</source>
        <translation>个人筛查报告</translation>
    </message>
    <message>
        <source>%1 %2 screening report.pdf</source>
        <extracomment>File name of an individual report: run name, student number.</extracomment>
        <translation>%1 %2 筛查报告.pdf</translation>
    </message>
    <message>
        <source>&amp;By grade</source>
        <translation>按年级(&amp;B)</translation>
    </message>
    <message>
        <source>B&amp;y class</source>
        <translation>按班级(&amp;Y)</translation>
    </message>
    <message>
        <source>Percen&amp;tages</source>
        <translation>百分比(&amp;T)</translation>
    </message>
    <message>
        <source>Show not tak&amp;en</source>
        <translation>显示未参加(&amp;E)</translation>
    </message>
    <message>
        <source>Instru&amp;ment:</source>
        <translation>量表(&amp;M)：</translation>
    </message>
    <message>
        <source>Schedule inter&amp;view…</source>
        <translation>安排面谈(&amp;V)…</translation>
    </message>
    <message>
        <source>Close follow-&amp;up…</source>
        <translation>结束跟进(&amp;U)…</translation>
    </message>
    <message>
        <source>Reopen follow-&amp;up…</source>
        <translation>重新开始跟进(&amp;U)…</translation>
    </message>
    <message>
        <source>The group report shows the run&apos;s counts per grade and class.</source>
        <translation>团体报告显示该筛查批次各年级和班级的计数。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Flagged for follow-up&lt;/b&gt;: this instrument&apos;s sheets whose score or answers need a counselor to look (a band that flags, a critical item, an invalid sheet).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Students in follow-up&lt;/b&gt;: one follow-up per flagged student for the whole run, whatever instrument flagged them; open until someone confirms the concern or clears it.&lt;/p&gt;&lt;p&gt;The &lt;i&gt;Flagged sheets&lt;/i&gt; tab lists the sheets of every instrument.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;需跟进的答卷&lt;/b&gt;：本量表中得分或作答需要咨询师查看的答卷（需关注的分级、关键题、无效答卷）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;跟进中的学生&lt;/b&gt;：整个筛查批次中每名需跟进的学生只有一条跟进记录，不论由哪个量表提示；在确认关注或排除之前一直未结束。&lt;/p&gt;&lt;p&gt;&lt;i&gt;需跟进答卷&lt;/i&gt;标签页列出全部量表的答卷。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 of %3 students took it (%4%). Sheets invalid: %5; flagged for follow-up: %6.</source>
        <extracomment>Participation in one instrument: code, taken, expected, percent, invalid sheets, flagged sheets.</extracomment>
        <translation>%1：应参加的 %3 名学生中已有 %2 名作答（%4%）。无效答卷：%5 份；需跟进的答卷：%6 份。</translation>
    </message>
    <message>
        <source>Students in follow-up (all instruments): %1 still open, %2 confirmed, %3 cleared.</source>
        <extracomment>The run&apos;s follow-ups, one per flagged student over all its instruments: open, confirmed, cleared.</extracomment>
        <translation>跟进中的学生（全部量表）：%1 名尚未结束，%2 名已确认，%3 名已排除。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences one after the other (no space between them in Chinese)</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Only open &amp;follow-ups (%1 sheets)</source>
        <extracomment>Filter of the flagged list: only the sheets of students whose follow-up is still open (how many)</extracomment>
        <translation>只看未结束的跟进(&amp;F)（%1 份答卷）</translation>
    </message>
    <message>
        <source>Flagged sheets of all instruments: %1; of students whose follow-up is still open: %2</source>
        <translation>全部量表需跟进的答卷：%1 份；其中跟进尚未结束的学生的答卷：%2 份</translation>
    </message>
    <message>
        <source>Save the group report as PDF</source>
        <translation>将团体报告另存为 PDF</translation>
    </message>
    <message>
        <source>Save the individual report as PDF</source>
        <translation>将个人报告另存为 PDF</translation>
    </message>
</context>
<context>
    <name>cd::ui::ReturnSlipDialog</name>
    <message>
        <source>&amp;Next visit:</source>
        <translation>复诊日期(&amp;N)：</translation>
    </message>
    <message>
        <source>The guardian chose to share a &amp;diagnosis</source>
        <translation>监护人自愿告知诊断(&amp;D)</translation>
    </message>
    <message>
        <source>Enter the return slip</source>
        <translation>录入回执</translation>
    </message>
    <message>
        <source>Hospital and department</source>
        <translation>医院及科室</translation>
    </message>
    <message>
        <source>PE, boarding, exams, seating, someone to accompany …</source>
        <translation>体育课、住宿、考试、座位、陪伴 …</translation>
    </message>
    <message>
        <source>The school never diagnoses: enter a diagnosis only when the guardian chose to tell you</source>
        <translation>学校从不作诊断：只有监护人自愿告知时才填写诊断</translation>
    </message>
    <message>
        <source>As the guardian shared it</source>
        <translation>按监护人告知的内容填写</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>When you see the student again; it comes up on the home page</source>
        <translation>再次约见学生的日期；届时会出现在首页</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>就诊情况(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Visited on:</source>
        <translation>就诊日期(&amp;V)：</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>科室(&amp;P)：</translation>
    </message>
    <message>
        <source>Treatment:</source>
        <translation>处理方式：</translation>
    </message>
    <message>
        <source>S&amp;upport needed:</source>
        <translation>需要的支持(&amp;U)：</translation>
    </message>
    <message>
        <source>Dia&amp;gnosis:</source>
        <translation>诊断(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Filled in by:</source>
        <translation>填写人(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>学校接收日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save slip</source>
        <translation>保存回执(&amp;S)</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>在校学习(&amp;H)：</translation>
    </message>
    <message>
        <source>Follo&amp;w-up on:</source>
        <translation>跟进日期(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::RiskBanner</name>
    <message>
        <source>Watch list: &lt;b&gt;%1&lt;/b&gt; · %2 · next review %3</source>
        <extracomment>the growth record&apos;s banner: level (the lead&apos;s word), reason, next review date</extracomment>
        <translation>重点关注：&lt;b&gt;%1&lt;/b&gt; · %2 · 下次复查 %3</translation>
    </message>
    <message>
        <source>The student&apos;s watch-list level; change it on the Watch list tab</source>
        <translation>该生的重点关注等级；可在“重点关注”标签页中修改</translation>
    </message>
</context>
<context>
    <name>cd::ui::RiskLevelsDialog</name>
    <message>
        <source>Risk levels</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Name the four risk levels as your school does (红色预警, 一级预警 …) and pick their colours. The order stays: the first row is the most severe. Every list, event and report shows these words; records keep their meaning.</source>
        <translation>按本校的叫法为四个风险等级命名（红色预警、一级预警 …）并选择颜色。顺序不变：第一行最严重。所有列表、事件和报告都显示这些名称；已有记录的含义不变。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Choose the colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>severity order on the risk levels dialog: 1 is the most severe</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the default labels and colours</source>
        <translation>恢复默认的名称和颜色</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Go back to the default labels and colours for every level?</source>
        <translation>将所有等级恢复为默认的名称和颜色？</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cd::ui::RosterImportDialog</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Check rows &gt;</source>
        <translation>逐行检查(&amp;C) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入学生名单</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Which column holds what:</source>
        <translation>各项信息所在的列：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>选择学生名单</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>学生名单 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n row(s))</source>
        <translation>
            <numerusform>%1（%2，共 %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>%1 列：%2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n student(s)</source>
        <translation>
            <numerusform>导入 %n 名学生(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>导入完成：新增 %1，更新 %2，无变化 %3，已拒绝 %4。</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GB18030/GBK) or an Excel .xlsx workbook with a header row such as 学号, 姓名, 性别, 出生日期, 年级, 班级.</source>
        <translation>CSV 文件（UTF-8 或 GB18030/GBK 编码）或 Excel .xlsx 工作簿，需有表头行，例如 学号、姓名、性别、出生日期、年级、班级。</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>a form label: the field name followed by a colon</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>To add: %1 · To update: %2 · Unchanged: %3 · Rejected: %4. Nothing has been written yet. Rejected rows are skipped; fix them in the file and import it again.</source>
        <translation>将新增：%1 · 将更新：%2 · 无变化：%3 · 已拒绝：%4。目前尚未写入任何内容。被拒绝的行会被跳过；请在文件中改正后再次导入。</translation>
    </message>
</context>
<context>
    <name>cd::ui::RunDialog</name>
    <message>
        <source>Change screening run</source>
        <translation>修改筛查批次</translation>
    </message>
    <message>
        <source>New screening run</source>
        <translation>新建筛查批次</translation>
    </message>
    <message>
        <source>e.g. 2026 autumn screening</source>
        <translation>例如：2026 年秋季筛查</translation>
    </message>
    <message>
        <source>The scales the students answer, in this order. A school&apos;s own definitions are loaded under Instruments…</source>
        <translation>学生要按此顺序作答的量表。学校自己的定义文件请在“量表…”中加载。</translation>
    </message>
    <message>
        <source>Grade or class</source>
        <translation>年级或班级</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生人数</translation>
    </message>
    <message>
        <source>Tick a whole grade, or only some of its classes.</source>
        <translation>可以勾选整个年级，也可以只勾选其中部分班级。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Instruments:</source>
        <translation>量表(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Grades and classes:</source>
        <translation>年级和班级(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Opens on:</source>
        <translation>开始日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create run</source>
        <translation>创建筛查批次(&amp;C)</translation>
    </message>
    <message>
        <source>Answers have been entered, so the instruments and the grades can no longer change. The name and the dates can.</source>
        <translation>已经录入了答卷，因此量表和年级不能再更改；名称和日期仍可修改。</translation>
    </message>
    <message>
        <source>%1 — %2, version %3</source>
        <extracomment>an instrument in a list: its name, code and version, e.g. &quot;Patient Health Questionnaire (PHQ-9) — PHQ-9, version 1&quot;</extracomment>
        <translation>%1 — %2，版本 %3</translation>
    </message>
    <message>
        <source>Loaded by the school on %1 by %2.</source>
        <translation>由学校的 %2 于 %1 加载。</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) will be expected (active students of the chosen grades and classes, as they are today).</source>
        <translation>
            <numerusform>应作答学生共 %n 名（按所选年级和班级目前的在校学生计算）。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;loses on:</source>
        <extracomment>Not Alt+C: that is the Create run button</extracomment>
        <translation>结束日期(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::SafetyPlanDialog</name>
    <message>
        <source>The guardian has signed step 6</source>
        <translation>监护人已在第 6 步签字</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>安全计划</translation>
    </message>
    <message>
        <source>Safety plan of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的安全计划</translation>
    </message>
    <message>
        <source>Earlier versions can be read; saving always makes a new version</source>
        <translation>可查看以前的版本；每次保存都会生成新版本</translation>
    </message>
    <message>
        <source>1. Warning signs</source>
        <translation>1. 预警信号</translation>
    </message>
    <message>
        <source>2. What I can do on my own</source>
        <translation>2. 我自己可以做的事</translation>
    </message>
    <message>
        <source>3. People and places that distract me</source>
        <translation>3. 能让我转移注意力的人和地方</translation>
    </message>
    <message>
        <source>4. People I can ask for help</source>
        <translation>4. 我可以求助的人</translation>
    </message>
    <message>
        <source>5. Professionals and hotlines</source>
        <translation>5. 专业人员和热线</translation>
    </message>
    <message>
        <source>6. Making my surroundings safe</source>
        <translation>6. 让我的环境更安全</translation>
    </message>
    <message>
        <source>Thoughts, feelings, situations that tell me a crisis may be starting</source>
        <translation>提示危机可能开始的想法、感受和情境</translation>
    </message>
    <message>
        <source>Things I can do alone to take my mind off it: music, exercise, drawing …</source>
        <translation>独自一人时能让自己分心的事：听音乐、运动、画画……</translation>
    </message>
    <message>
        <source>Classmates, friends, places (the library, the sports field) where I feel better</source>
        <translation>让我感觉好一些的同学、朋友和地方（图书馆、操场）</translation>
    </message>
    <message>
        <source>Adults and friends I can tell: the class teacher, a trusted teacher, my guardian (with phone numbers)</source>
        <translation>可以倾诉的大人和朋友：班主任、信任的老师、监护人（附电话）</translation>
    </message>
    <message>
        <source>The school counselor (and when the room is open), hotlines, the hospital</source>
        <translation>学校心理老师（及辅导室开放时间）、热线、医院</translation>
    </message>
    <message>
        <source>What the guardian does at home: medicines and sharp objects kept safely …</source>
        <translation>监护人在家中要做的：妥善保管药品和尖锐物品……</translation>
    </message>
    <message>
        <source>Add from the &amp;directory…</source>
        <translation>从名录添加(&amp;D)…</translation>
    </message>
    <message>
        <source>Adds a hospital or centre from the directory, with its phone, to step 5</source>
        <translation>把名录中的医院或中心及其电话加到第 5 步</translation>
    </message>
    <message>
        <source>The one thing most important to me</source>
        <translation>对我最重要的一件事</translation>
    </message>
    <message>
        <source>What matters most to me:</source>
        <translation>对我最重要的：</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>监护人：</translation>
    </message>
    <message>
        <source>Review on:</source>
        <translation>复查日期：</translation>
    </message>
    <message>
        <source>&amp;Save new version</source>
        <translation>保存为新版本(&amp;S)</translation>
    </message>
    <message>
        <source>Saves the plan as a new version (Ctrl+S)</source>
        <translation>将计划保存为新版本（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>One page for the student and the guardian (Ctrl+P)</source>
        <translation>给学生和监护人的一页纸（Ctrl+P）</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>a safety plan&apos;s version in the list: number, date, who saved it</extracomment>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>School counseling room; national psychological assistance hotline 12356; youth service line 12355; in an emergency 120 or 110.</source>
        <translation>学校心理辅导室；全国心理援助热线 12356；青少年服务台 12355；紧急情况拨打 120 或 110。</translation>
    </message>
    <message>
        <source>The directory has no hospital or centre yet. Add them with Vault ▸ Directory of institutions.</source>
        <translation>名录中还没有医院或中心。请通过“档案库 ▸ 机构名录”添加。</translation>
    </message>
    <message>
        <source>Add from the directory</source>
        <translation>从名录添加</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <extracomment>a directory entry added to step 5 of a safety plan: name, phone</extracomment>
        <translation>%1，电话 %2</translation>
    </message>
    <message>
        <source>Save the plan first: what prints is a saved version.</source>
        <translation>请先保存计划：打印的是已保存的版本。</translation>
    </message>
    <message>
        <source>The safety plan has changes that are not saved.</source>
        <translation>安全计划有尚未保存的修改。</translation>
    </message>
</context>
<context>
    <name>cd::ui::SchoolPage</name>
    <message>
        <source>Welcome to CounselDesk</source>
        <translation>欢迎使用 CounselDesk</translation>
    </message>
    <message>
        <source>CounselDesk keeps the counseling room&apos;s records in one encrypted vault on this computer. First, tell it about the school.</source>
        <translation>CounselDesk 会把心理辅导室的记录保存在这台电脑上的一个加密档案库中。首先，请填写学校信息。</translation>
    </message>
    <message>
        <source>e.g. No. 3 Middle School</source>
        <translation>例如：第三中学</translation>
    </message>
    <message>
        <source>School &amp;type:</source>
        <translation>学校类型(&amp;T)：</translation>
    </message>
    <message>
        <source>School na&amp;me:</source>
        <extracomment>Not Alt+N: that is the wizard&apos;s Next button</extracomment>
        <translation>学校名称(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::SchoolProfileDialog</name>
    <message>
        <source>Students on the school&apos;s roll this school year</source>
        <translation>本学年在校学生人数（在校生数）</translation>
    </message>
    <message>
        <source>Students who board at the school; 0 for a day school</source>
        <translation>在校寄宿的学生人数（寄宿生数）；走读学校填 0</translation>
    </message>
    <message>
        <source>Counselors whose job is mental-health education</source>
        <translation>专门从事心理健康教育的教师（专职）</translation>
    </message>
    <message>
        <source>Teachers who counsel beside another subject</source>
        <translation>兼任其他学科、同时做心理辅导的教师（兼职）</translation>
    </message>
    <message>
        <source>Of the full- and part-time counselors, those holding a counseling certificate</source>
        <translation>专职和兼职心理教师中持有心理咨询相关证书的人数</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> 平方米</translation>
    </message>
    <message>
        <source>The room&apos;s floor area in square metres, all its parts together</source>
        <translation>辅导室的总使用面积（各功能区合计），单位：平方米</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Hours a week the room is open to students</source>
        <translation>辅导室每周向学生开放的小时数</translation>
    </message>
    <message>
        <source>The year&apos;s mental-health funding in the school&apos;s budget, in yuan</source>
        <translation>学校年度预算中的心理健康教育专项经费，单位：元</translation>
    </message>
    <message>
        <source>School profile</source>
        <translation>学校概况</translation>
    </message>
    <message>
        <source>The school&apos;s name as the district&apos;s report prints it</source>
        <translation>教育局报表上打印的学校名称</translation>
    </message>
    <message>
        <source>e.g. 4401060012</source>
        <translation>例如 4401060012</translation>
    </message>
    <message>
        <source>The code the district gave the school: 1 to 32 letters or digits. It names the school&apos;s package; nothing else in it does.</source>
        <translation>教育局给学校的代码（学校代码）：1 到 32 个字母或数字。它标识学校的数据包，数据包中别无其他身份信息。</translation>
    </message>
    <message>
        <source>The stages the school teaches; a school with several is held to the staffing of the highest</source>
        <translation>学校开设的学段；跨学段的学校按最高学段的配备标准核查</translation>
    </message>
    <message>
        <source>The counseling room&apos;s name and where it is, e.g. &quot;Sunflower room, building 2&quot;</source>
        <translation>心理辅导室的名称和位置，例如“向日葵辅导室，2 号楼”</translation>
    </message>
    <message>
        <source>The calendar year the funding is for</source>
        <translation>经费所属的年度</translation>
    </message>
    <message>
        <source>As the room&apos;s &amp;hours (%1 h)</source>
        <extracomment>%1 hours a week</extracomment>
        <translation>按值班表时间(&amp;H)（%1 小时）</translation>
    </message>
    <message>
        <source>No semester has open hours yet (Agenda ▸ Duty roster…); clear this to type a figure</source>
        <extracomment>%1 the semester&apos;s name</extracomment>
        <translation>还没有学期设置了开放时间（日程 ▸ 值班表…）；取消勾选可自行填写</translation>
    </message>
    <message>
        <source>The open hours of the duty roster in %1; clear this to type another figure</source>
        <translation>%1值班表中的开放时间；取消勾选可自行填写其他数字</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>学校名称(&amp;N)：</translation>
    </message>
    <message>
        <source>School co&amp;de:</source>
        <translation>学校代码(&amp;D)：</translation>
    </message>
    <message>
        <source>School &amp;type:</source>
        <translation>学段(&amp;T)：</translation>
    </message>
    <message>
        <source>Students &amp;enrolled:</source>
        <translation>在校生数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Boarders:</source>
        <translation>寄宿生数(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>辅导室(&amp;R)：</translation>
    </message>
    <message>
        <source>Room &amp;area:</source>
        <translation>面积(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Full-time counselors:</source>
        <translation>专职心理教师(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Part-time counselors:</source>
        <translation>兼职心理教师(&amp;P)：</translation>
    </message>
    <message>
        <source>Cert&amp;ified counselors:</source>
        <translation>持证心理教师(&amp;I)：</translation>
    </message>
    <message>
        <source>Fundin&amp;g (yuan):</source>
        <translation>专项经费（元）(&amp;G)：</translation>
    </message>
    <message>
        <source>Funding &amp;year:</source>
        <translation>经费年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Open a week:</source>
        <translation>每周开放(&amp;O)：</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>标准核查</translation>
    </message>
    <message>
        <source>Counselors per school type, at least 10 yuan per student a year, and the room&apos;s open hours against the semester&apos;s target</source>
        <translation>按学段配备心理教师、生均每年至少 10 元经费、辅导室每周开放时长对照本学期目标</translation>
    </message>
    <message>
        <source>The school&apos;s own facts for the district&apos;s semester summary: published as they are, never about a student.</source>
        <translation>学校自身的情况，用于向教育局报送的学期汇总：按原样公布，从不涉及任何学生。</translation>
    </message>
    <message>
        <source>Only the room lead can change the school profile.</source>
        <translation>只有辅导室负责人可以修改学校概况。</translation>
    </message>
    <message>
        <source>Students on the school&apos;s roll this school year: to begin with, the active students in this vault (%1). Type the school&apos;s own figure if it differs.</source>
        <translation>本学年在校学生人数：初始值为本档案库中的在读学生数（%1）。如学校自己的数字不同，请改为学校的数字。</translation>
    </message>
</context>
<context>
    <name>cd::ui::ScreeningPage</name>
    <message>
        <source>&amp;New run…</source>
        <translation>新建筛查批次(&amp;N)…</translation>
    </message>
    <message>
        <source>Plan a screen of some grades or classes with some instruments</source>
        <translation>用选定的量表，对选定的年级或班级安排一次筛查</translation>
    </message>
    <message>
        <source>Change the run&apos;s name, dates, instruments or grades</source>
        <translation>修改筛查批次的名称、日期、量表或年级</translation>
    </message>
    <message>
        <source>&amp;Open run</source>
        <translation>开放筛查批次(&amp;O)</translation>
    </message>
    <message>
        <source>Open the run for answers, or close it</source>
        <translation>开放筛查批次以便作答，或将其结束</translation>
    </message>
    <message>
        <source>Refresh &amp;list</source>
        <translation>刷新名单(&amp;L)</translation>
    </message>
    <message>
        <source>Add students who joined the chosen grades or classes since the run was created</source>
        <translation>把筛查批次建立后新加入所选年级或班级的学生添加到名单中</translation>
    </message>
    <message>
        <source>Delete the run with all its answers (room lead only)</source>
        <translation>删除筛查批次及其所有答卷（仅限辅导室负责人）</translation>
    </message>
    <message>
        <source>&amp;Instruments…</source>
        <translation>量表(&amp;I)…</translation>
    </message>
    <message>
        <source>The scales this vault can use, and loading a school&apos;s own definition</source>
        <translation>本档案库可用的量表，以及加载学校自己的定义文件</translation>
    </message>
    <message>
        <source>Import &amp;answers…</source>
        <translation>导入答卷(&amp;A)…</translation>
    </message>
    <message>
        <source>Read an answer file (CSV or .xlsx) from a survey tool or a scanner</source>
        <translation>读取问卷工具或阅卷机导出的答卷文件（CSV 或 .xlsx）</translation>
    </message>
    <message>
        <source>Enter &amp;paper sheets…</source>
        <translation>录入纸质答卷(&amp;P)…</translation>
    </message>
    <message>
        <source>Type paper answer sheets in a grid, one row per student</source>
        <translation>在表格中录入纸质答卷，每名学生一行</translation>
    </message>
    <message>
        <source>Start &amp;kiosk…</source>
        <translation>学生自助答题(&amp;K)…</translation>
    </message>
    <message>
        <source>Students answer at this computer, one item per screen; the PIN you choose leaves it</source>
        <translation>学生在这台电脑上作答，每屏一题；用您设置的解锁码退出</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>筛查批次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Grades and classes</source>
        <translation>年级和班级</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>作答情况</translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation>尚未作答</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <extracomment>how many of the expected students answered an instrument, e.g. &quot;PHQ-9 412/450&quot;</extracomment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a run&apos;s dates: from – to</extracomment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Re&amp;open run</source>
        <translation>重新开放筛查批次(&amp;O)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is open: answers can come in.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 已开放：可以录入答卷。</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Not taken yet (%n)</source>
        <translation>
            <numerusform>尚未作答（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Close run</source>
        <translation>结束筛查批次</translation>
    </message>
    <message numerus="yes">
        <source>%n answer sheet(s) are still missing. Close &quot;%1&quot; anyway? It can be reopened.</source>
        <translation>
            <numerusform>还缺 %n 份答卷。仍要结束“%1”吗？之后可以重新开放。</numerusform>
        </translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>筛查</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>刷新名单</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) added to the run&apos;s list.</source>
        <translation>
            <numerusform>已将 %n 名学生添加到筛查批次的名单中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The run&apos;s list is up to date.</source>
        <translation>筛查批次的名单已是最新。</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>删除筛查批次</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with every answer sheet, score and follow-up in it? This cannot be undone (a backup made before keeps it).</source>
        <translation>要删除“%1”及其中所有的答卷、得分和跟进记录吗？此操作无法撤销（之前制作的备份中仍保留这些内容）。</translation>
    </message>
    <message>
        <source>&amp;Delete run</source>
        <translation>删除筛查批次(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>修改(&amp;H)…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Clo&amp;se run</source>
        <translation>结束筛查批次(&amp;S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is closed. Reopen it to enter more answers.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 已结束。重新开放后才能继续录入答卷。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is planned. Open it to enter answers.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 尚在计划中。开放后才能录入答卷。</translation>
    </message>
    <message>
        <source>No run yet. A run screens some grades or classes with some instruments between two dates: start with New run…</source>
        <translation>还没有筛查批次。一个筛查批次是在一段日期内，用选定的量表对选定的年级或班级进行筛查：请先点击“新建筛查批次…”。</translation>
    </message>
    <message>
        <source>Back to the screening page</source>
        <translation>返回筛查页面</translation>
    </message>
    <message>
        <source>The sheets of every instrument in this run that need a counselor to look, one row per sheet</source>
        <translation>本批次全部量表中需要咨询师查看的答卷，每份答卷一行</translation>
    </message>
    <message>
        <source>Flagged sheets (%1)</source>
        <extracomment>the tab of a run&apos;s flagged list: how many sheets of all its instruments are on it</extracomment>
        <translation>需跟进答卷（%1）</translation>
    </message>
</context>
<context>
    <name>cd::ui::SemesterDialog</name>
    <message>
        <source>Semester %1 to %2</source>
        <extracomment>the name proposed for a new semester: its first and last day</extracomment>
        <translation>%1 至 %2 学期</translation>
    </message>
    <message>
        <source>New semester</source>
        <translation>新建学期</translation>
    </message>
    <message>
        <source>Semester %1</source>
        <translation>学期 %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>基本信息(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Holidays and exams</source>
        <translation>假期与考试(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Periods of the day</source>
        <translation>作息节次(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>工作目标(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. 2026–2027 school year, first semester</source>
        <translation>如 2026–2027学年第一学期</translation>
    </message>
    <message>
        <source>The Monday of the week the school calls week 1: the timetable&apos;s week numbers count from it</source>
        <translation>学校称为第 1 周的那一周的星期一：课表的周次从这天算起</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>周一至周五</translation>
    </message>
    <message>
        <source>Monday to Saturday</source>
        <translation>周一至周六</translation>
    </message>
    <message>
        <source>Every day of the week</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>第一天(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>最后一天(&amp;L)：</translation>
    </message>
    <message>
        <source>Week &amp;1 starts on:</source>
        <translation>第 1 周开始于(&amp;1)：</translation>
    </message>
    <message>
        <source>School days a &amp;week:</source>
        <translation>每周上课日(&amp;W)：</translation>
    </message>
    <message>
        <source>How many mental-health lessons each class must get in every window</source>
        <translation>每个周期内每个班至少应上的心理课节数</translation>
    </message>
    <message>
        <source>The length of a window in weeks: 2 for &quot;a lesson every two weeks&quot;</source>
        <translation>周期的周数：“每两周一节”即为 2</translation>
    </message>
    <message>
        <source>every </source>
        <extracomment>between the lessons and the weeks of the lesson rule: &quot;1 lesson(s) every 2 week(s)&quot;</extracomment>
        <translation>每 </translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> 周</translation>
    </message>
    <message>
        <source> lesson(s)</source>
        <translation> 节</translation>
    </message>
    <message>
        <source>Theme class meetings each class holds a semester</source>
        <translation>每个班每学期召开的心理主题班会次数</translation>
    </message>
    <message>
        <source>Whole-school activities a month</source>
        <translation>每月全校性心理活动次数</translation>
    </message>
    <message>
        <source>Family-education events a semester</source>
        <translation>每学期家庭教育活动次数</translation>
    </message>
    <message>
        <source>Teacher trainings a semester</source>
        <translation>每学期教师培训次数</translation>
    </message>
    <message>
        <source>Hours a week the room is open outside class, checked against the duty roster</source>
        <translation>心理辅导室每周课外开放小时数，与值班表核对</translation>
    </message>
    <message>
        <source>Lesson &amp;rule:</source>
        <translation>心理课要求(&amp;R)：</translation>
    </message>
    <message>
        <source>Theme class &amp;meetings per class:</source>
        <translation>每班主题班会(&amp;M)：</translation>
    </message>
    <message>
        <source>Whole-school &amp;activities per month:</source>
        <translation>每月全校活动(&amp;A)：</translation>
    </message>
    <message>
        <source>Famil&amp;y-education events:</source>
        <translation>家庭教育活动(&amp;Y)：</translation>
    </message>
    <message>
        <source>Teacher tra&amp;inings:</source>
        <translation>教师培训(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Open hours per week:</source>
        <translation>每周开放小时(&amp;O)：</translation>
    </message>
    <message>
        <source>Weeks %1 to %2 of the school&apos;s numbering</source>
        <extracomment>under the semester&apos;s dates: its school weeks as numbered from week 1</extracomment>
        <translation>按学校周次为第 %1 至 %2 周</translation>
    </message>
</context>
<context>
    <name>cd::ui::SessionDialog</name>
    <message>
        <source>New group session</source>
        <translation>记录小组活动</translation>
    </message>
    <message>
        <source>Edit the group session</source>
        <translation>编辑小组活动</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Tick who came; a note says why someone was away</source>
        <translation>勾选出席的成员；缺席可在备注中写明原因</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>记录(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>出勤(&amp;A)：</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>未能保存活动</translation>
    </message>
</context>
<context>
    <name>cd::ui::SessionEditor</name>
    <message>
        <source>Edit session</source>
        <translation>编辑辅导记录</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建辅导记录</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>No concern noted</source>
        <translation>未见风险</translation>
    </message>
    <message>
        <source>What brought the student, in their words</source>
        <translation>学生前来的原因（用学生自己的话）</translation>
    </message>
    <message>
        <source>What you noticed: mood, behaviour, what was said</source>
        <translation>您观察到的情况：情绪、行为、说了什么</translation>
    </message>
    <message>
        <source>What you did in the session</source>
        <translation>本次辅导中您做了什么</translation>
    </message>
    <message>
        <source>Next steps, agreements, who else is involved</source>
        <translation>后续步骤、约定，以及还需要谁参与</translation>
    </message>
    <message>
        <source>Your own working notes: only you can read them, and they are never exported</source>
        <translation>您自己的工作笔记：只有您能读到，且永远不会被导出</translation>
    </message>
    <message>
        <source>Private notes need your own passphrase (you unlocked with the recovery code)</source>
        <translation>私人笔记需要用您自己的口令解锁（您是用恢复码解锁的）</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Presenting issue</source>
        <translation>来访问题</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>干预措施</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>后续计划</translation>
    </message>
    <message>
        <source>Risk in this session:</source>
        <translation>本次风险评估：</translation>
    </message>
    <message>
        <source>Private note:</source>
        <translation>私人笔记：</translation>
    </message>
    <message>
        <source>The session was not saved: %1 What you wrote is still here.</source>
        <translation>辅导记录未保存：%1 您写的内容仍保留在此。</translation>
    </message>
    <message>
        <source>S&amp;hare private note…</source>
        <translation>公开私人笔记(&amp;H)…</translation>
    </message>
    <message>
        <source>Move your private note into the session record, where colleagues can read it</source>
        <translation>把您的私人笔记移入辅导记录，同事将可以阅读</translation>
    </message>
    <message>
        <source>Share private note</source>
        <translation>公开私人笔记</translation>
    </message>
    <message>
        <source>Your private note becomes part of the session record: every user of the vault can then read it, and it is kept like any other record. Share it?</source>
        <translation>您的私人笔记将成为辅导记录的一部分：档案库的所有用户都能阅读，并像其他记录一样保存。确定公开吗？</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>公开(&amp;S)</translation>
    </message>
    <message>
        <source>Close without saving the session: what you wrote is kept as a draft in the vault</source>
        <translation>不保存记录直接关闭：已写内容作为草稿保存在档案库中</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>放弃草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Throw away what you wrote since the session was last saved</source>
        <translation>丢弃自上次保存以来所写的内容</translation>
    </message>
    <message>
        <source>This is your draft from %1, not saved as a session yet.</source>
        <translation>这是您 %1 的草稿，尚未保存为辅导记录。</translation>
    </message>
    <message>
        <source>Your draft could not be kept: %1</source>
        <extracomment>shown under the session editor; %1 is the reason</extracomment>
        <translation>草稿未能保存：%1</translation>
    </message>
    <message>
        <source>Draft kept in the vault at %1.</source>
        <translation>草稿已于 %1 保存在档案库中。</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>Throw away what you wrote since this session was last saved?</source>
        <translation>丢弃自此记录上次保存以来所写的内容吗？</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Next &amp;appointment:</source>
        <translation>下次预约(&amp;A)：</translation>
    </message>
    <message>
        <source>Book the next talk: it shows on the home page and in the session list</source>
        <translation>预约下一次谈话：会显示在首页和辅导记录列表中</translation>
    </message>
</context>
<context>
    <name>cd::ui::SetupWizard</name>
    <message>
        <source>Set up CounselDesk</source>
        <translation>设置 CounselDesk</translation>
    </message>
    <message>
        <source>&amp;District packages…</source>
        <translation>区级报送包汇总(&amp;D)…</translation>
    </message>
    <message>
        <source>For the education bureau: merge the schools&apos; semester summaries into district tables. Needs no vault.</source>
        <translation>供教育局使用：把各校的学期汇总合并为全区汇总表。无需档案库。</translation>
    </message>
</context>
<context>
    <name>cd::ui::SheetGridModel</name>
    <message>
        <source>%1 = %2</source>
        <extracomment>an answer option in the grid&apos;s legend: its value, then its label (&quot;0 = Not at all&quot;)</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 (%2): type at least one answer before saving the sheet.</source>
        <translation>%1（%2）：保存答卷前请至少输入一个答案。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>the status of a grid row the vault refused; %1 says why</extracomment>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved, invalid: %1</source>
        <extracomment>the status of a saved sheet that cannot be trusted; %1 lists why</extracomment>
        <translation>已保存，无效：%1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>总分 %1</translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>%1 — CRITICAL ANSWER (item %2)</source>
        <extracomment>the status of a saved sheet with a critical answer; %1 the usual status (&quot;Saved: Mild&quot;), %2 the items</extracomment>
        <translation>%1 —— 危机条目作答（第 %2 题）</translation>
    </message>
</context>
<context>
    <name>cd::ui::SlotGrid</name>
    <message>
        <source>Choose a class to see and set its open slots</source>
        <translation>选择一个班级以查看和设置其可排课时段</translation>
    </message>
    <message>
        <source>Click a period (or press Space) to open it every week, then odd weeks, then even weeks, then close it again</source>
        <translation>点击一个节次（或按空格键）依次设为每周、单周、双周，再点则关闭</translation>
    </message>
    <message>
        <source>Copy to the &amp;grade…</source>
        <translation>复制到本年级(&amp;G)…</translation>
    </message>
    <message>
        <source>Gives every other class of this grade the same open slots</source>
        <translation>让本年级其他各班使用相同的可排课时段</translation>
    </message>
    <message>
        <source>Green: every week · Blue: odd weeks · Purple: even weeks</source>
        <translation>绿色：每周 · 蓝色：单周 · 紫色：双周</translation>
    </message>
    <message>
        <source>Copy open slots</source>
        <translation>复制可排课时段</translation>
    </message>
    <message>
        <source>Give every other class of %1 the open slots of %2? Their own slots are replaced.</source>
        <translation>让%1的其他各班使用%2的可排课时段吗？它们原有的时段将被替换。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>第 %1 节</translation>
    </message>
</context>
<context>
    <name>cd::ui::StepDialog</name>
    <message>
        <source>Record a step</source>
        <translation>记录处置步骤</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>做了什么</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>步骤(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Done at:</source>
        <translation>完成时间(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>执行人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Record step</source>
        <translation>记录步骤(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cd::ui::StepLimitsDialog</name>
    <message>
        <source>Crisis step time limits</source>
        <translation>危机处置步骤时限</translation>
    </message>
    <message>
        <source>How long after the event each step may take. An open event&apos;s step past its limit is shown in red, on the event and on the home page. 0 h 0 min: no limit.</source>
        <translation>事件发生后每一步须在多长时间内完成。未结案事件中超过时限的步骤会在事件和首页上以红色显示。0 小时 0 分钟表示不设时限。</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>after a number of hours in a spin box</extracomment>
        <translation> 小时</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>after a number of minutes in a spin box</extracomment>
        <translation> 分钟</translation>
    </message>
    <message numerus="yes">
        <source>= %n day(s)</source>
        <extracomment>a time limit of whole days, beside its hours</extracomment>
        <translation>
            <numerusform>= %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>= %1 d %2 h</source>
        <extracomment>a time limit in days and hours, beside its hours</extracomment>
        <translation>= %1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>cd::ui::StudentListModel</name>
    <message>
        <source>Student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>重点关注</translation>
    </message>
</context>
<context>
    <name>cd::ui::StudentPicker</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Name, pinyin (zs for 张三), student number or class</source>
        <translation>姓名、拼音（zs 即张三）、学号或班级</translation>
    </message>
    <message>
        <source>Type to find the student, then press Enter or click the row</source>
        <translation>输入以查找学生，然后按回车或点击该行</translation>
    </message>
    <message>
        <source>No student chosen yet.</source>
        <translation>尚未选择学生。</translation>
    </message>
    <message>
        <source>Chosen: %1 · %2 · %3</source>
        <translation>已选择：%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>cd::ui::StudentRecordDialog</name>
    <message>
        <source>Growth record</source>
        <translation>成长档案</translation>
    </message>
    <message>
        <source>Growth record — %1</source>
        <translation>成长档案 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Basic info</source>
        <translation>基本信息(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>家庭情况(&amp;F)</translation>
    </message>
    <message>
        <source>Psychological &amp;status</source>
        <translation>心理状况(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Class history</source>
        <translation>班级变动记录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Access history</source>
        <translation>查阅记录(&amp;A)</translation>
    </message>
    <message>
        <source>Save the growth record (Ctrl+S)</source>
        <translation>保存成长档案（Ctrl+S）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Student number:</source>
        <translation>学号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>These facts come from the school roster; import a new roster to change them.</source>
        <translation>以上信息来自学校的学生名单；如需修改，请导入新的学生名单。</translation>
    </message>
    <message>
        <source>Left-behind child (parents work away from home)</source>
        <translation>留守儿童（父母在外务工）</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Family situation, home–school contact, what helps at home</source>
        <translation>家庭情况、家校联系，以及在家中哪些做法对孩子有帮助</translation>
    </message>
    <message>
        <source>Family structure:</source>
        <translation>家庭结构：</translation>
    </message>
    <message>
        <source>Guardians and how to reach them:</source>
        <translation>监护人及联系方式：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>The student&apos;s psychological status as you see it: strengths, concerns, what has changed</source>
        <translation>您所观察到的学生心理状况：优势与长处、需要关注的方面、近来的变化</translation>
    </message>
    <message>
        <source>Last saved %1 by %2</source>
        <translation>%2 最后保存于 %1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Edited the record</source>
        <translation>编辑档案</translation>
    </message>
    <message>
        <source>Opened the record</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <source>The growth record was not saved: %1 What you typed is still here.</source>
        <translation>成长档案未能保存：%1您输入的内容仍保留在这里。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>&amp;Watch list</source>
        <translation>重点关注(&amp;W)</translation>
    </message>
    <message>
        <source>Not on the watch list</source>
        <translation>未列入重点关注</translation>
    </message>
    <message>
        <source>Why, in a few words (also the reason when taking a student off the list)</source>
        <translation>简要说明原因（移出名单时也在此填写原因）</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>风险等级：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>下次复查：</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Taken off the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>Every change:</source>
        <translation>全部变动记录：</translation>
    </message>
    <message>
        <source>&amp;Move to another class…</source>
        <translation>调到其他班级(&amp;M)…</translation>
    </message>
    <message>
        <source>Mark as &amp;transferred out…</source>
        <translation>登记为已转出(&amp;T)…</translation>
    </message>
    <message>
        <source>Move to another class</source>
        <translation>调到其他班级</translation>
    </message>
    <message>
        <source>New class of %1 (for example 初二(3)班 or 3):</source>
        <translation>%1 的新班级（例如 初二(3)班 或 3）：</translation>
    </message>
    <message>
        <source>Enter a class.</source>
        <translation>请输入班级。</translation>
    </message>
    <message>
        <source>That class cannot be used: %1.</source>
        <translation>无法使用该班级：%1。</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>已调到 %1。</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Mark %1 as transferred out today? The record stays, and is purged with the others when the retention time has passed.</source>
        <translation>今天将 %1 登记为已转出吗？档案会保留，到达保留年限后与其他档案一起清除。</translation>
    </message>
    <message>
        <source>&amp;Mark transferred</source>
        <translation>登记转出(&amp;M)</translation>
    </message>
    <message>
        <source>Marked as transferred out.</source>
        <translation>已登记为转出。</translation>
    </message>
    <message>
        <source>This record has changes that are not saved.</source>
        <translation>此档案有尚未保存的修改。</translation>
    </message>
    <message>
        <source>A case was opened as an emergency: the guardian&apos;s consent is still to be recorded (Cases tab).</source>
        <translation>有个案为紧急建立：监护人同意尚待补录（见“个案与辅导”标签页）。</translation>
    </message>
</context>
<context>
    <name>cd::ui::StudentScreeningPanel</name>
    <message>
        <source>Run</source>
        <translation>筛查批次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>No screening results for this student yet.</source>
        <translation>该学生尚无筛查结果。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>cd::ui::StudentsPage</name>
    <message>
        <source>Search by name, pinyin (zs finds 张三), student number or class</source>
        <translation>按姓名、拼音（输入 zs 可找到张三）、学号或班级搜索</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部年级</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>导入学生名单(&amp;I)…</translation>
    </message>
    <message>
        <source>Add and update students from the school&apos;s roster (CSV or Excel .xlsx)</source>
        <translation>根据学校的学生名单（CSV 或 Excel .xlsx）添加和更新学生</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) shown</source>
        <translation>
            <numerusform>当前显示 %n 名学生</numerusform>
        </translation>
    </message>
    <message>
        <source>Include students no longer at &amp;school</source>
        <translation>包括不在校的学生(&amp;S)</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>全部学生</translation>
    </message>
    <message>
        <source>On the watch list</source>
        <translation>重点关注学生</translation>
    </message>
    <message>
        <source>High risk or crisis</source>
        <translation>高风险或危机</translation>
    </message>
    <message>
        <source>With an open case</source>
        <translation>有进行中的个案</translation>
    </message>
    <message>
        <source>Search &amp;notes…</source>
        <translation>搜索辅导记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Full-text search over every session note (Ctrl+Shift+F)</source>
        <translation>在所有辅导记录中全文搜索（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>&amp;New school year: promote every class…</source>
        <translation>新学年：全部班级升级(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Purge records of students who left…</source>
        <translation>清除离校学生档案(&amp;P)…</translation>
    </message>
    <message>
        <source>New school year</source>
        <translation>新学年</translation>
    </message>
    <message>
        <source>Every class moves up one grade: %1 students are promoted and the %2 students of %3 graduate. Class history keeps where each student was. Continue?</source>
        <translation>所有班级升一个年级：%1 名学生升级，%3 的 %2 名学生毕业。班级变动记录会保留每位学生的去向。继续吗？</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>升级(&amp;P)</translation>
    </message>
    <message>
        <source>Purge records</source>
        <translation>清除档案</translation>
    </message>
    <message numerus="yes">
        <source>No student left more than %n year(s) ago: there is nothing to purge.</source>
        <translation>
            <numerusform>没有离校超过 %n 年的学生：无需清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4)</source>
        <translation>%1 %2（%3 %4）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>These %1 students left more than %2 years ago. Their growth records, cases, session notes and watch-list history will be deleted for good:

%3</source>
        <translation>以下 %1 名学生离校已超过 %2 年。他们的成长档案、个案、辅导记录和重点关注记录将被永久删除：

%3</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>永久删除(&amp;D)</translation>
    </message>
    <message>
        <source>Choose a grade first</source>
        <translation>请先选择年级</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <source>School &amp;year</source>
        <translation>学年(&amp;Y)</translation>
    </message>
    <message>
        <source>Promote every class to the next school year, or purge the records of students who left</source>
        <translation>全校升入下一学年，或清除已离校学生的档案</translation>
    </message>
</context>
<context>
    <name>cd::ui::SummaryPreview</name>
    <message>
        <source>%1: %2</source>
        <extracomment>a bar&apos;s label in the preview&apos;s charts: the row, then its figure or the withheld mark</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No count is withheld; k = %1.</source>
        <translation>没有隐去任何计数；k = %1。</translation>
    </message>
    <message>
        <source>Counts withheld: %1 (%2 primary, %3 so that they cannot be worked out). Values shown as * (these counts and the percents that depend on them): %4. k = %5.</source>
        <extracomment>the preview&apos;s first line: how many counts of students the summary withholds, as small (primary) or so that they cannot be worked out from the others; how many values the tables show as * (those counts and the percents worked out from them); and the threshold k</extracomment>
        <translation>已隐去的计数：%1 个（%2 个直接隐去，%3 个为防止被推算而隐去）。显示为 * 的数值（这些计数及依据它们算出的百分比）：%4 个。k = %5。</translation>
    </message>
</context>
<context>
    <name>cd::ui::SummaryTableModel</name>
    <message>
        <source>Withheld: this rate is worked out from a count that is withheld or from fewer than %1 students.</source>
        <translation>已隐去：该比率由已隐去的计数或不足 %1 名学生的人数算出。</translation>
    </message>
    <message>
        <source>Withheld so that no student can be identified: the count is small (1 to %1), close to its total, or could otherwise be worked out from the published counts.</source>
        <translation>为防止识别出学生而隐去：该计数较小（1 至 %1）、接近其合计，或可由已公布的计数推算出来。</translation>
    </message>
    <message>
        <source>At least %1: some schools withheld part of this count so that no student can be identified, so only the part the others published is known.</source>
        <extracomment>a district&apos;s merged count printed &quot;≥n&quot;</extracomment>
        <translation>至少为 %1：为防止识别出学生，有的学校隐去了这一计数中自己的部分，因此只知道其他学校公布的部分。</translation>
    </message>
</context>
<context>
    <name>cd::ui::SupportPlanDialog</name>
    <message>
        <source>What the next weeks should bring: sleep, attendance, mood …</source>
        <translation>接下来几周希望达到的：睡眠、出勤、情绪……</translation>
    </message>
    <message>
        <source>Sessions, check-ins, safety plan review</source>
        <translation>个别辅导、定期关心、安全计划复查</translation>
    </message>
    <message>
        <source>Daily attention, seating, classmates who help, workload</source>
        <translation>日常关注、座位安排、同伴互助、作业量</translation>
    </message>
    <message>
        <source>Hospital visits, medicines kept safely, contact with the class teacher</source>
        <translation>按时复诊、妥善保管药品、与班主任保持联系</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>一生一策</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>The counselor:</source>
        <translation>心理老师：</translation>
    </message>
    <message>
        <source>The class teacher:</source>
        <translation>班主任：</translation>
    </message>
    <message>
        <source>The guardian:</source>
        <translation>监护人：</translation>
    </message>
    <message>
        <source>Review on:</source>
        <translation>复查日期：</translation>
    </message>
    <message>
        <source>Support plan (one student, one plan) of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的一生一策支持计划</translation>
    </message>
</context>
<context>
    <name>cd::ui::TeachersTable</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Vault user</source>
        <translation>档案库用户</translation>
    </message>
    <message>
        <source>Most lessons a day</source>
        <translation>每天最多课时</translation>
    </message>
    <message>
        <source>The counselors who teach the lessons; the vault user links a teacher to their login</source>
        <translation>上心理课的教师；档案库用户把教师与其登录账号关联</translation>
    </message>
    <message>
        <source>&amp;Add teacher</source>
        <translation>添加教师(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete teacher</source>
        <translation>删除教师(&amp;D)</translation>
    </message>
    <message>
        <source>Removes the selected teacher; their classes are left without a teacher</source>
        <translation>删除选中的教师；其所教班级将没有教师</translation>
    </message>
    <message>
        <source>e.g. Ms Wang</source>
        <translation>如 王老师</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>cd::ui::TimeOffDialog</name>
    <message>
        <source>received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>The student may return</source>
        <translation>学生可以复学</translation>
    </message>
    <message>
        <source>back on</source>
        <translation>复学日期</translation>
    </message>
    <message>
        <source>Time off and return</source>
        <translation>休学与复学</translation>
    </message>
    <message>
        <source>As the certificate or the guardian states it, without a diagnosis</source>
        <translation>按证明或监护人的说法填写，不写诊断</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>What the return assessment found: mood, sleep, wishes of the student and the family</source>
        <translation>复学评估的结果：情绪、睡眠、学生和家庭的意愿</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has been away since %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 自 %2 起休学。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Medical certificate:</source>
        <translation>医疗证明：</translation>
    </message>
    <message>
        <source>Guardian&apos;s application:</source>
        <translation>监护人申请：</translation>
    </message>
    <message>
        <source>Return assessment:</source>
        <translation>复学评估：</translation>
    </message>
    <message>
        <source>Return:</source>
        <translation>复学：</translation>
    </message>
    <message>
        <source>A return needs the certificate, the application and a passed assessment</source>
        <translation>复学需要医疗证明、监护人申请和通过的评估</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is at school. Record the start of a time off:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 目前在校。记录休学开始：</translation>
    </message>
    <message>
        <source>First day away:</source>
        <translation>休学首日：</translation>
    </message>
    <message>
        <source>After referral:</source>
        <translation>相关转介：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start time off</source>
        <translation>开始休学(&amp;S)</translation>
    </message>
</context>
<context>
    <name>cd::ui::TimetableGrid</name>
    <message>
        <source>Week </source>
        <translation>周次 </translation>
    </message>
    <message>
        <source>The school week shown (Page Up / Page Down in the grid)</source>
        <translation>显示的教学周（在课表中按 Page Up / Page Down 切换）</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>Show one teacher&apos;s or one class&apos;s lessons</source>
        <translation>只显示一位教师或一个班的课</translation>
    </message>
    <message>
        <source>Show &amp;only:</source>
        <translation>只显示(&amp;O)：</translation>
    </message>
    <message>
        <source>Every lesson</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <source>Period %1
%2–%3</source>
        <extracomment>a period&apos;s row header in the week grid: &quot;Period 3
08:55–09:35&quot;</extracomment>
        <translation>第 %1 节
%2–%3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 至 %2：%3</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <extracomment>a lesson in a cell of the week grid: &quot;初二(3)班 · 情绪 (王老师)&quot;</extracomment>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开心理课</translation>
    </message>
    <message>
        <source>Which lesson?</source>
        <translation>哪一节课？</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>The semester&apos;s lessons of the teacher or class chosen under Show only, in print preview (Ctrl+P)</source>
        <translation>在“只显示”中所选教师或班级本学期的全部心理课，打印预览（Ctrl+P）</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>The same timetable saved as a PDF</source>
        <translation>将同一课表保存为 PDF</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a lesson by hand (kept when the plan is rebuilt) or record a theme class meeting</source>
        <translation>手工添加一节课（重新排课时保留），或记录一次主题班会</translation>
    </message>
    <message>
        <source>Double-click or Enter: edit, move or make up the lesson. Drag a planned lesson to another day or period of the week to move it (Esc cancels). Ctrl+Z: undo the last move or make-up.</source>
        <translation>双击或按 Enter：编辑、调动或补上这节课。把已排的课拖到本周的另一天或另一节即可调动（Esc 取消）。Ctrl+Z：撤销上一次调动或补课。</translation>
    </message>
    <message>
        <source>made up on %1</source>
        <extracomment>under a cancelled lesson in the week grid: when its make-up lesson is</extracomment>
        <translation>已于 %1 补课</translation>
    </message>
    <message>
        <source>Move lesson</source>
        <translation>调动心理课</translation>
    </message>
</context>
<context>
    <name>cd::ui::TimetableInputs</name>
    <message>
        <source>Tea&amp;chers</source>
        <translation>教师(&amp;C)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级数</translation>
    </message>
    <message>
        <source>&amp;Unavailable</source>
        <translation>不可排课(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open slots</source>
        <translation>可排课时段(&amp;O)</translation>
    </message>
    <message>
        <source>Save inputs</source>
        <translation>保存排课条件</translation>
    </message>
    <message>
        <source>Saves the teachers, classes, unavailable times and open slots together (Ctrl+S)</source>
        <translation>一起保存教师、班级、不可排课时间和可排课时段（Ctrl+S）</translation>
    </message>
    <message>
        <source>Bac&amp;k to saved</source>
        <translation>恢复到已保存(&amp;K)</translation>
    </message>
    <message>
        <source>Forgets the changes since the last save</source>
        <translation>放弃上次保存以来的修改</translation>
    </message>
    <message>
        <source>Cop&amp;y from the previous semester</source>
        <translation>从上一学期复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Starts from the previous semester&apos;s teachers, classes and slots (unavailable times are dated and not copied); nothing is saved until Save</source>
        <translation>以上一学期的教师、班级和时段为起点（不可排课时间与日期相关，不复制）；点“保存”前不会保存</translation>
    </message>
    <message>
        <source>Timetable inputs</source>
        <translation>排课条件</translation>
    </message>
    <message>
        <source>The timetable inputs of %1 have changes that are not saved. Save them?</source>
        <translation>%1 的排课条件有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Nothing set for this semester yet.</source>
        <translation>本学期尚未设置。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Changed: not saved yet.</source>
        <translation>已修改：尚未保存。</translation>
    </message>
    <message>
        <source>Copy from the previous semester</source>
        <translation>从上一学期复制</translation>
    </message>
    <message>
        <source>There is no semester before this one.</source>
        <translation>这之前没有学期。</translation>
    </message>
    <message>
        <source>Replace what the tables show with the inputs of %1? Nothing is saved until Save.</source>
        <translation>用%1的排课条件替换表中内容吗？点“保存”前不会保存。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
</context>
<context>
    <name>cd::ui::TopicsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Fill with the &amp;defaults</source>
        <translation>填入默认课题(&amp;D)</translation>
    </message>
    <message>
        <source>Lesson topics</source>
        <translation>心理课课题</translation>
    </message>
    <message>
        <source>Every grade</source>
        <translation>所有年级</translation>
    </message>
    <message>
        <source>Plans give a class its grade&apos;s topics in this order, then those for every grade</source>
        <translation>排课时先按此顺序安排本年级的课题，再安排适用于所有年级的课题</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>年级(&amp;G)：</translation>
    </message>
    <message>
        <source>Double-click a topic to rename it; retired topics are greyed and never planned</source>
        <translation>双击课题可改名；已停用的课题显示为灰色，不再排入课表</translation>
    </message>
    <message>
        <source>A new topic for this grade</source>
        <translation>为本年级添加新课题</translation>
    </message>
    <message>
        <source>Earlier in the plan (Ctrl+Up)</source>
        <translation>在排课中提前（Ctrl+上箭头）</translation>
    </message>
    <message>
        <source>Later in the plan (Ctrl+Down)</source>
        <translation>在排课中推后（Ctrl+下箭头）</translation>
    </message>
    <message>
        <source>A retired topic stays on the lessons that had it and is not planned again</source>
        <translation>停用的课题仍保留在已用过它的课上，但不再排入课表</translation>
    </message>
    <message>
        <source>The suggested topics of every grade band, while the library is empty</source>
        <translation>各学段的建议课题（仅在课题库为空时可用）</translation>
    </message>
    <message>
        <source>Retired: not planned again</source>
        <translation>已停用：不再排入课表</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>恢复使用(&amp;B)</translation>
    </message>
</context>
<context>
    <name>cd::ui::UnavailableTable</name>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>节次</translation>
    </message>
    <message>
        <source>From week</source>
        <translation>起始周</translation>
    </message>
    <message>
        <source>To week</source>
        <translation>结束周</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>When a teacher cannot teach: the planner leaves those times free</source>
        <translation>教师不能上课的时间：排课时会空出这些时间</translation>
    </message>
    <message>
        <source>&amp;Add unavailable time</source>
        <translation>添加不可排课时间(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete row</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>第 %1 节</translation>
    </message>
</context>
<context>
    <name>cd::ui::UnlockDialog</name>
    <message>
        <source>Unlock CounselDesk</source>
        <translation>解锁 CounselDesk</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Enter your user name and the recovery code from the school safe. You will then choose a new passphrase.</source>
        <translation>忘记口令了？请输入您的用户名和存放在学校保险柜中的恢复码，随后再设置新口令。</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>恢复码(&amp;R)：</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>返回口令解锁</translation>
    </message>
    <message>
        <source>The counseling room&apos;s vault is locked.</source>
        <translation>心理辅导室的档案库已锁定。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>忘记口令？</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Put a backup in place of this vault: after damage, a mistake, or on a new computer</source>
        <translation>用备份替换此档案库：适用于档案库损坏、操作失误之后，或换到新电脑时</translation>
    </message>
    <message>
        <source>%1
Choose “Restore from a backup…” below to put the newest good backup in its place.</source>
        <translation>%1
请点击下方的“从备份恢复…”，用最新的完好备份替换它。</translation>
    </message>
    <message>
        <source>The vault was restored from the backup. Sign in to continue.</source>
        <translation>已从备份恢复档案库。请登录以继续。</translation>
    </message>
    <message>
        <source>The school whose counseling records this vault holds</source>
        <translation>此档案库保存的是这所学校的心理辅导记录</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;District packages…</source>
        <translation>区级报送包汇总(&amp;D)…</translation>
    </message>
    <message>
        <source>For the education bureau: merge the schools&apos; semester summaries into district tables. Needs no vault.</source>
        <translation>供教育局使用：把各校的学期汇总合并为全区汇总表。无需档案库。</translation>
    </message>
</context>
<context>
    <name>cd::ui::UserManagementPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>重新启用(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;passphrase…</source>
        <translation>重置口令(&amp;P)…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Everyone listed as active can unlock the vault with their own passphrase. A disabled user&apos;s key is removed from the vault.</source>
        <translation>列表中所有“已启用”的用户，都可以用自己的口令解锁档案库。已停用用户的密钥会从档案库中移除。</translation>
    </message>
    <message>
        <source>Filter users…</source>
        <translation>筛选用户…</translation>
    </message>
    <message>
        <source>Remove the selected user&apos;s key: they can no longer unlock the vault</source>
        <translation>移除所选用户的密钥：该用户将无法再解锁档案库</translation>
    </message>
    <message>
        <source>The selected user forgot their passphrase: reset it with the recovery code</source>
        <translation>所选用户忘记了口令：用恢复码为其重置</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Disable %1? Their key is removed from the vault and they can no longer unlock it. Their records stay.</source>
        <translation>确定要停用 %1 吗？其密钥将从档案库中移除，此后无法再解锁档案库。该用户的记录会保留。</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Reactivate the selected user with a new passphrase</source>
        <translation>为所选用户设置新口令并重新启用</translation>
    </message>
    <message>
        <source>Managing users changes who can open the vault.</source>
        <translation>管理用户会改变谁能打开数据档案库。</translation>
    </message>
    <message>
        <source>Disabling %1 replaces the vault key. This vault&apos;s recovery slot was made by an earlier version and must be renewed once: enter the recovery code from the printed sheet.</source>
        <translation>停用 %1 会更换档案库密钥。本档案库的恢复槽由早期版本创建，须更新一次：请输入打印单上的恢复码。</translation>
    </message>
</context>
<context>
    <name>cd::ui::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>cd::ui::WatchDialog</name>
    <message>
        <source>Add to the watch list</source>
        <translation>列入重点关注</translation>
    </message>
    <message>
        <source>Put &lt;b&gt;%1&lt;/b&gt; on the watch list.</source>
        <translation>将 &lt;b&gt;%1&lt;/b&gt; 列入重点关注。</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>风险等级：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>下次复查：</translation>
    </message>
    <message>
        <source>Already on the list (%1): %2. Saving replaces that entry.</source>
        <translation>已在重点关注名单中（%1）：%2。保存后将替换原有记录。</translation>
    </message>
    <message>
        <source>&amp;Add to watch list</source>
        <translation>列入重点关注(&amp;A)</translation>
    </message>
</context>
<context>
    <name>cd::ui::WatchListPage</name>
    <message>
        <source>&amp;Overdue reviews only</source>
        <translation>只看逾期未复查(&amp;O)</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复查</translation>
    </message>
    <message>
        <source>Add a student, change the level or take them off the list in the student&apos;s record (Watch list tab).</source>
        <translation>在学生成长档案的“重点关注”页中添加学生、调整等级或移出名单。</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>The review date has passed: see the student and set the next date.</source>
        <translation>复查日期已过：请约见该学生并设定下次复查日期。</translation>
    </message>
    <message>
        <source>On the watch list: %1 · Reviews overdue: %2</source>
        <translation>重点关注：%1 人 · 逾期未复查：%2 人</translation>
    </message>
</context>
</TS>
