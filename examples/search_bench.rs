//! Time per keystroke of the wiki's search, natively, on the shipped data and on an index 100
//! times its size. Run with `make bench` (or `cargo run --release --example search_bench`).

use imperfects_wiki::model::{Progress, Wiki};
use imperfects_wiki::search::SearchIndex;
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

/// Queries a fan might type, each measured keystroke by keystroke.
const QUERIES: &[&str] =
    &["tilda weber", "chupacabr", "s1e4", "one of us", "wellness program", "sarkov", "tilde", "xyzzy"];
const ROUNDS: usize = 200;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    let wiki = match Wiki::load_from_dir(&dir) {
        Ok(wiki) => wiki,
        Err(errors) => {
            eprintln!("the data does not load:\n{errors}");
            std::process::exit(1);
        }
    };
    let build_start = Instant::now();
    let index = SearchIndex::build(&wiki);
    let build = build_start.elapsed();
    println!("index build: {} documents in {:.3} ms", index.len(), build.as_secs_f64() * 1e3);
    for (label, index) in [("real data", index.clone()), ("data x100", index.repeated(100))] {
        let keystrokes: Vec<&str> =
            QUERIES.iter().flat_map(|q| q.char_indices().map(move |(i, c)| &q[..i + c.len_utf8()])).collect();
        let mut times = Vec::with_capacity(ROUNDS * keystrokes.len());
        for _ in 0..ROUNDS {
            for prefix in &keystrokes {
                let start = Instant::now();
                black_box(index.search(black_box(prefix), Progress::FINISHED.into()).count());
                times.push(start.elapsed().as_secs_f64() * 1e3);
            }
        }
        times.sort_by(f64::total_cmp);
        let mean = times.iter().sum::<f64>() / times.len() as f64;
        let p95 = times[times.len() * 95 / 100];
        println!(
            "native, {label} ({} documents): {:.4} ms mean, {:.4} ms p95 per keystroke over {} keystrokes",
            index.len(),
            mean,
            p95,
            times.len()
        );
    }
}
