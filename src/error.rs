//! The library's error type. Every variant that comes from input names the
//! file (and line, where there is one), so that the binary can print it as
//! one line.

use std::path::PathBuf;

/// An error from reading input, lexicons or stores, or from writing exports.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A lexicon table is malformed.
    #[error("{source_name}:{line}: {message}")]
    Lexicon {
        source_name: String,
        line: usize,
        message: String,
    },
    /// An input record is malformed (bad JSON, missing field, bad UTF-8...).
    #[error("{}:{line}: {message}", path.display())]
    Input {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// A store file is damaged, of an unknown format, or of a newer version.
    #[error("{}: {message}", path.display())]
    Store { path: PathBuf, message: String },
    /// A command-line argument is invalid.
    #[error("{0}")]
    Usage(String),
    /// Graphviz could not render a diagram, or a database could not be
    /// reached or written.
    #[error("{0}")]
    Render(String),
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn lexicon(source_name: &str, line: usize, message: String) -> Error {
        Error::Lexicon {
            source_name: source_name.to_string(),
            line,
            message,
        }
    }

    pub(crate) fn input(
        path: impl Into<PathBuf>,
        line: usize,
        message: impl Into<String>,
    ) -> Error {
        Error::Input {
            path: path.into(),
            line,
            message: message.into(),
        }
    }

    pub(crate) fn store(path: impl Into<PathBuf>, message: impl Into<String>) -> Error {
        Error::Store {
            path: path.into(),
            message: message.into(),
        }
    }

    /// Whether this error is a closed pipe on output (the reader went away),
    /// which a command-line tool should treat as a quiet success.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// A `Result` with this crate's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
