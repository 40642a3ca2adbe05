# 기본 테마의 화면 문구: 한국어.
# 사이트의 locales/ko/*.ftl 에서 어느 문구든 덮어쓸 수 있습니다.

## 사이트와 페이지 틀

site-title = 한국의 첨단재생의료: 환자를 위한 안내서
skip-to-content = 본문으로 건너뛰기
nav-label = 주 메뉴
language-switcher-label = 언어 선택
language-untranslated = 아직 번역되지 않아 원문으로 표시됨
# 목록 항목 사이에 넣는 구분 기호입니다. 공백이 지워지지 않도록 따옴표를 유지하세요.
list-separator = {", "}
toc-heading = 이 페이지의 내용
page-reviewed = 최종 검토일
page-review-due = 다음 검토 예정일
back-to-top = 맨 위로
not-stated = 정보 없음
yes = 예
no = 아니요

## 모음 페이지의 제목 (메뉴와 페이지 제목에 쓰임)

nav-glossary = 용어 사전
nav-faq = 자주 묻는 질문
nav-risk-tiers = 위험도 등급
nav-contacts = 연락처
nav-institutions = 지정 기관 목록

## 번역이 아직 없는 페이지의 안내

fallback-notice = 이 페이지는 아직 한국어로 번역되지 않았습니다. 아래 내용은 원문({ $language })입니다.
fallback-source-link = 원문 페이지 열기({ $language })
stale-translation-notice = 이 번역 이후 원문이 수정되었습니다. 일부 내용이 최신 정보와 다를 수 있습니다.

## On a translated page, beside the review dates

translation-translator = 번역
translation-source = 원문

## 바닥글

report-heading = 위반 의심 사례 신고
report-intro = 지정을 받지 않았거나 승인된 치료계획 없이 첨단재생의료를 권하는 의료기관이 있다면 아래로 신고할 수 있습니다.
report-more = 신고 방법 자세히 보기
footer-languages = 이 페이지를 읽을 수 있는 언어:
footer-disclaimer = 이 안내서는 한국의 첨단재생의료 제도에 관한 일반 정보를 제공합니다. 의학적 조언이 아닙니다. 본인의 치료에 대해서는 신뢰할 수 있는 의사와 상담하십시오.

## 첫 페이지

home-check-heading = 의료기관 확인하기
home-directory-count = { $count ->
   *[other] 지정 기관 목록에는 현재 지정이 유효한 기관 { $count }곳이 있습니다.
}
home-directory-link = 지정 기관 목록 열기
home-contents-heading = 안내서 목차

## 용어 사전

glossary-index-label = 첫 글자로 용어 찾기
glossary-aliases = 다른 이름:
glossary-related = 관련 용어:
glossary-empty = 아직 등록된 용어가 없습니다.

## 자주 묻는 질문

faq-index-heading = 이 페이지의 질문
back-to-questions = 질문 목록으로 돌아가기
faq-empty = 아직 등록된 질문이 없습니다.
# The category of FAQ entries that name none.
faq-category-general = 일반 질문

## 위험도 등급

tiers-not-efficacy = 위험도 등급은 치료가 얼마나 위험한지를 나타냅니다. 치료 효과가 얼마나 좋은지를 나타내는 것은 아닙니다.
tiers-table-caption = 위험도 등급 한눈에 비교하기
tiers-col-tier = 위험도 등급
tiers-col-who = 시행할 수 있는 곳
tiers-col-approval = 필요한 승인
tiers-col-examples = 예시
tiers-read-more = { $tier } 자세히 보기
tiers-all-heading = 모든 위험도 등급

risk-low = 저위험
risk-medium = 중위험
risk-high = 고위험

## 연락처

contact-phone = 전화
contact-email = 이메일
contact-hours = 운영 시간
contact-topics = 문의 분야:
contact-reporting-badge = 위반 사례 신고 창구

topic-report-violation = 위반 사례 신고
topic-designation = 기관 지정
topic-clinical-research = 임상연구
topic-treatment = 치료
topic-education = 교육·훈련

## 기관 정보

export-date-label = 목록 기준일:
export-source-label = 출처:
export-stale-title = 이 목록은 최신 정보가 아닐 수 있습니다.
export-stale-text = 목록을 내려받은 지 { $days }일이 지났습니다. 지정은 언제든 효력이 정지되거나 취소될 수 있으니, 결정하기 전에 공식 포털에서 확인하거나 기관 지정 담당 부서에 전화로 문의하십시오.
sample-banner-title = 예시 데이터입니다.
sample-banner-text = 이 페이지의 기관은 시험용으로 만든 가상의 예시입니다. 공식 지정 기관 목록이 아닙니다.

## 지정 기관 목록

directory-not-listed = 이 목록에 없는 의료기관은 목록 기준일 당시 지정 기관이 아니었습니다. 지정을 받았다고 해서 특정 치료가 승인된 것은 아닙니다. 반드시 승인된 치료계획을 보여 달라고 요청하십시오.
directory-totals-label = 상태별 기관 수
directory-active-heading = 지정 기관
directory-inactive-heading = 지정 효력 정지·취소 기관 (현재 지정 기관 아님)
directory-inactive-intro = 아래 기관은 현재 지정 기관이 아닙니다. 첨단재생의료를 시행해서는 안 됩니다. 알아볼 수 있도록 목록에 함께 싣습니다.
directory-none = 목록에 기관이 없습니다.
directory-no-match = 조건에 맞는 기관이 없습니다. 조건을 줄이거나 기관 이름의 철자를 확인해 보십시오.
directory-showing = 전체 { $total }곳 중 { $count }곳 표시

filter-heading = 기관 찾기
filter-name = 기관 이름, 시·군·구 또는 지정번호
filter-region = 지역
filter-all-regions = 전체 지역
filter-kind = 유형
filter-all-kinds = 전체 유형
filter-status = 상태
filter-all-statuses = 전체 상태
filter-field = 치료 분야
filter-all-fields = 전체 분야
filter-reset = 조건 초기화

## 기관 한 곳

back-to-directory = 지정 기관 목록으로
inst-id = 지정번호
inst-status = 상태
inst-designated-on = 지정일
inst-kind = 유형
inst-region = 지역
inst-address = 주소
inst-website = 웹사이트
inst-fields = 치료 분야
inst-risk-levels = 위험도 등급
inst-languages = 진료 가능 언어
inst-international = 외국인 환자 유치 등록
inst-not-designated-title = 주의: 지정 효력 없음
inst-must-not-treat = 이 기관은 현재 지정 기관이 아닙니다. 첨단재생의료를 시행해서는 안 됩니다.
inst-caveat-heading = 기관 지정은 치료 승인이 아닙니다
inst-caveat-text = 지정은 보건복지부가 이 기관에 첨단재생의료를 시행할 수 있도록 허락했다는 뜻입니다. 특정 치료를 승인한다는 뜻은 아닙니다. 치료에 동의하기 전에 심의위원회의 심의를 거쳐 승인된 치료계획을 보여 달라고 요청하십시오.

status-active = 지정 유효
status-suspended = 지정 효력 정지
status-revoked = 지정 취소
status-suspended-since = 효력 정지일:
status-revoked-since = 지정 취소일:

kind-regenerative-medical-institution = 재생의료기관
kind-cell-processing-establishment = 인체세포등 관리업
tier-institution = 기관 등급
tier-center = 센터 등급
inst-kind-with-level = { $kind }({ $level })

field-cell-therapy = 세포치료
field-gene-therapy = 유전자치료
field-tissue-engineering = 조직공학치료
field-convergence = 융복합치료

region-seoul = 서울특별시
region-busan = 부산광역시
region-daegu = 대구광역시
region-incheon = 인천광역시
region-gwangju = 광주광역시
region-daejeon = 대전광역시
region-ulsan = 울산광역시
region-sejong = 세종특별자치시
region-gyeonggi = 경기도
region-gangwon = 강원특별자치도
region-chungbuk = 충청북도
region-chungnam = 충청남도
region-jeonbuk = 전북특별자치도
region-jeonnam = 전라남도
region-gyeongbuk = 경상북도
region-gyeongnam = 경상남도
region-jeju = 제주특별자치도

## 페이지 없음, 언어 선택

not-found-title = 페이지를 찾을 수 없습니다
not-found-text = 요청하신 페이지가 없거나 다른 곳으로 옮겨졌습니다. 언어를 선택하면 안내서의 첫 페이지로 이동합니다.
not-found-homes = 안내서 첫 페이지
picker-heading = 언어를 선택하세요
picker-continue = 계속하기

## 검색

search-title = 검색
search-label = 안내서 검색
search-placeholder = 검색어 입력 (예: 줄기세포)
search-submit = 검색
search-intro = 용어 사전, 자주 묻는 질문, 위험도 등급, 연락처, 지정 기관에서 찾습니다. 철자가 조금 틀려도 찾을 수 있습니다.
search-type-glossary = 용어
search-type-faq = 질문
search-type-tier = 위험도 등급
search-type-contact = 연락처
search-type-institution = 기관
search-type-page = 안내
search-loading = 검색을 준비하는 중입니다…
search-error = 검색 기능을 불러오지 못했습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.
search-no-results = 검색 결과가 없습니다. 철자를 확인하거나 다른 낱말로, 또는 낱말 수를 줄여 검색해 보세요.
search-all-results = 검색 결과 모두 보기
search-prompt = 찾고 싶은 내용을 입력하세요. 병원에서 들은 낱말, 치료 이름, 의료기관 이름 등으로 찾을 수 있습니다.
search-clinic-heading = 의료기관을 찾고 계신가요?
search-results-count = { $count ->
   *[other] 검색 결과 { $count }건
}
search-results-more = 결과가 { $limit }건보다 많습니다. 관련성이 높은 { $limit }건만 표시합니다. 낱말을 더 입력하면 결과를 좁힐 수 있습니다.
search-noscript = 검색 기능을 쓰려면 자바스크립트가 필요한데, 이 브라우저에서는 꺼져 있거나 지원되지 않습니다. 아래 항목에서 필요한 내용을 직접 찾아보실 수 있습니다.
