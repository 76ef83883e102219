//! Fetches the data files over HTTP and hands their text to the model.

use crate::model::{DataError, DataFile, History, Json, JsonError, Wiki};
use crate::names;
use gloo_net::http::Request;
use serde::de::DeserializeOwned;

pub mod engine;
mod js_value;
use std::fmt;
use std::sync::Arc;

/// Why the wiki's data could not be loaded, in words a reader can act on.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The server answered, but not with the file.
    Http {
        /// The file asked for.
        file: DataFile,
        /// The HTTP status the server answered with.
        status: u16,
        /// The status's words, as the server sent them.
        status_text: String,
    },
    /// No answer at all, or the connection broke off mid-way.
    Network {
        /// The file asked for.
        file: DataFile,
    },
    /// The file arrived but its content is broken.
    Data(Vec<DataError>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Http { file, status: 404, .. } => {
                write!(f, "The data file {file} is missing from the server (404 Not Found).")
            }
            LoadError::Http { file, status, status_text } => write!(
                f,
                "The server could not send the data file {file}: it answered {status} {status_text}."
            ),
            LoadError::Network { file } => write!(
                f,
                "The data file {file} did not arrive: the connection failed or was cut off. \
                 Check that you are online."
            ),
            LoadError::Data(errors) => {
                write!(f, "A data file is damaged, so the wiki cannot show it safely:")?;
                errors.iter().try_for_each(|error| write!(f, "\n• {error}"))
            }
        }
    }
}

/// Fetches every data file at once and builds the checked wiki from them.
pub async fn load_wiki() -> Result<Arc<Wiki>, LoadError> {
    // A fixed join of one kind of future rather than `join_all`, whose general machinery costs
    // wasm size. The pattern has one name per file in `DataFile::ALL`, so a new file does not
    // compile until it is here.
    let [a, b, c, d, e, f] = DataFile::ALL.map(|file| fetch_text(file.file_name()));
    let (a, b, c, d, e, f, history) = futures::join!(a, b, c, d, e, f, fetch_text(names::HISTORY_FILE));
    let mut texts = Vec::with_capacity(DataFile::ALL.len());
    for (file, text) in DataFile::ALL.into_iter().zip([a, b, c, d, e, f]) {
        texts.push(text.map_err(|failed| failed.of(file))?);
    }
    // The data's history, which the build writes; without it (a build that had none, a failed
    // request) pages say nothing of when they changed, as the prerendered copy of such a build.
    let history: History = history.ok().and_then(|text| BrowserJson.read(&text).ok()).unwrap_or_default();
    Wiki::from_texts(&BrowserJson, |file| texts.get(file as usize).map_or("", String::as_str))
        .map(|wiki| Arc::new(wiki.with_history(history)))
        .map_err(LoadError::Data)
}

/// Why a file did not arrive.
enum Failed {
    /// No answer, or the connection broke off mid-way.
    Network,
    /// The server answered, but not with the file: its status and the status's words.
    Http(u16, String),
}

impl Failed {
    fn of(self, file: DataFile) -> LoadError {
        match self {
            Failed::Network => LoadError::Network { file },
            Failed::Http(status, status_text) => LoadError::Http { file, status, status_text },
        }
    }
}

/// The text of the data file `name`. The URL is relative so that it resolves against the
/// document's base, which is the site root or the sub-path the wiki is deployed under.
async fn fetch_text(name: &str) -> Result<String, Failed> {
    let response = Request::get(&format!("data/{name}")).send().await.map_err(|_| Failed::Network)?;
    if !response.ok() {
        return Err(Failed::Http(response.status(), response.status_text()));
    }
    response.text().await.map_err(|_| Failed::Network)
}

/// The browser's own `JSON.parse`, and serde over the value it gives (`js_value`): no JSON
/// parser in the wasm. The same types read the same files natively with serde_json.
struct BrowserJson;

impl Json for BrowserJson {
    fn read<T: DeserializeOwned>(&self, text: &str) -> Result<T, JsonError> {
        let value = js_sys::JSON::parse(text)
            .map_err(|error| JsonError::Syntax(js_sys::Error::from(error).message().into()))?;
        js_value::from_value(value).map_err(|error| JsonError::Shape(error.to_string()))
    }
}
