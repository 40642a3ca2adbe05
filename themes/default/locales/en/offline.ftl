# The copy's stamp, the offline edition and the print edition.

## The stamp on every page (online, offline and printed)

edition-heading = About this copy
edition-generated = This version was made on:
edition-data = Institution list dated:
edition-online = Online guide:
edition-no-address = this guide has no online address yet.
edition-check-online = Designations change. Check the online guide before you act.

## The offline edition

# $size is the size of the download, such as "1.4 MB".
offline-download = Download for offline reading ({ $size })
# {"\u00A0"}: a space that never breaks a line, between a size and its unit.
offline-size-kb = { $n }{"\u00A0"}KB
offline-size-mb = { $n }{"\u00A0"}MB
offline-copy-note = You are reading a copy saved for offline use. It does not update itself.
# The link on the first page of an unzipped copy.
offline-open = Open the guide

## The print edition

print-edition-link = The whole guide on one page, for printing
print-title = The whole guide on one page
print-intro = This page holds the whole guide, to print or to save. The parts are in reading order. The glossary is at the end.
