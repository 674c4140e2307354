//! Actor and relation dictionaries: the embedded defaults under `lexicons/`
//! plus any user files, compiled once into one matcher.
//!
//! The lexicon is the only place where actorgraph's knowledge of the world
//! lives. The code knows grammar (clitics, clauses, coordination); the
//! tables know names, roles, cues and markers. See docs/lexicons.md.

mod fuzzy;
mod matcher;
mod table;
mod trie;

pub use matcher::Hit;
pub use table::TableKind;

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;

use crate::error::Error;
use crate::text::{is_arabic_char, Lang, Normalized};
use table::{Row, Table};

/// The embedded default tables, as `(name, text)`.
const EMBEDDED: &[(&str, &str)] = &[
    (
        "lexicons/relations.tsv",
        include_str!("../../lexicons/relations.tsv"),
    ),
    (
        "lexicons/actors/states.tsv",
        include_str!("../../lexicons/actors/states.tsv"),
    ),
    (
        "lexicons/actors/organizations.tsv",
        include_str!("../../lexicons/actors/organizations.tsv"),
    ),
    (
        "lexicons/names/states.generated.tsv",
        include_str!("../../lexicons/names/states.generated.tsv"),
    ),
    (
        "lexicons/names/states.curated.tsv",
        include_str!("../../lexicons/names/states.curated.tsv"),
    ),
    (
        "lexicons/names/states.historical.tsv",
        include_str!("../../lexicons/names/states.historical.tsv"),
    ),
    (
        "lexicons/names/organizations.tsv",
        include_str!("../../lexicons/names/organizations.tsv"),
    ),
    (
        "lexicons/names/people.tsv",
        include_str!("../../lexicons/names/people.tsv"),
    ),
    (
        "lexicons/names/people.historical.tsv",
        include_str!("../../lexicons/names/people.historical.tsv"),
    ),
    (
        "lexicons/names/people.ministers.tsv",
        include_str!("../../lexicons/names/people.ministers.tsv"),
    ),
    (
        "lexicons/names/people.officials.tsv",
        include_str!("../../lexicons/names/people.officials.tsv"),
    ),
    (
        "lexicons/names/people.nonstate.tsv",
        include_str!("../../lexicons/names/people.nonstate.tsv"),
    ),
    (
        "lexicons/names/groups.parties.tsv",
        include_str!("../../lexicons/names/groups.parties.tsv"),
    ),
    (
        "lexicons/names/groups.armed.tsv",
        include_str!("../../lexicons/names/groups.armed.tsv"),
    ),
    (
        "lexicons/names/institutions.tsv",
        include_str!("../../lexicons/names/institutions.tsv"),
    ),
    (
        "lexicons/names/places.tsv",
        include_str!("../../lexicons/names/places.tsv"),
    ),
    (
        "lexicons/names/ethnic.tsv",
        include_str!("../../lexicons/names/ethnic.tsv"),
    ),
    (
        "lexicons/roles.tsv",
        include_str!("../../lexicons/roles.tsv"),
    ),
    (
        "lexicons/markers.tsv",
        include_str!("../../lexicons/markers.tsv"),
    ),
    (
        "lexicons/cues/en.tsv",
        include_str!("../../lexicons/cues/en.tsv"),
    ),
    (
        "lexicons/cues/ar.tsv",
        include_str!("../../lexicons/cues/ar.tsv"),
    ),
];

/// What kind of actor an id names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActorType {
    State,
    Igo,
    Group,
    Ngo,
}

impl ActorType {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorType::State => "state",
            ActorType::Igo => "igo",
            ActorType::Group => "group",
            ActorType::Ngo => "ngo",
        }
    }
}

/// An actor definition.
#[derive(Clone, Debug)]
pub struct Actor {
    pub id: String,
    pub kind: ActorType,
    pub name_en: String,
    pub name_ar: String,
    /// The state a group or NGO belongs to (HAMAS → PSE), as CAMEO actor
    /// codes give it; `None` for states and transnational actors.
    pub country: Option<String>,
}

/// The CAMEO quad class of a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quad {
    VerbalCoop,
    MaterialCoop,
    VerbalConflict,
    MaterialConflict,
}

impl Quad {
    pub fn as_str(self) -> &'static str {
        match self {
            Quad::VerbalCoop => "verbal-coop",
            Quad::MaterialCoop => "material-coop",
            Quad::VerbalConflict => "verbal-conflict",
            Quad::MaterialConflict => "material-conflict",
        }
    }

    fn parse(s: &str) -> Option<Quad> {
        Some(match s {
            "verbal-coop" => Quad::VerbalCoop,
            "material-coop" => Quad::MaterialCoop,
            "verbal-conflict" => Quad::VerbalConflict,
            "material-conflict" => Quad::MaterialConflict,
            _ => return None,
        })
    }

    /// Whether the class is verbal (statements rather than deeds).
    pub fn is_verbal(self) -> bool {
        matches!(self, Quad::VerbalCoop | Quad::VerbalConflict)
    }
}

/// A relation label with its codes.
#[derive(Clone, Debug)]
pub struct Relation {
    pub label: String,
    pub cameo: String,
    pub plover: String,
    pub quad: Quad,
    pub symmetric: bool,
    pub description: String,
}

impl Relation {
    /// Whether an event of this relation is news without a named source:
    /// a protest, an attack, a deployment or an arrest is reported even
    /// when the text names no one behind it. Other events need a source.
    pub fn stands_alone(&self) -> bool {
        matches!(
            self.plover.as_str(),
            "PROTEST" | "ASSAULT" | "MOBILIZE" | "COERCE"
        )
    }

    /// Whether an event of this relation is news with a named source and
    /// no target: a withdrawal ("Israel withdrew its troops") or a
    /// concession ("Hizbollah declared a unilateral ceasefire") is done,
    /// not done to someone. (Classes that stand alone need not even a
    /// source.)
    pub fn source_suffices(&self) -> bool {
        self.stands_alone() || matches!(self.plover.as_str(), "RETREAT" | "CONCEDE")
    }
}

/// How a cue finds its source and target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    Verb,
    Noun,
    Passive,
    /// A word for the actors of an event that reports the event by being
    /// there: "protesters", "strikers", المتظاهرون. It is also a role word;
    /// the mention it heads is the source.
    Actor,
    /// A modal of obligation in reported speech: "X said Y must ...". The
    /// speaker demands it (the source); the modal's subject is the target.
    Obligation,
}

/// A grammatical marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Negation,
    Planned,
    Speech,
    Boundary,
    Agent,
    Between,
    /// Site furniture (cookie notices, "read also" links): the line that
    /// holds it is not news and yields nothing.
    Boilerplate,
    /// A temporal or causal preposition ("after", "since", "in the wake
    /// of", بعد، منذ، إثر): an event noun right after it names an earlier
    /// event as background, not a new one.
    Background,
    /// A condition ("if", "unless", إذا، لو): a cue after it in its clause
    /// is a hypothesis, not an event.
    Hypothetical,
    /// A word that stops or suspends what follows ("halted", "cancelled",
    /// علقت): an aid, cooperation or consultation cue right after it is a
    /// sanction.
    Reduction,
    /// A word that ends what follows ("to end the fighting", "halt
    /// attacks", وقف القتال): a violent event right after it, like one after
    /// a reduction, is what someone wants stopped, not one that happens.
    Cessation,
    /// A natural disaster or an accident ("earthquake", "floods", "crash",
    /// زلزال): the deaths a sentence with one reports are no one's attack.
    Disaster,
    /// A fixed phrase that holds a cue's words in another sense ("declined
    /// to comment", "heart attack", السيطرة على الحريق): as the longest
    /// match it takes the words from the cue, and it means nothing itself.
    Idiom,
    /// A word of a sports contest (مباراة, ركلات الترجيح, "semi-final"):
    /// in its sentence teams meet, attack, gather and reject in play; only
    /// a killing stays news.
    Sport,
    /// A claim of responsibility ("claimed responsibility for",
    /// مسؤوليتها عن): whoever claims an act is its agent, though the verb
    /// of the claim is one of saying ("أعلنت حركة طالبان مسؤوليتها عن
    /// الهجوم").
    Claim,
    /// A quotation of scripture or of the prophet's sayings (قال الله
    /// تعالى، قال رسول الله): the cues after it in its sentence are a rule
    /// or a story, not news.
    Scripture,
    /// The word that opens a site's list of tags or keywords (سمات,
    /// "Tags:"): a sentence that opens with it is no sentence and yields
    /// nothing ("سمات اجتماع الجبير الخليج الدوحة كيري").
    Tags,
}

/// What a role word refers to besides its role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refers {
    /// Nothing: the country comes from the words around it.
    Nothing,
    /// First person ("our soldiers"): the country of whoever is speaking.
    Speaker,
    /// A counterpart ("his Russian counterpart").
    Counterpart,
    /// A third-person possessive ("its troops", "قواتها"): the speaker's
    /// when it opens what a speech verb reports ("Hamas said its fighters
    /// attacked", "قالت إسرائيل إن قواتها قتلت"); elsewhere its clause's or
    /// its sentence's subject's, or the role alone.
    Owner,
    /// A definite word for an armed group or an organization with no name
    /// ("التنظيم"): the group the document named last before it.
    Group,
    /// A military rank ("Lt. Gen.", "العقيد"): the role of a body of arms,
    /// unless the person named after it holds an office of their own
    /// ("Lt. Gen. Prosper Avril", Haiti's president, is its government).
    Rank,
}

/// The role code given to places: they locate, they do not act.
pub const PLACE_ROLE: &str = "LOC";

/// The roles of armed bodies, after whose words a names table's "... "
/// forms match (see [`After::ArmedRole`]).
const ARMED_ROLES: &[&str] = &["MIL", "COP", "REB"];

/// What a names table writes before a form that matches only after a
/// word for an armed body.
const AFTER_ARMED_ROLE: &str = "... ";

/// What one dictionary form means. A form may mean several things (a cue
/// and a marker, a name in two periods).
#[derive(Clone, Debug)]
pub enum Sense {
    /// A name of an actor, optionally in a role and for a period.
    Name {
        actor: u32,
        role: Option<String>,
        from: Option<i32>,
        until: Option<i32>,
    },
    /// A place in a country (role `LOC`).
    Place { actor: u32 },
    /// A role word.
    Role { role: String, refers: Refers },
    /// A relation cue.
    Cue { relation: u16, kind: CueKind },
    /// A grammatical marker.
    Marker(Marker),
}

/// How an English form's case must agree with the text.
#[derive(Clone, Debug, PartialEq, Eq)]
enum CaseRule {
    /// Any case.
    Any,
    /// The text's first letter must be upper case.
    Capitalized,
    /// The text must be exactly this (acronyms: "US", "UN").
    Exact(String),
    /// An Arabic role word or cue written with a hamza on its alif (إمام,
    /// إبعاد): the text may drop the hamza, as news often does, but not
    /// write the other one. "أمام" (in front of) is no "إمام" (an imam),
    /// though both fold to امام.
    Hamza(Box<str>),
}

/// The alifs that carry a hamza, which normalization folds to ا.
const HAMZA_ALIFS: &[char] = &['أ', 'إ', 'آ'];

/// Whether `text` writes no hamza on an alif where `form` writes another:
/// the two are compared letter by letter, diacritics, tatweel and spaces
/// aside; if their letters do not line up, nothing is said against it.
fn hamza_agrees(form: &str, text: &str) -> bool {
    fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars().filter(|&c| {
            !c.is_whitespace() && c != '\u{640}' && !('\u{64B}'..='\u{652}').contains(&c)
        })
    }
    let (mut form, mut text) = (letters(form), letters(text));
    let mut other_seat = false;
    loop {
        match (form.next(), text.next()) {
            (Some(f), Some(t)) => {
                other_seat |= HAMZA_ALIFS.contains(&f) && HAMZA_ALIFS.contains(&t) && f != t;
            }
            (None, None) => return !other_seat,
            _ => return true,
        }
    }
}

/// One entry of the compiled dictionary.
#[derive(Clone, Debug)]
struct Entry {
    sense: Sense,
    lang: Lang,
    case: CaseRule,
    /// For an Arabic form registered without its leading ال: it only
    /// matches after a clitic chain that supplies the article.
    needs_article: bool,
    /// For an Arabic name of a person or a place written without the
    /// article: it never matches after one. Proper names take the article
    /// only where it is part of them (الخامنئي); with it, their letters
    /// are another word ("الطريق المؤدي" is no مودي, "الجدة" no Jeddah).
    takes_no_article: bool,
    /// For an Arabic form written with a final ه (an attached pronoun, as
    /// in قتله, or a root letter): text that ends in ة instead is another
    /// word ("القتلة", the killers), though normalization folds ة to ه.
    ends_in_ha: bool,
    /// For an Arabic word (not a name) written with a final ة: text that
    /// ends in ه instead is another word ("قاده", led him, is no "قادة",
    /// leaders).
    ends_in_taa: bool,
    /// For a gapped cue ("fired ... at"), the words (normalized) that must
    /// follow the form after one to a few words in its clause; the hit
    /// then runs to their end.
    gap_tail: Option<String>,
    /// What the word before the form must be for it to match (see
    /// [`After`]).
    after: After,
}

/// A word that a form matches only right after (a space apart, no
/// punctuation): for the Arabic names whose letters are mostly another
/// word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum After {
    /// Any word, or none.
    Anything,
    /// A role word in the indefinite accusative, for the accusative of an
    /// Arabic nisba (أميركيا from أميركي), which the tables do not list:
    /// the noun it agrees with ("جنديا أميركيا"). Elsewhere the form is an
    /// adverb ("المدعوم أميركيا", backed by America), or the adjective of
    /// a word that is no actor, which alone would read as the state ("69
    /// دولارا أمريكيا", "50 سجينا سعوديا").
    AccusativeRole,
    /// A role word of an armed body (army, police, rebels): for a form a
    /// names table writes after "... " ("... المالية"), a nisba that is
    /// mostly an everyday adjective (مالي is "financial") but the state's
    /// after soldiers or forces ("القوات المالية", "جنود ماليين").
    ArmedRole,
}

/// The compiled lexicon.
pub struct Lexicon {
    /// Tells compiled lexicons apart (a counter), so that a store can trust
    /// what it checked against this one.
    stamp: u64,
    actors: Vec<Actor>,
    actor_index: HashMap<String, u32>,
    relations: Vec<Relation>,
    entries: Vec<Entry>,
    matcher: matcher::Matcher,
    surnames: fuzzy::Surnames,
    state_names: fuzzy::StateNames,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("actors", &self.actors.len())
            .field("relations", &self.relations.len())
            .field("entries", &self.entries.len())
            .finish()
    }
}

/// Collects tables before compiling them into a [`Lexicon`].
#[derive(Default)]
pub struct Builder {
    sources: Vec<(String, String)>,
}

impl Builder {
    /// A builder with the embedded default tables.
    pub fn with_defaults() -> Builder {
        Builder {
            sources: EMBEDDED
                .iter()
                .map(|(n, t)| ((*n).to_string(), (*t).to_string()))
                .collect(),
        }
    }

    /// An empty builder (tests and users who want only their own tables).
    pub fn empty() -> Builder {
        Builder::default()
    }

    /// Adds a table from text.
    pub fn add_text(&mut self, name: &str, text: &str) -> &mut Builder {
        self.sources.push((name.to_string(), text.to_string()));
        self
    }

    /// Adds a table from a user file.
    pub fn add_file(&mut self, path: &Path) -> Result<&mut Builder, Error> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let line = e.as_bytes()[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            Error::lexicon(
                &path.display().to_string(),
                line,
                "not valid UTF-8".to_string(),
            )
        })?;
        self.sources.push((path.display().to_string(), text));
        Ok(self)
    }

    /// Parses, checks and compiles every table.
    pub fn build(&self) -> Result<Lexicon, Error> {
        // Parsing the tables and normalizing their forms is most of
        // start-up that is not the trie: it runs on all cores, table by
        // table (the order of the results, and so of the entries and of the
        // first error reported, is the tables' order).
        let tables = self
            .sources
            .par_iter()
            .map(|(name, text)| Table::parse(name, text))
            .collect::<Vec<_>>()
            .into_iter()
            .collect::<Result<Vec<_>, _>>()?;
        let of = |kind: TableKind| tables.iter().filter(move |t| t.kind == kind);

        static STAMPS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let mut lex = Lexicon {
            stamp: STAMPS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            actors: Vec::new(),
            actor_index: HashMap::new(),
            relations: Vec::new(),
            entries: Vec::new(),
            matcher: matcher::Matcher::default(),
            surnames: fuzzy::Surnames::default(),
            state_names: fuzzy::StateNames::default(),
        };
        for t in of(TableKind::Relations) {
            for row in &t.rows {
                lex.add_relation(t, row)?;
            }
        }
        for t in of(TableKind::Actors) {
            for row in &t.rows {
                lex.add_actor(t, row)?;
            }
        }
        let lex_ref = &lex;
        let per_table = tables
            .par_iter()
            .map(|t| {
                let mut forms: Vec<(String, Entry)> = Vec::new();
                // Names of people are the tables named people….
                let people = std::path::Path::new(&t.source)
                    .file_name()
                    .and_then(|f| f.to_str())
                    .is_some_and(|f| f.starts_with("people"));
                for row in &t.rows {
                    let entry = match t.kind {
                        TableKind::Actors | TableKind::Relations => continue,
                        TableKind::Names => lex_ref.name_entry(t, row, people)?,
                        TableKind::Roles => role_entry(t, row)?,
                        TableKind::Cues => lex_ref.cue_entry(t, row)?,
                        TableKind::Markers => marker_entry(t, row)?,
                    };
                    forms.extend(entry);
                }
                Ok(forms)
            })
            .collect::<Vec<Result<Vec<(String, Entry)>, Error>>>();
        let total = per_table
            .iter()
            .map(|r| r.as_ref().map_or(0, Vec::len))
            .sum();
        let mut forms: Vec<(String, Entry)> = Vec::with_capacity(total);
        for table_forms in per_table {
            forms.extend(table_forms?);
        }
        lex.compile(forms)
            .map_err(|m| Error::lexicon("<lexicon>", 0, m))?;
        Ok(lex)
    }
}

impl Lexicon {
    /// A number no other lexicon compiled in this process has.
    pub fn stamp(&self) -> u64 {
        self.stamp
    }

    /// The embedded default lexicon.
    pub fn embedded() -> Result<Lexicon, Error> {
        Builder::with_defaults().build()
    }

    /// The embedded lexicon plus user files.
    pub fn with_files(paths: &[impl AsRef<Path>]) -> Result<Lexicon, Error> {
        let mut b = Builder::with_defaults();
        for p in paths {
            b.add_file(p.as_ref())?;
        }
        b.build()
    }

    /// All actor definitions.
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// The actor at an index given by a [`Sense`].
    pub fn actor(&self, index: u32) -> &Actor {
        &self.actors[index as usize]
    }

    /// The country an actor stands for: a state's own id, or the state a
    /// group or NGO belongs to.
    pub fn country_of<'a>(&self, actor: &'a Actor) -> Option<&'a str> {
        match actor.kind {
            ActorType::State => Some(&actor.id),
            _ => actor.country.as_deref(),
        }
    }

    /// The actor with this id.
    pub fn actor_by_id(&self, id: &str) -> Option<&Actor> {
        self.actor_index.get(id).map(|&i| &self.actors[i as usize])
    }

    /// All relations.
    pub fn relations(&self) -> &[Relation] {
        &self.relations
    }

    /// The relation at an index given by a [`Sense`].
    pub fn relation(&self, index: u16) -> &Relation {
        &self.relations[index as usize]
    }

    /// The first relation of a PLOVER class, by its index.
    pub fn relation_of_class(&self, plover: &str) -> Option<u16> {
        self.relations
            .iter()
            .position(|r| r.plover == plover)
            .map(|i| i as u16)
    }

    /// The index of the relation with this label.
    pub fn relation_index(&self, label: &str) -> Option<u16> {
        self.relations
            .iter()
            .position(|r| r.label == label)
            .map(|i| i as u16)
    }

    /// The relation with this label.
    pub fn relation_by_label(&self, label: &str) -> Option<&Relation> {
        self.relations.iter().find(|r| r.label == label)
    }

    /// Number of dictionary entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the lexicon has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Finds every dictionary form in `norm` (the normalized text of
    /// `orig`) within the normalized byte range `range`, for an article of
    /// year `year`: the longest valid match at each word, left to right,
    /// never overlapping; an office-holder's surname one letter off after a
    /// title ("President Laurent Gbago"), and a state's or a people's name
    /// one letter off ("Ethopia", see `fuzzy`).
    pub fn find(
        &self,
        orig: &str,
        norm: &Normalized,
        range: std::ops::Range<usize>,
        year: Option<i32>,
    ) -> Vec<Hit> {
        let mut hits = self.matcher.find(self, orig, norm, range.clone(), year);
        self.near_surnames(orig, norm, range.clone(), year, &mut hits);
        self.near_state_names(orig, norm, range, year, &mut hits);
        hits
    }

    /// The senses of a hit.
    pub fn senses<'a>(&'a self, hit: &'a Hit) -> impl Iterator<Item = &'a Sense> + 'a {
        hit.entries
            .iter()
            .map(move |&e| &self.entries[e as usize].sense)
    }

    fn add_relation(&mut self, t: &Table, row: &Row) -> Result<(), Error> {
        let c = &row.cells;
        let err = |m: String| Error::lexicon(&t.source, row.line, m);
        if c[0].is_empty() || !c[0].chars().all(|ch| ch.is_ascii_lowercase() || ch == '_') {
            return Err(err(format!(
                "relation label {:?} must be lower-case letters",
                c[0]
            )));
        }
        if !c[1].chars().all(|ch| ch.is_ascii_digit()) || !(3..=4).contains(&c[1].len()) {
            return Err(err(format!("CAMEO code {:?} must be 3 or 4 digits", c[1])));
        }
        let quad =
            Quad::parse(c[3]).ok_or_else(|| err(format!("unknown quad class {:?}", c[3])))?;
        let symmetric = parse_yes_no(c[4])
            .ok_or_else(|| err(format!("symmetric must be yes or no, not {:?}", c[4])))?;
        if self.relations.iter().any(|r| r.label == c[0]) {
            return Err(err(format!("relation {:?} is defined twice", c[0])));
        }
        self.relations.push(Relation {
            label: c[0].to_string(),
            cameo: c[1].to_string(),
            plover: c[2].to_string(),
            quad,
            symmetric,
            description: c[5].to_string(),
        });
        Ok(())
    }

    fn add_actor(&mut self, t: &Table, row: &Row) -> Result<(), Error> {
        let c = &row.cells;
        let err = |m: String| Error::lexicon(&t.source, row.line, m);
        if !valid_id(c[0]) {
            return Err(err(format!(
                "actor id {:?} must match [A-Z][A-Z0-9_]{{1,15}}",
                c[0]
            )));
        }
        let kind = match c[1] {
            "state" => ActorType::State,
            "igo" => ActorType::Igo,
            "group" => ActorType::Group,
            "ngo" => ActorType::Ngo,
            other => {
                return Err(err(format!(
                    "unknown actor type {other:?} (state, igo, group, ngo)"
                )))
            }
        };
        if !c[4].is_empty() && (c[4].len() != 3 || !valid_id(c[4]) || kind == ActorType::State) {
            return Err(err(format!(
                "country {:?} must be a state's 3-letter id, given for a non-state actor",
                c[4]
            )));
        }
        let actor = Actor {
            id: c[0].to_string(),
            kind,
            name_en: c[2].to_string(),
            name_ar: c[3].to_string(),
            country: (!c[4].is_empty()).then(|| c[4].to_string()),
        };
        // A later table may redefine an actor (a user file renaming one).
        match self.actor_index.get(c[0]) {
            Some(&i) => self.actors[i as usize] = actor,
            None => {
                self.actor_index
                    .insert(c[0].to_string(), self.actors.len() as u32);
                self.actors.push(actor);
            }
        }
        Ok(())
    }

    fn name_entry(
        &self,
        t: &Table,
        row: &Row,
        people: bool,
    ) -> Result<Option<(String, Entry)>, Error> {
        let c = &row.cells;
        let err = |m: String| Error::lexicon(&t.source, row.line, m);
        let &actor = self.actor_index.get(c[0]).ok_or_else(|| {
            err(format!(
                "actor id {:?} is not defined in any actor table",
                c[0]
            ))
        })?;
        let lang = parse_lang(c[1])
            .ok_or_else(|| err(format!("lang must be en or ar, not {:?}", c[1])))?;
        let year = |s: &str| -> Result<Option<i32>, Error> {
            if s.is_empty() {
                return Ok(None);
            }
            s.parse::<i32>()
                .ok()
                .filter(|y| (1000..=9999).contains(y))
                .map(Some)
                .ok_or_else(|| err(format!("{s:?} is not a year")))
        };
        let (from, until) = (year(c[4])?, year(c[5])?);
        let sense = match c[3] {
            PLACE_ROLE => Sense::Place { actor },
            "" => Sense::Name {
                actor,
                role: None,
                from,
                until,
            },
            role if valid_role(role) => Sense::Name {
                actor,
                role: Some(role.to_string()),
                from,
                until,
            },
            role => {
                return Err(err(format!(
                    "role {role:?} must be an upper-case code such as GOV"
                )))
            }
        };
        // Names of people and of places.
        let proper = people || matches!(sense, Sense::Place { .. });
        let (form, after) = match c[2].strip_prefix(AFTER_ARMED_ROLE) {
            Some(form) => (form, After::ArmedRole),
            None => (c[2], After::Anything),
        };
        let mut named = entry(form, lang, sense).map_err(err)?;
        if let Some((form, e)) = named.as_mut() {
            e.takes_no_article = proper && lang == Lang::Ar && !form.starts_with("ال");
            e.after = after;
        }
        Ok(named)
    }

    fn cue_entry(&self, t: &Table, row: &Row) -> Result<Option<(String, Entry)>, Error> {
        let c = &row.cells;
        let err = |m: String| Error::lexicon(&t.source, row.line, m);
        let relation = self
            .relations
            .iter()
            .position(|r| r.label == c[0])
            .ok_or_else(|| {
                err(format!(
                    "relation {:?} is not in the relation vocabulary",
                    c[0]
                ))
            })?;
        let lang = parse_lang(c[1])
            .ok_or_else(|| err(format!("lang must be en or ar, not {:?}", c[1])))?;
        let kind = match c[3] {
            "verb" => CueKind::Verb,
            "noun" => CueKind::Noun,
            "passive" => CueKind::Passive,
            "actor" => CueKind::Actor,
            "obligation" => CueKind::Obligation,
            other => {
                return Err(err(format!(
                    "cue kind {other:?} must be verb, noun, passive, actor or obligation"
                )))
            }
        };
        // "fired ... at": a gapped cue, its form and its tail.
        let form = c[2].replace('\u{2026}', "...");
        let (head, tail) = match form.split_once("...") {
            Some((head, tail)) => (head, Some(tail.trim())),
            None => (form.as_str(), None),
        };
        if tail.is_some_and(|t| t.is_empty() || t.contains("...")) || head.trim().is_empty() {
            return Err(err(format!(
                "cue {:?} must have words on both sides of its one gap (\"...\")",
                c[2]
            )));
        }
        let mut cue = entry(
            head,
            lang,
            Sense::Cue {
                relation: relation as u16,
                kind,
            },
        )
        .map_err(err)?;
        if let (Some((_, e)), Some(tail)) = (cue.as_mut(), tail) {
            let norm = Normalized::new(tail).text;
            e.gap_tail = Some(norm.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        Ok(cue)
    }

    fn compile(&mut self, forms: Vec<(String, Entry)>) -> Result<(), String> {
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_entries: Vec<Vec<u32>> = Vec::new();
        // An Arabic form that starts with the article (العراق) is also
        // registered without it, for clitic chains that absorb the article's
        // alef (للعراق = ل + العراق).
        let stripped: Vec<(String, Entry)> = forms
            .iter()
            .filter(|(f, e)| e.lang == Lang::Ar && f.starts_with("ال") && f.chars().count() > 3)
            .map(|(f, e)| {
                (
                    f["ال".len()..].to_string(),
                    Entry {
                        needs_article: true,
                        takes_no_article: false,
                        ..e.clone()
                    },
                )
            })
            .collect();
        let accusatives = nisba_accusatives(&forms);
        // One pattern per distinct form, in order of first appearance, with
        // the entries of that form in table order.
        // (Every vector is sized once: growing them was a tenth of
        // start-up, most of it copying.)
        let mut all: Vec<(String, Entry)> =
            Vec::with_capacity(forms.len() + stripped.len() + accusatives.len());
        all.extend(forms);
        all.extend(stripped);
        all.extend(accusatives);
        let mut pattern_of: HashMap<&str, usize> = HashMap::with_capacity(all.len());
        let mut firsts: Vec<usize> = Vec::with_capacity(all.len());
        pattern_entries.reserve(all.len());
        for (i, (form, _)) in all.iter().enumerate() {
            let next = firsts.len();
            let p = *pattern_of.entry(form.as_str()).or_insert(next);
            let e = (self.entries.len() + i) as u32;
            if p == next {
                firsts.push(i);
                pattern_entries.push(vec![e]);
            } else {
                pattern_entries[p].push(e);
            }
        }
        patterns.reserve(firsts.len());
        self.entries.reserve(all.len());
        drop(pattern_of);
        let mut is_first = vec![false; all.len()];
        for &i in &firsts {
            is_first[i] = true;
        }
        for (i, (form, entry)) in all.into_iter().enumerate() {
            if is_first[i] {
                patterns.push(form);
            }
            self.entries.push(entry);
        }
        self.surnames = fuzzy::Surnames::new(&patterns, &pattern_entries, &self.entries);
        self.state_names =
            fuzzy::StateNames::new(&patterns, &pattern_entries, &self.entries, &self.actors);
        self.matcher = matcher::Matcher::new(patterns, pattern_entries)?;
        Ok(())
    }

    /// Whether entry `e` may match text whose original is `orig_form`, after
    /// the clitic chain `prefix`, in an article of year `year`.
    fn accepts(&self, e: u32, orig_form: &str, article: bool, year: Option<i32>) -> bool {
        let entry = &self.entries[e as usize];
        if entry.needs_article && !article || entry.takes_no_article && article {
            return false;
        }
        if entry.ends_in_ha && ends_in_taa_marbuta(orig_form) {
            return false;
        }
        if entry.ends_in_taa && last_letter(orig_form) == Some('ه') {
            return false;
        }
        match &entry.case {
            CaseRule::Any => {}
            CaseRule::Capitalized => {
                if !orig_form
                    .chars()
                    .find(|c| c.is_alphabetic())
                    .is_some_and(char::is_uppercase)
                {
                    return false;
                }
            }
            CaseRule::Exact(s) => {
                if orig_form != s {
                    return false;
                }
            }
            CaseRule::Hamza(form) => {
                if !hamza_agrees(form, orig_form) {
                    return false;
                }
            }
        }
        if let (Sense::Name { from, until, .. }, Some(y)) = (&entry.sense, year) {
            if from.is_some_and(|f| y < f) || until.is_some_and(|u| y > u) {
                return false;
            }
        }
        true
    }

    /// Orders the entries of one hit in a dated article so that, of one
    /// actor's names, the one with the shortest period comes first: it is
    /// the more specific claim. Benazir Bhutto's line as head of government
    /// spans her two terms (1988-1996); in 1991 the line of her years in
    /// opposition says what she was. Other entries keep their order.
    fn narrowest_first(&self, entries: &mut [u32]) {
        let name = |e: u32| match &self.entries[e as usize].sense {
            Sense::Name {
                actor, from, until, ..
            } => Some((
                *actor,
                until.unwrap_or(i32::MAX / 2) - from.unwrap_or(i32::MIN / 2),
            )),
            _ => None,
        };
        let names = entries.iter().filter(|&&e| name(e).is_some()).count();
        if names < 2 {
            return;
        }
        let original: Vec<u32> = entries.to_vec();
        entries.sort_by_key(|&e| match name(e) {
            Some((actor, span)) => {
                let first = original
                    .iter()
                    .position(|&o| name(o).is_some_and(|(a, _)| a == actor))
                    .unwrap_or(0);
                (first, span)
            }
            None => (original.iter().position(|&o| o == e).unwrap_or(0), 0),
        });
    }

    /// The tail of entry `e` if it is a gapped cue.
    fn gap_tail(&self, e: u32) -> Option<&str> {
        self.entries[e as usize].gap_tail.as_deref()
    }

    fn after(&self, e: u32) -> After {
        self.entries[e as usize].after
    }

    /// Whether entry `e` is a role word of an armed body.
    fn is_armed_role(&self, e: u32) -> bool {
        matches!(&self.entries[e as usize].sense, Sense::Role { role, .. } if ARMED_ROLES.contains(&role.as_str()))
    }

    fn is_role(&self, e: u32) -> bool {
        matches!(self.entries[e as usize].sense, Sense::Role { .. })
    }

    fn is_cue(&self, e: u32) -> bool {
        matches!(self.entries[e as usize].sense, Sense::Cue { .. })
    }

    fn is_actor_word(&self, e: u32) -> bool {
        matches!(
            self.entries[e as usize].sense,
            Sense::Name { .. } | Sense::Role { .. }
        )
    }

    fn is_passive_cue(&self, e: u32) -> bool {
        matches!(
            self.entries[e as usize].sense,
            Sense::Cue {
                kind: CueKind::Passive,
                ..
            }
        )
    }

    /// Whether entry `e` is a cue read as a verb: active, or passive in
    /// sense ("لقي ... مصرعه": whoever meets death is its victim).
    fn is_verb_cue(&self, e: u32) -> bool {
        matches!(
            self.entries[e as usize].sense,
            Sense::Cue {
                kind: CueKind::Verb | CueKind::Passive,
                ..
            }
        )
    }
}

fn role_entry(t: &Table, row: &Row) -> Result<Option<(String, Entry)>, Error> {
    let c = &row.cells;
    let err = |m: String| Error::lexicon(&t.source, row.line, m);
    if !valid_role(c[0]) {
        return Err(err(format!(
            "role {:?} must be an upper-case code such as GOV",
            c[0]
        )));
    }
    let lang =
        parse_lang(c[1]).ok_or_else(|| err(format!("lang must be en or ar, not {:?}", c[1])))?;
    let refers = match c[3] {
        "" => Refers::Nothing,
        "speaker" => Refers::Speaker,
        "counterpart" => Refers::Counterpart,
        "owner" => Refers::Owner,
        "group" => Refers::Group,
        "rank" => Refers::Rank,
        other => {
            return Err(err(format!(
                "refers must be empty, speaker, counterpart, owner, group or rank, not {other:?}"
            )))
        }
    };
    entry(
        c[2],
        lang,
        Sense::Role {
            role: c[0].to_string(),
            refers,
        },
    )
    .map_err(err)
}

fn marker_entry(t: &Table, row: &Row) -> Result<Option<(String, Entry)>, Error> {
    let c = &row.cells;
    let err = |m: String| Error::lexicon(&t.source, row.line, m);
    let marker = match c[0] {
        "negation" => Marker::Negation,
        "planned" => Marker::Planned,
        "speech" => Marker::Speech,
        "boundary" => Marker::Boundary,
        "agent" => Marker::Agent,
        "between" => Marker::Between,
        "boilerplate" => Marker::Boilerplate,
        "background" => Marker::Background,
        "hypothetical" => Marker::Hypothetical,
        "reduction" => Marker::Reduction,
        "cessation" => Marker::Cessation,
        "disaster" => Marker::Disaster,
        "idiom" => Marker::Idiom,
        "sport" => Marker::Sport,
        "claim" => Marker::Claim,
        "scripture" => Marker::Scripture,
        "tags" => Marker::Tags,
        other => return Err(err(format!("unknown marker {other:?}"))),
    };
    let lang =
        parse_lang(c[1]).ok_or_else(|| err(format!("lang must be en or ar, not {:?}", c[1])))?;
    entry(c[2], lang, Sense::Marker(marker)).map_err(err)
}

/// Normalizes a form and decides its case rule. Forms that normalize to
/// nothing are an error. Returns the normalized form and its entry.
fn entry(form: &str, lang: Lang, sense: Sense) -> Result<Option<(String, Entry)>, String> {
    let mut norm = Normalized::new(form.trim()).text;
    // Nearly every form is already single-spaced: only rebuild the others
    // (start-up reads a hundred thousand forms).
    let single_spaced = !norm.starts_with(' ')
        && !norm.ends_with(' ')
        && !norm.contains("  ")
        && !norm.contains(|c: char| c.is_whitespace() && c != ' ');
    if !single_spaced {
        norm = norm.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    if norm.is_empty() {
        return Err(format!("form {form:?} is empty after normalization"));
    }
    if lang == Lang::Ar && !norm.chars().any(is_arabic_char) {
        return Err(format!(
            "form {form:?} is marked ar but has no Arabic letters"
        ));
    }
    let case = if lang == Lang::En {
        let mut letters = form.chars().filter(|c| c.is_alphabetic());
        let first = letters.next();
        let mut rest = letters.peekable();
        let acronym = first.is_some_and(char::is_uppercase)
            && rest.peek().is_some()
            && rest.all(char::is_uppercase);
        if acronym {
            CaseRule::Exact(form.trim().to_string())
        } else if first.is_some_and(char::is_uppercase) {
            CaseRule::Capitalized
        } else {
            CaseRule::Any
        }
    } else if matches!(sense, Sense::Role { .. } | Sense::Cue { .. }) && form.contains(HAMZA_ALIFS)
    {
        // Role words and cues are Arabic words, whose hamza is part of
        // them ("أبعاد" are dimensions, "إبعاد" an expulsion); names of
        // foreign people and places are written with either seat
        // (إسبانيا, أسبانيا).
        CaseRule::Hamza(form.trim().into())
    } else {
        CaseRule::Any
    };
    // Names of places and people are transliterated both ways (أنقرة,
    // أنقره).
    let ends_in_taa =
        lang == Lang::Ar && !matches!(sense, Sense::Name { .. }) && ends_in_taa_marbuta(form);
    Ok(Some((
        norm,
        Entry {
            sense,
            lang,
            case,
            needs_article: false,
            takes_no_article: false,
            ends_in_ha: lang == Lang::Ar && last_letter(form) == Some('ه'),
            ends_in_taa,
            gap_tail: None,
            after: After::Anything,
        },
    )))
}

/// The indefinite accusatives of the Arabic nisbas among `forms`: a
/// one-word name of a state or people (no role) that ends in ي and whose
/// feminine in ة (normalized ه) names the same actor (أميركي, أميركية)
/// also matches with the alif of the accusative (أميركيا), unless that is
/// a form of its own (تركيا, سوريا are the states' names).
fn nisba_accusatives(forms: &[(String, Entry)]) -> Vec<(String, Entry)> {
    fn nisba((f, e): &(String, Entry)) -> Option<(u32, &str)> {
        match e.sense {
            Sense::Name {
                actor, role: None, ..
            } if e.lang == Lang::Ar && !f.contains(' ') => Some((actor, f.as_str())),
            _ => None,
        }
    }
    // (Only the few forms that could be in the way are hashed: start-up
    // reads a hundred thousand.)
    let named: std::collections::HashSet<(u32, &str)> = forms
        .iter()
        .filter(|(f, _)| f.ends_with('ي') || f.ends_with('ه'))
        .filter_map(nisba)
        .collect();
    let taken: std::collections::HashSet<&str> = forms
        .iter()
        .map(|(f, _)| f.as_str())
        .filter(|f| f.ends_with("يا"))
        .collect();
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for pair in forms {
        let e = &pair.1;
        let Some((actor, f)) = nisba(pair) else {
            continue;
        };
        if !f.ends_with('ي') {
            continue;
        }
        let accusative = format!("{f}ا");
        if named.contains(&(actor, format!("{f}ه").as_str()))
            && !taken.contains(accusative.as_str())
            && seen.insert(accusative.clone())
        {
            out.push((
                accusative,
                Entry {
                    after: After::AccusativeRole,
                    ..e.clone()
                },
            ));
        }
    }
    out
}

/// Whether Arabic `text`'s last letter, diacritics and tatweel aside, is ة.
pub(crate) fn ends_in_taa_marbuta(text: &str) -> bool {
    last_letter(text) == Some('ة')
}

/// The last letter of `s`, diacritics and tatweel aside.
fn last_letter(s: &str) -> Option<char> {
    s.chars()
        .rev()
        .find(|&c| !c.is_whitespace() && c != '\u{640}' && !('\u{64B}'..='\u{652}').contains(&c))
}

fn parse_lang(s: &str) -> Option<Lang> {
    match s {
        "en" => Some(Lang::En),
        "ar" => Some(Lang::Ar),
        _ => None,
    }
}

fn parse_yes_no(s: &str) -> Option<bool> {
    match s {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// Whether `id` is a valid actor id: `[A-Z][A-Z0-9_]{1,15}`.
pub fn valid_id(id: &str) -> bool {
    let b = id.as_bytes();
    (2..=16).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_')
}

fn valid_role(role: &str) -> bool {
    (2..=8).contains(&role.len()) && role.bytes().all(|c| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests;
