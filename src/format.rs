//! Small formatting shared by several views.

const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

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

#[cfg(test)]
mod tests {
    use super::long_date;

    #[test]
    fn dates_read_as_words() {
        assert_eq!(long_date("2022-09-08"), "8 September 2022");
        assert_eq!(long_date("2022-13-08"), "2022-13-08");
        assert_eq!(long_date("soon"), "soon");
    }
}
