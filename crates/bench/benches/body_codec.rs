//! What the page-job body codec costs: packing and unpacking every page of a corpus with the
//! codec the fetcher writes (LZ4) and with the gzip the extractor still reads.
//!
//! ```sh
//! cargo bench -p crawl-bench --bench body_codec [-- CORPUS_DIR]   # default ../shared/corpus/wcxb-dev
//! ```

use crawl_bench::site::load_corpus;
use crawl_core::jobs::{compress_body_as, decompress_body, BodyCodec, BODY_CODEC};
use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/wcxb-dev")
        });
    let mut pages = Vec::new();
    for p in load_corpus(&dir)? {
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(&p.gz[..]).read_to_end(&mut html)?;
        pages.push(html);
    }
    let raw: usize = pages.iter().map(Vec::len).sum();
    println!(
        "{} pages, {:.1} MB from {}",
        pages.len(),
        raw as f64 / 1e6,
        dir.display()
    );
    let limit = pages.iter().map(Vec::len).max().unwrap_or(0);
    for codec in [BodyCodec::Lz4, BodyCodec::Gzip] {
        let name = match codec {
            BodyCodec::Lz4 => "lz4",
            BodyCodec::Gzip => "gzip fast",
        };
        let written = if codec == BODY_CODEC {
            " (written)"
        } else {
            ""
        };
        let name = format!("{name}{written}");
        let t = Instant::now();
        let packed: Vec<Vec<u8>> = pages.iter().map(|p| compress_body_as(codec, p)).collect();
        let pack_time = t.elapsed();
        let t = Instant::now();
        for (p, original) in packed.iter().zip(&pages) {
            let back = decompress_body(codec, p, limit)?;
            assert_eq!(back.len(), original.len());
        }
        let unpack_time = t.elapsed();
        let size: usize = packed.iter().map(Vec::len).sum();
        println!(
            "{name:<14} pack {:.2} ms/page  unpack {:.2} ms/page  ratio {:.2}",
            per_page(pack_time, pages.len()),
            per_page(unpack_time, pages.len()),
            raw as f64 / size.max(1) as f64
        );
    }
    Ok(())
}

fn per_page(d: Duration, n: usize) -> f64 {
    d.as_secs_f64() * 1e3 / n.max(1) as f64
}
