# Interface text of the default theme: Vietnamese (tiếng Việt).
# A site's own locales/vi/*.ftl may override any of these.

## Site and page frame

site-title = Y học tái tạo tại Hàn Quốc: Hướng dẫn cho người bệnh
skip-to-content = Chuyển đến nội dung chính
nav-label = Trình đơn chính
language-switcher-label = Ngôn ngữ
language-untranslated = chưa được dịch, hiển thị bằng ngôn ngữ gốc
# Placed between items of a list; keep the quotes so the space survives.
list-separator = {", "}
toc-heading = Trên trang này
page-reviewed = Trang được xem xét lần cuối
page-review-due = Lần xem xét tiếp theo
back-to-top = Lên đầu trang
not-stated = Không ghi rõ
yes = Có
no = Không

## Titles of the collection pages (used by the site generator for the menu and page titles)

nav-glossary = Bảng thuật ngữ
nav-faq = Câu hỏi thường gặp
nav-risk-tiers = Mức nguy cơ
nav-contacts = Liên hệ
nav-institutions = Cơ sở được chỉ định

## Notice on a page that has no translation yet

fallback-notice = Trang này chưa được dịch, vì vậy đang hiển thị bằng { $language }.
fallback-source-link = Mở trang bằng { $language }
stale-translation-notice = Trang gốc đã thay đổi sau khi bản dịch này được làm, vì vậy một số phần có thể đã cũ.

## On a translated page, beside the review dates

translation-translator = Người dịch
translation-source = Bản gốc

## Footer

report-heading = Báo cáo khi nghi ngờ có vi phạm
report-intro = Nếu một phòng khám cung cấp y học tái tạo tiên tiến mà không được chỉ định, hoặc không có kế hoạch điều trị đã được phê duyệt, bạn có thể báo cáo cho:
report-more = Cách báo cáo, từng bước một
footer-languages = Trang này có bằng các ngôn ngữ:
footer-disclaimer = Hướng dẫn này cung cấp thông tin chung về các quy định của Hàn Quốc đối với y học tái tạo tiên tiến. Đây không phải là lời khuyên y khoa. Hãy trao đổi với một bác sĩ bạn tin tưởng về việc điều trị của chính bạn.

## Home page

home-check-heading = Kiểm tra một phòng khám
home-directory-count = { $count ->
    [one] Danh sách có { $count } cơ sở có quyết định chỉ định hiện còn hiệu lực.
   *[other] Danh sách có { $count } cơ sở có quyết định chỉ định hiện còn hiệu lực.
}
home-directory-link = Mở danh sách các cơ sở được chỉ định
home-contents-heading = Trong hướng dẫn này

## Glossary

glossary-index-label = Thuật ngữ theo chữ cái đầu
glossary-aliases = Còn gọi là:
glossary-related = Xem thêm:
glossary-empty = Bảng thuật ngữ chưa có thuật ngữ nào.

## Questions and answers

faq-index-heading = Các câu hỏi trên trang này
back-to-questions = Quay lại danh sách câu hỏi
faq-empty = Chưa có câu hỏi nào ở đây.
# The category of FAQ entries that name none.
faq-category-general = Câu hỏi chung

## Risk tiers

tiers-not-efficacy = Mức nguy cơ cho bạn biết một phương pháp điều trị có nhiều rủi ro hay không. Nó không cho biết phương pháp đó hiệu quả đến đâu.
tiers-table-caption = So sánh các mức nguy cơ
tiers-col-tier = Mức nguy cơ
tiers-col-who = Ai được thực hiện
tiers-col-approval = Cần phê duyệt gì
tiers-col-examples = Ví dụ
tiers-read-more = Tìm hiểu thêm về { $tier }
tiers-all-heading = Tất cả các mức nguy cơ

risk-low = Nguy cơ thấp
risk-medium = Nguy cơ trung bình
risk-high = Nguy cơ cao

## Contacts

contact-phone = Điện thoại
contact-email = Email
contact-hours = Giờ làm việc
contact-topics = Có thể giúp về:
contact-reporting-badge = Nơi tiếp nhận báo cáo vi phạm

topic-report-violation = Báo cáo vi phạm
topic-designation = Chỉ định cơ sở y tế
topic-clinical-research = Nghiên cứu lâm sàng
topic-treatment = Điều trị
topic-education = Giáo dục và đào tạo

## Data about institutions

export-date-label = Danh sách tính đến ngày:
export-source-label = Nguồn:
export-stale-title = Danh sách này có thể đã cũ.
export-stale-text = Danh sách được xuất cách đây { $days ->
    [one] { $days } ngày.
   *[other] { $days } ngày.
} Việc chỉ định có thể bị đình chỉ hoặc thu hồi bất cứ lúc nào: trước khi quyết định, hãy kiểm tra trên cổng thông tin chính thức hoặc gọi cho nhóm phụ trách chỉ định.
sample-banner-title = Dữ liệu mẫu.
sample-banner-text = Các cơ sở hiển thị trên trang này là ví dụ được tạo ra để minh họa. Đây không phải là danh sách chính thức các cơ sở được chỉ định.

## Institutions directory

directory-not-listed = Nếu một phòng khám không có trong danh sách này, phòng khám đó không phải là cơ sở được chỉ định vào ngày lập danh sách. Được chỉ định không có nghĩa là một phương pháp điều trị cụ thể đã được phê duyệt: hãy luôn yêu cầu xem kế hoạch điều trị đã được phê duyệt.
directory-totals-label = Số cơ sở theo tình trạng
directory-active-heading = Cơ sở được chỉ định
directory-inactive-heading = Bị đình chỉ hoặc bị thu hồi: hiện không được chỉ định
directory-inactive-intro = Các cơ sở dưới đây hiện KHÔNG được chỉ định. Các cơ sở này không được cung cấp điều trị bằng y học tái tạo tiên tiến. Danh sách này giúp bạn nhận ra các cơ sở đó.
directory-none = Danh sách không có cơ sở nào.
directory-no-match = Không có cơ sở nào phù hợp. Hãy bớt bộ lọc, hoặc kiểm tra lại cách viết tên.
directory-showing = Đang hiển thị { $count } trên tổng số { $total } { $total ->
    [one] cơ sở
   *[other] cơ sở
}

filter-heading = Tìm một cơ sở
filter-name = Tên, quận/huyện hoặc số chỉ định
filter-region = Khu vực
filter-all-regions = Tất cả khu vực
filter-kind = Loại
filter-all-kinds = Tất cả các loại
filter-status = Tình trạng
filter-all-statuses = Tất cả tình trạng
filter-field = Loại liệu pháp
filter-all-fields = Tất cả các loại liệu pháp
filter-reset = Xóa bộ lọc

## One institution

back-to-directory = Tất cả các cơ sở được chỉ định
inst-id = Số chỉ định
inst-status = Tình trạng
inst-designated-on = Ngày được chỉ định
inst-kind = Loại
inst-region = Khu vực
inst-address = Địa chỉ
inst-website = Trang web
inst-fields = Các loại liệu pháp
inst-risk-levels = Mức nguy cơ
inst-languages = Ngôn ngữ phục vụ người bệnh
inst-international = Đã đăng ký nhận người bệnh nước ngoài
inst-not-designated-title = Cảnh báo: việc chỉ định không còn hiệu lực
inst-must-not-treat = Cơ sở này hiện KHÔNG được chỉ định. Cơ sở này không được cung cấp điều trị bằng y học tái tạo tiên tiến.
inst-caveat-heading = Được chỉ định không có nghĩa là phương pháp điều trị đã được phê duyệt
inst-caveat-text = Việc chỉ định có nghĩa là Bộ Y tế và Phúc lợi cho phép cơ sở này cung cấp y học tái tạo tiên tiến. Việc này không phê duyệt bất kỳ phương pháp điều trị cụ thể nào. Trước khi đồng ý điều trị, hãy yêu cầu xem kế hoạch điều trị đã được Ủy ban Thẩm định phê duyệt.

status-active = Được chỉ định
status-suspended = Chỉ định bị đình chỉ
status-revoked = Chỉ định bị thu hồi
status-suspended-since = Bị đình chỉ từ ngày
status-revoked-since = Bị thu hồi từ ngày

kind-regenerative-medical-institution = Cơ sở y học tái tạo
kind-cell-processing-establishment = Cơ sở xử lý tế bào
tier-institution = cấp cơ sở
tier-center = cấp trung tâm
inst-kind-with-level = { $kind } ({ $level })

field-cell-therapy = Liệu pháp tế bào
field-gene-therapy = Liệu pháp gen
field-tissue-engineering = Liệu pháp kỹ thuật mô
field-convergence = Liệu pháp kết hợp

region-seoul = Seoul
region-busan = Busan
region-daegu = Daegu
region-incheon = Incheon
region-gwangju = Gwangju
region-daejeon = Daejeon
region-ulsan = Ulsan
region-sejong = Sejong
region-gyeonggi = Gyeonggi
region-gangwon = Gangwon
region-chungbuk = Chungbuk (Bắc Chungcheong)
region-chungnam = Chungnam (Nam Chungcheong)
region-jeonbuk = Jeonbuk (Bắc Jeolla)
region-jeonnam = Jeonnam (Nam Jeolla)
region-gyeongbuk = Gyeongbuk (Bắc Gyeongsang)
region-gyeongnam = Gyeongnam (Nam Gyeongsang)
region-jeju = Jeju

## Page not found, language picker

not-found-title = Không tìm thấy trang
not-found-text = Trang này không tồn tại, hoặc đã được chuyển đi nơi khác. Hãy chọn một ngôn ngữ để về trang đầu của hướng dẫn.
not-found-homes = Trang đầu của hướng dẫn
picker-heading = Chọn ngôn ngữ của bạn
picker-continue = Tiếp tục

## Search

search-title = Tìm kiếm
search-label = Tìm trong hướng dẫn
search-placeholder = Tìm kiếm, ví dụ: tế bào gốc
search-submit = Tìm
search-intro = Tìm trong bảng thuật ngữ, phần câu hỏi thường gặp, các mức nguy cơ, các địa chỉ liên hệ và các cơ sở được chỉ định. Viết sai chính tả cũng không sao.
search-type-glossary = Thuật ngữ
search-type-faq = Câu hỏi
search-type-tier = Mức nguy cơ
search-type-contact = Liên hệ
search-type-institution = Cơ sở
search-type-page = Hướng dẫn
search-loading = Đang tải công cụ tìm kiếm…
search-error = Không tải được công cụ tìm kiếm. Hãy tải lại trang và thử lại.
search-no-results = Không tìm thấy kết quả. Hãy kiểm tra chính tả, hoặc thử từ khác hoặc ít từ hơn.
search-all-results = Xem tất cả kết quả
search-prompt = Gõ điều bạn đang tìm: một từ bạn nghe thấy ở phòng khám, một phương pháp điều trị, hoặc tên một phòng khám.
search-clinic-heading = Bạn đang tìm một phòng khám?
search-results-count = { $count ->
    [one] { $count } kết quả
   *[other] { $count } kết quả
}
search-results-more = Có hơn { $limit } kết quả. Chỉ hiển thị { $limit } kết quả phù hợp nhất: hãy thêm một từ để thu hẹp tìm kiếm.
search-noscript = Tìm kiếm cần JavaScript, nhưng JavaScript đang bị tắt hoặc không có trong trình duyệt này. Bạn vẫn có thể tìm thông tin cần thiết trong các mục sau:
