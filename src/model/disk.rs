//! Reading the data files from disk, for native tools: tests, benchmarks and build steps.

use super::Wiki;
use std::path::Path;

impl Wiki {
    /// Reads and checks every data file in `dir` (normally `public/data`) as `make check` does.
    /// The error lists every problem, one per line, each at its file, line and column.
    pub fn load_from_dir(dir: &Path) -> Result<Wiki, String> {
        crate::check::check_data(dir)
            .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    }
}
