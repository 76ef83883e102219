//! Small formatting shared by several views.

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Lowercase, for a name inside a sentence ("the banshee"). Char by char, as search already
/// lowercases: `str::to_lowercase` brings its own copy of the work (about 1 KB of compressed wasm).
pub fn lowercase(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
}

/// "2022-09-08" as "8 September 2022"; anything else is shown as it is written.
pub fn long_date(iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    let parsed = (|| {
        let year = parts.next()?;
        let month: usize = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        Some(format!("{day} {} {year}", MONTHS.get(month.checked_sub(1)?)?))
    })();
    parsed.unwrap_or_else(|| iso.to_owned())
}

/// A whole number with its thousands grouped, as the sources write them: "24,070,000".
pub fn grouped(number: u64) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A number in millions, to two places without trailing zeros: 24,070,000 as "24.07",
/// 27,100,000 as "27.1".
pub fn millions(number: u64) -> String {
    let hundredths = (number + 5_000) / 10_000;
    let text = format!("{}.{:02}", hundredths / 100, hundredths % 100);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Percent-encodes text for a URL query value, byte by byte, leaving only unreserved
/// characters as they are.
pub fn encode_query_value(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Text as markup: as an element's text or a double-quoted attribute's value.
pub fn markup_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::{encode_query_value, grouped, long_date, markup_text, millions};

    #[test]
    fn numbers_read_as_the_sources_write_them() {
        assert_eq!(grouped(24_070_000), "24,070,000");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(millions(24_070_000), "24.07");
        assert_eq!(millions(27_100_000), "27.1");
        assert_eq!(millions(13_000_000), "13");
        assert_eq!(millions(12_765_000), "12.77");
    }

    #[test]
    fn markup_text_cannot_open_a_tag_or_close_an_attribute() {
        assert_eq!(markup_text(r#"<b title="x">&"#), "&lt;b title=&quot;x&quot;>&amp;");
    }

    #[test]
    fn dates_read_as_words() {
        assert_eq!(long_date("2022-09-08"), "8 September 2022");
        assert_eq!(long_date("2022-13-08"), "2022-13-08");
        assert_eq!(long_date("soon"), "soon");
    }

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(encode_query_value("Iñaki G&o"), "I%C3%B1aki%20G%26o");
        assert_eq!(encode_query_value("s1e4"), "s1e4");
    }
}
