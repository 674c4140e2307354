//! Parsing lexicon tables: TAB-separated files whose header line says what
//! they hold (see docs/lexicons.md).

use crate::error::Error;

/// What a table holds, decided by its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableKind {
    /// `id type name_en name_ar country` (`country` may be left off)
    Actors,
    /// `id lang form role from until`
    Names,
    /// `role lang form refers`
    Roles,
    /// `relation cameo plover quad symmetric description`
    Relations,
    /// `relation lang cue kind`
    Cues,
    /// `marker lang form`
    Markers,
}

impl TableKind {
    const ALL: [(TableKind, &'static [&'static str]); 6] = [
        (
            TableKind::Actors,
            &["id", "type", "name_en", "name_ar", "country"],
        ),
        (
            TableKind::Names,
            &["id", "lang", "form", "role", "from", "until"],
        ),
        (TableKind::Roles, &["role", "lang", "form", "refers"]),
        (
            TableKind::Relations,
            &[
                "relation",
                "cameo",
                "plover",
                "quad",
                "symmetric",
                "description",
            ],
        ),
        (TableKind::Cues, &["relation", "lang", "cue", "kind"]),
        (TableKind::Markers, &["marker", "lang", "form"]),
    ];

    /// How many trailing columns a header may leave off: tables written
    /// before a column was added stay valid.
    fn optional(self) -> usize {
        match self {
            TableKind::Actors => 1,
            _ => 0,
        }
    }

    /// The column names of this kind of table.
    pub fn columns(self) -> &'static [&'static str] {
        TableKind::ALL
            .iter()
            .find(|(k, _)| *k == self)
            .map(|(_, c)| *c)
            .unwrap_or(&[])
    }
}

/// One data row: its 1-based line number and its cells (always as many as
/// the header has columns; missing trailing cells are empty).
#[derive(Debug)]
pub struct Row<'a> {
    pub line: usize,
    pub cells: Vec<&'a str>,
}

/// A parsed table.
#[derive(Debug)]
pub struct Table<'a> {
    pub source: String,
    pub kind: TableKind,
    pub rows: Vec<Row<'a>>,
}

impl<'a> Table<'a> {
    /// Parses `text`, read from `source` (a path or `<embedded>/...`).
    pub fn parse(source: &str, text: &'a str) -> Result<Table<'a>, Error> {
        let mut kind = None;
        let mut rows = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
                continue;
            }
            // Cells split at tab bytes: a tab never occurs inside a UTF-8
            // sequence, and `split('\t')`'s searcher cost a fourteenth of
            // start-up (docs/performance.md, ninth round).
            let mut cells: Vec<&str> = Vec::with_capacity(8);
            let mut from = 0;
            for (i, _) in raw.bytes().enumerate().filter(|&(_, b)| b == b'\t') {
                cells.push(raw[from..i].trim());
                from = i + 1;
            }
            cells.push(raw[from..].trim());
            let Some(kind) = kind else {
                let found = TableKind::ALL.iter().find(|(k, cols)| {
                    cells.len() <= cols.len()
                        && cells.len() + k.optional() >= cols.len()
                        && cells == cols[..cells.len()]
                });
                match found {
                    Some((k, _)) => kind = Some(*k),
                    None => {
                        return Err(Error::lexicon(
                            source,
                            line,
                            format!(
                                "unknown table header {:?}; expected one of: {}",
                                raw,
                                TableKind::ALL
                                    .iter()
                                    .map(|(_, c)| c.join("<TAB>"))
                                    .collect::<Vec<_>>()
                                    .join(" | ")
                            ),
                        ))
                    }
                }
                continue;
            };
            let width = kind.columns().len();
            if cells.len() > width {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("{} cells, but the header has {width}", cells.len()),
                ));
            }
            cells.resize(width, "");
            rows.push(Row { line, cells });
        }
        let kind = kind.ok_or_else(|| {
            Error::lexicon(
                source,
                1,
                "no header line: the file holds no table".to_string(),
            )
        })?;
        Ok(Table {
            source: source.to_string(),
            kind,
            rows,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_tables_may_leave_off_the_country_column() {
        for header in [
            "id\ttype\tname_en\tname_ar",
            "id\ttype\tname_en\tname_ar\tcountry",
        ] {
            let text = format!("{header}\nHAMAS\tgroup\tHamas\tحماس\n");
            let t = Table::parse("a.tsv", &text).unwrap();
            assert_eq!(t.kind, TableKind::Actors);
            assert_eq!(t.rows[0].cells.len(), 5, "rows pad to the full header");
        }
        let short = Table::parse("a.tsv", "id\ttype\tname_en\nX\tgroup\tX\n");
        assert!(short.is_err(), "only the optional column may be left off");
    }

    #[test]
    fn header_decides_kind_and_rows_pad() {
        let t = Table::parse(
            "t.tsv",
            "# comment\nmarker\tlang\tform\n\nnegation\ten\tnot\nplanned\ten\n",
        )
        .unwrap();
        assert_eq!(t.kind, TableKind::Markers);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].cells, vec!["planned", "en", ""]);
        assert_eq!(t.rows[1].line, 5);
    }

    #[test]
    fn bad_header_and_wide_rows_name_the_line() {
        let e = Table::parse("x.tsv", "id\tname\n").unwrap_err().to_string();
        assert!(e.starts_with("x.tsv:1:"), "{e}");
        let e = Table::parse("y.tsv", "marker\tlang\tform\nnegation\ten\tnot\textra\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("y.tsv:2:"), "{e}");
    }
}
