//! Extraction: a document in, actor–relation–actor triples with their
//! evidence out. Pure and deterministic; documents are independent, so
//! callers run it in parallel over documents.
//!
//! The method (docs/DESIGN.md has the long form): find dictionary hits;
//! assemble them into actor mentions and coordinated groups; cut each
//! sentence into clauses at punctuation and clause markers; for each
//! relation cue, take the source and target from the groups around it by
//! the cue's kind (verb, noun, passive) and the language's word order; mark
//! negation and mood from markers in the same clause; date each event by
//! the calendar words of its part of the sentence (`when`). A
//! per-document state carries the current speaker and resolved role words
//! from sentence to sentence.

mod mentions;
mod roles;
mod when;

pub use mentions::{Mention, Place};

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::ingest::Document;
use crate::lexicon::{Lexicon, Marker, Refers, Sense};
use crate::text::{sentences, Lang, Normalized};

/// The mood of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mood {
    /// Reported as having happened (or happening).
    Done,
    /// Future or intended: "will hold", "plans to", سيجريان.
    Planned,
}

impl Mood {
    pub fn as_str(self) -> &'static str {
        match self {
            Mood::Done => "done",
            Mood::Planned => "planned",
        }
    }
}

/// One side of a triple.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    /// The actor id (`TUR`, `UN`), or `None` for a mention that names only
    /// a role ("protesters", "gunmen", "الشرطة"): such sides are kept as
    /// evidence but make no graph edge.
    pub id: Option<String>,
    /// The actor's English display name (`None` with the id).
    pub name: Option<String>,
    /// The role code (`GOV`, `MIL`...), if the mention names one.
    pub role: Option<String>,
    /// The mention as written.
    pub text: String,
    /// Byte range of the mention in the article text.
    pub span: [usize; 2],
}

/// The words that expressed the relation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CueRef {
    pub text: String,
    pub span: [usize; 2],
}

/// An extracted event: who did what to whom, and where it says so.
///
/// The field names are a stable interface (`extract --format jsonl`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Triple {
    /// The document id.
    pub doc: String,
    /// The sentence index in the document (0-based).
    pub sentence: usize,
    /// Who acted; `None` when the text does not say (an attack by unknown
    /// hands). Only classes that are news by themselves lack a source.
    pub source: Option<ActorRef>,
    /// The relation label (`calls`, `attacks`...).
    pub relation: String,
    /// The CAMEO code of this event (036 for a planned event).
    pub cameo: String,
    /// The PLOVER event type (AGREE for a planned event).
    pub plover: String,
    /// Whom it was done to; `None` for an event without one (a protest, a
    /// strike, "Russia criticized the decision").
    pub target: Option<ActorRef>,
    /// Whether the relation is symmetric (source and target interchangeable).
    pub symmetric: bool,
    pub negated: bool,
    pub mood: Mood,
    /// The sentence the triple comes from.
    pub evidence: String,
    /// Byte range of the evidence sentence in the article text.
    pub span: [usize; 2],
    /// The cue words.
    pub cue: CueRef,
    /// The article language.
    pub lang: String,
    /// The event's date: the one the words around its cue give it, at
    /// their precision (`1956`, `2013-07`, `2015-03-26`: "in 1956",
    /// "last July", "أمس"), else the article's (`YYYY-MM-DD`), if known
    /// (`when.rs`).
    pub date: Option<String>,
    /// A heuristic score in (0, 1]: lower when roles were inferred (word
    /// order, carried-over speaker, pronouns) rather than read off.
    pub confidence: f32,
}

impl Triple {
    /// The two actor ids of the edge this triple supports, if both sides
    /// name an actor and it is not negated; triples without them are
    /// evidence only.
    pub fn dyad(&self) -> Option<(&str, &str)> {
        if self.negated {
            return None;
        }
        let s = self.source.as_ref()?.id.as_deref()?;
        let t = self.target.as_ref()?.id.as_deref()?;
        Some((s, t))
    }
}

/// A short label for an event side, as the TSV output and the tests show
/// it: the actor id, `~ROLE` for a side that names only a role, `-` for
/// none.
pub fn side_label(side: Option<&ActorRef>) -> String {
    match side {
        Some(a) => match &a.id {
            Some(id) => id.clone(),
            None => format!("~{}", a.role.as_deref().unwrap_or("?")),
        },
        None => "-".to_string(),
    }
}

/// Why a document produced nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Skip {
    /// Its language is neither Arabic nor English (the code or guess).
    Language(String),
}

/// A mention resolved for `resolve`: what a phrase refers to.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Resolution {
    pub text: String,
    pub id: Option<String>,
    pub name: Option<String>,
    pub role: Option<String>,
    /// The state the actor is or belongs to (see `Lexicon::country_of`).
    pub country: Option<String>,
}

/// Extracts triples with a compiled lexicon.
pub struct Extractor<'l> {
    lex: &'l Lexicon,
}

/// Per-document state carried from sentence to sentence.
#[derive(Default)]
struct DocState {
    /// The current speaker.
    speaker: Option<roles::Party>,
}

impl<'l> Extractor<'l> {
    pub fn new(lex: &'l Lexicon) -> Extractor<'l> {
        Extractor { lex }
    }

    /// The lexicon it extracts with.
    pub fn lexicon(&self) -> &'l Lexicon {
        self.lex
    }

    /// The language to use for a document: its declared `lang` if given,
    /// else a guess from the text.
    pub fn language(doc: &Document) -> Result<Lang, Skip> {
        match &doc.lang {
            Some(code) => Lang::from_code(code).ok_or_else(|| Skip::Language(code.clone())),
            None => Lang::detect(&doc.text).map_err(Skip::Language),
        }
    }

    /// Extracts every triple of a document, negated ones included.
    pub fn extract(&self, doc: &Document) -> Result<Vec<Triple>, Skip> {
        let lang = Self::language(doc)?;
        let year = doc
            .date
            .as_deref()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse().ok());
        let norm = Normalized::new(&doc.text);
        let sents = sentences(&doc.text);

        // Pass 1: mentions of every sentence, so that a role word resolved
        // anywhere ("النظام السوري") can resolve its bare uses ("النظام").
        let mut parsed: Vec<Parsed> = sents
            .iter()
            .map(|s| {
                let range = norm.norm_offset(s.span.start)..norm.norm_offset(s.span.end);
                let hits = self.lex.find(&doc.text, &norm, range.clone(), year);
                let (mentions, places) = mentions::assemble(self.lex, &norm.text, &hits, lang);
                Parsed {
                    range,
                    span: s.span.clone(),
                    hits,
                    mentions,
                    places,
                }
            })
            .collect();
        drop_boilerplate(self.lex, &doc.text, &mut parsed);
        carry_role_words(&mut parsed, &norm.text);
        carry_group_words(self.lex, &mut parsed);

        // Pass 2: clauses, speakers and cues, in document order.
        let mut state = DocState::default();
        let mut out = Vec::new();
        for (i, p) in parsed.iter().enumerate() {
            // Only cues make events and only speech verbs change the
            // speaker: most sentences of most articles have neither.
            let relevant = p.hits.iter().any(|h| {
                self.lex
                    .senses(h)
                    .any(|s| matches!(s, Sense::Cue { .. } | Sense::Marker(Marker::Speech)))
            });
            if !relevant {
                continue;
            }
            let sentence = roles::Sentence::new(
                self.lex,
                &norm.text,
                p.range.clone(),
                &p.hits,
                &p.mentions,
                &p.places,
                lang,
            );
            let found = sentence.events(&mut state.speaker);
            let cues: Vec<Range<usize>> = found.iter().map(|ev| ev.cue.clone()).collect();
            // Each part's date expressions, read once for its events.
            let mut parts: Vec<(Range<usize>, when::Dates)> = Vec::new();
            for mut ev in found {
                let part = sentence.part_around(ev.cue.start);
                let k = match parts.iter().position(|(r, _)| *r == part) {
                    Some(k) => k,
                    None => {
                        let dates = when::Dates::read(&norm.text, part.clone(), lang);
                        parts.push((part, dates));
                        parts.len() - 1
                    }
                };
                if ev.mood == Mood::Done
                    && !ev.past
                    && when::ahead(&norm.text, &parts[k].1, &ev.cue, &cues, doc.date.as_deref())
                {
                    ev.mood = Mood::Planned;
                }
                let own =
                    when::event_date(&parts[k].1, &ev.cue, &cues, doc.date.as_deref(), ev.mood);
                let mut triple = self.triple(doc, lang, &norm, i, p, ev);
                if own.is_some() {
                    triple.date = own;
                }
                out.push(triple);
            }
        }
        Ok(out)
    }

    /// Resolves a phrase ("President Erdogan", "الرئيس التركي") to the
    /// actors and roles it mentions.
    pub fn resolve(&self, text: &str, date: Option<&str>) -> Vec<Resolution> {
        self.mentions_and_places(text, date).0
    }

    /// The mentions of a phrase, and the places it names (as resolutions
    /// with a country and nothing else: a place is never an actor).
    fn mentions_and_places(
        &self,
        text: &str,
        date: Option<&str>,
    ) -> (Vec<Resolution>, Vec<Resolution>) {
        let lang = Lang::detect(text).unwrap_or(Lang::En);
        let year = date.and_then(|d| d.get(..4)).and_then(|y| y.parse().ok());
        let norm = Normalized::new(text);
        let hits = self.lex.find(text, &norm, 0..norm.text.len(), year);
        let (mentions, places) = mentions::assemble(self.lex, &norm.text, &hits, lang);
        let home = roles::Sentence::new(
            self.lex,
            &norm.text,
            0..norm.text.len(),
            &hits,
            &mentions,
            &places,
            lang,
        )
        .first_group_home();
        let resolution = |a: u32, text: String, role: Option<String>| {
            let actor = self.lex.actor(a);
            Resolution {
                text,
                id: Some(actor.id.clone()),
                name: Some(actor.name_en.clone()),
                role,
                country: self.lex.country_of(actor).map(str::to_string),
            }
        };
        let mentions = mentions
            .iter()
            .enumerate()
            .map(|(k, m)| {
                let text = text[norm.orig_span(m.core.clone())].to_string();
                // "The Albanians of southern Serbia" are Serbia's civilians.
                match (k, home, m.actor) {
                    (0, Some(state), _) | (_, _, Some(state)) => {
                        resolution(state, text, m.role.clone())
                    }
                    _ => Resolution {
                        text,
                        id: None,
                        name: None,
                        role: m.role.clone(),
                        country: None,
                    },
                }
            })
            .collect();
        let places = places
            .iter()
            .map(|p| Resolution {
                text: text[norm.orig_span(p.span.clone())].to_string(),
                id: None,
                name: None,
                role: None,
                country: self
                    .lex
                    .country_of(self.lex.actor(p.actor))
                    .map(str::to_string),
            })
            .collect();
        (mentions, places)
    }

    /// What a description as a whole refers to ("Sudan's government",
    /// "students throughout Indonesia"): its first mention, the head of a
    /// noun phrase in English and Arabic alike. A head that names only a
    /// role takes the country of the first state the description names
    /// after it, as an owner or a place ("militants loyal to Iraq's ...",
    /// "villages in Western Cambodia"). A description that names only a
    /// place ("Abidjan", "the Gaza Strip") stands for the people who live
    /// there, as "towns" and "villages" do: the place's country, role CVL.
    pub fn describe(&self, text: &str, date: Option<&str>) -> Option<Resolution> {
        // An ellipsis in a description stands for words left out between
        // its parts ("U.S. ... negotiators"): the parts are one phrase.
        let joined;
        let phrase = if text.contains("...") || text.contains('…') {
            joined = text
                .replace("...", " ")
                .replace('…', " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            joined.as_str()
        } else {
            text
        };
        let (found, places) = self.mentions_and_places(phrase, date);
        let mut head = match found.first() {
            Some(h) => h.clone(),
            None => Resolution {
                role: Some("CVL".to_string()),
                ..places.first()?.clone()
            },
        };
        // "Nigerian Union of Teachers": a head that names a state and no
        // role takes the role word the description gives after it.
        if head.country.is_some() && head.role.is_none() {
            if let Some(r) = found
                .iter()
                .skip(1)
                .find(|r| r.id.is_none() && r.role.is_some())
            {
                head.role = r.role.clone();
            }
        }
        if head.country.is_none() && head.role.is_some() {
            let state = found
                .iter()
                .skip(1)
                .find(|r| {
                    r.id.as_deref()
                        .and_then(|id| self.lex.actor_by_id(id))
                        .is_some_and(|a| a.kind == crate::lexicon::ActorType::State)
                })
                .or_else(|| places.first());
            if let Some(s) = state {
                head.country = s.country.clone();
            }
        }
        head.text = text.to_string();
        Some(head)
    }

    fn triple(
        &self,
        doc: &Document,
        lang: Lang,
        norm: &Normalized,
        index: usize,
        p: &Parsed,
        ev: roles::Event,
    ) -> Triple {
        let rel = self.lex.relation(ev.relation);
        let actor_ref = |m: &roles::Party| {
            let a = m.actor.map(|a| self.lex.actor(a));
            let span = norm.orig_span(m.core.clone());
            ActorRef {
                id: a.map(|a| a.id.clone()),
                name: a.map(|a| a.name_en.clone()),
                role: m.role.clone(),
                text: doc.text[span.clone()].to_string(),
                span: [span.start, span.end],
            }
        };
        let cue_span = norm.orig_span(ev.cue.clone());
        let (cameo, plover) = planned_codes(rel, ev.mood);
        Triple {
            doc: doc.id.clone(),
            sentence: index,
            source: ev.source.as_ref().map(actor_ref),
            relation: rel.label.clone(),
            cameo,
            plover,
            target: ev.target.as_ref().map(actor_ref),
            symmetric: rel.symmetric,
            negated: ev.negated,
            mood: ev.mood,
            evidence: doc.text[p.span.clone()].to_string(),
            span: [p.span.start, p.span.end],
            cue: CueRef {
                text: doc.text[cue_span.clone()].to_string(),
                span: [cue_span.start, cue_span.end],
            },
            lang: lang.code().to_string(),
            date: doc.date.clone(),
            confidence: (ev.confidence * 100.0).round() / 100.0,
        }
    }
}

/// The CAMEO and PLOVER codes of an event: a planned cooperative event is
/// an expressed intent (036, AGREE); a planned material conflict, announced
/// by the one who will carry it out ("will impose a curfew", "would
/// blockade Paris", "will halt mediation"), is a threat (CAMEO 13: 131
/// sanctions, 133 protest, 137 repression, 138 force); anything else keeps
/// its relation's.
pub fn planned_codes(rel: &crate::lexicon::Relation, mood: Mood) -> (String, String) {
    use crate::lexicon::Quad;
    if mood != Mood::Planned {
        return (rel.cameo.clone(), rel.plover.clone());
    }
    let threat = match rel.plover.as_str() {
        "SANCTION" => Some("131"),
        "PROTEST" => Some("133"),
        "COERCE" => Some("137"),
        "ASSAULT" | "MOBILIZE" => Some("138"),
        _ => None,
    };
    match (rel.quad, threat) {
        (Quad::VerbalCoop | Quad::MaterialCoop, _) => ("036".to_string(), "AGREE".to_string()),
        (Quad::MaterialConflict, Some(code)) => (code.to_string(), "THREATEN".to_string()),
        _ => (rel.cameo.clone(), rel.plover.clone()),
    }
}

/// One sentence after pass 1.
struct Parsed {
    /// Normalized byte range.
    range: Range<usize>,
    /// Original byte range.
    span: Range<usize>,
    hits: Vec<crate::lexicon::Hit>,
    mentions: Vec<Mention>,
    places: Vec<mentions::Place>,
}

/// Gives bare role words the country that the same word had where the
/// document resolved it: the nearest resolution before, else the nearest
/// after ("the regime" after "the Syrian regime"). A coalition is one
/// word whatever heads its phrase: "طيران التحالف" and "مقاتلات التحالف"
/// are the coalition the document named as led by a state ("التحالف
/// العربي", "التحالف بقيادة السعودية").
fn carry_role_words(parsed: &mut [Parsed], norm: &str) {
    use mentions::COALITION;
    // "حكومة وشعب السعودية", "شعب وحكومة المملكة": the government,
    // people or leadership joined by و to another of them of a named
    // state are that state's (the formula of condolences and congratulations).
    const STATE_AND_PEOPLE: &[&str] = &["حكومه", "شعب", "قياده", "حكومتي", "شعبي"];
    let of_state = |m: &Mention| {
        m.role_word
            .as_deref()
            .is_some_and(|w| STATE_AND_PEOPLE.contains(&w.strip_prefix("ال").unwrap_or(w)))
    };
    for p in parsed.iter_mut() {
        for k in 1..p.mentions.len() {
            let (before, after) = p.mentions.split_at_mut(k);
            let (m, n) = (&mut before[k - 1], &after[0]);
            if m.actor.is_none()
                && m.refers == Refers::Nothing
                && of_state(m)
                && of_state(n)
                && n.actor.is_some()
                && m.span.end <= n.span.start
                && n.conjoined()
                && norm[m.span.end..n.span.start].trim().is_empty()
            {
                m.actor = n.actor;
            }
        }
    }
    let coalition = |m: &Mention| norm[m.core.clone()].contains(COALITION);
    // "قوات النظام", "طيران الحكومة": a genitive that stands for a state's
    // regime or government is the one the document named ("النظام
    // السوري"), and so are the forces it owns.
    const OWNERS: &[&str] = &["النظام", "الحكومه"];
    let owner_word = |m: &Mention, from: usize| {
        norm[m.core.clone()]
            .split(' ')
            .skip(from)
            .find(|w| OWNERS.contains(w))
    };
    let mut resolved: HashMap<String, Vec<(usize, u32)>> = HashMap::new();
    let mut pos = 0;
    for p in parsed.iter() {
        for m in &p.mentions {
            if let Some(actor) = m.actor {
                // A resolved coalition lends its country under both its
                // words ("طيران التحالف" to a later bare "الطيران" too).
                if let Some(word) = &m.role_word {
                    resolved.entry(word.clone()).or_default().push((pos, actor));
                }
                if coalition(m) {
                    resolved
                        .entry(COALITION.to_string())
                        .or_default()
                        .push((pos, actor));
                }
                if let Some(w) = owner_word(m, 0) {
                    resolved
                        .entry(w.to_string())
                        .or_default()
                        .push((pos, actor));
                }
            }
            pos += 1;
        }
    }
    let mut pos = 0;
    for p in parsed.iter_mut() {
        for m in p.mentions.iter_mut() {
            if m.actor.is_none() && m.refers == Refers::Nothing {
                let word = if coalition(m) {
                    Some(COALITION)
                } else {
                    m.role_word.as_deref()
                };
                let list = word
                    .and_then(|w| resolved.get(w))
                    .or_else(|| owner_word(m, 1).and_then(|w| resolved.get(w)));
                if let Some(list) = list {
                    // Positions are ascending: the nearest before, else after.
                    let k = list.partition_point(|(at, _)| *at < pos);
                    let pick = k
                        .checked_sub(1)
                        .map(|b| &list[b])
                        .or_else(|| list[k..].iter().find(|(at, _)| *at > pos));
                    if let Some(&(_, actor)) = pick {
                        m.actor = Some(actor);
                        m.confidence = 0.7;
                    }
                }
            }
            pos += 1;
        }
    }
}

/// Gives a definite word for a group with no name ("التنظيم", "عناصر
/// التنظيم") the armed group or organization the document named last
/// before it: Arabic news names ISIS once and calls it "the organization"
/// from then on. With none named before, it keeps its role alone.
fn carry_group_words(lex: &Lexicon, parsed: &mut [Parsed]) {
    let mut last: Option<u32> = None;
    for p in parsed.iter_mut() {
        for m in p.mentions.iter_mut() {
            match m.actor {
                Some(a) if lex.actor(a).kind == crate::lexicon::ActorType::Group => {
                    last = Some(a);
                }
                None if m.refers == Refers::Group => {
                    if let Some(a) = last {
                        m.actor = Some(a);
                        m.confidence = 0.7;
                    }
                }
                _ => {}
            }
        }
    }
}

/// Empties every sentence on a line that carries site furniture (a cookie
/// notice, a "read also" link), and every sentence that opens with a
/// site's list of tags, keeping sentence numbers stable.
fn drop_boilerplate(lex: &Lexicon, text: &str, parsed: &mut [Parsed]) {
    for p in parsed.iter_mut() {
        let tags = p.hits.iter().min_by_key(|h| h.word_start).is_some_and(|h| {
            has_marker(lex, h, Marker::Tags)
                && p.range.start <= h.word_start
                && h.word_start <= p.range.start + 1
        });
        // Its names still tell what the article is about, and resolve
        // role words elsewhere in it; its cues are no events.
        if tags {
            p.hits.clear();
        }
    }
    let breaks: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    let line_of = |p: &Parsed| breaks.partition_point(|&b| b < p.span.start);
    let bad: std::collections::HashSet<usize> = parsed
        .iter()
        .filter(|p| {
            p.hits
                .iter()
                .any(|h| has_marker(lex, h, Marker::Boilerplate))
        })
        .map(line_of)
        .collect();
    if bad.is_empty() {
        return;
    }
    for p in parsed.iter_mut() {
        if bad.contains(&line_of(p)) {
            p.hits.clear();
            p.mentions.clear();
        }
    }
}

/// Whether a hit carries a marker of this kind.
fn has_marker(lex: &Lexicon, hit: &crate::lexicon::Hit, marker: Marker) -> bool {
    lex.senses(hit)
        .any(|s| matches!(s, Sense::Marker(m) if *m == marker))
}

#[cfg(test)]
mod tests;
