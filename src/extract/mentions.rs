//! Actor mentions: dictionary hits assembled into mentions ("the Turkish
//! president Recep Tayyip Erdogan" is one mention of TUR in role GOV), and
//! mentions into coordinated groups ("Ankara and Moscow").

use std::borrow::Cow;
use std::ops::Range;

use crate::lexicon::{Hit, Lexicon, Refers, Sense};
use crate::text::Lang;

/// One actor mention in a sentence.
#[derive(Clone, Debug)]
pub struct Mention {
    /// Normalized range, from the first word's start (with its clitics) to
    /// the end of the last word.
    pub span: Range<usize>,
    /// Normalized range of the mention proper, without leading clitics.
    pub core: Range<usize>,
    /// The clitic chain before the first word (Arabic).
    pub prefix: &'static str,
    /// The actor, once known: an index into the lexicon's actors.
    pub actor: Option<u32>,
    pub role: Option<String>,
    pub refers: Refers,
    /// The normalized role word, for carrying a resolution over to later
    /// mentions of the same word in the document.
    pub role_word: Option<String>,
    /// How much we trust the actor assignment (1.0 when named outright).
    pub confidence: f32,
}

impl Mention {
    /// Whether this mention begins with the conjunction و.
    pub fn conjoined(&self) -> bool {
        self.prefix.starts_with('و')
    }
}

/// A place found in a sentence: it lends its country to role words.
#[derive(Clone, Debug)]
pub struct Place {
    pub span: Range<usize>,
    /// The place's name as written, without leading clitics.
    pub core: Range<usize>,
    pub actor: u32,
}

/// Words that may stand between a role word and the country it belongs to
/// ("President of Turkey", "نظيره في جمهورية الجبل الأسود"), normalized:
/// prepositions, the article, the descriptors states are named with, and
/// the adjectives of a state's part ("troops in northern Iraq").
const LINK_WORDS: &[&str] = &[
    "of",
    "in",
    "from",
    "throughout",
    "across",
    "the",
    "republic",
    "kingdom",
    "state",
    "neighboring",
    "neighbouring",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "في",
    "من",
    "جمهوريه",
    "الجمهوريه",
    "مملكه",
    "المملكه",
    "دوله",
    "انحاء",
];

/// English words that are not given names: between a titled mention and
/// a role word they mean two mentions ("the minister and the king"), not a
/// name ("Secretary Tom King").
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "or", "but", "nor", "the", "of", "in", "on", "at", "to", "for", "with", "by",
    "from", "as", "that", "who", "whom", "which", "its", "his", "her", "their", "is", "was", "are",
    "were", "has", "had", "have", "will", "would", "not", "also", "both", "said", "says", "told",
    "after", "before", "than", "then", "when", "while", "new", "former", "late",
];

/// English role words that are adjectives too ("an official said", "all
/// official contact").
const ADJECTIVE_ROLES: &[&str] = &["official", "military"];

/// English role words that are adjectives far more often than nouns: a
/// noun only at the end of their phrase ("a US national", "a British
/// national who", "two Indian nationals were"), an adjective before any
/// other word ("national elections", "national interests").
const MOSTLY_ADJECTIVES: &[&str] = &["national"];

/// Whether a word follows byte `end` that is not a function word, so that
/// the word before it is its adjective ("national strike", "Swiss National
/// Bank").
fn before_word(norm: &str, end: usize) -> bool {
    let Some(after) = norm[end..].strip_prefix(' ') else {
        return false;
    };
    let word = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    !word.is_empty() && !FUNCTION_WORDS.contains(&word)
}

/// Whether the words at `span` are a stock ticker in angle brackets, the
/// markup financial wires put after a company's name ("Union Carbide Corp
/// <UK>", "Unilever Plc <UN.AS>"): a symbol, not the state or organization
/// its letters spell.
fn in_ticker(norm: &str, span: &Range<usize>) -> bool {
    let symbol = |c: char| c.is_ascii_alphanumeric() || c == '.';
    norm[..span.start].trim_end_matches(symbol).ends_with('<')
        && norm[span.end..].trim_start_matches(symbol).starts_with('>')
}

/// Whether the word after byte `end` is a plain lower-case noun the lexicon
/// does not hold (not a function word, not verb-like), so that the word
/// before it is its adjective.
fn adjective_before_noun(norm: &str, end: usize, hits: &[Hit]) -> bool {
    let rest = &norm[end..];
    let Some(after) = rest.strip_prefix(' ') else {
        return false;
    };
    let word: &str = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let start = end + 1;
    !word.is_empty()
        && !FUNCTION_WORDS.contains(&word)
        && !["s", "ed", "ing"].iter().any(|e| word.ends_with(e))
        && !hits.iter().any(|h| h.word_start == start)
}

/// Words that may modify a role word between its country and it ("Iraq's
/// interim government", "Lebanon's new president").
pub(super) const MODIFIERS: &[&str] = &["new", "former", "interim", "acting", "then"];

/// Whether `gap`, between a named actor and a role word, makes them one
/// phrase: a possessive ("'s", "'") and at most three modifiers, or (when the
/// role word names no one, so the name cannot be a second actor) two
/// modifiers alone. A modifier is a word, not a function word, and does
/// not look like a verb ("Iran expels British diplomats" is two mentions
/// even when "expels" is not a cue).
fn modifies(gap: &str, bare_role: bool) -> bool {
    let (possessive, rest) = match gap.strip_prefix("'s").or_else(|| gap.strip_prefix('\'')) {
        Some(rest) => (true, rest),
        None => (false, gap),
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    // After a possessive a noun phrase follows, so a word ending like a
    // verb is a modifier there ("Algeria's leading human rights activist").
    let modifier = |w: &&str| {
        MODIFIERS.contains(w)
            || (w.chars().all(char::is_alphabetic)
                && !FUNCTION_WORDS.contains(w)
                && (possessive || !["s", "ed", "ing"].iter().any(|end| w.ends_with(end))))
    };
    // A possessive holds a longer phrase ("Algeria's leading human rights
    // activist") than an adjective does.
    words.len() <= if possessive { 3 } else { 2 }
        && words.iter().all(modifier)
        && (possessive && (rest.is_empty() || rest.starts_with(' '))
            || bare_role && !words.is_empty())
}

/// English words for an actor that stands with another, after its patron
/// ("Israel's militia ally", "U.S. allies").
const ALLY_WORDS: &[&str] = &[
    "ally",
    "allies",
    "proxy",
    "proxies",
    "surrogate",
    "surrogates",
];

/// "Israel's militia ally in southern Lebanon", "U.S. allies": the state
/// named with an ally or a proxy is its patron, and what the ally does is
/// not the patron's act, so the patron is no mention. A role word joined to
/// it by a possessive is the ally itself: it keeps its role and loses the
/// patron's country (a place after it may give one). Arabic puts the ally
/// first ("حلفاء إيران"), where a verb-first clause would take the object
/// after it for the subject if the patron went: left as it is.
fn patrons_are_not_actors(norm: &str, lang: Lang, mentions: &mut Vec<Mention>) {
    if lang != Lang::En {
        return;
    }
    mentions.retain_mut(|m| {
        let after = norm[m.span.end..].trim_start();
        let after = after
            .strip_prefix("'s ")
            .or_else(|| after.strip_prefix("' "))
            .unwrap_or(after);
        let ally = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| ALLY_WORDS.contains(&w));
        // "Syria's proxy militias": the word may stand inside the phrase.
        let phrase = &norm[m.span.clone()];
        let owned = m.role.is_some() && phrase.contains('\'');
        let inside = owned
            && phrase
                .split(|c: char| !c.is_alphabetic())
                .any(|w| ALLY_WORDS.contains(&w));
        if !(ally || inside) || m.actor.is_none() {
            return true;
        }
        if owned {
            m.actor = None;
        }
        owned
    });
}

/// "مجموعة مسلحة تابعة لطالبان", "عناصر تابعة لتنظيم داعش": a role word
/// with no name, belonging (تابع) to a named group or state after ل, is
/// of it. The mention takes the owner's actor and runs to its end; the
/// owner is no mention of its own, neither object nor target of the verb
/// around them.
fn belongs_to_owner(norm: &str, lang: Lang, mentions: &mut Vec<Mention>) {
    const BELONGING: &[&str] = &[
        "تابع",
        "تابعه",
        "تابعين",
        "تابعون",
        "التابع",
        "التابعه",
        "التابعين",
    ];
    if lang != Lang::Ar {
        return;
    }
    let mut k = 1;
    while k < mentions.len() {
        let (role, owner) = (&mentions[k - 1], &mentions[k]);
        let between = norm
            .get(role.span.end..owner.span.start)
            .unwrap_or("")
            .trim();
        if role.actor.is_none()
            && role.role.is_some()
            && owner.actor.is_some()
            && owner.prefix.starts_with('ل')
            && BELONGING.contains(&between)
        {
            let owner = mentions.remove(k);
            let role = &mut mentions[k - 1];
            role.actor = owner.actor;
            role.span.end = owner.span.end;
            role.core.end = owner.span.end;
        } else {
            k += 1;
        }
    }
}

/// English role words for those who speak or act for a body, which take
/// the role of the word before them: "trade union officials" are labour,
/// "company officers" business, "police officials" police.
const GENERIC_HEADS: &[&str] = &[
    "official",
    "officials",
    "officer",
    "officers",
    "executive",
    "executives",
    "leader",
    "leaders",
    "spokesman",
    "spokesmen",
    "spokeswoman",
    "representative",
    "representatives",
    "delegates",
    "delegation",
];

/// English words that, joined by a hyphen after a name, make the name the
/// one who leads or holds what follows ("Vietnamese-led forces", "a
/// London-based group"): the phrase is that name's.
const LEADS: &[&str] = &["led", "run", "ruled", "dominated", "based", "owned"];

/// English words that, joined by a hyphen after a name, make it a stance
/// or a relation of what follows, not its actor ("US-backed militias",
/// "NATO-member Norway", "the Israeli-occupied West Bank").
const STANCES: &[&str] = &[
    "backed",
    "sponsored",
    "funded",
    "supported",
    "allied",
    "aligned",
    "leaning",
    "member",
    "occupied",
    "controlled",
    "held",
    "friendly",
];

/// How an English name qualifies the words around it, if it does.
#[derive(Clone, Copy, PartialEq)]
enum Qualifier {
    /// A stance or a relation: "pro-Iranian Hizbollah", "an anti-Syria
    /// journalist", "US-backed militias", and a language: "the Russian
    /// language". The name is no mention. Nor is a name after "non-":
    /// "non-OPEC producers" are everyone but OPEC.
    Stance,
    /// Descent: "ethnic Albanians" are people (CVL) who live in another
    /// state, which the words around them may give.
    Descent,
}

/// English nouns after which a state's name or adjective names a thing of
/// that state, not an actor: a language, a currency, the money of markets.
const NOT_ACTORS_AFTER: &[&str] = &[
    "language",
    "languages",
    "dollar",
    "dollars",
    "dlr",
    "dlrs",
    "yen",
    "currency",
    "currencies",
    "stock",
    "stocks",
    "shares",
    "bond",
    "bonds",
    "economy",
    "inflation",
    "gdp",
    "gnp",
    "franc",
    "francs",
    "mark",
    "marks",
    "lira",
    "peso",
    "pesos",
    "rupee",
    "rupees",
    "riyal",
    "riyals",
    "dinar",
    "dinars",
    "sterling",
    "guilder",
    "guilders",
    "rouble",
    "roubles",
    "ruble",
    "rubles",
    "yuan",
    "shekel",
    "shekels",
];

/// English words for a street or a spot, after which a state's or a
/// city's name is part of a local place's name ("Turkey Point", "Georgia
/// Avenue", "the Damascus road"), not an actor.
const TOPONYMS: &[&str] = &["point", "street", "avenue", "road", "boulevard", "park"];

/// Whether the name at `span` is a dateline: the place a story was filed
/// from, opening its line before a dash ("Manila - The Asian Development
/// Bank said", "MANILA, April 7 -", "الرباط - رويترز"). It names no one
/// in the story.
fn dateline(norm: &str, span: &Range<usize>) -> bool {
    let before = norm[..span.start].trim_end_matches([' ', '\t']);
    if !(before.is_empty() || before.ends_with('\n')) {
        return false;
    }
    let after = &norm[span.end..];
    let Some(dash) = after.find(['-', '–', '—']) else {
        return false;
    };
    let head = &after[..dash];
    // A dash set off by a space: "Manila-based" is a compound.
    let spaced = head.ends_with(' ') || after[dash..].chars().nth(1) == Some(' ');
    // An apposition between dashes is the name's own ("David Blunkett -
    // who has resigned as home secretary - built").
    let rest = &after[dash..];
    let rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
    let clause = rest.split(['.', '\n']).next().unwrap_or("");
    let apposition = [" - ", " – ", " — "].iter().any(|d| clause.contains(d))
        || matches!(
            clause.split_whitespace().next(),
            Some("who" | "which" | "whose" | "الذي" | "التي")
        );
    spaced && head.chars().count() <= 25 && !head.contains(['.', '\n']) && !apposition
}

/// Whether, and how, the English name at `span` only qualifies the words
/// around it.
fn qualifier(norm: &str, span: &Range<usize>) -> Option<Qualifier> {
    let before = &norm[..span.start];
    let stance_prefix = ["pro-", "anti-", "non-"].iter().any(|p| {
        before.ends_with(p)
            && !before[..before.len() - p.len()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    });
    let ethnic = before.trim_end().ends_with("ethnic")
        && before.trim_end()[..before.trim_end().len() - "ethnic".len()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
    let stance_suffix = norm[span.end..].strip_prefix('-').is_some_and(|rest| {
        let word = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        STANCES.contains(&word)
    });
    // "the Russian language", "Arabic-language newspapers": a language,
    // not its people's state. So are a currency and the money words of
    // markets: "the U.S. dollar", "Canadian dlrs", "U.S. stocks", "the
    // Japanese economy". (Not goods: "tariffs on Japanese exports"
    // are a sanction against Japan, as event coders code them.)
    // "Turkey Point", "Georgia Avenue", "the Damascus road": a name
    // before a word for a street or a spot names a place of its own.
    let language = norm[span.end..]
        .strip_prefix([' ', '-'])
        .is_some_and(|rest| {
            let word = rest.split(|c: char| !c.is_alphanumeric()).next();
            word.is_some_and(|w| NOT_ACTORS_AFTER.contains(&w) || TOPONYMS.contains(&w))
        });
    if stance_prefix || stance_suffix || language {
        Some(Qualifier::Stance)
    } else if ethnic {
        Some(Qualifier::Descent)
    } else {
        None
    }
}

/// Whether the Arabic title at `hit` (`word`, normalized) follows a word
/// for a place or an institution, whose name it begins ("مطار الملك خالد",
/// "جامعة الأمير سلطان", "بمسجد الإمام الصادق": the mosque's imam is no
/// target of its bombing).
fn named_after(norm: &str, hit: &Hit, word: &str) -> bool {
    const TITLES: &[&str] = &["الملك", "الامير", "الشيخ", "الامام", "السلطان"];
    const INSTITUTIONS: &[&str] = &[
        "طريق",
        "شارع",
        "ميدان",
        "جسر",
        "حي",
        "مدينه",
        "مطار",
        "ميناء",
        "قاعده",
        "جامعه",
        "كليه",
        "معهد",
        "مدرسه",
        "مستشفي",
        "مركز",
        "مجمع",
        "موسسه",
        "مكتبه",
        "داره",
        "جايزه",
        "برنامج",
        "صندوق",
        "مشروع",
        "مخطط",
        "مسجد",
        "جامع",
    ];
    // With the article as its own (الملك) or as the clitic chain (ال +
    // إمام), and no other clitic.
    let full = &norm[hit.word_start..hit.norm.end];
    if !matches!(hit.prefix, "" | "ال") || !(TITLES.contains(&full) || TITLES.contains(&word)) {
        return false;
    }
    let before = &norm[..hit.word_start];
    if !before.ends_with(' ') {
        return false;
    }
    let Some(prev) = before
        .split(|c: char| !crate::text::is_word_char(c))
        .rfind(|w| !w.is_empty())
    else {
        return false;
    };
    // Its clitics: "بمسجد", "ولجامعة".
    let mut bare = prev;
    for _ in 0..2 {
        if let Some(rest) = bare.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']) {
            if INSTITUTIONS.contains(&rest) {
                return true;
            }
            bare = rest;
        }
    }
    INSTITUTIONS.contains(&prev)
}

/// Arabic phrases between a body and the name that leads it ("التحالف
/// بقيادة السعودية", "القوات التي تقودها الولايات المتحدة"): the body is
/// that name's, as "Saudi-led" makes it in English.
const LED_BY: &[&str] = &[
    "بقياده",
    "بزعامه",
    "الذي تقوده",
    "الذي يقوده",
    "التي تقودها",
    "التي يقودها",
    "الذي تتزعمه",
    "التي تتزعمها",
];

/// The word of a coalition (normalized), which takes no country from the
/// place it strikes and carries its leader's through a document.
pub const COALITION: &str = "تحالف";

/// Whether عن follows the word that ends at `end`, one word at most between
/// ("المسؤول عن", "المسؤول الأول عن").
fn responsible_for(norm: &str, end: usize) -> bool {
    norm[end..].split_whitespace().take(2).any(|w| w == "عن")
}

/// Whether `gap` is a hyphen and one of [`LEADS`] ("-led").
fn leads(gap: &str) -> bool {
    gap.strip_prefix('-').is_some_and(|w| LEADS.contains(&w))
}

/// Whether `gap` is made only of link words (and at least one).
fn is_link(gap: &str) -> bool {
    let mut words = gap.split_whitespace().peekable();
    words.peek().is_some() && words.all(|w| LINK_WORDS.contains(&w))
}

/// The longest gloss a parenthesis inside a noun phrase may hold, in words.
const GLOSS_WORDS: usize = 3;

/// Whether the words at `span` stand in quotation marks of their own, as
/// Arabic news quotes names ("تنظيم «داعش»", "مقاتلو «جبهة النصرة»").
/// (Normalization folds every quotation mark into '"'.)
fn quoted(norm: &str, span: &Range<usize>) -> bool {
    norm[..span.start].trim_end().ends_with('"') && norm[span.end..].trim_start().starts_with('"')
}

/// Where a quoted Arabic name at `span` begins with the word for its kind
/// of body before its opening mark ("تنظيم «داعش»", "لجماعة «بوكو
/// حرام»"), and that word's clitics.
fn quoted_head(norm: &str, span: Range<usize>) -> Option<(usize, &'static str)> {
    const HEADS: &[&str] = &[
        "تنظيم",
        "جماعه",
        "حركه",
        "جبهه",
        "حزب",
        "منظمه",
        "كتايب",
        "لواء",
        "الويه",
        "تيار",
        "ايتلاف",
        "مجموعه",
        "سرايا",
        "جيش",
    ];
    const CLITICS: &[&str] = &["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"];
    if !quoted(norm, &span) {
        return None;
    }
    let before = norm[..span.start].trim_end().strip_suffix('"')?.trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !crate::text::is_word_char(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = &before[word_start..];
    CLITICS
        .iter()
        .find(|c| word.strip_prefix(**c).is_some_and(|w| HEADS.contains(&w)))
        .map(|c| (word_start, *c))
}

/// The trimmed `gap` between the mentions at `before` and `after` without
/// the quotation marks that enclose either of them, which join a phrase as
/// the name would without them ("مقاتلو «داعش»" is one mention, "«داعش»
/// و«النصرة»" one group).
fn without_quotes<'a>(
    norm: &str,
    before: Range<usize>,
    after: Range<usize>,
    gap: &'a str,
) -> &'a str {
    let mut gap = gap;
    if quoted(norm, &before) {
        gap = gap.strip_prefix('"').unwrap_or(gap).trim_start();
    }
    if quoted(norm, &after) {
        gap = gap.strip_suffix('"').unwrap_or(gap).trim_end();
    }
    gap
}

/// `gap` without its glosses: a parenthesis of up to [`GLOSS_WORDS`] words
/// in a noun phrase spells out or abbreviates the name before it
/// ("Montenegro Municipality Association (AKK) officials", "Umma (Nation)
/// party"), and the phrase goes on after it.
fn without_glosses(gap: &str) -> Cow<'_, str> {
    if !gap.contains('(') {
        return Cow::Borrowed(gap);
    }
    let mut out = String::with_capacity(gap.len());
    let mut rest = gap;
    while let Some(open) = rest.find('(') {
        let inside = &rest[open + 1..];
        let gloss = inside.find(')').map(|close| &inside[..close]).filter(|g| {
            !g.contains('(') && (1..=GLOSS_WORDS).contains(&words_between(g, 0, g.len()))
        });
        match gloss {
            Some(g) => {
                out.push_str(&rest[..open]);
                out.push(' ');
                rest = &inside[g.len() + 1..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = inside;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Where the parenthesis around `hit` closes, when it stands right after
/// `last` and names the same actor: an acronym repeating the name before
/// it ("the Kurdistan Workers' Party (PKK) rebels"), which belongs to that
/// mention.
fn repeats_in_parenthesis(norm: &str, last: &Mention, hit: &Hit, actor: u32) -> Option<usize> {
    let opens = last.actor == Some(actor)
        && last.span.end <= hit.word_start
        && norm[last.span.end..hit.word_start].trim() == "(";
    let after = &norm[hit.norm.end..];
    let inside = after.len() - after.trim_start().len();
    (opens && after[inside..].starts_with(')')).then_some(hit.norm.end + inside + 1)
}

/// Builds mentions and places from a sentence's hits.
pub fn assemble(lex: &Lexicon, norm: &str, hits: &[Hit], lang: Lang) -> (Vec<Mention>, Vec<Place>) {
    let mut mentions: Vec<Mention> = Vec::new();
    // Whether the last mention began with a rank.
    let mut last_rank = false;
    let mut places = Vec::new();
    // End of the last hit of any kind: a cue or marker between two pieces
    // keeps them apart.
    let mut last_hit_end = 0;
    for (h, hit) in hits.iter().enumerate() {
        let after_other = std::mem::replace(&mut last_hit_end, hit.norm.end);
        if in_ticker(norm, &hit.norm) {
            continue;
        }
        let piece = match piece(lex, hit, norm) {
            // "the Managua meeting", "the Paris accord": a state's name
            // between "the" and a noun for a meeting or an accord is where
            // it was held, not a party to it.
            Some(Piece::Name { actor, .. })
                if lang == Lang::En && venue(lex, norm, hit, hits.get(h + 1), actor) =>
            {
                Some(Piece::Place(actor))
            }
            p => p,
        };
        // "التحالف بقيادة السعودية": the word of leading after a mention
        // is no role of its own but part of `LED_BY`.
        if lang == Lang::Ar
            && hit.prefix == "ب"
            && LED_BY.contains(&&norm[hit.word_start..hit.norm.end])
            && mentions
                .last()
                .is_some_and(|m| m.span.end <= hit.word_start)
        {
            last_hit_end = after_other;
            continue;
        }
        // "Vietnamese-led forces": a leading word joined to a mention by a
        // hyphen belongs to it (even when it is also a cue).
        if let Some(last) = mentions.last_mut() {
            if lang == Lang::En && last.actor.is_some() && leads(&norm[last.span.end..hit.norm.end])
            {
                last.span.end = hit.norm.end;
                last.core.end = hit.norm.end;
                continue;
            }
        }
        if let (Some(last), Some(Piece::Name { actor, .. })) = (mentions.last_mut(), &piece) {
            if let Some(close) = repeats_in_parenthesis(norm, last, hit, *actor) {
                last.span.end = close;
                continue;
            }
        }
        let name = matches!(piece, Some(Piece::Name { .. }) | Some(Piece::Place(_)));
        if name && dateline(norm, &hit.norm) {
            continue;
        }
        let piece = match (lang == Lang::En && name)
            .then(|| qualifier(norm, &hit.norm))
            .flatten()
        {
            Some(Qualifier::Stance) => continue,
            Some(Qualifier::Descent) => Some(Piece::Role {
                role: "CVL".to_string(),
                refers: Refers::Nothing,
                word: norm[hit.norm.clone()].to_string(),
            }),
            None => piece,
        };
        let piece = match piece {
            Some(Piece::Place(actor)) => {
                places.push(Place {
                    span: hit.word_span(),
                    core: core_of(hit),
                    actor,
                });
                continue;
            }
            // "all official contact", "a military operation": an English
            // role word that is also an adjective, before a plain noun the
            // lexicon does not hold, qualifies it and names no one.
            Some(Piece::Role { ref word, .. })
                if lang == Lang::En
                    && (ADJECTIVE_ROLES.contains(&word.as_str())
                        && adjective_before_noun(norm, hit.norm.end, hits)
                        || MOSTLY_ADJECTIVES.contains(&word.as_str())
                            && before_word(norm, hit.norm.end)) =>
            {
                // A plain word of the phrase, which may go on past it
                // ("Finland's national oil company").
                last_hit_end = after_other;
                continue;
            }
            // "المسؤول الأول عن قتل الرضيع", "هوية المسؤولين عن الهجمات":
            // مسؤول with عن after it (an adjective at most between) is the
            // one responsible for something, no official.
            Some(Piece::Role { ref word, .. })
                if lang == Lang::Ar
                    && word.contains("مسوول")
                    && responsible_for(norm, hit.norm.end) =>
            {
                last_hit_end = after_other;
                continue;
            }
            // "مستشفى الملك فيصل التخصصي", "طريق الملك فهد", "مسجد الإمام
            // الصادق": a title after a word for a place or an institution
            // is part of its name, and names no one.
            Some(Piece::Role { ref word, .. })
                if lang == Lang::Ar && named_after(norm, hit, word) =>
            {
                last_hit_end = after_other;
                continue;
            }
            // "الاعتراف بهم كمواطنين", "يأخذهم كرهائن", "زيارة له كرئيس":
            // an Arabic role word after ك ("as") says what someone is taken
            // for, and names no one.
            Some(Piece::Role { .. })
                if lang == Lang::Ar
                    && hit.prefix.trim_start_matches(['و', 'ف']).starts_with('ك') =>
            {
                last_hit_end = after_other;
                continue;
            }
            Some(p) => p,
            None => continue,
        };
        let (actor, role, refers, role_word) = match piece {
            Piece::Name { actor, role } => (Some(actor), role, Refers::Nothing, None),
            Piece::Role { role, refers, word } => (None, Some(role), refers, Some(word)),
            Piece::Place(_) => unreachable!("places are handled above"),
        };
        // A rank is a role word like another, but gives way to the office
        // of the person named after it (below).
        let (refers, rank) = match refers {
            Refers::Rank => (Refers::Nothing, true),
            r => (r, false),
        };
        // "تنظيم «داعش»", "جماعة "بوكو حرام"": a quoted Arabic name after the
        // word for its kind of body begins with that word, as "تنظيم داعش"
        // does unquoted.
        let (start, prefix) = match (lang, actor) {
            (Lang::Ar, Some(_)) => quoted_head(norm, hit.word_start..hit.norm.end),
            _ => None,
        }
        .unwrap_or((hit.word_start, hit.prefix));
        if let Some(last) = mentions.last_mut() {
            let gap = without_quotes(
                norm,
                last.span.clone(),
                start..hit.norm.end,
                norm[last.span.end..start].trim(),
            );
            let gap = without_glosses(gap);
            let gap = gap.as_ref();
            let nothing_between = after_other <= last.span.end;
            // "President Donald J. Trump": first names and initials the
            // lexicon does not hold may stand between a title and a surname.
            let given_names = lang == Lang::En
                && last.actor.is_none()
                && actor.is_some()
                && role.is_some()
                && words_between(norm, last.span.end, start) <= 2;
            let led =
                lang == Lang::Ar && last.role.is_some() && actor.is_some() && LED_BY.contains(&gap);
            // The relative pronoun of a phrase of `LED_BY` is a boundary
            // marker, a hit between the two.
            let adjacent = led
                || nothing_between
                    && (gap.is_empty()
                        || (is_link(gap)
                            && last.actor.is_none()
                            && last.refers != Refers::Group
                            && actor.is_some())
                        || (lang == Lang::En && leads(gap) && last.actor.is_some())
                        || given_names);
            // "حركة الشباب الصومالية", "حركة الشباب الإسلامية الصومالية": an
            // Arabic group's nisba of its own state, one adjective at most
            // between (with the article, as the nisba has it; not الذي or
            // التي), is its adjective, no second actor.
            let adjective = |w: &str| {
                w.starts_with("ال")
                    && (w.ends_with("يه") || w.ends_with('ي'))
                    && !matches!(w, "الذي" | "التي")
            };
            let own_nisba = lang == Lang::Ar
                && nothing_between
                && (gap.is_empty() || !gap.contains(' ') && adjective(gap))
                && ["ي", "يه"]
                    .iter()
                    .any(|e| norm[hit.norm.clone()].ends_with(e))
                && matches!((last.actor, actor), (Some(a), Some(b)) if {
                    let (group, state) = (lex.actor(a), lex.actor(b));
                    group.kind != crate::lexicon::ActorType::State
                        && state.kind == crate::lexicon::ActorType::State
                        && lex.country_of(group) == Some(state.id.as_str())
                });
            if own_nisba {
                last.span.end = hit.norm.end;
                last.core.end = hit.norm.end;
                continue;
            }
            let compatible = match (last.actor, actor) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            // A second role word only joins a mention that has no country
            // yet or the same head ("army forces"); a conjunction always
            // starts a new mention. Arabic puts the head first: after a
            // complete phrase (الشرطة المصرية), a bare role word begins the
            // next one (… ناشطين مصريين).
            // So does a bare role word after a country's name (not its
            // nisba, which a role word may follow as an adjective: "أحد
            // التونسيين الشباب"): the role heads a new phrase ("اعتقلت
            // السودان | ناشطين سودانيين"), as the role comes first in
            // Arabic ("حكومة السودان"). So does, after a definite role
            // phrase with no country, a role word that cannot qualify it
            // (`object_after_definite`: "اعتقلت الشرطة | متظاهرين").
            let nisba = ["ي", "يه", "يين", "يون"]
                .iter()
                .any(|end| norm[last.core.clone()].ends_with(end));
            let complete = lang == Lang::Ar
                && last.actor.is_some()
                && (last.role.is_some() || !nisba)
                && actor.is_none()
                && role.is_some()
                || lang == Lang::Ar
                    && last.actor.is_none()
                    && actor.is_none()
                    && role.is_some()
                    && object_after_definite(norm, &last.core, hit);
            // "Defence Secretary Tom King", "Prime Minister John Major": in
            // English a role word right after a given name that follows a
            // titled mention is that person's surname, not a new mention.
            let surname = lang == Lang::En
                && actor.is_none()
                && refers == Refers::Nothing
                && last.role.is_some()
                && nothing_between
                && (1..=2).contains(&words_between(norm, last.span.end, start))
                && gap
                    .split_whitespace()
                    .all(|w| w.chars().all(char::is_alphabetic) && !FUNCTION_WORDS.contains(&w));
            if surname {
                last.span.end = hit.norm.end;
                last.core.end = hit.norm.end;
                continue;
            }
            // "Sudan's government", "Jordan's King Abdullah II", "Serbian
            // Labour Minister", "French paper workers": in English a named
            // actor's possessive, or a name with up to two modifiers, makes
            // one mention with the role after it.
            // A possessive joins a role word to a person too, whose role it
            // then replaces ("Zoran Djindjic's opposition coalition").
            let possessive = gap.starts_with("'s") || gap.starts_with('\'');
            let owned = lang == Lang::En
                && nothing_between
                && (last.role.is_none() || possessive)
                && last.actor.is_some()
                && compatible
                && role.is_some()
                && refers == Refers::Nothing
                && modifies(gap, actor.is_none());
            if adjacent && compatible && !complete && !prefix.starts_with('و') || owned {
                last.span.end = hit.norm.end;
                last.core.end = hit.norm.end;
                if last.actor.is_none() {
                    last.actor = actor;
                }
                match (&last.role, role) {
                    (None, r) => last.role = r,
                    // "Lt. Gen. Prosper Avril": a person's office outranks
                    // the rank before the name.
                    (Some(_), Some(r)) if last_rank && actor.is_some() => last.role = Some(r),
                    // English puts the head last ("government forces"),
                    // Arabic first ("قوات الحكومة").
                    // Official and government media speak for the
                    // government ("an official Syrian newspaper"), as
                    // CAMEO codes them.
                    (Some(g), Some(r)) if g == "GOV" && r == "MED" => {}
                    // "trade union officials", "company officers", "army
                    // officers", "student leaders": a word for those who
                    // speak or act for a body takes the body's role.
                    (Some(_), Some(_))
                        if lang == Lang::En && GENERIC_HEADS.contains(&&norm[hit.norm.clone()]) => {
                    }
                    (Some(_), Some(r)) if lang == Lang::En && actor.is_none() => {
                        last.role = Some(r)
                    }
                    _ => {}
                }
                if refers != Refers::Nothing && last.refers == Refers::Nothing {
                    last.refers = refers;
                }
                if last.role_word.is_none() {
                    last.role_word = role_word;
                }
                continue;
            }
        }
        last_rank = rank;
        mentions.push(Mention {
            span: start..hit.norm.end,
            core: core_of(hit),
            prefix,
            actor,
            role,
            refers,
            role_word,
            confidence: 1.0,
        });
    }
    patrons_are_not_actors(norm, lang, &mut mentions);
    belongs_to_owner(norm, lang, &mut mentions);
    // A role word with no country takes the country of a place right after
    // it ("the army in Idlib", "النظام في إدلب"), or in English of a place
    // right before it, which modifies it as an adjective would ("Darfur
    // rebels", "Kirkuk police").
    // An occupier ("قوات الاحتلال في غزة") is not of the place it occupies,
    // nor a coalition of states of the place it strikes ("للتحالف على
    // الحديدة").
    for m in mentions.iter_mut().filter(|m| {
        m.actor.is_none()
            && m.refers == Refers::Nothing
            && !m.role_word.as_deref().is_some_and(|w| w.contains("احتلال"))
            && !norm[m.core.clone()].contains(COALITION)
    }) {
        // A word of the lexicon between them (a cue: "tanks shelled Gaza")
        // keeps them apart.
        let apart = |from: usize, to: usize| {
            hits.iter()
                .any(|h| h.norm.start >= from && h.norm.end <= to)
        };
        if let Some(p) = places.iter().find(|p| {
            (p.span.start >= m.span.end
                && words_between(norm, m.span.end, p.span.start) <= 2
                && !apart(m.span.end, p.span.start))
                || (lang == Lang::En
                    && p.span.end <= m.span.start
                    && norm[p.span.end..m.span.start].trim().is_empty())
        }) {
            m.actor = Some(p.actor);
            m.confidence = 0.8;
        }
    }
    (mentions, places)
}

/// Whether the Arabic role word at `hit` begins a phrase of its own after
/// the definite role phrase `last` (its core), which no word of the
/// lexicon separates from it: the second noun cannot qualify the first.
///
/// Arabic joins a noun to the next only as a construct, whose head has no
/// article ("قوات الأمن"), or as an adjective, which agrees with its noun
/// in definiteness and number. So after a definite head these begin the
/// verb's object, not part of its subject:
/// - an indefinite plural or accusative, with no preposition ("اعتقلت
///   الشرطة متظاهرين", "حشد النظام قوات"); not a bare singular, which may
///   head a title in apposition ("ولي العهد وزير الداخلية");
/// - a definite sound masculine plural after an institution, which is
///   singular ("فرقت الشرطة المتظاهرين", "قصف الجيش المتمردين"); after a
///   plural of people it may be an adjective ("الأسرى المضربين"), and a
///   broken plural looks singular, so only institutions count.
fn object_after_definite(norm: &str, last: &Range<usize>, hit: &Hit) -> bool {
    let Some(head) = norm[last.clone()].split(' ').next_back() else {
        return false;
    };
    let word = &norm[hit.norm.clone()];
    if !head.starts_with("ال") || word.contains(' ') {
        return false;
    }
    let definite =
        hit.prefix.ends_with("ال") || hit.prefix.ends_with("لل") || word.starts_with("ال");
    let sound_plural = word.ends_with("ين") || word.ends_with("ون");
    // With a preposition it is no object ("قصف الجيش بطائرات").
    if !definite {
        return hit.prefix.is_empty()
            && (sound_plural || word.ends_with("ات") || word.ends_with('ا'));
    }
    let institution = head.ends_with('ه')
        || head.ends_with("ات")
        || SINGULAR_INSTITUTIONS.contains(&&head["ال".len()..]);
    sound_plural && institution
}

/// Arabic words for institutions and forces that are singular in form
/// though they stand for many ("الجيش", "النظام"), without the article:
/// a plural of people after one is not its adjective. Feminine ones
/// (الشرطه، الحكومه) end in ه and need no entry.
const SINGULAR_INSTITUTIONS: &[&str] = &[
    "جيش",
    "نظام",
    "امن",
    "احتلال",
    "تحالف",
    "تنظيم",
    "حرس",
    "طيران",
    "درك",
    "عدو",
];

/// A hit's words as written: they keep their article (الرئيس), not their
/// conjunction or preposition (و، ب، ل).
fn core_of(hit: &Hit) -> Range<usize> {
    let article = if hit.prefix.ends_with("ال") {
        "ال".len()
    } else {
        0
    };
    hit.norm.start - article..hit.norm.end
}

enum Piece {
    Name {
        actor: u32,
        role: Option<String>,
    },
    Place(u32),
    Role {
        role: String,
        refers: Refers,
        word: String,
    },
}

/// Whether the name at `hit`, of `actor`, is a venue: a state's name (or
/// its capital's) after "the" and right before a noun for a meeting or an
/// accord (`next`).
fn venue(lex: &Lexicon, norm: &str, hit: &Hit, next: Option<&Hit>, actor: u32) -> bool {
    let Some(next) = next else {
        return false;
    };
    lex.actor(actor).kind == crate::lexicon::ActorType::State
        && norm[..hit.word_start].ends_with("the ")
        && norm[hit.norm.end..next.word_start] == *" "
        && lex.senses(next).any(|s| match s {
            Sense::Cue {
                relation,
                kind: crate::lexicon::CueKind::Noun,
            } => matches!(lex.relation(*relation).plover.as_str(), "CONSULT" | "AGREE"),
            _ => false,
        })
}

/// What a hit contributes to a mention, if anything.
fn piece(lex: &Lexicon, hit: &Hit, norm: &str) -> Option<Piece> {
    let mut place = None;
    for sense in lex.senses(hit) {
        match sense {
            Sense::Name { actor, role, .. } => {
                return Some(Piece::Name {
                    actor: *actor,
                    role: role.clone(),
                })
            }
            Sense::Role { role, refers } => {
                return Some(Piece::Role {
                    role: role.clone(),
                    refers: *refers,
                    word: norm[hit.norm.clone()].to_string(),
                })
            }
            Sense::Place { actor } => place = Some(*actor),
            _ => {}
        }
    }
    place.map(Piece::Place)
}

/// The number of words in `norm[from..to]`.
pub fn words_between(norm: &str, from: usize, to: usize) -> usize {
    if from >= to {
        return 0;
    }
    norm[from..to]
        .split(|c: char| !crate::text::is_word_char(c))
        .filter(|w| !w.is_empty())
        .count()
}

/// Groups of coordinated mentions: indices into `mentions`, in order.
/// Mentions are coordinated when only a comma, "and", "or" or the
/// conjunction و stands between them.
///
/// A mention after a comma that a speech verb follows ("…, Defense
/// Secretary William Perry said") is the speaker of what comes before, not
/// another member: `speaks_after(end)` tells whether a speech verb follows
/// byte `end`. And a mention that begins a clause is no member either:
/// `new_clause(start, end)` tells whether the group starting at byte
/// `start` is a verb's object and the mention ending at `end` the next
/// verb's subject ("shelled Lebanese villages and Israeli troops attacked").
pub fn groups(
    norm: &str,
    mentions: &[Mention],
    speaks_after: impl Fn(usize) -> bool,
    new_clause: impl Fn(usize, usize) -> bool,
) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if i > 0 {
            let raw = without_quotes(
                norm,
                mentions[i - 1].span.clone(),
                m.span.clone(),
                norm[mentions[i - 1].span.end..m.span.start].trim(),
            );
            let gap = raw.trim_start_matches([',', '،']).trim();
            // "Israel and the Palestinians": an article may follow the
            // conjunction (English; the Arabic article is part of the word).
            // After a comma, ", and the" opens a new clause more often than
            // it adds a member ("..., and the leaders agreed").
            let gap = match gap {
                "and the" if raw == gap => "and",
                "or the" if raw == gap => "or",
                _ => gap,
            };
            let coordinated = matches!(gap, "" | "and" | "or" | "as well as" | "او" | "و")
                && (!gap.is_empty()
                    || m.conjoined()
                    || norm[mentions[i - 1].span.end..m.span.start].contains([',', '،'])
                        && !speaks_after(m.span.end));
            // The group's first member is a verb's object and this one the
            // next verb's subject: a new clause (`new_clause`).
            let splits = |g: &Vec<usize>| new_clause(mentions[g[0]].span.start, m.span.end);
            if coordinated && !out.last().is_some_and(splits) {
                if let Some(g) = out.last_mut() {
                    g.push(i);
                    continue;
                }
            }
        }
        out.push(vec![i]);
    }
    out
}
