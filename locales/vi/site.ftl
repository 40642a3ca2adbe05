# Interface text that belongs to this guide rather than to the theme.

site-title = Y học tái tạo tại Hàn Quốc: Hướng dẫn cho người bệnh
faq-category-basics = Những điều cơ bản
faq-category-treatment = Việc điều trị
faq-category-safety = An toàn
faq-category-costs = Chi phí
faq-category-clinics = Chọn phòng khám
faq-category-reporting = Báo cáo khi có vấn đề
