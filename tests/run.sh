#!/usr/bin/env bash
# Runs every check CI runs: formatting, lints, the Rust tests (unit,
# integration on the real binary, snapshots, Graphviz render), and the load
# of the Neo4j exports into a real Cypher engine.
# Needs Graphviz and the Noto fonts (.ci/run installs them on Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --locked
cargo build --release --locked
bash tests/cypher/check_exports.sh target/release/actorgraph
