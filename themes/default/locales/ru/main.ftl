# Interface text of the default theme: Russian.
# A site's own locales/ru/*.ftl may override any of these.

## Site and page frame

site-title = Регенеративная медицина в Корее: справочник для пациентов
skip-to-content = Перейти к основному тексту
nav-label = Главное меню
language-switcher-label = Язык
language-untranslated = ещё не переведено, показано на языке оригинала
# Placed between items of a list; keep the quotes so the space survives.
list-separator = {", "}
toc-heading = На этой странице
page-reviewed = Последняя проверка страницы
page-review-due = Следующая проверка
back-to-top = Наверх
not-stated = Не указано
yes = Да
no = Нет

## Titles of the collection pages (used by the site generator for the menu and page titles)

nav-glossary = Словарь терминов
nav-faq = Вопросы и ответы
nav-risk-tiers = Уровни риска
nav-contacts = Контакты
nav-institutions = Уполномоченные учреждения

## Notice on a page that has no translation yet

fallback-notice = Эта страница ещё не переведена на русский язык, поэтому она показана на языке оригинала: { $language }.
fallback-source-link = Открыть страницу на языке оригинала ({ $language })
stale-translation-notice = После перевода исходная страница изменилась, поэтому часть сведений здесь может быть устаревшей.

## On a translated page, beside the review dates

translation-translator = Перевод
translation-source = Оригинал

## Footer

report-heading = Как сообщить о возможном нарушении
report-intro = Если клиника предлагает лечение методами передовой регенеративной медицины без статуса уполномоченного учреждения или без утверждённого плана лечения, сообщите об этом сюда:
report-more = Как сообщить о нарушении: пошагово
footer-languages = Эта страница есть на языках:
footer-disclaimer = Этот справочник даёт общие сведения о правилах передовой регенеративной медицины в Корее. Это не медицинская консультация. О своём лечении говорите с врачом, которому вы доверяете.

## Home page

home-check-heading = Проверить клинику
home-directory-count = { $count ->
    [one] В перечне { $count } учреждение, статус которого сейчас действует.
    [few] В перечне { $count } учреждения, статус которых сейчас действует.
    [many] В перечне { $count } учреждений, статус которых сейчас действует.
   *[other] В перечне { $count } учреждения, статус которых сейчас действует.
}
home-directory-link = Открыть перечень уполномоченных учреждений
home-contents-heading = Содержание справочника

## Glossary

glossary-index-label = Термины по первой букве
glossary-aliases = Другие названия:
glossary-related = См. также:
glossary-empty = В словаре пока нет терминов.

## Questions and answers

faq-index-heading = Вопросы на этой странице
back-to-questions = Назад к списку вопросов
faq-empty = Здесь пока нет вопросов.
# The category of FAQ entries that name none.
faq-category-general = Общие вопросы

## Risk tiers

tiers-not-efficacy = Уровень риска говорит о том, насколько опасно лечение. Он не говорит о том, насколько хорошо лечение помогает.
tiers-table-caption = Сравнение уровней риска
tiers-col-tier = Уровень риска
tiers-col-who = Кто может проводить
tiers-col-approval = Какое нужно одобрение
tiers-col-examples = Примеры
tiers-read-more = Подробнее: { $tier }
tiers-all-heading = Все уровни риска

risk-low = Низкий риск
risk-medium = Средний риск
risk-high = Высокий риск

## Contacts

contact-phone = Телефон
contact-email = Эл. почта
contact-hours = Часы работы
contact-topics = По каким вопросам:
contact-reporting-badge = Контакт для сообщений о нарушениях

topic-report-violation = Сообщения о нарушениях
topic-designation = Статус уполномоченных учреждений
topic-clinical-research = Клинические исследования
topic-treatment = Лечение
topic-education = Обучение и подготовка

## Data about institutions

export-date-label = Дата перечня:
export-source-label = Источник:
export-stale-title = Этот перечень может быть устаревшим.
export-stale-text = Он был выгружен { $days ->
    [one] { $days } день назад.
    [few] { $days } дня назад.
    [many] { $days } дней назад.
   *[other] { $days } дня назад.
} Статус учреждения могут приостановить или отозвать в любой момент. Прежде чем принять решение, проверьте его на официальном портале или позвоните в отдел по статусу учреждений.
sample-banner-title = Пример данных.
sample-banner-text = Учреждения на этой странице придуманы для примера. Это не официальный перечень уполномоченных учреждений.

## Institutions directory

directory-not-listed = Если клиники нет в этом перечне, на дату перечня она не была уполномоченным учреждением. Статус уполномоченного учреждения не значит, что одобрено какое-то конкретное лечение: всегда просите показать утверждённый план лечения.
directory-totals-label = Число учреждений по статусу
directory-active-heading = Уполномоченные учреждения
directory-inactive-heading = Статус приостановлен или отозван: сейчас не уполномочены
directory-inactive-intro = Учреждения ниже сейчас НЕ имеют статуса уполномоченного учреждения. Они не должны проводить лечение методами передовой регенеративной медицины. Они показаны здесь, чтобы вы могли их узнать.
directory-none = В перечне нет учреждений.
directory-no-match = Ничего не найдено. Уберите часть фильтров или проверьте, как написано название.
directory-showing = Показано { $count } из { $total } { $total ->
    [one] учреждения
    [few] учреждений
    [many] учреждений
   *[other] учреждения
}

filter-heading = Найти учреждение
filter-name = Название, район или регистрационный номер
filter-region = Регион
filter-all-regions = Все регионы
filter-kind = Вид
filter-all-kinds = Все виды
filter-status = Статус
filter-all-statuses = Любой статус
filter-field = Вид терапии
filter-all-fields = Все виды терапии
filter-reset = Сбросить фильтры

## One institution

back-to-directory = Все уполномоченные учреждения
inst-id = Регистрационный номер
inst-status = Статус
inst-designated-on = Дата присвоения статуса
inst-kind = Вид
inst-region = Регион
inst-address = Адрес
inst-website = Сайт
inst-fields = Виды терапии
inst-risk-levels = Уровни риска
inst-languages = Языки для пациентов
inst-international = Зарегистрировано для приёма иностранных пациентов
inst-not-designated-title = Внимание: статус уполномоченного учреждения не действует
inst-must-not-treat = У этого учреждения сейчас НЕТ статуса уполномоченного учреждения. Оно не должно проводить лечение методами передовой регенеративной медицины.
inst-caveat-heading = Статус учреждения не означает, что одобрено лечение
inst-caveat-text = Статус уполномоченного учреждения значит, что Министерство здравоохранения и социального обеспечения разрешает этому учреждению работать в области передовой регенеративной медицины. Это не одобрение какого-то конкретного лечения. Прежде чем соглашаться на лечение, попросите показать план лечения, утверждённый Экспертным комитетом.

status-active = Статус действует
status-suspended = Статус приостановлен
status-revoked = Статус отозван
status-suspended-since = Дата приостановления
status-revoked-since = Дата отзыва

kind-regenerative-medical-institution = Учреждение регенеративной медицины
kind-cell-processing-establishment = Предприятие по обработке клеток
tier-institution = уровень учреждения
tier-center = уровень центра
inst-kind-with-level = { $kind } ({ $level })

field-cell-therapy = Клеточная терапия
field-gene-therapy = Генная терапия
field-tissue-engineering = Тканеинженерная терапия
field-convergence = Комбинированная терапия

region-seoul = Сеул
region-busan = Пусан
region-daegu = Тэгу
region-incheon = Инчхон
region-gwangju = Кванджу
region-daejeon = Тэджон
region-ulsan = Ульсан
region-sejong = Седжон
region-gyeonggi = Кёнгидо
region-gangwon = Канвондо
region-chungbuk = Чхунчхон-Пукто (провинция Северная Чхунчхон)
region-chungnam = Чхунчхон-Намдо (провинция Южная Чхунчхон)
region-jeonbuk = Чолла-Пукто (провинция Северная Чолла)
region-jeonnam = Чолла-Намдо (провинция Южная Чолла)
region-gyeongbuk = Кёнсан-Пукто (провинция Северная Кёнсан)
region-gyeongnam = Кёнсан-Намдо (провинция Южная Кёнсан)
region-jeju = Чеджу

## Page not found, language picker

not-found-title = Страница не найдена
not-found-text = Такой страницы нет, или она перемещена. Выберите язык, чтобы перейти в начало справочника.
not-found-homes = Начало справочника
picker-heading = Выберите язык
picker-continue = Продолжить

## Search

search-title = Поиск
search-label = Поиск по справочнику
search-placeholder = Поиск: стволовые клетки
search-submit = Найти
search-intro = Ищите в словаре терминов, в вопросах и ответах, среди уровней риска, контактов и уполномоченных учреждений. Опечатки допускаются.
search-type-glossary = Словарь
search-type-faq = Вопрос
search-type-tier = Уровень риска
search-type-contact = Контакт
search-type-institution = Учреждение
search-type-page = Справочник
search-loading = Загрузка поиска…
search-error = Не удалось загрузить поиск. Обновите страницу и попробуйте ещё раз.
search-no-results = Ничего не найдено. Проверьте написание или попробуйте другие слова либо меньше слов.
search-all-results = Все результаты
search-prompt = Напишите, что вы ищете: слово, которое вы услышали в клинике, название лечения или клиники.
search-clinic-heading = Ищете клинику?
search-results-count = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
search-results-more = Результатов больше { $limit }. Показаны только { $limit } самых подходящих. Добавьте слово, чтобы уточнить поиск.
search-noscript = Для поиска нужен JavaScript, а в этом браузере он выключен или недоступен. Нужные сведения можно найти в этих разделах:
