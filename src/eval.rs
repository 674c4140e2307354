//! Scoring the extractor against gold records, in the way event-coding
//! evaluations do: precision, recall and F1 at the event level (source
//! country, target country, class), the dyad level (the two countries) and
//! the source-and-class level; and sentence-level detection for records
//! that only say whether a sentence reports an event of a kind.
//!
//! Classes are PLOVER types. CAMEO codes map to them by their root; the
//! older PLOVER names DEMAND, DISAPPROVE and FIGHT are today's REQUEST,
//! ACCUSE and ASSAULT; CAMEO 01 (statements) is not scored. CONSULT, AGREE
//! and COOPERATE events match in either direction.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

use serde::Deserialize;

use crate::error::Error;
use crate::extract::{ActorRef, Extractor, Triple};
use crate::ingest::Document;
use crate::lexicon::Lexicon;

/// A gold event as the gold files give it.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldEvent {
    pub source: Option<String>,
    pub target: Option<String>,
    pub code: Option<serde_json::Value>,
    pub scheme: Option<String>,
}

/// A gold record.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldRecord {
    pub id: serde_json::Value,
    pub lang: Option<String>,
    pub text: String,
    pub date: Option<String>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    /// Records marked `false` are not scored.
    pub evaluated: Option<bool>,
    /// Detection records: `detection`.
    pub task: Option<String>,
    /// Detection records: the class asked about.
    pub event_type_asked: Option<String>,
    /// Detection records: `yes`, `easy no`, `difficult no`, `ambiguous`.
    pub label: Option<String>,
    /// Sets annotated for some classes only name the class of each record
    /// here; predictions of other classes are then not scored.
    pub category: Option<String>,
    /// Resolve records (`task` `resolve`): the description's country.
    pub country: Option<String>,
    /// Resolve records: its role, when the description itself carries one.
    pub role: Option<String>,
}

/// The PLOVER class of a gold code, or `None` for codes not scored.
pub fn class_of(code: &str, scheme: Option<&str>) -> Option<String> {
    let code = code.trim();
    let cameo = scheme.is_some_and(|s| s.to_ascii_uppercase().starts_with("CAMEO"))
        || code.chars().all(|c| c.is_ascii_digit());
    if cameo {
        let root: u32 = code.get(..2)?.parse().ok()?;
        return Some(
            match root {
                2 | 10 => "REQUEST",
                3 => "AGREE",
                4 => "CONSULT",
                5 => "SUPPORT",
                6 => "COOPERATE",
                7 => "AID",
                8 => "CONCEDE",
                9 => "INVESTIGATE",
                11 => "ACCUSE",
                12 => "REJECT",
                13 => "THREATEN",
                14 => "PROTEST",
                15 => "MOBILIZE",
                16 => "SANCTION",
                17 => "COERCE",
                18..=20 => "ASSAULT",
                _ => return None,
            }
            .to_string(),
        );
    }
    let upper = code.to_ascii_uppercase();
    Some(
        match upper.as_str() {
            "DEMAND" => "REQUEST",
            "DISAPPROVE" => "ACCUSE",
            "FIGHT" => "ASSAULT",
            other => other,
        }
        .to_string(),
    )
}

/// CONCEDE and RETREAT are one class for scoring (CAMEO 08 holds both).
fn canonical_class(c: &str) -> &str {
    match c {
        "RETREAT" => "CONCEDE",
        other => other,
    }
}

/// Whether events of a class match in either direction.
fn undirected(class: &str) -> bool {
    matches!(class, "CONSULT" | "AGREE" | "COOPERATE")
}

type Event = (Option<String>, Option<String>, String);

fn event_key((s, t, c): &Event) -> Event {
    let c = canonical_class(c).to_string();
    if undirected(&c) && t < s {
        (t.clone(), s.clone(), c)
    } else {
        (s.clone(), t.clone(), c)
    }
}

/// Counts of one level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    fn add<T: Ord + Clone>(&mut self, pred: &BTreeSet<T>, gold: &BTreeSet<T>) {
        self.tp += pred.intersection(gold).count();
        self.fp += pred.difference(gold).count();
        self.fn_ += gold.difference(pred).count();
    }

    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The scores of a gold file.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub records: usize,
    pub event: Counts,
    pub dyad: Counts,
    pub source_class: Counts,
    pub detection: Counts,
    /// Detection records scored.
    pub detection_records: usize,
    /// Resolve records: the country alone, and the country with the role.
    pub resolve_country: Counts,
    pub resolve: Counts,
    pub resolve_records: usize,
    /// Misses and false alarms, for `--show`: (record id, text, what).
    pub misses: Vec<(String, String, String)>,
    pub false_alarms: Vec<(String, String, String)>,
}

/// The country of an event side for scoring: a state's id (ISO alpha-3),
/// or the state a group belongs to (HAMAS → PSE), as CAMEO codes actors;
/// transnational organizations, role-only mentions and missing sides have
/// none.
fn country(lex: &Lexicon, side: &Option<ActorRef>) -> Option<String> {
    country_of_id(lex, side.as_ref()?.id.as_deref()?)
}

fn country_of_id(lex: &Lexicon, id: &str) -> Option<String> {
    lex.country_of(lex.actor_by_id(id)?).map(str::to_string)
}

/// Scores the extractor on the records of a gold file.
pub fn evaluate(path: &Path, extractor: &Extractor) -> Result<Report, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut records = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: GoldRecord = serde_json::from_str(line)
            .map_err(|e| Error::input(path, i + 1, format!("not a gold record: {e}")))?;
        records.push((i, rec));
    }
    // A set annotated for some classes only (its records name a
    // `category`) cannot judge events of other classes: they are left out.
    let annotated: BTreeSet<String> = records
        .iter()
        .filter_map(|(_, r)| class_of(r.category.as_deref()?, Some("PLOVER")))
        .collect();
    let scored = |class: &str| annotated.is_empty() || annotated.contains(class);
    let mut report = Report::default();
    for (i, rec) in records {
        if rec.evaluated == Some(false) {
            continue;
        }
        let id = match &rec.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if rec.task.as_deref() == Some("resolve") {
            report.records += 1;
            report.resolve_records += 1;
            let got = extractor.describe(&rec.text, rec.date.as_deref());
            let got_country = got.as_ref().and_then(|r| r.country.clone());
            let got_role = got.as_ref().and_then(|r| r.role.clone());
            let country_ok = got_country == rec.country;
            let role_ok = rec.role.is_none() || got_role == rec.role;
            // An answer that is wrong counts as a false alarm; no answer
            // only as a miss.
            let answered = got_country.is_some();
            for (counts, ok) in [
                (&mut report.resolve_country, country_ok),
                (&mut report.resolve, country_ok && role_ok),
            ] {
                if ok {
                    counts.tp += 1;
                } else {
                    counts.fn_ += 1;
                    counts.fp += usize::from(answered);
                }
            }
            if !(country_ok && role_ok) {
                let show = |c: &Option<String>, r: &Option<String>| {
                    format!(
                        "{} {}",
                        c.as_deref().unwrap_or("-"),
                        r.as_deref().unwrap_or("-")
                    )
                };
                report.misses.push((
                    id,
                    rec.text.clone(),
                    format!(
                        "resolved {} for {}",
                        show(&got_country, &got_role),
                        show(&rec.country, &rec.role)
                    ),
                ));
            }
            continue;
        }
        let doc = Document {
            id: id.clone(),
            text: rec.text.clone(),
            title: None,
            date: rec.date.clone(),
            lang: rec.lang.clone(),
            url: None,
            origin: format!("{}:{}", path.display(), i + 1),
            warnings: Vec::new(),
        };
        let triples: Vec<Triple> = extractor
            .extract(&doc)
            .unwrap_or_default()
            .into_iter()
            .filter(|t| !t.negated && scored(canonical_class(&t.plover)))
            .collect();
        // A symmetric triple ("X and Y signed a treaty") is an act of
        // each side toward the other: it stands for both directions, which
        // matters for classes scored with a direction (SUPPORT).
        let pred: BTreeSet<Event> = triples
            .iter()
            .flat_map(|t| {
                let s = country(extractor.lexicon(), &t.source);
                let o = country(extractor.lexicon(), &t.target);
                let back =
                    (t.symmetric && s != o).then(|| (o.clone(), s.clone(), t.plover.clone()));
                std::iter::once((s, o, t.plover.clone()))
                    .chain(back)
                    .map(|e| event_key(&e))
            })
            .collect();
        report.records += 1;
        if rec.task.as_deref() == Some("detection") {
            let asked = rec.event_type_asked.clone().unwrap_or_default();
            let said = pred.iter().any(|(_, _, c)| *c == asked);
            let truth = match rec.label.as_deref() {
                Some("yes") => true,
                Some("easy no" | "difficult no") => false,
                _ => continue,
            };
            report.detection_records += 1;
            match (said, truth) {
                (true, true) => report.detection.tp += 1,
                (true, false) => {
                    report.detection.fp += 1;
                    report
                        .false_alarms
                        .push((id, rec.text.clone(), format!("said {asked}")));
                }
                (false, true) => {
                    report.detection.fn_ += 1;
                    report
                        .misses
                        .push((id, rec.text.clone(), format!("missed {asked}")));
                }
                (false, false) => {}
            }
            continue;
        }
        let gold: BTreeSet<Event> = rec
            .events
            .iter()
            .filter_map(|e| {
                let code = match e.code.as_ref()? {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                let class = class_of(&code, e.scheme.as_deref())?;
                Some(event_key(&(e.source.clone(), e.target.clone(), class)))
            })
            .collect();
        let dyads = |set: &BTreeSet<Event>| -> BTreeSet<(String, String)> {
            set.iter()
                .filter_map(|(s, t, _)| match (s, t) {
                    (Some(a), Some(b)) if a != b => Some(if a <= b {
                        (a.clone(), b.clone())
                    } else {
                        (b.clone(), a.clone())
                    }),
                    _ => None,
                })
                .collect()
        };
        let source_class = |set: &BTreeSet<Event>| -> BTreeSet<(Option<String>, String)> {
            set.iter().map(|(s, _, c)| (s.clone(), c.clone())).collect()
        };
        report.event.add(&pred, &gold);
        report.dyad.add(&dyads(&pred), &dyads(&gold));
        report
            .source_class
            .add(&source_class(&pred), &source_class(&gold));
        let show = |e: &Event| {
            format!(
                "{} -{}-> {}",
                e.0.as_deref().unwrap_or("-"),
                e.2,
                e.1.as_deref().unwrap_or("-")
            )
        };
        for e in gold.difference(&pred) {
            report
                .misses
                .push((id.clone(), rec.text.clone(), format!("missed {}", show(e))));
        }
        for e in pred.difference(&gold) {
            report.false_alarms.push((
                id.clone(),
                rec.text.clone(),
                format!("false alarm {}", show(e)),
            ));
        }
    }
    Ok(report)
}

impl Report {
    /// The table of figures, and up to `show` misses and false alarms.
    pub fn render(&self, name: &str, show: usize) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "{name}: {} records", self.records);
        let _ = writeln!(s, "level\tprecision\trecall\tF1\tTP\tFP\tFN");
        let mut row = |level: &str, c: &Counts| {
            let _ = writeln!(
                s,
                "{level}\t{:.3}\t{:.3}\t{:.3}\t{}\t{}\t{}",
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp,
                c.fp,
                c.fn_
            );
        };
        if self.detection_records > 0 {
            row("detection", &self.detection);
        }
        if self.resolve_records > 0 {
            row("resolve country", &self.resolve_country);
            row("resolve country+role", &self.resolve);
        }
        if self.records > self.detection_records + self.resolve_records {
            row("event", &self.event);
            row("dyad", &self.dyad);
            row("source+class", &self.source_class);
        }
        for (title, list) in [
            ("misses", &self.misses),
            ("false alarms", &self.false_alarms),
        ] {
            if show > 0 && !list.is_empty() {
                let _ = writeln!(
                    s,
                    "\n{title} (first {} of {}):",
                    show.min(list.len()),
                    list.len()
                );
                for (id, text, what) in list.iter().take(show) {
                    let _ = writeln!(s, "  {id}: {what}\n    {}", text.replace('\n', " "));
                }
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_map_to_classes() {
        assert_eq!(class_of("042", Some("CAMEO")).as_deref(), Some("CONSULT"));
        assert_eq!(class_of("1823", None).as_deref(), Some("ASSAULT"));
        assert_eq!(
            class_of("010", Some("CAMEO")),
            None,
            "statements are not scored"
        );
        assert_eq!(
            class_of("DISAPPROVE", Some("PLOVER-0.6")).as_deref(),
            Some("ACCUSE")
        );
        assert_eq!(class_of("FIGHT", None).as_deref(), Some("ASSAULT"));
        assert_eq!(
            class_of("PROTEST", Some("PLOVER")).as_deref(),
            Some("PROTEST")
        );
    }

    /// Scores gold records given as JSON lines with the embedded lexicon.
    fn score(lines: &str) -> Report {
        let lex = crate::lexicon::Lexicon::embedded().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let gold = dir.path().join("g.jsonl");
        std::fs::write(&gold, lines).unwrap();
        evaluate(&gold, &Extractor::new(&lex)).unwrap()
    }

    #[test]
    fn scores_a_small_gold_file() {
        let r = score(concat!(
            r#"{"id":"1","lang":"en","text":"Russia attacked Ukraine.","events":[{"source":"RUS","target":"UKR","code":"190","scheme":"CAMEO"}]}"#,
            "\n",
            r#"{"id":"2","lang":"en","text":"Ukraine met Poland.","events":[{"source":"POL","target":"UKR","code":"CONSULT","scheme":"PLOVER"}]}"#,
            "\n",
            r#"{"id":"3","lang":"en","text":"France accused Germany.","events":[{"source":"FRA","target":"ITA","code":"DISAPPROVE","scheme":"PLOVER-0.6"}]}"#,
            "\n",
            r#"{"id":"4","lang":"en","text":"Nothing here.","evaluated":false,"events":[{"source":"FRA","target":"ITA","code":"DISAPPROVE"}]}"#,
            "\n"
        ));
        assert_eq!(r.records, 3);
        // Events: the attack and the (undirected) meeting match; the accusation's target does not.
        assert_eq!(
            r.event,
            Counts {
                tp: 2,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            r.source_class,
            Counts {
                tp: 3,
                fp: 0,
                fn_: 0
            }
        );
        assert!((r.event.f1() - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn a_symmetric_triple_counts_in_both_directions() {
        let r = score(concat!(
            r#"{"id":"1","lang":"en","text":"Libya and Bulgaria signed a treaty of friendship.","events":[{"source":"LBY","target":"BGR","code":"SUPPORT","scheme":"PLOVER"},{"source":"BGR","target":"LBY","code":"057","scheme":"CAMEO"}]}"#,
            "\n",
            r#"{"id":"2","lang":"en","text":"Libya supported Bulgaria.","events":[{"source":"LBY","target":"BGR","code":"SUPPORT","scheme":"PLOVER"},{"source":"BGR","target":"LBY","code":"SUPPORT","scheme":"PLOVER"}]}"#,
            "\n"
        ));
        // The signing matches both gold events; a directed act only its own.
        assert_eq!(
            r.event,
            Counts {
                tp: 3,
                fp: 0,
                fn_: 1
            }
        );
    }

    #[test]
    fn resolve_records_score_country_and_role() {
        let r = score(concat!(
            r#"{"id":"1","lang":"en","task":"resolve","text":"Sudan's government","country":"SDN","role":"GOV"}"#,
            "\n",
            // A role given by the gold but not by the phrase is a miss.
            r#"{"id":"2","lang":"en","task":"resolve","text":"Egyptian","country":"EGY","role":"CVL"}"#,
            "\n",
            // Only the country is scored when the gold gives no role.
            r#"{"id":"3","lang":"en","task":"resolve","text":"Moscow","country":"RUS","role":null}"#,
            "\n",
            // A wrong country is a false alarm as well as a miss.
            r#"{"id":"4","lang":"en","task":"resolve","text":"Ankara","country":"GRC","role":null}"#,
            "\n",
        ));
        assert_eq!(r.resolve_records, 4);
        assert_eq!(
            r.resolve_country,
            Counts {
                tp: 3,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            r.resolve,
            Counts {
                tp: 2,
                fp: 2,
                fn_: 2
            }
        );
        assert!(r.render("g", 0).contains("resolve country+role\t"));
    }

    #[test]
    fn sets_annotated_for_some_classes_score_only_those() {
        // The sentence also reports a meeting, which this set does not
        // annotate; the protesters have no country, as in the gold.
        let r = score(concat!(
            r#"{"id":"1","lang":"en","category":"PROTEST","text":"Protesters marched while Turkey met Russia.","events":[{"source":null,"target":null,"code":"PROTEST","scheme":"PLOVER"}]}"#,
            "\n",
        ));
        assert_eq!(
            r.source_class,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            },
            "{r:?}"
        );
    }

    #[test]
    fn states_and_national_groups_have_a_country() {
        let lex = crate::lexicon::Lexicon::embedded().unwrap();
        let side = |id: &str| {
            Some(ActorRef {
                id: Some(id.to_string()),
                name: None,
                role: None,
                text: String::new(),
                span: [0, 0],
            })
        };
        assert_eq!(country(&lex, &side("TUR")).as_deref(), Some("TUR"));
        assert_eq!(
            country(&lex, &side("PKK")).as_deref(),
            Some("TUR"),
            "a group counts as the state it belongs to, not as its own id"
        );
        assert_eq!(country(&lex, &side("UN")), None, "a transnational body");
        assert_eq!(country(&lex, &None), None);
    }
}
