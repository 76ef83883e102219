//! `make check` (`check [PUBLIC_DIR]`): every check of the data under PUBLIC_DIR (`public`) in
//! seconds, with no browser and no wasm build. Each problem is printed as
//! `file:line:column: what is wrong and what to do`; in GitHub Actions also as a workflow
//! command, so a pull request shows it on the changed line.

use imperfects_wiki::check::{check_data, check_spelling};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let started = Instant::now();
    let public = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "public".to_owned()));
    let mut problems = check_data(&public.join("data")).err().unwrap_or_default();
    problems.extend(check_spelling(&public));
    let annotate = std::env::var_os("GITHUB_ACTIONS").is_some();
    for problem in &problems {
        eprintln!("{problem}");
        if annotate {
            println!("{}", problem.workflow_command());
        }
    }
    let took = started.elapsed().as_millis();
    if problems.is_empty() {
        println!("check: the data under {} is sound ({took} ms)", public.display());
        ExitCode::SUCCESS
    } else {
        eprintln!("check: {} problem(s) under {} ({took} ms)", problems.len(), public.display());
        ExitCode::FAILURE
    }
}
