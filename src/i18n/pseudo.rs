//! Pseudo-locales (`armguide build --pseudo`): two extra languages whose interface text is the
//! default language's, made visibly foreign, so that an editor sees at a glance what the theme
//! forgot to translate and where a layout breaks.
//!
//! - `en-XA` accents every letter and makes every message about 30% longer, inside brackets:
//!   text that shows unaccented was never a message, and a bracket cut off marks a box too
//!   narrow for a longer language (German and Russian run that much longer than English).
//! - `ar-XB` shows every message mirrored (right-to-left override) on a right-to-left page: a
//!   layout that does not mirror, or text that reads forwards, was missed.
//!
//! Values placed into a message (between Fluent's isolation marks) are left as they are, so
//! numbers, names and dates stay legible. The tags are the ones Android and Chrome use.

/// The pseudo-locales `--pseudo` adds, in the order they are listed.
pub const LANGUAGES: [&str; 2] = ["en-XA", "ar-XB"];

/// Fluent's isolation marks around a placed value.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';
/// Right-to-left override and the pop that ends it.
const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pseudo {
    Accented,
    Mirrored,
}

/// The pseudo-locale `lang` is, if it is one.
pub fn of(lang: &str) -> Option<Pseudo> {
    match lang {
        "en-XA" => Some(Pseudo::Accented),
        "ar-XB" => Some(Pseudo::Mirrored),
        _ => None,
    }
}

/// `text` (a formatted message) in the pseudo-locale: each run outside placed values changed.
pub fn transform(kind: Pseudo, text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut run = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            FSI => {
                if depth == 0 {
                    out.push_str(&change(kind, &run));
                    run.clear();
                }
                depth += 1;
                out.push(c);
            }
            PDI if depth > 0 => {
                depth -= 1;
                out.push(c);
            }
            _ if depth > 0 => out.push(c),
            _ => run.push(c),
        }
    }
    out.push_str(&change(kind, &run));
    match kind {
        // The brackets close the whole message, so a cut-off end shows.
        Pseudo::Accented if !text.trim().is_empty() => format!("[{out}{}]", padding(text)),
        _ => out,
    }
}

fn change(kind: Pseudo, run: &str) -> String {
    if run.is_empty() {
        return String::new();
    }
    match kind {
        Pseudo::Accented => run.chars().map(accent).collect(),
        Pseudo::Mirrored => format!("{RLO}{run}{PDF}"),
    }
}

/// About 30% more characters than `text` has, as a longer translation would need.
fn padding(text: &str) -> String {
    let extra = (text.chars().count() * 3).div_ceil(10);
    let mut pad = String::from(" ");
    pad.extend(
        "ŀøřéɱ ïƥšûɱ ðøŀøř šïţ"
            .chars()
            .cycle()
            .take(extra.saturating_sub(1)),
    );
    pad
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "áƀçðéƒĝĥíĵķļɱñóƥǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓƤǪŔŠŢÚṼŴẊÝŽ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_text_is_bracketed_and_about_a_third_longer() {
        let out = transform(Pseudo::Accented, "Skip to main content");
        assert!(out.starts_with("[Šķíƥ ţó ɱáíñ çóñţéñţ "), "{out}");
        assert!(out.ends_with(']'));
        let len = |s: &str| s.chars().count();
        assert!(len(&out) >= len("Skip to main content") * 13 / 10, "{out}");
    }

    #[test]
    fn placed_values_are_left_alone() {
        let out = transform(
            Pseudo::Accented,
            "Showing \u{2068}12\u{2069} of \u{2068}Seoul\u{2069}",
        );
        assert!(
            out.starts_with("[Šĥóŵíñĝ \u{2068}12\u{2069} óƒ \u{2068}Seoul\u{2069} "),
            "{out}"
        );
        let mirrored = transform(Pseudo::Mirrored, "Showing \u{2068}12\u{2069} results");
        assert_eq!(
            mirrored,
            "\u{202E}Showing \u{202C}\u{2068}12\u{2069}\u{202E} results\u{202C}"
        );
    }

    #[test]
    fn only_the_two_tags_are_pseudo_locales() {
        assert_eq!(of("en-XA"), Some(Pseudo::Accented));
        assert_eq!(of("ar-XB"), Some(Pseudo::Mirrored));
        assert_eq!(of("en"), None);
        assert_eq!(of("ar"), None);
    }

    #[test]
    fn empty_messages_stay_empty() {
        assert_eq!(transform(Pseudo::Accented, ""), "");
        assert_eq!(transform(Pseudo::Mirrored, ""), "");
    }
}
