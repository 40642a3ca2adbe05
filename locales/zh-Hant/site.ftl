# 屬於本指南、而不屬於佈景主題的介面文字。

site-title = 韓國的再生醫療：病人指南
faq-category-basics = 基本資訊
faq-category-treatment = 接受治療
faq-category-safety = 安全
faq-category-costs = 費用
faq-category-clinics = 選擇診所
faq-category-reporting = 通報問題
