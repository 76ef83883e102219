//! `make check`: every check of the data, natively and in seconds. Each file is valid JSON, has
//! the shape its JSON Schema (`data/schema/`) states, and holds together with the others (the
//! model's checks: references, reveal points, sources); and no text under `public/` uses a
//! known misspelling. Every problem names its file, line and column and what to do.

mod positions;
mod spelling;

use crate::model::{DataError, DataFile, SerdeJson, Wiki};
use jsonschema::error::ValidationErrorKind;
use positions::Positions;
use serde_json::Value;
use std::fmt;
use std::path::{Path, PathBuf};

pub use spelling::check_spelling;

/// One problem, at its place in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file the problem is in.
    pub file: PathBuf,
    /// Its line, from 1, as an editor counts.
    pub line: usize,
    /// Its column, from 1.
    pub column: usize,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file.display(), self.line, self.column, self.message)
    }
}

impl Problem {
    /// The problem as a GitHub Actions workflow command, which shows it as an annotation on the
    /// line in a pull request's changes.
    pub fn workflow_command(&self) -> String {
        let escape = |s: &str, property: bool| {
            let s = s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
            if property {
                s.replace(':', "%3A").replace(',', "%2C")
            } else {
                s
            }
        };
        format!(
            "::error file={},line={},col={}::{}",
            escape(&self.file.display().to_string(), true),
            self.line,
            self.column,
            escape(&self.message, false)
        )
    }
}

/// Reads and checks every data file in `dir` (`public/data`, or a built site's `data`), with
/// the schemas in `dir/schema`.
pub fn check_data(dir: &Path) -> Result<Wiki, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut texts = Vec::new();
    for file in DataFile::ALL {
        let path = dir.join(file.file_name());
        let at = |line, column, message: String| Problem { file: path.clone(), line, column, message };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => {
                problems.push(at(1, 1, format!("cannot read the file: {error}")));
                texts.push(String::new());
                continue;
            }
        };
        match serde_json::from_str::<Value>(&text) {
            Err(error) => problems.push(at(
                error.line().max(1),
                error.column().max(1),
                format!("this is not valid JSON ({error}); look for a missing comma, quote or bracket just before"),
            )),
            Ok(value) => problems.extend(check_shape(dir, file, &path, &text, &value)),
        }
        texts.push(text);
    }
    // The model's checks run even after a schema problem, as long as every file still reads, so
    // one round of fixes is enough; what the schema already said is not said twice.
    let shapeless: Vec<PathBuf> = problems.iter().map(|p| p.file.clone()).collect();
    match Wiki::from_texts(&SerdeJson, |file| texts[file as usize].as_str()) {
        Ok(wiki) if problems.is_empty() => Ok(wiki),
        Ok(_) => Err(problems),
        Err(errors) => {
            for error in errors {
                let problem = place(dir, &error, &Positions::of(&texts[error.file as usize]));
                let said = problems.iter().any(|p| p.file == problem.file && p.line == problem.line);
                if !said && (error.pointer.is_some() || !shapeless.contains(&problem.file)) {
                    problems.push(problem);
                }
            }
            Err(problems)
        }
    }
}

/// A problem the model found, at the place its pointer names.
fn place(dir: &Path, error: &DataError, positions: &Positions) -> Problem {
    let (line, column) = positions.find(error.pointer.as_deref().unwrap_or_default());
    let message = match &error.entry {
        Some(entry) => format!("entry \"{entry}\": {}", error.problem),
        None => error.problem.clone(),
    };
    Problem { file: dir.join(error.file.file_name()), line, column, message }
}

/// The schema's verdict on one file.
fn check_shape(dir: &Path, file: DataFile, path: &Path, text: &str, value: &Value) -> Vec<Problem> {
    let schema_name = file.file_name().replace(".json", ".schema.json");
    let schema_path = dir.join("schema").join(&schema_name);
    let schema = std::fs::read_to_string(&schema_path)
        .map_err(|e| e.to_string())
        .and_then(|text| serde_json::from_str::<Value>(&text).map_err(|e| e.to_string()))
        .and_then(|schema| jsonschema::validator_for(&schema).map_err(|e| e.to_string()));
    let validator = match schema {
        Ok(validator) => validator,
        Err(error) => {
            let message = format!("its schema cannot be used: {error}");
            return vec![Problem { file: schema_path, line: 1, column: 1, message }];
        }
    };
    let positions = Positions::of(text);
    let mut problems: Vec<Problem> = validator
        .iter_errors(value)
        .map(|error| {
            let pointer = error.instance_path().as_str().to_owned();
            let (pointer, mut message) = explain(&pointer, error.kind(), &error.to_string(), &schema_name);
            if let Some(entry) = entry_id(value, &pointer) {
                message = format!("entry \"{entry}\": {message}");
            }
            let (line, column) = positions.find(&pointer);
            Problem { file: path.to_owned(), line, column, message }
        })
        .collect();
    problems.sort_by_key(|p| (p.line, p.column));
    problems.dedup();
    problems
}

/// The id of the list entry a pointer is in ("/entries/3/..."), as the model's checks name it.
fn entry_id(value: &Value, pointer: &str) -> Option<String> {
    let index: usize = pointer.strip_prefix("/entries/")?.split('/').next()?.parse().ok()?;
    let entry = value.get("entries")?.get(index)?;
    let id = ["slug", "key", "number"].iter().find_map(|key| entry.get(key))?;
    Some(id.as_str().map_or_else(|| id.to_string(), str::to_owned))
}

/// What a schema error means for whoever edits the file, and where to point them: an
/// unexpected key is shown at the key itself.
fn explain(pointer: &str, kind: &ValidationErrorKind, said: &str, schema: &str) -> (String, String) {
    let field = pointer.rsplit('/').find(|part| part.parse::<usize>().is_err()).unwrap_or("the file");
    let message = match kind {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let key = unexpected.first().cloned().unwrap_or_default();
            let message = format!(
                "\"{key}\" is not a field here; check its spelling against the fields schema/{schema} allows"
            );
            return (format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1")), message);
        }
        ValidationErrorKind::Required { property } => {
            format!("{property} is missing here; add it (schema/{schema} says what it holds)")
        }
        ValidationErrorKind::MinLength { .. } | ValidationErrorKind::Pattern { .. }
            if said.contains("\\S") || said.contains("shorter than") =>
        {
            format!(
                "\"{field}\" is empty; write the text, or use null or leave the item out while it is not \
                 confirmed"
            )
        }
        ValidationErrorKind::Pattern { pattern } if pattern.starts_with("^[a-z0-9]") => {
            format!("{said}: a slug is lowercase words joined by hyphens, e.g. \"tilda-weber\"")
        }
        ValidationErrorKind::Pattern { pattern } if pattern.contains("[0-9]{4}") => {
            format!("{said}: write the date as year-month-day, e.g. \"2022-09-08\"")
        }
        ValidationErrorKind::MinItems { .. } if field == "sources" || pointer.contains("/cited_for/") => {
            "cites no source; give at least one key from sources.json".to_owned()
        }
        ValidationErrorKind::OneOfNotValid { .. } if field.contains("revealed") || field == "introduced" => {
            format!(
                "{said}: a reveal point is \"premise\" or the number of the episode that reveals it, 1 to 10"
            )
        }
        _ => format!("{said} (schema/{schema} says what \"{field}\" holds)"),
    };
    (pointer.to_owned(), message)
}

#[cfg(test)]
mod tests {
    use super::Problem;
    use std::path::PathBuf;

    #[test]
    fn a_workflow_command_escapes_what_github_reads_as_syntax() {
        let problem = Problem {
            file: PathBuf::from("public/data/a,b.json"),
            line: 3,
            column: 7,
            message: "50% done:\nnext".to_owned(),
        };
        assert_eq!(
            problem.workflow_command(),
            "::error file=public/data/a%2Cb.json,line=3,col=7::50%25 done:%0Anext"
        );
        assert_eq!(problem.to_string(), "public/data/a,b.json:3:7: 50% done:\nnext");
    }
}
