//! The data's history, read from the repository's at build time: `git log` over the data
//! files, and each file's text at every commit that changed one and at its parent, which
//! `model::changes_in` turns into the entries' changes. A build without the history (a shallow
//! clone, a tarball, no git) gets none, and the caller says why once.

use crate::model::{changes_in, Commit, DataFile, History};
use std::path::Path;
use std::process::Command;

/// Where the data files are in the repository.
const DATA_DIR: &str = "public/data";

/// The history of the data in the repository at `root`, newest change first; an error says
/// why there is none to read.
pub fn read(root: &Path) -> Result<History, String> {
    if git(root, &["rev-parse", "--is-shallow-repository"])?.trim() != "false" {
        return Err(
            "the clone is shallow, so its history is incomplete (fetch it with fetch-depth: 0)".to_owned()
        );
    }
    // Merges are left out: each change is the commit that made it, not also every merge that
    // brought it in.
    let log = git(root, &["log", "--no-merges", "--format=%H%x1f%P%x1f%cI%x1f%s%x1e", "--", DATA_DIR])?;
    let text = |commit: Option<&str>, file: DataFile| {
        let object = format!("{}:{DATA_DIR}/{}", commit?, file.file_name());
        git(root, &["show", &object]).ok()
    };
    let mut changes = Vec::new();
    for record in log.split('\x1e').map(str::trim).filter(|record| !record.is_empty()) {
        let fields: Vec<&str> = record.split('\x1f').collect();
        let [id, parents, date, message] = fields[..] else {
            return Err(format!("git log wrote a line this build cannot read: {record}"));
        };
        let parent = parents.split_whitespace().next();
        let commit = Commit { id, date, message };
        changes.extend(changes_in(&commit, |file| text(parent, file), |file| text(Some(id), file)));
    }
    Ok(History { changes, feed: false })
}

/// What `git -C root ARGS` prints, or why it failed.
fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|error| format!("git could not be run: {error}"))?;
    if !output.status.success() {
        return Err(format!(
            "git {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    String::from_utf8(output.stdout)
        .map_err(|_| format!("git {} wrote something that is not UTF-8", args.join(" ")))
}
