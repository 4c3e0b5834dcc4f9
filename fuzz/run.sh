#!/usr/bin/env bash
# Fuzzes the extraction engine with cargo-fuzz for SECONDS seconds (default 600) and fails on any
# crash, overflow, leak or timeout. Usage: fuzz/run.sh [SECONDS]
#
# cargo-fuzz needs nightly-only compiler flags (-Zsanitizer=address). The project builds with the
# stable toolchain only, so RUSTC_BOOTSTRAP=1 lets stable rustc accept them; the AddressSanitizer
# runtime ships with the stable standard library. cargo-fuzz is installed if it is missing.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
cargo_fuzz_version=0.13.2

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz $cargo_fuzz_version"
  cargo install cargo-fuzz --locked --version "$cargo_fuzz_version"
fi

# Seeds: the extractor's own HTML fixtures (written for the tests), the invented news corpora, and
# a few tiny pages that reach the metadata and encoding paths. The corpus grows under fuzz/corpus/ (git-ignored).
mkdir -p corpus/extract
cp ../crates/extract/tests/fixtures/*.html corpus/extract/ 2>/dev/null || true
printf '\x00<html lang=en><head><title>T | Site</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"A"},"datePublished":"2024-01-02"}]}</script></head><body><article><h1>H</h1><p class=byline>By A</p><p>Text text text.</p></article></body></html>' > corpus/extract/seed-jsonld
# A story its HTML does not hold, stated in JSON-LD articleBody with markup (the structured rescue).
printf '\x00<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"<p>Story text, long enough to be read from the structured data. Story text, long enough to be read from the structured data. Story text, long enough to be read from the structured data. Story text, long enough to be read from the structured data. Story text, long enough to be read from the structured data. Story text, long enough to be read from the structured data. Story text, long enough to be read from the structured data. Story text, long enough to be read from the structured data. Story text, long enough to be read from the structured data. Story text, long enough to be read from the structured data. Story text, long enough to be read from the structured data. Story text, long enough to be read from the structured data. </p><script>x()</script><br>&amp;"}</script><meta name="script:ld+json" content="{}"></head><body><div id=root></div><p>Last Updated: June 2022</p></body></html>' > corpus/extract/seed-articlebody
# The repository's invented news corpora (every template, language, live blog, gallery, byline and
# expander shape the engine reads), each page behind a first byte that picks no content type.
for page in ../crates/eval/tests/corpora/*/html/*.html.gz; do
  corpus_name=$(basename "$(dirname "$(dirname "$page")")")
  { printf '\x00'; gzip -dc "$page"; } > "corpus/extract/own-$corpus_name-$(basename "$page" .html.gz)"
done
printf '\x02<meta charset="shift_jis"><p>\x82\xa0\x82\xa2</p>' > corpus/extract/seed-sjis
printf '\x01\xef\xbb\xbf<div><div><div><p>x</p></div></div></div>' > corpus/extract/seed-bom

export RUSTC_BOOTSTRAP=1
cargo fuzz build extract
# -rss_limit_mb and -timeout turn runaway memory or time on one input into failures; -max_len
# lets inputs grow to page size.
cargo fuzz run extract corpus/extract -- \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
  -dict=html.dict -print_final_stats=1
