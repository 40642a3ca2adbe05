# Interface text of the default theme: Mongolian (Cyrillic script, as used in Mongolia).
# A site's own locales/mn/*.ftl may override any of these.

## Site and page frame

site-title = Солонгос дахь нөхөн төлжүүлэх анагаах ухаан: өвчтөнд зориулсан гарын авлага
skip-to-content = Үндсэн агуулга руу шилжих
nav-label = Үндсэн цэс
language-switcher-label = Хэл
language-untranslated = хараахан орчуулаагүй, эх хэлээр нь харуулж байна
# Placed between items of a list; keep the quotes so the space survives.
list-separator = {", "}
toc-heading = Энэ хуудсанд
page-reviewed = Хуудсыг сүүлд хянасан огноо
page-review-due = Дараагийн хяналтын огноо
back-to-top = Дээш буцах
not-stated = Мэдээлэл байхгүй
yes = Тийм
no = Үгүй

## Titles of the collection pages (used by the site generator for the menu and page titles)

nav-glossary = Нэр томьёоны тайлбар
nav-faq = Асуулт, хариулт
nav-risk-tiers = Эрсдэлийн түвшин
nav-contacts = Холбоо барих
nav-institutions = Томилогдсон байгууллагууд

## Notice on a page that has no translation yet

fallback-notice = Энэ хуудсыг хараахан орчуулаагүй тул эх хэлээр нь харуулж байна: { $language }.
fallback-source-link = Эх хуудсыг нээх: { $language }
stale-translation-notice = Энэ орчуулгыг хийснээс хойш эх хуудас өөрчлөгдсөн. Тиймээс зарим хэсэг нь хуучирсан байж болно.

## On a translated page, beside the review dates

translation-translator = Орчуулсан
translation-source = Эх хувь

## Footer

report-heading = Зөрчил сэжиглэж байвал мэдээлэх
report-intro = Хэрэв клиник томилгоогүйгээр, эсвэл батлагдсан эмчилгээний төлөвлөгөөгүйгээр дэвшилтэт нөхөн төлжүүлэх эмчилгээ санал болгож байвал дараах газарт мэдээлж болно:
report-more = Хэрхэн мэдээлэх вэ: алхам алхмаар
footer-languages = Энэ хуудас дараах хэлүүдээр байна:
footer-disclaimer = Энэ гарын авлага нь Солонгос дахь дэвшилтэт нөхөн төлжүүлэх анагаах ухааны дүрмийн талаар ерөнхий мэдээлэл өгнө. Энэ нь эмчийн зөвлөгөө биш. Өөрийн эмчилгээний талаар итгэдэг эмчтэйгээ ярилцаарай.

## Home page

home-check-heading = Клиникийг шалгах
home-directory-count = { $count ->
    [one] Жагсаалтад томилгоо нь одоо хүчинтэй байгаа нэг байгууллага байна.
   *[other] Жагсаалтад томилгоо нь одоо хүчинтэй байгаа { $count } байгууллага байна.
}
home-directory-link = Томилогдсон байгууллагуудын жагсаалтыг нээх
home-contents-heading = Энэ гарын авлагад

## Glossary

glossary-index-label = Нэр томьёо эхний үсгээр
glossary-aliases = Өөрөөр:
glossary-related = Мөн үзэх:
glossary-empty = Тайлбар толь одоохондоо хоосон байна.

## Questions and answers

faq-index-heading = Энэ хуудсан дахь асуултууд
back-to-questions = Асуултуудын жагсаалт руу буцах
faq-empty = Энд одоохондоо асуулт алга.
# The category of FAQ entries that name none.
faq-category-general = Ерөнхий асуултууд

## Risk tiers

tiers-not-efficacy = Эрсдэлийн түвшин нь эмчилгээ хэр эрсдэлтэйг харуулна. Эмчилгээ хэр сайн үр дүнтэйг харуулахгүй.
tiers-table-caption = Эрсдэлийн түвшнүүдийг зэрэгцүүлж харьцуулах нь
tiers-col-tier = Эрсдэлийн түвшин
tiers-col-who = Хэн хийж болох вэ
tiers-col-approval = Шаардагдах зөвшөөрөл
tiers-col-examples = Жишээ
tiers-read-more = Дэлгэрэнгүй: { $tier }
tiers-all-heading = Бүх эрсдэлийн түвшин

risk-low = Бага эрсдэлтэй
risk-medium = Дунд эрсдэлтэй
risk-high = Өндөр эрсдэлтэй

## Contacts

contact-phone = Утас
contact-email = Имэйл
contact-hours = Ажлын цаг
contact-topics = Туслах асуудлууд:
contact-reporting-badge = Зөрчил мэдээлэх газар

topic-report-violation = Зөрчил мэдээлэх
topic-designation = Байгууллагын томилгоо
topic-clinical-research = Эмнэлзүйн судалгаа
topic-treatment = Эмчилгээ
topic-education = Боловсрол, сургалт

## Data about institutions

export-date-label = Жагсаалтын огноо:
export-source-label = Эх сурвалж:
export-stale-title = Энэ жагсаалт хуучирсан байж болзошгүй.
export-stale-text = Жагсаалтыг { $days ->
    [one] нэг өдрийн өмнө гаргасан.
   *[other] { $days } өдрийн өмнө гаргасан.
} Томилгоог хэзээ ч түдгэлзүүлж эсвэл цуцалж болно. Шийдвэр гаргахаасаа өмнө албан ёсны порталаас шалгах эсвэл томилгооны багт утасдаарай.
sample-banner-title = Жишээ өгөгдөл.
sample-banner-text = Энэ хуудсанд харуулсан байгууллагууд нь зохиомол жишээ. Энэ нь томилогдсон байгууллагуудын албан ёсны жагсаалт биш.

## Institutions directory

directory-not-listed = Хэрэв клиник энэ жагсаалтад байхгүй бол жагсаалтын огноонд томилогдсон байгууллага байгаагүй гэсэн үг. Томилогдсон байна гэдэг нь тодорхой нэг эмчилгээ батлагдсан гэсэн үг биш: батлагдсан эмчилгээний төлөвлөгөөг үзүүлэхийг үргэлж хүсээрэй.
directory-totals-label = Байгууллагын тоо, төлөвөөр
directory-active-heading = Томилогдсон байгууллагууд
directory-inactive-heading = Түдгэлзүүлсэн эсвэл цуцалсан: одоо томилгоогүй
directory-inactive-intro = Доорх байгууллагууд одоогоор томилгоогүй. Тэд дэвшилтэт нөхөн төлжүүлэх эмчилгээ хийх ёсгүй. Та тэднийг таньж мэдэх боломжтой байлгах үүднээс энд жагсаасан.
directory-none = Жагсаалтад байгууллага алга.
directory-no-match = Тохирох байгууллага олдсонгүй. Шүүлтүүрийг цөөлөх, эсвэл нэрийн бичлэгээ шалгана уу.
directory-showing = Харуулж буй: { $count } / нийт { $total } { $total ->
    [one] байгууллага
   *[other] байгууллага
}

filter-heading = Байгууллага хайх
filter-name = Нэр, дүүрэг эсвэл томилгооны дугаар
filter-region = Бүс нутаг
filter-all-regions = Бүх бүс нутаг
filter-kind = Төрөл
filter-all-kinds = Бүх төрөл
filter-status = Төлөв
filter-all-statuses = Бүх төлөв
filter-field = Эмчилгээний төрөл
filter-all-fields = Бүх төрлийн эмчилгээ
filter-reset = Шүүлтүүрийг арилгах

## One institution

back-to-directory = Бүх томилогдсон байгууллага
inst-id = Томилгооны дугаар
inst-status = Төлөв
inst-designated-on = Томилогдсон огноо
inst-kind = Төрөл
inst-region = Бүс нутаг
inst-address = Хаяг
inst-website = Вэбсайт
inst-fields = Эмчилгээний төрлүүд
inst-risk-levels = Эрсдэлийн түвшин
inst-languages = Өвчтөнд үйлчлэх хэлүүд
inst-international = Гадаад өвчтөн хүлээн авахаар бүртгэлтэй
inst-not-designated-title = Анхааруулга: томилгоо хүчин төгөлдөр бус
inst-must-not-treat = Энэ байгууллага одоогоор томилгоогүй. Дэвшилтэт нөхөн төлжүүлэх эмчилгээ хийх ёсгүй.
inst-caveat-heading = Томилгоо нь эмчилгээг баталсан гэсэн үг биш
inst-caveat-text = Томилгоо гэдэг нь Эрүүл мэнд, нийгмийн халамжийн яам энэ байгууллагад дэвшилтэт нөхөн төлжүүлэх эмчилгээ хийхийг зөвшөөрсөн гэсэн үг. Энэ нь ямар нэг тодорхой эмчилгээг батлахгүй. Эмчилгээнд зөвшөөрөл өгөхөөсөө өмнө Хянан хэлэлцэх хорооны баталсан эмчилгээний төлөвлөгөөг үзүүлэхийг хүсээрэй.

status-active = Томилогдсон
status-suspended = Томилгоог түдгэлзүүлсэн
status-revoked = Томилгоог цуцалсан
status-suspended-since = Түдгэлзүүлсэн огноо
status-revoked-since = Цуцалсан огноо

kind-regenerative-medical-institution = Нөхөн төлжүүлэх эмчилгээний байгууллага
kind-cell-processing-establishment = Эс боловсруулах байгууллага
tier-institution = байгууллагын түвшин
tier-center = төвийн түвшин
inst-kind-with-level = { $kind } ({ $level })

field-cell-therapy = Эсийн эмчилгээ
field-gene-therapy = Генийн эмчилгээ
field-tissue-engineering = Эдийн инженерчлэлийн эмчилгээ
field-convergence = Хосолмол эмчилгээ

region-seoul = Сөүл
region-busan = Бусан
region-daegu = Тэгү
region-incheon = Инчон
region-gwangju = Гуанжу
region-daejeon = Тэжон
region-ulsan = Ульсан
region-sejong = Сэжон
region-gyeonggi = Гёнги
region-gangwon = Ганвон
region-chungbuk = Чүнбүг (Хойд Чүнчон)
region-chungnam = Чүннам (Өмнөд Чүнчон)
region-jeonbuk = Жонбүг (Хойд Жолла)
region-jeonnam = Жоннам (Өмнөд Жолла)
region-gyeongbuk = Гёнбүг (Хойд Гёнсан)
region-gyeongnam = Гённам (Өмнөд Гёнсан)
region-jeju = Жэжү

## Page not found, language picker

not-found-title = Хуудас олдсонгүй
not-found-text = Энэ хуудас байхгүй, эсвэл өөр газар шилжсэн байна. Гарын авлагын эхлэл рүү очихын тулд хэлээ сонгоно уу.
not-found-homes = Гарын авлагын эхлэл
picker-heading = Хэлээ сонгоно уу
picker-continue = Үргэлжлүүлэх

## Search

search-title = Хайлт
search-label = Гарын авлагаас хайх
search-placeholder = Хайх: үүдэл эс
search-submit = Хайх
search-intro = Нэр томьёоны тайлбар, асуулт хариулт, эрсдэлийн түвшин, холбоо барих мэдээлэл болон томилогдсон байгууллагуудаас хайна. Үг буруу бичсэн ч болно.
search-type-glossary = Нэр томьёо
search-type-faq = Асуулт
search-type-tier = Эрсдэлийн түвшин
search-type-contact = Холбоо барих
search-type-institution = Байгууллага
search-type-page = Гарын авлага
search-loading = Хайлтыг ачаалж байна…
search-error = Хайлтыг ачаалж чадсангүй. Хуудсыг дахин ачаалаад, дахин оролдоно уу.
search-no-results = Юу ч олдсонгүй. Үгийн бичлэгээ шалгах, эсвэл өөр эсвэл цөөн үгээр хайна уу.
search-all-results = Бүх илэрцийг харах
search-prompt = Хайж буй зүйлээ бичнэ үү: клиникт сонссон үг, эмчилгээний нэр эсвэл клиникийн нэр.
search-clinic-heading = Клиник хайж байна уу?
search-results-count = { $count ->
    [one] Нэг илэрц
   *[other] { $count } илэрц
}
search-results-more = { $limit } гаруй илэрц олдлоо. Зөвхөн хамгийн тохирох { $limit } илэрцийг харуулж байна: хайлтаа нарийсгахын тулд үг нэмнэ үү.
search-noscript = Хайлт ажиллахад JavaScript хэрэгтэй. Энэ хөтөч дээр JavaScript унтраалттай эсвэл ажиллахгүй байна. Та хэрэгтэй мэдээллээ дараах хэсгүүдээс олж болно:
