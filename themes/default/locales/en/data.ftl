# Directory data: the taxi address, the downloads and the status-changes page.

taxi-show-driver = Show this to a taxi driver
data-heading = Use this list elsewhere
# {"\u00A0"} is a space that never breaks a line: a size stays on one line with its unit.
data-download-csv = Download as a spreadsheet (CSV, { $kb }{"\u00A0"}KB)
data-download-json = Download as data (JSON, { $kb }{"\u00A0"}KB)
data-downloads-note = Each file has every institution on this page, with the date of the list and its source. Check this guide again before you act on a saved copy: designations change.
changes-link = Suspensions and revocations, with dates
changes-title = Suspensions and revocations
changes-intro = These institutions had their designation suspended or revoked. A suspended or revoked institution must not provide advanced regenerative medicine treatment. They stay on this page even after they leave the list, so that you can check a clinic where you were treated before.
changes-date = Date
changes-institution = Institution
changes-change = What happened
changes-now = Status now
changes-not-listed = No longer on the list
changes-none = No institution on the list has had its designation suspended or revoked.
