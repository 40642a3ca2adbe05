# 預設佈景主題的介面文字：繁體中文（台灣醫療用語）。
# 網站自己的 locales/zh-Hant/*.ftl 可以覆寫其中任何一則。

## 網站與頁面框架

site-title = 韓國的再生醫療：病人指南
skip-to-content = 跳到主要內容
nav-label = 主選單
language-switcher-label = 語言
language-untranslated = 尚未翻譯，以原文顯示
# 放在清單項目之間；請保留引號，以免標點被刪掉。
list-separator = {"、"}
toc-heading = 本頁內容
page-reviewed = 本頁最後審閱日期
page-review-due = 下次審閱日期
back-to-top = 回到頁首
not-stated = 未說明
yes = 是
no = 否

## 彙整頁的標題（網站產生器用於選單與頁面標題）

nav-glossary = 詞彙表
nav-faq = 常見問題
nav-risk-tiers = 風險等級
nav-contacts = 聯絡窗口
nav-institutions = 指定醫療機構

## 尚未翻譯的頁面上的提示

fallback-notice = 本頁尚未翻譯成中文，因此以{ $language }顯示。
fallback-source-link = 開啟{ $language }原文頁面
stale-translation-notice = 這份翻譯完成後，原文頁面又有修改，因此部分內容可能已經過時。

## On a translated page, beside the review dates

translation-translator = 翻譯
translation-source = 原文

## 頁尾

report-heading = 檢舉疑似違法行為
report-intro = 如果有診所未經指定，或沒有核准的治療計畫，卻提供先進再生醫療，您可以向以下單位檢舉：
report-more = 檢舉方式：逐步說明
footer-languages = 本頁提供以下語言版本：
footer-disclaimer = 本指南提供韓國先進再生醫療相關規定的一般資訊，並非醫療建議。關於您自己的治療，請與您信任的醫師討論。

## 首頁

home-check-heading = 查證診所
home-directory-count = { $count ->
   *[other] 名單中目前有 { $count } 家指定資格有效的醫療機構。
}
home-directory-link = 開啟指定醫療機構名單
home-contents-heading = 本指南內容

## 詞彙表

glossary-index-label = 依注音符號查詢詞彙
glossary-aliases = 又稱：
glossary-related = 另請參閱：
glossary-empty = 詞彙表目前還沒有詞彙。

## 常見問題

faq-index-heading = 本頁的問題
back-to-questions = 回到問題清單
faq-empty = 這裡目前還沒有問題。
# 沒有指定分類的常見問題所屬的分類。
faq-category-general = 一般問題

## 風險等級

tiers-not-efficacy = 風險等級說明的是一種治療的風險有多高，並不代表治療效果有多好。
tiers-table-caption = 各風險等級比較
tiers-col-tier = 風險等級
tiers-col-who = 誰可以提供
tiers-col-approval = 需要的核准
tiers-col-examples = 例子
tiers-read-more = 進一步了解{ $tier }
tiers-all-heading = 所有風險等級

risk-low = 低風險
risk-medium = 中風險
risk-high = 高風險

## 聯絡窗口

contact-phone = 電話
contact-email = 電子郵件
contact-hours = 服務時間
contact-topics = 可協助的事項：
contact-reporting-badge = 違法行為檢舉窗口

topic-report-violation = 檢舉違法行為
topic-designation = 醫療機構的指定
topic-clinical-research = 臨床研究
topic-treatment = 治療
topic-education = 教育與訓練

## 醫療機構資料

export-date-label = 名單日期：
export-source-label = 資料來源：
export-stale-title = 這份名單可能已經過時。
export-stale-text = 這份名單是在{ $days ->
   *[other] { $days } 天前
}匯出的。指定資格隨時可能被暫停或撤銷：做決定之前，請先到官方網站查詢，或打電話詢問指定業務小組。
sample-banner-title = 範例資料。
sample-banner-text = 本頁列出的醫療機構是虛構的範例，並不是官方的指定醫療機構名單。

## 指定醫療機構名單

directory-not-listed = 如果某家診所不在這份名單上，代表在名單日期當天，它不是指定醫療機構。獲得指定不代表某項治療已經核准：請一定要求查看核准的治療計畫。
directory-totals-label = 各狀態的醫療機構數
directory-active-heading = 指定醫療機構
directory-inactive-heading = 已暫停或撤銷：目前不是指定醫療機構
directory-inactive-intro = 下列醫療機構目前「不是」指定醫療機構，不得提供先進再生醫療的治療。列出它們，是為了讓您能夠辨認。
directory-none = 名單上沒有任何醫療機構。
directory-no-match = 找不到符合的醫療機構。請減少篩選條件，或檢查名稱是否輸入正確。
directory-showing = 顯示 { $count } 家，共 { $total ->
   *[other] { $total } 家醫療機構
}

filter-heading = 尋找醫療機構
filter-name = 名稱、地區或指定編號
filter-region = 地區
filter-all-regions = 所有地區
filter-kind = 類型
filter-all-kinds = 所有類型
filter-status = 狀態
filter-all-statuses = 所有狀態
filter-field = 治療類型
filter-all-fields = 所有治療類型
filter-reset = 清除篩選條件

## 單一醫療機構

back-to-directory = 所有指定醫療機構
inst-id = 指定編號
inst-status = 狀態
inst-designated-on = 指定日期
inst-kind = 類型
inst-region = 地區
inst-address = 地址
inst-website = 網站
inst-fields = 治療類型
inst-risk-levels = 風險等級
inst-languages = 可服務病人的語言
inst-international = 已登記可接受外國病人
inst-not-designated-title = 警告：指定資格目前無效
inst-must-not-treat = 這家醫療機構目前「不是」指定醫療機構，不得提供先進再生醫療的治療。
inst-caveat-heading = 獲得指定不等於治療已經核准
inst-caveat-text = 獲得指定，代表保健福祉部允許這家醫療機構提供先進再生醫療，但並不代表任何一項治療已經核准。在您同意接受治療之前，請要求查看經審議委員會核准的治療計畫。

status-active = 已指定
status-suspended = 指定資格暫停中
status-revoked = 指定資格已撤銷
status-suspended-since = 暫停日期
status-revoked-since = 撤銷日期

kind-regenerative-medical-institution = 再生醫療機構
kind-cell-processing-establishment = 細胞處理機構
tier-institution = 機構級
tier-center = 中心級
inst-kind-with-level = { $kind }（{ $level }）

field-cell-therapy = 細胞治療
field-gene-therapy = 基因治療
field-tissue-engineering = 組織工程治療
field-convergence = 融合治療

region-seoul = 首爾
region-busan = 釜山
region-daegu = 大邱
region-incheon = 仁川
region-gwangju = 光州
region-daejeon = 大田
region-ulsan = 蔚山
region-sejong = 世宗
region-gyeonggi = 京畿道
region-gangwon = 江原道
region-chungbuk = 忠清北道
region-chungnam = 忠清南道
region-jeonbuk = 全羅北道
region-jeonnam = 全羅南道
region-gyeongbuk = 慶尚北道
region-gyeongnam = 慶尚南道
region-jeju = 濟州

## 找不到頁面、選擇語言

not-found-title = 找不到頁面
not-found-text = 這個頁面不存在，或已經移到別處。請選擇語言，回到指南的開頭。
not-found-homes = 指南首頁
picker-heading = 請選擇語言
picker-continue = 繼續

## 搜尋

search-title = 搜尋
search-label = 搜尋本指南
search-placeholder = 搜尋，例如：幹細胞
search-submit = 搜尋
search-intro = 可搜尋詞彙表、常見問題、風險等級、聯絡窗口和指定醫療機構。打錯字也沒關係。
search-type-glossary = 詞彙
search-type-faq = 問題
search-type-tier = 風險等級
search-type-contact = 聯絡窗口
search-type-institution = 醫療機構
search-type-page = 指南
search-loading = 正在載入搜尋……
search-error = 無法載入搜尋功能。請重新整理頁面後再試一次。
search-no-results = 找不到結果。請檢查用字，或改用其他、較少的詞語。
search-all-results = 查看所有結果
search-prompt = 請輸入您要找的內容：在診所聽到的詞、一種治療，或診所的名稱。
search-clinic-heading = 在找某家診所嗎？
search-results-count = { $count ->
   *[other] 共 { $count } 筆結果
}
search-results-more = 結果超過 { $limit } 筆，只顯示最相關的 { $limit } 筆：再加一個詞可以縮小範圍。
search-noscript = 搜尋功能需要 JavaScript，但這個瀏覽器已關閉或不支援。您仍然可以在以下各區找到需要的資訊：
