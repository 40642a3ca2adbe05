//! Phone numbers as `tel:` targets: E.164, no spaces or dashes, so that a phone dials them
//! from abroad as well as in Korea.
//!
//! The export and contact files write numbers for people to read (`+82-2-6365-2240`,
//! `02-6365-2240`); a tel: link needs `+82263652240`. A domestic number
//! with its trunk `0` becomes `+82` without it, `00` becomes `+`, and a short service number
//! (`1339`, `1577-1234`), which has no international form, keeps its digits alone.

use std::collections::HashMap;

/// The `tel:` form of `number`.
pub fn normalize(number: &str) -> String {
    let plus = number.chars().find(|c| c.is_ascii_digit() || *c == '+') == Some('+');
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if plus {
        format!("+{digits}")
    } else if let Some(rest) = digits.strip_prefix("00") {
        format!("+{rest}")
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("+82{rest}")
    } else {
        digits
    }
}

/// The Tera filter `tel`: `{{ number | tel }}`.
pub fn filter(value: &tera::Value, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let number = value
        .as_str()
        .ok_or_else(|| tera::Error::msg("the tel filter takes a phone number as a string"))?;
    Ok(tera::Value::String(normalize(number)))
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn numbers_become_e164_without_separators() {
        assert_eq!(normalize("+82-2-6365-2240"), "+82263652240");
        assert_eq!(normalize("+82 51 000 0103"), "+82510000103");
        assert_eq!(normalize("02-6365-2240"), "+82263652240");
        assert_eq!(normalize("010 1234 5678"), "+821012345678");
        assert_eq!(normalize("0082-2-123-4567"), "+8221234567");
        assert_eq!(normalize("(+82) 2.123.4567"), "+8221234567");
    }

    #[test]
    fn service_numbers_keep_their_digits() {
        assert_eq!(normalize("1339"), "1339");
        assert_eq!(normalize("1577-1234"), "15771234");
    }
}
