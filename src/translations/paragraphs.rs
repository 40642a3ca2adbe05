//! Which paragraphs of a source page changed between two revisions: both bodies split into
//! blank-line separated blocks, matched with a Myers diff, and the differences located by line
//! in the current source file.

use similar::{Algorithm, DiffOp, capture_diff_slices, get_diff_ratio};

use super::words;

/// How a paragraph differs from the translated revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Removed,
    Changed,
}

/// One paragraph that differs, located in the current source file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ParagraphChange {
    pub change: Change,
    /// First line of the paragraph in the current source file (1-based). For a removed
    /// paragraph: the line it stood before (one past the last line when it ended the page).
    pub line: usize,
    /// Last line of the paragraph; equal to `line` for a removed paragraph.
    pub end_line: usize,
    /// The paragraph's first characters (the old text for a removed paragraph).
    pub excerpt: String,
    /// Words of the current paragraph (0 for a removed one).
    pub words: usize,
}

/// A blank-line separated block of a body.
#[derive(Debug, PartialEq, Eq)]
struct Block {
    /// 0-based lines in the body, inclusive.
    first: usize,
    last: usize,
    /// The lines without trailing spaces, so that invisible edits do not count as changes.
    text: String,
}

fn blocks(body: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut open = false;
    for (i, line) in body.lines().enumerate() {
        let line = line.trim_end();
        if line.trim_start().is_empty() {
            open = false;
            continue;
        }
        match out.last_mut() {
            Some(block) if open => {
                block.last = i;
                block.text.push('\n');
                block.text.push_str(line);
            }
            _ => {
                out.push(Block {
                    first: i,
                    last: i,
                    text: line.to_owned(),
                });
                open = true;
            }
        }
    }
    out
}

/// The first characters of a paragraph on one line, for a person to recognize it by.
fn excerpt(text: &str) -> String {
    const CHARS: usize = 60;
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= CHARS {
        return flat;
    }
    let mut cut: String = flat.chars().take(CHARS).collect();
    // End on a whole word where words are spaced; unspaced scripts are cut anywhere.
    let mid_word = !cut.ends_with(' ') && flat.chars().nth(CHARS).is_some_and(|c| c != ' ');
    if let Some(space) = cut.rfind(' ').filter(|_| mid_word) {
        cut.truncate(space);
    }
    format!("{}…", cut.trim_end())
}

/// The paragraphs of `new` that differ from `old`, in the order of the current file.
/// `first_line` is the file line of the body's first line (the line after the front matter).
pub fn diff(old: &str, new: &str, first_line: usize) -> Vec<ParagraphChange> {
    let old = blocks(old);
    let new = blocks(new);
    let old_text: Vec<&str> = old.iter().map(|b| b.text.as_str()).collect();
    let new_text: Vec<&str> = new.iter().map(|b| b.text.as_str()).collect();
    let body_lines = new.last().map_or(0, |b| b.last + 1);
    // Where a removed paragraph stood: before the current paragraph at `index`, or at the end.
    let before = |index: usize| first_line + new.get(index).map_or(body_lines, |b| b.first);
    let present = |change: Change, b: &Block| ParagraphChange {
        change,
        line: first_line + b.first,
        end_line: first_line + b.last,
        excerpt: excerpt(&b.text),
        words: words::count_markdown(&b.text),
    };
    let removed = |b: &Block, at: usize| ParagraphChange {
        change: Change::Removed,
        line: at,
        end_line: at,
        excerpt: excerpt(&b.text),
        words: 0,
    };

    let mut out = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &old_text, &new_text) {
        match op {
            DiffOp::Equal { .. } => {}
            DiffOp::Insert {
                new_index, new_len, ..
            } => out.extend(
                new[new_index..new_index + new_len]
                    .iter()
                    .map(|b| present(Change::Added, b)),
            ),
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => out.extend(
                old[old_index..old_index + old_len]
                    .iter()
                    .map(|b| removed(b, before(new_index))),
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                // A new paragraph is an edit of the next old one that still reads much like
                // it; old paragraphs passed over were removed, new ones matched by none added.
                let mut next_old = old_index;
                for (j, b) in new.iter().enumerate().skip(new_index).take(new_len) {
                    let edited =
                        (next_old..old_index + old_len).find(|&i| alike(&old[i].text, &b.text));
                    match edited {
                        Some(i) => {
                            out.extend(old[next_old..i].iter().map(|o| removed(o, before(j))));
                            out.push(present(Change::Changed, b));
                            next_old = i + 1;
                        }
                        None => out.push(present(Change::Added, b)),
                    }
                }
                out.extend(
                    old[next_old..old_index + old_len]
                        .iter()
                        .map(|o| removed(o, before(new_index + new_len))),
                );
            }
        }
    }
    // A removed paragraph stands before the line it is reported at, so it sorts first there.
    out.sort_by_key(|c| (c.line, c.change != Change::Removed));
    out
}

/// Whether two paragraphs share at least half of their words, in order: then the new one is
/// an edit of the old one rather than a different paragraph.
fn alike(old: &str, new: &str) -> bool {
    let old: Vec<&str> = old.split_whitespace().collect();
    let new: Vec<&str> = new.split_whitespace().collect();
    let ops = capture_diff_slices(Algorithm::Myers, &old, &new);
    get_diff_ratio(&ops, old.len(), new.len()) >= 0.5
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(changes: &[ParagraphChange]) -> Vec<(Change, usize, usize, &str)> {
        changes
            .iter()
            .map(|c| (c.change, c.line, c.end_line, c.excerpt.as_str()))
            .collect()
    }

    #[test]
    fn blocks_are_separated_by_blank_lines() {
        let b = blocks("\nOne\ntwo  \n \t\nThree\n");
        assert_eq!(
            b,
            vec![
                Block {
                    first: 1,
                    last: 2,
                    text: "One\ntwo".into()
                },
                Block {
                    first: 4,
                    last: 4,
                    text: "Three".into()
                },
            ]
        );
    }

    #[test]
    fn unchanged_bodies_have_no_changes() {
        assert!(diff("A\n\nB\n", "A  \n\nB\n", 5).is_empty());
    }

    #[test]
    fn added_removed_and_changed_paragraphs_are_located_in_the_new_file() {
        let old = "Keep one.\n\nEdit this paragraph today.\n\nDrop me.\n\nKeep two.\n";
        let new = "Keep one.\n\nEdit this paragraph tomorrow.\n\nKeep two.\n\nNew at the end\nover two lines.\n";
        // The body starts on line 4 of the file.
        assert_eq!(
            summary(&diff(old, new, 4)),
            vec![
                (Change::Changed, 6, 6, "Edit this paragraph tomorrow."),
                (Change::Removed, 8, 8, "Drop me."),
                (Change::Added, 10, 11, "New at the end over two lines."),
            ]
        );
    }

    #[test]
    fn a_different_paragraph_in_place_of_another_is_added_not_changed() {
        let old = "Intro.\n\n## What to bring\n\n| a | b |\n\nEnd.\n";
        let new = "Intro.\n\nKeep a copy of every document.\n\nEnd.\n";
        assert_eq!(
            summary(&diff(old, new, 1)),
            vec![
                (Change::Added, 3, 3, "Keep a copy of every document."),
                (Change::Removed, 5, 5, "## What to bring"),
                (Change::Removed, 5, 5, "| a | b |"),
            ]
        );
    }

    #[test]
    fn a_removed_last_paragraph_stands_after_the_end() {
        let changes = diff("A\n\nB\n", "A\n", 1);
        assert_eq!(summary(&changes), vec![(Change::Removed, 2, 2, "B")]);
    }

    #[test]
    fn long_paragraphs_are_cut_for_the_excerpt() {
        let long = "word ".repeat(30);
        let e = excerpt(&long);
        assert!(e.ends_with('…'));
        assert_eq!(e.chars().count(), 60);
        let e = excerpt(&"words ".repeat(30));
        assert!(e.ends_with("words…"), "{e}");
        assert_eq!(excerpt(&"幹細胞".repeat(30)).chars().count(), 61);
    }

    #[test]
    fn changed_paragraphs_count_their_words() {
        let changes = diff("Old text.\n", "New [linked](a.md) text here.\n", 1);
        assert_eq!(changes[0].words, 4);
    }
}
