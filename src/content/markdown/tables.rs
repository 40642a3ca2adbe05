//! A Markdown table's body cells carry their column's heading (`<td data-label="…">`), so that
//! on a phone, where a table of three long columns is cut off at the screen's edge, the
//! stylesheet can show each row as a card of labelled cells instead.

use pulldown_cmark::{Alignment, CowStr, Event, Tag, TagEnd};

use super::escape_html;

/// `events` with every table body cell written as HTML that names its column.
pub fn label_cells(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    if !events
        .iter()
        .any(|e| matches!(e, Event::Start(Tag::Table(_))))
    {
        return events;
    }
    let mut out = Vec::with_capacity(events.len());
    let mut alignments: Vec<Alignment> = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    let mut in_head = false;
    let mut column = 0;
    for event in events {
        match event {
            Event::Start(Tag::Table(ref a)) => {
                alignments.clone_from(a);
                labels.clear();
                out.push(event);
            }
            Event::Start(Tag::TableHead) => {
                in_head = true;
                out.push(event);
            }
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                out.push(event);
            }
            Event::Start(Tag::TableRow) => {
                column = 0;
                out.push(event);
            }
            Event::Start(Tag::TableCell) if in_head => {
                labels.push(String::new());
                out.push(event);
            }
            // The heading's words as a reader sees them: text and code, not the markup around
            // a glossary link or a Korean span.
            Event::Text(ref t) | Event::Code(ref t) if in_head => {
                if let Some(label) = labels.last_mut() {
                    label.push_str(t);
                }
                out.push(event);
            }
            Event::Start(Tag::TableCell) => {
                let mut td = String::from("<td");
                if let Some(label) = labels.get(column).filter(|l| !l.trim().is_empty()) {
                    td.push_str(" data-label=\"");
                    td.push_str(&escape_html(label.trim()));
                    td.push('"');
                }
                match alignments.get(column) {
                    Some(Alignment::Left) => td.push_str(" class=\"align-left\""),
                    Some(Alignment::Center) => td.push_str(" class=\"align-center\""),
                    Some(Alignment::Right) => td.push_str(" class=\"align-right\""),
                    _ => {}
                }
                td.push('>');
                out.push(Event::Html(CowStr::from(td)));
            }
            Event::End(TagEnd::TableCell) if !in_head => {
                column += 1;
                out.push(Event::Html(CowStr::from("</td>")));
            }
            other => out.push(other),
        }
    }
    out
}
