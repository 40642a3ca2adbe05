# نصوص واجهة القالب الافتراضي: العربية.
# يمكن لملفات locales/ar/*.ftl الخاصة بالموقع أن تستبدل أيًّا منها.

## إطار الموقع والصفحة

site-title = الطب التجديدي في كوريا: دليل للمرضى
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
language-switcher-label = اللغة
language-untranslated = لم تُترجم بعد، وتُعرض باللغة الأصلية
# يوضع بين عناصر القائمة؛ أبقِ علامتي الاقتباس لكي تبقى المسافة.
list-separator = {"، "}
toc-heading = في هذه الصفحة
page-reviewed = آخر مراجعة للصفحة
page-review-due = موعد المراجعة القادمة
back-to-top = العودة إلى الأعلى
not-stated = غير مذكور
yes = نعم
no = لا

## عناوين صفحات المجموعات (يستخدمها مولّد الموقع في القائمة وعناوين الصفحات)

nav-glossary = مسرد المصطلحات
nav-faq = أسئلة وأجوبة
nav-risk-tiers = مستويات الخطورة
nav-contacts = جهات الاتصال
nav-institutions = المؤسسات الطبية المعتمدة

## تنبيه في صفحة لم تُترجم بعد

fallback-notice = لم تُترجم هذه الصفحة بعد، لذلك تُعرض باللغة: { $language }.
fallback-source-link = افتح الصفحة باللغة: { $language }
stale-translation-notice = تغيّرت الصفحة الأصلية بعد إعداد هذه الترجمة، لذلك قد تكون بعض أجزائها غير محدَّثة.

## On a translated page, beside the review dates

translation-translator = الترجمة
translation-source = النص الأصلي

## تذييل الصفحة

report-heading = للإبلاغ عن مخالفة مشتبه بها
report-intro = إذا قدّمت عيادة الطب التجديدي المتقدم دون اعتماد، أو دون خطة علاج موافَق عليها، يمكنك الإبلاغ عنها إلى:
report-more = طريقة الإبلاغ خطوة بخطوة
footer-languages = هذه الصفحة متاحة باللغات التالية:
footer-disclaimer = يقدّم هذا الدليل معلومات عامة عن قواعد الطب التجديدي المتقدم في كوريا. وهو ليس نصيحة طبية. تحدّث مع طبيب تثق به عن علاجك أنت.

## الصفحة الرئيسية

home-check-heading = تحقّق من عيادة
home-directory-count = { $count ->
    [zero] لا توجد في القائمة حاليًا أي مؤسسة اعتمادها ساري المفعول.
    [one] تضم القائمة مؤسسة واحدة اعتمادها ساري المفعول حاليًا.
    [two] تضم القائمة مؤسستين اعتمادهما ساري المفعول حاليًا.
    [few] تضم القائمة { $count } مؤسسات اعتمادها ساري المفعول حاليًا.
    [many] تضم القائمة { $count } مؤسسةً اعتمادها ساري المفعول حاليًا.
   *[other] تضم القائمة { $count } مؤسسة اعتمادها ساري المفعول حاليًا.
}
home-directory-link = افتح قائمة المؤسسات الطبية المعتمدة
home-contents-heading = في هذا الدليل

## مسرد المصطلحات

glossary-index-label = المصطلحات حسب الحرف الأول
glossary-aliases = أسماء أخرى:
glossary-related = انظر أيضًا:
glossary-empty = لا توجد مصطلحات في المسرد بعد.

## أسئلة وأجوبة

faq-index-heading = الأسئلة في هذه الصفحة
back-to-questions = العودة إلى قائمة الأسئلة
faq-empty = لا توجد أسئلة هنا بعد.
# فئة الأسئلة الشائعة التي لا تذكر أي فئة.
faq-category-general = أسئلة عامة

## مستويات الخطورة

tiers-not-efficacy = يخبرك مستوى الخطورة بمدى خطورة العلاج. ولا يخبرك بمدى فائدته.
tiers-table-caption = مقارنة بين مستويات الخطورة
tiers-col-tier = مستوى الخطورة
tiers-col-who = من يحق له تقديمه
tiers-col-approval = الموافقة المطلوبة
tiers-col-examples = أمثلة
tiers-read-more = المزيد عن: { $tier }
tiers-all-heading = كل مستويات الخطورة

risk-low = منخفض الخطورة
risk-medium = متوسط الخطورة
risk-high = عالي الخطورة

## جهات الاتصال

contact-phone = الهاتف
contact-email = البريد الإلكتروني
contact-hours = ساعات العمل
contact-topics = مجالات المساعدة:
contact-reporting-badge = جهة الاتصال للإبلاغ عن المخالفات

topic-report-violation = الإبلاغ عن المخالفات
topic-designation = اعتماد المؤسسات الطبية
topic-clinical-research = البحث السريري
topic-treatment = العلاج
topic-education = التعليم والتدريب

## بيانات المؤسسات

export-date-label = تاريخ القائمة:
export-source-label = المصدر:
export-stale-title = قد تكون هذه القائمة غير محدَّثة.
export-stale-text = { $days ->
    [zero] استُخرجت اليوم.
    [one] استُخرجت قبل يوم واحد.
    [two] استُخرجت قبل يومين.
    [few] استُخرجت قبل { $days } أيام.
    [many] استُخرجت قبل { $days } يومًا.
   *[other] استُخرجت قبل { $days } يوم.
} ويمكن تعليق الاعتماد أو سحبه في أي وقت: قبل أن تقرر، تحقّق من البوابة الرسمية أو اتصل بفريق الاعتماد.
sample-banner-title = بيانات تجريبية.
sample-banner-text = المؤسسات المعروضة في هذه الصفحة أمثلة مختلَقة. هذه ليست القائمة الرسمية للمؤسسات الطبية المعتمدة.

## قائمة المؤسسات

directory-not-listed = إذا لم تكن العيادة في هذه القائمة، فلم تكن مؤسسة معتمدة في تاريخ القائمة. والاعتماد لا يعني أن علاجًا بعينه موافَق عليه: اطلب دائمًا أن ترى خطة العلاج الموافَق عليها.
directory-totals-label = عدد المؤسسات حسب الوضع
directory-active-heading = المؤسسات الطبية المعتمدة
directory-inactive-heading = معلَّق أو مسحوب: غير معتمدة حاليًا
directory-inactive-intro = المؤسسات التالية ليست معتمدة حاليًا. ولا يجوز لها تقديم علاج الطب التجديدي المتقدم. وهي مذكورة هنا لكي تتعرّف عليها.
directory-none = لا توجد أي مؤسسة في القائمة.
directory-no-match = لا توجد مؤسسة مطابقة. جرّب عددًا أقل من عوامل التصفية، أو تحقّق من كتابة الاسم.
directory-showing = { $total ->
    [zero] يُعرض { $count } من أصل { $total } مؤسسة
    [one] يُعرض { $count } من أصل مؤسسة واحدة
    [two] يُعرض { $count } من أصل مؤسستين
    [few] يُعرض { $count } من أصل { $total } مؤسسات
    [many] يُعرض { $count } من أصل { $total } مؤسسةً
   *[other] يُعرض { $count } من أصل { $total } مؤسسة
}

filter-heading = ابحث عن مؤسسة
filter-name = الاسم أو الحي أو رقم الاعتماد
filter-region = المنطقة
filter-all-regions = كل المناطق
filter-kind = النوع
filter-all-kinds = كل الأنواع
filter-status = الوضع
filter-all-statuses = كل الأوضاع
filter-field = نوع العلاج
filter-all-fields = كل أنواع العلاج
filter-reset = مسح عوامل التصفية

## مؤسسة واحدة

back-to-directory = كل المؤسسات الطبية المعتمدة
inst-id = رقم الاعتماد
inst-status = الوضع
inst-designated-on = تاريخ الاعتماد
inst-kind = النوع
inst-region = المنطقة
inst-address = العنوان
inst-website = الموقع الإلكتروني
inst-fields = أنواع العلاج
inst-risk-levels = مستويات الخطورة
inst-languages = اللغات المتاحة للمرضى
inst-international = مسجَّلة لاستقبال المرضى القادمين من الخارج
inst-not-designated-title = تحذير: الاعتماد غير ساري المفعول
inst-must-not-treat = هذه المؤسسة ليست معتمدة حاليًا. ولا يجوز لها تقديم علاج الطب التجديدي المتقدم.
inst-caveat-heading = الاعتماد ليس موافقة على علاج
inst-caveat-text = يعني الاعتماد أن وزارة الصحة والرعاية الاجتماعية تسمح لهذه المؤسسة بتقديم الطب التجديدي المتقدم. لكنه لا يعني الموافقة على أي علاج بعينه. قبل أن توافق على علاج، اطلب أن ترى خطة العلاج التي وافقت عليها لجنة المراجعة.

status-active = معتمدة
status-suspended = الاعتماد معلَّق
status-revoked = الاعتماد مسحوب
status-suspended-since = تاريخ التعليق
status-revoked-since = تاريخ السحب

kind-regenerative-medical-institution = مؤسسة طب تجديدي
kind-cell-processing-establishment = منشأة معالجة الخلايا
tier-institution = مستوى المؤسسة
tier-center = مستوى المركز
inst-kind-with-level = { $kind } ({ $level })

field-cell-therapy = العلاج الخلوي
field-gene-therapy = العلاج الجيني
field-tissue-engineering = علاج هندسة الأنسجة
field-convergence = العلاج المدمج

region-seoul = سيول
region-busan = بوسان
region-daegu = دايغو
region-incheon = إنتشون
region-gwangju = غوانغجو
region-daejeon = دايجون
region-ulsan = أولسان
region-sejong = سيجونغ
region-gyeonggi = غيونغي
region-gangwon = غانغوون
region-chungbuk = تشونغبوك (تشونغتشيونغ الشمالية)
region-chungnam = تشونغنام (تشونغتشيونغ الجنوبية)
region-jeonbuk = جونبوك (جولا الشمالية)
region-jeonnam = جونّام (جولا الجنوبية)
region-gyeongbuk = غيونغبوك (غيونغسانغ الشمالية)
region-gyeongnam = غيونغنام (غيونغسانغ الجنوبية)
region-jeju = جيجو

## الصفحة غير موجودة، واختيار اللغة

not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة، أو نُقلت إلى مكان آخر. اختر لغة للانتقال إلى بداية الدليل.
not-found-homes = بداية الدليل
picker-heading = اختر لغتك
picker-continue = متابعة

## البحث

search-title = البحث
search-label = ابحث في الدليل
search-placeholder = ابحث، مثلًا: الخلايا الجذعية
search-submit = بحث
search-intro = ابحث في مسرد المصطلحات، والأسئلة والأجوبة، ومستويات الخطورة، وجهات الاتصال، والمؤسسات الطبية المعتمدة. لا بأس بالأخطاء الإملائية.
search-type-glossary = مسرد المصطلحات
search-type-faq = سؤال
search-type-tier = مستوى الخطورة
search-type-contact = جهة اتصال
search-type-institution = مؤسسة
search-type-page = الدليل
search-loading = جارٍ تحميل البحث…
search-error = تعذّر تحميل البحث. أعد تحميل الصفحة وحاول مرة أخرى.
search-no-results = لم يُعثر على شيء. تحقّق من الكتابة، أو جرّب كلمات أخرى أو عددًا أقل من الكلمات.
search-all-results = عرض كل النتائج
search-prompt = اكتب ما تبحث عنه: كلمة سمعتها في عيادة، أو اسم علاج، أو اسم عيادة.
search-clinic-heading = هل تبحث عن عيادة؟
search-results-count = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجةً
   *[other] { $count } نتيجة
}
search-results-more = عدد النتائج أكثر من { $limit }. تُعرض أفضل النتائج فقط (وعددها { $limit }): أضف كلمة لتضييق البحث.
search-noscript = يحتاج البحث إلى JavaScript، وهي معطَّلة أو غير متاحة في هذا المتصفح. ما زال بإمكانك أن تجد ما تحتاج إليه في هذه الأقسام:
