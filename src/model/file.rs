use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::error::Category;
use std::fmt;

/// The data files the wiki is built from, all under `data/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DataFile {
    /// `show.json`: the series as a whole.
    Show,
    /// `sources.json`: every source cited.
    Sources,
    /// `characters.json`.
    Characters,
    /// `creatures.json`.
    Creatures,
    /// `episodes.json`.
    Episodes,
    /// `glossary.json`.
    Glossary,
}

impl DataFile {
    /// Every data file, in the order the app requests them.
    pub const ALL: [DataFile; 6] = [
        DataFile::Show,
        DataFile::Sources,
        DataFile::Characters,
        DataFile::Creatures,
        DataFile::Episodes,
        DataFile::Glossary,
    ];

    /// Its name under `data/`.
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
    /// The file the problem is in.
    pub file: DataFile,
    /// The id of the entry, where the problem is inside one.
    pub entry: Option<String>,
    /// The place in the file as a JSON Pointer ("/entries/3/title"), where the problem has one;
    /// `make check` turns it into a line and column.
    pub pointer: Option<String>,
    /// What is wrong, in words for whoever edits the file.
    pub problem: String,
}

impl DataError {
    /// A problem in `file`, inside `entry` where there is one.
    pub fn new(file: DataFile, entry: Option<String>, problem: impl Into<String>) -> Self {
        DataError { file, entry, pointer: None, problem: problem.into() }
    }

    /// The same problem, placed at `pointer` in the file.
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

/// Reads a data file into `T`. Empty strings and the rest of each file's shape are the JSON
/// Schemas' business (`make check`, natively), not the app's.
pub fn parse_object<T: DeserializeOwned>(file: DataFile, text: &str) -> Result<T, DataError> {
    serde_json::from_str(text).map_err(|error| {
        let problem = match error.classify() {
            Category::Eof => {
                format!("the file ends too early, as if it were cut off (line {})", error.line())
            }
            Category::Data => format!("the content does not fit the expected shape: {error}"),
            Category::Syntax | Category::Io => format!("this is not valid JSON: {error}"),
        };
        DataError::new(file, None, problem)
    })
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
    fn a_wrong_shape_is_reported() {
        let error = parse_list::<Named>(DataFile::Episodes, r#"{"entries": [{"slug": 3}]}"#).unwrap_err();
        assert!(error.to_string().starts_with("episodes.json: the content does not fit"));
    }
}
