# Interface text that belongs to this guide rather than to the theme.

site-title = การแพทย์เชิงฟื้นฟูในเกาหลี: คู่มือสำหรับผู้ป่วย
faq-category-basics = ข้อมูลพื้นฐาน
faq-category-treatment = การรับการรักษา
faq-category-safety = ความปลอดภัย
faq-category-costs = ค่าใช้จ่าย
faq-category-clinics = การเลือกคลินิก
faq-category-reporting = การแจ้งปัญหา
