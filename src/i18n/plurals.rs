//! Plural coverage of interface messages: where a message selects on a number, its variants
//! must name every cardinal plural category CLDR defines for the language (Russian one, few,
//! many, other; Arabic's six). A missing one would not fail at run time, the default variant
//! would be shown instead, and readers would get "5 пункта" where Russian needs "5 пунктов".
//!
//! The categories come from ICU4X's data, current CLDR, rather than from the older CLDR rules
//! fluent-bundle selects with: where the two differ (Vietnamese has a `one` now), a variant
//! required here may not be chosen yet, but is in place when fluent-bundle catches up.

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement, Variant,
    VariantKey,
};
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

use crate::diagnostics::{Diagnostic, SourceText};

/// The cardinal plural categories of one language, in CLDR's order.
pub struct PluralCategories {
    lang: String,
    names: Vec<&'static str>,
}

impl PluralCategories {
    pub fn new(lang: &str) -> PluralCategories {
        let locale: Locale = lang.parse().unwrap_or(Locale::UNKNOWN);
        // A language CLDR has no rules for falls back to the root rules: `other` alone.
        let names = match PluralRules::try_new_cardinal(locale.into()) {
            Ok(rules) => rules.categories().map(name).collect(),
            Err(_) => vec!["other"],
        };
        PluralCategories {
            lang: lang.to_owned(),
            names,
        }
    }

    /// Reports every select on a number in `resource` whose variants miss a category.
    /// `src` is the text `resource` was parsed from, for positions.
    pub fn check(&self, src: &SourceText, resource: &FluentResource, diags: &mut Vec<Diagnostic>) {
        let mut walk = Walk {
            categories: self,
            source: resource.source(),
            src,
            diags,
            what: String::new(),
        };
        for entry in resource.entries() {
            let (kind, id, value, attributes) = match entry {
                Entry::Message(m) => ("message", m.id.name, m.value.as_ref(), &m.attributes),
                Entry::Term(t) => ("term", t.id.name, Some(&t.value), &t.attributes),
                _ => continue,
            };
            let prefix = if kind == "term" { "-" } else { "" };
            walk.what = format!("{kind} `{prefix}{id}`");
            if let Some(value) = value {
                walk.pattern(value);
            }
            for attribute in attributes {
                walk.what = format!("{kind} `{prefix}{id}.{}`", attribute.id.name);
                walk.pattern(&attribute.value);
            }
        }
    }

    /// The categories missing from `variants`, if they select on a plural category at all.
    fn missing(&self, variants: &[Variant<&str>]) -> Option<Vec<&'static str>> {
        let names: Vec<&str> = variants
            .iter()
            .filter_map(|v| match v.key {
                VariantKey::Identifier { name } => Some(name),
                VariantKey::NumberLiteral { .. } => None,
            })
            .collect();
        let is_category = |n: &str| PluralCategory::get_for_cldr_string(n).is_some();
        // A number key, or a category other than the default `other`, says the select is on
        // a count; so do keys that are all categories. Keys such as `low` / `high` (a tier
        // name) say it is on a string, and that is not checked.
        let numeric = variants
            .iter()
            .any(|v| matches!(v.key, VariantKey::NumberLiteral { .. }))
            || names.iter().any(|n| *n != "other" && is_category(n))
            || names.iter().all(|n| is_category(n));
        if !numeric {
            return None;
        }
        let missing: Vec<&'static str> = self
            .names
            .iter()
            .copied()
            .filter(|c| !names.contains(c))
            .collect();
        (!missing.is_empty()).then_some(missing)
    }

    fn message(&self, what: &str, selector: &str, missing: &[&str]) -> String {
        let quoted: Vec<String> = missing.iter().map(|c| format!("`{c}`")).collect();
        format!(
            "{what} selects on `{selector}` without every plural category: `{}` needs {}; {} {} missing",
            self.lang,
            self.names.join(", "),
            quoted.join(", "),
            if missing.len() == 1 { "is" } else { "are" },
        )
    }
}

fn name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// A walk through the patterns of one resource, down into nested selects and placeables.
struct Walk<'a> {
    categories: &'a PluralCategories,
    /// The resource's own text, which the AST's strings are slices of.
    source: &'a str,
    src: &'a SourceText,
    diags: &'a mut Vec<Diagnostic>,
    /// The message, term or attribute being walked, for the diagnostic.
    what: String,
}

impl Walk<'_> {
    fn pattern(&mut self, pattern: &Pattern<&str>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &Expression<&str>) {
        match expression {
            Expression::Select { selector, variants } => {
                if let Some((name, at)) = self.plural_selector(selector)
                    && let Some(missing) = self.categories.missing(variants)
                {
                    let message = self.categories.message(&self.what, &name, &missing);
                    let hint = missing
                        .iter()
                        .map(|c| format!("[{c}]"))
                        .collect::<Vec<_>>()
                        .join(" ");
                    self.diags.push(
                        self.src
                            .error(at, message)
                            .with_hint(format!("add the variants {hint}")),
                    );
                }
                self.inline(selector);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
            Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&str>) {
        match inline {
            InlineExpression::Placeable { expression } => self.expression(expression),
            InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => self.arguments(arguments),
            _ => {}
        }
    }

    fn arguments(&mut self, arguments: &CallArguments<&str>) {
        for a in &arguments.positional {
            self.inline(a);
        }
        for a in &arguments.named {
            self.inline(&a.value);
        }
    }

    /// The variable a select is on (`$count`, or `NUMBER($count)`) and the byte offset of the
    /// selector; `None` for a select on anything else, or on an ordinal (`type: "ordinal"`
    /// has categories of its own).
    fn plural_selector(&self, selector: &InlineExpression<&str>) -> Option<(String, usize)> {
        match selector {
            InlineExpression::VariableReference { id } => {
                // The offset of the `$` before the name.
                let at = self.offset(id.name)?.checked_sub(1)?;
                Some((format!("${}", id.name), at))
            }
            InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
                let ordinal = arguments.named.iter().any(|a| {
                    a.name.name == "type"
                        && matches!(a.value, InlineExpression::StringLiteral { value } if value == "ordinal")
                });
                match arguments.positional.first() {
                    Some(InlineExpression::VariableReference { id: var }) if !ordinal => {
                        Some((format!("NUMBER(${})", var.name), self.offset(id.name)?))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Where a string of the AST starts in the source: the parser hands out slices of it.
    fn offset(&self, part: &str) -> Option<usize> {
        let start = self.source.as_ptr() as usize;
        let at = (part.as_ptr() as usize).checked_sub(start)?;
        (at + part.len() <= self.source.len()).then_some(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(lang: &str, ftl: &str) -> Vec<String> {
        let src = SourceText::new("locales/x/site.ftl", ftl);
        let resource = FluentResource::try_new(src.text.clone()).expect("valid Fluent");
        let mut diags = Vec::new();
        PluralCategories::new(lang).check(&src, &resource, &mut diags);
        diags.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn categories_come_from_cldr() {
        assert_eq!(
            PluralCategories::new("ru").names,
            ["one", "few", "many", "other"]
        );
        assert_eq!(
            PluralCategories::new("ar").names,
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(PluralCategories::new("en").names, ["one", "other"]);
        assert_eq!(PluralCategories::new("mn").names, ["one", "other"]);
        // Current CLDR gives Vietnamese a `one` (for pronoun agreement: nó / chúng), which the
        // CLDR 37 rules inside fluent-bundle do not have yet.
        assert_eq!(PluralCategories::new("vi").names, ["one", "other"]);
        for lang in ["ko", "ja", "zh-Hans", "zh-Hant", "th"] {
            assert_eq!(PluralCategories::new(lang).names, ["other"], "{lang}");
        }
    }

    #[test]
    fn a_missing_category_is_an_error_at_the_select() {
        let ftl = "hello = Hi\nitems = { $count ->\n    [one] { $count } пункт\n    [many] { $count } пунктов\n   *[other] { $count } пункта\n}\n";
        let got = check("ru", ftl);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "locales/x/site.ftl:2:11: error: message `items` selects on `$count` without every plural category: `ru` needs one, few, many, other; `few` is missing"
            ),
            "{}",
            got[0]
        );
        assert!(got[0].contains("add the variants [few]"), "{}", got[0]);
    }

    #[test]
    fn every_category_present_passes() {
        let ru = "items = { $count ->\n [one] a\n [few] b\n [many] c\n *[other] d\n}\n";
        assert!(check("ru", ru).is_empty());
        // Extra categories and exact numbers are allowed; `other` alone covers Korean.
        let ko = "items = { $count ->\n [0] 없음\n [one] 하나\n *[other] 여럿\n}\n";
        assert!(check("ko", ko).is_empty());
    }

    #[test]
    fn attributes_terms_nested_and_number_selects_are_checked() {
        let ftl = "\
msg = text
    .title = { $n ->
        [one] one
       *[other] many
    }
-brand = { NUMBER($n) ->
   *[other] x
}
nested = { $a ->
   *[one] { $b ->
       *[other] y
    }
    [other] z
}
";
        let got = check("ar", ftl);
        let heads: Vec<&str> = got
            .iter()
            .map(|d| d.split(" without").next().unwrap())
            .collect();
        assert_eq!(
            heads,
            [
                "locales/x/site.ftl:2:16: error: message `msg.title` selects on `$n`",
                "locales/x/site.ftl:6:12: error: term `-brand` selects on `NUMBER($n)`",
                "locales/x/site.ftl:9:12: error: message `nested` selects on `$a`",
                "locales/x/site.ftl:10:13: error: message `nested` selects on `$b`",
            ]
        );
        assert!(
            got[0].contains("`zero`, `two`, `few`, `many` are missing"),
            "{}",
            got[0]
        );
    }

    #[test]
    fn selects_on_strings_and_ordinals_are_not_checked() {
        let ftl = "\
tier = { $tier ->
    [low] Low
    [medium] Medium
   *[high] High
}
place = { NUMBER($n, type: \"ordinal\") ->
    [one] st
   *[other] th
}
";
        assert!(check("ru", ftl).is_empty());
    }

    #[test]
    fn a_lone_default_on_a_count_is_checked_too() {
        let ftl = "items = { $count ->\n   *[other] { $count } пунктов\n}\n";
        let got = check("ru", ftl);
        assert_eq!(got.len(), 1);
        assert!(
            got[0].contains("`one`, `few`, `many` are missing"),
            "{}",
            got[0]
        );
    }
}
