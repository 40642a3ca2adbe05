# Interface text that belongs to this guide rather than to the theme.

site-title = Солонгос дахь нөхөн төлжүүлэх анагаах ухаан: өвчтөнд зориулсан гарын авлага
faq-category-basics = Үндсэн ойлголт
faq-category-treatment = Эмчилгээ хийлгэх
faq-category-safety = Аюулгүй байдал
faq-category-costs = Зардал
faq-category-clinics = Клиник сонгох
faq-category-reporting = Асуудлыг мэдээлэх
