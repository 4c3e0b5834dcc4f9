//! Runs an evaluation from the command line while `crawlctl eval` is not at hand:
//! `cargo run -p crawl-eval --release --example eval -- CORPUS_DIR [--predictions OUT.json]
//! [--threads N] [--limit N] [--low N]`.

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut opts = crawl_eval::EvalOptions {
        corpus_dir: PathBuf::new(),
        predictions: None,
        threads: 0,
        limit: None,
    };
    let mut show_low = 0usize;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--predictions" => opts.predictions = args.next().map(PathBuf::from),
            "--threads" => opts.threads = args.next().and_then(|v| v.parse().ok()).unwrap_or(0),
            "--limit" => opts.limit = args.next().and_then(|v| v.parse().ok()),
            "--low" => show_low = args.next().and_then(|v| v.parse().ok()).unwrap_or(0),
            _ => opts.corpus_dir = PathBuf::from(a),
        }
    }
    match crawl_eval::run(&opts) {
        Ok(report) => {
            println!("{report}");
            for (id, f1) in report.low_pages.iter().take(show_low) {
                println!("  low {id} {f1:.3}");
            }
        }
        Err(e) => {
            eprintln!("eval failed: {e}");
            std::process::exit(1);
        }
    }
}
