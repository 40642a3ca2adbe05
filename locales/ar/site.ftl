# نصوص الواجهة الخاصة بهذا الدليل لا بالقالب.

site-title = الطب التجديدي في كوريا: دليل للمرضى
faq-category-basics = الأساسيات
faq-category-treatment = الحصول على العلاج
faq-category-safety = السلامة
faq-category-costs = التكاليف
faq-category-clinics = اختيار العيادة
faq-category-reporting = الإبلاغ عن مشكلة
