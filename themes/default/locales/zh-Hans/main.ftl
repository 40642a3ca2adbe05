# Interface text of the default theme: Simplified Chinese (zh-Hans).
# 默认主题的界面文字：简体中文。
# A site's own locales/zh-Hans/*.ftl may override any of these.

## Site and page frame

site-title = 韩国再生医疗：患者指南
skip-to-content = 跳到正文
nav-label = 主菜单
language-switcher-label = 语言
language-untranslated = 尚未翻译，以原文显示
# Placed between items of a list; keep the quotes so the punctuation survives.
list-separator = {"、"}
toc-heading = 本页内容
page-reviewed = 本页最近审核日期
page-review-due = 下次审核日期
back-to-top = 回到顶部
not-stated = 未说明
yes = 是
no = 否

## Titles of the collection pages (used by the site generator for the menu and page titles)

nav-glossary = 术语表
nav-faq = 常见问题
nav-risk-tiers = 风险等级
nav-contacts = 联系方式
nav-institutions = 指定机构

## Notice on a page that has no translation yet

fallback-notice = 本页尚未翻译，因此以{ $language }显示。
fallback-source-link = 打开{ $language }页面
stale-translation-notice = 本译文完成后，原文页面有过改动，因此译文的部分内容可能已经过时。

## On a translated page, beside the review dates

translation-translator = 翻译
translation-source = 原文

## Footer

report-heading = 举报涉嫌违法行为
report-intro = 如果某家诊所没有获得指定，或者没有获批的治疗计划，却在提供先进再生医疗，您可以向以下机构举报：
report-more = 举报方法（分步说明）
footer-languages = 本页提供以下语言版本：
footer-disclaimer = 本指南介绍韩国有关先进再生医疗规定的一般信息，不构成医疗建议。关于您自己的治疗，请咨询您信任的医生。

## Home page

home-check-heading = 核实诊所
home-directory-count = { $count ->
   *[other] 名录中列有 { $count } 家目前指定有效的机构。
}
home-directory-link = 打开指定机构名录
home-contents-heading = 本指南内容

## Glossary

glossary-index-label = 按首字母查找术语
glossary-aliases = 又称：
glossary-related = 另见：
glossary-empty = 术语表中还没有术语。

## Questions and answers

faq-index-heading = 本页的问题
back-to-questions = 返回问题列表
faq-empty = 这里还没有问题。
# The category of FAQ entries that name none.
faq-category-general = 一般问题

## Risk tiers

tiers-not-efficacy = 风险等级说明一种治疗的风险有多大，但不能说明这种治疗的效果有多好。
tiers-table-caption = 各风险等级对照
tiers-col-tier = 风险等级
tiers-col-who = 谁可以提供
tiers-col-approval = 需要的批准
tiers-col-examples = 例子
tiers-read-more = 详细了解{ $tier }
tiers-all-heading = 所有风险等级

risk-low = 低风险
risk-medium = 中风险
risk-high = 高风险

## Contacts

contact-phone = 电话
contact-email = 电子邮箱
contact-hours = 工作时间
contact-topics = 可以咨询：
contact-reporting-badge = 违法行为举报联系方式

topic-report-violation = 举报违法行为
topic-designation = 机构指定
topic-clinical-research = 临床研究
topic-treatment = 治疗
topic-education = 教育与培训

## Data about institutions

export-date-label = 名录日期：
export-source-label = 来源：
export-stale-title = 这份名录可能已经过时。
export-stale-text = 它是在 { $days ->
   *[other] { $days } 天前
}导出的。指定随时可能被暂停或取消：做决定之前，请到官方门户网站核实，或致电指定组。
sample-banner-title = 示例数据。
sample-banner-text = 本页显示的机构都是虚构的示例，不是官方的指定机构名录。

## Institutions directory

directory-not-listed = 如果某家诊所不在这份名录上，说明在名录日期时它不是指定机构。获得指定并不代表某项具体治疗已获批准：请务必要求查看获批的治疗计划。
directory-totals-label = 各状态的机构数量
directory-active-heading = 指定机构
directory-inactive-heading = 已暂停或已取消：目前不是指定机构
directory-inactive-intro = 以下机构目前不是指定机构，不得提供先进再生医疗治疗。列出它们是为了让您能认出它们。
directory-none = 名录中没有机构。
directory-no-match = 没有符合条件的机构。请减少筛选条件，或检查名称是否写对。
directory-showing = 显示 { $count } 家，共 { $total } { $total ->
   *[other] 家机构
}

filter-heading = 查找机构
filter-name = 名称、区或指定编号
filter-region = 地区
filter-all-regions = 所有地区
filter-kind = 类型
filter-all-kinds = 所有类型
filter-status = 状态
filter-all-statuses = 所有状态
filter-field = 治疗类型
filter-all-fields = 所有治疗类型
filter-reset = 清除筛选条件

## One institution

back-to-directory = 所有指定机构
inst-id = 指定编号
inst-status = 状态
inst-designated-on = 指定日期
inst-kind = 类型
inst-region = 地区
inst-address = 地址
inst-website = 网站
inst-fields = 治疗类型
inst-risk-levels = 风险等级
inst-languages = 可为患者提供的语言
inst-international = 已登记可接收国际患者
inst-not-designated-title = 警告：指定目前无效
inst-must-not-treat = 这家机构目前不是指定机构，不得提供先进再生医疗治疗。
inst-caveat-heading = 获得指定不等于治疗获批
inst-caveat-text = 获得指定，说明保健福祉部允许这家机构提供先进再生医疗，但并不代表批准了任何一种具体治疗。在同意接受治疗之前，请要求查看经审议委员会批准的治疗计划。

status-active = 已指定
status-suspended = 指定已暂停
status-revoked = 指定已取消
status-suspended-since = 暂停日期
status-revoked-since = 取消日期

kind-regenerative-medical-institution = 再生医疗机构
kind-cell-processing-establishment = 细胞处理机构
tier-institution = 机构级
tier-center = 中心级
inst-kind-with-level = { $kind }（{ $level }）

field-cell-therapy = 细胞治疗
field-gene-therapy = 基因治疗
field-tissue-engineering = 组织工程治疗
field-convergence = 融合治疗

region-seoul = 首尔
region-busan = 釜山
region-daegu = 大邱
region-incheon = 仁川
region-gwangju = 光州
region-daejeon = 大田
region-ulsan = 蔚山
region-sejong = 世宗
region-gyeonggi = 京畿道
region-gangwon = 江原道
region-chungbuk = 忠清北道
region-chungnam = 忠清南道
region-jeonbuk = 全罗北道
region-jeonnam = 全罗南道
region-gyeongbuk = 庆尚北道
region-gyeongnam = 庆尚南道
region-jeju = 济州

## Page not found, language picker

not-found-title = 找不到页面
not-found-text = 这个页面不存在，或者已经移动。请选择一种语言，回到指南首页。
not-found-homes = 指南首页
picker-heading = 请选择语言
picker-continue = 继续

## Search

search-title = 搜索
search-label = 搜索本指南
search-placeholder = 搜索，例如：干细胞
search-submit = 搜索
search-intro = 可以搜索术语表、常见问题、风险等级、联系方式和指定机构。有错别字也没关系。
search-type-glossary = 术语
search-type-faq = 问题
search-type-tier = 风险等级
search-type-contact = 联系方式
search-type-institution = 机构
search-type-page = 指南
search-loading = 正在加载搜索……
search-error = 无法加载搜索。请刷新页面后再试。
search-no-results = 没有找到结果。请检查拼写，或者换用其他词语、减少词语再试。
search-all-results = 查看全部结果
search-prompt = 请输入您要找的内容：在诊所听到的某个词、某种治疗，或某家诊所的名称。
search-clinic-heading = 在找某家诊所吗？
search-results-count = { $count ->
   *[other] 共 { $count } 条结果
}
search-results-more = 结果超过 { $limit } 条，只显示最相关的 { $limit } 条：再加一个词可以缩小搜索范围。
search-noscript = 搜索功能需要 JavaScript，但这个浏览器关闭了 JavaScript 或不支持。您仍然可以在以下栏目中找到需要的信息：
