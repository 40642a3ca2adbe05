# 테마가 아니라 이 안내서에 속하는 화면 문구입니다.

site-title = 한국의 첨단재생의료: 환자 안내서
faq-category-basics = 기본 정보
faq-category-treatment = 치료 받기
faq-category-safety = 안전
faq-category-costs = 비용
faq-category-clinics = 의료기관 고르기
faq-category-reporting = 문제 신고하기
