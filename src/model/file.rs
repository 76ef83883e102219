use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::fmt;

/// The data files the wiki is built from, all under `data/`. The history names them by their
/// name without ".json".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(rename_all = "lowercase")]
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

/// What reads JSON text into the model's types: natively serde_json ([`SerdeJson`]); in the
/// browser its own `JSON.parse` with serde over the result (see `load`), which keeps a JSON
/// parser out of the app's wasm.
pub trait Json {
    /// Reads `text` as a `T`, or says why it cannot.
    fn read<T: DeserializeOwned>(&self, text: &str) -> Result<T, JsonError>;
}

/// Why a text could not be read, in the reader's own words.
#[derive(Debug)]
pub enum JsonError {
    /// Not valid JSON.
    Syntax(String),
    /// Valid JSON, but not the shape the wiki expects.
    Shape(String),
}

/// serde_json, for the native tools (tests, the prerenderer, data checks).
#[cfg(not(target_arch = "wasm32"))]
pub struct SerdeJson;

#[cfg(not(target_arch = "wasm32"))]
impl Json for SerdeJson {
    fn read<T: DeserializeOwned>(&self, text: &str) -> Result<T, JsonError> {
        serde_json::from_str(text).map_err(|error| match error.classify() {
            serde_json::error::Category::Data => JsonError::Shape(error.to_string()),
            _ => JsonError::Syntax(error.to_string()),
        })
    }
}

/// Reads a list file (`{"$schema": …, "entries": [...]}`).
pub fn parse_list<T: DeserializeOwned>(
    json: &impl Json,
    file: DataFile,
    text: &str,
) -> Result<Vec<T>, DataError> {
    parse_object::<ListFile<T>>(json, file, text).map(|list| list.entries)
}

/// Reads a data file into `T`. Empty strings and the rest of each file's shape are the JSON
/// Schemas' business (`make check`, natively), not the app's.
pub fn parse_object<T: DeserializeOwned>(
    json: &impl Json,
    file: DataFile,
    text: &str,
) -> Result<T, DataError> {
    json.read(text).map_err(|error| {
        let problem = match error {
            JsonError::Shape(why) => format!("the content does not fit the expected shape: {why}"),
            JsonError::Syntax(_) if cut_off(text) => format!(
                "the file ends too early, as if it were cut off (line {})",
                text.matches('\n').count() + 1
            ),
            JsonError::Syntax(why) => format!("this is not valid JSON: {why}"),
        };
        DataError::new(file, None, problem)
    })
}

/// Whether a text that is not valid JSON ends before its value does: within a string, with a
/// bracket still open, or with no value at all. One rule for both readers, as their messages
/// differ (and the browser's from one browser to the next).
fn cut_off(text: &str) -> bool {
    let (mut open, mut in_string, mut escaped) = (Vec::new(), false, false);
    for byte in text.bytes() {
        match byte {
            _ if escaped => escaped = false,
            b'\\' if in_string => escaped = true,
            b'"' => in_string = !in_string,
            _ if in_string => {}
            b'{' | b'[' => open.push(byte),
            // A bracket closed that was never opened is a mistake, not a missing end.
            b'}' | b']' if open.pop() != Some(if byte == b'}' { b'{' } else { b'[' }) => return false,
            _ => {}
        }
    }
    in_string || !open.is_empty() || text.trim().is_empty()
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
        let error = parse_list::<Named>(&SerdeJson, DataFile::Characters, r#"{"entries": [{"slug": "ti"#)
            .unwrap_err();
        assert_eq!(error.file, DataFile::Characters);
        assert!(error.problem.contains("ends too early"), "{error}");
    }

    #[test]
    fn a_file_is_cut_off_only_where_its_value_is_still_open() {
        for text in [
            "",
            "{\"entries\": [",
            "{\"entries\": [{\"slug\": \"a\\\"",
            "{\"entries\": [{\"slug\": \"a\"},\n",
        ] {
            let error = parse_list::<Named>(&SerdeJson, DataFile::Sources, text).unwrap_err();
            assert!(error.problem.contains("ends too early"), "{text}: {error}");
        }
        for text in
            ["{\"entries\": [}", "{\"entries\": []]", "{\"entries\" []}", "{\"entries\": [{\"slug\": \"]\"}}"]
        {
            let error = parse_list::<Named>(&SerdeJson, DataFile::Sources, text).unwrap_err();
            assert!(error.problem.starts_with("this is not valid JSON"), "{text}: {error}");
        }
        let error = parse_list::<Named>(&SerdeJson, DataFile::Sources, "{\n\"entries\": [\n").unwrap_err();
        assert!(error.problem.ends_with("(line 3)"), "{error}");
    }

    #[test]
    fn a_wrong_shape_is_reported() {
        let error =
            parse_list::<Named>(&SerdeJson, DataFile::Episodes, r#"{"entries": [{"slug": 3}]}"#).unwrap_err();
        assert!(error.to_string().starts_with("episodes.json: the content does not fit"));
    }
}
