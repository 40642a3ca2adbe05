# Interface text that belongs to this guide rather than to the theme.
# テーマではなく、このガイドに属する画面の文言です。

site-title = 韓国の再生医療：患者のためのガイド
faq-category-basics = 基本的なこと
faq-category-treatment = 治療を受けるには
faq-category-safety = 安全
faq-category-costs = 費用
faq-category-clinics = クリニックの選び方
faq-category-reporting = 問題の報告・通報
