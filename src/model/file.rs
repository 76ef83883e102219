use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::error::Category;
use std::fmt;

/// The data files the wiki is built from, all under `data/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DataFile {
    Show,
    Sources,
    Characters,
    Creatures,
    Episodes,
    Glossary,
}

impl DataFile {
    pub const ALL: [DataFile; 6] = [
        DataFile::Show,
        DataFile::Sources,
        DataFile::Characters,
        DataFile::Creatures,
        DataFile::Episodes,
        DataFile::Glossary,
    ];

    pub fn file_name(self) -> &'static str {
        match self {
            DataFile::Show => "show.json",
            DataFile::Sources => "sources.json",
            DataFile::Characters => "characters.json",
            DataFile::Creatures => "creatures.json",
            DataFile::Episodes => "episodes.json",
            DataFile::Glossary => "glossary.json",
        }
    }
}

impl fmt::Display for DataFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.file_name())
    }
}

/// Something wrong with the content of one data file, named so that whoever edits the file can
/// find the place: the file, the entry (by its id) when there is one, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: DataFile,
    pub entry: Option<String>,
    /// The place in the file as a JSON Pointer ("/entries/3/title"), where the problem has one;
    /// `make check` turns it into a line and column.
    pub pointer: Option<String>,
    pub problem: String,
}

impl DataError {
    pub fn new(file: DataFile, entry: Option<String>, problem: impl Into<String>) -> Self {
        DataError { file, entry, pointer: None, problem: problem.into() }
    }

    pub fn at(self, pointer: String) -> Self {
        DataError { pointer: Some(pointer), ..self }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.entry {
            Some(entry) => write!(f, "{}, entry \"{entry}\": {}", self.file, self.problem),
            None => write!(f, "{}: {}", self.file, self.problem),
        }
    }
}

impl std::error::Error for DataError {}

/// The shape every list file shares: the schema an editor validates against, then the entries.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListFile<T> {
    #[serde(rename = "$schema")]
    _schema: Option<String>,
    entries: Vec<T>,
}

/// Reads a list file (`{"$schema": …, "entries": [...]}`).
pub fn parse_list<T: DeserializeOwned>(file: DataFile, text: &str) -> Result<Vec<T>, DataError> {
    parse_object::<ListFile<T>>(file, text).map(|list| list.entries)
}

/// Reads a data file into `T`, refusing empty strings, which would render as blank headings or
/// links on the page and are never what an editor meant.
pub fn parse_object<T: DeserializeOwned>(file: DataFile, text: &str) -> Result<T, DataError> {
    let parsed = serde_json::from_str(text).map_err(|error| {
        let problem = match error.classify() {
            Category::Eof => {
                format!("the file ends too early, as if it were cut off (line {})", error.line())
            }
            Category::Data => format!("the content does not fit the expected shape: {error}"),
            Category::Syntax | Category::Io => format!("this is not valid JSON: {error}"),
        };
        DataError::new(file, None, problem)
    })?;
    match first_blank_value(text) {
        Some(blank) => {
            Err(DataError::new(file, blank.entry, format!("{} is empty (line {})", blank.field, blank.line)))
        }
        None => Ok(parsed),
    }
}

/// Where a blank string value stands: its field, line and the id of the entry around it.
struct Blank {
    field: String,
    line: usize,
    entry: Option<String>,
}

/// Scans the JSON text for a string value that is empty or only white space. The text has
/// already parsed, so a simple walk over its string literals is enough; a literal followed by
/// a colon is a key. Entries are named by the last "slug", "key" or "number" seen before.
fn first_blank_value(text: &str) -> Option<Blank> {
    let bytes = text.as_bytes();
    let (mut at, mut line) = (0, 1);
    let (mut key, mut entry): (String, Option<String>) = (String::new(), None);
    while at < bytes.len() {
        match bytes[at] {
            b'\n' => line += 1,
            b'"' => {
                let start = at + 1;
                at = start;
                while at < bytes.len() && bytes[at] != b'"' {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                let literal = text.get(start..at).unwrap_or_default();
                let next = text.get(at + 1..).unwrap_or_default().trim_start();
                if next.starts_with(':') {
                    key = literal.to_owned();
                } else {
                    if ["slug", "key"].contains(&key.as_str()) {
                        entry = Some(literal.to_owned());
                    }
                    if literal.trim().is_empty() {
                        return Some(Blank { field: key, line, entry });
                    }
                }
            }
            b'0'..=b'9' if key == "number" => {
                let digits = text[at..].chars().take_while(char::is_ascii_digit).count();
                entry = Some(text[at..at + digits].to_owned());
                at += digits - 1;
            }
            _ => {}
        }
        at += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Named {
        #[allow(dead_code)]
        slug: String,
    }

    #[test]
    fn all_files_are_listed_in_declaration_order() {
        for (index, file) in DataFile::ALL.iter().enumerate() {
            assert_eq!(*file as usize, index, "{file}");
        }
    }

    #[test]
    fn a_cut_off_file_says_so() {
        let error = parse_list::<Named>(DataFile::Characters, r#"{"entries": [{"slug": "ti"#).unwrap_err();
        assert_eq!(error.file, DataFile::Characters);
        assert!(error.problem.contains("ends too early"), "{error}");
    }

    #[test]
    fn an_empty_string_names_the_entry_and_field() {
        let text = r#"{"entries": [{"slug": "a"}, {"slug": "b", "name": " "}]}"#;
        let error = parse_list::<Named>(DataFile::Characters, text).unwrap_err();
        assert_eq!(error.entry.as_deref(), Some("b"));
        assert!(error.to_string().contains("name is empty (line 1)"), "{error}");
    }

    #[test]
    fn escaped_quotes_and_keys_do_not_confuse_the_scan() {
        let text = "{\"entries\": [\n {\"slug\": \"a\\\"b\", \"name\": \"x\"},\n {\"slug\": \"c\", \"name\": \"\"}]}";
        let error = parse_list::<Named>(DataFile::Glossary, text).unwrap_err();
        assert_eq!(error.entry.as_deref(), Some("c"));
        assert!(error.problem.contains("line 3"), "{error}");
        assert!(parse_list::<Named>(DataFile::Glossary, r#"{"entries": [{"slug": "a\"b"}]}"#).is_ok());
        let episodes = "{\"entries\": [{\"number\": 10, \"slug\": \"x\", \"t\": \" \"}]}";
        let error = parse_list::<serde_json::Value>(DataFile::Episodes, episodes).unwrap_err();
        assert_eq!(error.entry.as_deref(), Some("x"));
        let episodes = "{\"entries\": [{\"number\": 10, \"t\": \" \"}]}";
        let error = parse_list::<serde_json::Value>(DataFile::Episodes, episodes).unwrap_err();
        assert_eq!(error.entry.as_deref(), Some("10"));
    }

    #[test]
    fn a_wrong_shape_is_reported() {
        let error = parse_list::<Named>(DataFile::Episodes, r#"{"entries": [{"slug": 3}]}"#).unwrap_err();
        assert!(error.to_string().starts_with("episodes.json: the content does not fit"));
    }
}
