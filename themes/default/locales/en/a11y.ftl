# Accessibility text of the default theme: English.

## Directory filter

filter-apply = Show results
