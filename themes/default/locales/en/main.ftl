# Interface text of the default theme: English (the source language).
# A site's own locales/en/*.ftl may override any of these.

## Site and page frame

site-title = Regenerative Medicine in Korea: A Patient Guide
skip-to-content = Skip to main content
nav-label = Main menu
language-switcher-label = Language
language-untranslated = not translated yet, shown in the original language
# Placed between items of a list; keep the quotes so the space survives.
list-separator = {", "}
toc-heading = On this page
page-reviewed = Page last reviewed
page-review-due = Next review due
back-to-top = Back to top
not-stated = Not stated
yes = Yes
no = No

## Titles of the collection pages (used by the site generator for the menu and page titles)

nav-glossary = Glossary
nav-faq = Questions and answers
nav-risk-tiers = Risk tiers
nav-contacts = Contacts
nav-institutions = Designated institutions

## Notice on a page that has no translation yet

fallback-notice = This page has not been translated yet, so it is shown in { $language }.
fallback-source-link = Open the { $language } page
stale-translation-notice = The original page has changed since this translation was made, so parts of it may be out of date.

## On a translated page, beside the review dates

# Label before the names of those who translated the page.
translation-translator = Translated by
# Label before the link to the page in the source language, which shows that language's own name.
translation-source = Original

## Footer

report-heading = To report a suspected violation
report-intro = If a clinic offers advanced regenerative medicine without a designation, or without an approved treatment plan, you can report it to:
report-more = How to report, step by step
footer-languages = This page is available in:
footer-disclaimer = This guide gives general information about Korea’s rules for advanced regenerative medicine. It is not medical advice. Talk to a doctor you trust about your own treatment.

## Home page

home-check-heading = Check a clinic
home-directory-count = { $count ->
    [one] The directory lists one institution whose designation is currently valid.
   *[other] The directory lists { $count } institutions whose designation is currently valid.
}
home-directory-link = Open the list of designated institutions
home-contents-heading = In this guide

## Glossary

glossary-index-label = Terms by first letter
glossary-aliases = Also called:
glossary-related = See also:
glossary-empty = There are no terms in the glossary yet.

## Questions and answers

faq-index-heading = Questions on this page
back-to-questions = Back to the list of questions
faq-empty = There are no questions here yet.
# The category of FAQ entries that name none.
faq-category-general = General questions

## Risk tiers

tiers-not-efficacy = A risk tier tells you how risky a treatment is. It does not tell you how well the treatment works.
tiers-table-caption = The risk tiers side by side
tiers-col-tier = Risk tier
tiers-col-who = Who may provide it
tiers-col-approval = Approval needed
tiers-col-examples = Examples
tiers-read-more = More about { $tier }
tiers-all-heading = All risk tiers

risk-low = Low risk
risk-medium = Medium risk
risk-high = High risk

## Contacts

contact-phone = Phone
contact-email = Email
contact-hours = Hours
contact-topics = Can help with:
contact-reporting-badge = Contact for reporting violations

topic-report-violation = Reporting violations
topic-designation = Designation of institutions
topic-clinical-research = Clinical research
topic-treatment = Treatment
topic-education = Education and training

## Data about institutions

export-date-label = List dated:
export-source-label = Source:
export-stale-title = This list may be out of date.
export-stale-text = It was exported { $days ->
    [one] one day ago.
   *[other] { $days } days ago.
} Designations can be suspended or revoked at any time: before you decide, check with the official portal or call the designation team.
sample-banner-title = Sample data.
sample-banner-text = The institutions shown on this page are made-up examples. This is not the official list of designated institutions.

## Institutions directory

directory-not-listed = If a clinic is not on this list, it was not a designated institution on the date of the list. Being designated does not mean that a particular treatment is approved: always ask to see the approved treatment plan.
directory-totals-label = Number of institutions by status
directory-active-heading = Designated institutions
directory-inactive-heading = Suspended or revoked: not designated now
directory-inactive-intro = The institutions below are NOT currently designated. They must not provide advanced regenerative medicine treatment. They are listed so that you can recognise them.
directory-none = The list has no institutions.
directory-no-match = No institution matches. Try fewer filters, or check the spelling of the name.
directory-showing = Showing { $count } of { $total } { $total ->
    [one] institution
   *[other] institutions
}

filter-heading = Find an institution
filter-name = Name, district or designation number
filter-region = Region
filter-all-regions = All regions
filter-kind = Type
filter-all-kinds = All types
filter-status = Status
filter-all-statuses = All statuses
filter-field = Therapy type
filter-all-fields = All therapy types
filter-reset = Clear filters

## One institution

back-to-directory = All designated institutions
inst-id = Designation number
inst-status = Status
inst-designated-on = Designated on
inst-kind = Type
inst-region = Region
inst-address = Address
inst-website = Website
inst-fields = Therapy types
inst-risk-levels = Risk tiers
inst-languages = Languages for patients
inst-international = Registered for international patients
inst-not-designated-title = Warning: designation not in force
inst-must-not-treat = This institution is NOT currently designated. It must not provide advanced regenerative medicine treatment.
inst-caveat-heading = A designation is not approval of a treatment
inst-caveat-text = Designation means the Ministry of Health and Welfare allows this institution to provide advanced regenerative medicine. It does not approve any particular treatment. Before you agree to a treatment, ask to see the treatment plan approved by the Review Committee.

status-active = Designated
status-suspended = Designation suspended
status-revoked = Designation revoked
status-suspended-since = Suspended on
status-revoked-since = Revoked on

kind-regenerative-medical-institution = Regenerative medical institution
kind-cell-processing-establishment = Cell processing establishment
tier-institution = institution level
tier-center = center level
# The kind of institution with its level, e.g. "Regenerative medical institution (center level)".
inst-kind-with-level = { $kind } ({ $level })

field-cell-therapy = Cell therapy
field-gene-therapy = Gene therapy
field-tissue-engineering = Tissue engineering therapy
field-convergence = Convergence therapy

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
region-chungbuk = Chungbuk (North Chungcheong)
region-chungnam = Chungnam (South Chungcheong)
region-jeonbuk = Jeonbuk (North Jeolla)
region-jeonnam = Jeonnam (South Jeolla)
region-gyeongbuk = Gyeongbuk (North Gyeongsang)
region-gyeongnam = Gyeongnam (South Gyeongsang)
region-jeju = Jeju

## Page not found, language picker

not-found-title = Page not found
not-found-text = This page does not exist, or it has moved. Choose a language to go to the start of the guide.
not-found-homes = Start of the guide
picker-heading = Choose your language
picker-continue = Continue

## Search

search-title = Search
search-label = Search the guide
search-placeholder = Search, e.g. stem cell
search-submit = Search
search-intro = Search the glossary, the questions and answers, the risk tiers, the contacts and the designated institutions. Spelling mistakes are allowed.
search-type-glossary = Glossary
search-type-faq = Question
search-type-tier = Risk tier
search-type-contact = Contact
search-type-institution = Institution
search-type-page = Guide
search-loading = Loading search…
search-error = Search could not be loaded. Reload the page and try again.
search-no-results = Nothing found. Check the spelling, or try other or fewer words.
search-all-results = See all results
search-prompt = Type what you are looking for: a word you heard at a clinic, a treatment, or the name of a clinic.
search-clinic-heading = Looking for a clinic?
search-results-count = { $count ->
    [one] One result
   *[other] { $count } results
}
search-results-more = More than { $limit } results. Only the best { $limit } are shown: add a word to narrow the search.
search-noscript = Search needs JavaScript, which is turned off or not available in this browser. You can still find what you need in these sections:
