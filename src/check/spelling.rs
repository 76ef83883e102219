//! Names as unreliable sources spell them, per section 6 of the fact sheet, and the show's own
//! spelling, which the wiki uses.

use super::Problem;
use std::path::{Path, PathBuf};

/// (misspelling, correct form). A misspelling ending in `\b` must not be followed by a letter
/// (so "Webe" does not match "Weber").
const MISSPELLINGS: &[(&str, &str)] = &[
    ("Webber", "Weber"),
    ("Webe\\b", "Weber"),
    ("Godroy", "Godoy"),
    ("Inaki", "Iñaki"),
    ("Iaki\\b", "Iñaki"),
    ("Solkov", "Sarkov"),
    ("Zarkov", "Sarkov"),
    ("Sarvok", "Sarkov"),
    ("Fich\\b", "Finch"),
    ("Hanah", "Hannah"),
    ("Cambell", "Campbell"),
    ("Erickson", "Eriksen"),
    ("Ericksen", "Eriksen"),
    ("Sidney", "Sydney"),
    ("AGDT", "AGDS"),
    ("AGDC", "AGDS"),
    ("Acute Genetic Decay Program", "Acute Genetic Decay Syndrome"),
    ("Shultz", "Schultz"),
    ("eight-episode", "ten-episode"),
    ("8 October 2022", "8 September 2022"),
];

/// Every known misspelling in `text`: (byte offset, misspelling, correct form).
fn misspellings_in(text: &str) -> Vec<(usize, &'static str, &'static str)> {
    let mut found = Vec::new();
    for &(pattern, correct) in MISSPELLINGS {
        let (word, bounded) = match pattern.strip_suffix("\\b") {
            Some(word) => (word, true),
            None => (pattern, false),
        };
        for (at, _) in text.match_indices(word) {
            if !bounded || !text[at + word.len()..].starts_with(char::is_alphabetic) {
                found.push((at, word, correct));
            }
        }
    }
    found.sort_unstable();
    found
}

/// Every known misspelling in the text files under `dir`, at its line and column.
pub fn check_spelling(dir: &Path) -> Vec<Problem> {
    let mut files = Vec::new();
    files_under(dir, &mut files);
    files.sort();
    let mut problems = Vec::new();
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        for (at, wrong, right) in misspellings_in(&text) {
            let before = &text[..at];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
            let message = format!(
                "\"{wrong}\" is how some sources misspell it; write \"{right}\", the show's own spelling"
            );
            problems.push(Problem { file: file.clone(), line, column, message });
        }
    }
    problems
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::misspellings_in;

    #[test]
    fn finds_each_misspelling_with_its_correct_form() {
        let found = misspellings_in("Tilda Webber and Isabel Fich");
        assert_eq!(found, vec![(6, "Webber", "Weber"), (24, "Fich", "Finch")]);
        assert!(misspellings_in("Tilda Weber, Isabel Finch, Iñaki, Dr. Sydney Burke").is_empty());
    }
}
