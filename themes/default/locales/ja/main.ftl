# Interface text of the default theme: Japanese.
# デフォルトテーマの画面の文言：日本語。
# A site's own locales/ja/*.ftl may override any of these.

## Site and page frame

site-title = 韓国の再生医療：患者のためのガイド
skip-to-content = 本文へ移動
nav-label = メインメニュー
language-switcher-label = 言語
language-untranslated = まだ翻訳されていないため、原文の言語で表示されます
# Placed between items of a list; keep the quotes so the punctuation survives.
list-separator = {"、"}
toc-heading = このページの内容
page-reviewed = 最終確認日
page-review-due = 次回の確認予定日
back-to-top = ページの先頭へ
not-stated = 記載なし
yes = はい
no = いいえ

## Titles of the collection pages (used by the site generator for the menu and page titles)

nav-glossary = 用語集
nav-faq = よくある質問
nav-risk-tiers = リスク区分
nav-contacts = 連絡先
nav-institutions = 指定医療機関

## Notice on a page that has no translation yet

fallback-notice = このページはまだ日本語に翻訳されていないため、{ $language }で表示しています。
fallback-source-link = { $language }のページを開く
stale-translation-notice = この翻訳を作成した後に元のページが更新されたため、内容の一部が古くなっている可能性があります。

## On a translated page, beside the review dates

translation-translator = 翻訳
translation-source = 原文

## Footer

report-heading = 違反の疑いを通報するには
report-intro = 指定を受けずに、または承認された治療計画なしに先端再生医療を提供しているクリニックがあれば、次の窓口に通報できます。
report-more = 通報のしかた（手順）
footer-languages = このページを読める言語：
footer-disclaimer = このガイドは、韓国の先端再生医療のルールについての一般的な情報です。医学的な助言ではありません。ご自身の治療については、信頼できる医師に相談してください。

## Home page

home-check-heading = クリニックを確かめる
home-directory-count = { $count ->
   *[other] 一覧には、現在指定が有効な医療機関が{ $count }か所載っています。
}
home-directory-link = 指定医療機関の一覧を開く
home-contents-heading = このガイドの内容

## Glossary

glossary-index-label = 頭文字で探す
glossary-aliases = 別の呼び方：
glossary-related = 関連する用語：
glossary-empty = 用語集にはまだ用語がありません。

## Questions and answers

faq-index-heading = このページの質問
back-to-questions = 質問の一覧に戻る
faq-empty = ここにはまだ質問がありません。
# The category of FAQ entries that name none.
faq-category-general = 一般的な質問

## Risk tiers

tiers-not-efficacy = リスク区分が示すのは、治療にどれだけの危険があるかです。治療がどれだけ効くかを示すものではありません。
tiers-table-caption = リスク区分の比較
tiers-col-tier = リスク区分
tiers-col-who = 提供できるところ
tiers-col-approval = 必要な承認
tiers-col-examples = 例
tiers-read-more = { $tier }について詳しく
tiers-all-heading = すべてのリスク区分

risk-low = 低リスク
risk-medium = 中リスク
risk-high = 高リスク

## Contacts

contact-phone = 電話
contact-email = メール
contact-hours = 受付時間
contact-topics = 相談できること：
contact-reporting-badge = 違反の通報窓口

topic-report-violation = 違反の通報
topic-designation = 医療機関の指定
topic-clinical-research = 臨床研究
topic-treatment = 治療
topic-education = 教育・研修

## Data about institutions

export-date-label = 一覧の日付：
export-source-label = 出典：
export-stale-title = この一覧は古くなっている可能性があります。
export-stale-text = この一覧は{ $days ->
   *[other] { $days }日前
}に書き出されたものです。指定はいつでも停止・取り消しになることがあります。決める前に、公式ポータルで確かめるか、指定担当チームに電話してください。
sample-banner-title = サンプルデータです。
sample-banner-text = このページに表示されている医療機関は、架空の例です。公式の指定医療機関の一覧ではありません。

## Institutions directory

directory-not-listed = この一覧にないクリニックは、一覧の日付の時点で指定医療機関ではありませんでした。指定を受けていても、特定の治療が承認されているとは限りません。必ず、承認された治療計画を見せてもらってください。
directory-totals-label = 状態別の医療機関数
directory-active-heading = 指定医療機関
directory-inactive-heading = 指定停止・取り消し：現在は指定されていません
directory-inactive-intro = 次の医療機関は、現在指定を受けていません。先端再生医療の治療を提供してはなりません。見分けられるように、ここに載せています。
directory-none = 一覧に医療機関がありません。
directory-no-match = 条件に合う医療機関がありません。条件を減らすか、名前のつづりを確かめてください。
directory-showing = { $total ->
   *[other] { $total }か所中{ $count }か所を表示
}

filter-heading = 医療機関を探す
filter-name = 名前、地区、指定番号
filter-region = 地域
filter-all-regions = すべての地域
filter-kind = 種類
filter-all-kinds = すべての種類
filter-status = 状態
filter-all-statuses = すべての状態
filter-field = 治療の種類
filter-all-fields = すべての治療の種類
filter-reset = 条件をクリア

## One institution

back-to-directory = 指定医療機関の一覧
inst-id = 指定番号
inst-status = 状態
inst-designated-on = 指定日
inst-kind = 種類
inst-region = 地域
inst-address = 住所
inst-website = ウェブサイト
inst-fields = 治療の種類
inst-risk-levels = リスク区分
inst-languages = 対応言語
inst-international = 外国人患者の受け入れ登録あり
inst-not-designated-title = 警告：指定は効力がありません
inst-must-not-treat = この医療機関は、現在指定を受けていません。先端再生医療の治療を提供してはなりません。
inst-caveat-heading = 指定は治療の承認ではありません
inst-caveat-text = 指定とは、保健福祉部がこの医療機関に先端再生医療の提供を認めているということです。特定の治療を承認するものではありません。治療に同意する前に、審議委員会が承認した治療計画を見せてもらってください。

status-active = 指定あり
status-suspended = 指定停止
status-revoked = 指定取り消し
status-suspended-since = 停止日
status-revoked-since = 取り消し日

kind-regenerative-medical-institution = 再生医療機関
kind-cell-processing-establishment = 細胞加工施設
tier-institution = 機関レベル
tier-center = センターレベル
inst-kind-with-level = { $kind }（{ $level }）

field-cell-therapy = 細胞治療
field-gene-therapy = 遺伝子治療
field-tissue-engineering = 組織工学治療
field-convergence = 融複合治療

region-seoul = ソウル
region-busan = 釜山（プサン）
region-daegu = 大邱（テグ）
region-incheon = 仁川（インチョン）
region-gwangju = 光州（クァンジュ）
region-daejeon = 大田（テジョン）
region-ulsan = 蔚山（ウルサン）
region-sejong = 世宗（セジョン）
region-gyeonggi = 京畿（キョンギ）
region-gangwon = 江原（カンウォン）
region-chungbuk = 忠北（忠清北道）
region-chungnam = 忠南（忠清南道）
region-jeonbuk = 全北（全羅北道）
region-jeonnam = 全南（全羅南道）
region-gyeongbuk = 慶北（慶尚北道）
region-gyeongnam = 慶南（慶尚南道）
region-jeju = 済州（チェジュ）

## Page not found, language picker

not-found-title = ページが見つかりません
not-found-text = このページは存在しないか、移動しました。言語を選んで、ガイドの最初のページに進んでください。
not-found-homes = ガイドの最初のページ
picker-heading = 言語を選んでください
picker-continue = 進む

## Search

search-title = 検索
search-label = ガイド内を検索
search-placeholder = 検索（例：幹細胞）
search-submit = 検索
search-intro = 用語集、よくある質問、リスク区分、連絡先、指定医療機関を検索できます。表記や入力のまちがいが多少あっても検索できます。
search-type-glossary = 用語集
search-type-faq = 質問
search-type-tier = リスク区分
search-type-contact = 連絡先
search-type-institution = 医療機関
search-type-page = ガイド
search-loading = 検索を読み込んでいます…
search-error = 検索を読み込めませんでした。ページを再読み込みして、もう一度お試しください。
search-no-results = 見つかりませんでした。つづりを確かめるか、別の言葉や、より少ない言葉で検索してください。
search-all-results = すべての結果を見る
search-prompt = 探しているものを入力してください。クリニックで聞いた言葉、治療の名前、クリニックの名前などです。
search-clinic-heading = クリニックをお探しですか？
search-results-count = { $count ->
   *[other] { $count }件の結果
}
search-results-more = { $limit }件を超える結果があります。関連の高い上位{ $limit }件だけを表示しています。言葉を追加すると、結果をしぼりこめます。
search-noscript = 検索にはJavaScriptが必要ですが、このブラウザではオフになっているか、使えません。次の各ページから、必要な情報を探すことができます。
