# Interface text that belongs to this guide rather than to the theme.
# 属于本指南（而不是主题）的界面文字。

site-title = 韩国再生医疗：患者指南
faq-category-basics = 基本知识
faq-category-treatment = 接受治疗
faq-category-safety = 安全
faq-category-costs = 费用
faq-category-clinics = 选择诊所
faq-category-reporting = 报告问题
