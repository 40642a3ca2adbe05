//! Word counts: how much text a translator has to translate in a Markdown body.
//!
//! Only the text a reader sees counts (link targets, markup and heading ids do not). In scripts
//! written with spaces, a word is a run of letters, digits and combining marks, with an
//! apostrophe or hyphen between two of them joining them (`don't`, `follow-up`). In Han, Kana,
//! Hangul and Thai every character counts as one: Japanese, Chinese and Thai have no spaces to
//! count words by, and translation from these scripts (and from Korean) is quoted per
//! character. Thai vowel and tone marks that sit on a consonant are not characters of their own.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::search::analyzer;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Counted one per character.
    Character,
    /// Sits on the character before it (Thai vowel and tone marks): not counted.
    Combining,
    Word,
    /// Joins two word characters (`'`, `’`, `-`), else separates.
    Joiner,
    Separator,
}

fn class(c: char) -> Class {
    match c {
        '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}' => Class::Combining,
        // The scripts the search analyzer splits into bigrams, for the same reason.
        c if analyzer::is_unspaced(c) => Class::Character,
        '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}' => Class::Joiner,
        c if analyzer::is_word_char(c) => Class::Word,
        _ => Class::Separator,
    }
}

/// The words of plain text (see the module docs for what a word is).
pub fn count_text(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match class(c) {
            Class::Character => {
                count += 1;
                in_word = false;
            }
            Class::Combining => {}
            Class::Word => {
                if !in_word {
                    count += 1;
                    in_word = true;
                }
            }
            Class::Joiner => {
                let next_is_word = chars.peek().is_some_and(|&n| class(n) == Class::Word);
                in_word = in_word && next_is_word;
            }
            Class::Separator => in_word = false,
        }
    }
    count
}

/// The words a reader sees in a Markdown body.
pub fn count_markdown(body: &str) -> usize {
    // The same extensions as `content::markdown`, so that a table or a `{#id}` reads the same.
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut text = String::new();
    for event in Parser::new_ext(body, options) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            // Inline formatting can sit inside a word (`**un**usual`); everything else ends one.
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. })
            | Event::End(
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link,
            ) => {}
            _ => text.push(' '),
        }
    }
    count_text(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaced_scripts_count_words() {
        assert_eq!(count_text("A stem cell is a cell."), 6);
        assert_eq!(count_text("Don't skip the follow-up - ask."), 5);
        assert_eq!(count_text("Стволовая клетка, 2025 год"), 4);
        assert_eq!(count_text("خلية جذعية"), 2);
        assert_eq!(count_text("Tế bào gốc"), 3);
    }

    #[test]
    fn unspaced_scripts_count_characters() {
        assert_eq!(count_text("幹細胞です"), 5);
        assert_eq!(count_text("干细胞"), 3);
        assert_eq!(count_text("줄기세포는 세포입니다"), 10);
        // เซลล์ is five code points with one mark on a consonant (ล์): four characters.
        assert_eq!(count_text("เซลล์"), 4);
        assert_eq!(count_text("iPS細胞"), 3);
    }

    #[test]
    fn markdown_counts_what_a_reader_sees() {
        let body = "## Ask first {#ask}\n\nRead [the **guide**](guide.md#x) and `code`.\n\n| a | b |\n|---|---|\n| one | two |\n";
        // Ask first / Read the guide and code / a b one two
        assert_eq!(count_markdown(body), 2 + 5 + 4);
        assert_eq!(count_markdown("**un**usual"), 1);
    }
}
