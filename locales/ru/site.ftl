# Interface text that belongs to this guide rather than to the theme.

site-title = Регенеративная медицина в Корее: справочник для пациентов
faq-category-basics = Основные сведения
faq-category-treatment = Как получить лечение
faq-category-safety = Безопасность
faq-category-costs = Стоимость
faq-category-clinics = Как выбрать клинику
faq-category-reporting = Как сообщить о проблеме
