//! Reading the data files from disk, for native tools: tests, benchmarks and build steps.

use super::{DataFile, SerdeJson, Wiki};
use std::path::Path;

impl Wiki {
    /// Reads and checks every data file in `dir` (normally `public/data`). The error lists every
    /// problem, one per line, each naming its file.
    pub fn load_from_dir(dir: &Path) -> Result<Wiki, String> {
        let texts = DataFile::ALL
            .iter()
            .map(|file| {
                let path = dir.join(file.file_name());
                std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
            })
            .collect::<Result<Vec<String>, String>>()?;
        Wiki::from_texts(&SerdeJson, |file| texts[file as usize].as_str())
            .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    }
}
