# Interface text that belongs to this guide rather than to the theme.

site-title = Regenerative Medicine in Korea: A Patient Guide
faq-category-basics = The basics
faq-category-treatment = Getting treatment
faq-category-safety = Safety
faq-category-costs = Costs
faq-category-clinics = Choosing a clinic
faq-category-reporting = Reporting a problem
