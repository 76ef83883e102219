//! Time to build the relationship map (ties, layout and edge paths) natively, at every level,
//! for the shipped cast and for a generated cast ten times its size (each character copied
//! nine times, each copy tied as the original is). Run with `make bench` (or `cargo run
//! --release --example map_bench`); the in-browser render is `bench/map.mjs`.

use imperfects_wiki::model::{DataFile, Progress, SerdeJson, Wiki};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

const ROUNDS: usize = 200;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    let mut texts: HashMap<DataFile, String> = HashMap::new();
    for file in DataFile::ALL {
        match std::fs::read_to_string(dir.join(file.file_name())) {
            Ok(text) => texts.insert(file, text),
            Err(error) => {
                eprintln!("cannot read {}: {error}", file.file_name());
                std::process::exit(1);
            }
        };
    }
    for (label, copies) in [("shipped cast", 1), ("cast x10", 10)] {
        let mut texts = texts.clone();
        if let Some(characters) = texts.get(&DataFile::Characters).and_then(|t| serde_json::from_str(t).ok())
        {
            texts.insert(DataFile::Characters, larger_cast(characters, copies).to_string());
        }
        let wiki = match Wiki::from_texts(&SerdeJson, |file| texts.get(&file).map_or("", String::as_str)) {
            Ok(wiki) => wiki,
            Err(errors) => {
                eprintln!(
                    "the data does not load: {}",
                    errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
                );
                std::process::exit(1);
            }
        };
        let centre = wiki.characters().first().map(|c| c.slug.clone());
        for (what, centre) in [("uncentred", None), ("centred", centre.as_deref())] {
            let mut times = Vec::with_capacity(ROUNDS * Progress::all().count());
            for _ in 0..ROUNDS {
                for level in Progress::all() {
                    let start = Instant::now();
                    black_box(wiki.graph(black_box(level), centre).nodes.len());
                    times.push(start.elapsed().as_secs_f64() * 1e3);
                }
            }
            times.sort_by(f64::total_cmp);
            let mean = times.iter().sum::<f64>() / times.len() as f64;
            let graph = wiki.graph(Progress::FINISHED, centre);
            println!(
                "native, {label}, {what} ({} characters, {} edges when finished): {mean:.4} ms mean, {:.4} ms p95, {:.4} ms worst per level",
                graph.nodes.len(),
                graph.edges.len(),
                times[times.len() * 95 / 100],
                times[times.len() - 1],
            );
        }
    }
}

/// characters.json with each character copied `copies - 1` more times ("tilda-weber-2", …),
/// each copy's ties leading to the same copy of the others.
fn larger_cast(mut file: Value, copies: usize) -> Value {
    let originals = file["entries"].as_array().cloned().unwrap_or_default();
    let mut entries = originals.clone();
    for k in 2..=copies {
        for c in &originals {
            let mut copy = c.clone();
            let renamed = |v: &Value| json!(format!("{}-{k}", v.as_str().unwrap_or_default()));
            copy["slug"] = renamed(&c["slug"]);
            copy["name"] = json!(format!("{} {k}", c["name"].as_str().unwrap_or_default()));
            copy["aliases"] = json!([]);
            if let Some(ties) = copy["relationships"].as_array_mut() {
                for tie in ties {
                    tie["with"] = renamed(&tie["with"]);
                }
            }
            entries.push(copy);
        }
    }
    file["entries"] = Value::Array(entries);
    file
}
