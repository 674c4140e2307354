//! Integration tests: they run the real `actorgraph` binary.

mod cli;
mod reliability;
mod util;
