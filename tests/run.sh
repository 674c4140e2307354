#!/usr/bin/env bash
# Runs every check CI runs: formatting, lints, the Rust tests (unit,
# integration on the real binary, snapshots, Graphviz render), and the load
# of the Neo4j exports into a real Cypher engine, a push over Bolt into a
# real Bolt server, and the HTML page in a headless browser.
# Needs Graphviz, the Noto fonts and Chromium (.ci/run installs them on
# Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --locked
cargo build --release --locked
bash tests/cypher/check_exports.sh target/release/actorgraph
bash tests/html/check_page.sh target/release/actorgraph
bash tests/bolt/push_check.sh target/release/actorgraph
bash tests/bolt/import_check.sh target/release/actorgraph
