//! An event's own date, read from the words around its cue.
//!
//! News dates most events by the article ("أمس", "on Tuesday") and some
//! explicitly, and it recalls old ones as background: "وفي عام 1956 ...
//! العدوان الثلاثي على مصر" in a 2015 article is the Suez war. An edge
//! dated by its article puts that war in 2015, where a timeline or a date
//! window cannot tell it from news. So the date of a triple is the one its
//! part of the sentence gives it, when it gives one, at the precision it
//! gives (`1956`, `2013-07`, `2015-03-26`), and the article's otherwise.
//!
//! The words are a table (`lexicons/dates.tsv`): month names of both
//! Arabic series, days of the week, days counted from the article's
//! ("yesterday", أمس), units counted by "last", "next" or "this" (العام
//! الماضي), words that make a bare year a date ("in 1985", في 2012) and
//! words whose date bounds the event instead of dating it ("since 2011",
//! منذ). The expression nearest the cue wins; a date that contradicts the
//! mood (a done event after the article, a planned one before it) is
//! ignored.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use foldhash::fast::FixedState;
use jiff::civil::{Date, Weekday};

use super::mentions::words_between;
use super::Mood;
use crate::text::{is_word_char, Lang, Normalized};

const SOURCE: &str = include_str!("../../lexicons/dates.tsv");

/// The earliest and latest years read as years ("1916 قتيلا" is a count).
const YEARS: Range<u32> = 1900..2100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Year,
    Month,
    /// A week has no date of its own here; "next week" still says an
    /// event is to come.
    Week,
    /// يوم before a day of the week.
    Day,
}

/// What a word of the table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    Month(i8),
    Weekday(i8),
    Day(i8),
    Unit(Unit),
    Past,
    Next,
    This,
    Lead,
    Bound,
}

/// The table: each language's forms (Arabic, English), each with what it
/// is and whether it begins a two-word form ("كانون الثاني"), so that a
/// text word costs one lookup.
struct Table {
    // foldhash: a text word is looked up once or more per token of every
    // event's part; SipHash made that a third of the cost of dating.
    words: [HashMap<String, Entry, FixedState>; 2],
}

#[derive(Clone, Copy, Debug, Default)]
struct Entry {
    word: Option<Word>,
    begins_pair: bool,
}

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Ar => 0,
        Lang::En => 1,
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| parse(SOURCE).expect("the embedded dates table parses (tested)"))
}

/// Parses the table: `kind  lang  form  value`, `#` comments.
fn parse(src: &str) -> Result<Table, String> {
    let mut t = Table {
        words: Default::default(),
    };
    for (n, line) in src.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') || line.starts_with("kind\t") {
            continue;
        }
        let bad = |why: &str| format!("lexicons/dates.tsv:{}: {why}: {line:?}", n + 1);
        let f: Vec<&str> = line.split('\t').collect();
        let [kind, lang, form, value] = f[..] else {
            return Err(bad("expected 4 tab-separated fields"));
        };
        let lang = Lang::from_code(lang).ok_or_else(|| bad("unknown language"))?;
        let num = || {
            value
                .parse::<i8>()
                .map_err(|_| bad("value is not a number"))
        };
        let word = match kind {
            "month" => Word::Month(num()?),
            "weekday" => Word::Weekday(num()?),
            "day" => Word::Day(num()?),
            "unit" => Word::Unit(match value {
                "year" => Unit::Year,
                "month" => Unit::Month,
                "week" => Unit::Week,
                "day" => Unit::Day,
                _ => return Err(bad("unit is year, month, week or day")),
            }),
            "past" => Word::Past,
            "next" => Word::Next,
            "this" => Word::This,
            "lead" => Word::Lead,
            "bound" => Word::Bound,
            _ => return Err(bad("unknown kind")),
        };
        match word {
            Word::Month(m) if !(1..=12).contains(&m) => return Err(bad("month out of range")),
            Word::Weekday(d) if !(1..=7).contains(&d) => return Err(bad("weekday out of range")),
            _ => {}
        }
        let form = Normalized::new(form).text;
        let words = &mut t.words[slot(lang)];
        if let Some((first, _)) = form.split_once(' ') {
            words.entry(first.to_string()).or_default().begins_pair = true;
        }
        words.entry(form).or_default().word = Some(word);
    }
    Ok(t)
}

/// A word of the text: letters or digits.
#[derive(Clone, Copy, Debug)]
struct Token<'t> {
    text: &'t str,
    span: (usize, usize),
    /// Its value, for a number.
    num: Option<u32>,
    /// What it is in the table.
    word: Option<Word>,
    /// How many text words the table form covers (2 for "كانون الثاني").
    width: usize,
}

/// Cuts `text` into runs of letters and runs of ASCII digits ("يوليو2013"
/// is two words), at offset `base`.
fn words(text: &str, base: usize) -> Vec<Token<'_>> {
    // The runs first, as (start, end): a run continues while its kind does.
    // (Word characters by `is_word_char`, which decides ASCII and the
    // Arabic block by table: this runs over every event's part.)
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<(usize, bool)> = None;
    for (i, c) in text.char_indices() {
        let kind = if c.is_ascii_digit() {
            Some(true)
        } else if is_word_char(c) {
            Some(false)
        } else {
            None
        };
        match (open, kind) {
            (Some((_, digits)), Some(k)) if k == digits => continue,
            (Some((s, _)), _) => {
                runs.push((s, i));
                open = kind.map(|k| (i, k));
            }
            (None, _) => open = kind.map(|k| (i, k)),
        }
    }
    if let Some((s, _)) = open {
        runs.push((s, text.len()));
    }
    runs.into_iter()
        .map(|(s, e)| {
            let w = &text[s..e];
            let digits = w.as_bytes()[0].is_ascii_digit();
            Token {
                text: w,
                span: (base + s, base + e),
                num: if digits && w.len() <= 4 {
                    w.parse().ok()
                } else {
                    None
                },
                word: None,
                width: 1,
            }
        })
        .collect()
}

/// Whether normalized `word` names a time in the dates table: a month or
/// the first word of one ("كانون"), a day of the week, a day counted from
/// the article's (أمس، اليوم), a calendar unit, or a word of last, next or
/// this. (Lead and bound words are prepositions, not times.) The extractor
/// asks it for the words of time around a verb.
pub(super) fn calendar_word(lang: Lang, word: &str) -> bool {
    table().words[slot(lang)].get(word).is_some_and(|e| {
        e.begins_pair
            || e.word
                .is_some_and(|w| !matches!(w, Word::Lead | Word::Bound))
    })
}

/// What a text word is in the table: itself, or without a conjunction
/// (و ف), a preposition (ب ل) or both, or with ل+ال read as ال ("للعام",
/// "وبالأمس"), tried in that order; and how many words its form covers.
fn lookup(lang: Lang, tokens: &[Token<'_>], i: usize) -> Option<(Word, usize)> {
    let words = &table().words[slot(lang)];
    let find = |form: &str| -> Option<(Word, usize)> {
        let entry = words.get(form)?;
        if entry.begins_pair {
            if let Some(next) = tokens.get(i + 1) {
                let pair = words.get(&format!("{form} {}", next.text));
                if let Some(w) = pair.and_then(|e| e.word) {
                    return Some((w, 2));
                }
            }
        }
        entry.word.map(|w| (w, 1))
    };
    let w = tokens[i].text;
    if let Some(found) = find(w) {
        return Some(found);
    }
    if lang != Lang::Ar {
        return None;
    }
    let rest = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    if rest.len() < w.len() {
        if let Some(found) = find(rest).filter(|_| rest.chars().nth(1).is_some()) {
            return Some(found);
        }
    }
    if let Some(r) = rest.strip_prefix("لل") {
        if let Some(found) = find(&format!("ال{r}")) {
            return Some(found);
        }
    }
    let bare = rest.strip_prefix(['ب', 'ل'])?;
    find(bare).filter(|_| bare.chars().nth(1).is_some())
}

/// Looks every token up, two-word forms first.
fn classify(lang: Lang, tokens: &mut [Token<'_>]) {
    for i in 0..tokens.len() {
        // Numbers are not in the table; nor is a word of one letter.
        if tokens[i].num.is_some() || tokens[i].text.len() < 2 {
            continue;
        }
        if let Some((w, width)) = lookup(lang, tokens, i) {
            tokens[i].word = Some(w);
            tokens[i].width = width;
        }
    }
}

/// Which way a day of the week or a month counts from the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rel {
    /// As the mood says: back for a done event, ahead for a planned one.
    Mood,
    Past,
    Next,
}

/// A date expression of the text, before it is resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum When {
    /// Days from the article's.
    Day(i8),
    Weekday(Weekday, Rel),
    Month {
        month: i8,
        day: Option<i8>,
        year: Option<i16>,
        /// A year counted from the article's ("July this year", "17 يوليو
        /// العام الماضي").
        year_off: Option<i8>,
        rel: Rel,
    },
    /// A unit counted from the article's ("last year": -1).
    Relative(Unit, i8),
    Year(i16),
}

/// A found expression and the text it covers.
struct Expr {
    span: (usize, usize),
    when: When,
}

fn is(tokens: &[Token<'_>], i: usize, w: Word) -> bool {
    tokens.get(i).is_some_and(|t| t.word == Some(w))
}

fn year_at(tokens: &[Token<'_>], i: usize) -> Option<i16> {
    let t = tokens.get(i)?;
    // "the 1980s" is a decade.
    let decade = tokens
        .get(i + 1)
        .is_some_and(|n| n.span.0 == t.span.1 && n.text == "s");
    t.num
        .filter(|n| YEARS.contains(n) && t.text.len() == 4 && !decade)
        .map(|n| n as i16)
}

fn day_at(tokens: &[Token<'_>], i: usize) -> Option<i8> {
    tokens
        .get(i)?
        .num
        .filter(|n| (1..=31).contains(n))
        .map(|n| n as i8)
}

fn rel_of(tokens: &[Token<'_>], i: usize) -> Option<Rel> {
    match tokens.get(i)?.word {
        Some(Word::Past) => Some(Rel::Past),
        Some(Word::Next) => Some(Rel::Next),
        _ => None,
    }
}

/// Every date expression among `tokens`, in order.
fn expressions(lang: Lang, tokens: &[Token<'_>]) -> Vec<Expr> {
    let ar = lang == Lang::Ar;
    let mut out: Vec<Expr> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = expression_at(ar, tokens, i);
        match found {
            Some((range, when)) => {
                let span = (tokens[range.start].span.0, tokens[range.end - 1].span.1);
                // "since 2011", "منذ عام 2011", "until next year": the date
                // bounds the event, it does not date it.
                let bounded = range.start > 0 && is(tokens, range.start - 1, Word::Bound);
                i = range.end;
                if !bounded {
                    out.push(Expr { span, when });
                }
            }
            None => i += 1,
        }
    }
    out
}

/// The expression that starts at token `i`, if one does.
fn expression_at(ar: bool, tokens: &[Token<'_>], i: usize) -> Option<(Range<usize>, When)> {
    let t = tokens.get(i)?;
    let lead = |k: usize| is(tokens, k, Word::Lead);
    match t.word {
        Some(Word::Lead) => {
            // "in 1985", "early 1985", "في 2012", "خلال عام 2003",
            // "in March", "مطلع الشهر الماضي".
            let (r, when) = expression_at(ar, tokens, i + 1)
                .or_else(|| year_at(tokens, i + 1).map(|y| (i + 1..i + 2, When::Year(y))))?;
            Some((i..r.end, when))
        }
        Some(Word::Unit(Unit::Year)) => {
            if let Some(y) = year_at(tokens, i + 1) {
                // "عام 1956", "the year 2003"
                return Some((i..i + 2, When::Year(y)));
            }
            // "العام الماضي", "العام الحالي"
            let off = match tokens.get(i + 1).and_then(|n| n.word) {
                Some(Word::Past) if ar => -1,
                Some(Word::Next) if ar => 1,
                Some(Word::This) if ar => 0,
                _ => return None,
            };
            Some((i..i + 2, When::Relative(Unit::Year, off)))
        }
        Some(Word::Unit(u @ (Unit::Month | Unit::Week))) if ar => {
            // "الشهر الماضي", "الأسبوع المقبل"; "شهر مارس" is the month.
            match tokens.get(i + 1).and_then(|n| n.word) {
                Some(Word::Past) => Some((i..i + 2, When::Relative(u, -1))),
                Some(Word::Next) => Some((i..i + 2, When::Relative(u, 1))),
                Some(Word::This) => Some((i..i + 2, When::Relative(u, 0))),
                Some(Word::Month(_)) if u == Unit::Week => None,
                Some(Word::Month(_)) => {
                    let (r, when) = expression_at(ar, tokens, i + 1)
                        .or_else(|| month_at(ar, tokens, i + 1, true))?;
                    Some((i..r.end, when))
                }
                _ => None,
            }
        }
        Some(Word::Unit(Unit::Day)) if ar => {
            // "يوم الاثنين"
            match tokens.get(i + 1).and_then(|n| n.word) {
                Some(Word::Weekday(_)) => {
                    let (r, when) = weekday_at(ar, tokens, i + 1, true)?;
                    Some((i..r.end, when))
                }
                _ => None,
            }
        }
        Some(Word::Past | Word::Next | Word::This) if !ar => {
            // "last year", "next month", "this year", "last Tuesday",
            // "last March".
            let rel = rel_of(tokens, i).unwrap_or(Rel::Mood);
            let off = match t.word {
                Some(Word::Past) => -1,
                Some(Word::Next) => 1,
                _ => 0,
            };
            match tokens.get(i + 1).and_then(|n| n.word) {
                Some(Word::Unit(u @ (Unit::Year | Unit::Month | Unit::Week))) => {
                    Some((i..i + 2, When::Relative(u, off)))
                }
                Some(Word::Weekday(d)) if off != 0 => {
                    Some((i..i + 2, When::Weekday(weekday(d)?, rel)))
                }
                Some(Word::Month(m)) if off != 0 => Some((
                    i..i + 2,
                    When::Month {
                        month: m,
                        day: None,
                        year: None,
                        year_off: None,
                        rel,
                    },
                )),
                _ => None,
            }
        }
        Some(Word::This) if ar => {
            // "هذا العام", "هذه السنة", "هذا الأسبوع"
            match tokens.get(i + 1).and_then(|n| n.word) {
                Some(Word::Unit(u @ (Unit::Year | Unit::Month | Unit::Week))) => {
                    Some((i..i + 2, When::Relative(u, 0)))
                }
                _ => None,
            }
        }
        Some(Word::Day(off)) => {
            // "أمس", "yesterday"; two days back: "أول أمس", "أول من أمس",
            // "أمس الأول", "the day before yesterday".
            let next = tokens.get(i + 1).map(|n| n.text);
            if ar && matches!(next, Some("التالي" | "نفسه" | "ذاته")) {
                // "في اليوم التالي": the day after the story's, not ours.
                return None;
            }
            let back2 = off == -1
                && if ar {
                    next == Some("الاول")
                        || (i >= 1 && tokens[i - 1].text.ends_with("اول"))
                        || (i >= 2
                            && tokens[i - 1].text == "من"
                            && tokens[i - 2].text.ends_with("اول"))
                } else {
                    i >= 2 && tokens[i - 1].text == "before" && tokens[i - 2].text == "day"
                };
            // The expression takes the words that count the second day
            // back, so that "من" in "أول من أمس" bounds nothing.
            let start = match (back2, ar) {
                (true, true) if next != Some("الاول") => {
                    if tokens[i - 1].text == "من" {
                        i - 2
                    } else {
                        i - 1
                    }
                }
                (true, false) => i - 2,
                _ => i,
            };
            let end = if ar && next == Some("الاول") {
                i + 2
            } else {
                i + 1
            };
            // "أمس الثلاثاء", "اليوم الخميس": the day of the week names the
            // day (articles are often dated a day after they were written).
            if let Some(Word::Weekday(d)) = tokens.get(end).and_then(|t| t.word) {
                let rel = match off {
                    ..0 => Rel::Past,
                    0 => Rel::Mood,
                    _ => Rel::Next,
                };
                return Some((start..end + 1, When::Weekday(weekday(d)?, rel)));
            }
            Some((start..end, When::Day(if back2 { -2 } else { off })))
        }
        Some(Word::Weekday(_)) => weekday_at(ar, tokens, i, false),
        // "in March", not "the march".
        Some(Word::Month(_)) => month_at(
            ar,
            tokens,
            i,
            i > 0 && lead(i - 1) && tokens[i - 1].text != "the",
        ),
        _ if day_at(tokens, i).is_some()
            && matches!(tokens.get(i + 1).and_then(|n| n.word), Some(Word::Month(_))) =>
        {
            // "26 مارس", "26 March"
            let (r, when) = month_at(ar, tokens, i + 1, true)?;
            let When::Month {
                month,
                year,
                year_off,
                rel,
                ..
            } = when
            else {
                return None;
            };
            Some((
                i..r.end,
                When::Month {
                    month,
                    day: day_at(tokens, i),
                    year,
                    year_off,
                    rel,
                },
            ))
        }
        _ => None,
    }
}

fn weekday(d: i8) -> Option<Weekday> {
    Weekday::from_monday_one_offset(d).ok()
}

/// A day of the week at token `i`. The Arabic words for Monday and Sunday
/// are also "the two" and "the one": they count only after يوم or before
/// الماضي/المقبل.
fn weekday_at(
    ar: bool,
    tokens: &[Token<'_>],
    i: usize,
    after_yawm: bool,
) -> Option<(Range<usize>, When)> {
    let Some(Word::Weekday(d)) = tokens[i].word else {
        return None;
    };
    // "called a general strike for Wednesday": what is set for a day of
    // the week is to come on it (not "jailed for Wednesday's attack").
    let set_for = !ar
        && i > 0
        && tokens[i - 1].text == "for"
        && tokens.get(i + 1).is_none_or(|t| t.text != "s");
    let rel = if ar {
        rel_of(tokens, i + 1)
    } else {
        set_for.then_some(Rel::Next)
    };
    if ar && (d == 1 || d == 7) && !after_yawm && rel.is_none() {
        return None;
    }
    let end = if ar && rel.is_some() { i + 2 } else { i + 1 };
    Some((i..end, When::Weekday(weekday(d)?, rel.unwrap_or(Rel::Mood))))
}

/// A month name at token `i`, with what stands around it: a day after it
/// (English "March 26"), a gloss of the other series ("سبتمبر (أيلول)"), a
/// year, الماضي or المقبل. Alone it counts only when `named` (after a lead
/// word, شهر or a day): "May" and "مارس" are words too.
fn month_at(ar: bool, tokens: &[Token<'_>], i: usize, named: bool) -> Option<(Range<usize>, When)> {
    let Some(Word::Month(month)) = tokens[i].word else {
        return None;
    };
    let mut k = i + tokens[i].width;
    let mut day = None;
    if !ar {
        if let Some(d) = day_at(tokens, k).filter(|_| year_at(tokens, k).is_none()) {
            day = Some(d);
            k += 1;
        }
    }
    // A gloss of the other series ("سبتمبر (أيلول)"), or a second month
    // ("in July or August"): the first counts.
    let month_at_k = |k: usize| matches!(tokens.get(k).and_then(|t| t.word), Some(Word::Month(_)));
    if month_at_k(k) {
        k += tokens[k].width;
    } else if matches!(tokens.get(k).map(|t| t.text), Some("or" | "and" | "او"))
        && month_at_k(k + 1)
    {
        k += 1 + tokens[k + 1].width;
    }
    // "April of 1985", "أبريل من عام 2013"
    if matches!(tokens.get(k).map(|t| t.text), Some("of" | "من"))
        && (year_at(tokens, k + 1).is_some()
            || (is(tokens, k + 1, Word::Unit(Unit::Year)) && year_at(tokens, k + 2).is_some()))
    {
        k += 1;
    }
    // "22 يوليو العام 2014"
    if is(tokens, k, Word::Unit(Unit::Year)) && year_at(tokens, k + 1).is_some() {
        k += 1;
    }
    let year = year_at(tokens, k);
    if year.is_some() {
        k += 1;
    }
    // "July this year", "July 17 last year", "17 يوليو العام الماضي"
    let counted = |m: usize, u: usize| {
        let off = match tokens.get(m)?.word? {
            Word::Past => -1,
            Word::Next => 1,
            Word::This => 0,
            _ => return None,
        };
        is(tokens, u, Word::Unit(Unit::Year)).then_some(off)
    };
    let year_off = match year {
        Some(_) => None,
        None if ar => counted(k + 1, k),
        None => counted(k, k + 1),
    };
    if year_off.is_some() {
        k += 2;
    }
    let rel = if ar && year_off.is_none() {
        rel_of(tokens, k)
    } else {
        None
    };
    if rel.is_some() {
        k += 1;
    }
    if day.is_none() && year.is_none() && year_off.is_none() && rel.is_none() && !named {
        return None;
    }
    Some((
        i..k,
        When::Month {
            month,
            day,
            year,
            year_off,
            rel: rel.unwrap_or(Rel::Mood),
        },
    ))
}

/// A date at the precision the text gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Period {
    Year(i16),
    Month(i16, i8),
    Day(Date),
}

impl Period {
    fn first(self) -> Option<Date> {
        match self {
            Period::Year(y) => Date::new(y, 1, 1).ok(),
            Period::Month(y, m) => Date::new(y, m, 1).ok(),
            Period::Day(d) => Some(d),
        }
    }

    fn last(self) -> Option<Date> {
        match self {
            Period::Year(y) => Date::new(y, 12, 31).ok(),
            Period::Month(y, m) => Date::new(y, m, 1).ok().map(Date::last_of_month),
            Period::Day(d) => Some(d),
        }
    }

    fn contains(self, d: Date) -> bool {
        self.first().is_some_and(|f| f <= d) && self.last().is_some_and(|l| d <= l)
    }

    fn render(self) -> String {
        match self {
            Period::Year(y) => format!("{y:04}"),
            Period::Month(y, m) => format!("{y:04}-{m:02}"),
            Period::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }
}

/// How many months `later` is after `earlier` within a year, each given
/// as (month, day).
fn months_between(earlier: (i8, i8), later: (i8, i8)) -> i8 {
    let m = later.0 - earlier.0;
    if later.1 < earlier.1 {
        m - 1
    } else {
        m
    }
}

/// Resolves an expression against the article's date and the mood.
fn resolve(when: When, article: Option<Date>, mood: Mood) -> Option<Period> {
    let ahead = |rel: Rel| match rel {
        Rel::Mood => mood == Mood::Planned,
        Rel::Past => false,
        Rel::Next => true,
    };
    match when {
        When::Year(y) => Some(Period::Year(y)),
        When::Month {
            month,
            day,
            year: Some(y),
            ..
        } => match day {
            Some(d) => Date::new(y, month, d).ok().map(Period::Day),
            None => Some(Period::Month(y, month)),
        },
        When::Month {
            month,
            day,
            year_off: Some(off),
            ..
        } => {
            let year = article?.year() + off as i16;
            match day {
                Some(d) => Date::new(year, month, d).ok().map(Period::Day),
                None => Some(Period::Month(year, month)),
            }
        }
        When::Month {
            month, day, rel, ..
        } => {
            let a = article?;
            // The nearest such month (or day) before the article's, or
            // after it for a planned event; "الماضي" and "last" go back a
            // year from the article's own month.
            let here = (month, day.unwrap_or(1));
            let now = (a.month(), if day.is_some() { a.day() } else { 1 });
            let year = if ahead(rel) {
                if here >= now && !(rel == Rel::Next && here == now) {
                    a.year()
                } else {
                    a.year() + 1
                }
            } else if rel == Rel::Mood && here > now && months_between(now, here) <= 6 {
                // A done event's month with nothing saying which way is
                // the nearest such month: "on April 23" in a March article
                // is ahead of it (another event's date), which the mood
                // check then sets aside.
                a.year()
            } else if here <= now && !(rel == Rel::Past && month == a.month()) {
                a.year()
            } else {
                a.year() - 1
            };
            match day {
                Some(d) => Date::new(year, month, d).ok().map(Period::Day),
                None => Some(Period::Month(year, month)),
            }
        }
        When::Day(off) => Some(Period::Day(
            article?.checked_add(jiff::Span::new().days(off)).ok()?,
        )),
        When::Weekday(w, rel) => {
            let a = article?;
            let d = match (ahead(rel), rel) {
                (true, Rel::Next) => a.nth_weekday(1, w),
                (true, _) => a.yesterday().and_then(|y| y.nth_weekday(1, w)),
                (false, Rel::Past) => a.nth_weekday(-1, w),
                (false, _) => a.tomorrow().and_then(|t| t.nth_weekday(-1, w)),
            };
            d.ok().map(Period::Day)
        }
        When::Relative(Unit::Year, off) => Some(Period::Year(article?.year() + off as i16)),
        When::Relative(Unit::Month, off) => {
            let first = article?.first_of_month();
            let d = first.checked_add(jiff::Span::new().months(off)).ok()?;
            Some(Period::Month(d.year(), d.month()))
        }
        When::Relative(Unit::Day | Unit::Week, _) => None,
    }
}

/// The date expressions of one part of a sentence (the stretch between
/// hard boundaries), read once for all the events whose cues it holds.
pub struct Dates(Vec<Expr>);

impl Dates {
    /// Reads the expressions of `norm[scope]` (normalized text).
    pub fn read(norm: &str, scope: Range<usize>, lang: Lang) -> Dates {
        let Some(text) = norm.get(scope.clone()) else {
            return Dates(Vec::new());
        };
        let mut tokens = words(text, scope.start);
        classify(lang, &mut tokens);
        let mut exprs = expressions(lang, &tokens);
        // "1996 - مقتل زعيم الحرب الصومالي", "1980 - Iraq invades Iran": a
        // year heading a line of a chronology, a dash after it, dates what
        // the line tells. (A colon is a hard boundary: the year is then a
        // part of its own.)
        if let (Some(y), Some(first)) = (year_at(&tokens, 0), tokens.first()) {
            let before = &text[..first.span.0 - scope.start];
            let after = &text[first.span.1 - scope.start..];
            if before.trim().is_empty()
                && after.trim_start().starts_with(['-', '–', '—'])
                && !exprs
                    .iter()
                    .any(|e| e.span.0 <= first.span.0 && first.span.1 <= e.span.1)
            {
                exprs.insert(
                    0,
                    Expr {
                        span: first.span,
                        when: When::Year(y),
                    },
                );
            }
        }
        Dates(exprs)
    }
}

/// The expression of `dates` that dates the cue at `cue`: the nearest
/// with no other event's cue (`cues` holds the sentence's) between them.
fn nearest<'a>(dates: &'a Dates, cue: &Range<usize>, cues: &[Range<usize>]) -> Option<&'a Expr> {
    let between = |e: &Expr| {
        let (lo, hi) = if e.span.1 <= cue.start {
            (e.span.1, cue.start)
        } else {
            (cue.end, e.span.0)
        };
        cues.iter()
            .any(|c| c != cue && lo <= c.start && c.end <= hi)
    };
    let mut exprs: Vec<&Expr> = dates.0.iter().filter(|e| !between(e)).collect();
    // "صلاة الجمعة ... في 26 يونيو الماضي": a day of the week beside a
    // date that names the day is that day, or a habit ("Friday prayers").
    if exprs
        .iter()
        .any(|e| matches!(e.when, When::Month { day: Some(_), .. }))
    {
        exprs.retain(|e| !matches!(e.when, When::Weekday(..)));
    }
    let distance = |e: &Expr| {
        if e.span.1 <= cue.start {
            cue.start - e.span.1
        } else {
            e.span.0.saturating_sub(cue.end)
        }
    };
    exprs.into_iter().min_by_key(|e| distance(e))
}

/// Whether the words of time nearest the cue put its event after the
/// article: "Iran and Iraq hold talks next week", "يلتقي الرئيس غدا
/// نظيره". News reports what is to come in the present as often as in
/// the future, and the time is then all that tells it. Not a time that
/// another word owns: "ahead of next week's elections", "قبل الانتخابات
/// المقررة الشهر المقبل" date the elections, not the killing beside them.
pub fn ahead(
    norm: &str,
    dates: &Dates,
    cue: &Range<usize>,
    cues: &[Range<usize>],
    article: Option<&str>,
) -> bool {
    /// Words that make a time a bound, not the event's date.
    const BOUNDS: &[&str] = &[
        "before", "ahead", "until", "till", "by", "since", "قبل", "حتي", "لحين", "منذ", "مع",
    ];
    let Some(e) = nearest(dates, cue, cues) else {
        return false;
    };
    // The time belongs to the cue nearest it: "سيزور المملكة خلال شهر
    // سبتمبر المقبل وذلك ضمن التعاون" dates the visit, not the standing
    // cooperation after it.
    let gap = |c: &Range<usize>| {
        if c.end <= e.span.0 {
            e.span.0 - c.end
        } else {
            c.start.saturating_sub(e.span.1)
        }
    };
    // A time before the cue belongs to an act before it, as a time after
    // an act is that act's.
    let owns = |c: &Range<usize>| {
        c != cue
            && (gap(c) < gap(cue)
                || (cue.start >= e.span.1
                    && c.end <= e.span.0
                    && words_between(norm, c.end, e.span.0) <= 8))
    };
    if cues.iter().any(owns) {
        return false;
    }
    // Near the cue: a time a clause away dates another act ("Tomorrow, I
    // will meet my counterparts … to announce the consequences … for this
    // act of aggression").
    let (lo, hi) = if e.span.1 <= cue.start {
        (e.span.1, cue.start)
    } else {
        (cue.end, e.span.0)
    };
    if words_between(norm, lo, hi) > 8 {
        return false;
    }
    // A day named by its date after the article's ("an April-5-6
    // summit" in a March article, "في 5 أغسطس") is to come too; such a
    // date for a past verb is another event's, which the caller leaves
    // aside. Only a date with a word that makes it a time: a date right
    // after a noun names an event of the past ("هجمات 11 سبتمبر", "the
    // September 11 attacks").
    let dated_ahead = || {
        const AT: &[&str] = &["on", "a", "an", "في", "يوم", "يومي", "بتاريخ", "الموافق"];
        let article = article.and_then(|d| d.parse::<Date>().ok());
        let first = norm[e.span.0..e.span.1].split_whitespace().next();
        let before = norm[..e.span.0].split_whitespace().next_back();
        [first, before]
            .iter()
            .flatten()
            .any(|w| AT.contains(&w.trim_start_matches('و')))
            && matches!(e.when, When::Month { day: Some(_), .. })
            && article.is_some_and(
                |a| matches!(resolve(e.when, Some(a), Mood::Done), Some(Period::Day(d)) if d > a),
            )
    };
    if !matches!(
        e.when,
        When::Relative(_, 1..)
            | When::Day(1..)
            | When::Weekday(_, Rel::Next)
            | When::Month { rel: Rel::Next, .. }
    ) && !dated_ahead()
    {
        return false;
    }
    /// Words that give the time to the noun before them ("the
    /// celebrations scheduled for tomorrow", "الاحتفالات المقررة غدا").
    const SCHEDULED: &[&str] = &[
        "scheduled",
        "set",
        "due",
        "slated",
        "planned",
        "المقرر",
        "المقرره",
        "المزمع",
        "المزمعه",
        "المرتقب",
        "المرتقبه",
        "المنتظر",
        "المنتظره",
    ];
    let before: Vec<&str> = norm[..e.span.0]
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| w.trim_start_matches(['و', 'ف']))
        .collect();
    if before.iter().any(|w| BOUNDS.contains(w) || *w == "of") {
        return false;
    }
    // Unless that noun is the cue: "the meetings scheduled next month".
    let sched = before.iter().take(2).any(|w| SCHEDULED.contains(w));
    if sched && (cue.start > e.span.0 || words_between(norm, cue.end, e.span.0) > 2) {
        return false;
    }
    // "next week's meeting" dates the meeting right after it.
    let possessive = norm[e.span.1..].starts_with("'s") || norm[e.span.1..].starts_with("’s");
    !possessive || (cue.start >= e.span.1 && words_between(norm, e.span.1, cue.start) <= 2)
}

/// The date an event's own words give it, if they give one other than the
/// article's: the expression of its part of the sentence (`dates`) nearest
/// its cue, unless another event's cue (`cues` holds the sentence's) stands
/// between them ("bombing the airstrip captured on March 22": the date is
/// the capture's), resolved against the article's date (`YYYY-MM-DD`) and
/// rendered at its precision (`1956`, `2013-07`, `2015-03-26`).
pub fn event_date(
    dates: &Dates,
    cue: &Range<usize>,
    cues: &[Range<usize>],
    article: Option<&str>,
    mood: Mood,
) -> Option<String> {
    let nearest = nearest(dates, cue, cues)?;
    let article = article.and_then(|d| d.parse::<Date>().ok());
    let period = resolve(nearest.when, article, mood)?;
    let Some(a) = article else {
        return Some(period.render());
    };
    // A done event is no later than its article, a planned one no earlier;
    // the article's own period says nothing its date does not.
    let consistent = match mood {
        Mood::Done => period.first().is_some_and(|f| f <= a),
        Mood::Planned => period.last().is_some_and(|l| l >= a),
    };
    (consistent && !period.contains(a)).then(|| period.render())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses() {
        let t = parse(SOURCE).expect("parses");
        assert!(t.words[0].len() > 60 && t.words[1].len() > 40);
        assert!(parse("month\ten\tfoo\t13\n").is_err());
        assert!(parse("month\tfr\tjanvier\t1\n").is_err());
        assert!(parse("unit\ten\tfortnight\tfortnight\n").is_err());
    }

    /// (article date, mood, text, the cue word, expected date)
    type Row = (
        &'static str,
        Mood,
        &'static str,
        &'static str,
        Option<&'static str>,
    );

    fn check(lang: Lang, rows: &[Row]) {
        for &(article, mood, text, cue, want) in rows {
            let norm = Normalized::new(text).text;
            let cue_norm = Normalized::new(cue).text;
            let at = norm
                .find(&cue_norm)
                .unwrap_or_else(|| panic!("cue {cue:?} in {text:?}"));
            let cue = at..at + cue_norm.len();
            let dates = Dates::read(&norm, 0..norm.len(), lang);
            let got = event_date(
                &dates,
                &cue,
                std::slice::from_ref(&cue),
                Some(article),
                mood,
            );
            assert_eq!(got.as_deref(), want, "{text:?} ({article}, {mood:?})");
        }
    }

    #[test]
    #[rustfmt::skip]
    fn english_dates() {
        use Mood::*;
        check(
            Lang::En,
            &[
                ("1987-03-30", Done, "In 1956 Britain and France attacked Egypt", "attacked", Some("1956")),
                ("1987-03-30", Done, "Iraq attacked the tanker in early 1985", "attacked", Some("1985")),
                ("1987-03-30", Done, "Iran attacked the ship on March 12, 1986", "attacked", Some("1986-03-12")),
                ("1987-03-30", Done, "Iran attacked the ship on 12 March", "attacked", Some("1987-03-12")),
                // a month after the article's is last year's
                ("1987-03-30", Done, "Iran attacked the ship in November", "attacked", Some("1986-11")),
                ("1987-03-30", Planned, "Japan will meet Iran in November", "meet", Some("1987-11")),
                ("1987-03-30", Done, "the talks held yesterday", "talks", Some("1987-03-29")),
                ("1987-03-30", Done, "Japan on Wednesday rejected the plan", "rejected", Some("1987-03-25")),
                ("1987-03-30", Planned, "Japan will meet Iran on Wednesday", "meet", Some("1987-04-01")),
                ("1987-03-30", Done, "Iran attacked the ship last year", "attacked", Some("1986")),
                ("1987-03-30", Done, "Iran attacked the ship on July 17 last year", "attacked", Some("1986-07-17")),
                ("1987-04-21", Planned, "Yeutter will meet Japan in July or August this year", "meet", Some("1987-07")),
                ("1987-03-30", Done, "Iran attacked the ship last month", "attacked", Some("1987-02")),
                ("1987-03-30", Done, "the day before yesterday Iran attacked", "attacked", Some("1987-03-28")),
                // today, this year and the article's own month say nothing more
                ("1987-03-30", Done, "Iran attacked the ship today", "attacked", None),
                ("1987-03-30", Done, "Iran attacked the ship this year", "attacked", None),
                ("1987-03-30", Done, "Iran attacked the ship in March", "attacked", None),
                // a bound, a count, a decade and a modal are no dates
                ("1987-03-30", Done, "Iran has attacked ships since 1984", "attacked", None),
                ("1987-03-30", Done, "1950 soldiers attacked", "attacked", None),
                ("1987-03-30", Done, "guerrillas attacked in the 1980s", "attacked", None),
                ("1987-03-30", Done, "Iran may attack ships", "attack", None),
                ("1987-03-30", Done, "thousands joined the march", "march", None),
                // a done event after its article is something else
                ("1987-03-30", Done, "Iraq attacked the target in 1990", "attacked", None),
                // the nearest expression wins
                ("1987-03-30", Done, "In 1980 Iraq invaded Iran and on Friday Iran attacked Basra", "attacked", Some("1987-03-27")),
                ("1987-03-30", Done, "In 1980 Iraq invaded Iran and on Friday Iran attacked Basra", "invaded", Some("1980")),
            ],
        );
    }

    #[test]
    #[rustfmt::skip]
    fn arabic_dates() {
        use Mood::*;
        check(
            Lang::Ar,
            &[
                ("2015-08-06", Done, "وفي عام 1956 شنت بريطانيا وفرنسا العدوان على مصر", "العدوان", Some("1956")),
                ("2015-08-06", Done, "وحكم عليه في سبتمبر (أيلول) 2012 بالسجن", "حكم", Some("2012-09")),
                ("2015-08-06", Done, "وعاد البشير في يوليو2013 بعد اعتقال", "اعتقال", Some("2013-07")),
                ("2015-08-06", Done, "منذ بدء النزاع في 26 مارس الماضي", "النزاع", Some("2015-03-26")),
                ("2015-08-06", Done, "وقتل خمسة جنود أمس", "قتل", Some("2015-08-05")),
                ("2015-07-23", Done, "اتصالات مع بيغن انتهت بتوجيه الأخير يوم 17 نوفمبر (تشرين الثاني) 1977 دعوة", "اتصالات", Some("1977-11-17")),
                ("2015-08-10", Done, "توفي أو قتل في شهر أبريل/ نيسان، من عام 2013", "قتل", Some("2013-04")),
                ("2015-08-10", Done, "سيزور المملكة خلال شهر سبتمبر أو اكتوبر المقبلين ضمن التعاون", "التعاون", None),
                // the day of the week names the day
                ("2015-07-31", Done, "التي زارت إيران أمس الثلاثاء", "زارت", Some("2015-07-28")),
                ("2015-08-11", Done, "أسقطت الطائرة في 17 يوليو العام الماضي ما أدى إلى مقتل ركابها", "مقتل", Some("2014-07-17")),
                ("2015-08-04", Done, "تفجير خلال صلاة الجمعة في 26 يونيو الماضي", "تفجير", Some("2015-06-26")),
                ("2015-08-06", Done, "وقتل خمسة جنود أول من أمس", "قتل", Some("2015-08-04")),
                ("2015-08-06", Done, "وقتل خمسة جنود أمس الأول", "قتل", Some("2015-08-04")),
                ("2015-08-06", Done, "وتظاهر الآلاف يوم الاثنين", "تظاهر", Some("2015-08-03")),
                ("2015-08-06", Done, "وتظاهر الآلاف الثلاثاء الماضي", "تظاهر", Some("2015-08-04")),
                ("2015-08-06", Planned, "وسيلتقي الرئيسان الثلاثاء المقبل", "يلتقي", Some("2015-08-11")),
                ("2015-08-06", Done, "واعتقلت الشرطة العام الماضي خمسة", "اعتقلت", Some("2014")),
                ("2015-08-06", Done, "واعتقلت الشرطة الشهر الماضي خمسة", "اعتقلت", Some("2015-07")),
                ("2015-08-06", Done, "واعتقلت الشرطة في شهر مايو خمسة", "اعتقلت", Some("2015-05")),
                ("2015-08-06", Planned, "وستعقد القمة في ديسمبر المقبل", "تعقد", Some("2015-12")),
                // the article's own day or year; a bound; a verb that looks
                // like a month; "the two"; a count
                ("2015-08-06", Done, "وقتل خمسة جنود اليوم", "قتل", None),
                ("2015-08-06", Done, "وقتل خمسة جنود هذا العام", "قتل", None),
                ("2015-08-06", Done, "قتل مئات الجنود منذ عام 2013", "قتل", None),
                ("2015-08-06", Done, "مارس الجيش ضغوطا وقتل خمسة", "قتل", None),
                ("2015-08-06", Done, "وقتل الاثنين معا", "قتل", None),
                ("2015-08-06", Done, "ارتفع عدد القتلى إلى 1916 قتيلا", "القتلى", None),
                ("2015-08-06", Done, "وفي اليوم التالي قتل خمسة", "قتل", None),
            ],
        );
    }

    #[rustfmt::skip]
    const VOCABULARY: &[&str] = &[
        "في", "أمس", "امس", "أول", "من", "الأول", "عام", "العام", "2013", "1956", "26", "31", "مارس",
        "سبتمبر", "أيلول", "كانون", "الثاني", "الماضي", "المقبل", "يوم", "الاثنين", "الخميس", "منذ",
        "هذا", "وقتل", "in", "the", "day", "before", "yesterday", "last", "next", "year", "month",
        "march", "may", "or", "july", "17", "this", "since", "1980s", "on", "friday", "(", ")", ",",
        "attacked", "2099", "0", "12",
    ];

    proptest::proptest! {
        /// Any run of calendar words, numbers and others, at any article
        /// date and mood: no panic, and a date of one of the three shapes
        /// that is consistent with the mood.
        #[test]
        fn any_words_give_a_well_formed_date_or_none(
            picks in proptest::collection::vec(0..VOCABULARY.len(), 0..14),
            cue_at in 0usize..14,
            day in 0i32..20000,
            planned in proptest::bool::ANY,
            ar in proptest::bool::ANY,
        ) {
            let words: Vec<&str> = picks.iter().map(|&k| VOCABULARY[k]).collect();
            let text = words.join(" ");
            let norm = Normalized::new(&text).text;
            let article = Date::new(1950, 1, 1)
                .unwrap()
                .checked_add(jiff::Span::new().days(day))
                .unwrap();
            let a = article.to_string();
            let mood = if planned { Mood::Planned } else { Mood::Done };
            let lang = if ar { Lang::Ar } else { Lang::En };
            let at = norm
                .char_indices()
                .map(|(k, _)| k)
                .nth(cue_at)
                .unwrap_or(norm.len());
            let cue = at..norm[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            let dates = Dates::read(&norm, 0..norm.len(), lang);
            if let Some(d) = event_date(&dates, &cue, std::slice::from_ref(&cue), Some(&a), mood) {
                let shape = d.len() == 4 || d.len() == 7 || d.len() == 10;
                proptest::prop_assert!(shape && d.as_str() != a.as_str(), "{d:?} from {text:?}");
                let first = match d.len() {
                    4 => format!("{d}-01-01"),
                    7 => format!("{d}-01"),
                    _ => d.clone(),
                };
                match mood {
                    Mood::Done => proptest::prop_assert!(first <= a, "{d} after {a}: {text:?}"),
                    Mood::Planned => proptest::prop_assert!(d.as_str() >= &a[..d.len()], "{d} before {a}: {text:?}"),
                }
            }
        }
    }
}
