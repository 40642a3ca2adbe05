# Interface text of the default theme: Thai.
# A site's own locales/th/*.ftl may override any of these.

## Site and page frame

site-title = การแพทย์เชิงฟื้นฟูในเกาหลี: คู่มือสำหรับผู้ป่วย
skip-to-content = ข้ามไปยังเนื้อหาหลัก
nav-label = เมนูหลัก
language-switcher-label = ภาษา
language-untranslated = ยังไม่ได้แปล แสดงเป็นภาษาต้นฉบับ
# Placed between items of a list; keep the quotes so the space survives.
# Thai traditionally separates list items with a space; a comma is used here because
# items (glossary aliases, examples) often contain spaces themselves.
list-separator = {", "}
toc-heading = ในหน้านี้
page-reviewed = ตรวจทานหน้านี้ล่าสุดเมื่อ
page-review-due = กำหนดตรวจทานครั้งถัดไป
back-to-top = กลับขึ้นด้านบน
not-stated = ไม่ได้ระบุ
yes = ใช่
no = ไม่ใช่

## Titles of the collection pages (used by the site generator for the menu and page titles)

nav-glossary = อภิธานศัพท์
nav-faq = คำถามที่พบบ่อย
nav-risk-tiers = ระดับความเสี่ยง
nav-contacts = ช่องทางติดต่อ
nav-institutions = สถานพยาบาลที่ได้รับแต่งตั้ง

## Notice on a page that has no translation yet

fallback-notice = หน้านี้ยังไม่ได้แปลเป็นภาษาไทย จึงแสดงเป็นภาษา { $language }
fallback-source-link = เปิดหน้าภาษา { $language }
stale-translation-notice = หน้าต้นฉบับมีการเปลี่ยนแปลงหลังจากที่แปลหน้านี้ บางส่วนของหน้านี้จึงอาจไม่เป็นปัจจุบัน

## On a translated page, beside the review dates

translation-translator = แปลโดย
translation-source = ต้นฉบับ

## Footer

report-heading = แจ้งเมื่อสงสัยว่ามีการทำผิดกฎ
report-intro = หากคลินิกเสนอบริการการแพทย์เชิงฟื้นฟูขั้นสูงโดยไม่ได้รับแต่งตั้ง หรือไม่มีแผนการรักษาที่ได้รับอนุมัติ คุณแจ้งเรื่องได้ที่
report-more = วิธีแจ้งเรื่องทีละขั้นตอน
footer-languages = หน้านี้มีในภาษา:
footer-disclaimer = คู่มือนี้ให้ข้อมูลทั่วไปเกี่ยวกับกฎของเกาหลีด้านการแพทย์เชิงฟื้นฟูขั้นสูง ไม่ใช่คำแนะนำทางการแพทย์ โปรดปรึกษาแพทย์ที่คุณไว้ใจเกี่ยวกับการรักษาของคุณเอง

## Home page

home-check-heading = ตรวจสอบคลินิก
home-directory-count = { $count ->
   *[other] รายชื่อนี้มีสถานพยาบาลที่การแต่งตั้งยังมีผลอยู่ในขณะนี้ { $count } แห่ง
}
home-directory-link = เปิดรายชื่อสถานพยาบาลที่ได้รับแต่งตั้ง
home-contents-heading = ในคู่มือนี้

## Glossary

glossary-index-label = คำศัพท์ตามตัวอักษรตัวแรก
glossary-aliases = ชื่ออื่น:
glossary-related = ดูเพิ่มเติม:
glossary-empty = ยังไม่มีคำศัพท์ในอภิธานศัพท์

## Questions and answers

faq-index-heading = คำถามในหน้านี้
back-to-questions = กลับไปที่รายการคำถาม
faq-empty = ยังไม่มีคำถามในส่วนนี้
# The category of FAQ entries that name none.
faq-category-general = คำถามทั่วไป

## Risk tiers

tiers-not-efficacy = ระดับความเสี่ยงบอกว่าการรักษามีความเสี่ยงมากน้อยเพียงใด แต่ไม่ได้บอกว่าการรักษาได้ผลดีแค่ไหน
tiers-table-caption = เปรียบเทียบระดับความเสี่ยง
tiers-col-tier = ระดับความเสี่ยง
tiers-col-who = ใครให้การรักษาได้
tiers-col-approval = การอนุมัติที่ต้องมี
tiers-col-examples = ตัวอย่าง
tiers-read-more = อ่านเพิ่มเติมเรื่อง{ $tier }
tiers-all-heading = ระดับความเสี่ยงทั้งหมด

risk-low = ความเสี่ยงต่ำ
risk-medium = ความเสี่ยงปานกลาง
risk-high = ความเสี่ยงสูง

## Contacts

contact-phone = โทรศัพท์
contact-email = อีเมล
contact-hours = เวลาทำการ
contact-topics = ช่วยเรื่อง:
contact-reporting-badge = ช่องทางแจ้งการทำผิดกฎ

topic-report-violation = แจ้งการทำผิดกฎ
topic-designation = การแต่งตั้งสถานพยาบาล
topic-clinical-research = การวิจัยทางคลินิก
topic-treatment = การรักษา
topic-education = การศึกษาและการอบรม

## Data about institutions

export-date-label = ข้อมูลรายชื่อ ณ วันที่:
export-source-label = แหล่งที่มา:
export-stale-title = รายชื่อนี้อาจไม่เป็นปัจจุบัน
export-stale-text = รายชื่อนี้ส่งออกมาเมื่อ { $days ->
   *[other] { $days } วันที่แล้ว
} การแต่งตั้งอาจถูกระงับหรือเพิกถอนได้ทุกเมื่อ ก่อนตัดสินใจ โปรดตรวจสอบกับเว็บไซต์ทางการ หรือโทรหาทีมแต่งตั้งสถานพยาบาล
sample-banner-title = ข้อมูลตัวอย่าง
sample-banner-text = สถานพยาบาลที่แสดงในหน้านี้เป็นตัวอย่างที่สมมติขึ้น นี่ไม่ใช่รายชื่อทางการของสถานพยาบาลที่ได้รับแต่งตั้ง

## Institutions directory

directory-not-listed = หากคลินิกใดไม่อยู่ในรายชื่อนี้ แปลว่าคลินิกนั้นไม่ได้เป็นสถานพยาบาลที่ได้รับแต่งตั้ง ณ วันที่ของรายชื่อ การได้รับแต่งตั้งไม่ได้แปลว่าการรักษาใดการรักษาหนึ่งได้รับอนุมัติ โปรดขอดูแผนการรักษาที่ได้รับอนุมัติทุกครั้ง
directory-totals-label = จำนวนสถานพยาบาลแยกตามสถานะ
directory-active-heading = สถานพยาบาลที่ได้รับแต่งตั้ง
directory-inactive-heading = ถูกระงับหรือถูกเพิกถอน: ขณะนี้ไม่ได้รับแต่งตั้ง
directory-inactive-intro = สถานพยาบาลด้านล่างนี้ขณะนี้ไม่ได้รับแต่งตั้ง สถานพยาบาลเหล่านี้ต้องไม่ให้การรักษาด้วยการแพทย์เชิงฟื้นฟูขั้นสูง เราแสดงรายชื่อไว้เพื่อให้คุณจำได้
directory-none = ไม่มีสถานพยาบาลในรายชื่อ
directory-no-match = ไม่พบสถานพยาบาลที่ตรงกัน ลองใช้ตัวกรองให้น้อยลง หรือตรวจตัวสะกดของชื่อ
directory-showing = แสดง { $count } จาก { $total } { $total ->
   *[other] แห่ง
}

filter-heading = ค้นหาสถานพยาบาล
filter-name = ชื่อ เขต หรือเลขที่การแต่งตั้ง
filter-region = ภูมิภาค
filter-all-regions = ทุกภูมิภาค
filter-kind = ประเภท
filter-all-kinds = ทุกประเภท
filter-status = สถานะ
filter-all-statuses = ทุกสถานะ
filter-field = ประเภทการรักษา
filter-all-fields = ทุกประเภทการรักษา
filter-reset = ล้างตัวกรอง

## One institution

back-to-directory = สถานพยาบาลที่ได้รับแต่งตั้งทั้งหมด
inst-id = เลขที่การแต่งตั้ง
inst-status = สถานะ
inst-designated-on = ได้รับแต่งตั้งเมื่อ
inst-kind = ประเภท
inst-region = ภูมิภาค
inst-address = ที่อยู่
inst-website = เว็บไซต์
inst-fields = ประเภทการรักษา
inst-risk-levels = ระดับความเสี่ยง
inst-languages = ภาษาที่ให้บริการผู้ป่วย
inst-international = ขึ้นทะเบียนรับผู้ป่วยชาวต่างชาติ
inst-not-designated-title = คำเตือน: การแต่งตั้งไม่มีผลแล้ว
inst-must-not-treat = ขณะนี้สถานพยาบาลนี้ไม่ได้รับแต่งตั้ง และต้องไม่ให้การรักษาด้วยการแพทย์เชิงฟื้นฟูขั้นสูง
inst-caveat-heading = การแต่งตั้งไม่ใช่การอนุมัติการรักษา
inst-caveat-text = การแต่งตั้งหมายความว่า กระทรวงสาธารณสุขและสวัสดิการอนุญาตให้สถานพยาบาลนี้ให้บริการการแพทย์เชิงฟื้นฟูขั้นสูงได้ แต่ไม่ได้อนุมัติการรักษาใดโดยเฉพาะ ก่อนตกลงรับการรักษา โปรดขอดูแผนการรักษาที่คณะกรรมการพิจารณาอนุมัติแล้ว

status-active = ได้รับแต่งตั้ง
status-suspended = การแต่งตั้งถูกระงับ
status-revoked = การแต่งตั้งถูกเพิกถอน
status-suspended-since = ระงับเมื่อ
status-revoked-since = เพิกถอนเมื่อ

kind-regenerative-medical-institution = สถานพยาบาลด้านการแพทย์เชิงฟื้นฟู
kind-cell-processing-establishment = สถานประกอบการเตรียมเซลล์
tier-institution = ระดับสถานพยาบาล
tier-center = ระดับศูนย์
inst-kind-with-level = { $kind } ({ $level })

field-cell-therapy = เซลล์บำบัด
field-gene-therapy = ยีนบำบัด
field-tissue-engineering = การรักษาด้วยวิศวกรรมเนื้อเยื่อ
field-convergence = การรักษาแบบหลอมรวม

region-seoul = โซล
region-busan = ปูซาน
region-daegu = แทกู
region-incheon = อินชอน
region-gwangju = ควังจู
region-daejeon = แทจอน
region-ulsan = อุลซาน
region-sejong = เซจง
region-gyeonggi = คย็องกี
region-gangwon = คังวอน
region-chungbuk = ชุงชองเหนือ (ชุงบุก)
region-chungnam = ชุงชองใต้ (ชุงนัม)
region-jeonbuk = ช็อลลาเหนือ (ช็อนบุก)
region-jeonnam = ช็อลลาใต้ (ช็อนนัม)
region-gyeongbuk = คย็องซังเหนือ (คย็องบุก)
region-gyeongnam = คย็องซังใต้ (คย็องนัม)
region-jeju = เชจู

## Page not found, language picker

not-found-title = ไม่พบหน้านี้
not-found-text = หน้านี้ไม่มีอยู่ หรือถูกย้ายไปแล้ว เลือกภาษาเพื่อไปที่หน้าแรกของคู่มือ
not-found-homes = หน้าแรกของคู่มือ
picker-heading = เลือกภาษาของคุณ
picker-continue = ดำเนินการต่อ

## Search

search-title = ค้นหา
search-label = ค้นหาในคู่มือ
search-placeholder = ค้นหา เช่น สเต็มเซลล์
search-submit = ค้นหา
search-intro = ค้นหาในอภิธานศัพท์ คำถามที่พบบ่อย ระดับความเสี่ยง ช่องทางติดต่อ และสถานพยาบาลที่ได้รับแต่งตั้ง พิมพ์ผิดเล็กน้อยก็ยังค้นหาได้
search-type-glossary = อภิธานศัพท์
search-type-faq = คำถาม
search-type-tier = ระดับความเสี่ยง
search-type-contact = ช่องทางติดต่อ
search-type-institution = สถานพยาบาล
search-type-page = คู่มือ
search-loading = กำลังโหลดการค้นหา…
search-error = โหลดการค้นหาไม่สำเร็จ โปรดโหลดหน้านี้ใหม่แล้วลองอีกครั้ง
search-no-results = ไม่พบผลลัพธ์ ตรวจตัวสะกด หรือลองใช้คำอื่นหรือใช้คำให้น้อยลง
search-all-results = ดูผลลัพธ์ทั้งหมด
search-prompt = พิมพ์สิ่งที่คุณกำลังหา เช่น คำที่ได้ยินจากคลินิก ชื่อการรักษา หรือชื่อคลินิก
search-clinic-heading = คุณกำลังหาคลินิกอยู่ใช่ไหม
search-results-count = { $count ->
   *[other] { $count } ผลลัพธ์
}
search-results-more = พบมากกว่า { $limit } รายการ แสดงเฉพาะ { $limit } รายการที่ตรงที่สุด เพิ่มคำเพื่อให้ผลการค้นหาแคบลง
search-noscript = การค้นหาต้องใช้ JavaScript ซึ่งถูกปิดอยู่หรือใช้ไม่ได้ในเบราว์เซอร์นี้ แต่คุณยังหาสิ่งที่ต้องการได้ในส่วนต่าง ๆ เหล่านี้
