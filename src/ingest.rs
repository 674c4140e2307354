//! Reading articles: `.txt` files (one article each; the id is the file
//! stem without a `.ar`/`.en` tag, and a stem ending in `YYYY-MM-DD` dates
//! the article), `.jsonl` files (one article a line), folders of them
//! (recursively) and JSONL on stdin.
//!
//! Reading is streaming: [`Reader`] yields one [`Document`] at a time, so a
//! run over a gigabyte of JSONL holds one line at a time. A malformed record
//! is an [`Error::Input`] naming the file and line; the reader goes on with
//! the next record, and the caller decides whether to skip or stop.

use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::Error;

/// The longest JSONL line or text file accepted (16 MiB, far beyond any
/// news article): longer records are refused with an error rather than
/// exhausting memory, and the reader goes on with the next line.
pub const MAX_RECORD_BYTES: usize = 16 << 20;

/// One article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Its id: the `id` field, or a text file's stem.
    pub id: String,
    /// The article text.
    pub text: String,
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD` (checked).
    pub date: Option<String>,
    /// The declared language code, as given (`ar`, `en`, `fr`...).
    pub lang: Option<String>,
    pub url: Option<String>,
    /// Where it came from, for messages: `path` or `path:line`.
    pub origin: String,
    /// Problems that did not stop the article from being read (a date that
    /// is not a date), as one-line messages with the origin.
    pub warnings: Vec<String>,
}

/// Where input comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A `.txt` or `.jsonl` file.
    File(PathBuf),
    /// JSONL on standard input.
    Stdin,
}

/// Expands command-line inputs into sources: folders recursively (sorted,
/// following symlinks but never the same folder twice), `-` as stdin. A
/// missing path is an error; files in folders that are neither `.txt` nor
/// `.jsonl` are passed over.
pub fn sources(inputs: &[PathBuf]) -> Result<Vec<Source>, Error> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|e| Error::io(input, e))?;
        if meta.is_dir() {
            walk(input, &mut seen, &mut out)?;
        } else {
            out.push(Source::File(input.clone()));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, seen: &mut HashSet<PathBuf>, out: &mut Vec<Source>) -> Result<(), Error> {
    let canonical = dir.canonicalize().map_err(|e| Error::io(dir, e))?;
    if !seen.insert(canonical) {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .map(|e| e.map(|e| e.path()).map_err(|err| Error::io(dir, err)))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        let Ok(meta) = std::fs::metadata(&path) else {
            // A dangling symlink: nothing to read.
            continue;
        };
        if meta.is_dir() {
            walk(&path, seen, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "jsonl")
        ) {
            out.push(Source::File(path));
        }
    }
    Ok(())
}

/// The total size in bytes of the file sources (for progress bars).
pub fn total_bytes(sources: &[Source]) -> u64 {
    sources
        .iter()
        .filter_map(|s| match s {
            Source::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
            Source::Stdin => None,
        })
        .sum()
}

/// A JSONL record as written by users. Unknown fields are ignored.
#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
    title: Option<String>,
    date: Option<String>,
    lang: Option<String>,
    url: Option<String>,
}

/// Streams documents from sources, in order.
pub struct Reader {
    queue: VecDeque<Source>,
    current: Option<(String, Box<dyn BufRead + Send>, usize)>,
    bytes: u64,
    buf: Vec<u8>,
}

impl Reader {
    pub fn new(sources: Vec<Source>) -> Reader {
        Reader {
            queue: sources.into(),
            current: None,
            bytes: 0,
            buf: Vec::new(),
        }
    }

    /// Bytes read so far from all sources.
    pub fn bytes_read(&self) -> u64 {
        self.bytes
    }

    fn open(&mut self, source: Source) -> Option<Result<Document, Error>> {
        match source {
            Source::Stdin => {
                self.current = Some((
                    "<stdin>".to_string(),
                    Box::new(BufReader::new(std::io::stdin())),
                    0,
                ));
                None
            }
            Source::File(path) if path.extension().and_then(|e| e.to_str()) == Some("jsonl") => {
                match File::open(&path) {
                    Ok(f) => {
                        self.current = Some((
                            path.display().to_string(),
                            Box::new(BufReader::with_capacity(1 << 16, f)),
                            0,
                        ));
                        None
                    }
                    Err(e) => Some(Err(Error::io(&path, e))),
                }
            }
            Source::File(path) => Some(self.read_text_file(&path)),
        }
    }

    fn read_text_file(&mut self, path: &Path) -> Result<Document, Error> {
        let mut bytes = Vec::new();
        File::open(path)
            .and_then(|f| f.take(MAX_RECORD_BYTES as u64 + 1).read_to_end(&mut bytes))
            .map_err(|e| Error::io(path, e))?;
        self.bytes += bytes.len() as u64;
        if bytes.len() > MAX_RECORD_BYTES {
            return Err(Error::input(
                path,
                1,
                format!("file is larger than {} MiB", MAX_RECORD_BYTES >> 20),
            ));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            let line = e.as_bytes()[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            Error::input(path, line, "not valid UTF-8")
        })?;
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let id = id
            .strip_suffix(".en")
            .or_else(|| id.strip_suffix(".ar"))
            .map(str::to_string)
            .unwrap_or(id);
        check_text(&text).map_err(|m| Error::input(path, 1, m))?;
        // A stem ending in a date ("readout-2021-03-24") dates the article.
        let date = id
            .len()
            .checked_sub(10)
            .and_then(|i| id.get(i..))
            .filter(|d| valid_date(d))
            .map(str::to_string);
        Ok(Document {
            id,
            text,
            title: None,
            date,
            lang: None,
            url: None,
            origin: path.display().to_string(),
            warnings: Vec::new(),
        })
    }

    fn next_line(&mut self) -> Option<Result<Document, Error>> {
        let (name, reader, line) = self.current.as_mut()?;
        loop {
            self.buf.clear();
            *line += 1;
            let n = match read_line_limited(reader, &mut self.buf) {
                Ok(n) => n,
                Err(e) => {
                    let err = Error::io(name.as_str(), e);
                    self.current = None;
                    return Some(Err(err));
                }
            };
            if n == 0 {
                self.current = None;
                return None;
            }
            self.bytes += n as u64;
            if self.buf.len() > MAX_RECORD_BYTES {
                return Some(Err(Error::input(
                    name.as_str(),
                    *line,
                    format!("line is longer than {} MiB", MAX_RECORD_BYTES >> 20),
                )));
            }
            let raw = trim_ascii(&self.buf);
            if raw.is_empty() {
                continue;
            }
            return Some(parse_record(name, *line, raw));
        }
    }
}

impl Iterator for Reader {
    type Item = Result<Document, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.current.is_some() {
                if let Some(item) = self.next_line() {
                    return Some(item);
                }
                continue;
            }
            let source = self.queue.pop_front()?;
            if let Some(item) = self.open(source) {
                return Some(item);
            }
        }
    }
}

/// Reads one line, but keeps at most `MAX_RECORD_BYTES + 1` bytes of it
/// (the rest is consumed and dropped). Returns the bytes consumed.
fn read_line_limited(reader: &mut dyn BufRead, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut total = 0;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(total);
        }
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let room = (MAX_RECORD_BYTES + 1).saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..take.min(room)]);
        reader.consume(take);
        total += take;
        if done {
            return Ok(total);
        }
    }
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &b[start..end]
}

fn parse_record(name: &str, line: usize, raw: &[u8]) -> Result<Document, Error> {
    let err = |m: String| Error::input(name, line, m);
    // Every byte of the input is checked here once: the vectorized check
    // costs a tenth of the standard one, which was 3% of extraction
    // (docs/performance.md). Only an invalid line is checked again, for
    // where it goes wrong.
    let text = match simdutf8::basic::from_utf8(raw) {
        Ok(text) => text,
        Err(_) => {
            let at = std::str::from_utf8(raw).map_or_else(|e| e.valid_up_to(), str::len);
            return Err(err(format!("not valid UTF-8 (at byte {at} of the line)")));
        }
    };
    let rec: Record =
        serde_json::from_str(text).map_err(|e| err(format!("not a JSON object: {e}")))?;
    let id = match rec.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => {
            return Err(err(
                "`id` must be a non-empty string or a number".to_string()
            ))
        }
        None => return Err(err("missing `id`".to_string())),
    };
    let text = match rec.text {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return Err(err(format!("`text` of {id:?} must be a string"))),
        None => return Err(err(format!("missing `text` in {id:?}"))),
    };
    check_text(&text).map_err(|m| err(format!("{m} in {id:?}")))?;
    let origin = format!("{name}:{line}");
    let mut warnings = Vec::new();
    let date = match rec.date {
        Some(d) if d.trim().is_empty() => None,
        Some(d) if valid_date(d.trim()) => Some(d.trim().to_string()),
        Some(d) => {
            warnings.push(format!(
                "{origin}: date {d:?} of {id:?} is not a YYYY-MM-DD date; ignored"
            ));
            None
        }
        None => None,
    };
    let lang = rec.lang.filter(|l| !l.trim().is_empty());
    Ok(Document {
        id,
        text,
        title: rec.title,
        date,
        lang,
        url: rec.url,
        origin,
        warnings,
    })
}

/// Refuses text that cannot be an article: empty, or containing NUL bytes
/// (binary data read as text).
fn check_text(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err("empty article".to_string());
    }
    if text.contains('\0') {
        return Err("article contains a NUL byte (binary data?)".to_string());
    }
    Ok(())
}

/// Whether `s` is a real calendar date written `YYYY-MM-DD`.
pub fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| {
        s.get(r)
            .filter(|p| p.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Document, String> {
        parse_record("in.jsonl", 7, line.as_bytes()).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_fields_and_checks_dates() {
        let d = parse(
            r#"{"id":"a1","text":"Hello","date":"2020-02-29","lang":"en","title":"T","extra":1}"#,
        )
        .unwrap();
        assert_eq!(
            (
                d.id.as_str(),
                d.date.as_deref(),
                d.lang.as_deref(),
                d.origin.as_str()
            ),
            ("a1", Some("2020-02-29"), Some("en"), "in.jsonl:7")
        );
        let d = parse(r#"{"id":5,"text":"Hello","date":"2021-02-29"}"#).unwrap();
        assert_eq!((d.id.as_str(), d.date), ("5", None));
        assert!(
            d.warnings[0].starts_with("in.jsonl:7: date"),
            "{:?}",
            d.warnings
        );
    }

    #[test]
    fn malformed_records_name_file_and_line() {
        for (line, want) in [
            ("{not json", "not a JSON object"),
            (r#"{"text":"x"}"#, "missing `id`"),
            (r#"{"id":"a"}"#, "missing `text`"),
            (r#"{"id":"a","text":"  "}"#, "empty article"),
            (r#"{"id":"a","text":"x\u0000y"}"#, "NUL byte"),
            (r#"{"id":[1],"text":"x"}"#, "`id` must be"),
            ("[1,2]", "not a JSON object"),
        ] {
            let e = parse(line).unwrap_err();
            assert!(
                e.starts_with("in.jsonl:7: ") && e.contains(want),
                "{line} -> {e}"
            );
        }
        let e = parse_record("in.jsonl", 3, b"{\"id\":\"a\",\"text\":\"\xff\"}")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("in.jsonl:3: not valid UTF-8"), "{e}");
    }

    #[test]
    fn dates() {
        assert!(valid_date("2024-02-29") && valid_date("2000-02-29") && valid_date("1999-12-31"));
        assert!(
            !valid_date("1900-02-29")
                && !valid_date("2020-13-01")
                && !valid_date("2020-1-01")
                && !valid_date("yesterday")
        );
    }
}
