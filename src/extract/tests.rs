//! Extractor table tests, per language: (name, text, expected triples).
