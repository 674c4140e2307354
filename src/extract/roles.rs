//! Clauses and roles: which group of mentions is the source of a cue and
//! which the target, whether the cue is negated, and its mood.

use std::ops::Range;

use super::mentions::{groups, words_between, Mention, Place, FUNCTION_WORDS, MODIFIERS};
use super::when::calendar_word;
use super::{has_marker, Mood};
use crate::lexicon::{CueKind, Hit, Lexicon, Marker, Quad, Refers, Sense};
use crate::text::{is_arabic_char, Lang, PRONOUN_SUFFIXES};

/// Words that make the mention after them an oblique object (a target),
/// not a subject: "attack on X", "يجب على X", "talks with X". Normalized
/// (على is written علي, إلى الي).
const PREPOSITIONS: &[&str] = &[
    "on", "against", "with", "to", "at", "upon", "toward", "towards", "into", "علي", "ضد", "مع",
    "الي", "نحو", "تجاه", "عن", "لدي",
];

/// Prepositions that name what an act is aimed at ("an attack on X",
/// "هجوم على X"), a subset of `PREPOSITIONS`.
const AIMED_AT: &[&str] = &["on", "against", "upon", "علي", "ضد"];

/// Words that make the mention after them a location ("in Baghdad").
const LOCATIVES: &[&str] = &[
    "in",
    "inside",
    "near",
    "throughout",
    "across",
    "through",
    "في",
    "داخل",
    "قرب",
    "فوق",
    "خارج",
    // "شهدت تركيا مظاهرات": what a place witnessed happened there.
    "شهد",
    "شهدت",
    "تشهد",
    "يشهد",
];

/// Words that make the mention after them a partner ("with X", "مع X"):
/// for consultations, the carried-over speaker is then the other party.
const COMITATIVES: &[&str] = &["with", "مع"];

/// Arabic words that open who is among a group of people ("عشرة من
/// مقاتلي حزب الله بينهم قائد ميداني", "جنود منهم ضابطان").
const AMONG: &[&str] = &["بينهم", "بينهما", "بينهن", "منهم", "منهما"];

/// English forms of "stop", a reduction marker whose negation means going
/// on ("did not stop supporting").
const STOP: &[&str] = &["stop", "stops", "stopped", "stopping"];

/// Arabic honorifics and forms of address before a name or title ("صاحب
/// السمو الملكي الأمير", "جلالة الملك", "معالي الوزير"), normalized: they
/// are no words of the lexicon and stand between a preposition and its
/// mention.
const HONORIFICS: &[&str] = &[
    "صاحب",
    "السمو",
    "سمو",
    "الملكي",
    "جلاله",
    "فخامه",
    "معالي",
    "سعاده",
    "دوله",
    "سماحه",
];

/// Arabic words for the attempt at an act or the crime it is, which stand
/// between a governing cue and the act it governs ("تهمة محاولة قتل"),
/// normalized.
const ARABIC_ATTEMPTS: &[&str] = &[
    "محاوله",
    "محاولات",
    "جريمه",
    "جرايم",
    "الشروع",
    "شروع",
    "ارتكاب",
];

/// How far (in words) a negation may stand before its cue.
const NEGATION_REACH: usize = 4;

/// Verbs of denial, normalized: the clause they report ("denied that …",
/// "نفت … أن …") is denied, so its events are negated.
const DENIALS: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "denying",
    "نفي",
    "نفت",
    "ينفي",
    "تنفي",
    "نفوا",
    "نافيا",
    "كذب",
    "كذبت",
];

/// How far (in words) a verb of denial may stand before the "that" of
/// the clause it denies ("denied as baseless reports that").
const DENIAL_REACH: usize = 4;

/// How far (in words) a background preposition may stand before an event
/// noun ("since last month's U.S. invasion", "بعد 12 يوما من المعارك").
const BACKGROUND_REACH: usize = 6;

/// English words after which an infinitive says what is decided, due,
/// wanted or sought, not what was done ("voted to strike on March 24",
/// "scheduled today to meet", "a court order to seize", "certain to
/// oppose"). After a verb of action the infinitive is the act's purpose,
/// which news reports as done ("police opened fire to disperse
/// demonstrators"), and after "decided" the decision is the act ("decided
/// to allow").
const IRREALIS_BEFORE_TO: &[&str] = &[
    "certain",
    "sure",
    "due",
    "scheduled",
    "set",
    "expected",
    "likely",
    "unlikely",
    "voted",
    "vote",
    "votes",
    "order",
    "orders",
    "motion",
    "plan",
    "plans",
    "planned",
    "planning",
    "bid",
    "proposal",
    "proposals",
    "proposed",
    "proposes",
    "ready",
    "prepared",
    "willing",
    "unwilling",
    "unable",
    "reluctant",
    "want",
    "wants",
    "wanted",
    "wish",
    "wishes",
    "hope",
    "hopes",
    "hoped",
    "aim",
    "aims",
    "aimed",
    "seek",
    "seeks",
    "sought",
    "seeking",
    "try",
    "tries",
    "tried",
    "trying",
    "attempt",
    "attempts",
    "attempted",
    "attempting",
    "effort",
    "efforts",
    "move",
    "moves",
    "pledged",
    "pledge",
    "promised",
    "promise",
    "vowed",
    "vow",
    "intend",
    "intends",
    "intended",
    "needs",
    "need",
    "needed",
];

/// How far (in words) a governing cue may stand before the cue it governs
/// ("threatened today to shell", "طالب الحكومة بوقف").
const GOVERNED_REACH: usize = 5;

/// Words of a day, which stand before a clause's verb or between a cue
/// and its content without being a subject or an object ("renewed
/// negotiations today on …", "On Tuesday he insisted", "اتصالا هاتفيا أمس
/// الأول من"), normalized.
const DAY_WORDS: &[&str] = &[
    "اليوم",
    "امس",
    "الاول",
    "مساء",
    "صباح",
    "الليله",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words between a cue and the quantity it moves ("eased *to* 8.2 pct",
/// "fell *by about* 3 pct").
const QUANTITY_LEADS: &[&str] = &[
    "to", "by", "at", "from", "about", "some", "nearly", "almost", "an", "average",
];

/// Units of a share, a rate or a flow: after a number right after a cue,
/// the cue moves a quantity (`Sentence::moves_a_quantity`). Money and
/// people are not here: "tariffs on 300 mln dlrs of goods" and "killed 384
/// Libyans" are acts.
const QUANTITY_UNITS: &[&str] = &["pct", "percent", "per", "points", "point", "bpd", "basis"];

/// Words that link a governing cue to the act it is about: "threatened
/// *to* shell", "called *for* sanctions", "accused X *of* supporting",
/// "طالب *بأن*", "دعا *الى*", "criticized X *over* air raids"
/// (normalized).
const COMPLEMENT_LINKS: &[&str] = &[
    "to", "for", "of", "that", "over", "on", "about", "ان", "بان", "الي", "لان", "علي", "حول",
    "بشان",
];

/// Words an English appositive opens with ("Pakistan, a key U.S. ally,").
const APPOSITIVE_OPENERS: &[&str] = &["a", "an", "the", "its", "his", "her", "their"];

/// Number words that may stand between a link and the act it links ("over
/// two air raids").
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "repeated",
];

/// Boundary markers that open a complement clause ("demanded *that* the
/// US cancel", "طالبت *بأن* تنسحب"): its subject is the governing cue's
/// target. Normalized.
const COMPLEMENTIZERS: &[&str] = &["that", "ان", "بان"];

/// Words that may stand between a governing cue and its direct object
/// ("demanded the withdrawal"); an empty gap counts too ("طالب انسحاب").
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her"];

/// English words of degree that may stand between a determiner and a
/// participle used as an adjective ("a more targeted approach", "the
/// heavily armed men"). A closed list: a word in -ly is as often a noun
/// ("an ally attacked").
const DEGREE_WORDS: &[&str] = &[
    "more",
    "most",
    "less",
    "least",
    "well",
    "better",
    "best",
    "highly",
    "heavily",
    "widely",
    "newly",
    "recently",
    "strongly",
    "hotly",
    "bitterly",
    "fiercely",
    "poorly",
    "badly",
    "closely",
    "largely",
    "hastily",
    "carefully",
    "fully",
    "partly",
    "openly",
];

/// English prepositions that may open a noun phrase with a participle in
/// it ("for more targeted sanctions").
const PHRASE_PREPOSITIONS: &[&str] = &[
    "of", "for", "with", "in", "on", "at", "to", "from", "by", "against", "about",
];

/// Whether a plain word that can be a noun follows byte `end` of `norm`:
/// not a preposition, a conjunction or an auxiliary ("those convicted
/// were friends" is a reduced relative, not an adjective).
fn noun_follows(norm: &str, end: usize) -> bool {
    const NOT_NOUNS: &[&str] = &[
        "by", "to", "in", "on", "at", "for", "from", "with", "and", "or", "of", "was", "were",
        "is", "are", "have", "had", "has", "than", "as",
    ];
    let next = norm[end..]
        .strip_prefix(' ')
        .and_then(|a| a.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("");
    !next.is_empty() && !NOT_NOUNS.contains(&next)
}

/// Words that say victims are not the country's where they were attacked
/// ("اربعة جنود اجانب", "foreign workers"), normalized.
const FOREIGN: &[&str] = &["foreign", "foreigners", "اجانب", "اجنبي", "اجنبيه"];

/// English words of quantity: a word in -s right after one is a plural noun
/// ("45.5 mln pounds of copper", "two strikes"), not a verb.
const QUANTITIES: &[&str] = &[
    "mln",
    "bln",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "thousand",
    "thousands",
    "hundred",
    "hundreds",
    "dozen",
    "dozens",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twenty",
    "fifty",
    "several",
    "few",
    "many",
];

/// What "meet" satisfies rather than meets ("to meet demand", "met the
/// first two criteria", "meet U.S. demands", "meet tough new regulations"):
/// its object nouns, singular (a plural adds "s").
const SATISFIED: &[&str] = &[
    "demand",
    "need",
    "commitment",
    "obligation",
    "requirement",
    "criterion",
    "criteria",
    "condition",
    "term",
    "standard",
    "regulation",
    "target",
    "goal",
    "deadline",
    "expectation",
    "challenge",
    "complaint",
    "cost",
    "payment",
    "quota",
];

/// Words that end the object of an English "meet" before its noun: a
/// preposition or a word of time ("meet in Vienna", "meet next month").
const MEET_STOPS: &[&str] = &[
    "to",
    "in",
    "with",
    "on",
    "at",
    "for",
    "and",
    "or",
    "next",
    "this",
    "last",
    "today",
    "tomorrow",
    "yesterday",
    "soon",
    "later",
    "again",
];

/// Whether the Arabic cue at `hit` is احتلال as a state of affairs or a
/// rank, not an act: with the article it is the occupation that stands,
/// or the occupier itself ("تحت الاحتلال الإسرائيلي", "سجون الاحتلال",
/// "جرائم الاحتلال"); before a word of rank it is taking a place in a
/// ranking ("احتلالها مرتبة عالية"). Occupying a place is said without
/// the article, with the place after it ("احتلال العراق").
fn standing_occupation(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const RANKS: &[&str] = &[
        "مرتبه",
        "المرتبه",
        "المركز",
        "مركز",
        "مكانه",
        "المكانه",
        "الصداره",
        "المقدمه",
    ];
    &norm[hit.norm.clone()] == "احتلال"
        && (hit.prefix.ends_with("ال")
            || hit.prefix.ends_with("لل")
            || norm[hit.word_span().end..]
                .split_whitespace()
                .next()
                .is_some_and(|w| RANKS.contains(&w)))
}

/// Whether the English cue at `hit` is an act of war (attack, fight,
/// target) whose object is a plan, a policy, a decision or a record:
/// one of those nouns heads the phrase after it, before another
/// preposition or a clause ("attacked the decision by Britain's highest
/// court", "targeted bank lending practices", "fought hard against
/// cutbacks"); or an attack said to be made in words (Arabic هاجم too).
fn attacks_a_policy(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const POLICIES: &[&str] = &[
        "plan",
        "plans",
        "policy",
        "policies",
        "proposal",
        "proposals",
        "budget",
        "budgets",
        "reform",
        "reforms",
        "practices",
        "cutbacks",
        "cuts",
        "spending",
        "record",
        "remarks",
        "comments",
        "decision",
        "decisions",
        "idea",
        "ideas",
        "strategy",
        "bill",
        "legislation",
        "claims",
        "views",
        "handling",
        "failure",
        "failures",
        "approach",
        "stance",
        "scheme",
        "schemes",
        "programme",
        "program",
        "tax",
        "taxes",
        // What is said or counted: "attacked OECD forecasts".
        "forecast",
        "forecasts",
        "projections",
        "estimates",
        "report",
        "statement",
        "statements",
        "findings",
        "ruling",
        "verdict",
        "rules",
        "regulations",
        "law",
        "laws",
        "measures",
        "initiative",
        "resolution",
        "rhetoric",
    ];
    // "هاجم رئيس الوزراء خطط الحكومة": the Arabic verb, its subject at
    // most between, and the plan (normalized, without the article).
    const AR_POLICIES: &[&str] = &[
        "خطط",
        "خطه",
        "سياسه",
        "سياسات",
        "قرار",
        "قرارات",
        "تصريحات",
        "موقف",
        "مواقف",
        "برنامج",
        "مشروع",
        "اقتراح",
        "مقترح",
        "ميزانيه",
        "موازنه",
        "قانون",
        "اصلاحات",
    ];
    // "هاجم خلفان ميليشيا الحوثي، واصفا إياها بـ...", "attacked Mr Blair,
    // accusing him of ...": a participle of describing or accusing after
    // the attack, in its sentence, says it was made in words.
    const AR_IN_WORDS: &[&str] = &["واصفا", "واصفه", "واصفين", "متهما", "معتبرا", "قايلا"];
    const IN_WORDS: &[&str] = &[
        "accusing",
        "describing",
        "branding",
        "calling him",
        "calling it",
        "calling them",
    ];
    const REACH: usize = 12;
    let cue = &norm[hit.norm.clone()];
    // The sentence after the cue, read only for the verbs that need it.
    let sentence = || {
        norm[hit.word_span().end..]
            .split(['.', '!', '?'])
            .next()
            .unwrap_or("")
    };
    if ["هاجم", "يهاجم", "تهاجم", "هاجمت", "هاجموا"].contains(&cue) {
        return bare_words_after(norm, hit.word_span().end)
            .take(5)
            .any(|w| AR_POLICIES.contains(&w))
            || sentence().split_whitespace().take(REACH).any(|w| {
                AR_IN_WORDS.contains(&w.trim_matches(|c: char| !crate::text::is_word_char(c)))
            });
    }
    let in_words = || {
        let words: Vec<&str> = sentence().split_whitespace().take(REACH).collect();
        let text = words.join(" ");
        IN_WORDS.iter().any(|p| {
            text.match_indices(p)
                .any(|(k, _)| k == 0 || text[..k].ends_with([' ', ',']))
        })
    };
    ["attack", "launched an attack", "fought", "fight", "target"]
        .iter()
        .any(|w| cue.starts_with(w))
        && (object_headed_by(norm, hit.norm.end, 6, POLICIES)
            || (cue.starts_with("attack") && in_words()))
}

/// Whether the Arabic cue at `hit` is ضرب struck at a plan, an ambition
/// or a nation's security or economy ("لضرب أي طموحات قومية للأكراد",
/// "بضرب مخططاتهم", "ضرب أمننا واستقرارنا", "ضرب اقتصادنا"): a blow in
/// words, no assault.
fn strikes_an_aim(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const AIMS: &[&str] = &[
        "طموحات",
        "طموح",
        "مخططات",
        "مخطط",
        "مصالح",
        "مشاريع",
        "جهود",
        "خطط",
        "خطه",
        "سياسه",
        "سياسات",
        "مشروع",
    ];
    if !["ضرب", "يضرب", "تضرب", "ضربت", "ضربوا"].contains(&&norm[hit.norm.clone()])
    {
        return false;
    }
    bare_words_after(norm, hit.word_span().end)
        .find(|w| !matches!(*w, "اي" | "كل"))
        .is_some_and(|w| in_with_pronoun(w, AIMS) || in_with_pronoun(w, VALUES))
}

/// Whether Arabic `word`, bare or with an attached pronoun ("أمننا",
/// "مخططاتهم"), is one of `list`.
fn in_with_pronoun(word: &str, list: &[&str]) -> bool {
    list.contains(&word)
        || PRONOUN_SUFFIXES
            .iter()
            .any(|p| word.strip_suffix(p).is_some_and(|b| list.contains(&b)))
}

/// Whether the Arabic cue at `hit` is دان "owe" rather than أدان
/// "condemn": the present tense with ب on what is owed or ل on whom
/// ("حزب الله الذي يدين علنا لطهران", "الديون التي يدينون بها للبنك",
/// "تدين باستقلالها للبريطانيين"). Condemning takes its object bare
/// ("يدين الهجوم"), or ب on a manner ("تدين بشدة").
fn owes(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const OWED: &[&str] = &["بها", "به", "بهم", "بالولاء", "بالفضل", "بالطاعه"];
    const NOT_TO: &[&str] = &["لان", "لانه", "لانها", "لكن", "لما", "لذلك", "لهذا", "لقد"];
    if !["يدين", "تدين", "يدينون", "يدينان", "تدينان"].contains(&&norm[hit.norm.clone()])
    {
        return false;
    }
    bare_words_after(norm, hit.word_span().end)
        .find(|w| !matches!(*w, "علنا" | "ضمنيا" | "ايضا" | "جزييا"))
        .is_some_and(|w| {
            OWED.contains(&w)
                || w.starts_with("باستقلال")
                || (w.starts_with('ل') && w.chars().count() > 2 && !NOT_TO.contains(&w))
        })
}

/// Whether the English cue at `hit` is "execute" in its sense of carrying
/// out a deal or an order ("executed a share purchase agreement", "to
/// execute block trades"): no one is put to death.
fn executes_a_deal(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const DEALS: &[&str] = &[
        "agreement",
        "agreements",
        "trade",
        "trades",
        "order",
        "orders",
        "purchase",
        "contract",
        "contracts",
        "letter",
        "deal",
        "deals",
        "transaction",
        "transactions",
        "swap",
        "swaps",
        "plan",
        "strategy",
        "program",
        "programme",
        "sale",
        "transfer",
        "policy",
        "mandate",
    ];
    norm[hit.norm.clone()].starts_with("execut") && object_headed_by(norm, hit.norm.end, 5, DEALS)
}

/// Whether the English cue at `hit` is "withdraw" in the sense of a
/// market's or a company's: an offer, a bid, sales, shares or funds for
/// object ("had withdrawn all but 3,000 tonnes of their sales", "withdrew
/// its takeover bid"). No forces pull back.
fn withdraws_an_offer(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const OFFERS: &[&str] = &[
        "offer",
        "offers",
        "bid",
        "bids",
        "sales",
        "shares",
        "stake",
        "funds",
        "deposits",
        "money",
        "application",
        "applications",
        "product",
        "products",
        "listing",
        "tonnes",
        "tons",
    ];
    norm[hit.norm.clone()].starts_with("withdr") && object_headed_by(norm, hit.norm.end, 5, OFFERS)
}

/// Whether the English cue at `hit` is "capture" with a prize of votes or
/// markets for object ("a bid next year to capture the presidency",
/// "captured 40 pct of the market"): won, not seized by force.
fn captures_a_prize(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const PRIZES: &[&str] = &[
        "presidency",
        "seat",
        "seats",
        "votes",
        "vote",
        "majority",
        "nomination",
        "market",
        "markets",
        "share",
        "title",
        "imagination",
        "attention",
        "headlines",
    ];
    norm[hit.norm.clone()].starts_with("captur") && object_headed_by(norm, hit.norm.end, 5, PRIZES)
}

/// Whether the English cue at `hit` is "appeal to" in its sense "attract":
/// its object is an audience or a market ("structured as a package to
/// appeal to women", "to appeal to buyers of luxury cars"), where a call
/// is made to a party ("appealed to the United Nations").
fn attracts(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const AUDIENCES: &[&str] = &[
        "women",
        "men",
        "voters",
        "consumers",
        "buyers",
        "investors",
        "youth",
        "readers",
        "viewers",
        "customers",
        "shoppers",
        "tourists",
        "fans",
        "audiences",
        "audience",
        "families",
        "motorists",
        "drivers",
    ];
    matches!(
        &norm[hit.norm.clone()],
        "appeal to" | "appeals to" | "appealing to"
    ) && object_headed_by(norm, hit.norm.end, 4, AUDIENCES)
}

/// Whether the English withdrawal cue at `hit` takes back an objection or a
/// claim ("France has withdrawn its objections", "withdrew its veto"): a
/// concession (CAMEO 08), no retreat.
fn withdraws_an_objection(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const OBJECTIONS: &[&str] = &[
        "objection",
        "objections",
        "opposition",
        "reservations",
        "veto",
        "complaint",
        "complaints",
        "demand",
        "demands",
        "claim",
        "claims",
        "charges",
        "lawsuit",
        "suit",
        "condition",
        "conditions",
        "threat",
    ];
    norm[hit.norm.clone()].starts_with("withdr")
        && object_headed_by(norm, hit.norm.end, 4, OBJECTIONS)
}

/// Whether one of `heads` stands in the object phrase that starts at byte
/// `end` of English `norm`, within `reach` words and before punctuation or
/// a word that closes the phrase (a preposition, a conjunction, a
/// relative, "saying"). "on" and "against" do not close it: "an attack
/// on Conservative spending plans", "fought hard against cutbacks".
fn object_headed_by(norm: &str, end: usize, reach: usize, heads: &[&str]) -> bool {
    const PHRASE_ENDS: &[&str] = &[
        "to", "for", "of", "at", "in", "from", "by", "with", "and", "that", "which", "who", "when",
        "after", "as", "saying",
    ];
    for word in norm[end..].split_whitespace().take(reach) {
        let bare = word
            .trim_end_matches([',', '.', ';', ':', '"', '\''])
            .trim_start_matches(['"', '\'']);
        if heads.contains(&bare) {
            return true;
        }
        if bare.len() != word.len() || PHRASE_ENDS.contains(&bare) {
            return false;
        }
    }
    false
}

/// Whether the English cue at `hit` is "lift" in the trade's sense of
/// loading, crude, a cargo or a volume for object ("not to renew term
/// contracts to lift Iranian crude oil", "are expected to lift slightly
/// lower volumes"), or in the sense of raising a figure ("lifted interest
/// rates 0.25%", "lift its domestic economy", "lifted its stake to 9.9
/// pct"). Nothing is eased for anyone, as "lifted sanctions" is, and
/// "lifted the grain embargo" (a measure in the object phrase).
fn lifts_a_quantity(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const CARGOES: &[&str] = &[
        "crude", "oil", "cargo", "cargoes", "volume", "volumes", "barrels", "tonnes", "tons",
        "lpg", "gas", "coal", "grain",
    ];
    const FIGURES: &[&str] = &[
        "rate",
        "rates",
        "economy",
        "stake",
        "output",
        "production",
        "prices",
        "price",
        "share",
        "shares",
        "dividend",
        "earnings",
        "profit",
        "profits",
        "forecast",
        "estimate",
        "audience",
        "ratings",
        "growth",
        "demand",
        "exports",
        "imports",
        "sales",
    ];
    const MEASURES: &[&str] = &[
        "embargo",
        "embargoes",
        "ban",
        "bans",
        "sanctions",
        "restrictions",
        "curbs",
        "controls",
        "boycott",
        "blockade",
        "moratorium",
        "quota",
        "quotas",
        "tariff",
        "tariffs",
        "freeze",
    ];
    norm[hit.norm.clone()].starts_with("lift")
        && (object_headed_by(norm, hit.norm.end, 6, CARGOES)
            // Not past a measure the cue holds: "lifted restrictions on
            // exports".
            || !norm[hit.norm.clone()].contains(' ')
                && object_headed_by(norm, hit.norm.end, 6, FIGURES))
        && !object_headed_by(norm, hit.norm.end, 6, MEASURES)
}

/// Whether the Arabic cue at `hit` has for object a thing no force can be
/// done to, or an animal: a scandal or a crisis that erupts ("تفجر فضيحة الفساد"), the
/// joy or hope that is killed ("تقتل بهجة العيد"), a decision, a market
/// or a stake that is controlled ("تسيطر على القرار", "السيطرة على حصة
/// شركة"), a takeover ("الهجوم للاستحواذ"). The object is the first word
/// after the cue, its article or ل aside; an act of force on one of these
/// is a figure of speech or a market's.
fn of_a_thing(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const THINGS: &[&str] = &[
        "فضيحه",
        "ازمه",
        "غضب",
        "استياء",
        "جدل",
        "خلاف",
        "خلافات",
        "مفاجاه",
        "بهجه",
        "فرحه",
        "امل",
        "امال",
        "احلام",
        "طموح",
        "طموحات",
        "قرار",
        "سوق",
        "اسواق",
        "حصه",
        "حصص",
        "مشهد",
        "استحواذ",
        "نقاش",
        "ملل",
        "فراغ",
        // Animals are slaughtered, no one is killed ("ذبح الطيور في
        // الأماكن العامة").
        "طيور",
        "دجاج",
        "اضاحي",
        "اضحيه",
        "ماشيه",
        "اغنام",
        "خراف",
        "ابل",
        "حيوانات",
        "ذبايح",
    ];
    norm[hit.word_span().end..]
        .split_whitespace()
        .next()
        .map(|w| {
            let w = w.trim_matches(|c: char| c.is_ascii_punctuation() || "«»،؛".contains(c));
            let w = w.strip_prefix("لل").or(w.strip_prefix("ال")).unwrap_or(w);
            w.strip_suffix("ها").unwrap_or(w)
        })
        .is_some_and(|w| THINGS.contains(&w))
}

/// Whether the English cue at `hit` takes for object the instruments of
/// a trade: bids, offers, licences or a tender, in the noun phrase right
/// after it ("rejected all offers at its tender", "accepted three bids
/// from two exporters", "did not request any export licences", "will
/// reopen a tender"). Buyers and sellers at a market do not agree with,
/// reject or ask one another as states do. A single offer or bid is
/// another matter: "accepted the Paris Club offer", "rejected a U.S.
/// offer to escort its tankers" stay.
fn trades(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const INSTRUMENTS: &[&str] = &[
        "bids", "offers", "tender", "tenders", "licences", "licenses",
    ];
    object_headed_by(norm, hit.norm.end, 4, INSTRUMENTS)
}

/// Whether the English cue at `hit` is "ordered" with a count for object:
/// goods bought ("it ordered six new Jetstream 31 airplanes"), where an
/// order to someone names them or the act ("ordered its armed forces to",
/// "ordered the deportation of").
fn buys(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    matches!(
        &norm[hit.norm.clone()],
        "ordered" | "orders" | "order" | "ordering"
    ) && norm[hit.norm.end..]
        .split_whitespace()
        .next()
        .is_some_and(counts)
}

/// Whether the English cue at `hit` is "demonstrate" in the sense of
/// showing: it takes an object or a clause ("to demonstrate he was in
/// command", "clearly demonstrates the intention to renegotiate",
/// "demonstrated their support"), where a protest takes none
/// ("demonstrated against the ban", "demonstrated in Seoul").
fn shows(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const OBJECTS: &[&str] = &[
        "the",
        "a",
        "an",
        "that",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "how",
        "what",
        "why",
        "whether",
        "no",
        "any",
        "some",
        "great",
        "considerable",
        "real",
        "strong",
        "clear",
        "full",
        "solidarity",
        "support",
        "resolve",
        "unity",
        "goodwill",
    ];
    matches!(
        &norm[hit.norm.clone()],
        "demonstrate" | "demonstrates" | "demonstrated" | "demonstrating"
    ) && norm[hit.norm.end..]
        .split_whitespace()
        .next()
        .is_some_and(|w| OBJECTS.contains(&w))
}

/// Whether the English cue at `hit` is "demand" in its market sense, the
/// wish to buy: a word of size, trend or market before it ("strong demand
/// from Japan", "domestic demand", "consumer demand", "supply/demand"), or
/// a place after it ("demand in Japan", "demand within the United
/// States"), or goods it is for ("demand for American goods"). A demand
/// made ("Manila's demand", "U.S. demands that") has none of these.
fn market_demand(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const MARKET: &[&str] = &[
        "strong",
        "stronger",
        "weak",
        "weaker",
        "high",
        "higher",
        "low",
        "lower",
        "domestic",
        "consumer",
        "export",
        "import",
        "loan",
        "credit",
        "overall",
        "world",
        "global",
        "internal",
        "seasonal",
        "growing",
        "rising",
        "falling",
        "slack",
        "sluggish",
        "firm",
        "firmer",
        "good",
        "poor",
        "more",
        "less",
        "increased",
        "reduced",
        "total",
        "oil",
        "energy",
        "fuel",
        "gasoline",
        "crude",
        "industrial",
        "private",
        "investment",
        "market",
        "final",
        "end-user",
        "physical",
        "heavy",
        "brisk",
        "steady",
        "buoyant",
        "healthy",
        "robust",
        "excessive",
        "excess",
        "peak",
        "winter",
        "summer",
        "aggregate",
        "supply/demand",
    ];
    // "demand for American goods": what is bought.
    const GOODS: &[&str] = &[
        "goods", "products", "imports", "exports", "oil", "crude", "gas", "grain", "wheat", "corn",
        "coffee", "cars", "steel", "sugar", "cotton", "metals", "gold", "dollars", "credit",
        "loans", "shares", "bonds",
    ];
    let word = &norm[hit.norm.clone()];
    let goods = || {
        let mut rest = norm[hit.norm.end..].split_whitespace().peekable();
        let with_for = word == "demand for" || rest.next_if_eq(&"for").is_some();
        with_for
            && rest
                .take(3)
                .any(|w| GOODS.contains(&w.trim_end_matches([',', '.'])))
    };
    if word == "demand for" {
        return goods();
    }
    if word != "demand" {
        return false;
    }
    let before = norm[..hit.word_start].split_whitespace().next_back();
    let after = norm[hit.norm.end..].split_whitespace().next();
    before.is_some_and(|w| MARKET.contains(&w) || w.ends_with("supply/"))
        || norm[..hit.norm.end].ends_with("supply/demand")
        || after.is_some_and(|w| matches!(w, "in" | "within"))
        || goods()
}

/// Where the object ends when the English "meet" cue ending at byte `end`
/// of `norm` means "satisfy": its object, within five words and before a
/// preposition or a word of time, is a demand, a need, a target ("to meet
/// U.S. demands", "met the first two Venezuelan criteria").
fn satisfies(norm: &str, end: usize) -> Option<usize> {
    let mut at = end;
    for word in norm[end..].split(' ').take(6) {
        let start = at;
        at += word.len() + 1;
        if word.is_empty() && start == end {
            continue;
        }
        let w = word.trim_matches(|c: char| !c.is_alphanumeric());
        if MEET_STOPS.contains(&w) {
            return None;
        }
        if SATISFIED
            .iter()
            .any(|s| w == *s || w.strip_suffix('s') == Some(*s))
        {
            return Some(start + word.len());
        }
        if word.ends_with([',', ';', ':']) {
            return None;
        }
    }
    None
}

/// Whether normalized Arabic `word` (its article and punctuation aside)
/// has the shape of a verbal noun: of the second form (تدريب), of the
/// forms with a prefixed alif (إنشاء، استقبال، احتجاج), of the third form
/// (مطالبة), or one of the first form that news uses for aims and
/// purposes (زراعة، خفض). Plurals of people of the shape أفعال (أطفال)
/// are not.
fn verbal_noun(word: &str) -> bool {
    /// Verbal nouns of the first form that an aim names.
    const FIRST_FORM: &[&str] = &[
        "زراعه",
        "زعزعه",
        "خفض",
        "نقد",
        "رفع",
        "دعم",
        "قبض",
        "جذب",
        "بناء",
        "نشر",
        "زياده",
        "حمايه",
        "نقل",
        "جمع",
        "فتح",
        "حل",
        "صرف",
        "شراء",
        "بيع",
        "ضخ",
        "سد",
        "خلق",
        "كسب",
        // "تستهدف الحد من الحوادث", "تستهدف التحول".
        "حد",
        "تحول",
        "تطور",
        "توسع",
        // "قرار منع العمل تحت أشعة الشمس", "منع حمل الأسلحة".
        "عمل",
        "سفر",
        "حمل",
    ];
    /// Plurals of people and things that look like verbal nouns (أفعال like
    /// إفعال: أحياء is neighbourhoods, not إحياء), and prepositions of that
    /// shape (أثناء، إزاء، أمام، إطار).
    const PEOPLE: &[&str] = &[
        "اطفال",
        "انصار",
        "افراد",
        "اعضاء",
        "ابناء",
        "اشخاص",
        "اكراد",
        "اجانب",
        "اقباط",
        "ابرياء",
        "امراء",
        "اطباء",
        "اسري",
        "اعداء",
        "اهداف",
        "اسواق",
        "احياء",
        "ارتال",
        "اموال",
        "الاف",
        "ارواح",
        "اثناء",
        "ازاء",
        "امام",
        "اطار",
        "انحاء",
        "ارجاء",
        "اوساط",
        "اطراف",
        "اسباب",
        "احداث",
        "اخبار",
        "اعمال",
        "اوضاع",
        "اسعار",
        "ايام",
        "اعوام",
        "اشهر",
        "اجواء",
    ];
    /// Verbal nouns of the fourth form of roots that begin with ل, whose
    /// إل reads as the article once normalized ("يستهدف إلزام المحال").
    const LAM_FOURTH_FORM: &[&str] = &["الزام", "الغاء", "القاء", "الحاق"];
    let w = word.trim_matches(|c: char| !c.is_alphabetic());
    if LAM_FOURTH_FORM.contains(&w.strip_prefix('و').unwrap_or(w)) {
        return true;
    }
    let w = w.strip_prefix("ال").unwrap_or(w);
    // The accusative's alif of an indefinite noun ("استنكارا").
    let w = w
        .strip_suffix('ا')
        .filter(|s| s.chars().count() >= 5)
        .unwrap_or(w);
    if PEOPLE.contains(&w) {
        return false;
    }
    let letters: Vec<char> = w.chars().collect();
    let n = letters.len();
    let stem: Vec<char> = w.strip_suffix('ه').unwrap_or(w).chars().collect();
    let m = stem.len();
    FIRST_FORM.contains(&w)
        || (n >= 5 && letters[0] == 'ت' && letters[n - 2] == 'ي' && letters[n - 1] != 'ا')
        || (m >= 4 && stem[0] == 'ا' && stem[m - 2] == 'ا')
        || (n >= 5 && letters[0] == 'م' && letters[2] == 'ا' && letters[n - 1] == 'ه')
}

/// Whether the Arabic protest verb at `hit` (تجمع) is the noun of the same
/// letters, a gathering or an association of someone: ل and a noun that is
/// no verbal noun follow it ("تجمعًا للحوثيين" hit by raids, "تجمع لأهالي
/// المعتقلين" issuing a statement, "تجمع للسوائل"). After the verb, ل
/// names a purpose ("تجمع المئات للمطالبة").
fn gathering_of(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    // What is collected ("تجمع المعلومات"), and forces that mass
    // ("تجمعت قواتهم"): no one protests.
    const COLLECTED: &[&str] = &["معلومات", "ادله", "بيانات", "اموال", "تبرعات", "عينات"];
    const MASSING: &[&str] = &[
        "قوات",
        "قواتهم",
        "قواته",
        "قواتها",
        "عناصر",
        "مقاتلين",
        "مقاتلي",
        "وزراء",
    ];
    // Places of gathering: "مواقع تجمع", "نقاط التجمع".
    const PLACES: &[&str] = &["مواقع", "اماكن", "نقاط", "نقطه", "مناطق", "منطقه", "مراكز"];
    let word = &norm[hit.norm.clone()];
    if !matches!(word, "تجمع" | "تجمعا" | "تجمعت") || hit.suffix.is_some() {
        return false;
    }
    let place_before = norm[..hit.word_start]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| PLACES.contains(&w.strip_prefix('و').unwrap_or(w)));
    let collected = bare_words_after(norm, hit.norm.end)
        .take(3)
        .any(|w| COLLECTED.contains(&w))
        || bare_words_after(norm, hit.norm.end)
            .next()
            .is_some_and(|w| MASSING.contains(&w));
    place_before
        || collected
        || (word != "تجمعت"
            && norm[hit.norm.end..]
                .split_whitespace()
                .next()
                .is_some_and(|w| {
                    // لل is ل with the article's alif absorbed.
                    let noun = w.strip_prefix("لل").or_else(|| w.strip_prefix('ل'));
                    noun.is_some_and(|n| !verbal_noun(n))
                }))
}

/// The Arabic words after `at`, each without a conjunction (و ف) and the
/// article: what the readings of a cue's sense compare with their lists.
fn bare_words_after(norm: &str, at: usize) -> impl Iterator<Item = &str> {
    norm[at..].split_whitespace().map(|w| {
        let w = w.trim_matches(|c: char| !crate::text::is_word_char(c));
        let w = w
            .strip_prefix(['و', 'ف'])
            .filter(|r| r.chars().count() > 2)
            .unwrap_or(w);
        w.strip_prefix("ال")
            .filter(|r| r.chars().count() > 1)
            .unwrap_or(w)
    })
}

/// Whether the Arabic cue at `hit` is a form of حقق in its sense
/// "achieve": an achievement is its object ("حقق فيها الفريق السعودي
/// ميدالية برونزية", "حققت الشركة أرباحا"), or a time follows its في
/// ("إنجاز تحقق في عهد الملك"). One investigates into a matter, not in an
/// era.
fn achieves(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const FORMS: &[&str] = &["حقق", "حققت", "حققوا", "تحقق", "تحققت", "يحقق", "يحققون"];
    const ACHIEVEMENTS: &[&str] = &[
        "ميداليه",
        "ميداليات",
        "ميداليتين",
        "فوز",
        "فوزا",
        "انتصار",
        "انتصارا",
        "نجاح",
        "نجاحا",
        "انجاز",
        "انجازا",
        "ارباح",
        "ارباحا",
        "لقب",
        "مكاسب",
        "نمو",
        "نموا",
        "تقدم",
        "تقدما",
        "رقم",
        "رقما",
        "نتايج",
        "نتيجه",
        "هدف",
        "هدفا",
        "اهداف",
        "بطوله",
        "ذهبيه",
        "عوايد",
        "ايرادات",
        "مبيعات",
        "فايض",
        "فايضا",
    ];
    const TIMES: &[&str] = &["عهد", "ظل", "عام", "زمن", "وقت", "فتره", "مرحله"];
    let cue = &norm[hit.norm.clone()];
    if !cue.split(' ').next().is_some_and(|w| FORMS.contains(&w)) {
        return false;
    }
    let end = hit.word_span().end;
    let mut after = bare_words_after(norm, end);
    if cue.ends_with(" في")
        && hit.suffix.is_none()
        && after.next().is_some_and(|w| TIMES.contains(&w))
    {
        return true;
    }
    bare_words_after(norm, end)
        .take(5)
        .any(|w| ACHIEVEMENTS.contains(&w))
}

/// Whether the Arabic cue at `hit` has minds or hearts for object: what
/// invades, penetrates, sweeps or seizes them is an idea, a feeling or a
/// message ("تغزو عقول الشباب", "الفرحة التي تجتاح قلوب اليمنيين",
/// "اختطفت قلوب المتابعين"), not a force.
///
/// A singular heart is one only with its article ("ضربات القلب"): in
/// construct it is the middle of a place ("هاجمت قلب العاصمة كابل").
fn of_minds(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const MINDS: &[&str] = &[
        "عقول",
        "العقول",
        "قلوب",
        "القلوب",
        "فكر",
        "الفكر",
        "العقل",
        "القلب",
    ];
    norm[hit.norm.end..]
        .split_whitespace()
        .next()
        .map(|w| w.trim_matches(|c: char| !crate::text::is_word_char(c)))
        .is_some_and(|w| {
            MINDS.contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w)) || MINDS.contains(&w)
        })
}

/// Whether the Arabic noun مقتل at `hit` is the vital spot of the idiom
/// "أصاب في مقتل", to strike where it hurts most: a form of أصاب stands
/// shortly before its في ("وأصابت أعداء الأمة في مقتل").
fn vital_spot(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const STRIKES: &[&str] = &["اصاب", "اصابت", "اصابوا", "يصيب", "تصيب", "يصيبون"];
    if &norm[hit.norm.clone()] != "مقتل" || !hit.prefix.is_empty() {
        return false;
    }
    let mut before = norm[..hit.word_start].split_whitespace().rev();
    before.next() == Some("في")
        && before
            .take(5)
            .any(|w| STRIKES.contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w)))
}

/// Whether the Arabic cue at `hit` is a form of استقبل whose subject is a
/// facility or whose object is cases: a clinic, a hospital or an airport
/// receives patients and flights ("استقبلت العيادات التخصصية أكثر من
/// 1600 حالة مرضية", "استقبل مطار تايوان الدولي"), not a guest.
fn facility_receives(norm: &str, hit: &crate::lexicon::Hit) -> bool {
    const FORMS: &[&str] = &["استقبل", "استقبلت", "يستقبل", "تستقبل"];
    const FACILITIES: &[&str] = &[
        "عيادات",
        "عياده",
        "مستشفي",
        "مستشفيات",
        "مطار",
        "مطارات",
        "ميناء",
        "مخيم",
        "مخيمات",
        "ملعب",
        "فندق",
        "فنادق",
        "مستوصف",
        "مراكز",
    ];
    const CASES: &[&str] = &[
        "حاله",
        "حالات",
        "مريض",
        "مرضي",
        "مراجعا",
        "مراجعين",
        "رحلات",
        "رحله",
    ];
    if !FORMS.contains(&&norm[hit.norm.clone()]) || hit.suffix.is_some() {
        return false;
    }
    let mut after = bare_words_after(norm, hit.norm.end);
    after.next().is_some_and(|w| FACILITIES.contains(&w))
        || bare_words_after(norm, hit.norm.end)
            .take(8)
            .any(|w| CASES.contains(&w))
}

/// Whether the Arabic cue at `hit` is a form of استهدف in its sense "aim
/// at", not "target with force": its object is a verbal noun ("تستهدف
/// القبض على", "يستهدف زراعة 4 ملايين فدان", "تستهدف تأهيل الشباب"), or its
/// subject, right before it, is a plan, a programme or an activity ("ورش
/// العمل تستهدف المديرين", "برنامج الرئيس الذي يستهدف").
fn aims_at(norm: &str, hit: &crate::lexicon::Hit, range_start: usize) -> bool {
    const FORMS: &[&str] = &[
        "يستهدف",
        "تستهدف",
        "يستهدفان",
        "تستهدفان",
        "يستهدفون",
        "يستهدفوا",
        "استهدفت",
        "استهدف",
        "نستهدف",
    ];
    const PLANS: &[&str] = &[
        "خطه",
        "خطط",
        "برنامج",
        "برامج",
        "مشروع",
        "مشاريع",
        "ورشه",
        "ورش",
        "دوره",
        "دورات",
        "مبادره",
        "فعاليه",
        "فعاليات",
        "انشطه",
        "نشاط",
        "مسابقه",
        "وظايف",
        "سياسه",
        "استراتيجيه",
        "موشر",
        "دراسه",
        "مرحله",
        "مراحل",
        "تطعيم",
        "ميزانيه",
        "موازنه",
        "حزمه",
        "صندوق",
        "جايزه",
        "توعويه",
        "توعيه",
        "معرض",
        "ملتقي",
        "مهرجان",
        "منتدي",
        "قانون",
        "قرار",
        "تعديلات",
        "اجراءات",
        "مسلسل",
        "فيلم",
        "مشاهد",
        "كتاب",
        "مركز",
        "وسيله",
        "وسايل",
        "مبدا",
        "منتج",
        "منتجات",
        "خدمه",
        "خدمات",
        "عروض",
        "تطبيق",
        "منصه",
    ];
    // Whom a programme or a product is meant for: an audience, a market.
    const AUDIENCES: &[&str] = &[
        "شرايح",
        "شريحه",
        "مستخدمي",
        "المستخدمين",
        "المستهلكين",
        "العملاء",
        "المستفيدين",
        "الجمهور",
        "جمهور",
        "المشاهدين",
        "القراء",
        "فيه",
        "فيات",
        "الفيات",
        "الصناعات",
        "صناعات",
        "الاستثمارات",
        "استثمارات",
        "الاسواق",
        "اسواق",
        "السياح",
        "الزوار",
    ];
    // A benefit it aims to bring them, later in its phrase ("ركن يستهدف
    // فئة الأطفال والنساء لتوعيتهم", "استهداف أبناء السجناء لتوظيفهم").
    const BENEFITS: &[&str] = &[
        "لتوعي",
        "لتوظيف",
        "لتدريب",
        "لتاهيل",
        "لتثقيف",
        "لتمكين",
        "لتعليم",
        "لخدمه",
        "لتشجيع",
        "لتوفير",
    ];
    let word = &norm[hit.norm.clone()];
    // The verbal noun too, with its agent's pronoun ("استهدافهم إسقاط
    // العلاقة"), when what it aims at is no one hurt.
    let noun = word == "استهداف";
    if !(FORMS.contains(&word) && hit.suffix.is_none() || noun) {
        return false;
    }
    // The past (استهدف) is mostly an attack made; an aim is present.
    let present = !word.starts_with('ا') || noun;
    let object = norm[hit.word_span().end..].split_whitespace().find(|w| {
        !matches!(
            *w,
            "في" | "المقام"
                | "الاول"
                | "بالدرجه"
                | "الاولي"
                | "اساسا"
                | "ايضا"
                | "جميع"
                | "كافه"
                | "كل"
        )
    });
    let audience = object.is_some_and(|w| AUDIENCES.contains(&w.trim_start_matches(['و', 'ل'])));
    // The means of a campaign, not of a blow: "استهداف مليون ونصف المليون
    // من حجاج الداخل بتطعيمات الإنفلونزا".
    let by_plan = norm[hit.word_span().end..]
        .split(['.', '،', ','])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(10)
        .any(|w| {
            w.strip_prefix('ب')
                .map(|w| w.strip_prefix("ال").unwrap_or(w))
                .is_some_and(|w| {
                    PLANS.contains(&w) || w.starts_with("تطعيم") || w.starts_with("حملات")
                })
        });
    let benefit = || {
        bare_words_after(norm, hit.word_span().end)
            .take(10)
            .any(|w| BENEFITS.iter().any(|b| w.starts_with(b)))
    };
    if noun {
        // "استهداف المقاومة": with its article the resistance is the armed
        // one (a role word), no verbal noun of resisting.
        let aim = object.is_some_and(|w| verbal_noun(w) && w != "المقاومه");
        return aim || audience || by_plan || benefit();
    }
    let plan = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        let w = w
            .strip_prefix(['و', 'ف'])
            .filter(|w| w.chars().count() > 2)
            .unwrap_or(w);
        PLANS.contains(&w.strip_prefix("ال").unwrap_or(w))
    };
    // The plan before the verb, its adjectives or its name between
    // ("فخطة التنمية الشاملة التي تستهدف", "مهرجان جدة الذي يستهدف"), or
    // right after it in a verb-first clause ("ويستهدف مشروع القانون").
    let subject = norm[range_start..hit.word_start]
        .split_whitespace()
        .rev()
        .filter(|w| !matches!(*w, "التي" | "الذي" | "الذين" | "كانت" | "كان"))
        .take(3)
        .any(plan)
        || (present && object.is_some_and(plan));
    // A year or a share is aimed at: "تستهدف عام 2030", "يستهدف 5%".
    let figure = object.is_some_and(|w| {
        w == "عام" || w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with('%')
    });
    // A value of a nation is threatened, not struck: "كل عمل إرهابي
    // يستهدف أمنها واستقرارها", "يستهدف أمننا ووحدتنا".
    let value = object.is_some_and(|w| {
        let w = w.strip_prefix('و').unwrap_or(w);
        in_with_pronoun(w.strip_prefix("ال").unwrap_or(w), VALUES)
    });
    (present && (object.is_some_and(verbal_noun) || audience || benefit()))
        || subject
        || figure
        || by_plan
        || value
}

/// What a nation holds and an act of terror is said to aim at in the
/// language of condemnation (normalized, without the article): its
/// security, stability, unity, sovereignty, economy, identity.
const VALUES: &[&str] = &[
    "امن",
    "استقرار",
    "وحده",
    "سياده",
    "اقتصاد",
    "هويه",
    "ثوابت",
    "قيم",
    "نسيج",
    "لحمه",
    "مقدرات",
    "مكتسبات",
];

/// The sources, each once, of the events already made from the cue at
/// normalized range `cue`: what an event that follows from that one
/// ("أسفر عن مقتل", a verb coordinated with it, a verb whose subject it
/// is) takes for its agent.
fn sources_of(out: &[Event], cue: &Range<usize>) -> Vec<Party> {
    let mut all: Vec<Party> = Vec::new();
    for p in out
        .iter()
        .filter(|e| &e.cue == cue)
        .filter_map(|e| e.source.as_ref())
    {
        if !all.iter().any(|q| q.key() == p.key()) {
            all.push(p.clone());
        }
    }
    all
}

/// Whether the Arabic `word` is a demonstrative, with ل on it or not
/// ("لذلك الهجوم", "هذا الهجوم"): it points at a noun and adds no word of
/// its own between a verb and its object.
fn demonstrative(word: &str) -> bool {
    const DEMONSTRATIVES: &[&str] = &["ذلك", "تلك", "هذا", "هذه", "هذين", "هاتين", "هولاء"];
    let w = word.strip_prefix('ل').unwrap_or(word);
    DEMONSTRATIVES.contains(&w) || DEMONSTRATIVES.contains(&word)
}

/// Whether `word` is a number ("45.5", "1,000", not "1," before a clause)
/// or a word of quantity.
fn counts(word: &str) -> bool {
    QUANTITIES.contains(&word)
        || word.bytes().last().is_some_and(|b| b.is_ascii_digit())
            && word
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// How far (in words) a mood marker may stand before its cue ("will
/// impose ... on Russia for its aggression" does not make the aggression
/// planned).
const MOOD_REACH: usize = 5;

/// How many words a reduction marker may stand before the cooperation it
/// stops ("halted economic aid", "cancelled a planned visit").
const REDUCTION_REACH: usize = 3;

/// How far (in words) an English cessation marker may stand before the
/// violent event it ends: a phrase of quantity may come between ("to end
/// a wave of labour unrest"). (Arabic أوقف is also "arrested": its reach
/// stays that of a reduction.)
const CESSATION_REACH: usize = 5;

/// English participles that after "to be" name a state, not a passive
/// act: "Israel is opposed to French mediation".
const STATIVE_PARTICIPLES: &[&str] = &[
    "opposed",
    "engaged",
    "committed",
    "involved",
    "prepared",
    "determined",
    "concerned",
    "interested",
    "divided",
    "united",
    "allied",
    "aligned",
    "dedicated",
    "devoted",
    "resolved",
    "pleased",
    "satisfied",
    "disappointed",
    "worried",
    "alarmed",
    "surprised",
];

/// Words for the part of a place ("in northern Iraq", "في شمال العراق").
const DIRECTIONS: &[&str] = &[
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "شمال", "جنوب", "شرق", "غرب", "وسط",
];

/// Arabic directions that say where in relation to a place, as adverbs
/// in construct before it ("شرق مدينة الرياض", "جنوب بغداد", "غربي
/// صنعاء"): what they are said of is where.
const ADVERBS_OF_PLACE: &[&str] = &[
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
];

/// Words for a kind of place, which may stand between a locative
/// preposition and the name of the place ("in the town of Samarra", "في
/// مدينة حلب السورية"). Normalized, Arabic without the article.
const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "province",
    "region",
    "capital",
    "district",
    "territory",
    "territories",
    "area",
    "areas",
    // "through the streets of La Paz", "in the suburbs of Algiers".
    "street",
    "streets",
    "outskirts",
    "suburbs",
    "مدينه",
    "بلده",
    "قريه",
    "منطقه",
    "محافظه",
    "عاصمه",
    "اراضي",
    "اقليم",
    "ولايه",
    "مخيم",
    "ريف",
    "مديريه",
    "ناحيه",
    "حي",
    "شوارع",
    "ضواحي",
];

/// How many words may stand between an event noun and the "by" that names
/// its agent ("the attack on Monday by rebels").
const NOUN_AGENT_REACH: usize = 3;

/// The roles of a state's own institutions: its government, forces,
/// police, intelligence, courts and legislature (the rest are society).
const STATE_ROLES: &[&str] = &["GOV", "MIL", "COP", "SPY", "JUD", "LEG"];

/// English nouns whose "of", after "the", names who gives the act ("the
/// support of the EU", "the backing of Saudi Arabia"), where an act done
/// to someone has its patient there ("the arrest of 12 protesters").
const AGENTIVE_OF: &[&str] = &[
    "support",
    "backing",
    "approval",
    "consent",
    "blessing",
    "endorsement",
    "help",
    "assistance",
    "mediation",
    // "at the request of the European Commission": a request is its
    // asker's, and the clause's subject grants it.
    "request",
    "invitation",
    "behest",
    "urging",
];

/// The stems of Arabic verbs of a state, after the letter of the present:
/// what a noun is under ("يسيطر عليه", "تحتجزهم", "يحاصرها", "تدعمها",
/// "يحتلها"), not an act done.
const STATE_VERBS: &[&str] = &["سيطر", "حتجز", "حاصر", "دعم", "ساند", "حتل"];

/// Arabic words that count or open a count ("ما لا يقل عن", "نحو",
/// "عشرات"), normalized: after a verb of killing they make its clause a
/// casualty report, and between a verbal noun's genitive and a mention
/// they count its object.
const ARABIC_COUNTS: &[&str] = &[
    "ما",
    "نحو",
    "حوالي",
    "قرابه",
    "اكثر",
    "عشرات",
    "ميات",
    "الاف",
    "اثنان",
    "اثنين",
    "ثلاثه",
    "اربعه",
    "خمسه",
    "سته",
    "سبعه",
    "ثمانيه",
    "تسعه",
    "عشره",
    "عشرون",
    "عشرين",
    "ثلاثون",
    "ثلاثين",
    "اربعون",
    "اربعين",
    "خمسون",
    "خمسين",
    "ستون",
    "ستين",
    "سبعون",
    "سبعين",
    "ثمانون",
    "ثمانين",
    "تسعون",
    "تسعين",
    "ميه",
    "مايه",
];

/// Arabic verbal nouns of acts done to people whose first genitive is the
/// one they are done to, not the doer: "اعتقال الأطفال" is arresting the
/// children, "خطف الجنود" kidnapping the soldiers, "احتلال العراق" occupying
/// Iraq, "قمع المعارضة" repressing the opposition, "ضرب داعش" and "قتال
/// داعش" striking and fighting ISIS (where
/// "هجمات النظام" are the regime's attacks, and "قصف الطيران" the air
/// force's shelling). Normalized: hamza folded, ة as ه.
const PATIENT_NOUNS: &[&str] = &[
    "قتل",
    "ضرب",
    "قتال",
    "محاربه",
    "مهاجمه",
    "مواجهه",
    "دحر",
    "مطارده",
    "محاكمه",
    "خطف",
    "اختطاف",
    "اغتيال",
    "اعتقال",
    "احتجاز",
    "تعذيب",
    "اعدام",
    "ذبح",
    "توقيف",
    "اسر",
    "ترحيل",
    "تهجير",
    "ملاحقه",
    "حصار",
    "تصفيه",
    "استهداف",
    "احتلال",
    "اجتياح",
    "غزو",
    "اقتحام",
    "مداهمه",
    "قمع",
    "تفريق",
    "طرد",
    "اضطهاد",
];

/// English past participles of acts done to people that never stand
/// without their object in the active voice, so that one with none after
/// it is a passive: "soldiers killed in the attack", "citizens detained in
/// Turkey". ("Rebels attacked at dawn", "protesters marched to the
/// embassy", "Iran warned on Monday": other verbs go without an object.)
const PATIENT_PARTICIPLES: &[&str] = &[
    "killed",
    "murdered",
    "assassinated",
    "executed",
    "wounded",
    "injured",
    "kidnapped",
    "kidnaped",
    "abducted",
    "arrested",
    "detained",
    "jailed",
    "imprisoned",
    "captured",
    "deported",
    "expelled",
    "tortured",
    "massacred",
    "slaughtered",
    "lynched",
    "beheaded",
    "hanged",
    "sentenced",
    "convicted",
    "indicted",
    "ambushed",
    "stabbed",
    "raped",
    "persecuted",
    "besieged",
    "interned",
    "evicted",
];

/// Arabic words of cause, among `PREPOSITION_WORDS`: what follows them
/// is what someone suffered ("جراء قصف", "نتيجة القصف").
const CAUSES: &[&str] = &["جراء", "اثر", "نتيجه", "بسبب", "بفعل"];

/// Arabic prepositions written as words (normalized): a verb never follows
/// one, so a verb cue's letters after one are its verbal noun.
const PREPOSITION_WORDS: &[&str] = &[
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "خلال",
    "اثناء",
    "جراء",
    "اثر",
    "نتيجه",
    "عقب",
    "بعد",
    "قبل",
    "منذ",
    "حول",
    "ضد",
    "لدي",
    "بسبب",
    "بفعل",
    "امام",
    "خلف",
    "وراء",
    "بين",
    "عبر",
    "فوق",
    "دون",
    "مع",
    "عند",
];

/// The Arabic prepositions of time among `PREPOSITION_WORDS` (normalized).
const TIME_PREPOSITIONS: &[&str] = &["عند", "خلال", "اثناء", "عقب", "بعد", "قبل", "منذ"];

/// Arabic auxiliaries that stand between a subject and its verb ("بات
/// يستهدف"), normalized.
const AUXILIARIES: &[&str] = &[
    "بات",
    "باتت",
    "اصبح",
    "اصبحت",
    "ظل",
    "ظلت",
    "مازال",
    "مازالت",
    "لايزال",
    "لاتزال",
    "يزال",
    "تزال",
    "عاد",
    "عادت",
];

/// English nouns (and their adjectives) of things a state has that do not
/// act: after "X's" they head the phrase, and X only modifies it
/// (`possessor_of_thing`).
const THINGS: &[&str] = &[
    "economy",
    "economic",
    "economies",
    "policy",
    "policies",
    "program",
    "programme",
    "package",
    "surplus",
    "deficit",
    "debt",
    "budget",
    "budgetary",
    "fiscal",
    "stance",
    "approach",
    "system",
    "market",
    "markets",
    "exports",
    "imports",
    "self-sufficiency",
    "position",
    "labour",
    "labor",
    "artery",
    "constitution",
    "achievements",
    "priorities",
    "activities",
    "entry",
    "index",
    "auction",
    "advisory",
    "right",
    "ability",
    "authority",
    "crisis",
    "problem",
    "dilemma",
    "senses",
    "currency",
    "oil-reliant",
    "quick-growing",
    "moratorium",
    "handling",
    "response",
    "record",
];

/// Arabic prepositions that introduce a verbal noun's object (normalized).
const OBJECT_PREPOSITIONS: &[&str] = &["علي", "عن", "مع", "ضد"];

/// Relative pronouns (Arabic normalized): a verb right after one opens a
/// relative clause.
const RELATIVE_PRONOUNS: &[&str] = &[
    "who",
    "which",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللذان",
    "اللتان",
    "اللواتي",
    "اللاتي",
];

/// Arabic verbs of result whose subject is an event ("أسفر عن مقتل",
/// "أدى إلى مقتل", "راح ضحيته"), normalized.
const RESULTS: &[&str] = &["اسفر", "ادي", "ادت", "راح ضحيت"];

/// Arabic words after which a verb opens its clause (normalized): particles,
/// conjunctions, prepositions, pronouns and adverbs of time. The calendar
/// words of the dates table (months, days, أمس، الماضي) are too
/// ([`calendar_word`]). A verb after any other plain word follows its
/// subject.
const CLAUSE_OPENERS: &[&str] = &[
    "قد",
    "لقد",
    "وقد",
    "فقد",
    "ثم",
    "كما",
    "وكما",
    "حيث",
    "اذ",
    "اذا",
    "بعدما",
    "عندما",
    "حين",
    "حينما",
    "لما",
    "ان",
    "انه",
    "انها",
    "انهم",
    "لن",
    "لم",
    "ولم",
    "لا",
    "ولا",
    "ما",
    "وما",
    "كان",
    "كانت",
    "وكان",
    "وكانت",
    "قبل",
    "بعد",
    "فيما",
    "بينما",
    "كلما",
    "منذ",
    "ايضا",
    "بل",
    "لكن",
    "ولكن",
    "او",
    "ام",
    "حتي",
    "كي",
    "لكي",
    "سوف",
    "اما",
    "الا",
    "لو",
    "لولا",
    "مما",
    "عما",
    "عن",
    "علي",
    "في",
    "من",
    "الي",
    "مع",
    "ضد",
    "هل",
    "هو",
    "هي",
    "هم",
    "وهو",
    "وهي",
    "وهم",
    "الان",
    "مساء",
    "صباح",
    "صباحا",
    "ليلا",
    "ليل",
    "فجر",
    "ظهر",
    "حاليا",
    "مجددا",
    "مره",
    "موخرا",
    "اخيرا",
    "لاحقا",
    "سابقا",
    "بدوره",
    "بدورها",
    "كذلك",
    "عنديذ",
    "حينيذ",
    "بالفعل",
    "فعلا",
    "الفايت",
    "اول",
    "وقت",
    "لاحق",
    "ذلك",
    "بذلك",
    "وبذلك",
    "كيف",
    "لماذا",
    "متي",
    "اين",
    "ذاته",
    "ذاتها",
    "نفسه",
    "نفسها",
    "ساعات",
    "ساعه",
    "ايام",
    "يومين",
    "اسابيع",
    "اسبوع",
    "الاسبوع",
    "اشهر",
    "شهرين",
    "سنوات",
    "عامين",
    "الاول",
    "الثاني",
];

/// Words that may stand between a modal of obligation and its subject:
/// "Sudan would also have to", "X must not".
const MODAL_FILLERS: &[&str] = &[
    "not",
    "also",
    "still",
    "would",
    "will",
    "may",
    "might",
    "could",
    "shall",
    "then",
    "itself",
    "themselves",
    "himself",
    "herself",
    "both",
    "all",
];

/// Head nouns whose members a mention before them names, as the subject of
/// a modal: "the Group of Seven industrial countries should".
const MEMBER_NOUNS: &[&str] = &[
    "countries",
    "states",
    "nations",
    "governments",
    "members",
    "leaders",
    "officials",
    "authorities",
    "government",
    "authority",
];

/// How many words may stand between an Arabic attack noun and the verb
/// that describes it ("هجوم بقاذفة صواريخ شنه").
const DESCRIBED_REACH: usize = 2;

/// How many words may stand between a claim of responsibility and the act
/// it claims ("claimed responsibility for Tuesday's suicide bombing").
const CLAIM_REACH: usize = 3;

/// Whether English text `before` ends with a passive auxiliary, with
/// adverbs and "not" after it ("was not allowed", "have reportedly been
/// detained"), or with one and a coordinated participle ("was beaten and
/// abducted"): the participle that follows is a passive.
fn after_passive_auxiliary(before: &str) -> bool {
    const SKIP: &[&str] = &["not", "never", "also", "still", "already", "just", "then"];
    const IRREGULAR: &[&str] = &[
        "beaten", "shot", "hit", "held", "struck", "taken", "stabbed", "seized", "hurt", "thrown",
        "driven", "forced", "stoned",
    ];
    let mut after_and = false;
    for w in before
        .split(|c: char| !crate::text::is_word_char(c))
        .filter(|w| !w.is_empty())
        .rev()
    {
        if w.ends_with("ly") || SKIP.contains(&w) {
            continue;
        }
        if after_and {
            if !(w.ends_with("ed") || IRREGULAR.contains(&w)) {
                return false;
            }
            after_and = false;
            continue;
        }
        if PASSIVE_AUXILIARIES.contains(&w) {
            return true;
        }
        if w == "and" || w == "or" {
            after_and = true;
            continue;
        }
        return false;
    }
    false
}

/// English auxiliaries of the passive voice.
const PASSIVE_AUXILIARIES: &[&str] = &["was", "were", "been", "being", "is", "are", "be", "got"];

/// How far before a coercive measure ("curfew") the word that eases it
/// may stand: "shortened by one hour the nightly curfew".
const EASING_REACH: usize = 5;

/// How far after a protest cue the demand it is held for may stand: "began
/// a hunger strike outside Parliament to demand".
const PURPOSE_REACH: usize = 8;

/// What eases a coercive measure named by a noun (see `Sentence::eased`).
enum Easing {
    /// A concession or withdrawal cue, which is the event.
    ByCue,
    /// A reduction or cessation marker: the measure's easing is a
    /// concession.
    ByMarker,
}

/// One side of an event.
#[derive(Clone, Debug)]
pub struct Party {
    /// The actor, or `None` for a role-only mention ("protesters",
    /// "مسلحون"): an actor without a country or organization.
    pub actor: Option<u32>,
    pub role: Option<String>,
    pub core: Range<usize>,
}

impl Party {
    /// What tells parties apart: the actor, or for a role-only party the
    /// role and where it stands.
    fn key(&self) -> (Option<u32>, usize) {
        match self.actor {
            Some(a) => (Some(a), 0),
            None => (None, self.core.start),
        }
    }

    /// Whether two parties are the same actor (an actor does not act on
    /// itself here; a role-only party is the same only as itself).
    fn same_as(&self, other: &Party) -> bool {
        match (self.actor, other.actor) {
            (Some(a), Some(b)) => a == b,
            (None, None) => self.role == other.role,
            _ => false,
        }
    }
}

/// An event found in a sentence.
#[derive(Clone, Debug)]
pub struct Event {
    pub relation: u16,
    /// `None` when the text names no source (an attack by unknown hands).
    pub source: Option<Party>,
    /// `None` when the event has no target (a protest, a strike).
    pub target: Option<Party>,
    pub negated: bool,
    pub mood: Mood,
    pub cue: Range<usize>,
    pub confidence: f32,
    /// Whether the cue is a verb in a past form ("attacked", "شنت"): no
    /// word of time makes that one to come.
    pub past: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum UnitKind {
    Group(usize),
    Cue(u16, CueKind),
    Marker(Marker),
}

#[derive(Clone, Debug)]
struct Unit {
    kind: UnitKind,
    span: Range<usize>,
    /// The hit this unit came from (cues and markers).
    hit: Option<usize>,
    /// Clause number: cut at every clause boundary, commas included.
    clause: usize,
    /// Sentence part number: cut only at hard boundaries (clause markers,
    /// speech verbs, colons, semicolons, quotes, brackets), not commas.
    part: usize,
}

/// A sentence cut into clauses, with its groups, cues and markers.
pub struct Sentence<'a> {
    lex: &'a Lexicon,
    norm: &'a str,
    lang: Lang,
    hits: &'a [Hit],
    mentions: &'a [Mention],
    places: &'a [Place],
    groups: Vec<Vec<usize>>,
    units: Vec<Unit>,
    /// The sentence's normalized byte range.
    range: Range<usize>,
    /// Where its parts begin for dating (hard boundaries but brackets),
    /// in order.
    parts: Vec<usize>,
    /// Whether it holds double brackets, which set off a verse in Arabic
    /// prose (see `scripture`): looked for once, not at every cue.
    brackets: bool,
}

impl<'a> Sentence<'a> {
    pub fn new(
        lex: &'a Lexicon,
        norm: &'a str,
        range: Range<usize>,
        hits: &'a [Hit],
        mentions: &'a [Mention],
        places: &'a [Place],
        lang: Lang,
    ) -> Sentence<'a> {
        let speaks_after = |end: usize| {
            hits.iter()
                .skip_while(|h| h.word_start < end)
                .take(1)
                .any(|h| {
                    norm[end..h.word_start].trim().is_empty()
                        && lex
                            .senses(h)
                            .any(|s| matches!(s, Sense::Marker(Marker::Speech)))
                })
        };
        // "Syria shelled Lebanese villages and Israeli troops attacked
        // Syrian positions": in English a phrase an earlier verb has for
        // object and a later verb for subject is two clauses joined at the
        // conjunction, not one coordinated group.
        let verb = |h: &Hit| {
            lang == Lang::En
                && lex.senses(h).any(|s| {
                    matches!(
                        s,
                        Sense::Cue {
                            kind: CueKind::Verb,
                            ..
                        }
                    )
                })
        };
        let verb_after = |end: usize| {
            hits.iter()
                .find(|h| h.word_start >= end)
                .is_some_and(|h| norm[end..h.word_start].trim().is_empty() && verb(h))
        };
        let verb_before = |start: usize| {
            hits.iter()
                .rev()
                .find(|h| h.norm.end <= start)
                .is_some_and(|h| verb(h) && words_between(norm, h.norm.end, start) <= 1)
        };
        let new_clause = |first: usize, end: usize| verb_before(first) && verb_after(end);
        let groups = groups(norm, mentions, speaks_after, new_clause);
        let mut units = Vec::new();
        for (g, members) in groups.iter().enumerate() {
            let span = mentions[members[0]].span.start
                ..mentions[*members.last().unwrap_or(&members[0])].span.end;
            // "All OPEC members except Iraq and Iran agreed", "أدانت الدول
            // العربية ما عدا سوريا": those excepted take no part.
            if excepted(&norm[..span.start]) {
                continue;
            }
            units.push(Unit {
                kind: UnitKind::Group(g),
                span,
                hit: None,
                clause: 0,
                part: 0,
            });
        }
        // Hits and mentions are both in text order: walk them together.
        let mut next_mention = 0;
        // The end of what a "meet" satisfies, if it does ("meet demand").
        let mut satisfied_until = 0;
        for (h, hit) in hits.iter().enumerate() {
            while next_mention < mentions.len() && mentions[next_mention].span.end < hit.norm.end {
                next_mention += 1;
            }
            // Hits inside mentions are names and roles, not cues, except
            // for actor words that report their event ("protesters").
            let inside = mentions[next_mention..]
                .iter()
                .take_while(|m| m.span.start <= hit.word_start)
                .any(|m| hit.norm.end <= m.span.end);
            // "long-threatened invasion", "Saudi-led coalition", "the
            // Israeli-occupied West Bank": an English verb form joined to
            // the word before it by a hyphen is an adjective, not an event.
            let compound = lang == Lang::En
                && norm[..hit.word_start].ends_with('-')
                && norm[..hit.word_start - 1]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            // "the wounded", "the besieged town", "its occupied
            // territories": an English past participle right after a
            // determiner is an adjective (or a noun), not an event. So is
            // one after a degree word that follows a determiner or a
            // preposition, with its noun after it ("a more targeted
            // approach", "for heavily armed groups").
            let participle = lang == Lang::En
                && norm[hit.norm.clone()].ends_with("ed")
                && norm[..hit.word_start]
                    .trim_end()
                    .ends_with(char::is_alphanumeric)
                && {
                    let mut before = norm[..hit.word_start]
                        .split(|c: char| !crate::text::is_word_char(c))
                        .filter(|w| !w.is_empty())
                        .rev();
                    let w1 = before.next().unwrap_or("");
                    DETERMINERS.contains(&w1)
                        || DEGREE_WORDS.contains(&w1)
                            && before.next().is_some_and(|w2| {
                                DETERMINERS.contains(&w2) || PHRASE_PREPOSITIONS.contains(&w2)
                            })
                            && noun_follows(norm, hit.norm.end)
                };
            // "two imprisoned Iranian bloggers", "Kidnapped Japanese
            // businessman Noboyuki Wakaoji is alive": an English past
            // participle after a count, or opening its sentence, with a
            // mention right after it, is that mention's adjective.
            let participle = participle
                || (lang == Lang::En
                    && !norm[hit.norm.clone()].contains(' ')
                    && norm[hit.norm.clone()].ends_with("ed")
                    && mentions.iter().any(|m| m.span.start == hit.norm.end + 1)
                    && {
                        let before = norm[range.start..hit.word_start].trim_matches(|c: char| {
                            c.is_whitespace() || matches!(c, '"' | '\'' | '(')
                        });
                        before.is_empty()
                            || before.split_whitespace().next_back().is_some_and(counts)
                    });
            // "three civilians were killed in a bombing", "have been
            // arrested": an English past participle after a passive
            // auxiliary (adverbs between) is a passive, whose subject is
            // the target; only a "by" after it names the agent.
            // ("is opposed to", "were engaged in": a participle of a state
            // is an adjective.)
            let passive = lang == Lang::En
                && norm[hit.norm.clone()]
                    .split(' ')
                    .next()
                    .is_some_and(|w| w.ends_with("ed") && !STATIVE_PARTICIPLES.contains(&w))
                && after_passive_auxiliary(&norm[..hit.word_start]);
            // "45.5 mln pounds of copper": an English word in -s right
            // after a number or a word of quantity is a plural noun, a
            // state's name at most between ("about 2.5 U.S. pounds").
            let counted = lang == Lang::En
                && norm[hit.norm.clone()]
                    .split(' ')
                    .next()
                    .is_some_and(|w| w.ends_with('s'))
                && {
                    let before = norm[..hit.word_start].trim_end();
                    mentions
                        .iter()
                        .find(|m| m.span.end == before.len())
                        .map_or(before, |m| &norm[..m.span.start])
                        .split_whitespace()
                        .next_back()
                        .is_some_and(counts)
                };
            // "نصف مليون طالب وطالبة", "آلاف طالب": an Arabic word right
            // after a thousand or a million is a counted noun, no verb. (Not
            // after a number, which may be a verb's subject: "ثمانية قتلوا".)
            let counted = counted
                || (lang == Lang::Ar
                    && norm[..hit.word_start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| matches!(w, "مليون" | "ملايين" | "الف" | "الاف")));
            // "3500 طالب سعودي": an Arabic verb's letters with a bare
            // nationality adjective right after them are a noun (a student,
            // not "demanded"), which the adjective describes; a verb's
            // subject after it is a noun or a plural ("طالب سعوديون").
            let counted = counted
                || (lang == Lang::Ar
                    && hit.suffix.is_none()
                    && matches!(hit.prefix, "" | "و" | "ف")
                    && !norm[hit.norm.clone()].contains(' ')
                    && mentions.iter().any(|m| {
                        let w = &norm[m.span.clone()];
                        m.span.start == hit.norm.end + 1
                            && !w.contains(' ')
                            && !w.starts_with("ال")
                            && w.ends_with('ي')
                            && m.actor.is_some_and(|a| {
                                lex.actor(a).kind == crate::lexicon::ActorType::State
                            })
                            && m.role.is_none()
                    }));
            // "faces pressures from Washington", "threats from Iraq": an
            // English form in -s with "from" after it is a plural noun, whose
            // "from" names whom it comes from.
            let plural_from = lang == Lang::En
                && !norm[hit.norm.clone()].contains(' ')
                && norm[hit.norm.clone()].ends_with('s')
                && norm[hit.norm.end..].split_whitespace().next() == Some("from");
            // "to meet demand from investors": "meet" with a demand, a
            // need or a target for object satisfies it; no one meets, and
            // the demand it satisfies is no demand of its own.
            if lang == Lang::En && matches!(&norm[hit.norm.clone()], "meet" | "meets" | "met") {
                if let Some(object_end) = satisfies(norm, hit.norm.end) {
                    satisfied_until = object_end;
                }
            }
            // The readings below only take a cue's senses away: a hit with
            // none (a name, a role word, a marker) needs none of them.
            let cue_hit = lex.senses(hit).any(|s| matches!(s, Sense::Cue { .. }));
            let satisfied = hit.norm.start < satisfied_until
                || (cue_hit
                    && lang == Lang::En
                    && (market_demand(norm, hit)
                        || shows(norm, hit)
                        || trades(norm, hit)
                        || buys(norm, hit)
                        || attracts(norm, hit)
                        || executes_a_deal(norm, hit)
                        || withdraws_an_offer(norm, hit)
                        || captures_a_prize(norm, hit)))
                || (cue_hit
                    && lang == Lang::Ar
                    && (aims_at(norm, hit, range.start)
                        || gathering_of(norm, hit)
                        || standing_occupation(norm, hit)
                        || achieves(norm, hit)
                        || strikes_an_aim(norm, hit)
                        || owes(norm, hit)
                        || vital_spot(norm, hit)
                        || of_minds(norm, hit)
                        || facility_receives(norm, hit)));
            // "المياه العذبة", "الخطر الداهم", "بالتجمع": an Arabic verb
            // never takes the article, nor ب ("مقتل 17 بقصف للتحالف");
            // a verb cue's letters after one are a
            // noun, the verbal noun or an adjective (العذبة is "fresh", not
            // عذّب "tortured" with its pronoun), and are read as a noun cue.
            // So are a bare verb's three letters right after a preposition
            // with no mention right after them ("في قصف عشوائي قام به
            // الحوثيون"): no verb follows a preposition. (With a mention
            // after them the verb's reading gives the same sides: "في قصف
            // غزة", "فشل الحوثيون في حشد المواطنين". Verbal nouns listed
            // with the verbs for their word order, "التوصل إلى اتفاق", keep
            // it.) After a word of cause they are the noun whatever follows:
            // the mention before is who suffered it, and no subject of a
            // verb ("أصيب 5 مدنيين جراء قصف الطيران الروسي").
            let next_word = || {
                hit.norm.end
                    + norm[hit.norm.end..]
                        .find(|c: char| !c.is_whitespace())
                        .unwrap_or(0)
            };
            let article = lang == Lang::Ar
                && (hit.prefix.ends_with("ال")
                    || hit.prefix.ends_with("لل")
                    || hit.prefix.contains('ب')
                    // (A pronoun may close it after a word of time: "عند
                    // خطفهم", when they were kidnapped. After a preposition
                    // a verb governs, the pronoun's verb is that verb's
                    // subject's act: "عمدت الشرطة إلى قمعها".)
                    || (norm[hit.norm.clone()].chars().count() <= 3 && {
                        let before = norm[..hit.word_start].split_whitespace().next_back();
                        before.is_some_and(|w| {
                            PREPOSITION_WORDS.contains(&w)
                                && (hit.suffix.is_none() || TIME_PREPOSITIONS.contains(&w))
                        })
                            && (before.is_some_and(|w| CAUSES.contains(&w))
                                // A mention after ل or ب is no verb's
                                // object: "في قصف لطائرات التحالف".
                                || !hits.iter().any(|o| {
                                    o.word_start == next_word() && !o.prefix.starts_with(['ل', 'ب'])
                                }))
                    }));
            // "الطالب السعودي", "القاتل": a first-form verb's letters in
            // the shape فاعل with the article are its active participle, the
            // one who does it (a student, a killer), not the act.
            // Nor does a verb take ك ("like"): a verb cue's letters after
            // it are another word ("كلام" is speech, not لام "blamed").
            // Nor does a past verb take ل, but in the answer of لو, which is
            // no event either; the present does ("لتستهدف"). After ل a
            // first form's three letters are its verbal noun ("لمنع تدفق
            // اللاجئين", read as a noun above); a longer past is another
            // word ("فلادان" is a name, not ف + ل + أدان).
            let past_after_lam =
                lang == Lang::Ar && hit.prefix.trim_start_matches(['و', 'ف']) == "ل" && {
                    let word = &norm[hit.norm.clone()];
                    let stem = ["هم", "ها", "ه"]
                        .iter()
                        .find_map(|p| word.strip_suffix(p))
                        .unwrap_or(word);
                    !word.starts_with(['ي', 'ت', 'ن'])
                        && !word.contains(' ')
                        && stem.chars().count() > 3
                };
            let agent_noun = lang == Lang::Ar
                && (hit.prefix.contains('ك')
                    || past_after_lam
                    || (hit.prefix.ends_with("ال") || hit.prefix.ends_with("لل")) && {
                        let word = &norm[hit.norm.clone()];
                        word.chars().nth(1) == Some('ا') && word.chars().count() == 4
                    });
            let mut pushed_cue = compound;
            for sense in lex.senses(hit) {
                if satisfied && matches!(sense, Sense::Cue { .. }) {
                    continue;
                }
                if lang == Lang::Ar
                    && matches!(sense, Sense::Cue { relation, .. }
                        if matches!(lex.relation(*relation).plover.as_str(), "ASSAULT" | "COERCE"))
                    && of_a_thing(norm, hit)
                {
                    continue;
                }
                if lang == Lang::En
                    && matches!(
                        sense,
                        Sense::Cue {
                            kind: CueKind::Verb,
                            ..
                        }
                    )
                    && lifts_a_quantity(norm, hit)
                {
                    continue;
                }
                if (participle || counted || agent_noun)
                    && matches!(
                        sense,
                        Sense::Cue {
                            kind: CueKind::Verb,
                            ..
                        }
                    )
                {
                    continue;
                }
                if inside
                    && !matches!(
                        sense,
                        Sense::Cue {
                            kind: CueKind::Actor,
                            ..
                        }
                    )
                {
                    continue;
                }
                let kind = match sense {
                    Sense::Cue { relation, kind } if !pushed_cue => {
                        pushed_cue = true;
                        let kind = match kind {
                            CueKind::Verb if passive => CueKind::Passive,
                            CueKind::Verb if article || plural_from => CueKind::Noun,
                            k => *k,
                        };
                        UnitKind::Cue(*relation, kind)
                    }
                    // An idiom has done its work by holding its words.
                    Sense::Marker(Marker::Idiom) => continue,
                    Sense::Marker(m) => UnitKind::Marker(*m),
                    _ => continue,
                };
                units.push(Unit {
                    kind,
                    span: hit.word_span(),
                    hit: Some(h),
                    clause: 0,
                    part: 0,
                });
            }
        }
        units.sort_by_key(|u| (u.span.start, u.span.end));
        let mut s = Sentence {
            lex,
            norm,
            lang,
            hits,
            mentions,
            places,
            groups,
            units,
            range: range.clone(),
            parts: Vec::new(),
            brackets: lang == Lang::Ar && norm[range.clone()].contains("(("),
        };
        s.cut_clauses(range);
        if lang == Lang::En {
            for i in 0..s.units.len() {
                if let UnitKind::Cue(r, CueKind::Verb) = s.units[i].kind {
                    if s.reduced_passive(i) {
                        s.units[i].kind = UnitKind::Cue(r, CueKind::Passive);
                    } else if let Some(protest) = s.labour_strike(i) {
                        s.units[i].kind = UnitKind::Cue(protest, CueKind::Verb);
                    }
                }
            }
        }
        s
    }

    /// The normalized byte range of the part (the stretch between hard
    /// boundaries, brackets aside) that holds offset `at`: the words that
    /// can date an event whose cue is there ("قال يوم الثلاثاء إن" dates
    /// the saying, not what is said).
    pub fn part_around(&self, at: usize) -> Range<usize> {
        let k = self.parts.partition_point(|&c| c <= at);
        let start = if k == 0 {
            self.range.start
        } else {
            self.parts[k - 1]
        };
        let end = self.parts.get(k).copied().unwrap_or(self.range.end);
        start.max(self.range.start)..end.min(self.range.end).max(start)
    }

    /// Numbers clauses and parts. A new clause starts at clause punctuation
    /// outside a coordinated group, at a boundary marker, and after a
    /// speech verb; a new part only at the hard ones of those (not commas,
    /// which in Arabic prose often stand between a subject and its verb).
    fn cut_clauses(&mut self, range: Range<usize>) {
        let group_spans: Vec<Range<usize>> = self
            .units
            .iter()
            .filter(|u| matches!(u.kind, UnitKind::Group(_)))
            .map(|u| u.span.clone())
            .collect();
        let mut soft: Vec<usize> = Vec::new();
        let mut hard: Vec<usize> = Vec::new();
        let mut brackets: Vec<usize> = Vec::new();
        // Only punctuation matters here: find it first, then ask the
        // groups (this runs over every sentence with a cue).
        const PUNCTUATION: &[char] = &[',', '،', ';', '؛', ':', '"', '(', ')', '[', ']', '—', '–'];
        let digit_at = |k: usize| self.norm.as_bytes().get(k).is_some_and(u8::is_ascii_digit);
        let names = quoted_names(&self.norm[range.clone()], range.start, self.mentions);
        for (i, p) in self.norm[range.clone()].match_indices(PUNCTUATION) {
            let at = i + range.start;
            if group_spans.iter().any(|g| g.start < at && at < g.end) || names.contains(&i) {
                continue;
            }
            // A thousands separator ("1,000 refugees") is no clause break.
            if p == "," && at > 0 && digit_at(at - 1) && digit_at(at + 1) {
                continue;
            }
            match p {
                "," | "،" => soft.push(at),
                // A bracket holds a gloss more often than a clause for
                // dating ("17 نوفمبر (تشرين الثاني) 1977").
                "(" | ")" | "[" | "]" => {
                    hard.push(at);
                    brackets.push(at);
                }
                _ => hard.push(at),
            }
        }
        for (k, u) in self.units.iter().enumerate() {
            match u.kind {
                UnitKind::Marker(Marker::Boundary) => hard.push(u.span.start),
                // "The United States announced sanctions against Iran",
                // "declared a 30-day state of siege": a speech verb whose
                // object is an event noun is that event's light verb, and
                // its subject the event's source.
                UnitKind::Marker(Marker::Speech) if !self.light_speech(k) => hard.push(u.span.end),
                _ => {}
            }
        }
        soft.extend_from_slice(&hard);
        soft.sort_unstable();
        hard.sort_unstable();
        for u in self.units.iter_mut() {
            u.clause = soft.partition_point(|&c| c <= u.span.start);
            u.part = hard.partition_point(|&c| c <= u.span.start);
        }
        self.parts = hard
            .iter()
            .copied()
            .filter(|at| brackets.binary_search(at).is_err())
            .collect();
        // A cue right before another cue is a light verb or a vaguer word
        // for the same event ("سيبحث هاتفيا", "held talks"): keep the last.
        let cues: Vec<usize> = (0..self.units.len())
            .filter(|&i| matches!(self.units[i].kind, UnitKind::Cue(..)))
            .collect();
        let mut drop = Vec::new();
        for w in cues.windows(2) {
            let (a, b) = (&self.units[w[0]], &self.units[w[1]]);
            // A governing cue keeps its place: "طالب بانسحاب" is a demand.
            let governing = match (a.kind, b.kind) {
                // A modal of obligation governs a request too ("Brazil
                // should seek an understanding": no request made).
                (UnitKind::Cue(_, CueKind::Obligation), UnitKind::Cue(..)) => true,
                (UnitKind::Cue(ra, _), UnitKind::Cue(rb, _)) => {
                    let (ra, rb) = (self.lex.relation(ra), self.lex.relation(rb));
                    (self.governs(ra) && ra.plover != rb.plover)
                        || easing(ra, rb)
                        || (ra.plover == "PROTEST" && rb.plover == "REQUEST")
                }
                _ => false,
            };
            // A word for the actors ("demonstrators") names who an event
            // is done to, not the same event ("dispersed demonstrators").
            let actor = matches!(b.kind, UnitKind::Cue(_, CueKind::Actor));
            if !governing
                && !actor
                && a.clause == b.clause
                && words_between(self.norm, a.span.end, b.span.start) == 0
                && !self.units[w[0] + 1..w[1]]
                    .iter()
                    .any(|u| matches!(u.kind, UnitKind::Group(_)))
            {
                // A verb cue that holds its object ("وقعتا اتفاقية",
                // "signed an agreement") is the event; a noun right after
                // it only says what kind of object ("اتفاقية تعاون").
                let holds_object = matches!(
                    (a.kind, b.kind),
                    (
                        UnitKind::Cue(_, CueKind::Verb),
                        UnitKind::Cue(_, CueKind::Noun)
                    )
                ) && self.norm[a.span.clone()].contains(' ');
                drop.push(if holds_object { w[1] } else { w[0] });
            }
        }
        // A unit can be dropped by both of its windows.
        drop.dedup();
        for i in drop.into_iter().rev() {
            self.units.remove(i);
        }
    }

    /// The resolved actors of a group, with their mentions.
    fn parties(&self, g: usize) -> Vec<Party> {
        let mut out: Vec<Party> = Vec::new();
        for &m in &self.groups[g] {
            let mention = &self.mentions[m];
            if let Some(actor) = mention.actor {
                if !out.iter().any(|p| p.actor == Some(actor)) {
                    out.push(Party {
                        actor: Some(actor),
                        role: mention.role.clone(),
                        core: mention.core.clone(),
                    });
                }
            }
        }
        out
    }

    /// The parties of a group for an event: its resolved actors and, where
    /// a member has no country, the role it names ("protesters", "الشرطة").
    /// Role-only members of a group without first-person reference stand
    /// for themselves; first-person ones are the speaker's.
    fn event_parties(&self, g: usize) -> Vec<Party> {
        let state_role = |m: &Mention| m.role.as_deref().is_some_and(|r| STATE_ROLES.contains(&r));
        let mut out = self.parties(g);
        for (k, &m) in self.groups[g].iter().enumerate() {
            let mention = &self.mentions[m];
            // "Israeli helicopters and tanks", "Sudanese police and
            // soldiers": in English a state's forces or officials named
            // after a conjunction share the country of those before them,
            // and so do civilians and the places they live in ("positions
            // of the Palestinian security forces and residential areas").
            let civilian = mention.role.as_deref() == Some("CVL");
            let shared = self.lang == Lang::En && (state_role(mention) || civilian) && k > 0 && {
                let before = &self.mentions[self.groups[g][k - 1]];
                before.actor.is_some() && state_role(before)
            };
            let alone = matches!(mention.refers, Refers::Nothing | Refers::Owner);
            if mention.actor.is_none() && alone && !shared {
                if let Some(role) = &mention.role {
                    if !out
                        .iter()
                        .any(|p| p.actor.is_none() && p.role.as_ref() == Some(role))
                    {
                        out.push(Party {
                            actor: None,
                            role: Some(role.clone()),
                            core: mention.core.clone(),
                        });
                    }
                }
            }
        }
        // "the military government of President Prosper Avril",
        // "supporters of former President Ahmed Ben Bella", "militants
        // loyal to Iraq's Al-Qaeda frontman": a phrase named by role alone
        // belongs to the named actor right after its "of" or "loyal to".
        // "The Albanians of southern Serbia": a people named with the
        // state they live in are its civilians.
        if out.iter().all(|p| p.actor.is_none()) {
            if let Some(owner) = self.of_owner(g) {
                for p in &mut out {
                    p.actor = Some(owner);
                }
            }
        } else if self.lang == Lang::En && out.iter().all(|p| p.role.as_deref() == Some("CVL")) {
            if let Some(state) = self
                .of_owner(g)
                .filter(|&a| self.lex.actor(a).kind == crate::lexicon::ActorType::State)
            {
                for p in &mut out {
                    p.actor = Some(state);
                }
            }
        }
        out
    }

    /// The state that the first group's civilians live in, when an "of"
    /// names it ("The Albanians of southern Serbia": SRB), as
    /// [`Sentence::events`] codes such a group. For descriptions.
    pub fn first_group_home(&self) -> Option<u32> {
        let members = self.groups.first()?;
        let civilians = self.lang == Lang::En
            && members
                .iter()
                .all(|&m| self.mentions[m].role.as_deref() == Some("CVL"));
        civilians
            .then(|| self.of_owner(0))
            .flatten()
            .filter(|&a| self.lex.actor(a).kind == crate::lexicon::ActorType::State)
    }

    /// The actor of the group that follows group `g` after "of" or "loyal
    /// to" ("the", modifiers and directions between at most), if it names
    /// one.
    fn of_owner(&self, g: usize) -> Option<u32> {
        let k = self
            .units
            .iter()
            .position(|u| u.kind == UnitKind::Group(g))?;
        let next = self.units.get(k + 1)?;
        let UnitKind::Group(h) = next.kind else {
            return None;
        };
        let gap: Vec<&str> = self.norm[self.units[k].span.end..next.span.start]
            .split(|c: char| !crate::text::is_word_char(c))
            .filter(|w| !w.is_empty())
            .collect();
        let rest = match gap.as_slice() {
            ["of", rest @ ..] | ["loyal", "to", rest @ ..] => rest,
            _ => return None,
        };
        (rest.len() <= 2
            && rest
                .iter()
                .all(|w| *w == "the" || DIRECTIONS.contains(w) || MODIFIERS.contains(w)))
        .then(|| self.parties(h).into_iter().find_map(|p| p.actor))
        .flatten()
    }

    fn group_confidence(&self, g: usize) -> f32 {
        self.groups[g]
            .iter()
            .map(|&m| self.mentions[m].confidence)
            .fold(1.0, f32::min)
    }

    /// Resolves first-person mentions ("our soldiers") to the speaker as it
    /// stands where they occur, updating the speaker at each speech verb;
    /// then finds the events of every cue.
    pub fn events(&self, speaker: &mut Option<Party>) -> Vec<Event> {
        // Speaker changes, with the unit index where they take effect.
        let mut speakers: Vec<(usize, Option<Party>)> = vec![(0, speaker.clone())];
        let mut speaker_refs: Vec<(usize, Option<Party>)> = Vec::new();
        for (i, u) in self.units.iter().enumerate() {
            match u.kind {
                // "the attack in Ceylanpinar, for which the PKK has claimed
                // responsibility": a speech verb in an English relative
                // clause is background; the article's speaker stays.
                UnitKind::Marker(Marker::Speech) if self.in_relative_clause(i) => {}
                UnitKind::Marker(Marker::Speech) => {
                    // "The Red Cross operating in Iraq said": a place is
                    // where the speaker is, not who speaks.
                    let subject = self
                        .left_group_in_clause_where(i, |g| !self.locative(g))
                        .or_else(|| self.subject_before_appositive(i))
                        .or_else(|| self.group_right_after(i));
                    if let Some(p) = subject.and_then(|g| self.parties(g).into_iter().next()) {
                        *speaker = Some(p);
                        speakers.push((i, speaker.clone()));
                    }
                }
                UnitKind::Group(g) => {
                    for &m in &self.groups[g] {
                        if self.mentions[m].actor.is_some() {
                            continue;
                        }
                        match self.mentions[m].refers {
                            Refers::Speaker => speaker_refs.push((m, speaker.clone())),
                            Refers::Owner => {
                                if let Some(owner) = self.owner(i, &speakers) {
                                    speaker_refs.push((m, Some(owner)));
                                }
                            }
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        let mut out = Vec::new();
        for (i, u) in self.units.iter().enumerate() {
            if let UnitKind::Cue(relation, kind) = u.kind {
                let current = speakers
                    .iter()
                    .rev()
                    .find(|(at, _)| *at <= i)
                    .and_then(|(_, s)| s.clone());
                self.cue_events(i, relation, kind, current, &speaker_refs, &mut out);
            }
        }
        // "قتل 38 سائحا بينهم ثلاثون بريطانيا في هجوم شنه طالب تونسي
        // مسلح", "38 tourists were killed in an attack by a gunman": the
        // dead of an attack named right after them, in or by it, are its
        // agent's.
        let attackers: Vec<(Range<usize>, Party)> = out
            .iter()
            .filter(|e| self.lex.relation(e.relation).plover == "ASSAULT" && !e.negated)
            .filter_map(|e| Some((e.cue.clone(), e.source.clone()?)))
            .collect();
        for ev in out.iter_mut() {
            if ev.source.is_some() || self.lex.relation(ev.relation).label != "kills" {
                continue;
            }
            // The first attack after it, within a few words, with a word
            // of "in" or "by" between ("في هجوم شنه", "بقصف", "in an
            // attack by").
            let by = attackers
                .iter()
                .filter(|(cue, _)| cue.start >= ev.cue.end)
                .min_by_key(|(cue, _)| cue.start)
                .filter(|(cue, _)| {
                    words_between(self.norm, ev.cue.end, cue.start) <= 10
                        && self.norm[ev.cue.end..cue.start]
                            .split_whitespace()
                            .any(|w| {
                                matches!(w, "in" | "during" | "by" | "في" | "خلال" | "جراء" | "اثر")
                                    || (w.starts_with('ب') && !w.starts_with("بين"))
                            })
                });
            // An attack whose agent is the dead's own side reads them wrong
            // one way or the other ("مقتل سبعة من قادة داعش بقصف مدفعي").
            if let Some((_, agent)) =
                by.filter(|(_, a)| ev.target.as_ref().is_none_or(|t| t.key() != a.key()))
            {
                ev.source = Some(agent.clone());
            }
        }
        // "Hailstorms in south China killed two people", "قتل 20 شخصا في
        // زلزال ضرب شمال إيران": deaths by nature or accident are no one's
        // attack. A state named bare there is where it struck.
        if self.natural_causes() {
            out.retain(|ev| {
                let someone = ev.source.as_ref().is_some_and(|s| {
                    s.role.is_some()
                        || s.actor.is_some_and(|a| {
                            self.lex.actor(a).kind != crate::lexicon::ActorType::State
                        })
                });
                // Nor are the cars floods trap ("احتجزت السيول سيارات
                // المواطنين"): a coercion there is not one of people
                // named by a role of no authority.
                // (A people's name is no authority: "المواطنين".)
                let unarmed = ev.source.as_ref().is_some_and(|s| {
                    s.role.as_deref().is_some_and(|r| {
                        !matches!(r, "GOV" | "COP" | "MIL" | "JUD" | "SPY" | "REB")
                    })
                });
                match self.lex.relation(ev.relation).plover.as_str() {
                    "ASSAULT" => someone,
                    "COERCE" => !unarmed,
                    _ => true,
                }
            });
        }
        // "Police opened fire to disperse demonstrators": in English the
        // protesters an attack or a coercion is done to are its object; the
        // word for them reports no protest of theirs (a protest verb still
        // does: "dispersed demonstrators protesting election results").
        if self.lang == Lang::En {
            let done_to: Vec<Range<usize>> = out
                .iter()
                .filter(|ev| {
                    matches!(
                        self.lex.relation(ev.relation).plover.as_str(),
                        "COERCE" | "ASSAULT"
                    )
                })
                .filter_map(|ev| ev.target.as_ref().map(|t| t.core.clone()))
                .collect();
            let overlaps =
                |r: &Range<usize>| done_to.iter().any(|t| t.start < r.end && r.start < t.end);
            out.retain(|ev| {
                self.lex.relation(ev.relation).plover != "PROTEST" || !overlaps(&ev.cue)
            });
        }
        // "Bosnian Serbs said their forces had completed their withdrawal
        // from the Bosnian town of Gorazde": one withdraws from a place of
        // one's own country, not from oneself.
        let country = |p: &Option<Party>| {
            p.as_ref()
                .and_then(|p| p.actor)
                .and_then(|a| self.lex.country_of(self.lex.actor(a)))
        };
        for ev in out.iter_mut() {
            if self.lex.relation(ev.relation).plover == "RETREAT"
                && country(&ev.source).is_some()
                && country(&ev.source) == country(&ev.target)
            {
                ev.target = None;
            }
            // "اعتقلت الشرطة الإسرائيلية مسلحيها": a possessive role word
            // whose owner came out as the other side's actor is someone
            // else's (an earlier sentence's): its role alone stands.
            let same = ev.source.as_ref().and_then(|p| p.actor).is_some()
                && ev.source.as_ref().and_then(|p| p.actor)
                    == ev.target.as_ref().and_then(|p| p.actor);
            if same {
                let owned = |p: &Party| {
                    self.mentions
                        .iter()
                        .any(|m| m.refers == Refers::Owner && m.actor.is_none() && m.core == p.core)
                };
                for side in [&mut ev.source, &mut ev.target].into_iter().flatten() {
                    if owned(side) {
                        side.actor = None;
                    }
                }
            }
        }
        // A deployment's object is the source's own forces ("deployed
        // troops in northern Iraq"): where they go is its target.
        let mobilize = self.lex.relation_of_class("MOBILIZE");
        let protest = self.lex.relation_of_class("PROTEST");
        for ev in out.iter_mut() {
            // "Ethnic Albanians demonstrated in Serbia", "supporters of
            // the former president blocked roads in Algiers": English
            // coders give protesters named by role alone the country where
            // they protest, and their protest, with no other target, is
            // against its government.
            let unplaced = ev.source.as_ref().is_some_and(|s| s.actor.is_none());
            if self.lang == Lang::En && Some(ev.relation) == protest && unplaced {
                if let Some((actor, _)) = self.place_after_cue(ev) {
                    if let Some(s) = ev.source.as_mut() {
                        s.actor = Some(actor);
                    }
                    if ev.target.is_none() {
                        ev.target = Some(Party {
                            actor: Some(actor),
                            role: Some("GOV".to_string()),
                            core: ev.cue.start..ev.cue.start,
                        });
                    }
                }
            }
            // "Gunmen killed five people in Baghdad", "قتلت قوات الاحتلال
            // الشاب … في قرية برقين غرب جنين": an attack whose victims the
            // text gives no country is against the country where it
            // happens, as event coders code it. A place in the source's
            // own country with no victims named is only where ("Syrian
            // forces shelled Idlib"), and victims said to be foreign are
            // not the place's ("اربعة جنود اجانب").
            if self.lex.relation(ev.relation).plover == "ASSAULT"
                && ev.target.as_ref().is_none_or(|t| {
                    t.actor.is_none()
                        && !self.norm[t.core.clone()]
                            .split(' ')
                            .any(|w| FOREIGN.contains(&w))
                })
            {
                if let Some((actor, span)) = self.place_after_cue(ev) {
                    let country = |a: u32| self.lex.country_of(self.lex.actor(a));
                    let own = ev
                        .source
                        .as_ref()
                        .and_then(|s| s.actor)
                        .is_some_and(|a| country(a).is_some() && country(a) == country(actor));
                    match ev.target.as_mut() {
                        Some(t) => t.actor = Some(actor),
                        None if own => {}
                        None => {
                            ev.target = Some(Party {
                                actor: Some(actor),
                                role: None,
                                core: span,
                            })
                        }
                    }
                }
            }
            // "Refugees began a hunger strike in protest of the Russian
            // government's refusal": English protesters named by role
            // alone, with no place to give them a country, protest against
            // their own government, as event coders code them (RUS → RUS).
            // (The Arabic set's annotators leave them without a country.)
            if self.lang == Lang::En && Some(ev.relation) == protest {
                let state = ev
                    .target
                    .as_ref()
                    .filter(|t| t.role.as_deref() == Some("GOV"))
                    .and_then(|t| t.actor)
                    .filter(|&a| self.lex.actor(a).kind == crate::lexicon::ActorType::State);
                if let (Some(s), Some(a)) = (ev.source.as_mut(), state) {
                    if s.actor.is_none() {
                        s.actor = Some(a);
                    }
                }
            }
            // "NATO peacekeeping troops have arrived in Bosnia": forces do
            // not visit. Peacekeepers arriving are protection given (CAMEO
            // 0743, AID); other forces, a deployment (MOBILIZE).
            if self.lex.relation(ev.relation).label == "visits" {
                const PEACEKEEPERS: &[&str] = &["peacekeep", "blue helmets", "قوات"];
                const FORCES: &[&str] = &[
                    "troops", "forces", "soldiers", "army", "units", "marines", "قوات", "جنود",
                    "جيش",
                ];
                // Forces, not a commander ("Soleimani visited Moscow").
                let class = ev.source.as_ref().and_then(|s| {
                    let (words, class) = match s.role.as_deref() {
                        Some("IGO") => (PEACEKEEPERS, "AID"),
                        Some("MIL") => (FORCES, "MOBILIZE"),
                        _ => return None,
                    };
                    let text = &self.norm[s.core.clone()];
                    words.iter().any(|w| text.contains(w)).then_some(class)
                });
                if let Some(r) = class.and_then(|c| self.lex.relation_of_class(c)) {
                    ev.relation = r;
                }
            }
            // "Lebanon complained to the United Nations over two Israeli
            // air raids": a complaint made to someone is against whom it
            // is over.
            if self.lex.relation(ev.relation).plover == "ACCUSE" {
                if let Some(t) = self.complained_of(ev) {
                    ev.target = Some(t);
                }
            }
            // "Students demonstrated in Cairo against Israel", "blocked
            // streets in Hong Kong in defiance of Chinese authorities": what
            // a protest is against is its target, before the place where
            // it is held.
            if Some(ev.relation) == protest {
                if let Some(t) = self.protest_opponent(ev) {
                    let placed = ev.target.as_ref().is_none_or(|t| {
                        t.core.is_empty()
                            || self
                                .group_of_span(t.core.start)
                                .is_some_and(|g| self.locative(g))
                    });
                    if placed {
                        ev.target = Some(t);
                    }
                }
            }
            // "Two suicide bombers killed 23 people in Tel Aviv": English
            // victims named by role alone (civilians, refugees,
            // journalists) are of the country where they were attacked.
            let assault = self.lex.relation(ev.relation).plover == "ASSAULT";
            let unplaced_victims = ev.target.as_ref().is_some_and(|t| {
                t.actor.is_none()
                    && t.role
                        .as_deref()
                        .is_some_and(|r| !STATE_ROLES.contains(&r) && !matches!(r, "REB" | "CRM"))
            });
            if self.lang == Lang::En && assault && unplaced_victims {
                if let Some((actor, _)) = self.place_after_cue(ev) {
                    if let Some(t) = ev.target.as_mut() {
                        t.actor = Some(actor);
                    }
                }
            }
            // "A roadside bombing near Samarra killed one U.S. soldier": an
            // English attack on victims the text names, with no attacker,
            // is coded, as event coders code it, with the country where it
            // happened as its source (IRQ → USA). Not an attack on the
            // place itself, nor one with no one named ("clashed in Fiji"):
            // those name no one hurt.
            if self.lang == Lang::En && assault && ev.source.is_none() {
                if let (Some((actor, core)), Some(t)) = (self.place_in_part(ev), &ev.target) {
                    if t.core != core {
                        ev.source = Some(Party {
                            actor: Some(actor),
                            role: None,
                            core,
                        });
                    }
                }
            }
            let own_forces = Some(ev.relation) == mobilize
                && ev.target.as_ref().is_some_and(|t| t.actor.is_none());
            if ev.target.is_none() || own_forces {
                if let Some(place) = self.place_target(ev) {
                    ev.target = Some(place);
                }
            }
        }
        // "The industry is targeting people who run websites", "the
        // German central bank is targeting to grow", "targeted at the
        // Fortune 500 companies": an English target is an aim, a market
        // or a campaign's, unless an armed party, a criminal or a group
        // stands on one side of it (of 31 such events in the bench corpus,
        // 2 were attacks).
        // "Syrian troops marched into the Shatila refugee camp": forces
        // that march are deployed, they do not demonstrate. "The police
        // spent a month trying to find it, eventually raiding it": a raid
        // by the police is a coercion, no attack. "began a nine-day strike
        // on Wednesday": a strike that lasts days is a stoppage of work.
        if self.lang == Lang::En {
            let role = |p: &Option<Party>, roles: &[&str]| {
                p.as_ref()
                    .and_then(|p| p.role.as_deref())
                    .is_some_and(|r| roles.contains(&r))
            };
            for ev in out.iter_mut() {
                let cue = &self.norm[ev.cue.clone()];
                let plover = self.lex.relation(ev.relation).plover.as_str();
                let lasting = cue.starts_with("strike")
                    && self.norm[..ev.cue.start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| {
                            ["-day", "-hour", "-week", "-month"]
                                .iter()
                                .any(|d| w.ends_with(d))
                        });
                let relabel = if plover == "PROTEST"
                    && cue.starts_with("march")
                    && role(&ev.source, &["MIL", "REB"])
                {
                    "mobilizes"
                } else if plover == "ASSAULT"
                    && cue.starts_with("raid")
                    && role(&ev.source, &["COP"])
                {
                    "coerces"
                } else if plover == "ASSAULT" && lasting {
                    "protests"
                } else {
                    continue;
                };
                if let Some(r) = self.lex.relation_index(relabel) {
                    ev.relation = r;
                    if relabel == "protests" {
                        ev.target = None;
                    }
                }
            }
        }
        if self.lang == Lang::En {
            let armed = |p: &Party| self.armed_or_group(p) || p.role.as_deref() == Some("CRM");
            out.retain(|ev| {
                !self.norm[ev.cue.clone()].starts_with("target")
                    || ev.source.as_ref().is_some_and(armed)
                    || ev.target.as_ref().is_some_and(armed)
            });
        }
        // "يلتقي الفريق الأول بالنادي الأهلي نظيره السويسري", "أولى
        // المواجهات في منافسات الموسم": in a sentence about a match, teams
        // named by their country meet, attack, gather and refuse in play.
        // A killing stays news, and so does what armed men, a court or a
        // group do ("The Bernabeu was targeted by ETA … before a Champions
        // League semi-final"; 54 of 60 events this took out were play, the
        // other six a court's or a fan's act with a side missing).
        if self
            .units
            .iter()
            .any(|u| u.kind == UnitKind::Marker(Marker::Sport))
        {
            // A government's arrest or ban stays too ("Nigerian
            // authorities jailed 52 members … for playing in a youth
            // football tournament").
            out.retain(|ev| {
                let rel = self.lex.relation(ev.relation);
                rel.label == "kills"
                    || ev.source.as_ref().is_some_and(|p| {
                        self.armed_or_group(p)
                            || (rel.plover == "COERCE" && p.role.as_deref() == Some("GOV"))
                    })
            });
        }
        kills_in_attacks(self.lex, &mut out);
        out
    }

    /// Whether a party is armed (rebels, soldiers, police, spies), a court,
    /// or a group of its own (an armed group, a party): no sports team.
    fn armed_or_group(&self, p: &Party) -> bool {
        matches!(
            p.role.as_deref(),
            Some("REB" | "MIL" | "COP" | "SPY" | "JUD")
        ) || p
            .actor
            .is_some_and(|a| self.lex.actor(a).kind == crate::lexicon::ActorType::Group)
    }

    /// The earlier verb cue that the English verb cue at unit `i` is
    /// coordinated with by "and" ("killed X and wounded Y") or by a comma
    /// in a series ("urged X …, expressed concern over Y"), in its part.
    fn coordinated_verb(&self, i: usize, kind: CueKind) -> Option<usize> {
        if self.lang != Lang::En || kind != CueKind::Verb || i == 0 {
            return None;
        }
        let u = &self.units[i];
        // The unit before the cue that ends before it: a form that is both
        // a cue and a marker makes two units with the same span.
        let before = self.units[..i]
            .iter()
            .rposition(|p| p.span.end <= u.span.start)?;
        let raw = &self.norm[self.units[before].span.end..u.span.start];
        let gap = raw.trim_matches(|c: char| c.is_whitespace() || c == ',');
        // "Blinken urged Turkey not to retain the S-400 system, expressed
        // concern over …": a verb right after a comma is the next of a
        // series, as one after "and" is.
        let series = raw.trim_end().ends_with(',');
        // The object's head may stand between ("attacked Iraqi territory
        // and shelled its towns"): a few plain words before the "and".
        let after_object = gap.strip_suffix(" and").is_some_and(|head| {
            let words: Vec<&str> = head.split_whitespace().collect();
            words.len() <= 3
                && words
                    .iter()
                    .all(|w| w.chars().all(char::is_alphabetic) && !FUNCTION_WORDS.contains(w))
        });
        if gap != "and" && !series && !after_object {
            return None;
        }
        (0..i)
            .rev()
            .take_while(|&j| self.units[j].part == u.part)
            .find(|&j| matches!(self.units[j].kind, UnitKind::Cue(_, CueKind::Verb)))
    }

    /// The earlier verb cue that the Arabic verb cue at unit `i` is joined
    /// to by و, كما or ثم, in the same part of the sentence.
    fn arabic_coordinated(&self, i: usize) -> Option<usize> {
        let u = &self.units[i];
        let h = &self.hits[u.hit?];
        if self.lang != Lang::Ar || !matches!(u.kind, UnitKind::Cue(_, CueKind::Verb)) {
            return None;
        }
        let joined = h.prefix.starts_with('و')
            || self.norm[..h.word_start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "كما" | "ثم"));
        if !joined {
            return None;
        }
        // An event noun with a possessive after a light verb stands for
        // its verb ("كثف المتشددون هجماتهم على الجيش وقتلوا").
        (0..i)
            .rev()
            .take_while(|&j| self.units[j].part == u.part)
            .find(|&j| match self.units[j].kind {
                UnitKind::Cue(_, CueKind::Verb) => true,
                UnitKind::Cue(_, CueKind::Noun) => self.units[j].hit.is_some_and(|h| {
                    matches!(self.hits[h].suffix, Some("ه" | "ها" | "هم" | "هما" | "هن"))
                }),
                _ => false,
            })
    }

    /// Whether the Arabic verb `w` (normalized), a cue of `relation`, is
    /// a present plural (يقتلون، يتعاونون): it starts with ي, ends in ون,
    /// and without that ending is a verb cue of the same relation (so no
    /// singular whose stem ends in ون: يتعاون, يكون).
    fn present_plural(&self, w: &str, relation: u16) -> bool {
        let Some(stem) = w.strip_suffix("ون").filter(|s| s.starts_with('ي')) else {
            return false;
        };
        let n = crate::text::Normalized::new(stem);
        self.lex
            .find(stem, &n, 0..n.text.len(), None)
            .iter()
            .any(|h| {
                h.norm == (0..n.text.len())
                    && h.prefix.is_empty()
                    && self.lex.senses(h).any(|s| {
                        matches!(s, Sense::Cue { relation: r, kind: CueKind::Verb } if *r == relation)
                    })
            })
    }

    /// The first group after a condition marker (if, unless, إذا) that
    /// follows unit `i` in its sentence, if there is such a marker: `None`
    /// when there is none, `Some(None)` when it has no group after it.
    fn condition_after(&self, i: usize) -> Option<Option<usize>> {
        // Only a condition: a question, an option weighed or a fear after
        // the cue ("might consult …, but it was not certain whether") is
        // none.
        const CONDITIONS: &[&str] = &[
            "if",
            "unless",
            "in case",
            "in the event of",
            "should it",
            "اذا",
            "لو",
            "في حال",
            "في حاله",
        ];
        let h = (i + 1..self.units.len()).find(|&k| {
            self.units[k].kind == UnitKind::Marker(Marker::Hypothetical)
                && CONDITIONS
                    .contains(&self.norm[self.units[k].span.clone()].trim_start_matches('و'))
        })?;
        Some(self.units[h + 1..].iter().find_map(|u| match u.kind {
            UnitKind::Group(g) => Some(g),
            _ => None,
        }))
    }

    /// "Israel invaded South Lebanon", "shells fell on targets in
    /// Jericho", "a car bombing in central Baghdad", "troops remained on
    /// alert in the occupied West Bank", "reimposed blockades in the West
    /// Bank", "withdrew from the Gaza Strip", "opened its border with the
    /// Gaza Strip": an assault, a mobilization, a coercion, a withdrawal or
    /// a concession with no target in the text is aimed at the place it
    /// names after its cue, before the next cue and within a few words.
    /// The place stands for its country, unless that is the source's own
    /// (where the event happened, not whom it was aimed at).
    fn place_target(&self, ev: &Event) -> Option<Party> {
        let plover = self.lex.relation(ev.relation).plover.as_str();
        if !matches!(
            plover,
            "ASSAULT" | "MOBILIZE" | "COERCE" | "RETREAT" | "CONCEDE"
        ) {
            return None;
        }
        let (actor, core) = self.place_after_cue(ev)?;
        // A concession's place is its object: right after the cue ("eased
        // the siege on Gaza", "opened its border with the Gaza Strip"), not
        // where it happened ("eased to victory in Johannesburg").
        if plover == "CONCEDE" && !self.right_after_cue(ev, &core) {
            return None;
        }
        let own = ev.source.as_ref().and_then(|s| s.actor) == Some(actor);
        (!own).then_some(Party {
            actor: Some(actor),
            role: None,
            core,
        })
    }

    /// The country of the place an event names soon after its cue, before
    /// the next verb cue: a gazetteer place, or a state after "in" ("in
    /// northern Iraq"), whichever comes first; with the place's words.
    fn place_after_cue(&self, ev: &Event) -> Option<(u32, Range<usize>)> {
        const REACH: usize = 8;
        let next_cue = self
            .units
            .iter()
            .filter(|u| {
                // An actor word ("انتحاري", "protesters") is a mention,
                // and an event noun may be the object ("استهدف انتحاري
                // اجتماعا لقوات الصحوة في بغداد"): the next verb ends it.
                matches!(u.kind, UnitKind::Cue(_, kind) if kind != CueKind::Actor && kind != CueKind::Noun)
                    && u.span.start >= ev.cue.end
            })
            .map(|u| u.span.start)
            .next()
            .unwrap_or(usize::MAX);
        // Nor past a verb of saying: "… this American aggression,"
        // Mousavi told a news conference in Damascus" is where the
        // speaking was. (Not past any quotation mark: Arabic news quotes
        // names, "طائرات “التحالف العربي” غارات في لحج".)
        let speaking = self
            .units
            .iter()
            .find(|u| u.kind == UnitKind::Marker(Marker::Speech) && u.span.start >= ev.cue.end)
            .map_or(usize::MAX, |u| u.span.start);
        let near = |start: usize| {
            start >= ev.cue.end
                && start < next_cue.min(speaking)
                && words_between(self.norm, ev.cue.end, start) <= REACH
        };
        // A gazetteer place, or a state named after "in" ("in northern
        // Iraq"), whichever comes first.
        self.first_place(near, |g| self.locative_within(g, 2))
    }

    /// Whether the words at `core` follow the event's cue with at most one
    /// word between them (an article or a preposition: "the", "عن").
    fn right_after_cue(&self, ev: &Event, core: &Range<usize>) -> bool {
        core.start >= ev.cue.end && words_between(self.norm, ev.cue.end, core.start) <= 1
    }

    /// Whether the sentence names a natural disaster or an accident
    /// ("earthquake", "floods", "crash", "زلزال": `disaster` markers).
    fn natural_causes(&self) -> bool {
        self.units
            .iter()
            .any(|u| u.kind == UnitKind::Marker(Marker::Disaster))
    }

    /// Whether party `p` is named right after a word of fighting it
    /// ("against", "the fight against", "لمكافحة", "في محاربة", "الحرب
    /// على"): for a cooperative act, the enemy the partners share.
    fn common_enemy(&self, p: &Party) -> bool {
        const COMBAT: &[&str] = &[
            "against",
            "fight",
            "fighting",
            "combat",
            "combating",
            "combatting",
            "counter",
            "countering",
            "defeat",
            "defeating",
            "ضد",
            "مكافحه",
            "محاربه",
            "مواجهه",
            "قتال",
            "دحر",
        ];
        let mut before = self.norm[..p.core.start]
            .split(|c: char| !crate::text::is_word_char(c))
            .filter(|w| !w.is_empty() && !DETERMINERS.contains(w))
            .rev();
        match before.next() {
            Some(w) if COMBAT.contains(&w.trim_start_matches(['و', 'ف', 'ل', 'ب'])) => true,
            // "the war on terrorism", "الحرب على الإرهاب"
            Some("on" | "علي") => before
                .next()
                .is_some_and(|w| matches!(w, "war" | "الحرب" | "حرب" | "والحرب")),
            _ => false,
        }
    }

    /// Whether the Arabic noun cue at `hit`, or group `g` before it, is
    /// the genitive of a noun of condemning or of where and whom an act
    /// hit ("إدانتها للتفجير", "إدانة مصر للتفجير", "وقف الأمير على موقع
    /// التفجير", "عائلات ضحايا التفجير"): the mention before condemns the
    /// act, visits its site or mourns it; it did not do it.
    fn beholds(&self, g: usize, hit: &crate::lexicon::Hit) -> bool {
        const NOUNS: &[&str] = &[
            "ادانه",
            "ادانت",
            "استنكار",
            "شجب",
            "تنديد",
            "موقع",
            "ضحايا",
            "اسر",
            "عايلات",
            "مكان",
        ];
        if self.lang != Lang::Ar {
            return false;
        }
        let word_before = |at: usize| {
            self.norm[..at]
                .split_whitespace()
                .next_back()
                .map(|w| w.trim_start_matches(['و', 'ف', 'ب', 'ل']))
                .is_some_and(|w| in_with_pronoun(w.strip_prefix("ال").unwrap_or(w), NOUNS))
        };
        word_before(hit.word_start) || word_before(self.mentions[self.groups[g][0]].span.start)
    }

    /// Whether party `p` is named right after a word of failure or defeat
    /// ("the failure of Iran's offensive", "هزيمة داعش", "بسقوط النظام").
    fn defeated(&self, p: &Party) -> bool {
        const FALLS: &[&str] = &[
            "failure",
            "defeat",
            "collapse",
            "fall",
            "downfall",
            "ouster",
            "overthrow",
            "فشل",
            "هزيمه",
            "سقوط",
            "انهيار",
            "اندحار",
            "دحر",
            "هزايم",
        ];
        self.norm[..p.core.start]
            .split(|c: char| !crate::text::is_word_char(c))
            .rfind(|w| !w.is_empty() && !DETERMINERS.contains(w) && *w != "of")
            .is_some_and(|w| FALLS.contains(&w.trim_start_matches(['و', 'ب', 'ل'])))
    }

    /// The first mention after a protest's cue, in its part, that follows
    /// a word of opposition: "against", "ضد", "in defiance of", "their
    /// disapproval of".
    fn protest_opponent(&self, ev: &Event) -> Option<Party> {
        const AGAINST: &[&str] = &["against", "ضد"];
        const OPPOSITION: &[&str] = &["defiance", "disapproval", "opposition", "anger"];
        const FALLS: &[&str] = &[
            "resignation",
            "ouster",
            "overthrow",
            "removal",
            "downfall",
            "استقاله",
            "رحيل",
            "اسقاط",
            "اقاله",
            "تنحي",
        ];
        let i = self
            .units
            .iter()
            .position(|u| u.span.start == ev.cue.start)?;
        let part = self.units[i].part;
        self.units[i + 1..]
            .iter()
            .take_while(|u| u.part == part)
            .find_map(|u| {
                let UnitKind::Group(g) = u.kind else {
                    return None;
                };
                let words: Vec<&str> = self.norm[..u.span.start]
                    .split(|c: char| !crate::text::is_word_char(c))
                    .filter(|w| !w.is_empty() && !DETERMINERS.contains(w))
                    .rev()
                    .take(2)
                    .collect();
                let opposed = match words.as_slice() {
                    [w, ..] if AGAINST.contains(w) => true,
                    // "demanding the resignation of President Chun",
                    // "مطالبين برحيل الرئيس": whose fall a protest wants
                    // is whom it is against.
                    [w, ..] if FALLS.contains(&w.trim_start_matches(['و', 'ب', 'ل'])) => true,
                    [link, noun, ..] => {
                        matches!(*link, "of" | "for" | "to" | "at")
                            && (OPPOSITION.contains(noun) || FALLS.contains(noun))
                    }
                    _ => false,
                };
                opposed
                    .then(|| self.event_parties(g).into_iter().next())
                    .flatten()
            })
    }

    /// For an accusation whose target is whom it is made to ("to the
    /// United Nations"), the first mention after "over" or "about" that
    /// follows in the part, within a few words.
    fn complained_of(&self, ev: &Event) -> Option<Party> {
        const REACH: usize = 6;
        let target = ev.target.as_ref()?;
        let k = self.units.iter().position(|u| {
            matches!(u.kind, UnitKind::Group(_)) && u.span.contains(&target.core.start)
        })?;
        let before = self.norm[..self.units[k].span.start]
            .split(|c: char| !crate::text::is_word_char(c))
            .rev()
            .find(|w| !w.is_empty() && !DETERMINERS.contains(w));
        if before != Some("to") {
            return None;
        }
        let part = self.units[k].part;
        self.units[k + 1..]
            .iter()
            .take_while(|u| u.part == part)
            .find_map(|u| match u.kind {
                UnitKind::Group(g) => Some((u, g)),
                _ => None,
            })
            .filter(|(u, _)| {
                let gap = &self.norm[self.units[k].span.end..u.span.start];
                words_between(self.norm, self.units[k].span.end, u.span.start) <= REACH
                    && gap
                        .split(|c: char| !crate::text::is_word_char(c))
                        .any(|w| w == "over" || w == "about")
            })
            .and_then(|(_, g)| self.event_parties(g).into_iter().next())
    }

    /// The group whose first mention starts at normalized offset `at`.
    fn group_of_span(&self, at: usize) -> Option<usize> {
        (0..self.groups.len()).find(|&g| {
            self.groups[g]
                .iter()
                .any(|&m| self.mentions[m].core.start == at || self.mentions[m].span.start == at)
        })
    }

    /// The country of the first place named in the part of the sentence
    /// that holds an event's cue: a gazetteer place, or a state after a
    /// locative preposition.
    fn place_in_part(&self, ev: &Event) -> Option<(u32, Range<usize>)> {
        let part = self
            .units
            .iter()
            .find(|u| u.span.start == ev.cue.start)
            .map(|u| u.part)?;
        let units = || self.units.iter().filter(|u| u.part == part);
        let start = units().map(|u| u.span.start).min()?;
        let end = units().map(|u| u.span.end).max()?;
        self.first_place(|at| (start..end).contains(&at), |g| self.locative(g))
    }

    /// The country of the first place at an offset `at` accepts: a
    /// gazetteer place, or a state `located` accepts the group of (one
    /// after a locative preposition); with the place's words.
    fn first_place(
        &self,
        at: impl Fn(usize) -> bool,
        located: impl Fn(usize) -> bool,
    ) -> Option<(u32, Range<usize>)> {
        let place = self
            .places
            .iter()
            .find(|p| at(p.span.start))
            .map(|p| (p.span.start, p.actor, p.core.clone()));
        let state = self.units.iter().find_map(|u| match u.kind {
            UnitKind::Group(g) if at(u.span.start) && located(g) => {
                let m = &self.mentions[self.groups[g][0]];
                let a = m.actor?;
                (self.lex.actor(a).kind == crate::lexicon::ActorType::State && m.role.is_none())
                    .then(|| (u.span.start, a, m.core.clone()))
            }
            _ => None,
        });
        let (_, actor, core) = match (place, state) {
            (Some(p), Some(s)) => std::cmp::min_by_key(p, s, |x| x.0),
            (p, s) => p.or(s)?,
        };
        Some((actor, core))
    }

    /// The earlier verb cue whose subject the English participle cue at
    /// unit `i` shares: the participle follows a comma ("opened fire,
    /// killing one person"), or "and" after another such participle
    /// ("killing one person and arresting 12").
    fn participle_of(&self, i: usize) -> Option<usize> {
        let u = &self.units[i];
        let first_word = self.norm[u.span.clone()].split(' ').next()?;
        if self.lang != Lang::En || !first_word.ends_with("ing") || first_word.len() < 6 {
            return None;
        }
        let before = self.norm[..u.span.start].trim_end();
        let comma = before.ends_with(',');
        let and = before.strip_suffix("and").is_some_and(|b| b.ends_with(' '));
        if !comma && !and {
            return None;
        }
        let j = (0..i)
            .rev()
            .take_while(|&j| self.units[j].part == u.part)
            .find(|&j| {
                matches!(self.units[j].kind, UnitKind::Cue(_, CueKind::Verb))
                    && self.units[j].span.end <= u.span.start
            })?;
        (comma || self.participle_of(j).is_some()).then_some(j)
    }

    /// The subject of the English verb cue at unit `j`, through the verbs
    /// whose subject it shares.
    fn verb_subject(&self, j: usize) -> Option<usize> {
        if let Some(k) = self.participle_of(j) {
            return self.verb_subject(k);
        }
        self.nearest_left_group(j).filter(|&g| !self.locative(g))
    }

    /// The nearest group before unit `i` in its clause or, when the clause
    /// has none, across commas within the same part.
    ///
    /// The subject of a speech verb that precedes it ("أعلنت الشرطة مقتل
    /// ثلاثة جنود": the police report the killing, they did not kill) is
    /// the speaker, not the source.
    ///
    /// An English appositive between commas ("Pakistan, a key U.S. ally,
    /// has refused") describes the subject before it and is skipped.
    fn nearest_left_group(&self, i: usize) -> Option<usize> {
        let part = self.units[i].part;
        // "تدمير أوكار للمتطرفين وقتل من فيها", "عقد الملك في قصره
        // بالرياض اجتماعا": an Arabic mention after ب or ل is an object, a
        // possessor or a place, never a subject; the one before it may be.
        let found = |end: usize| {
            (0..end)
                .rev()
                .take_while(|&k| self.units[k].part == part)
                .find(|&k| match self.units[k].kind {
                    UnitKind::Group(g) => {
                        !(self.speech_subject(k) || self.lang == Lang::Ar && self.oblique_group(g))
                    }
                    _ => false,
                })
        };
        let mut k = found(i)?;
        if self.lang == Lang::En {
            let group_before = |end: usize| {
                (0..end)
                    .rev()
                    .take_while(|&j| self.units[j].part == part)
                    .find(|&j| matches!(self.units[j].kind, UnitKind::Group(_)))
            };
            loop {
                // "The Turkish and Greek sides of the island of Cyprus have
                // agreed": a mention after "of" belongs to the phrase
                // before it, whose head is the subject.
                let start = match self.appositive_start(k, i) {
                    Some(start) => start,
                    None if self.after_of(k) => k,
                    None => break,
                };
                match group_before(start) {
                    Some(j) => k = j,
                    None => break,
                }
            }
        }
        match self.units[k].kind {
            UnitKind::Group(g) => Some(g),
            _ => None,
        }
    }

    /// For the verb cue at unit `i` whose nearest group before it is `g`:
    /// the group an English -ing participle, or a participle of backing in
    /// either language, right after it modifies, when that participle
    /// stands between it and `g` in the clause ("Spanish farmers demanding
    /// a better deal from the EC blocked roads": the farmers). Not for a
    /// participle or a verb after a comma, which share the subject of the
    /// verb before them.
    fn subject_before_modifier(&self, i: usize, kind: CueKind, g: usize) -> Option<usize> {
        let first_word = |k: usize| {
            self.norm[self.units[k].span.clone()]
                .split(' ')
                .next()
                .unwrap_or("")
        };
        if kind != CueKind::Verb || (self.lang == Lang::En && first_word(i).ends_with("ing")) {
            return None;
        }
        let clause = self.units[i].clause;
        let at = (0..i).rfind(|&k| self.units[k].kind == UnitKind::Group(g))?;
        // Nothing but mentions between the participle and the verb.
        let j = (0..at)
            .rev()
            .take_while(|&k| self.units[k].clause == clause)
            .find(|&k| !matches!(self.units[k].kind, UnitKind::Group(_)))?;
        // "Houthi rebels backed by Iran seized", "الحوثيون المدعومون من
        // إيران استولوا": a participle of backing names a backer, who is
        // not the subject either.
        let backing = matches!(self.units[j].kind,
            UnitKind::Cue(r, CueKind::Passive) if self.lex.relation(r).plover == "SUPPORT");
        let participle = self.lang == Lang::En
            && matches!(self.units[j].kind, UnitKind::Cue(_, CueKind::Verb))
            && first_word(j).ends_with("ing");
        if !(backing || participle)
            || self.norm[self.units[j].span.end..self.units[i].span.start].contains(',')
            || self.norm[self.units[j].span.end..self.units[i].span.start].contains('،')
        {
            return None;
        }
        let s = j.checked_sub(1)?;
        match self.units[s].kind {
            UnitKind::Group(head)
                if self.units[s].clause == clause
                    && words_between(
                        self.norm,
                        self.units[s].span.end,
                        self.units[j].span.start,
                    ) == 0
                    && !self.locative(head) =>
            {
                Some(head)
            }
            _ => None,
        }
    }

    /// "The Nigerian Union of Teachers, the umbrella union for primary
    /// school teachers, announced …": for an English unit whose clause
    /// names no one, the group before the appositive that ends right
    /// before it.
    fn subject_before_appositive(&self, i: usize) -> Option<usize> {
        if self.lang != Lang::En {
            return None;
        }
        // The nearest groups before the unit, the appositive's own first.
        let groups = (0..i)
            .rev()
            .filter(|&k| {
                matches!(self.units[k].kind, UnitKind::Group(_))
                    && self.units[k].span.end <= self.units[i].span.start
            })
            .take(3);
        for k in groups {
            // Between the group and the unit: an optional bracketed
            // acronym, then ", the …," with no cue or speech verb in it.
            let mut between = self.norm[self.units[k].span.end..self.units[i].span.start].trim();
            if let Some(rest) = between.strip_prefix('(') {
                between = rest.split_once(')').map_or("", |(_, r)| r).trim_start();
            }
            let Some(inner) = between.strip_prefix(',').and_then(|b| b.strip_suffix(',')) else {
                continue;
            };
            let opener = inner.split_whitespace().next().unwrap_or("");
            let quiet = !self.units[k + 1..i]
                .iter()
                .any(|u| matches!(u.kind, UnitKind::Cue(..) | UnitKind::Marker(Marker::Speech)));
            // "The Nigerian Union of Teachers": a mention after "of"
            // belongs to the phrase before it.
            let mut head = k;
            while self.after_of(head) {
                match (0..head)
                    .rev()
                    .find(|&j| matches!(self.units[j].kind, UnitKind::Group(_)))
                {
                    Some(j) => head = j,
                    None => break,
                }
            }
            return match self.units[head].kind {
                UnitKind::Group(g)
                    if quiet && APPOSITIVE_OPENERS.contains(&opener) && !self.locative(g) =>
                {
                    Some(g)
                }
                _ => None,
            };
        }
        None
    }

    /// For an English aid noun whose nearest group before it, `g`, follows
    /// a verb of giving ("gave the Ivory Coast … aid"), the verb's subject
    /// and `g`: (giver, recipient).
    fn ditransitive(
        &self,
        i: usize,
        kind: CueKind,
        rel: &crate::lexicon::Relation,
        g: usize,
    ) -> Option<(usize, usize)> {
        const GIVING: &[&str] = &[
            "give", "gives", "gave", "giving", "given", "offered", "offers", "offer", "handed",
            "granted", "promised", "sent", "lent",
        ];
        if self.lang != Lang::En || kind != CueKind::Noun || rel.plover != "AID" {
            return None;
        }
        let k = self.units[..i]
            .iter()
            .rposition(|u| u.kind == UnitKind::Group(g))?;
        let verb = self.norm[..self.units[k].span.start]
            .split(|c: char| !crate::text::is_word_char(c))
            .rfind(|w| !w.is_empty() && !DETERMINERS.contains(w))?;
        if !GIVING.contains(&verb) {
            return None;
        }
        let part = self.units[k].part;
        let giver = (0..k)
            .rev()
            .take_while(|&j| self.units[j].part == part)
            .find_map(|j| match self.units[j].kind {
                UnitKind::Group(h) if !self.locative(h) => Some(h),
                _ => None,
            })?;
        Some((giver, g))
    }

    /// Whether the word right before the group at unit `k`, past "the",
    /// modifiers and directions ("of the former president", "of southern
    /// Serbia"), is "of".
    fn after_of(&self, k: usize) -> bool {
        self.norm[..self.units[k].span.start]
            .split(|c: char| !crate::text::is_word_char(c))
            .rev()
            .find(|w| {
                !w.is_empty() && *w != "the" && !MODIFIERS.contains(w) && !DIRECTIONS.contains(w)
            })
            == Some("of")
    }

    /// If the group at unit `k` stands in a comma-delimited clause of its
    /// own before unit `i` that opens with an article or a possessive (",
    /// a key U.S. ally in the war,"), the index of that clause's first unit.
    fn appositive_start(&self, k: usize, i: usize) -> Option<usize> {
        let clause = self.units[k].clause;
        if clause == self.units[i].clause || clause == 0 {
            return None;
        }
        let start = (0..=k)
            .rev()
            .take_while(|&j| self.units[j].clause == clause)
            .last()?;
        // The text from the comma that opens the clause to its first unit.
        let before = &self.norm[..self.units[start].span.start];
        let comma = before.rfind([',', '،'])?;
        // (The Arabic comma is two bytes.)
        let after = comma + before[comma..].chars().next().map_or(1, char::len_utf8);
        let first = self.norm[after..]
            .split(|c: char| !crate::text::is_word_char(c))
            .find(|w| !w.is_empty())?;
        // The clause must also be closed by a comma before the cue's.
        let closed = self.norm[self.units[k].span.end..self.units[i].span.start].contains(',');
        (APPOSITIVE_OPENERS.contains(&first) && closed && start > 0).then_some(start)
    }

    /// Whether the group at unit `at` is the subject of an Arabic verb of
    /// saying or feeling right before it, when `rel` is a material act: in
    /// "أدانت البحرين التفجير" Bahrain condemns the bombing, it did not
    /// bomb. (A verb-first clause puts the subject between the verb and
    /// its object; a light verb of the noun's own class, "شنت إسرائيل
    /// هجوما", keeps its subject. A verbal act named by a noun may be the
    /// subject's own: "رفض الاتحاد دعم ترشحه".)
    fn subject_of_verbal_cue(&self, at: usize, rel: &crate::lexicon::Relation) -> bool {
        let Some(v) = at.checked_sub(1).map(|k| &self.units[k]) else {
            return false;
        };
        let UnitKind::Cue(r, CueKind::Verb) = v.kind else {
            return false;
        };
        // "استنكر عدد من المسؤولين التفجير": a quantity of the subject may
        // come first (up to five words of it).
        const OF_THE_SUBJECT: &[&str] = &[
            "عدد",
            "من",
            "كبير",
            "بعض",
            "عشرات",
            "ميات",
            "الاف",
            "جميع",
            "كل",
            "معظم",
            "اغلب",
        ];
        let verb = self.lex.relation(r);
        let gap = &self.norm[v.span.end..self.units[at].span.start];
        self.lang == Lang::Ar
            && verb.quad.is_verbal()
            && !rel.quad.is_verbal()
            && v.clause == self.units[at].clause
            && (words_between(self.norm, v.span.end, self.units[at].span.start) <= 1
                || (gap.split_whitespace().count() <= 5
                    && gap.split_whitespace().all(|w| OF_THE_SUBJECT.contains(&w))))
    }

    /// Whether a verb of saying or feeling stands right before the Arabic
    /// noun of a material act at unit `i` ("مصر تدين التفجير"), though it
    /// was dropped as the noun's light verb: its subject condemns the act,
    /// it did not do it. (Verb-first, the subject stands between and
    /// [`Sentence::subject_of_verbal_cue`] sees it.)
    fn said_right_before(&self, i: usize, rel: &crate::lexicon::Relation) -> bool {
        let start = self.units[i].span.start;
        self.lang == Lang::Ar
            && !rel.quad.is_verbal()
            && self
                .hits
                .iter()
                .rev()
                .find(|h| h.norm.end <= start)
                .is_some_and(|h| {
                    words_between(self.norm, h.norm.end, start) == 0
                        && self.lex.senses(h).any(|s| {
                            matches!(s, Sense::Cue { relation, kind: CueKind::Verb }
                                if self.lex.relation(*relation).quad.is_verbal())
                        })
                })
    }

    /// Whether party `p` is named as victims ("الضحايا", "victims") or as
    /// the ranks the dead fell in ("في صفوف السكان").
    fn named_as_victims(&self, p: &Party) -> bool {
        const VICTIMS: &[&str] = &[
            "ضحايا",
            "الضحايا",
            "ضحيه",
            "الضحيه",
            "victims",
            "casualties",
        ];
        let first = self.norm[p.core.clone()].split(' ').next().unwrap_or("");
        VICTIMS.contains(&first)
            || self.norm[..p.core.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.trim_start_matches(['و', 'ف', 'ب']) == "صفوف")
    }

    /// Whether the Arabic verbal noun `hit`'s first genitive, the first of
    /// `right`, is the one its act is done to ([`PATIENT_NOUNS`]): unless a
    /// second mention after ل names them ("احتجاز الجيش للمدنيين", the
    /// army's detention of civilians).
    ///
    /// A nationality adjective right after the noun is its agent ("الاجتياح
    /// التركي"). The nouns of invading take their object in the accusative
    /// or after ل, whatever it names, so the genitive before either (an
    /// adjective at most between) is the invader ("غزو النظام العراقي
    /// السابق الكويت", "اجتياح جماعة الحوثي للعاصمة"); so do storming and
    /// raiding ("اقتحام قوات الاحتلال المسجد").
    fn patient_genitive(&self, hit: &crate::lexicon::Hit, right: &[(usize, usize)]) -> bool {
        const INVASIONS: &[&str] = &["احتلال", "اجتياح", "غزو", "اقتحام", "مداهمه"];
        let word = &self.norm[hit.norm.clone()];
        let Some(&(k, g)) = right.first() else {
            return false;
        };
        let lam = |g: usize| {
            self.mentions[self.groups[g][0]]
                .prefix
                .trim_start_matches(['و', 'ف'])
                .starts_with('ل')
        };
        let invader = INVASIONS.contains(&word) && {
            // ل on a noun: with the article, or on a name the lexicon holds
            // (not لم، لكن).
            let rest = &self.norm[self.units[k].span.end..];
            let at = self.units[k].span.end + (rest.len() - rest.trim_start().len());
            let after = rest.split_whitespace().next().unwrap_or("");
            after.trim_start_matches(['و', 'ف']).starts_with("لل")
                || self.hits.iter().any(|h| {
                    h.word_start == at && h.prefix.trim_start_matches(['و', 'ف']).starts_with('ل')
                })
                || right.get(1).is_some_and(|&(k2, _)| {
                    words_between(self.norm, self.units[k].span.end, self.units[k2].span.start) <= 1
                })
                || self.places.iter().any(|p| {
                    p.span.start >= self.units[k].span.end
                        && words_between(self.norm, self.units[k].span.end, p.span.start) <= 1
                })
        };
        // "اعتقال الشرطة لشخصين", "اعتقال الأمن لعدد من الناشطين": ل on
        // people the lexicon does not name, on places held, or on a count,
        // right after the genitive makes the genitive the agent.
        let lam_people = {
            const PEOPLE: &[&str] = &[
                "عدد",
                "شخص",
                "شخصين",
                "شخصا",
                "اشخاص",
                "رجل",
                "رجلين",
                "رجال",
                "امراه",
                "نساء",
                "طفل",
                "اطفال",
                "شاب",
                "شابين",
                "شبان",
                "مواطن",
                "مواطنين",
                // and on places held ("استهداف المقاومة لمواقع ونقاط
                // للحوثيين")
                "مواقع",
                "موقع",
                "نقاط",
                "نقطه",
                "مقرات",
                "مقر",
                "تجمعات",
                "معاقل",
                "منازل",
                "اهداف",
            ];
            let rest = &self.norm[self.units[k].span.end..];
            rest.split_whitespace().next().is_some_and(|w| {
                w.trim_start_matches(['و', 'ف'])
                    .strip_prefix('ل')
                    .is_some_and(|w| {
                        PEOPLE.contains(&w) || w.bytes().next().is_some_and(|b| b.is_ascii_digit())
                    })
            })
        };
        // "تصفية رجال الاستخبارات 6 مسلحين": a counted object after the
        // genitive makes the genitive the agent.
        let counted_object = right.get(1).is_some_and(|&(k2, _)| {
            let mut between =
                self.norm[self.units[k].span.end..self.units[k2].span.start].split_whitespace();
            between.next().is_some_and(|w| {
                ARABIC_COUNTS.contains(&w) || w.bytes().all(|b| b.is_ascii_digit())
            }) && between.next().is_none()
        });
        // ضرب unvowelled is also the verb ("ضرب الجيش مواقع داعش"): it is
        // the verbal noun after a preposition ("في ضرب «داعش»", "لضرب").
        let masdar = word != "ضرب"
            || preposition_clitic(hit.prefix)
            || self.norm[..hit.word_start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    ["في", "من", "عن", "الي", "علي", "بعد", "قبل", "خلال"].contains(&w)
                });
        PATIENT_NOUNS.contains(&word)
            && masdar
            && !self.nisba_after(hit.word_span().end, k, g)
            && !invader
            && !counted_object
            && !lam_people
            && !right.get(1).is_some_and(|&(_, g)| lam(g))
            // "استهداف قوات النظام للمدنيين": the ل-object may be in the
            // genitive's own mention.
            && !self.norm[self.units[k].span.clone()]
                .split_whitespace()
                .skip(1)
                .any(|w| w.trim_start_matches(['و', 'ف']).starts_with("لل"))
    }

    /// Whether the verb cue at unit `i` opens a relative clause: a relative
    /// pronoun right before it, at most one word between ("the army, which
    /// attacked", "الهجوم الذي استهدف").
    fn opens_relative(&self, i: usize) -> bool {
        let Some(r) = i.checked_sub(1).map(|k| &self.units[k]) else {
            return false;
        };
        let word = &self.norm[r.span.clone()];
        r.kind == UnitKind::Marker(Marker::Boundary)
            && RELATIVE_PRONOUNS.contains(&word.trim_start_matches('و'))
            && words_between(self.norm, r.span.end, self.units[i].span.start) <= 1
    }

    /// Whether the Arabic verb cue at unit `i` has a noun right before it
    /// that is its subject though it names no actor: "منظمة إرهابية
    /// تستهدف الولايات المتحدة", "الإرهاب بات يستهدف السلطات". A verb opens
    /// its clause only after a conjunction, a particle, an adverb of time
    /// or a boundary; after a plain word (an auxiliary such as بات aside)
    /// the clause began with its subject, and the mention after the verb
    /// is its object, not a verb-first subject.
    fn noun_subject_before(&self, i: usize) -> bool {
        if self.lang != Lang::Ar {
            return false;
        }
        let Some(hit) = self.units[i].hit.map(|h| &self.hits[h]) else {
            return false;
        };
        // "غارات تشنها السعودية": with an object pronoun the noun before
        // is the object, and the subject follows.
        if hit.prefix.starts_with(['و', 'ف']) || hit.suffix.is_some() {
            return false;
        }
        // A bare verb of three letters or fewer (قصف، شن، منع) is also its
        // verbal noun, whose genitive is its agent: "جراء قصف الميليشيات",
        // "قرار منع"; so is a verbal noun listed with the verbs for its
        // word order (استعداد، اعتقال، تفجير، مطالبة).
        let verb = &self.norm[hit.norm.clone()];
        if verb
            .split(' ')
            .next()
            .is_some_and(|w| w.chars().count() <= 3 || verbal_noun(w))
        {
            return false;
        }
        self.plain_noun_before(hit, i)
    }

    /// Whether the word before the Arabic cue `hit` at unit `i`,
    /// auxiliaries aside, is a plain noun: Arabic letters, no preposition
    /// with the article, no clause opener or word of time, and no mention
    /// or other unit over it.
    fn plain_noun_before(&self, hit: &crate::lexicon::Hit, i: usize) -> bool {
        let before = &self.norm[self.range.start..hit.word_start];
        // The last word before the verb, auxiliaries aside, and its offset.
        let Some((at, word)) = before
            .split_whitespace()
            .rev()
            .find(|w| !AUXILIARIES.contains(w))
            .map(|w| {
                (
                    self.range.start + (w.as_ptr() as usize - before.as_ptr() as usize),
                    w,
                )
            })
        else {
            return false;
        };
        let end = at + word.len();
        // A word with a preposition and the article ("بالمقابل", "للأسف")
        // is an adverbial, not a subject.
        word.chars().count() > 2
            && word.chars().all(|c| is_arabic_char(c) && c.is_alphabetic())
            && !["بال", "لل", "كال"].iter().any(|p| word.starts_with(p))
            && !CLAUSE_OPENERS.contains(&word)
            && !calendar_word(Lang::Ar, word)
            && !word
                .strip_prefix(['و', 'ف'])
                .is_some_and(|w| CLAUSE_OPENERS.contains(&w) || calendar_word(Lang::Ar, w))
            && !self.units[..i]
                .iter()
                .any(|u| u.span.start < end && at < u.span.end)
    }

    /// For an assault noun that is the object of a verb of repelling or
    /// foiling ("repelled an attack", "foiled a bombing", "صدت هجوما",
    /// "تصدى الجيش لهجوم", "أحبطت القوات هجوما"), the group of that verb's
    /// subject, and whether the assault was foiled rather than repelled. A
    /// foiling with no subject ("وتم إحباط هجوم") has no group.
    /// The verb stands right before the noun (an article or a word between
    /// at most), or, in an Arabic verb-first clause, right before the
    /// subject that stands before the noun.
    fn resisted(
        &self,
        i: usize,
        kind: CueKind,
        rel: &crate::lexicon::Relation,
    ) -> Option<(Option<usize>, bool)> {
        const REPEL: &[&str] = &[
            "repelled",
            "repulsed",
            "repel",
            "repels",
            "repelling",
            "repulse",
            "off",
            "back",
            "صد",
            "صدت",
            "صدوا",
            "يصد",
            "تصد",
            "يصدون",
            "تصدي",
            "تصدت",
            "تصدوا",
            "يتصدي",
            "تتصدي",
            "يتصدون",
            "التصدي",
        ];
        const FOIL: &[&str] = &[
            "foiled",
            "thwarted",
            "foil",
            "foils",
            "thwart",
            "thwarts",
            "averted",
            "احبط",
            "احبطت",
            "احبطوا",
            "يحبط",
            "تحبط",
            "احباط",
            "افشل",
            "افشلت",
            "افشلوا",
            "يفشل",
            "افشال",
            "اجهض",
            "اجهضت",
            "اجهاض",
        ];
        // "fought off", "beat back": the particle names the verb.
        const PARTICLE_VERBS: &[&str] = &[
            "fought", "fight", "fighting", "fights", "beat", "beaten", "drove", "driven",
        ];
        if kind != CueKind::Noun || rel.plover != "ASSAULT" {
            return None;
        }
        let cue = &self.units[i];
        let verb_before = |end: usize| -> Option<bool> {
            let before = &self.norm[self.range.start..end];
            let mut words = before.split_whitespace().rev().map(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                w.strip_prefix(['و', 'ف'])
                    .filter(|r| r.chars().count() > 2 || REPEL.contains(r))
                    .unwrap_or(w)
            });
            for _ in 0..2 {
                let w = words.next()?;
                let particle = matches!(w, "off" | "back");
                if FOIL.contains(&w) {
                    return Some(true);
                }
                if REPEL.contains(&w)
                    && (!particle
                        || words
                            .clone()
                            .next()
                            .is_some_and(|v| PARTICLE_VERBS.contains(&v)))
                {
                    return Some(false);
                }
                if !matches!(w, "a" | "an" | "the" | "its" | "their" | "his") && !demonstrative(w) {
                    return None;
                }
            }
            None
        };
        let word_start = cue.hit.map_or(cue.span.start, |h| self.hits[h].word_start);
        // A place is where the repelling was done, not who did it.
        let Some(subject) = self.left_group_in_clause(i).filter(|&g| !self.locative(g)) else {
            // "وتم إحباط هجوم إرهابي", "an attack was foiled": foiled with
            // no one named for it, it still did not happen.
            // "An attack on the embassy was foiled": an English passive
            // after the noun's phrase.
            let passive_after = self.lang == Lang::En && {
                let words: Vec<&str> = self.norm[cue.span.end..self.range.end]
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .take(8)
                    .collect();
                words
                    .windows(2)
                    .any(|w| matches!(w[0], "was" | "were") && FOIL.contains(&w[1]))
            };
            return (verb_before(word_start) == Some(true) || passive_after)
                .then_some((None, true));
        };
        let at = self
            .units
            .iter()
            .position(|u| u.kind == UnitKind::Group(subject))?;
        if let Some(foiled) = verb_before(word_start) {
            return Some((Some(subject), foiled));
        }
        // Verb-first: "تصدى الجيش العراقي لهجوم", "وتصدت القوات لذلك
        // الهجوم".
        (self.lang == Lang::Ar
            && self.norm[self.units[at].span.end..word_start]
                .split_whitespace()
                .all(demonstrative))
        .then(|| verb_before(self.units[at].span.start))
        .flatten()
        .map(|foiled| (Some(subject), foiled))
    }

    /// For an English verb cue in a relative clause that has a subject of
    /// its own between "which" or "whom" and the verb ("Turkish companies,
    /// which hardliners accused of doing business with Israel", "the
    /// rebels, whom the army attacked"), the group of the antecedent: the
    /// verb's object, not its subject.
    fn object_relative(&self, i: usize, kind: CueKind) -> Option<usize> {
        const NO_SUBJECT: &[&str] = &[
            "have",
            "has",
            "had",
            "was",
            "were",
            "is",
            "are",
            "been",
            "be",
            "being",
            "also",
            "then",
            "later",
            "reportedly",
            "allegedly",
            "not",
            "never",
            "would",
            "will",
            "could",
            "may",
            "might",
            "should",
            "can",
            "must",
            "did",
            "does",
            "do",
        ];
        // The pronoun opens the verb's clause, a few words before it.
        const REACH: usize = 4;
        if self.lang != Lang::En || kind != CueKind::Verb {
            return None;
        }
        let clause = self.units[i].clause;
        let r = (0..i)
            .rev()
            .take_while(|&k| self.units[k].clause == clause)
            .take_while(|&k| !matches!(self.units[k].kind, UnitKind::Cue(..)))
            .find(|&k| {
                self.units[k].kind == UnitKind::Marker(Marker::Boundary)
                    && matches!(&self.norm[self.units[k].span.clone()], "which" | "whom")
            })?;
        let between: Vec<&str> = self.norm[self.units[r].span.end..self.units[i].span.start]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if between.len() > REACH
            || !between
                .iter()
                .any(|w| !NO_SUBJECT.contains(w) && !w.ends_with("ly"))
        {
            return None;
        }
        let g = r.checked_sub(1)?;
        match self.units[g].kind {
            UnitKind::Group(g)
                if words_between(
                    self.norm,
                    self.units[r - 1].span.end,
                    self.units[r].span.start,
                ) == 0 =>
            {
                Some(g)
            }
            _ => None,
        }
    }

    /// For a verb right after a relative pronoun (who, which, الذي، التي,
    /// at most one word between), the group right before the pronoun: the
    /// relative clause's subject.
    fn relative_antecedent(&self, i: usize, kind: CueKind) -> Option<usize> {
        if !matches!(kind, CueKind::Verb | CueKind::Passive) || i < 2 || !self.opens_relative(i) {
            return None;
        }
        let r = &self.units[i - 1];
        match self.units[i - 2].kind {
            UnitKind::Group(g)
                if words_between(self.norm, self.units[i - 2].span.end, r.span.start) == 0 =>
            {
                Some(g)
            }
            _ => None,
        }
    }

    /// Whether the group at unit `k` directly follows a speech verb.
    fn speech_subject(&self, k: usize) -> bool {
        k > 0
            && self.units[k - 1].kind == UnitKind::Marker(Marker::Speech)
            // "قال إن إسرائيل قصفت غزة": after a complementizer the mention
            // is the reported clause's subject, not the speaker.
            && !self.norm[self.units[k - 1].span.clone()]
                .rsplit(' ')
                .next()
                .is_some_and(|w| matches!(w, "ان" | "بان" | "انه" | "بانه"))
            && words_between(
                self.norm,
                self.units[k - 1].span.end,
                self.units[k].span.start,
            ) == 0
            // English puts the speaker after the verb only in inversion
            // ("…, said the minister", "'…' said the minister"); after a
            // speaker ("An official said Israel attacked Gaza", "He said
            // Ghanaians attacked") the mention is the reported clause's.
            && (self.lang == Lang::Ar || {
                let before = self.norm[..self.units[k - 1].span.start].trim_end();
                before.is_empty()
                    || (!before.ends_with(crate::text::is_word_char)
                        && self.left_group_in_clause(k - 1).is_none())
            })
    }

    /// Whether group `g` follows a locative preposition ("in Baghdad",
    /// "في بغداد"), a direction or "the" between them ("in central
    /// Baghdad", "في شمال العراق", "near the town of Samarra").
    fn locative(&self, g: usize) -> bool {
        let start = self.mentions[self.groups[g][0]].span.start;
        // The words before the mention, nearest first, with their starts:
        // directions, words for a kind of place ("in the town of", "في
        // مدينة حلب السورية") and gazetteer places may stand between the
        // preposition and the mention. An Arabic ب on such a word is the
        // preposition ("بجنوب غرب السعودية", "بالعاصمة تونس").
        // "معركة صنعاء", "معارك حلب": the bare name of a place after a
        // noun of battle is where it is fought (or for), not a side; a
        // role is ("معركة الجيش ضد داعش").
        let bare_name = self.groups[g]
            .iter()
            .all(|&m| self.mentions[m].role.is_none());
        if self.lang == Lang::Ar
            && bare_name
            && self.norm[..start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    let w = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
                    let w = w.strip_prefix("ال").unwrap_or(w);
                    matches!(w, "معركه" | "معارك")
                })
        {
            return true;
        }
        let mut end = start;
        for _ in 0..6 {
            let before = &self.norm[..end];
            let Some(w_end) = before.rfind(crate::text::is_word_char) else {
                return false;
            };
            let w_end = w_end + before[w_end..].chars().next().map_or(1, char::len_utf8);
            let w_start = before[..w_end]
                .rfind(|c: char| !crate::text::is_word_char(c))
                .map_or(0, |k| {
                    k + before[k..].chars().next().map_or(1, char::len_utf8)
                });
            let w = &before[w_start..w_end];
            let bare = w.trim_start_matches('و');
            if LOCATIVES.contains(&w) || LOCATIVES.contains(&bare) {
                return true;
            }
            // "شرق مدينة الرياض": a bare Arabic direction is an adverb of
            // place, and what it is said of is where.
            if self.lang == Lang::Ar && ADVERBS_OF_PLACE.contains(&w.strip_prefix('و').unwrap_or(w))
            {
                return true;
            }
            // "took to the streets of Seoul": where one takes to is where.
            if w == "to"
                && before[..w_start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|t| matches!(t, "took" | "take" | "takes" | "taking" | "taken"))
            {
                return true;
            }
            let after_b = bare
                .strip_prefix('ب')
                .map(|r| r.strip_prefix("ال").unwrap_or(r));
            let noun = |x: &str| DIRECTIONS.contains(&x) || PLACE_NOUNS.contains(&x);
            if after_b.is_some_and(noun) {
                return true;
            }
            let plain = bare.strip_prefix("ال").unwrap_or(bare);
            let in_place = self
                .places
                .iter()
                .any(|p| p.span.start <= w_start && w_end <= p.span.end);
            if !(noun(w) || noun(plain) || w == "the" || w == "of" || in_place) {
                return false;
            }
            end = w_start;
        }
        false
    }

    /// Whether the English group `g` owns the place named after it ("at
    /// Iran's Kharg island oil terminal", "Iraq's southern port of
    /// Basra"): a place's state is where, not who.
    fn owns_place(&self, g: usize) -> bool {
        // Besides the words for a kind of place (`PLACE_NOUNS`).
        const OWNED: &[&str] = &[
            "island",
            "islands",
            "port",
            "ports",
            "terminal",
            "terminals",
            "coast",
            "coastline",
            "border",
            "airport",
            "refinery",
            "refineries",
            "oilfield",
            "oilfields",
            "field",
            "fields",
            "waters",
            "airspace",
            "harbour",
            "harbor",
            "jetty",
        ];
        let Some(&last) = self.groups[g].last() else {
            return false;
        };
        let after = &self.norm[self.mentions[last].span.end..];
        self.lang == Lang::En
            && after.starts_with("'s ")
            && after[3..]
                .split_whitespace()
                .take(3)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .any(|w| OWNED.contains(&w) || PLACE_NOUNS.contains(&w))
    }

    /// Whether one of the `reach` words before group `g` is a locative
    /// preposition ("in northern Iraq", "في شمال العراق").
    fn locative_within(&self, g: usize, reach: usize) -> bool {
        let start = self.mentions[self.groups[g][0]].span.start;
        self.norm[..start]
            .split(|c: char| !crate::text::is_word_char(c))
            .filter(|w| !w.is_empty())
            .rev()
            .take(reach)
            .any(|w| LOCATIVES.contains(&w))
    }

    /// The unit of group `g`.
    fn unit_of(&self, g: usize) -> Option<usize> {
        self.units.iter().position(|u| u.kind == UnitKind::Group(g))
    }

    /// The group whose span holds unit `i` (an actor cue inside a mention).
    fn group_at(&self, i: usize) -> Option<usize> {
        let span = &self.units[i].span;
        self.units.iter().find_map(|u| match u.kind {
            UnitKind::Group(g) if u.span.start <= span.start && span.end <= u.span.end => Some(g),
            _ => None,
        })
    }

    /// The nearest group before unit `i` in its own clause.
    fn left_group_in_clause(&self, i: usize) -> Option<usize> {
        self.left_group_in_clause_where(i, |_| true)
    }

    /// The nearest group before unit `i` in its own clause that `ok`
    /// accepts.
    fn left_group_in_clause_where(&self, i: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
        let clause = self.units[i].clause;
        self.units[..i]
            .iter()
            .rev()
            .take_while(|u| u.clause == clause)
            .find_map(|u| match u.kind {
                UnitKind::Group(g) if ok(g) => Some(g),
                _ => None,
            })
    }

    fn right_groups(&self, i: usize) -> Vec<(usize, usize)> {
        let clause = self.units[i].clause;
        // "طالبت الحكومة التركية بالهدوء غداة هجوم نسب إلى داعش", "Iraq
        // shelled Iranian towns after attacks by Iran": the mentions after
        // a word of time and the event it names are that event's.
        // (The day after, غداة, is no background: what happened the day
        // before is news too. It still ends the verb's objects.)
        let background = |k: usize| {
            let u = &self.units[k];
            let cue_after = |k: usize| {
                self.units
                    .get(k)
                    .is_some_and(|n| matches!(n.kind, UnitKind::Cue(..)))
            };
            (u.kind == UnitKind::Marker(Marker::Background) && cue_after(k + 1))
                || (matches!(u.kind, UnitKind::Cue(..))
                    && self.norm[..u.span.start].split_whitespace().next_back() == Some("غداه"))
        };
        self.units[i + 1..]
            .iter()
            .enumerate()
            .take_while(|&(k, u)| {
                u.clause == clause && !background(i + 1 + k) && !self.speaker_after_and(i + 1 + k)
            })
            .filter_map(|(k, u)| match u.kind {
                UnitKind::Group(g) => Some((i + 1 + k, g)),
                _ => None,
            })
            .collect()
    }

    /// Whether the English group at unit `k` opens a clause of its own
    /// after "and" or "but", as the subject of a verb of saying ("attacks
    /// on shipping in the Gulf and U.S. officials have said that …"): it
    /// and what follows are no object of the cue before.
    fn speaker_after_and(&self, k: usize) -> bool {
        const AUXILIARIES: &[&str] = &["have", "has", "had", "also", "later", "will", "would"];
        let u = &self.units[k];
        self.lang == Lang::En
            && matches!(u.kind, UnitKind::Group(_))
            && matches!(
                self.norm[..u.span.start].split_whitespace().next_back(),
                Some("and" | "but")
            )
            && self.units.get(k + 1).is_some_and(|n| {
                n.kind == UnitKind::Marker(Marker::Speech)
                    && self.norm[u.span.end..n.span.start]
                        .split_whitespace()
                        .all(|w| AUXILIARIES.contains(&w))
            })
    }

    /// The group right after unit `i` (in the next clause too: a speech
    /// verb's subject follows it in Arabic).
    fn group_right_after(&self, i: usize) -> Option<usize> {
        match self.units.get(i + 1)?.kind {
            UnitKind::Group(g)
                if words_between(
                    self.norm,
                    self.units[i].span.end,
                    self.units[i + 1].span.start,
                ) == 0 =>
            {
                Some(g)
            }
            _ => None,
        }
    }

    /// Whether the group at unit `k` is an oblique object: a preposition
    /// stands between `from` and it, or it carries ل/ب.
    fn oblique(&self, from: usize, k: usize, words: &[&str]) -> bool {
        let UnitKind::Group(g) = self.units[k].kind else {
            return false;
        };
        let gap = &self.norm[from.min(self.units[k].span.start)..self.units[k].span.start];
        let last_word = |t: &'a str| {
            t.split(|c: char| !crate::text::is_word_char(c))
                .rfind(|w| !w.is_empty())
        };
        let prefix = self.mentions[self.groups[g][0]].prefix;
        // The preposition may be in the gap or end the cue itself ("يجب على").
        let cue_end = self
            .units
            .iter()
            .rev()
            .find(|u| u.span.end <= from && matches!(u.kind, UnitKind::Cue(..)))
            .map(|u| &self.norm[u.span.clone()]);
        let word = last_word(gap).or_else(|| {
            if gap.trim().is_empty() {
                cue_end.and_then(last_word)
            } else {
                None
            }
        });
        word.is_some_and(|w| words.contains(&w))
            || (words == PREPOSITIONS && preposition_clitic(prefix))
    }

    fn marker_before(&self, i: usize, marker: Marker, reach: Option<usize>) -> bool {
        let clause = self.units[i].clause;
        let cue_start = self.units[i].span.start;
        for u in self.units[..i]
            .iter()
            .rev()
            .take_while(|u| u.clause == clause)
        {
            if matches!(u.kind, UnitKind::Group(_)) && marker == Marker::Negation {
                return false;
            }
            // "حملة غير مسبوقة من هجمات المتطرفين": غير before another
            // word makes that word's opposite (unprecedented, illegal); it
            // negates the cue only right before it ("غير مسلح").
            if marker == Marker::Negation
                && u.kind == UnitKind::Marker(marker)
                && self.norm[u.span.clone()].trim_start_matches(['و', 'ف', 'ب']) == "غير"
                && words_between(self.norm, u.span.end, cue_start) > 0
            {
                continue;
            }
            if u.kind == UnitKind::Marker(marker) {
                return reach.is_none_or(|r| words_between(self.norm, u.span.end, cue_start) <= r);
            }
        }
        // A marker glued to the cue's own hit (a form that is both).
        self.units[i]
            .hit
            .is_some_and(|h| has_marker(self.lex, &self.hits[h], marker))
    }

    /// Whether the negation before the cue at unit `i` belongs to another
    /// predicate, with the cue its topic or its object: another act stands
    /// between, or (English) a preposition or a verb of ending: "Baker
    /// would not be specific about what agreement had been reached", "did
    /// not want to terminate the agreement" (not ending an agreement is no
    /// refusal), "was not outside the range we agreed to".
    fn negation_elsewhere(&self, i: usize) -> bool {
        const OTHER: &[&str] = &[
            "about",
            "on",
            "over",
            "regarding",
            "concerning",
            "outside",
            "beyond",
            "terminate",
            "end",
            "scrap",
            "abandon",
            "cancel",
            "break",
            "violate",
            "breach",
            "tear",
            "renege",
            "withdraw",
            "quit",
            "exit",
        ];
        let clause = self.units[i].clause;
        let Some(n) = (0..i)
            .rev()
            .take_while(|&k| self.units[k].clause == clause)
            .find(|&k| self.units[k].kind == UnitKind::Marker(Marker::Negation))
        else {
            return false;
        };
        // Another act between: "عدم نقد الاتفاقية مع إيران" (not
        // criticizing the agreement) is no refusal of it.
        self.units[n + 1..i]
            .iter()
            .any(|u| matches!(u.kind, UnitKind::Cue(..)) && u.span.start >= self.units[n].span.end)
            || (self.lang == Lang::En
                && self.norm[self.units[n].span.end..self.units[i].span.start]
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| OTHER.contains(&w)))
    }

    /// "نفى الكرملين عقد لقاء", "لم يعقد الرئيسان لقاء": an Arabic
    /// negated verb has its subject after it, and what the subject is
    /// then said to do is negated too. Only when the group is the word
    /// right after the negation or after its one verb: "لم تتوقف إسرائيل
    /// عن قصف" has a verb of cessation between, a unit of its own, and
    /// "لا تزال" is an idiom.
    fn negation_over_subject(&self, i: usize) -> bool {
        if self.lang != Lang::Ar {
            return false;
        }
        let clause = self.units[i].clause;
        let Some(g) = (0..i)
            .rev()
            .take_while(|&k| self.units[k].clause == clause)
            .find(|&k| !matches!(self.units[k].kind, UnitKind::Marker(_)))
        else {
            return false;
        };
        if !matches!(self.units[g].kind, UnitKind::Group(_)) || g == 0 {
            return false;
        }
        let (neg, group) = (&self.units[g - 1], &self.units[g]);
        // A particle has its verb between ("لم يعقد"), a verb of denial
        // nothing; "فشلت في إخطار أهالي الأطفال" has a verbal noun and its
        // object.
        let word = self.norm[neg.span.clone()].trim_start_matches(['و', 'ف']);
        let verb_between = match words_between(self.norm, neg.span.end, group.span.start) {
            0 => DENIALS.contains(&word),
            1 => matches!(word, "لم" | "لن" | "لا"),
            _ => false,
        };
        neg.clause == clause
            && neg.kind == UnitKind::Marker(Marker::Negation)
            && verb_between
            && words_between(self.norm, group.span.end, self.units[i].span.start) <= NEGATION_REACH
    }

    /// "لم تقصف تركيا سوى مواقع داعش", "لا تنفذ بريطانيا ضربات إلا في
    /// العراق", "did not only attack Syria": a negation with an exception
    /// after it, or "only" before the cue, restricts the act, it does not
    /// deny it ("لم يكن يقصف داعش فحسب" is "not only").
    fn exceptive(&self, i: usize) -> bool {
        const AFTER: &[&str] = &["الا", "سوي", "فحسب", "فقط"];
        const REACH: usize = 6;
        let cue = &self.units[i];
        let end = self.units[i + 1..]
            .iter()
            .find(|u| u.clause != cue.clause)
            .map_or(self.norm.len(), |u| u.span.start);
        let after = self.lang == Lang::Ar
            && self.norm[cue.span.end..end]
                .split(|c: char| !crate::text::is_word_char(c))
                .filter(|w| !w.is_empty())
                .take(REACH)
                .any(|w| AFTER.contains(&w) || AFTER.contains(&w.trim_start_matches('و')));
        let only_before = self.lang == Lang::En
            && self.norm[..cue.span.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w == "only");
        after || only_before
    }

    /// "Iran denied that its forces attacked", "نفت إيران أن تكون قواتها
    /// هاجمت": the clause a verb of denial reports did not happen, by its
    /// speaker's word, as "denied attacking" did not.
    fn denied_report(&self, i: usize) -> bool {
        let clause = self.units[i].clause;
        let first = (0..=i)
            .rev()
            .take_while(|&k| self.units[k].clause == clause)
            .last()
            .unwrap_or(i);
        let opening = &self.units[first];
        if opening.kind != UnitKind::Marker(Marker::Boundary)
            || !matches!(&self.norm[opening.span.clone()], "that" | "ان" | "بان")
        {
            return false;
        }
        // Back over the speaker (Arabic puts it after the verb) to the
        // verb of denial, with nothing else between.
        for k in (0..first).rev() {
            let u = &self.units[k];
            match u.kind {
                UnitKind::Group(_) if self.lang == Lang::Ar => continue,
                // "denied a report that": a hypothetical marker of its own.
                UnitKind::Marker(Marker::Negation | Marker::Hypothetical) => {
                    let verb = self.norm[u.span.clone()]
                        .split(' ')
                        .next()
                        .unwrap_or("")
                        .trim_start_matches(['و', 'ف']);
                    // "did not deny that": no denial.
                    let denial_negated = k.checked_sub(1).is_some_and(|j| {
                        self.units[j].kind == UnitKind::Marker(Marker::Negation)
                            && words_between(self.norm, self.units[j].span.end, u.span.start) <= 1
                    });
                    return DENIALS.contains(&verb)
                        && !denial_negated
                        && words_between(self.norm, u.span.end, opening.span.start)
                            <= DENIAL_REACH;
                }
                _ => return false,
            }
        }
        false
    }

    /// For an English verb cue after "to" ("spoke with X to congratulate
    /// him"), the subject of the sentence part, which the infinitive
    /// inherits.
    fn infinitive_subject(&self, i: usize) -> Option<usize> {
        let u = &self.units[i];
        if self.lang != Lang::En || !matches!(u.kind, UnitKind::Cue(_, CueKind::Verb)) {
            return None;
        }
        let before = self.norm[..u.span.start].trim_end();
        if !before.ends_with(" to") {
            return None;
        }
        self.units[..i]
            .iter()
            .filter(|v| v.part == u.part)
            .find_map(|v| match v.kind {
                // "marched through the streets of La Paz to protest": a
                // place is where, no subject.
                UnitKind::Group(g) if !self.parties(g).is_empty() && !self.locative(g) => Some(g),
                _ => None,
            })
    }

    /// Whether a cue's subject is a third-person pronoun in reported
    /// speech: a speech verb earlier in the sentence and, in English, "it",
    /// "they", "he" or "she" before the cue with only auxiliaries, modals
    /// and a few adverbs between ("said it would allow", "says it is
    /// willing to withdraw"); in Arabic, the pronoun of إنه، إنها، إنهم with
    /// no mention between it and the cue.
    fn reported_pronoun_subject(&self, i: usize) -> bool {
        const PRONOUNS: &[&str] = &["it", "they", "he", "she"];
        const BETWEEN: &[&str] = &[
            "is", "are", "was", "were", "will", "would", "shall", "has", "have", "had", "be",
            "been", "not", "also", "still", "now", "again", "ready", "willing", "prepared", "to",
            "could", "can", "may", "might", "should", "must", "then", "soon",
        ];
        if !self.units[..i]
            .iter()
            .any(|u| u.kind == UnitKind::Marker(Marker::Speech))
        {
            return false;
        }
        if self.lang == Lang::Ar {
            // "قالت سوريا إنها ستسحب قواتها": the pronoun is attached to the
            // first complementizer after the speech verb, and a verb follows
            // it closely with no mention between.
            const PRONOUN_THAT: &[&str] = &["انه", "انها", "انهم", "انهما"];
            if !matches!(self.units[i].kind, UnitKind::Cue(_, CueKind::Verb)) {
                return false;
            }
            let Some(b) = (0..i)
                .rev()
                .take_while(|&k| !matches!(self.units[k].kind, UnitKind::Group(_)))
                .find(|&k| self.units[k].kind == UnitKind::Marker(Marker::Boundary))
            else {
                return false;
            };
            let first_after_speech = (0..b)
                .rev()
                .take_while(|&k| self.units[k].kind != UnitKind::Marker(Marker::Speech))
                .all(|k| !matches!(self.units[k].kind, UnitKind::Marker(Marker::Boundary)));
            // The pronoun is the subject of the first verb after it only
            // ("أنهم تصدوا لهجوم شنه الحوثيون": the attack is another's).
            return first_after_speech
                && (b + 1..i).all(|k| !matches!(self.units[k].kind, UnitKind::Cue(..)))
                && PRONOUN_THAT.contains(&&self.norm[self.units[b].span.clone()])
                && words_between(self.norm, self.units[b].span.end, self.units[i].span.start) <= 3;
        }
        // (A marker on the cue's own words, "called off" as a reduction,
        // ends after the cue starts: it is not before it.)
        let cue_start = self.units[i].span.start;
        let start = self.units[..i]
            .iter()
            .rev()
            .filter(|u| u.span.end <= cue_start)
            .find(|u| !matches!(u.kind, UnitKind::Marker(Marker::Planned | Marker::Negation)))
            .map_or(0, |u| u.span.end);
        let words: Vec<&str> = self.norm[start..cue_start]
            .split(|c: char| !crate::text::is_word_char(c))
            .filter(|w| !w.is_empty())
            .collect();
        // An event noun has its verb and modifiers between ("it would
        // impose a naval blockade"): past the auxiliaries, a verb and up to
        // three words of its object's phrase.
        let noun = matches!(self.units[i].kind, UnitKind::Cue(_, CueKind::Noun));
        words
            .iter()
            .rposition(|w| PRONOUNS.contains(w))
            .is_some_and(|k| {
                let rest = &words[k + 1..];
                let aux = rest.iter().take_while(|w| BETWEEN.contains(w)).count();
                aux == rest.len() || (noun && rest.len() - aux <= 4)
            })
    }

    /// Whom the subject pronoun of a verb in reported speech stands for
    /// (`reported_pronoun_subject`): the subject of the sentence's last
    /// speech verb before it, or the `carried` speaker when that subject is
    /// a role word of the carried speaker's role ("the minister added that
    /// he would…") or a pronoun ("وقال في مؤتمر صحفي إنه"). A role word
    /// stands for itself ("Police said they arrested 12", "قالت الشرطة
    /// إنها اعتقلت"), in English only as "they" or "it": "he" and "she"
    /// are persons.
    ///
    /// For a material act an Arabic pronoun must agree with the speaker in
    /// gender: after a feminine speech verb ("قالت وزارة الصحة إنه قتل
    /// خمسة أشخاص", "قالت المنظمة إنه شن المستوطنون") انه is the pronoun
    /// of the matter (ضمير الشأن), and the clause after it has a subject
    /// of its own or none; so may it after a subject the lexicon does not
    /// know ("وقال مصدر عسكري إنه قتل"). Then the pronoun is no one. A
    /// `verbal` act is the speaker's all the same ("إنه يجب على إيران").
    fn pronoun_speaker(&self, i: usize, carried: Option<&Party>, verbal: bool) -> Option<Party> {
        const PRONOUN_SUBJECT: &[&str] = &[
            "الي",
            "امس",
            "اليوم",
            "في",
            "خلال",
            "عبر",
            "امام",
            "لدي",
            "عقب",
            "بعد",
        ];
        let k = (0..i)
            .rev()
            .find(|&k| self.units[k].kind == UnitKind::Marker(Marker::Speech))?;
        let mut pronoun_at = None;
        if self.lang == Lang::Ar {
            let said = self.norm[self.units[k].span.clone()]
                .split_whitespace()
                .next()
                .unwrap_or("");
            let feminine = (said.ends_with('ت') && !said.ends_with("لفت"))
                || said.ends_with('ه')
                || (said.starts_with('ت') && said.chars().count() == 4);
            let b = (k + 1..i)
                .find(|&b| matches!(&self.norm[self.units[b].span.clone()], "انه" | "انها"))?;
            let disagrees = self.norm[self.units[b].span.clone()]
                == *(if feminine { "انه" } else { "انها" });
            if disagrees && !verbal {
                return None;
            }
            pronoun_at = Some(b);
        }
        let persons = self.lang == Lang::En
            && self.norm[self.units[k].span.end..self.units[i].span.start]
                .split(|c: char| !crate::text::is_word_char(c))
                .any(|w| matches!(w, "he" | "she"));
        let own = self
            .left_group_in_clause_where(k, |g| !self.locative(g))
            .or_else(|| self.subject_before_appositive(k))
            .or_else(|| self.group_right_after(k))
            .or_else(|| {
                // "في وقت أعلنت فيه جبهة النصرة أنها": a resumptive
                // pronoun or a word of time may stand before the subject.
                let g = (k + 1..pronoun_at?).find_map(|m| match self.units[m].kind {
                    UnitKind::Group(g) => Some((m, g)),
                    _ => None,
                })?;
                self.norm[self.units[k].span.end..self.units[g.0].span.start]
                    .split_whitespace()
                    .all(|w| matches!(w, "فيه" | "فيها" | "امس" | "اليوم"))
                    .then_some(g.1)
            })
            .and_then(|g| self.event_parties(g).into_iter().next())
            .filter(|p| p.actor.is_some() || !persons);
        match (own, carried) {
            (Some(own), Some(c))
                if own.actor.is_none() && own.role.is_some() && c.role == own.role =>
            {
                Some(c.clone())
            }
            (Some(own), _) => Some(own),
            (None, c) if verbal || self.lang == Lang::En => c.cloned(),
            (None, c) => {
                let b = pronoun_at?;
                self.norm[self.units[k].span.end..self.units[b].span.start]
                    .split_whitespace()
                    .next()
                    .is_none_or(|w| PRONOUN_SUBJECT.contains(&w))
                    .then(|| c.cloned())
                    .flatten()
            }
        }
    }

    /// Whether unit `i` stands in an English relative clause opened by
    /// "which" or "whom": the last boundary before it in its sentence is
    /// one of those, with no speech verb between.
    fn in_relative_clause(&self, i: usize) -> bool {
        if self.lang != Lang::En {
            return false;
        }
        (0..i)
            .rev()
            .take_while(|&k| self.units[k].kind != UnitKind::Marker(Marker::Speech))
            .find(|&k| self.units[k].kind == UnitKind::Marker(Marker::Boundary))
            .is_some_and(|k| matches!(&self.norm[self.units[k].span.clone()], "which" | "whom"))
    }

    /// Whether an English verb cue at unit `i` has a subject the lexicon
    /// does not know: the word before it, past auxiliaries and adverbs, is
    /// neither a pronoun, a conjunction nor a word of time ("Smith also
    /// insisted Ireland were happy"). Such a clause has a subject, only no
    /// name for it, so the current speaker is not its source: that is for
    /// clauses with none ("and insisted", "He also insisted").
    fn unnamed_subject(&self, i: usize) -> bool {
        const SKIPPED: &[&str] = &[
            "also",
            "still",
            "then",
            "later",
            "again",
            "repeatedly",
            "strongly",
            "once",
            "already",
            "has",
            "have",
            "had",
            "was",
            "were",
            "is",
            "are",
            "will",
            "would",
            "could",
            "should",
            "can",
            "may",
            "might",
            "must",
            "not",
            "never",
            "did",
            "does",
            "do",
            "further",
        ];
        const SUBJECTLESS: &[&str] = &[
            "he", "she", "it", "they", "we", "i", "you", "and", "but", "or", "yet", "so", "who",
            "which", "that", "earlier",
        ];
        if self.lang != Lang::En || !matches!(self.units[i].kind, UnitKind::Cue(_, CueKind::Verb)) {
            return false;
        }
        let before = self.norm[..self.units[i].span.start].trim_end();
        // Nothing before it in its clause: no subject at all.
        if before.is_empty() || before.ends_with(|c: char| ",;:.!?\"()".contains(c)) {
            return false;
        }
        let mut words = before.split_whitespace().rev();
        while let Some(w) = words.next() {
            if SKIPPED.contains(&w) {
                continue;
            }
            // An infinitive's subject is its governing verb's ("We also
            // plan to ask the IMF"): past the verb.
            if w == "to" {
                words.next();
                continue;
            }
            return !SUBJECTLESS.contains(&w)
                && !DAY_WORDS.contains(&w)
                && w.chars().all(char::is_alphabetic);
        }
        false
    }

    /// The mention that claims responsibility for the assault or coercion
    /// at unit `i`: the subject of a claim (`Marker::Claim`) right before
    /// it ("The PKK claimed responsibility for the attack", "أعلنت حركة
    /// طالبان مسؤوليتها عن الهجوم"), or of a claim later in the sentence
    /// with no act of its own after it ("the attack in Ceylanpinar, for
    /// which the PKK has claimed responsibility", "مسؤوليتها عن ذلك"). A
    /// claim negated or denied ("did not claim", "نفت الحركة مسؤوليتها
    /// عن") names one who is not the agent: the flag says so.
    fn claimant(&self, i: usize, rel: &crate::lexicon::Relation) -> Option<(usize, bool)> {
        if !matches!(rel.plover.as_str(), "ASSAULT" | "COERCE") {
            return None;
        }
        let claim = |k: usize| self.units[k].kind == UnitKind::Marker(Marker::Claim);
        let cue_start = self.units[i].span.start;
        // "تبنت مقاومة آزال مقتل 3 من عناصر الميليشيات": an Arabic verb of
        // claiming has its subject after it, right before the act.
        let verb_first = (self.lang == Lang::Ar && i > 1 && claim(i - 2))
            .then(|| match self.units[i - 1].kind {
                UnitKind::Group(g)
                    if self.units[i - 1].clause == self.units[i - 2].clause
                        && words_between(self.norm, self.units[i - 1].span.end, cue_start) == 0
                        && !self.locative(g) =>
                {
                    Some(g)
                }
                _ => None,
            })
            .flatten();
        if let Some(g) = verb_first {
            let marker = i - 2;
            let denied = self.units[..marker]
                .iter()
                .rev()
                .take_while(|u| u.clause == self.units[marker].clause)
                .any(|u| u.kind == UnitKind::Marker(Marker::Negation));
            return Some((g, denied));
        }
        let (marker, from) = if i > 0
            && claim(i - 1)
            && words_between(self.norm, self.units[i - 1].span.end, cue_start) <= CLAIM_REACH
        {
            // The claimant stands before the claim, in its clause.
            let clause = self.units[i - 1].clause;
            let from = (0..i - 1)
                .rev()
                .take_while(|&k| self.units[k].clause == clause)
                .last()
                .unwrap_or(i - 1);
            (i - 1, from)
        } else {
            // A later claim of nothing after it: what it claims is this act,
            // unless another act stands between.
            let k = (i + 1..self.units.len()).find(|&k| {
                claim(k)
                    || matches!(self.units[k].kind, UnitKind::Cue(r, _)
                        if matches!(self.lex.relation(r).plover.as_str(), "ASSAULT" | "COERCE"))
            })?;
            // Only a claim of responsibility dangles: an Arabic verb of
            // adopting (تبنى) is also "builds" and "adoption" (بالتبني).
            let of_responsibility = self.lang == Lang::En || {
                let w = &self.norm[self.units[k].span.clone()];
                w.contains("مسؤول") || w.contains("مسئول")
            };
            let dangling = claim(k)
                && of_responsibility
                && self.units.get(k + 1).is_none_or(|u| {
                    !matches!(u.kind, UnitKind::Cue(..))
                        || words_between(self.norm, self.units[k].span.end, u.span.start)
                            > CLAIM_REACH
                });
            if !dangling {
                return None;
            }
            (k, i + 1)
        };
        let claimant = (from..marker)
            .rev()
            .find_map(|k| match self.units[k].kind {
                UnitKind::Group(g) if !self.locative(g) => Some((k, g)),
                _ => None,
            })?;
        // The denial may stand before a verb of saying that ends a part
        // ("ولم تعلن | حركة طالبان مسؤوليتها"): look back through the part,
        // and the verb's own if it leads it, to the act before at most.
        let part = self.units[marker].part;
        let mut lo = marker;
        while lo > 0 && self.units[lo - 1].part == part {
            lo -= 1;
        }
        if lo > 0 && self.units[lo - 1].kind == UnitKind::Marker(Marker::Speech) {
            let speech_part = self.units[lo - 1].part;
            while lo > 0 && self.units[lo - 1].part == speech_part {
                lo -= 1;
            }
        }
        let denied = self.units[lo..marker]
            .iter()
            .rev()
            .take_while(|u| !matches!(u.kind, UnitKind::Cue(..)))
            .any(|u| u.kind == UnitKind::Marker(Marker::Negation));
        Some((claimant.1, denied))
    }

    /// Whether the cue at unit `i` names something other than an event that
    /// happens: an event noun after a background preposition ("after the
    /// invasion"), a cue under a condition ("if it is attacked"), or the
    /// content of a threat, demand, agreement, refusal or accusation
    /// ("threatened to shell", "called for sanctions", "accused X of
    /// supporting"), which is coded as that act alone.
    fn not_an_event(&self, i: usize, kind: CueKind) -> bool {
        if kind == CueKind::Noun
            && self.marker_before(i, Marker::Background, Some(BACKGROUND_REACH))
        {
            return true;
        }
        if self.stopped(i) || self.in_background_clause(i) {
            return true;
        }
        if self.marker_before(i, Marker::Hypothetical, None) {
            return true;
        }
        if self.stative_relative(i, kind)
            || self.moves_a_quantity(i)
            || self.market_moves(i, kind)
            || self.allows_no_one(i)
            || self.prevents_an_act(i)
        {
            return true;
        }
        self.governed(i)
            || self.running_total(i)
            || (kind == CueKind::Noun && self.manner_of_earlier(i))
            || self.reduced_relative(i)
            || self.purpose(i, kind)
            || self.scripture(i)
            || self.gives_an_example(i)
            || self.gathers_to_greet(i)
            || self.whoever(i, kind)
            || self.aims_to(i, kind)
            || self.gathering_without_grievance(i)
            // (An English verb's form after the preposition is its noun:
            // "framed for murder".)
            || ((kind == CueKind::Noun || self.lang == Lang::En) && self.charge(i))
            || (kind == CueKind::Noun && self.predicate_of_same(i))
            || self.asked(i)
            || self.killed_oneself(i)
            || self.accused_of(i)
            || self.pilgrimage(i)
    }

    /// Whether the English noun cue at unit `i` is what its subject faces:
    /// "faced with", "facing", "faces" or "confronted with" stands a few
    /// words before it in its clause ("faced with mounting social unrest").
    fn faced(&self, i: usize) -> bool {
        const FACING: &[&str] = &[
            "faced",
            "facing",
            "faces",
            "face",
            "confronted",
            "confronting",
        ];
        let before = &self.norm[..self.units[i].span.start];
        let clause = before
            .rsplit([',', ';', ':', '(', '"'])
            .next()
            .unwrap_or(before);
        clause
            .split_whitespace()
            .rev()
            .take(4)
            .any(|w| FACING.contains(&w))
    }

    /// Whether the Arabic visit at unit `i` is a pilgrimage: joined to the
    /// umrah or the hajj ("برنامج ضيوف خادم الحرمين للعمرة والزيارة"), or
    /// to a holy place ("زيارة المسجد النبوي"). No one is visited.
    fn pilgrimage(&self, i: usize) -> bool {
        const RITES: &[&str] = &["العمره", "للعمره", "والعمره", "الحج", "للحج", "والحج"];
        const HOLY: &[&str] = &[
            "المسجد النبوي",
            "المسجد الحرام",
            "الحرمين",
            "المدينه المنوره",
            "مكه",
            "المشاعر",
            "الاماكن المقدسه",
            "الروضه الشريفه",
        ];
        let u = &self.units[i];
        let UnitKind::Cue(r, _) = u.kind else {
            return false;
        };
        if self.lang != Lang::Ar || self.lex.relation(r).label != "visits" {
            return false;
        }
        let before = self.norm[..u.span.start]
            .split(|c: char| !crate::text::is_word_char(c))
            .rfind(|w| !w.is_empty());
        let after = self.norm[u.span.end..].trim_start();
        before.is_some_and(|w| RITES.contains(&w)) || HOLY.iter().any(|h| after.starts_with(h))
    }

    /// Whether the Arabic verb of accusing at unit `i` is a passive: its
    /// charge (ب) follows it with no object between ("ضد من اتهموا بإهانة
    /// الرئيس", those accused of insulting the president). Who accused is
    /// not named, and the charge's genitive is no one accused.
    fn accused_of(&self, i: usize) -> bool {
        let u = &self.units[i];
        let (UnitKind::Cue(r, CueKind::Verb), Some(h)) = (u.kind, u.hit) else {
            return false;
        };
        if self.lang != Lang::Ar
            || self.lex.relation(r).plover != "ACCUSE"
            || self.hits[h].suffix.is_some()
        {
            return false;
        }
        let word = &self.norm[self.hits[h].norm.clone()];
        if !word.starts_with("اتهم") {
            return false;
        }
        let after = self.norm[u.span.end..].trim_start();
        let next = after
            .split(|c: char| !crate::text::is_word_char(c))
            .next()
            .unwrap_or("");
        after.starts_with(next)
            && next.starts_with('ب')
            && next.chars().count() > 3
            && !matches!(next, "بان" | "بانه" | "بانها" | "بانهم" | "بانهما")
    }

    /// Whether the cue at unit `i` is a killing of oneself ("the gunman
    /// killed himself", "الانتحار وقتل نفسه"): a suicide, no act between
    /// parties. Not when others follow ("killed himself and 12 others"),
    /// and not blowing oneself up (فجر نفسه), which is an attack.
    fn killed_oneself(&self, i: usize) -> bool {
        const SELVES: &[&str] = &[
            "himself",
            "herself",
            "themselves",
            "نفسه",
            "نفسها",
            "انفسهم",
            "نفسيهما",
        ];
        let u = &self.units[i];
        let UnitKind::Cue(r, _) = u.kind else {
            return false;
        };
        if self.lex.relation(r).label != "kills" {
            return false;
        }
        let after = self.norm[u.span.end..].trim_start();
        let Some(self_word) = SELVES.iter().find(|w| {
            after.starts_with(**w)
                && after[w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !crate::text::is_word_char(c))
        }) else {
            return false;
        };
        let rest = after[self_word.len()..].trim_start();
        let next = rest
            .split(|c: char| !crate::text::is_word_char(c))
            .next()
            .unwrap_or("");
        rest.starts_with(|c: char| !crate::text::is_word_char(c))
            || !(matches!(next, "and" | "along") || next.starts_with('و'))
    }

    /// Whether the cue at unit `i` is in a question: its sentence ends
    /// with a question mark and a question word opens the sentence or, in
    /// Arabic, stands before the cue in its clause ("هل سيتم توثيق جرائم
    /// الحوثي؟", "فلماذا لا تعلنون أسماء من قاموا بالفساد؟", "Did Iran
    /// attack the tanker?"). What a question asks about is not reported.
    fn asked(&self, i: usize) -> bool {
        const QUESTIONS: &[&str] = &[
            "هل",
            "لماذا",
            "كيف",
            "اين",
            "ماذا",
            "متي",
            "باي",
            "why",
            "how",
            "did",
            "does",
            "do",
            "will",
            "would",
            "should",
            "can",
            "could",
            "who",
            "what",
            "where",
            "when",
            "is",
            "are",
        ];
        let sentence = &self.norm[self.range.clone()];
        let ends = sentence
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '»' | '”' | ')'))
            .ends_with(['؟', '?']);
        if !ends {
            return false;
        }
        let question = |w: &str| {
            let w = if self.lang == Lang::Ar {
                w.trim_start_matches(['و', 'ف'])
            } else {
                w
            };
            QUESTIONS.contains(&w)
        };
        let opens = sentence
            .split(|c: char| !crate::text::is_word_char(c))
            .find(|w| !w.is_empty())
            .is_some_and(|w| question(&w.to_lowercase()));
        let start = self.units[i].span.start;
        let clause = self.units[i].clause;
        let clause_start = self.units[..i]
            .iter()
            .rev()
            .take_while(|u| u.clause == clause)
            .last()
            .map_or(start, |u| u.span.start);
        let mut lo = self
            .range
            .start
            .max(clause_start.saturating_sub(40))
            .min(start);
        while !self.norm.is_char_boundary(lo) {
            lo += 1;
        }
        opens
            || (self.lang == Lang::Ar
                && self.norm[lo..start]
                    .split(|c: char| !crate::text::is_word_char(c))
                    .any(|w| !w.is_empty() && question(w)))
    }

    /// Whether the English noun cue at unit `i` is the predicate, after a
    /// copula, of a subject in its clause that is an act of its own
    /// relation: "a new attack by Iran … does not appear to be a major
    /// offensive". It names that act again.
    fn predicate_of_same(&self, i: usize) -> bool {
        const COPULAS: &[&str] = &["is", "was", "are", "were", "be", "been", "as", "remains"];
        let UnitKind::Cue(relation, _) = self.units[i].kind else {
            return false;
        };
        if self.lang != Lang::En {
            return false;
        }
        let start = self.units[i].span.start;
        let from = start.saturating_sub(60).max(self.range.start);
        let Some(before) = self.norm.get(from..start) else {
            return false;
        };
        // The copula, and three words at most between.
        let copula = before
            .split_whitespace()
            .rev()
            .take(4)
            .any(|w| COPULAS.contains(&w));
        copula
            && self.units[..i].iter().any(|u| {
                u.kind == UnitKind::Cue(relation, CueKind::Noun) && u.clause == self.units[i].clause
            })
    }

    /// Whether the noun cue at unit `i` names what someone is charged
    /// with: "framed for murder", "charged him with murder", "on charges of
    /// kidnapping", "بتهمة القتل". A charge is a crime's name in a legal
    /// act, not a report that the crime happened (the arrest or the
    /// sentence is, and is coded on its own cue).
    fn charge(&self, i: usize) -> bool {
        const CHARGED_EN: &[&str] = &[
            "framed",
            "charged",
            "charge",
            "charges",
            "accused",
            "accusing",
            "convicted",
            "indicted",
            "suspected",
            "guilty",
            "acquitted",
            "cleared",
            "tried",
            "jailed",
            "sentenced",
            "wanted",
        ];
        let start = self.units[i].span.start;
        let mut before = self.norm[self.range.start.min(start)..start]
            .split(|c: char| !crate::text::is_word_char(c))
            .filter(|w| !w.is_empty())
            .rev()
            .filter(|w| !matches!(*w, "the" | "a" | "an" | "attempted" | "first-degree"));
        match self.lang {
            // The preposition, then the charge's verb, its object at most
            // between ("charged him with").
            Lang::En => {
                matches!(before.next(), Some("for" | "with" | "of"))
                    && before.take(3).any(|w| CHARGED_EN.contains(&w))
            }
            Lang::Ar => before.next().is_some_and(|w| {
                matches!(
                    w.trim_start_matches('و'),
                    "بتهمه" | "بتهم" | "تهمه" | "تهم" | "بجريمه" | "لاتهامه" | "بتهمتي"
                )
            }),
        }
    }

    /// "احتشد ألمع نجوم العالم العربي في بيروت", "المناسبات التي تجمع
    /// الأهل", "تجمع الرمال في الطريق": an Arabic verb or noun of gathering
    /// is a protest only when its sentence says what the crowd wants or is
    /// against, or names a protest or a riot too (a demand, a denunciation,
    /// a slogan, a sit-in, anger, stones, "against", "in front of"). Crowds
    /// at a feast, things brought together and sand piling up are no news.
    fn gathering_without_grievance(&self, i: usize) -> bool {
        const GATHERINGS: &[&str] = &[
            "احتشد",
            "تجمهر",
            "يتجمهر",
            "تتجمهر",
            "تجمع",
            "يتجمع",
            "تتجمع",
        ];
        // Stems of the words that make a gathering a protest, normalized.
        const GRIEVANCES: &[&str] = &[
            "احتج",
            "تنديد",
            "منددين",
            "نددوا",
            "ندد",
            "مطالب",
            "يطالب",
            "طالبوا",
            "ضد",
            "رفضا",
            "رافضين",
            "استنكار",
            "لافتات",
            "شعارات",
            "هتف",
            "هتاف",
            "مرددين",
            "رددوا",
            "غاضب",
            "غضب",
            "اعتصام",
            "معتصم",
            "اعتصم",
            "تضامن",
            "تظاهر",
            "مظاهر",
            "متظاهر",
            "مسير",
            "اضراب",
            "مضرب",
            "يسقط",
            "ارحل",
            "امام",
            "رحيل",
            "اسقاط",
            "حراك",
            "شغب",
            "حجار",
            "رشق",
            "اتلاف",
            "تخريب",
            "احرق",
        ];
        if self.lang != Lang::Ar {
            return false;
        }
        let u = &self.units[i];
        let (UnitKind::Cue(r, _), Some(h)) = (u.kind, u.hit) else {
            return false;
        };
        let cue = &self.norm[self.hits[h].norm.clone()];
        if self.lex.relation(r).plover != "PROTEST"
            || cue.contains(' ')
            || !GATHERINGS.iter().any(|g| cue.starts_with(g))
        {
            return false;
        }
        !self.norm[self.range.clone()]
            .split(|c: char| !crate::text::is_word_char(c))
            .map(|w| w.trim_start_matches(['و', 'ف', 'ب', 'ل']))
            .any(|w| {
                let w = w.strip_prefix("ال").unwrap_or(w);
                GRIEVANCES.iter().any(|g| w.starts_with(g))
            })
    }

    /// "تستهدف الخطة التوسع في المدن الصناعية", "حملة يستهدف إلزام
    /// المحال": the Arabic verb of targeting with a verbal noun for object
    /// means "aims to", and reports no attack. A verbal noun of an act the
    /// lexicon holds ("يستهدف اغتيال") is that act, governed as a plan.
    fn aims_to(&self, i: usize, kind: CueKind) -> bool {
        // Terrorizing or destroying is no peaceful aim: "الذي استهدف إرهاب
        // رجال الأمن" targeted them.
        const VIOLENT: &[&str] = &["ارهاب", "تدمير", "ترويع", "تخويف", "ايذاء", "تصفيه"];
        if self.lang != Lang::Ar || kind != CueKind::Verb {
            return false;
        }
        let u = &self.units[i];
        let Some(h) = u.hit.map(|h| &self.hits[h]) else {
            return false;
        };
        if !self.norm[h.norm.clone()].contains("ستهدف") {
            return false;
        }
        // The object stands right after the verb, or after its subject:
        // a mention or a definite noun ("تستهدف الخطة التوسع", "استهدفت
        // المقاومة طقما").
        let word_after = |at: usize| {
            let rest = &self.norm[at..];
            let start = at + (rest.len() - rest.trim_start().len());
            rest.split_whitespace().next().map(|w| (start, w))
        };
        let Some((mut at, mut word)) = word_after(u.span.end) else {
            return false;
        };
        // An aim is a verbal noun in construct: not an indefinite
        // accusative, a concrete thing ("استهدفت مقاتلات التحالف استعراضا
        // عسكريا"), nor a nisba of one ("التكفيرية"), nor a place
        // (محافظة looks like مفاعلة).
        let aim = |w: &str| {
            let bare = w.strip_prefix("ال").unwrap_or(w);
            let nisba = bare.chars().count() >= 6
                && (bare.ends_with("يه") || bare.ends_with("يين") || bare.ends_with("يون"));
            verbal_noun(w) && !w.ends_with('ا') && !nisba && !PLACE_NOUNS.contains(&bare)
        };
        let subject_end = match self.units.get(i + 1) {
            Some(n) if n.span.start == at && matches!(n.kind, UnitKind::Group(_)) => {
                Some(n.span.end)
            }
            // A definite noun right after the verb is its subject: an aim
            // there is in construct, without the article ("يستهدف تعزيز").
            _ if word.starts_with("ال") => Some(at + word.len()),
            _ => None,
        };
        if let Some(end) = subject_end {
            let Some(next) = word_after(end) else {
                return false;
            };
            (at, word) = next;
        }
        let bare = word.strip_prefix("ال").unwrap_or(word);
        aim(word) && !VIOLENT.contains(&bare) && !self.hits.iter().any(|x| x.word_start == at)
    }

    /// "كل من يقتل شعبه مصيره الزوال", "ممن يستهدفون رجال الأمن", "الرد
    /// بقوة على كل من يستهدف أمن تركيا": an Arabic verb in the imperfect
    /// right after من ("whoever", "those who") says what anyone who does it
    /// is, or what is done to them; it reports no act.
    fn whoever(&self, i: usize, kind: CueKind) -> bool {
        const WHO: &[&str] = &["من", "ممن", "لمن", "فمن", "ومن"];
        if self.lang != Lang::Ar || kind != CueKind::Verb {
            return false;
        }
        let Some(h) = self.units[i].hit.map(|h| &self.hits[h]) else {
            return false;
        };
        let imperfect = self.norm[h.word_span()]
            .trim_start_matches(['و', 'ف'])
            .starts_with(['ي', 'ت']);
        // (A quotation's brackets may open on it: "((ومن يقتل مؤمنا".)
        imperfect
            && self.norm[..h.word_start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    WHO.contains(&w.trim_start_matches(|c: char| !crate::text::is_word_char(c)))
                })
    }

    /// Whether the cue at unit `i` is a gathering or a rally held to greet,
    /// welcome, celebrate, watch or pray, said later in its sentence
    /// ("تجمعوا مساء أمس على الطريق المؤدية من المطار لتحية الرئيس",
    /// "احتشد العشرات للاحتفال بالقرنقعوه", "rallied to welcome the
    /// president"): a crowd, no protest.
    fn gathers_to_greet(&self, i: usize) -> bool {
        const GATHERINGS: &[&str] = &["احتشد", "تجمهر", "تجمع", "يتجمع", "يحتشد", "rall"];
        const AR_PURPOSES: &[&str] = &[
            "لتحيه",
            "للترحيب",
            "لاستقبال",
            "لتوديع",
            "للاحتفال",
            "احتفالا",
            "ابتهاجا",
            "للاحتفاء",
            "لمشاهده",
            "لمتابعه",
            "للصلاه",
            "لاداء",
            "للتسوق",
        ];
        const EN_PURPOSES: &[&str] = &[
            "to celebrate",
            "to welcome",
            "to greet",
            "to cheer",
            "to watch",
            "to pray",
            "in celebration",
        ];
        const REACH: usize = 15;
        let u = &self.units[i];
        let UnitKind::Cue(r, _) = u.kind else {
            return false;
        };
        let cue = &self.norm[u.span.clone()];
        if self.lex.relation(r).plover != "PROTEST"
            || !GATHERINGS.iter().any(|g| cue.starts_with(g))
        {
            return false;
        }
        let after = self.norm[u.span.end..self.range.end]
            .split(['.', '!', '?', '؟'])
            .next()
            .unwrap_or("");
        let words: Vec<&str> = after.split_whitespace().take(REACH).collect();
        match self.lang {
            Lang::Ar => words.iter().any(|w| {
                AR_PURPOSES.contains(
                    &w.trim_matches(|c: char| !crate::text::is_word_char(c))
                        .trim_start_matches('و'),
                )
            }),
            Lang::En => {
                let text = words.join(" ");
                EN_PURPOSES.iter().any(|p| text.contains(p))
            }
        }
    }

    /// Whether the Arabic cue at unit `i` is ضرب in the sense of giving an
    /// example: an example for its object, later in its clause past the
    /// subject of a verb-first clause ("وضرب الأمير عبد الله مثالا على
    /// ذلك", "ضرب أهالي جازان أروع الأمثلة").
    fn gives_an_example(&self, i: usize) -> bool {
        const EXAMPLES: &[&str] = &[
            "مثلا",
            "مثالا",
            "المثل",
            "المثال",
            "امثله",
            "الامثله",
            "نموذجا",
            "النموذج",
        ];
        const REACH: usize = 8;
        let u = &self.units[i];
        if self.lang != Lang::Ar {
            return false;
        }
        let Some(hit) = u.hit.map(|h| &self.hits[h]) else {
            return false;
        };
        let word = &self.norm[hit.norm.clone()];
        if !["ضرب", "يضرب", "تضرب", "ضربت", "ضربوا"].contains(&word) {
            return false;
        }
        self.norm[u.span.end..self.range.end]
            .split(['.', '،', ',', ':', '؛'])
            .next()
            .unwrap_or("")
            .split_whitespace()
            .take(REACH)
            .any(|w| EXAMPLES.contains(&w))
    }

    /// The group that the people an Arabic cue at unit `i` acts on are said
    /// to belong to: a plural word of belonging (انتمائهم، ينتمون، المنتمين)
    /// within eight words after the cue, and a group within three words
    /// after that ("17 شخصا يشتبه في انتمائهم لتنظيم داعش", "عناصر ينتمون
    /// إلى حزب العمال").
    fn members_of(&self, i: usize) -> Option<usize> {
        // Plural: a suspect's own belonging ("انتحاري يشتبه بانتمائه")
        // is the agent's.
        const BELONGING: &[&str] = &["انتمايهم", "ينتمون", "المنتمين", "منتمين"];
        let from = self.units[i].span.end;
        let rest = &self.norm[from..self.range.end];
        let at = rest
            .split_whitespace()
            .take(8)
            .find(|w| {
                let w = w.trim_start_matches(['و', 'ب', 'ل']);
                BELONGING.iter().any(|b| w.starts_with(b))
            })
            .map(|w| from + (w.as_ptr() as usize - rest.as_ptr() as usize) + w.len())?;
        self.units[i + 1..].iter().find_map(|u| match u.kind {
            UnitKind::Group(g)
                if u.span.start >= at && words_between(self.norm, at, u.span.start) <= 3 =>
            {
                Some(g)
            }
            _ => None,
        })
    }

    /// Whether the Arabic noun cue at unit `i` names a crime or an incident
    /// in construct ("رد المواطنين على جريمة التفجير", "أدان حادثة
    /// الاغتيال"): the mention before it is no agent of the act, unless
    /// a verb of committing governs the crime ("ارتكب التنظيم جريمة
    /// قتل").
    fn named_crime(&self, i: usize) -> bool {
        const CRIMES: &[&str] = &["جريمه", "جرايم", "حادثه", "حادث", "واقعه"];
        const COMMITTING: &[&str] = &[
            "ارتكب",
            "ارتكبت",
            "ارتكبوا",
            "اقترف",
            "اقترفت",
            "نفذ",
            "نفذت",
        ];
        if self.lang != Lang::Ar || !matches!(self.units[i].kind, UnitKind::Cue(_, CueKind::Noun)) {
            return false;
        }
        // A conjunction on the cue joins it to the crime, it is no genitive
        // ("التحقيق بالجريمة والقبض على الجاني").
        let Some(hit) = self.units[i]
            .hit
            .map(|h| &self.hits[h])
            .filter(|h| !h.prefix.starts_with(['و', 'ف']))
        else {
            return false;
        };
        let mut before = self.norm[self.range.start..hit.word_start]
            .split_whitespace()
            .rev();
        before
            .next()
            .map(|w| w.trim_start_matches(['و', 'ف', 'ب', 'ل']))
            .is_some_and(|w| CRIMES.contains(&w.strip_prefix("ال").unwrap_or(w)))
            && !before
                .take(2)
                .any(|w| COMMITTING.contains(&w.trim_start_matches(['و', 'ف'])))
    }

    /// Whether the cue at unit `i` stands after a quotation of scripture
    /// or of the prophet's sayings in its sentence ("قال الله
    /// تعالى: ومن يقتل مؤمنا متعمدا", "قال صلى الله عليه وسلم: لزوال
    /// الدنيا أهون من قتل رجل مسلم"): a rule or a story, not news.
    fn scripture(&self, i: usize) -> bool {
        // Arabic prose sets a verse in double brackets: "((ومن يقتل مؤمنا
        // متعمدا فجزاؤه جهنم))".
        let start = self.units[i].span.start;
        let verse = self.brackets
            && self.norm[self.range.start.min(start)..start]
                .rsplit_once("((")
                .is_some_and(|(_, inside)| !inside.contains("))"))
            && self.norm[start..self.range.end.max(start)].contains("))");
        verse
            || self.units[..i]
                .iter()
                .any(|u| u.kind == UnitKind::Marker(Marker::Scripture))
    }

    /// The mention after "from" (من) right after a noun of giving, asking,
    /// pressing or blaming, which names who gives or asks: "trade pressures
    /// from Washington", "a loan from Egypt", "criticism from France",
    /// "يحصل حزب الله على دعم من إيران", "تلقى اتصالا هاتفيا من وزير
    /// الداخلية". (After a withdrawal, an attack, a deployment, a
    /// detention or a release it names a place or a group of the victims.)
    fn source_after_from(
        &self,
        i: usize,
        kind: CueKind,
        rel: &crate::lexicon::Relation,
        right: &[(usize, usize)],
    ) -> Option<(usize, usize)> {
        // What one comes under is done by whoever it is from, whatever the
        // noun: "came under fire from gunmen", "under growing criticism
        // from the United States", "under attack from rebels".
        let under = self.lang == Lang::En
            && self.norm[..self.units[i].span.start]
                .split_whitespace()
                .rev()
                .take(2)
                .any(|w| w == "under");
        // A call is from its caller: "تلقى اتصالا هاتفيا من الملك", "a
        // phone call from Reagan".
        let call = rel.label == "calls";
        // "في قصف من طيران حربي على بلدة سراقب", "هجوم من مسلحين": an
        // Arabic attack is from the armed side named right after من; a
        // place or a state there is where it came from, and the dead are
        // "from" the side they belonged to ("قتلى من الجيش").
        // So is fire one comes under, the day at most between ("تعرضت
        // القوات للنيران يوم الجمعة من متشددين").
        let armed_from = self.lang == Lang::Ar
            && matches!(kind, CueKind::Noun | CueKind::Passive)
            && rel.label == "attacks"
            && right.first().is_some_and(|&(k, g)| {
                let gap: Vec<&str> = self.norm[self.units[i].span.end..self.units[k].span.start]
                    .split_whitespace()
                    .collect();
                gap.split_last().is_some_and(|(&last, day)| {
                    last == "من"
                        && day.iter().all(|w| {
                            DAY_WORDS.contains(w) || *w == "يوم" || calendar_word(Lang::Ar, w)
                        })
                }) && self
                    .event_parties(g)
                    .iter()
                    .all(|p| p.role.is_some() && self.armed_or_group(p))
            });
        if armed_from {
            return right.first().copied();
        }
        if kind != CueKind::Noun
            || (!under
                && !call
                && matches!(
                    rel.plover.as_str(),
                    "RETREAT" | "ASSAULT" | "MOBILIZE" | "CONSULT" | "INVESTIGATE"
                ))
            || (self.lang == Lang::Ar
                && matches!(rel.plover.as_str(), "COERCE" | "SANCTION" | "CONCEDE"))
        {
            return None;
        }
        let &(k, g) = right.first()?;
        let gap = self
            .norm
            .get(self.units[i].span.end..self.units[k].span.start)?;
        let words: Vec<&str> = gap.split_whitespace().collect();
        let from = match self.lang {
            // "from both the United States and Europe"; an amount may
            // stand between ("loans totalling 390 mln dlrs from Japan").
            Lang::En => match words.iter().position(|&w| w == "from") {
                Some(at) => {
                    matches!(&words[at + 1..], [] | ["both" | "the"] | ["both", "the"])
                        && words[..at].iter().all(|w| {
                            w.starts_with(|c: char| c.is_ascii_digit())
                                || matches!(
                                    *w,
                                    "totalling"
                                        | "totaling"
                                        | "worth"
                                        | "of"
                                        | "about"
                                        | "some"
                                        | "nearly"
                                        | "around"
                                        | "mln"
                                        | "million"
                                        | "billion"
                                        | "dlrs"
                                        | "dollars"
                                        | "yen"
                                        | "marks"
                                        | "pounds"
                                        | "francs"
                                )
                        })
                }
                None => false,
            },
            // An adjective may stand between ("دعما كبيرا من"), or the
            // day ("اتصالا هاتفيا أمس الأول من"); honorifics may stand
            // before the name ("من صاحب السمو الملكي الأمير", "من جلالة
            // الملك").
            Lang::Ar => match words.iter().position(|&w| w == "من") {
                Some(at) => {
                    (at <= 1 || words[..at].iter().all(|w| DAY_WORDS.contains(w)))
                        && words[at + 1..].iter().all(|w| HONORIFICS.contains(w))
                }
                None => false,
            },
        };
        from.then_some((k, g))
    }

    /// Whether group `g` stands right before the Arabic verb cue at unit
    /// `i`, a relative pronoun or a short phrase of place at most between
    /// and no other cue: the verb then describes it.
    fn describes_left(&self, i: usize, g: usize) -> bool {
        let Some(k) = self.unit_of(g).filter(|&k| k < i) else {
            return false;
        };
        let gap = self
            .norm
            .get(self.units[k].span.end..self.units[i].span.start)
            .unwrap_or("");
        let words: Vec<&str> = gap.split_whitespace().collect();
        !self.units[k + 1..i]
            .iter()
            .any(|u| matches!(u.kind, UnitKind::Cue(..)))
            && match words.as_slice() {
                [] => true,
                [w] => RELATIVE_PRONOUNS.contains(w),
                // A phrase of place or field may close the noun's phrase
                // ("السودانيين العاملين في مجال التعدين تحتجزهم").
                [first, rest @ ..] => matches!(*first, "في" | "من") && rest.len() <= 2,
            }
    }

    /// Whether group `g` owns a thing that stands between it and the cue
    /// at unit `i`, whose subject the thing is: "Tokyo's latest package
    /// allows", "Japan's economic policies face fierce attack", "Brazil's
    /// labour unrest". An English possessive before a word of `THINGS`
    /// makes the name a modifier. (The owner of a decision or a move is its
    /// agent, "Reagan's decision to impose tariffs", and a named person or
    /// firm is the country's, "Spain's Minas de Almaden has agreed".) In
    /// Arabic the thing is a building or a site the group owns
    /// ([`Sentence::owns_building`]).
    fn possessor_of_thing(&self, g: usize, i: usize) -> bool {
        if self.lang == Lang::Ar {
            return self.owns_building(g);
        }
        // A noun with its agent after it has the owner for its object:
        // "West Germany's surplus, the target of criticism by the Reagan
        // administration".
        if self.marker_after(i, Marker::Agent).is_some() {
            return false;
        }
        let Some(k) = self.unit_of(g).filter(|&k| k < i) else {
            return false;
        };
        let Some(gap) = self
            .norm
            .get(self.units[k].span.end..self.units[i].span.start)
        else {
            return false;
        };
        gap.strip_prefix("'s ")
            .or_else(|| gap.strip_prefix("' "))
            .is_some_and(|rest| {
                rest.split(|c: char| !c.is_alphanumeric() && c != '-')
                    .any(|w| THINGS.contains(&w))
            })
    }

    /// Whether the Arabic group `g` owns the building or the site named
    /// right before it, in construct or after "belonging to" ("تفجير مسجد
    /// قوات الطوارئ", "غاراتها على المقار العسكرية الخاصة بالمسلحين
    /// الحوثيين"): the owner of what is hit is hit, never the agent.
    fn owns_building(&self, g: usize) -> bool {
        // Not a centre, an office, an embassy or a school: they name
        // institutions that act ("مركز الملك سلمان للإغاثة", "مكتب رئيس
        // الحكومة"); nor a site, also a website; nor a checkpoint or a
        // patrol, whose men act ("أوقفهم حاجز لجبهة النصرة وخطفهم").
        const BUILDINGS: &[&str] = &[
            "مسجد",
            "مقر",
            "مقار",
            "مقرات",
            "مبني",
            "منزل",
            "منازل",
            "معسكر",
            "معسكرات",
            "ثكنه",
            "ثكنات",
            "قاعده",
            "قواعد",
            "مخزن",
            "مخازن",
            "مستودع",
            "مستودعات",
            "مواقع",
        ];
        // "الخاصة بالمسلحين": belonging to; not التابعة, which is also
        // "affiliated to" ("جبهة النصرة التابعة لتنظيم القاعدة").
        const BELONGING: &[&str] = &["الخاصه", "الخاص"];
        let Some(&m) = self.groups[g].first() else {
            return false;
        };
        let mention = &self.mentions[m];
        let Some(w) = self.norm[..mention.span.start]
            .split_whitespace()
            .next_back()
        else {
            return false;
        };
        let w = w.strip_prefix('و').unwrap_or(w);
        let bare = w.strip_prefix("ال").unwrap_or(w);
        BUILDINGS.contains(&bare) || (BELONGING.contains(&w) && !mention.prefix.is_empty())
    }

    /// Whether the Arabic noun cue at unit `i` is a purpose: a verbal noun
    /// after the ل of purpose, which closes a clause ("تعمل السلطات على
    /// استكمال التحقيقات، للقبض على المخططين", "أعدت تقريرا لملاحقة
    /// المتورطين", "سافر للقتال في سوريا"). It says what the clause is
    /// for, not what was done. After a verb or a noun of its own event, or
    /// one that takes ل for object ("تعرض لهجوم", "التصدي للهجوم",
    /// "إدانتها للتفجير"), ل marks the object.
    fn purpose(&self, i: usize, kind: CueKind) -> bool {
        /// Words that take their object with ل (normalized, without a
        /// pronoun; verbal nouns and the verbs of repelling are tested
        /// apart).
        const TAKE_LAM: &[&str] = &[
            "التصدي",
            "ادانتها",
            "ادانته",
            "رفض",
            "رفضها",
            "رفضه",
            "ضحيه",
            "ضحايا",
            "نتيجه",
            "اثر",
            "وفقا",
            "تبعا",
            "ذكري",
        ];
        /// How far before the noun a verb of undergoing or repelling may
        /// stand ("تعرضت قافلته الدبلوماسية لهجوم", "تصدت المقاومة والجيش
        /// لهجوم الحوثيين").
        const UNDERGO_REACH: usize = 8;
        let u = &self.units[i];
        let UnitKind::Cue(relation, _) = u.kind else {
            return false;
        };
        // One goes out, gathers or marches to protest, and so protests
        // ("خرج متظاهرون للاحتجاج على"); a death is no purpose ("استنكارا
        // لمقتل الطفل").
        if self.lang != Lang::Ar
            || kind != CueKind::Noun
            || self.lex.relation(relation).plover == "PROTEST"
        {
            return false;
        }
        let Some(hit) = u.hit.map(|h| &self.hits[h]) else {
            return false;
        };
        if matches!(&self.norm[hit.norm.clone()], "مقتل" | "مصرع" | "قتلي") {
            return false;
        }
        let clitics = hit.prefix.trim_start_matches(['و', 'ف']);
        if !matches!(clitics, "ل" | "لل") {
            return false;
        }
        let undergoes = self.norm[..hit.word_start]
            .split_whitespace()
            .rev()
            .take(UNDERGO_REACH)
            .any(|w| {
                let w = w.strip_prefix('و').unwrap_or(w);
                ["تعرض", "يتعرض", "تتعرض"].iter().any(|v| w.starts_with(v))
                    || ["تصدي", "تصدت", "تصدوا", "يتصدي", "تتصدي"].contains(&w)
            });
        if undergoes {
            return false;
        }
        let Some(before) = self.norm[..hit.word_start].split_whitespace().next_back() else {
            return false;
        };
        // A cue right before governs it (`governed` has its own reach).
        let after_cue = i > 0
            && matches!(self.units[i - 1].kind, UnitKind::Cue(..))
            && words_between(self.norm, self.units[i - 1].span.end, hit.word_start) == 0;
        let word = before.trim_matches(|c: char| !c.is_alphabetic());
        let word = word
            .strip_prefix('و')
            .filter(|w| w.chars().count() > 2)
            .unwrap_or(word);
        if after_cue || TAKE_LAM.contains(&word) || verbal_noun(word) {
            return false;
        }
        // A verbal noun of purpose governs its object: a preposition
        // ("للقبض على", "للإفراج عن") or, in construct without the
        // article, a definite genitive ("لقتال المليشيات", "لمنع المضي"),
        // a name too ("لقتال داعش", "لضرب «داعش»").
        // A noun of a thing after ل is its genitive, and an adjective
        // follows it ("صورا للمجازر الإسرائيلية", "لاعتداءات متفرقة").
        let cue_text = &self.norm[u.span.clone()];
        let next = self.norm[u.span.end..]
            .split(|c: char| !crate::text::is_word_char(c))
            .find(|w| !w.is_empty());
        let name =
            |m: usize| self.mentions[m].actor.is_some() && self.mentions[m].role_word.is_none();
        let named = clitics == "ل"
            && self.units.get(i + 1).is_some_and(|n| {
                matches!(n.kind, UnitKind::Group(g) if self.groups[g].iter().any(|&m| name(m)))
                    && words_between(self.norm, u.span.end, n.span.start) == 0
            });
        ends_in_preposition(cue_text)
            || named
            || next.is_some_and(|w| {
                OBJECT_PREPOSITIONS.contains(&w) || (clitics == "ل" && w.starts_with("ال"))
            })
    }

    /// Whether the English verb cue at unit `i` is an infinitive after
    /// "to" and a word of deciding, being due, wanting or seeking
    /// (`IRREALIS_BEFORE_TO`): a plan, not an act done.
    fn infinitive(&self, i: usize, kind: CueKind) -> bool {
        if self.lang != Lang::En || kind != CueKind::Verb {
            return false;
        }
        let mut before = self.norm[..self.units[i].span.start]
            .split_whitespace()
            .rev();
        // A word of time may stand between ("voted Sunday to go on
        // strike", "planned next week to meet").
        before.next() == Some("to")
            && before
                .find(|w| !calendar_word(Lang::En, w) && *w != "on" && *w != "last")
                .is_some_and(|w| IRREALIS_BEFORE_TO.contains(&w))
    }

    /// Whether the English cue at unit `i` is followed, in its clause, by
    /// "for" and a reason ("for failing", "for his record") or by "about"
    /// and a topic ("about how"):
    /// people are attacked, or clashed with, for what they did or said.
    /// Not a time ("attacked the town for the third day").
    fn attacked_for(&self, i: usize) -> bool {
        if self.lang != Lang::En {
            return false;
        }
        let cue = &self.units[i].span;
        let end = self.part_around(cue.start).end.max(cue.end);
        let mut words = self.norm[cue.end..end]
            .split_whitespace()
            .take(8)
            .peekable();
        while let Some(w) = words.next() {
            match w {
                // Not a number: "attacked a platform about 120 miles east".
                "about" => {
                    return words.peek().is_some_and(|n| {
                        matches!(
                            *n,
                            "how"
                                | "what"
                                | "whether"
                                | "why"
                                | "the"
                                | "his"
                                | "her"
                                | "its"
                                | "their"
                                | "this"
                                | "that"
                        )
                    })
                }
                "for" => {
                    return words.peek().is_some_and(|n| {
                        matches!(*n, "his" | "her" | "its" | "their")
                            || n.len() > 5 && n.ends_with("ing")
                    })
                }
                _ if w.ends_with([',', ';', ':', '.']) => return false,
                _ => {}
            }
        }
        false
    }

    /// Whether the Arabic cue at `hit` is the light verb شن with the noun
    /// هجوم a few words after it ("وشن وزير الخارجية هجوما على").
    fn launches_an_attack(&self, hit: &crate::lexicon::Hit) -> bool {
        let word = &self.norm[hit.norm.clone()];
        matches!(
            word.split(' ').next(),
            Some("شن" | "شنت" | "يشن" | "تشن" | "شنوا")
        ) && self.norm[hit.word_span().end..]
            .split_whitespace()
            .take(5)
            .any(|w| w.trim_start_matches(['و', 'ب', 'ل']).starts_with("هجوم"))
    }

    /// Whether the Arabic attack cue at unit `i` is followed, in its part,
    /// by a word of the medium of speech or of criticism: tweets, an
    /// article, a speech, "انتقادات", "لاذعة", "حاد".
    fn attacked_in_words(&self, i: usize) -> bool {
        const WORDS: &[&str] = &[
            "انتقاد",
            "انتقادات",
            "لاذع",
            "لاذعا",
            "لاذعه",
            "حادا",
            "حاده",
            "تغريده",
            "تغريدات",
            "تغريداته",
            "تويتر",
            "فيسبوك",
            "مقال",
            "مقاله",
            "خطاب",
            "خطابه",
            "كلمته",
            "تصريحات",
            "تصريحاته",
        ];
        let cue = &self.units[i].span;
        let end = self.part_around(cue.start).end.max(cue.end);
        self.norm[cue.end..end]
            .split(|c: char| !crate::text::is_word_char(c))
            .filter(|w| !w.is_empty())
            .take(12)
            .any(|w| {
                let known = |w: &str| WORDS.contains(&w.strip_prefix("ال").unwrap_or(w));
                known(w)
                    || w.strip_prefix(['و', 'ف', 'ب', 'ل'])
                        .is_some_and(|w| known(w) || w.strip_prefix(['ب', 'ل']).is_some_and(known))
            })
    }

    /// Whether the assault or coercion cue at unit `i` counts a running
    /// total since a year or a beginning long past ("قتلت جماعة بوكو حرام
    /// حوالي عشرة آلاف شخص منذ عام 2009", "أسفر عن مقتل 40 ألف شخص منذ
    /// 1984", "ومنذ تولي بخاري الحكم … قتل أكثر من 800 شخص"): a tally of
    /// many acts, no event of the day. Not the worst or the first act
    /// since then ("أعنف هجوم منذ 2014", "the deadliest attack since
    /// 2009"), which is one.
    fn running_total(&self, i: usize) -> bool {
        const SINCE: &[&str] = &["منذ", "ومنذ", "since"];
        const STARTS: &[&str] = &[
            "اندلاع",
            "بدء",
            "بدايه",
            "تولي",
            "تاسيس",
            "مطلع",
            "انطلاق",
            "outbreak",
            "start",
            "beginning",
        ];
        const RECORDS: &[&str] = &[
            "اعنف",
            "الاعنف",
            "اكبر",
            "الاكبر",
            "اول",
            "الاول",
            "اسوا",
            "الاسوا",
            "اخطر",
            "الاخطر",
            "دمويه",
            "deadliest",
            "worst",
            "biggest",
            "largest",
            "first",
            "bloodiest",
            "heaviest",
            "most",
        ];
        const MANY: &[&str] = &[
            "الاف",
            "الف",
            "ميات",
            "عشرات",
            "thousands",
            "hundreds",
            "dozens",
        ];
        let UnitKind::Cue(r, _) = self.units[i].kind else {
            return false;
        };
        if !matches!(self.lex.relation(r).plover.as_str(), "ASSAULT" | "COERCE") {
            return false;
        }
        let part = self.part_around(self.units[i].span.start);
        if !self.norm[part.clone()].contains("منذ") && !self.norm[part.clone()].contains("since")
        {
            return false;
        }
        let part_end = part.end;
        let words: Vec<&str> = self.norm[part]
            .split(|c: char| !crate::text::is_word_char(c))
            .filter(|w| !w.is_empty())
            .collect();
        let year = |w: &str| {
            w.len() == 4
                && w.bytes().all(|b| b.is_ascii_digit())
                && w.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y))
        };
        let Some(k) = words.iter().position(|w| SINCE.contains(w)) else {
            return false;
        };
        let long_ago = words[k + 1..]
            .iter()
            .take(4)
            .any(|w| year(w) || STARTS.contains(&w.strip_prefix("ال").unwrap_or(w)));
        let record = words[k.saturating_sub(3)..k]
            .iter()
            .any(|w| RECORDS.contains(w));
        // The count stands by the cue, its subject at most between: "قتل
        // أكثر من 6500 شخص", "11000 اعتداء", "قتلت جماعة بوكو حرام حوالي
        // عشرة آلاف".
        let cue = &self.units[i].span;
        let before: Vec<&str> = self.norm[self.range.start.min(cue.start)..cue.start]
            .split(|c: char| !crate::text::is_word_char(c))
            .filter(|w| !w.is_empty())
            .collect();
        // In text order, four words before the cue and six after it.
        let near: Vec<&str> = before[before.len().saturating_sub(4)..]
            .iter()
            .copied()
            .chain(
                self.norm[cue.end..part_end.max(cue.end)]
                    .split(|c: char| !crate::text::is_word_char(c))
                    .filter(|w| !w.is_empty())
                    .take(6),
            )
            .collect();
        // Not a model's number ("طائرات من طراز إف 16").
        let counted = near.iter().enumerate().any(|(n, w)| {
            !year(w)
                && w.bytes().all(|b| b.is_ascii_digit() || b == b',')
                && !(n > 0 && matches!(near[n - 1], "اف" | "طراز" | "f"))
                || MANY.contains(w)
                || w.strip_prefix("ال").is_some_and(|w| MANY.contains(&w))
        });
        long_ago && counted && !record
    }

    /// Whether the noun cue at unit `i` is the subject of a verb of taking
    /// place in the future after it, in its clause: "talks between Iran
    /// and Iraq are expected to resume", "معركة شاملة ضد تنظيم داعش
    /// ستنطلق قريبا". A noun has no tense of its own; its predicate's is
    /// its event's. Only verbs of taking place or starting: what an act
    /// done will cause is said with others ("the attack will not go
    /// unpunished"). An act the predicate says is weighed or being
    /// prepared is to come too ("a visit to Moscow by Shultz was under
    /// consideration").
    /// Whether the Arabic noun cue at unit `i` has an adjective of the
    /// future after it, one word at most between: "القمة المرتقبة بين مصر
    /// والأردن", "المعركة القادمة", "الانتخابات الرئاسية المقبلة" are to
    /// come. (English puts it before: "the upcoming summit".)
    fn future_adjective(&self, i: usize, kind: CueKind) -> bool {
        const FUTURE: &[&str] = &[
            "المقبل",
            "المقبله",
            "القادم",
            "القادمه",
            "المرتقب",
            "المرتقبه",
            "المقرر",
            "المقرره",
            "المزمع",
            "المزمعه",
            "مرتقب",
            "مرتقبه",
        ];
        if self.lang != Lang::Ar || kind != CueKind::Noun {
            return false;
        }
        let end = self.units[i].span.end;
        // The words first: such adjectives are rare.
        let near = self.norm[end..]
            .split_whitespace()
            .take(2)
            .any(|w| FUTURE.contains(&w.trim_start_matches('و')));
        near && self.units[i + 1..]
            .iter()
            .take_while(|u| {
                !matches!(u.kind, UnitKind::Cue(..))
                    && words_between(self.norm, end, u.span.start) <= 1
            })
            .any(|u| {
                u.kind == UnitKind::Marker(Marker::Planned)
                    && FUTURE.contains(&self.norm[u.span.clone()].trim_start_matches('و'))
            })
    }

    fn future_predicate(&self, i: usize, kind: CueKind) -> bool {
        // The stems after س and the prefix of the present. Not سيتم:
        // "سيتم نشر عشرة آلاف شرطي" is a passive whose subject follows it.
        const HAPPEN_AR: &[&str] = &[
            "نطلق",
            "بدا",
            "عقد",
            "نعقد",
            "جري",
            "ستانف",
            "قام",
            "لتيم",
            "نفذ",
        ];
        const HAPPEN_EN: &[&str] = &[
            "take",
            "start",
            "begin",
            "resume",
            "open",
            "convene",
            "reconvene",
            "commence",
            "go",
            "get",
        ];
        const HELD: &[&str] = &[
            "held", "staged", "launched", "resumed", "convened", "hosted", "opened",
        ];
        if kind != CueKind::Noun {
            return false;
        }
        let cue = &self.units[i].span;
        let end = self
            .next_cue(i)
            .map_or(self.part_around(cue.start).end, |j| {
                self.units[j].span.start
            });
        let mut words = self.norm[cue.end..end.max(cue.end)]
            .split_whitespace()
            .take(14);
        match self.lang {
            Lang::Ar => {
                // A verb with a conjunction on it starts another clause,
                // with a subject of its own ("هجوم على القاعدة وسيعقد مجلس
                // الأمن جلسة"): only a bare س begins one.
                let future = |w: &str| {
                    w.strip_prefix('س').is_some_and(|rest| {
                        rest.strip_prefix(['ي', 'ت', 'ن'])
                            .is_some_and(|stem| HAPPEN_AR.contains(&stem))
                    })
                };
                let mut prev = "";
                for w in words {
                    if matches!(w, "الذي" | "التي" | "الذين") {
                        return false;
                    }
                    if future(w) || prev == "سوف" && future(&format!("س{w}")) {
                        return true;
                    }
                    if w.ends_with(['،', ',', '.', ':', '؛']) {
                        return false;
                    }
                    prev = w;
                }
                false
            }
            Lang::En => {
                let mut prev = "";
                while let Some(w) = words.next() {
                    if matches!(w, "which" | "who" | "that") || prev.ends_with([',', ';', ':']) {
                        return false;
                    }
                    // "a visit to Moscow by Shultz was under consideration",
                    // "talks are being arranged": an act weighed or
                    // prepared is to come.
                    if matches!(prev, "is" | "are" | "was" | "were") {
                        let next = words.clone().next().map(|n| n.trim_end_matches([',', '.']));
                        let weighed = match w {
                            "under" => next == Some("consideration"),
                            "being" => next.is_some_and(|n| {
                                matches!(n, "considered" | "planned" | "prepared" | "arranged")
                            }),
                            _ => matches!(w.trim_end_matches([',', '.']), "planned" | "proposed"),
                        };
                        if weighed {
                            return true;
                        }
                    }
                    let auxiliary = matches!(w, "will" | "would" | "shall")
                        || w == "to"
                            && matches!(
                                prev,
                                "expected"
                                    | "due"
                                    | "scheduled"
                                    | "set"
                                    | "slated"
                                    | "likely"
                                    | "is"
                                    | "are"
                            );
                    if auxiliary {
                        let mut next = words.by_ref().skip_while(|w| {
                            matches!(*w, "now" | "also" | "probably" | "likely" | "soon" | "then")
                        });
                        return match next.next().map(|w| w.trim_end_matches([',', '.'])) {
                            Some("be") => next
                                .next()
                                .is_some_and(|w| HELD.contains(&w.trim_end_matches([',', '.']))),
                            Some(w) => HAPPEN_EN.contains(&w),
                            None => false,
                        };
                    }
                    prev = w;
                }
                false
            }
        }
    }

    /// Whether the English verb cue at unit `i` is in the present in a
    /// clause of time ("before workers go on strike", "when Abe visits
    /// Washington", "until Iraq withdraws"): news tells what was done in
    /// the past, and there the present is what is to come.
    fn present_in_time_clause(&self, i: usize, kind: CueKind) -> bool {
        const OPENERS: &[&str] = &["before", "until", "till", "once", "when", "whenever"];
        if self.lang != Lang::En || kind != CueKind::Verb {
            return false;
        }
        let cue = &self.norm[self.units[i].span.clone()];
        let first = cue.split(' ').next().unwrap_or(cue);
        if first.ends_with("ing") || english_past(first) {
            return false;
        }
        let before: Vec<&str> = self.norm[..self.units[i].span.start]
            .split_whitespace()
            .rev()
            .take(8)
            .collect();
        // "failed to reach agreement": an infinitive's mood is its
        // governor's.
        if before.first() == Some(&"to") {
            return false;
        }
        for (k, w) in before.iter().enumerate() {
            if w.ends_with([',', ';', ':']) {
                return false;
            }
            if OPENERS.contains(w) {
                // "until next March", "before April 19": a preposition of
                // time, not a clause.
                let next = k.checked_sub(1).map(|j| before[j]);
                return !next.is_some_and(|n| {
                    calendar_word(Lang::En, n) || n.starts_with(|c: char| c.is_ascii_digit())
                });
            }
        }
        false
    }

    /// Whether English group `g` observes the act the noun cue at unit `i`
    /// names, through a verb of watching, reporting or remembering between
    /// them ("the world media highlighted the killing of", "NATO forces are
    /// monitoring the deployment of Soviet submarines", "marked the
    /// anniversary of the invasion"): the subject of such a verb does not
    /// do the act.
    fn observes(&self, g: usize, i: usize, kind: CueKind) -> bool {
        const OBSERVING: &[&str] = &[
            "highlight",
            "monitor",
            "watch",
            "report",
            "cover",
            "discuss",
            "mention",
            "recall",
            "mark",
            "commemorat",
            "witness",
            "surviv",
            "fear",
            "predict",
            "describ",
            "document",
            "film",
            "stud",
            "analy",
            "ignor",
            "follow",
            "note",
            "noting",
            "cite",
            "citing",
            "remember",
            "memoriali",
            "investigat",
            "review",
            "examin",
            "observ",
        ];
        // A mutual act discussed is one its discussants share ("KLM is
        // discussing marketing cooperation with Air Atlanta").
        let mutual = match self.units[i].kind {
            UnitKind::Cue(r, _) => self.lex.relation(r).symmetric,
            _ => false,
        };
        if self.lang != Lang::En || kind != CueKind::Noun || mutual {
            return false;
        }
        let Some(k) = self.unit_of(g).filter(|&k| k < i) else {
            return false;
        };
        self.norm[self.units[k].span.end..self.units[i].span.start]
            .split_whitespace()
            .take(5)
            .any(|w| w != "reportedly" && OBSERVING.iter().any(|o| w.starts_with(o)))
    }

    /// Whether group `g` is the target of an event already made.
    fn suffered_earlier(&self, out: &[Event], g: usize) -> bool {
        let start = self.mentions[self.groups[g][0]].span.start;
        out.iter()
            .filter_map(|e| e.target.as_ref())
            .any(|t| t.core.start <= start && start < t.core.end.max(t.core.start + 1))
    }

    /// Whether the Arabic cue at unit `i` follows a word of cause ("استقبلت
    /// الطوارئ 40 مصابا جراء التفجير"): the mention before it suffered the
    /// act or received its victims, and is never its agent.
    fn after_cause(&self, i: usize) -> bool {
        let start = self.units[i]
            .hit
            .map_or(self.units[i].span.start, |h| self.hits[h].word_start);
        self.lang == Lang::Ar
            && self.norm[..start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| CAUSES.contains(&w.strip_prefix('و').unwrap_or(w)))
    }

    /// Whether the cue at unit `i` is a verb in a past form: English "-ed"
    /// or an irregular past, an Arabic verb without the prefix of the
    /// imperfect (ي ن) or the future's س. (An Arabic ت opens both tenses,
    /// "تظاهر" and "تلتقي": it tells nothing. The imperfect's أ is rare in
    /// news and the past's ا common: "اعتقل", "استهدف".)
    fn past_verb(&self, i: usize) -> bool {
        let UnitKind::Cue(_, CueKind::Verb) = self.units[i].kind else {
            return false;
        };
        let cue = &self.norm[self.units[i].span.clone()];
        let first = cue.split(' ').next().unwrap_or(cue);
        match self.lang {
            Lang::En => english_past(first),
            // "ويزور": the conjunction stands before the prefix of the
            // present (not before a root's و: "وصل", "وسع").
            Lang::Ar => {
                let rest = first.strip_prefix('و').filter(|r| r.chars().count() >= 3);
                !rest.unwrap_or(first).starts_with(['ي', 'ن', 'ت', 'س'])
            }
        }
    }

    /// Whether the Arabic verb منع at unit `i` prevents an act, named by a
    /// verbal noun right after it ("لمنع تحويل الأموال", "منع تمدد الذراع
    /// الأميركي", "منع محاولات الاعتداء"): "to prevent", said of a policy
    /// or a purpose, no coercion of anyone. Barring someone names them
    /// ("منعها من الوصول", "منع أي مفتشين من دخول").
    fn prevents_an_act(&self, i: usize) -> bool {
        const PREVENT: &[&str] = &[
            "منع",
            "منعت",
            "منعوا",
            "منعا",
            "يمنع",
            "تمنع",
            "يمنعون",
            "يمنعوا",
            "يمنعان",
        ];
        let Some(hit) = self.units[i].hit.map(|h| &self.hits[h]) else {
            return false;
        };
        // A side right after the verb is whom it bars, though its name
        // may have the shape of a verbal noun (إيران، المعارضة، تنظيم).
        self.lang == Lang::Ar
            && hit.suffix.is_none()
            && PREVENT.contains(&&self.norm[hit.norm.clone()])
            && self.group_right_after(i).is_none()
            && self
                .norm
                .get(hit.word_span().end..)
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(verbal_noun)
    }

    /// Whether the English cue "allow" or "permit" at unit `i` lets no party do
    /// anything (and releasing or shutting down acts on no one): what is
    /// allowed right after it is a thing or a market
    /// ("allowed its output to sink", "allow the economy to grow", "allowing
    /// commercial paper"), not a side within a few words ("allowed five
    /// fugitive Libyan soldiers", "will not allow Iran to use"). Letting a
    /// thing be is a policy or an effect, no concession to anyone.
    fn allows_no_one(&self, i: usize) -> bool {
        // Besides determiners and counts ("up to 13,000 Turkish Kurd
        // refugees"), words of the side's phrase before its mention.
        const REACH: usize = 2;
        const COUNTING: &[&str] = &[
            "the", "a", "an", "its", "their", "his", "her", "up", "to", "about", "some", "around",
            "nearly", "over", "more", "than", "as", "many", "all", "several",
        ];
        // So does releasing (a report, a film, tonnes of tin) or shutting
        // down (a plant, a refinery) with no side after it.
        const THING_VERBS: &[&str] = &[
            "release",
            "releases",
            "released",
            "releasing",
            "shut down",
            "shuts down",
            "shutting down",
            "closed down",
        ];
        let cue = &self.norm[self.units[i].span.clone()];
        if self.lang != Lang::En
            || !((cue.starts_with("allow") || cue.starts_with("permit")) && !cue.contains(' ')
                || THING_VERBS.contains(&cue))
        {
            return false;
        }
        !matches!(self.units.get(i + 1), Some(n)
            if matches!(n.kind, UnitKind::Group(_))
                && self.norm[self.units[i].span.end..n.span.start]
                    .split_whitespace()
                    .filter(|w| !COUNTING.contains(w) && !w.starts_with(|c: char| c.is_ascii_digit()))
                    .count()
                    <= REACH)
    }

    /// Whether the English verb cue at unit `i` has a market or a figure
    /// for its subject, right before it ("U.S. oil stocks rallied", "the
    /// bills yielded an average of 6.91 pct", "debt futures closed down",
    /// "conditions had eased"): a market moves, no one acts.
    fn market_moves(&self, i: usize, kind: CueKind) -> bool {
        const MARKETS: &[&str] = &[
            "stocks",
            "shares",
            "prices",
            "rates",
            "bonds",
            "securities",
            "conditions",
            "markets",
            "index",
            "futures",
            "equities",
            "bills",
            "notes",
            "yields",
            "spreads",
            "currencies",
            "dollar",
            "yen",
            "sterling",
            "earnings",
            "profits",
            "sales",
            "exports",
            "imports",
        ];
        const BETWEEN: &[&str] = &[
            "have",
            "has",
            "had",
            "will",
            "would",
            "also",
            "further",
            "sharply",
            "slightly",
            "then",
            "later",
            "again",
            "generally",
            "steadily",
            "been",
        ];
        if self.lang != Lang::En || kind != CueKind::Verb {
            return false;
        }
        self.norm[self.range.start..self.units[i].span.start]
            .split_whitespace()
            .rev()
            .find(|w| !BETWEEN.contains(w))
            .is_some_and(|w| MARKETS.contains(&w))
    }

    /// Whether the English cue at unit `i` has a share, a rate or a flow
    /// for its complement ("sales eased 2.2 pct", "shares closed down 8%",
    /// "the dollar eased to 1.8205/15 marks", "the field yielded 15,388
    /// bpd", "growth scaled back to 4.0%"): it moves a quantity of markets,
    /// an act of no one on anyone.
    fn moves_a_quantity(&self, i: usize) -> bool {
        if self.lang != Lang::En {
            return false;
        }
        let mut words = self.norm[self.units[i].span.end..]
            .split_whitespace()
            .peekable();
        while words.next_if(|w| QUANTITY_LEADS.contains(w)).is_some() {}
        let Some(number) = words.next() else {
            return false;
        };
        let digits = number.trim_end_matches(['%', ',', '.']);
        if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        // A rate is quoted with its decimals ("1.8205/15"); "3-1/2 years"
        // is a sentence.
        number.ends_with('%')
            || (digits.contains('/') && digits.contains('.'))
            || words
                .next()
                .is_some_and(|unit| QUANTITY_UNITS.contains(&unit.trim_end_matches([',', '.'])))
    }

    /// Whether the Arabic verb cue at unit `i` is in the present tense in a
    /// relative clause whose antecedent is its object ("المناطق التي يسيطر
    /// عليها التنظيم", "الحرب التي تشنها السعودية", and with no relative
    /// pronoun after an indefinite noun: "دبابات يسيطر عليها الحوثيون"): it
    /// says what holds or goes on, to describe its antecedent, not what
    /// happened.
    fn stative_relative(&self, i: usize, kind: CueKind) -> bool {
        let Some(hit) = self.units[i].hit.map(|h| &self.hits[h]) else {
            return false;
        };
        let verb = &self.norm[hit.norm.clone()];
        if self.lang != Lang::Ar || kind != CueKind::Verb || !verb.starts_with(['ي', 'ت']) {
            return false;
        }
        let of_a_state = STATE_VERBS.iter().any(|v| verb[2..].starts_with(v));
        // "التنظيم الذي يسيطر على مناطق واسعة": a verb of a state in the
        // present right after a relative pronoun says what its antecedent
        // holds, whichever side of it the antecedent is.
        if of_a_state && self.opens_relative(i) {
            return true;
        }
        hit.suffix.is_some()
            && (self.opens_relative(i)
                || self
                    .nearest_left_group(i)
                    .is_some_and(|g| self.describes_left(i, g))
                // "معسكر يسيطر عليه الحوثيون": right after a plain noun, a
                // verb of a state (control, hold, siege, support, occupation).
                || !hit.prefix.starts_with(['و', 'ف'])
                    && of_a_state
                    && self.plain_noun_before(hit, i))
    }

    /// Whether the English verb cue at unit `i` is a reduced relative
    /// clause: a participle right after a noun that an earlier verb of its
    /// clause has for object ("demand the return of property seized by
    /// government forces", "opened its borders to West Africans ordered out
    /// of Nigeria", "released prisoners captured by its army"). It says
    /// what the noun had undergone, not the news. After a verbal act the
    /// object must be a noun phrase (a determiner or a preposition between):
    /// "insisted Iran attacked first" is a clause of its own.
    fn reduced_relative(&self, i: usize) -> bool {
        self.reduced_relative_shape(i) && self.verb_before_in_clause(i)
    }

    /// Whether the English verb cue at unit `i` has the shape of a reduced
    /// relative: a past participle right after a noun, followed by no
    /// object, only an agent, a preposition, an adverb, a time or the end
    /// of its clause ("citizens detained in Turkey", "villages seized last
    /// year").
    fn reduced_relative_shape(&self, i: usize) -> bool {
        const NOT_NOUNS: &[&str] = &[
            "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "was", "were",
            "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could",
            "should", "can", "may", "might", "must", "did", "do", "does", "and", "or", "but", "to",
            "not", "also", "then", "yet", "so", "get", "got",
        ];
        let UnitKind::Cue(_, CueKind::Verb) = self.units[i].kind else {
            return false;
        };
        let span = self.units[i].span.clone();
        if self.lang != Lang::En
            || !self.norm[span.clone()]
                .split(' ')
                .next()
                .is_some_and(|w| w.ends_with("ed"))
        {
            return false;
        }
        let before = &self.norm[..span.start];
        let Some(prev) = before.strip_suffix(' ').and_then(|b| b.rsplit(' ').next()) else {
            return false;
        };
        if !prev.chars().all(char::is_alphabetic)
            || NOT_NOUNS.contains(&prev)
            || prev.ends_with("ly")
        {
            return false;
        }
        // A reduced relative is a passive: no object follows it, only an
        // agent, a preposition, an adverb or a time ("seized by", "ordered
        // out of", "detained without trial", "seized last year"). "and
        // guerrillas attacked security bases" is a clause with its object.
        const AFTER_PASSIVE: &[&str] = &[
            "by",
            "from",
            "in",
            "at",
            "on",
            "out",
            "during",
            "without",
            "with",
            "last",
            "earlier",
            "after",
            "for",
            "to",
            "into",
            "under",
            "over",
            "near",
            "since",
            "before",
            "this",
            "overnight",
        ];
        let after = self.norm[span.end..].trim_start();
        let next = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let ends = after.is_empty() || after.starts_with(|c: char| !c.is_alphanumeric());
        ends || AFTER_PASSIVE.contains(&next) || DAY_WORDS.contains(&next) || next.ends_with("ly")
    }

    /// The protest relation, when the English verb cue at unit `i` is a
    /// strike of labour: "struck" right after workers, teachers or doctors,
    /// with no object after it ("1,700 workers struck", "Egyptian workers
    /// struck for higher wages"), not an attack.
    fn labour_strike(&self, i: usize) -> Option<u16> {
        const STRIKES: &[&str] = &["struck", "strike", "strikes", "striking"];
        const LABOUR: &[&str] = &["LAB", "EDU", "MED", "HLH", "AGR"];
        let UnitKind::Cue(r, _) = self.units[i].kind else {
            return None;
        };
        let span = self.units[i].span.clone();
        if i == 0
            || self.lex.relation(r).plover != "ASSAULT"
            || !STRIKES.contains(&&self.norm[span.clone()])
        {
            return None;
        }
        // The subject: the group right before, or the nearest one before
        // with a phrase of its own between ("The workers at Anglo's Vaal
        // Colliery had struck").
        let g = match self.units[i - 1].kind {
            UnitKind::Group(g) => g,
            _ => self.nearest_left_group(i)?,
        };
        let k = self.unit_of(g)?;
        let sides = self.event_parties(g);
        // Any of them: "members of the … Workers Union".
        let workers = sides
            .iter()
            .any(|p| p.role.as_deref().is_some_and(|r| LABOUR.contains(&r)));
        let next = self.norm[span.end..]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty());
        let object = next.is_some_and(|w| DETERMINERS.contains(&w) || counts(w))
            || self.units.get(i + 1).is_some_and(|u| {
                matches!(u.kind, UnitKind::Group(_))
                    && words_between(self.norm, span.end, u.span.start) == 0
            });
        // A workplace for object is where they strike ("struck John
        // Morrell's Sioux City pork processing plant").
        const WORKPLACES: &[&str] = &[
            "plant",
            "plants",
            "mine",
            "mines",
            "factory",
            "factories",
            "mill",
            "mills",
            "company",
            "port",
            "docks",
            "railway",
            "railways",
            "refinery",
            "works",
            "shipyard",
            "hospital",
            "hospitals",
            "schools",
            "colliery",
        ];
        let workplace = object_headed_by(self.norm, span.end, 8, WORKPLACES);
        // Auxiliaries, the end of a union's name, or a short phrase of
        // place may stand between ("had struck to protest", "Commercial
        // Workers Union struck", "at Anglo's Vaal Colliery").
        let between = &self.norm[self.units[k].span.end..span.start];
        let between_ok = !between.contains(',')
            && (between.split_whitespace().all(|w| {
                matches!(
                    w,
                    "had" | "have" | "has" | "also" | "again" | "all" | "then" | "union" | "unions"
                )
            }) || (between.trim_start().starts_with("at ")
                && words_between(self.norm, self.units[k].span.end, span.start) <= 6));
        (workers && (!object || workplace) && between_ok)
            .then(|| self.lex.relation_of_class("PROTEST"))
            .flatten()
    }

    /// Whether the English verb cue at unit `i` is a reduced passive of an
    /// act done to people, with the mention right before it for its
    /// subject and no verb before it: "Two American citizens detained in
    /// Turkey were released", "Three Iraqi soldiers killed in the attack".
    /// The mention is whom it was done to. (After a verb, a reduced
    /// relative is a modifier and no event: `reduced_relative`.) Only
    /// verbs that never stand without an object count, and an object after
    /// a day ("detained on Monday 20 suspects") makes it active.
    fn reduced_passive(&self, i: usize) -> bool {
        if i == 0
            || !self.reduced_relative_shape(i)
            || !matches!(self.units[i - 1].kind, UnitKind::Group(_))
            || words_between(
                self.norm,
                self.units[i - 1].span.end,
                self.units[i].span.start,
            ) > 0
            || self.verb_before_in_clause(i)
        {
            return false;
        }
        let span = self.units[i].span.clone();
        if !self.norm[span.clone()]
            .split(' ')
            .next()
            .is_some_and(|w| PATIENT_PARTICIPLES.contains(&w))
        {
            return false;
        }
        let after = self.norm[span.end..]
            .split([',', '.', ';', ':', '(', ')', '"'])
            .next()
            .unwrap_or("");
        let words: Vec<&str> = after.split_whitespace().take(4).collect();
        let day = match words.as_slice() {
            ["on", d, ..] if DAY_WORDS.contains(d) => 2,
            [d, ..] if DAY_WORDS.contains(d) => 1,
            _ => 0,
        };
        !(day > 0
            && words
                .get(day)
                .is_some_and(|w| DETERMINERS.contains(w) || counts(w)))
    }

    /// Whether a verb cue of the clause of unit `i` stands before it, with
    /// no subordinating word between, which makes a reduced relative at `i`
    /// a modifier of that verb's object ("released two Americans detained
    /// in 2016"), not an event of its own.
    fn verb_before_in_clause(&self, i: usize) -> bool {
        // A subordinating word between begins a clause of its own.
        const SUBORDINATORS: &[&str] = &[
            "while", "as", "when", "after", "before", "because", "where", "who", "which", "that",
            "until", "since", "if",
        ];
        const NOUN_PHRASE: &[&str] = &[
            "the", "a", "an", "its", "their", "his", "her", "of", "to", "from", "for", "on", "with",
        ];
        let span = self.units[i].span.clone();
        let clause = self.units[i].clause;
        (0..i)
            .rev()
            .take_while(|&k| self.units[k].clause == clause)
            .any(|k| {
                let UnitKind::Cue(r, CueKind::Verb) = self.units[k].kind else {
                    return false;
                };
                // "farmers demanding a better deal from the EC blocked roads":
                // a participle before is a modifier, not the clause's verb.
                if self.norm[self.units[k].span.clone()]
                    .split(' ')
                    .next()
                    .is_some_and(|w| w.ends_with("ing"))
                {
                    return false;
                }
                let between: Vec<&str> = self.norm[self.units[k].span.end..span.start]
                    .split_whitespace()
                    .collect();
                !between.iter().any(|w| SUBORDINATORS.contains(w))
                    && (!self.lex.relation(r).quad.is_verbal()
                        || between.iter().any(|w| NOUN_PHRASE.contains(w)))
            })
    }

    /// Whether the cue at unit `i` is in an English clause that tells the
    /// background of a place or a time named before it: a relative clause
    /// of place ("in Serbia, where 24 people were killed in riots last
    /// March", "two air raids in which 20 people were killed") or a clause
    /// of earlier time ("one day after a Serbian jet shot down a
    /// helicopter"). The news is the main clause's event. Not in Arabic,
    /// where حيث often reports the event itself ("حيث قتل ثلاثة جنود").
    fn in_background_clause(&self, i: usize) -> bool {
        const PLACE: &[&str] = &["where"];
        const RELATIVES: &[&str] = &["which", "whom"];
        const OF_PLACE_OR_TIME: &[&str] = &["in", "during", "at", "on", "under", "through"];
        const TIME: &[&str] = &["after", "since", "following"];
        if self.lang != Lang::En {
            return false;
        }
        // The clause's opening word: the last boundary before the cue, with
        // no other hard cut between them than a speech verb ("in which it
        // said 20 people were killed").
        let Some(k) = (0..i)
            .rev()
            .find(|&k| self.units[k].kind == UnitKind::Marker(Marker::Boundary))
        else {
            return false;
        };
        let speech = self.units[k..i]
            .iter()
            .filter(|u| u.kind == UnitKind::Marker(Marker::Speech))
            .count();
        if self.units[i].part - self.units[k].part > speech {
            return false;
        }
        let word = &self.norm[self.units[k].span.clone()];
        let before = self.norm[..self.units[k].span.start]
            .split(|c: char| !crate::text::is_word_char(c))
            .rfind(|w| !w.is_empty());
        // "a Mi-26 helicopter that was captured by the Sudanese authorities
        // last week": a passive relative clause tells what its noun had
        // undergone. Only auxiliaries stand between the relative word and
        // the verb, so a subject ("said that Iraq was attacked") does not.
        const AUXILIARIES: &[&str] = &["was", "were", "had", "has", "have", "been", "is", "are"];
        let passive_relative = matches!(word, "that" | "which" | "who")
            && matches!(self.units[i].kind, UnitKind::Cue(_, CueKind::Passive))
            && self.norm[self.units[k].span.end..self.units[i].span.start]
                .split_whitespace()
                .all(|w| AUXILIARIES.contains(&w));
        PLACE.contains(&word)
            || TIME.contains(&word)
            || RELATIVES.contains(&word) && before.is_some_and(|w| OF_PLACE_OR_TIME.contains(&w))
            || passive_relative
    }

    /// "efforts to end the fighting", "an ultimatum to halt attacks", "وقف
    /// القتال": a violent event right after a word that ends or suspends
    /// it is what someone wants stopped, not an event that happens.
    fn stopped(&self, i: usize) -> bool {
        let UnitKind::Cue(relation, kind) = self.units[i].kind else {
            return false;
        };
        let class = self.lex.relation(relation).plover.as_str();
        let violent = matches!(class, "ASSAULT" | "PROTEST" | "MOBILIZE")
            || (class == "COERCE" && kind != CueKind::Noun);
        violent
            && !self.continued(i)
            && (self.marker_before(
                i,
                Marker::Cessation,
                Some(if self.lang == Lang::En {
                    CESSATION_REACH
                } else {
                    REDUCTION_REACH
                }),
            ) || self.marker_before(i, Marker::Reduction, Some(REDUCTION_REACH)))
    }

    /// "Israel did not stop shelling Gaza", "لم تتوقف إسرائيل عن قصف
    /// غزة": an act whose cessation is negated goes on. It is done, and
    /// the negation is the cessation's, not the act's.
    fn continued(&self, i: usize) -> bool {
        let UnitKind::Cue(relation, _) = self.units[i].kind else {
            return false;
        };
        // Not aid cut: "did not cut aid" is no sanction, and negated. But
        // support, aid or cooperation not stopped goes on ("لن نكف عن
        // دعم أصدقائنا").
        let clause = self.units[i].clause;
        // English "stop" is a reduction ("stopped aid" is a sanction), but
        // not stopping is going on as surely as not ceasing: "will not stop
        // supporting Ukraine".
        let ceased = || {
            (0..i)
                .rev()
                .take_while(|&k| self.units[k].clause == clause)
                .find_map(|k| match self.units[k].kind {
                    UnitKind::Marker(m @ (Marker::Cessation | Marker::Reduction)) => Some((m, k)),
                    _ => None,
                })
                .is_some_and(|(m, k)| {
                    m == Marker::Cessation
                        || STOP.contains(
                            &self.norm[self.units[k].span.clone()]
                                .to_lowercase()
                                .as_str(),
                        )
                })
        };
        (matches!(
            self.lex.relation(relation).plover.as_str(),
            "ASSAULT" | "PROTEST" | "MOBILIZE" | "COERCE"
        ) || ceased())
            && self.negated_stop(i)
    }

    /// Whether the cessation or reduction marker nearest before the cue at
    /// unit `i` is negated by a verb's negation right before it ("did not
    /// stop", "لم تتوقف", "لا يتوقف البحث"): what follows it is not
    /// stopped. A noun's negation (عدم، غير) names a state or a demand
    /// ("عدم الحد من معاناته"), so it does not count.
    fn negated_stop(&self, i: usize) -> bool {
        let clause = self.units[i].clause;
        let Some(c) = (0..i)
            .rev()
            .take_while(|&k| self.units[k].clause == clause)
            .find(|&k| {
                matches!(
                    self.units[k].kind,
                    UnitKind::Marker(Marker::Cessation | Marker::Reduction)
                )
            })
        else {
            return false;
        };
        let Some(before) = c.checked_sub(1).map(|k| self.units[k].span.clone()) else {
            return false;
        };
        // A form with two senses has a unit for each ("لن", "will not":
        // planned and negation).
        let Some(neg) = self.units[..c]
            .iter()
            .rev()
            .take_while(|u| u.span == before)
            .find(|u| u.kind == UnitKind::Marker(Marker::Negation))
        else {
            return false;
        };
        neg.clause == clause
            && neg.kind == UnitKind::Marker(Marker::Negation)
            && !matches!(
                self.norm[neg.span.clone()].trim_start_matches(['و', 'ف']),
                "عدم" | "غير"
            )
            && words_between(self.norm, neg.span.end, self.units[c].span.start) <= 1
            && words_between(self.norm, self.units[c].span.end, self.units[i].span.start)
                <= REDUCTION_REACH
    }

    /// How a coercive measure named by a noun at unit `i` ("curfew",
    /// "blockade", "state of emergency") is eased: by a concession or
    /// withdrawal cue before it, which is the event ("lifted the curfew",
    /// "eased the nightly curfew"), or by a reduction or cessation
    /// marker, which makes it a concession ("shortened by one hour the
    /// nightly curfew", "an end to the blockade").
    fn eased(&self, i: usize) -> Option<Easing> {
        let UnitKind::Cue(relation, CueKind::Noun) = self.units[i].kind else {
            return None;
        };
        // "cut import tariffs on some 1,700 foreign products": a measure of
        // sanction eased is a concession too.
        // (English only: Arabic suspensions of sanctions are as often
        // reimposed or prevented in the same breath.)
        match self.lex.relation(relation).plover.as_str() {
            "COERCE" => {}
            "SANCTION" if self.lang == Lang::En => {}
            _ => return None,
        }
        let u = &self.units[i];
        let by_cue = self.units[..i]
            .iter()
            .rev()
            .take_while(|v| v.clause == u.clause)
            .find_map(|v| match v.kind {
                UnitKind::Cue(r, _) => Some((r, v.span.end)),
                _ => None,
            })
            .is_some_and(|(r, end)| {
                easing(self.lex.relation(r), self.lex.relation(relation))
                    && words_between(self.norm, end, u.span.start) <= EASING_REACH
            });
        if by_cue {
            return Some(Easing::ByCue);
        }
        (self.marker_before(i, Marker::Cessation, Some(EASING_REACH))
            || self.marker_before(i, Marker::Reduction, Some(EASING_REACH)))
        .then_some(Easing::ByMarker)
    }

    /// "killed 4 Iraqis in an attack on …", "wounded two soldiers in a
    /// bomb attack": an English event noun after "in" or "during", within
    /// a few words, is how an event of the same class reported before it
    /// in the sentence happened, not another event (its subject would be
    /// the earlier event's victims). Not in Arabic: there the noun names
    /// the attacker ("قتل ثلاثة جنود في هجوم لطالبان") where the verb,
    /// often passive, names none.
    fn manner_of_earlier(&self, i: usize) -> bool {
        const LINKS: &[&str] = &["in", "during"];
        const REACH: usize = 3;
        if self.lang != Lang::En {
            return false;
        }
        let u = &self.units[i];
        let UnitKind::Cue(relation, _) = u.kind else {
            return false;
        };
        let class = &self.lex.relation(relation).plover;
        let before = &self.norm[..u.span.start];
        let linked = before
            .split(|c: char| !crate::text::is_word_char(c))
            .filter(|w| !w.is_empty())
            .rev()
            .take(REACH)
            .any(|w| LINKS.contains(&w));
        linked
            && self.units[..i].iter().any(|e| match e.kind {
                UnitKind::Cue(r, _) => &self.lex.relation(r).plover == class,
                _ => false,
            })
    }

    /// Whether the cue at unit `i` is the complement of the cue before it:
    /// linked to it by "to", "for", "of", "that", أن، بـ، لـ, or its direct
    /// object ("demanded the withdrawal"). A cue continuing a governed one
    /// in the same class ("agreed to provide ... aid") is governed too.
    fn governed(&self, i: usize) -> bool {
        let u = &self.units[i];
        let Some(j) = self.previous_cue(i) else {
            return self.in_complement_of_governor(i);
        };
        // A word for protesters is the governor's subject, not a governor
        // of its own: "ودعا المتظاهرون إلى إعدام الرئيس".
        let j = match self.units[j].kind {
            UnitKind::Cue(_, CueKind::Actor) => self
                .previous_cue(j)
                .filter(|&k| {
                    matches!(self.units[k].kind,
                        UnitKind::Cue(r, _) if self.governs(self.lex.relation(r)))
                })
                .unwrap_or(j),
            _ => j,
        };
        let (UnitKind::Cue(governor, _), UnitKind::Cue(relation, _)) = (self.units[j].kind, u.kind)
        else {
            return false;
        };
        // The words between the two cues, less those of the actors named
        // there ("rejected an Australian ultimatum", "opposed to French
        // mediation", "rejected Iraqi President Saddam Hussein's proposal
        // for a cease-fire").
        let from = self.units[j].span.end;
        let named = |at: usize| {
            self.units[j + 1..i]
                .iter()
                .any(|v| matches!(v.kind, UnitKind::Group(_)) && v.span.contains(&at))
        };
        let words: Vec<&str> = crate::text::word_starts(&self.norm[from..u.span.start])
            .map(|w| from + w)
            .filter(|&w| !named(w))
            .map(|w| &self.norm[w..crate::text::word_end(self.norm, w)])
            .collect();
        let g = self.lex.relation(governor);
        // "pressed the U.S. to increase its level of aid to Kenya": an
        // English infinitive after the governor's addressee reaches its
        // object's noun a few words further.
        let infinitive = self.lang == Lang::En
            && self.governs(g)
            && words.len() <= GOVERNED_REACH + 3
            && words.iter().find(|w| !DETERMINERS.contains(*w)) == Some(&"to")
            && !words
                .iter()
                .any(|w| matches!(*w, "and" | "or" | "but" | "that" | "which" | "who"));
        if infinitive && self.units[j].clause == u.clause {
            return true;
        }
        if words.len() > GOVERNED_REACH {
            // "accused the United States of restoring the blackmail in the
            // negotiations on …": what an English accusation is of runs to
            // the end of its clause, however long.
            // So does what a complaint or a criticism is "over" or
            // "about", after its addressee and its day ("complained to the
            // United Nations on Tuesday over two Israeli air raids").
            let accusation =
                self.lang == Lang::En && (g.cameo.starts_with("112") || g.cameo.starts_with("111"));
            let lead = |w: &str| {
                DETERMINERS.contains(&w) || matches!(w, "to" | "on") || DAY_WORDS.contains(&w)
            };
            let number =
                |w: &str| NUMBER_WORDS.contains(&w) || w.bytes().all(|b| b.is_ascii_digit());
            let first = words.iter().copied().find(|w| !lead(w));
            let content = match first {
                Some("of" | "for") => true,
                Some("over" | "about") => words
                    .iter()
                    .all(|&w| lead(w) || number(w) || matches!(w, "over" | "about")),
                _ => false,
            };
            return accusation && self.units[j].clause == u.clause && content;
        }
        if !self.governs(g) {
            return g.plover == self.lex.relation(relation).plover && self.governed(j);
        }
        let prefix = u.hit.map_or("", |h| self.hits[h].prefix);
        // Days and other words of time may come first ("renewed
        // negotiations today on …").        // (The "s" of a possessive is what is left of a named actor's
        // "'s": "rejected North Korea's demand".)
        // After an obligation the passive's auxiliary and adverbs come
        // first ("should be mobilized", "must not be allowed").
        let obligation = matches!(self.units[j].kind, UnitKind::Cue(_, CueKind::Obligation));
        let filler = |w: &&str| {
            NUMBER_WORDS.contains(w)
                || DETERMINERS.contains(w)
                || DAY_WORDS.contains(w)
                || *w == "again"
                || *w == "s"
                || w.bytes().all(|b| b.is_ascii_digit())
                // "تهمة محاولة قتل", "بتهمة ارتكاب جريمة قتل": the attempt
                // or the crime of the act.
                || ARABIC_ATTEMPTS.contains(w)
                || (obligation
                    && (matches!(*w, "be" | "been" | "have" | "not") || w.ends_with("ly")))
        };
        // The link is the last word before the content ("threatened to
        // attack") or the first after the governor, before a modifier of
        // the content ("negotiations on an Israeli troop pullback").
        words
            .iter()
            .rfind(|w| !filler(w))
            .is_some_and(|w| COMPLEMENT_LINKS.contains(w))
            || words
                .iter()
                .find(|w| !filler(w))
                .is_some_and(|w| COMPLEMENT_LINKS.contains(w))
            || words.iter().all(filler)
            // The direct object's noun, one modifier before it at most
            // ("rejected North Korea's consistent demand").
            || (matches!(u.kind, UnitKind::Cue(_, CueKind::Noun))
                && self.lang == Lang::En
                && words.iter().filter(|w| !filler(w)).count() <= 1
                && !words.iter().any(|w| matches!(*w, "and" | "or" | "but" | "that")))
            || prefix.contains(['ب', 'ل'])
    }

    /// Whether the cue at unit `i` is in a complement clause ("that the US
    /// cancel", "بأن تنسحب إسرائيل") opened right after a governing cue: it
    /// is then that demand's, threat's or accusation's content.
    fn in_complement_of_governor(&self, i: usize) -> bool {
        let part = self.units[i].part;
        let Some(b) = (0..i)
            .rev()
            .take_while(|&b| self.units[b].part == part)
            .last()
            .filter(|&b| {
                self.units[b].kind == UnitKind::Marker(Marker::Boundary)
                    && COMPLEMENTIZERS.contains(&&self.norm[self.units[b].span.clone()])
            })
        else {
            return false;
        };
        (0..b)
            .rev()
            .take_while(|&j| self.units[j].part + 1 == part)
            .find(|&j| matches!(self.units[j].kind, UnitKind::Cue(..)))
            .is_some_and(|j| {
                let UnitKind::Cue(governor, _) = self.units[j].kind else {
                    return false;
                };
                self.governs(self.lex.relation(governor))
                    && words_between(self.norm, self.units[j].span.end, self.units[b].span.start)
                        <= 3
            })
    }

    /// For a unit (a cue, or the subject after an Arabic verb) followed
    /// closely by a complementizer ("demanded on Tuesday that the US ..."),
    /// the group (unit, group) that opens the complement clause, if one
    /// does.
    fn complement_subject(&self, i: usize) -> Option<(usize, usize)> {
        let (b, boundary) = self.units.get(i + 1).map(|u| (i + 1, u))?;
        let word = &self.norm[boundary.span.clone()];
        if boundary.kind != UnitKind::Marker(Marker::Boundary)
            || !COMPLEMENTIZERS.contains(&word)
            || words_between(self.norm, self.units[i].span.end, boundary.span.start) > 3
        {
            return None;
        }
        // The subject may follow the complement's verb ("بأن تنسحب
        // إسرائيل"), so look past cues to the first group.
        let (k, g) = self.units[b + 1..]
            .iter()
            .enumerate()
            .take_while(|(_, u)| u.part == boundary.part)
            .find_map(|(k, u)| match u.kind {
                UnitKind::Group(g) => Some((b + 1 + k, g)),
                _ => None,
            })?;
        (words_between(self.norm, boundary.span.end, self.units[k].span.start) <= 3)
            .then_some((k, g))
    }

    fn marker_after(&self, i: usize, marker: Marker) -> Option<usize> {
        let clause = self.units[i].clause;
        self.units[i + 1..]
            .iter()
            .enumerate()
            .take_while(|(_, u)| u.clause == clause)
            .find(|(_, u)| u.kind == UnitKind::Marker(marker))
            .map(|(k, _)| i + 1 + k)
    }

    fn cue_events(
        &self,
        i: usize,
        relation: u16,
        kind: CueKind,
        speaker: Option<Party>,
        speaker_refs: &[(usize, Option<Party>)],
        out: &mut Vec<Event>,
    ) {
        let cue = &self.units[i];
        let hit = &self.hits[cue.hit.unwrap_or(0)];
        if self.not_an_event(i, kind) {
            return;
        }
        // "هجوم بقاذفة صواريخ شنه متمردون": the verb that describes the
        // noun reports the event, with its subject (`describes_noun`).
        if kind == CueKind::Noun && self.described_later(i) {
            return;
        }
        // The demand a protest is held for is its content, not another
        // event (`purpose_demand`).
        if self.protest_before(i) || self.in_protest_of_earlier(i) {
            return;
        }
        // An eased measure is a concession done, reported as by a verb
        // (its source alone suffices: "shortened the curfew").
        let (relation, kind) = match self.eased(i) {
            Some(Easing::ByCue) => return,
            Some(Easing::ByMarker) => match self.lex.relation_of_class("CONCEDE") {
                Some(r) => (r, CueKind::Verb),
                None => return,
            },
            None => (relation, kind),
        };
        // "launched an attack on Conservative spending plans", "attacked
        // Japan's fiscal policy", "fought hard against cutbacks": an act of
        // war on a plan, a policy or a record is a verbal attack, a
        // criticism (CAMEO 111).
        let relation = match (self.lex.relation(relation).plover == "ASSAULT"
            && attacks_a_policy(self.norm, hit))
        .then(|| self.lex.relation_index("criticizes"))
        .flatten()
        {
            Some(r) => r,
            None => relation,
        };
        let relation = match (self.lang == Lang::En
            && self.lex.relation(relation).plover == "RETREAT"
            && withdraws_an_objection(self.norm, hit))
        .then(|| self.lex.relation_index("concedes"))
        .flatten()
        {
            Some(r) => r,
            None => relation,
        };
        let rel = self.lex.relation(relation);
        // A denied report is no refusal by its subject: "She denied that
        // any clause of the agreement guaranteed …" keeps the agreement a
        // topic, negated.
        let denied = self.denied_report(i);
        // "Brazil will accept no monitoring by the IMF": an English verb
        // whose object is "no …" is negated as one after "not" is.
        let no_object = self.lang == Lang::En
            && kind == CueKind::Verb
            && self.norm[self.units[i].span.end..]
                .trim_start()
                .strip_prefix("no ")
                .is_some();
        let negated = (self.marker_before(i, Marker::Negation, Some(NEGATION_REACH))
            || self.negation_over_subject(i)
            || no_object)
            && !self.continued(i)
            && !self.exceptive(i);
        // An agreement that did not happen is a rejection, as CAMEO and
        // PLOVER code it (they have no negated events): "failed to reach
        // agreement", "will not accept", "لم يوافق".
        // A mutual act keeps its pairs: "X and Y failed to agree" is a
        // rejection by each of the other.
        // "Norway, Egypt and the Soviet Union agreed to help OPEC": what
        // each agreed to do is done to the object of the verb after it,
        // not between them.
        let pairwise = rel.symmetric && !self.agreed_to_act_on(i);
        let negated = negated && !(rel.plover == "AGREE" && self.negation_elsewhere(i));
        let (relation, rel, negated) =
            match self.lex.relation_of_class("REJECT").filter(|_| {
                negated && !denied && rel.plover == "AGREE" && !self.negation_elsewhere(i)
            }) {
                Some(r) => (r, self.lex.relation(r), false),
                None => (relation, rel, negated || denied),
            };
        // "the Paris pact between the U.S., Japan, …", "الاتفاق النووي مع
        // إيران": a noun for an agreement names a document or a standing
        // accord, the topic of the sentence; agreeing is reported with a
        // verb ("agreed", "reached an agreement", "اتفقت", "توصلا إلى
        // اتفاق") and signing with its own cues. Of the 404 sentences of the
        // bench corpus whose agreement noun made an event, 3 of 30 sampled
        // reported one. The noun stays a cue, so that it holds its words
        // ("an agreement struck by" is no strike); negated, it is a
        // refusal ("لم توافق إسرائيل", "no agreement was reached").
        if kind == CueKind::Noun && rel.plover == "AGREE" {
            return;
        }
        // "Venezuela might consult with Brazil", "said Iraq could attack
        // Kuwait": an English act after a modal of possibility is a
        // hypothesis, not news, unless a condition makes it a threat
        // (below), which is made now. A threat's own verb stays ("may
        // threaten" is hedged, not hypothetical).
        let hypothesis = self.possible(i) && rel.plover != "THREATEN";
        if hypothesis && self.condition_after(i).is_none() {
            return;
        }
        // "halted economic aid to Serbia", "cancelled a planned visit to
        // Haiti", "علقت المساعدات": stopping aid, cooperation or a meeting
        // is a sanction (CAMEO 16), and it happened. A meeting that ends
        // was held: "the ministers ended a three-day meeting", "أنهى
        // زيارته".
        let reduced = matches!(rel.plover.as_str(), "AID" | "COOPERATE" | "CONSULT")
            && !self.negated_stop(i)
            && (self.marker_before(i, Marker::Reduction, Some(REDUCTION_REACH))
                || rel.plover != "CONSULT"
                    && self.marker_before(i, Marker::Cessation, Some(REDUCTION_REACH)));
        let (relation, rel) = match self.lex.relation_of_class("SANCTION").filter(|_| reduced) {
            Some(r) => (r, self.lex.relation(r)),
            None => (relation, rel),
        };
        let mood = if !reduced
            && (self.marker_before(i, Marker::Planned, Some(MOOD_REACH))
                || self.infinitive(i, kind)
                || self.present_in_time_clause(i, kind)
                || self.future_predicate(i, kind)
                || self.future_adjective(i, kind))
        {
            Mood::Planned
        } else {
            Mood::Done
        };
        // "قتل 12 شخصا في هجوم", "مقتل ستة أشخاص": Arabic news reports the
        // dead with a passive whose vowels it does not write, or with the
        // noun مقتل; the mention after it is the victim, and only "على يد"
        // or "من قبل" names the killer.
        // "أدانت البحرين خطف الجنود": a verb cue's letters right after the
        // subject of a verb of saying are that verb's object, a verbal noun
        // (خطف and قتل are both): no finite verb follows a verb and its
        // subject without a conjunction.
        let kind = if kind == CueKind::Verb
            && i > 0
            && matches!(self.units[i - 1].kind, UnitKind::Group(_))
            && words_between(self.norm, self.units[i - 1].span.end, cue.span.start) == 0
            && self.subject_of_verbal_cue(i - 1, rel)
        {
            CueKind::Noun
        } else {
            kind
        };
        let casualty = self.casualty_report(i, kind, rel) || self.unvowelled_passive(i, kind);
        let death_noun = casualty && kind == CueKind::Noun;
        let kind = if casualty { CueKind::Passive } else { kind };
        let mut right = self.right_groups(i);
        // "held a summit in Lisbon", "OPEC ministers will meet in Vienna",
        // "اجتماعا في لشبونة": where a meeting or an agreement between
        // parties is made is its venue, not a party to it. (A visit's place
        // is its host: "arrived in Amman on a visit".)
        if rel.symmetric && matches!(rel.plover.as_str(), "CONSULT" | "AGREE") {
            right.retain(|&(_, g)| !self.locative(g));
        }
        // "Italy boycotted a meeting in Paris of its G-7 partners", "a
        // boycott of the ADB's annual meeting in Manila": the place of a
        // meeting is its venue, whatever is done about the meeting.
        if rel.plover != "ASSAULT" {
            right.retain(|&(_, g)| !self.venue_of_meeting(g));
        }
        // "talks under the General Agreement on Tariffs and Trade", "a
        // meeting of the Inter-American Development Bank": the body under
        // which or whose meeting is held is its forum, no party to it.
        if rel.plover == "CONSULT" {
            right.retain(|&(_, g)| !self.forum(i, g));
        }
        // "filed a lawsuit in a U.S. district court against Japan", "a
        // complaint with the WTO against the European Union", "شكوى لدى
        // مجلس الأمن ضد إسرائيل": whom an accusation is against is its
        // target; the court or body it is lodged with is where.
        if rel.plover == "ACCUSE" {
            const LODGED: &[&str] = &["in", "with", "to", "before", "at", "لدي", "امام", "الي"];
            let after = |k: usize, words: &[&str]| {
                self.norm[..self.units[k].span.start]
                    .split(|c: char| !crate::text::is_word_char(c))
                    .rfind(|w| !w.is_empty() && !DETERMINERS.contains(w))
                    .is_some_and(|w| words.contains(&w))
            };
            let against = right
                .iter()
                .position(|&(k, _)| after(k, &["against", "ضد"]));
            if let Some(a) =
                against.filter(|&a| a > 0 && right[..a].iter().all(|&(k, _)| after(k, LODGED)))
            {
                let target = right.remove(a);
                right.insert(0, target);
            }
        }
        // "demanded that the US cancel its plans": a governing cue's clause
        // ends at the complementizer, and the complement's subject is whom
        // the demand, threat or accusation is addressed to.
        // (In Arabic the governing verb's subject comes first: "طالبت مصر
        // بأن تنسحب إسرائيل".)
        if right.len() < 2 && self.governs(rel) {
            let last = right.last().map_or(i, |&(k, _)| k);
            right.extend(self.complement_subject(last));
        }
        // "قتل جنديان في هجوم استهدف قافلة": an Arabic verb right after a
        // noun of an assault has that noun for subject. After a preposition
        // the noun is a circumstance, and a mention before it is not the
        // verb's agent; nor are the victims of an earlier act ("مقتل
        // عسكريين تركيين في انفجار سيارة مفخخة استهدف"). (The noun may
        // have been folded into another event: look at the hits.)
        // A verb joined by و or ف is coordinated with the noun ("لضرب
        // وقتل النساء"), not said of it.
        let assault_noun_before =
            (self.lang == Lang::Ar && kind == CueKind::Verb && !hit.prefix.starts_with(['و', 'ف']))
                .then(|| {
                    self.hits.iter().find(|h| {
                        h.word_span().end <= hit.word_start
                            && self.norm[h.word_span().end..hit.word_start]
                                .trim()
                                .is_empty()
                            && self.lex.senses(h).any(|s| {
                                matches!(s, Sense::Cue { relation, kind: CueKind::Noun }
                                if self.lex.relation(*relation).plover == "ASSAULT")
                            })
                    })
                })
                .flatten();
        let circumstance = assault_noun_before.is_some_and(|n| {
            preposition_clitic(n.prefix)
                || self.norm[..n.word_start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| PREPOSITION_WORDS.contains(&w.strip_prefix('و').unwrap_or(w)))
        });
        let object_antecedent = self.object_relative(i, kind);
        // A place ("in Suruç, Turkey") is where something happened, never
        // who did it. A verb opening a relative clause has the noun before
        // the relative pronoun as its subject ("Bhutto, who was killed",
        // "بوتو التي اغتيلت", "الجيش الذي هاجم").
        let mut left = self
            .nearest_left_group(i)
            .or_else(|| self.relative_antecedent(i, kind))
            .filter(|&g| !(rel.plover == "CONSULT" && self.forum(i, g)))
            .filter(|&g| {
                object_antecedent != Some(g)
                    && !circumstance
                    && (assault_noun_before.is_none() || !self.suffered_earlier(out, g))
                    && !self.locative(g)
                    && !self.owns_place(g)
                    && !self.observes(g, i, kind)
                    && !death_noun
                    && !self.describes_noun(kind, hit)
                    && !self.possessor_of_thing(g, i)
                    && !(kind == CueKind::Noun && self.beholds(g, hit))
                    && !(self.caused(i, kind != CueKind::Noun)
                        // "provoking his abduction by paratroopers": with
                        // its agent after it, the mention before is whom
                        // it is done to.
                        && self.marker_after(i, Marker::Agent).is_none()
                        // "widespread student demonstrations": a modifier
                        // of the noun is its agent still.
                        && !(self.lang == Lang::En
                            && self.unit_of(g).is_some_and(|k| {
                                words_between(self.norm, self.units[k].span.end, cue.span.start) == 0
                            })))
            });
        // "عشرة من مقاتلي حزب الله بينهم قائد ميداني قتلوا": who is among
        // them is not the subject; the phrase before بينهم heads it.
        if let Some(h) = left.and_then(|g| self.among_head(g)) {
            left = Some(h);
        }
        // The mention before an Arabic assault noun of circumstance is its
        // victim, not its agent.
        let mut victim = left.filter(|&g| self.circumstance_noun(i, g, kind, rel));
        // After a word of cause the mention before suffered the act, or
        // received its victims (a hospital, which is no victim): "28 من
        // المتطوعين للجيش العراقي جراء هجوم انتحاري".
        if self.after_cause(i) {
            // Near the cue: a mention further back is the sentence's topic.
            let suffered = |g: usize| {
                let end = self.groups[g]
                    .last()
                    .map_or(0, |&m| self.mentions[m].span.end);
                words_between(self.norm, end, cue.span.start) <= 6
                    && self
                        .parties(g)
                        .iter()
                        .all(|p| !matches!(p.role.as_deref(), Some("HLH" | "BUS" | "MED" | "EDU")))
            };
            victim = if matches!(rel.plover.as_str(), "ASSAULT" | "COERCE") {
                victim.or(left).filter(|&g| suffered(g))
            } else {
                None
            };
            left = None;
        }
        if victim.is_some() || self.named_crime(i) {
            left = None;
        }
        // "Finland will give Tanzania a grant", "the EC gave the Ivory
        // Coast 5.1 million dollars of aid": an English aid noun after a
        // verb of giving and its first object is given by the verb's
        // subject to that object.
        let mut recipient = None;
        if let Some((giver, given_to)) = left.and_then(|g| self.ditransitive(i, kind, rel, g)) {
            left = Some(giver);
            recipient = Some(given_to);
        }
        // "A bombing killed one U.S. soldier and wounded two others": an
        // English verb coordinated with an earlier one shares its subject;
        // the mention between them is the earlier verb's object.
        if let Some(j) = self.coordinated_verb(i, kind) {
            let after_j = left.is_some_and(|g| {
                self.units
                    .iter()
                    .position(|u| u.kind == UnitKind::Group(g))
                    .is_some_and(|at| at > j)
            });
            if after_j || self.participle_of(j).is_some() {
                left = self.verb_subject(j);
            }
        }
        // "Police opened fire on demonstrators, killing one person and
        // arresting 12": an English participle after a comma shares the
        // subject of the verb before it, and so do participles coordinated
        // with it; the mention in between is that verb's object.
        if let Some(j) = (kind == CueKind::Verb)
            .then(|| self.participle_of(i))
            .flatten()
        {
            left = self.verb_subject(j);
        }
        // "Spanish farmers demanding a better deal from the EC blocked
        // roads": a participle right after a noun modifies it, and the
        // mentions after the participle are its objects; the noun is the
        // subject of the verb that follows.
        if let Some(s) = left.and_then(|g| self.subject_before_modifier(i, kind, g)) {
            left = Some(s);
        }
        // "The United States condemns the attack": a subject with another
        // cue between it and an event noun is that cue's subject.
        if kind == CueKind::Noun {
            left = left.filter(|&g| {
                let at = self
                    .units
                    .iter()
                    .position(|u| u.kind == UnitKind::Group(g))
                    .unwrap_or(i);
                !self.units[at + 1..i]
                    .iter()
                    .any(|u| matches!(u.kind, UnitKind::Cue(..)))
                    && !self.subject_of_verbal_cue(at, rel)
                    && !self.said_right_before(i, rel)
            });
        }
        let mut confidence = 0.9;
        let mut sources: Vec<Party> = Vec::new();
        let mut targets: Vec<Party> = Vec::new();
        let mut target_group: Option<usize> = None;
        let parties = |g: usize| self.parties_with_speaker(g, speaker_refs);

        // "by" marks the agent of a passive ("attacked by X", "attack by
        // X"); after an active verb with its subject and an object between
        // ("demanded an admission by Moscow") it belongs to the object.
        // After a noun, "by" further than a few words belongs to another
        // noun ("demonstrations against the alleged violations by the
        // Israeli military"). A gapped cue ends with its tail, not its
        // verb: a "by" after it belongs to the tail ("broke up a protest by
        // students": the students are coerced).
        let gapped = cue.hit.is_some_and(|h| self.hits[h].gapped);
        let agent = self
            .marker_after(i, Marker::Agent)
            .filter(|&a| {
                let gap = words_between(self.norm, cue.span.end, self.units[a].span.start);
                match kind {
                    // An Arabic agent word belongs to the nearest act before
                    // it: "وعدت الحكومة … غداة هجوم نسب إلى داعش" is the
                    // attack's, and so is "اعتداء بالسيارة المفخخة في مطار
                    // العاصمة نسب إلى منظمة إيتا" with its place between.
                    // A verb of saying with its subject right after it
                    // ("تدين مملكة البحرين التصريحات العدائية من قبل
                    // مسؤولي …") is active: the agent word is its object's.
                    CueKind::Verb | CueKind::Noun if self.lang == Lang::Ar => {
                        (!gapped || kind != CueKind::Verb)
                            && (kind != CueKind::Verb
                                || !rel.quad.is_verbal()
                                || !right.first().is_some_and(|&(k, _)| {
                                    words_between(self.norm, cue.span.end, self.units[k].span.start)
                                        == 0
                                }))
                            && !self.units[i + 1..a]
                                .iter()
                                .any(|u| matches!(u.kind, UnitKind::Cue(..)))
                    }
                    CueKind::Verb => !gapped && (left.is_none() || gap == 0),
                    // "تعرض سائح فرنسي للضرب على يد أربعة فلسطينيين": an
                    // Arabic passive reaches past its victims too.
                    CueKind::Passive if self.lang == Lang::Ar => {
                        gap <= NOUN_AGENT_REACH
                            || !self.units[i + 1..a]
                                .iter()
                                .any(|u| matches!(u.kind, UnitKind::Cue(..)))
                    }
                    _ => gap <= NOUN_AGENT_REACH,
                }
            })
            .and_then(|a| right.iter().find(|(k, _)| *k > a).copied())
            .or_else(|| self.source_after_from(i, kind, rel, &right));
        // The subject after an Arabic verb that opens its clause.
        // "أسفر عن مقتل 11 من عناصر الحرس الثوري": a phrase that ends with
        // the noun of death has its victims after it, not its subject.
        let death_phrase = self.lang == Lang::Ar
            && self.norm[cue.span.clone()]
                .rsplit_once(' ')
                .is_some_and(|(_, w)| w == "مقتل" || w == "مصرع");
        // "الحادث الإرهابي الذي استهدف المصلين": an Arabic verb opening a
        // relative clause has its antecedent for subject, even when that is
        // no actor (an attack, a blast); the mention after it is its
        // object. With an object pronoun on the verb the antecedent is the
        // object and the subject follows ("الكمين الذي نصبه مسلحون").
        let relative_gap = self.lang == Lang::Ar
            && kind == CueKind::Verb
            && hit.suffix.is_none()
            && self.opens_relative(i);
        // "كما أسروا القيادي المتمرد": a verb before its subject is
        // singular, so one that carries a plural subject of its own (-وا,
        // يـ…ون) has its object after it.
        let plural_verb = self.lang == Lang::Ar && kind == CueKind::Verb && {
            let w = &self.norm[hit.norm.clone()];
            w.ends_with("وا") || self.present_plural(w, relation)
        };
        let verb_first = (self.lang == Lang::Ar
            && kind == CueKind::Verb
            && left.is_none()
            && !plural_verb
            && !death_phrase
            && !relative_gap
            && !self.noun_subject_before(i))
        .then(|| right.first())
        .flatten()
        .filter(|&&(k, g)| {
            !self.oblique(cue.span.end, k, PREPOSITIONS) && !self.locative(g) && !self.accusative(g)
        })
        .map(|&(_, g)| g);
        // "talks on Monday between X and Y": "between" right after the cue,
        // with no mention before it ("shared evidence with the U.S. about
        // contacts between X and Y" is about the pair, not between them).
        let between = self
            .marker_after(i, Marker::Between)
            .filter(|&b| !right.iter().any(|&(k, _)| k < b))
            .and_then(|b| right.iter().find(|(k, _)| *k > b).copied());
        if kind == CueKind::Obligation {
            // "Russia said that Sudan must return the helicopter": in
            // reported speech the speaker demands it of the modal's
            // subject. Outside reported speech a modal is no event.
            let reported = self.units[..i]
                .iter()
                .any(|u| u.kind == UnitKind::Marker(Marker::Speech));
            // The modal's subject stands right before it, adverbs or
            // "not" at most between; a mention that modifies a noun before
            // the modal is not it ("Fenno-Soviet trade would have to be
            // cut", "OPEC's agreement should foster stability").
            let clause = cue.clause;
            let right_before = self.units[..i]
                .iter()
                .rev()
                .take_while(|u| u.clause == clause)
                .find(|u| matches!(u.kind, UnitKind::Group(_)))
                .is_some_and(|u| {
                    let gap: Vec<&str> = self
                        .norm
                        .get(u.span.end..cue.span.start)
                        .unwrap_or("")
                        .split_whitespace()
                        .collect();
                    // "the rebels in Darfur must": a place may close the
                    // subject's phrase.
                    let place =
                        gap.len() <= 3 && matches!(gap.first(), Some(&("in" | "of" | "from")));
                    // "the Group of Seven (G-7) industrial countries
                    // should": the mention names the head noun's members.
                    let members = gap.len() <= 4
                        && gap.last().is_some_and(|w| {
                            MEMBER_NOUNS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
                        });
                    place
                        || members
                        || gap
                            .iter()
                            .all(|w| w.ends_with("ly") || MODAL_FILLERS.contains(w))
                });
            let subject = self.left_group_in_clause(i).filter(|_| right_before);
            if let (true, Some(p), Some(g)) = (reported, &speaker, subject) {
                sources = vec![p.clone()];
                (targets, target_group) = (parties(g), Some(g));
                confidence *= 0.8;
            }
        } else if kind == CueKind::Actor {
            // "Protesters ... against X": the mention is the source; a
            // target only where a preposition gives one.
            // Only the member the word names: in "clashes between police
            // and protesters" the police are no protesters. Members after
            // "of" or "من" say who the protesters are ("المتظاهرون من
            // فلسطينيين ودعاة سلام اجانب").
            let own = self.group_at(i);
            if let Some(g) = own {
                let all = parties(g);
                let named: Vec<Party> = all
                    .iter()
                    .filter(|p| p.core.start < cue.span.end && cue.span.start < p.core.end)
                    .cloned()
                    .collect();
                let partitive = named.first().is_some_and(|p| {
                    let after = self.norm[cue.span.end.min(p.core.end)..].trim_start();
                    ["of ", "from ", "من "].iter().any(|w| after.starts_with(w))
                });
                sources = if named.is_empty() || partitive {
                    all
                } else {
                    named
                };
            }
            if let Some((k, g)) = right.iter().copied().find(|&(_, g)| Some(g) != own) {
                if self.oblique(cue.span.end, k, PREPOSITIONS) {
                    (targets, target_group) = (parties(g), Some(g));
                }
            }
        } else if kind == CueKind::Passive || agent.is_some() {
            // "Y was attacked by X", "attack on Y by X", "تعرض لهجوم من قبل X".
            // An Arabic passive verb comes first and its subject, the
            // target, follows ("اغتيل كرامي"): only "على يد"/"من قبل" name
            // the agent. An English passive's first mention after it is.
            let arabic_passive = self.lang == Lang::Ar && kind == CueKind::Passive;
            // An English passive form without its "by" ("were killed"):
            // only a "by" after it names the agent. ("came under attack
            // from" ends with its own.)
            let bare = self.lang == Lang::En
                && kind == CueKind::Passive
                && !self.norm[cue.span.clone()].ends_with(" by")
                && !self.norm[cue.span.clone()].ends_with(" from");
            // "قتل على يد", "قصف من قبل": an Arabic passive cue may hold its
            // agent word, or another cue may have taken it ("تعرض الجيش
            // لقصف من قبل", where "قصف من قبل" is a cue too): the mention
            // right after the word is the agent.
            const AGENT_WORDS: [&str; 8] = [
                "من قبل",
                "علي يد",
                "علي ايدي",
                "من جانب",
                "برصاص",
                "بنيران",
                "بايدي",
                "بواسطه",
            ];
            let after_agent_word = || {
                right
                    .iter()
                    .find(|&&(k, _)| {
                        let before = self.norm[..self.units[k].span.start].trim_end();
                        AGENT_WORDS.iter().any(|w| before.ends_with(w))
                    })
                    .copied()
            };
            let by = agent
                .or_else(|| arabic_passive.then(after_agent_word).flatten())
                .or_else(|| {
                    (!arabic_passive && !bare)
                        .then(|| right.first().copied())
                        .flatten()
                });
            if let Some((_, g)) = by {
                sources = parties(g);
            }
            let before_agent = right.iter().find(|(k, _)| by.is_some_and(|(b, _)| *k < b));
            // "a new attack by Iran in the Gulf war against Iraq": after a
            // noun's agent, what it is aimed at, before the clause's subject.
            let aimed_after = agent
                .filter(|_| kind == CueKind::Noun && before_agent.is_none())
                .and_then(|(b, _)| {
                    right
                        .iter()
                        .find(|&&(k, _)| k > b && self.oblique(self.units[b].span.end, k, AIMED_AT))
                });
            // "deploy around the camp, besieged by Amal militia": a
            // participle set off by a comma after a noun no mention names
            // modifies that noun, not the mention before it ("Canada,
            // strongly supported by Australia" is Canada's).
            let participle = &self.norm[cue.span.clone()];
            let modifies_other = self.lang == Lang::En
                && (participle.ends_with(" by")
                    || self.norm[cue.span.end..].trim_start().starts_with("by "))
                && !["was ", "were ", "is ", "are ", "been ", "be "]
                    .iter()
                    .any(|a| participle.starts_with(a))
                && left.is_some_and(|g| {
                    let end = self.groups[g]
                        .last()
                        .map_or(0, |&m| self.mentions[m].span.end);
                    let gap = self.norm[end..cue.span.start].trim();
                    gap.len() > 1 && gap.ends_with(',') && !gap.starts_with(',')
                });
            match (kind, before_agent.or(aimed_after), left) {
                _ if modifies_other => {}
                (CueKind::Passive, _, Some(g)) => (targets, target_group) = (parties(g), Some(g)),
                (_, Some(&(_, g)), _) => (targets, target_group) = (parties(g), Some(g)),
                (_, None, Some(g)) => (targets, target_group) = (parties(g), Some(g)),
                // A mention right after another event's noun, or after a
                // verb that describes it, is that event's agent, not the
                // victims: "قتل 8 أشخاص بقصف لميليشيا الحوثي", "جراء قمع
                // الجيش للمتظاهرين", "في هجوم شنه داعش" (but "في انفجار
                // استهدف الزوار" names them).
                _ if arabic_passive && by.is_none() => {
                    if let Some(&(_, g)) = right.first().filter(|&&(k, _)| {
                        !self.units[i + 1..k].last().is_some_and(|u| {
                            words_between(self.norm, u.span.end, self.units[k].span.start) == 0
                                && match u.kind {
                                    UnitKind::Cue(_, CueKind::Noun) => true,
                                    UnitKind::Cue(..) => {
                                        u.hit.is_some_and(|h| self.hits[h].suffix.is_some())
                                    }
                                    _ => false,
                                }
                        })
                    }) {
                        (targets, target_group) = (parties(g), Some(g));
                    }
                }
                _ => {}
            }
        } else if (pairwise
            || self.reciprocal(i, &right)
            || (between.is_some_and(|(_, g)| self.armed_sides(g)) && self.mutual_fight(i, rel)))
            && (between.is_some()
                || left
                    .or(verb_first)
                    .is_some_and(|g| self.parties(g).len() >= 2))
        {
            // "talks between X and Y", "X and Y held talks", "اتفقت تركيا
            // واليونان": every pair.
            let g = between.map(|(_, g)| g).or(left).or(verb_first).unwrap_or(0);
            let mut ps = parties(g);
            // "بين الجيش اللبناني ومسلحين": an Arabic side after و may be
            // a group of its own.
            if ps.len() < 2 && between.is_some() {
                if let Some(h) = self.conjoined_next(g) {
                    ps.extend(parties(h));
                }
            }
            for (a, pa) in ps.iter().enumerate() {
                for pb in &ps[a + 1..] {
                    let both = [(pa, pb), (pb, pa)];
                    for (x, y) in both.iter().take(if rel.symmetric { 1 } else { 2 }) {
                        push_event(
                            self.lex,
                            out,
                            Event {
                                relation,
                                source: Some((*x).clone()),
                                target: Some((*y).clone()),
                                negated,
                                mood,
                                cue: hit.norm.clone(),
                                confidence: confidence * self.group_confidence(g),
                                past: self.past_verb(i),
                            },
                        );
                    }
                }
            }
            return;
        } else {
            let first_right = right.first().copied();
            let oblique =
                first_right.is_some_and(|(k, _)| self.oblique(cue.span.end, k, PREPOSITIONS));
            let adjacent = first_right.is_some_and(|(k, _)| {
                words_between(self.norm, cue.span.end, self.units[k].span.start) == 0
            });
            let described = (self.lang == Lang::Ar
                && kind == CueKind::Verb
                && hit.suffix.is_some()
                && adjacent
                && !oblique)
                .then(|| left.zip(first_right))
                .flatten()
                .filter(|&(g, _)| self.describes_left(i, g));
            // "لقي 37 شخصا مصرعهم", "أعلن الجيش مقتله": the pronoun on a
            // noun of death is who died, the nearest mention before that is
            // no place, if any.
            let death = matches!(
                self.norm[hit.norm.clone()]
                    .strip_prefix("ال")
                    .unwrap_or(&self.norm[hit.norm.clone()]),
                "مقتل" | "مصرع" | "حتف"
            );
            // "في استهدافهم بكمائن", "عند خطفهم": on a verbal noun of an
            // act done to people the pronoun is whom it was done to, as
            // its first genitive is (`PATIENT_NOUNS`), unless ل names them
            // after it ("احتلالها للعراق", its occupation of Iraq). Fighting
            // and facing are as often done by the pronoun ("محاربته
            // للإرهاب").
            let patient = || {
                let word = &self.norm[hit.norm.clone()];
                let word = word.strip_prefix("ال").unwrap_or(word);
                // Governed by a verb of doing or a purpose, the pronoun's
                // act is the subject's ("قاموا باختطافهم", "إقدام القوات
                // على توقيفه", "عمدت الشرطة إلى قمعها", "كمين نصبه التنظيم
                // لاختطافه"): the mention before is its agent.
                let governed = hit
                    .prefix
                    .trim_start_matches(['و', 'ف'])
                    .starts_with(['ل', 'ب'])
                    || self.norm[..hit.word_start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| matches!(w, "علي" | "الي"));
                self.lang == Lang::Ar
                    && !governed
                    && PATIENT_NOUNS.contains(&word)
                    && !matches!(word, "قتال" | "مواجهه" | "محاربه")
                    && !self.norm[cue.span.end..]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| {
                            w.trim_start_matches(['و', 'ف']).starts_with('ل')
                                // Nor when its object follows: a count or
                                // an accusative ("بعد خطفها ثمانية
                                // مقاتلين", "أثناء قصفها حيا").
                                || ARABIC_COUNTS.contains(&w)
                                || w.bytes().all(|b| b.is_ascii_digit())
                                || (w.ends_with('ا') && !w.starts_with("ال"))
                        })
            };
            if kind == CueKind::Noun && hit.suffix.is_some() && (death || patient()) {
                let nearest =
                    self.units[..i]
                        .iter()
                        .enumerate()
                        .rev()
                        .find_map(|(k, u)| match u.kind {
                            UnitKind::Group(g)
                                if !self.parties(g).is_empty() && !self.locative(g) =>
                            {
                                Some((k, g))
                            }
                            _ => None,
                        });
                // "وأدان الرئيس المصري اغتياله": who condemns a killing is
                // not its victim; the pronoun is someone named before.
                let condemner = |k: usize| {
                    !death
                        && (self.subject_of_verbal_cue(k, rel)
                            || k.checked_sub(1).is_some_and(|v| {
                                self.units[v].kind == UnitKind::Marker(Marker::Speech)
                            }))
                };
                // The pronoun of an act done to people stands for people
                // named near it: not a state, an office or a court, and
                // not across a clause ("منح الضوء الأخضر لترحيله" is not
                // the government's deportation; "تم استهدافها" stands for
                // vehicles no mention names); nor for the mention right
                // before it, the subject of the verb that governs it
                // ("حاولت الشرطة تفريقهم").
                let people = |k: usize, g: usize| {
                    death
                        || ((1..=6).contains(&words_between(
                            self.norm,
                            self.units[k].span.end,
                            cue.span.start,
                        )) && self.parties(g).iter().all(|p| match p.role.as_deref() {
                            Some(r) => !matches!(r, "GOV" | "JUD" | "LEG" | "IGO"),
                            None => {
                                p.actor.is_some_and(|a| {
                                    self.lex.actor(a).kind != crate::lexicon::ActorType::State
                                }) || self.norm[p.core.clone()].ends_with("يين")
                                    || self.norm[p.core.clone()].ends_with("يون")
                            }
                        }))
                };
                if let Some((_, g)) = nearest.filter(|&(k, g)| !condemner(k) && people(k, g)) {
                    (targets, target_group) = (parties(g), Some(g));
                }
            } else if kind == CueKind::Noun && hit.suffix.is_some() {
                // "هجومه على جنودنا": the pronoun is the source; it refers to
                // the nearest mention before the cue.
                if let Some(g) = self.units[..i].iter().rev().find_map(|u| match u.kind {
                    UnitKind::Group(g) if !self.parties(g).is_empty() => Some(g),
                    _ => None,
                }) {
                    sources = parties(g);
                    confidence *= 0.8;
                }
                if let Some((_, g)) = first_right {
                    (targets, target_group) = (parties(g), Some(g));
                }
            } else if self.lang == Lang::Ar
                && rel.plover == "PROTEST"
                && left.is_none()
                && !oblique
                && first_right.is_some_and(|(k, g)| {
                    words_between(self.norm, cue.span.end, self.units[k].span.start) <= 2
                        && !self.locative(g)
                        // "اعتصام أمام السفارتين التشيكية والأميركية": a
                        // place before which it is held is whom it is
                        // against, not who protests.
                        && !self.norm[cue.span.end..self.units[k].span.start]
                            .split_whitespace()
                            .any(|w| matches!(w, "امام" | "قرب" | "عند" | "داخل" | "خارج"))
                })
            {
                // "تظاهر آلاف العراقيين", "مظاهرة للطلاب": a protest's
                // participants follow its word, after a quantity at most
                // (a place after في is where it is held: "مظاهرة في
                // الخرطوم").
                if let Some((_, g)) = first_right {
                    sources = parties(g);
                }
                if let Some(&(k, g)) = right.get(1) {
                    if self.oblique(cue.span.end, k, PREPOSITIONS) {
                        (targets, target_group) = (parties(g), Some(g));
                    }
                }
            } else if let Some((_, g)) = first_right.filter(|&(k, _)| {
                self.lang == Lang::En
                    && kind == CueKind::Noun
                    && AGENTIVE_OF.contains(&&self.norm[hit.norm.clone()])
                    // Not "in support of OPEC" nor "their support of US
                    // Sprint", whose "of" names the one supported.
                    && self.norm[..hit.word_start].split_whitespace().next_back() == Some("the")
                    && words_between(self.norm, cue.span.end, self.units[k].span.start) <= 2
                    && self.after_of(k)
            }) {
                // "Yemen won the support of the European Union", "with the
                // backing of Saudi Arabia": the genitive of a noun of
                // support or consent is who gives it; the subject, if any,
                // receives it.
                sources = parties(g);
                // "Japan sent troops to Iraq at the request of the United
                // States": what is done at one's request is the subject's,
                // the first mention of its part, not the object's.
                let at = self.norm[..hit.word_start]
                    .split_whitespace()
                    .rev()
                    .nth(1)
                    .is_some_and(|w| w == "at");
                let subject = at
                    .then(|| {
                        let part = self.units[i].part;
                        self.units[..i].iter().find_map(|u| match u.kind {
                            UnitKind::Group(s) if u.part == part => Some(s),
                            _ => None,
                        })
                    })
                    .flatten();
                if let Some(l) = subject.or(left) {
                    (targets, target_group) = (parties(l), Some(l));
                }
            } else if let Some((_, g)) = first_right.filter(|&(k, g)| {
                // One adjective may stand between ("غارات مكثفة لطائرات
                // التحالف", "قصف مدفعي لقوات النظام"), and a ل written
                // apart.
                let gap: Vec<&str> = self.norm[cue.span.end..self.units[k].span.start]
                    .split_whitespace()
                    .collect();
                // Not after a protest, whose adjective of stance takes the
                // ل ("هتافات مناهضة للشرطة"), nor after a blow, which is
                // dealt to what ل names ("ضربة سياسية للإدارة").
                let head = self.norm[hit.norm.clone()]
                    .split(' ')
                    .next()
                    .unwrap_or_default();
                let adjective = rel.plover == "ASSAULT"
                    && !matches!(head, "ضربه" | "ضربات" | "عمليه")
                    && matches!(gap.as_slice(),
                        [w] if w.chars().count() > 3 && (w.ends_with('ه') || w.ends_with('ي')));
                (adjacent
                    || adjective
                    || (self.detached_lam(g) || self.members_after_lam(g))
                        && words_between(self.norm, cue.span.end, self.units[k].span.start) == 1)
                    // A light verb and its noun with no subject before it
                    // ("وشنت غارات مكثفة لطائرات التحالف") are the noun's.
                    && (kind == CueKind::Noun || left.is_none())
                    && self.possessive_agent(hit, kind, rel, g)
            }) {
                // "هجوم للقوات الأميركية على", "غارة للتحالف": after a noun
                // of an attack, ل names whose attack it is.
                sources = parties(g);
                let agent_end = self
                    .unit_of(g)
                    .map_or(cue.span.end, |k| self.units[k].span.end);
                if let Some(&(k, g)) = right.get(1) {
                    // Its object after على, one noun of a place at most
                    // between: "على مواقع الحوثيين".
                    let gap: Vec<&str> = self.norm
                        [agent_end.min(self.units[k].span.start)..self.units[k].span.start]
                        .split_whitespace()
                        .collect();
                    if self.oblique(cue.span.end, k, PREPOSITIONS)
                        || matches!(gap.as_slice(), ["علي" | "ضد", _])
                    {
                        (targets, target_group) = (parties(g), Some(g));
                    }
                }
            } else if self.lang == Lang::Ar
                && kind == CueKind::Noun
                && (adjacent
                    || (matches!(rel.plover.as_str(), "ASSAULT" | "COERCE" | "SANCTION")
                        && first_right.is_some_and(|(k, g)| self.nisba_after(cue.span.end, k, g))))
                && !oblique
                && !ends_in_preposition(&self.norm[cue.span.clone()])
                && !self.patient_genitive(hit, &right)
                && !first_right.is_some_and(|(_, g)| self.locative(g))
            {
                // Idafa: "هجمات النظام على X" — the attacker follows the noun;
                // the place a battle is named by is no attacker ("معركة صنعاء").
                if let Some((_, g)) = first_right {
                    sources = parties(g);
                }
                if let Some(&(_, g)) = right.get(1) {
                    (targets, target_group) = (parties(g), Some(g));
                }
            } else if let Some((object, (_, subject))) = described {
                // "وحدات من الجيش تدعمها حكومة هادي", "رهائن احتجزتهم
                // الجبهة": a verb with an object pronoun right after a noun
                // (an indefinite one needs no relative pronoun) describes
                // it; the pronoun is the noun, the verb's object, and the
                // subject follows the verb.
                sources = parties(subject);
                (targets, target_group) = (parties(object), Some(object));
            } else if let Some((_, subject)) = (self.lang == Lang::Ar
                && kind == CueKind::Verb
                && hit.suffix.is_some()
                && adjacent
                && !oblique
                && left.is_some())
            .then_some(first_right)
            .flatten()
            .filter(|&(_, g)| !self.locative(g))
            {
                // "230 مواطنا من النازحين وسكان مدينة القريتين اختطفهم تنظيم
                // الدولة": with a pronoun for its object, an Arabic verb has
                // the mention right after it for subject, wherever the
                // pronoun's noun stands; the nearest mention before is that
                // noun, unless another act stands between.
                sources = parties(subject);
                if let Some(g) = left.filter(|&g| {
                    self.unit_of(g).is_some_and(|k| {
                        !self.units[k + 1..i]
                            .iter()
                            .any(|u| matches!(u.kind, UnitKind::Cue(..)))
                    })
                }) {
                    (targets, target_group) = (parties(g), Some(g));
                }
            } else if let Some(p) = (left.is_none() && self.reported_pronoun_subject(i))
                .then(|| self.pronoun_speaker(i, speaker.as_ref(), rel.quad.is_verbal()))
                .flatten()
            {
                // "Syria says it is willing to withdraw its troops", "وقال
                // الجيش إنه قتل 8 جنود": in reported speech a subject
                // pronoun is the speaker, named with or without a country,
                // and the mention after the verb is its object.
                sources = vec![p];
                if let Some((_, g)) = first_right {
                    (targets, target_group) = (parties(g), Some(g));
                }
                confidence *= 0.8;
            } else if let Some(g) = self.infinitive_subject(i).or(left) {
                sources = parties(g);
                // "Syria offered its troops to Lebanon": the subject's own
                // forces or people are what it acts with; the target is
                // the mention after them. So are the forces a mobilization
                // names without a country ("Britain mobilized army
                // reservists for a war against Iraq").
                let target = match right.as_slice() {
                    [(_, own), rest @ ..]
                        if rel.plover == "MOBILIZE" && self.countryless_forces(*own) =>
                    {
                        rest.first().map(|&(_, g)| g)
                    }
                    [(_, own), (_, next), ..] if self.owned(*own) => Some(*next),
                    _ => first_right.map(|(_, g)| g),
                };
                if let Some(g) = target {
                    (targets, target_group) = (parties(g), Some(g));
                }
            } else if self.lang == Lang::Ar
                && kind == CueKind::Verb
                && !oblique
                && !plural_verb
                && !death_phrase
                && !relative_gap
                && !self.noun_subject_before(i)
                && first_right.is_some_and(|(_, g)| !self.locative(g) && !self.accusative(g))
            {
                // Verb-first clause: "هاجم الجيش السوري مواقع ..." (a place
                // after في is where it happened: "قتلوا في العراق").
                if let Some((_, g)) = first_right {
                    sources = parties(g);
                }
                // As in English, the forces a mobilization names without
                // a country are the subject's own ("حشدت روسيا قوات على
                // حدود أوكرانيا").
                let object = match right.get(1..).unwrap_or_default() {
                    [(_, own), rest @ ..]
                        if rel.plover == "MOBILIZE" && self.countryless_forces(*own) =>
                    {
                        rest.first()
                    }
                    rest => rest.first(),
                };
                if let Some(&(_, g)) = object {
                    (targets, target_group) = (parties(g), Some(g));
                }
                confidence *= 0.9;
            } else if let Some((k, g)) = first_right {
                (targets, target_group) = (parties(g), Some(g));
                // No subject in the clause: a verbal act (demand, accusation,
                // a meeting *with* someone) is the current speaker's.
                let partner = self.oblique(cue.span.end, k, COMITATIVES);
                let consult = rel.plover == "CONSULT";
                if rel.quad.is_verbal() && (!consult || partner) && !self.unnamed_subject(i) {
                    if let Some(p) = &speaker {
                        sources = vec![p.clone()];
                        confidence *= 0.7;
                    }
                }
            }
        }
        if let (Some(r), true) = (recipient.or(victim), targets.is_empty()) {
            (targets, target_group) = (parties(r), Some(r));
        }
        // "The government, faced with mounting social unrest against its
        // policies", "is facing protests": who faces a protest or a strike
        // is its target, not its source.
        if self.lang == Lang::En
            && kind == CueKind::Noun
            && rel.plover == "PROTEST"
            && targets.is_empty()
            && !sources.is_empty()
            && self.faced(i)
        {
            targets = std::mem::take(&mut sources);
            target_group = left;
        }
        // "زوجة أبي سياف قيد الاعتقال لدى القوات الأميركية": whom the
        // detained are held with (لدى) holds them.
        if self.lang == Lang::Ar
            && rel.plover == "COERCE"
            && sources.is_empty()
            && target_group.is_some_and(|g| {
                self.unit_of(g)
                    .is_some_and(|k| self.oblique(cue.span.end, k, &["لدي"]))
            })
        {
            sources = std::mem::take(&mut targets);
            target_group = None;
        }
        // "قتل جندي تركي في اشتباكات مع داعش": a clash that took victims
        // was the side's they clashed with, on them.
        if let Some(v) = victim.filter(|&v| {
            sources.is_empty()
                && target_group != Some(v)
                && target_group.is_some_and(|g| self.clash_partner(i, rel) == Some(g))
        }) {
            sources = std::mem::take(&mut targets);
            (targets, target_group) = (parties(v), Some(v));
        }
        // "كثف المتشددون هجماتهم على الجيش", "واصلت القوات قصفها": an
        // Arabic event noun with a third-person possessive is its owner's,
        // the mention right before it, subject of the verb that governs
        // the noun (a preposition makes that mention no subject).
        // The possessive of a verbal noun of an act done to someone is
        // that someone ("استهدافه", "استجوابه"), unless it is on the
        // phrase's preposition ("ألقى مسلحون القبض عليه"); after ل or ب
        // the noun is a purpose or a means, with no subject before it.
        let owned = || {
            let cue_text = &self.norm[hit.norm.clone()];
            let head = cue_text.split(' ').next().unwrap_or_default();
            let head = head.strip_prefix("ال").unwrap_or(head);
            ends_in_preposition(cue_text) || !PATIENT_NOUNS.contains(&head) && !verbal_noun(head)
        };
        if self.lang == Lang::Ar
            && kind == CueKind::Noun
            && sources.is_empty()
            && !preposition_clitic(hit.prefix)
            && hit
                .suffix
                .is_some_and(|s| matches!(s, "ه" | "ها" | "هم" | "هما" | "هن"))
            && owned()
        {
            let owner = i
                .checked_sub(1)
                .filter(|&k| {
                    words_between(self.norm, self.units[k].span.end, cue.span.start) == 0
                        && !self.oblique(0, k, PREPOSITIONS)
                })
                .and_then(|k| match self.units[k].kind {
                    UnitKind::Group(g) if !self.locative(g) && target_group != Some(g) => Some(g),
                    _ => None,
                });
            if let Some(g) = owner {
                sources = parties(g);
            }
        }
        // "وندد الوزير بقصف المدنيين", "لقمع المعارضة": people who bear no
        // arms, named right after an Arabic act of force as its only side
        // (its genitive, or a verb's subject), are whom it is done to.
        // Civilians do attack ("قتل مواطن ابنه", "هاجم الأهالي"), so an
        // assault turns only as a verbal noun: a noun cue, or a verb's form
        // after a preposition ("عن قتل المصلين").
        let as_verbal_noun = || {
            kind == CueKind::Noun
                || preposition_clitic(hit.prefix)
                || self.norm[..hit.word_start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| PREPOSITIONS.contains(&w))
        };
        // A verb with an object pronoun has its subject after it ("ما كانت
        // تحظره جامعة فيرمونت").
        if let Some(&(k, g)) = right.first().filter(|_| {
            self.lang == Lang::Ar
                && targets.is_empty()
                && !sources.is_empty()
                && agent.is_none()
                && (rel.plover == "COERCE" && hit.suffix.is_none() || as_verbal_noun())
        }) {
            let first = parties(g);
            let unarmed = |p: &Party| {
                p.role
                    .as_deref()
                    .is_some_and(|r| unarmed_patient(rel.plover.as_str(), r))
                    && p.actor
                        .is_none_or(|a| self.lex.actor(a).kind == crate::lexicon::ActorType::State)
            };
            if words_between(self.norm, cue.span.end, self.units[k].span.start) == 0
                && first.len() == sources.len()
                && first.iter().zip(&sources).all(|(a, b)| a.key() == b.key())
                && sources.iter().all(unarmed)
                && !self.civilians_who_fight(g)
            {
                (targets, target_group) = (std::mem::take(&mut sources), Some(g));
            }
        }
        // "ألقت قوات الأمن القبض على 17 شخصا يشتبه في انتمائهم لتنظيم
        // داعش": those taken are named by the group they belong to.
        if self.lang == Lang::Ar
            && rel.plover == "COERCE"
            && targets.iter().all(|t| t.actor.is_none())
        {
            if let Some(g) = self.members_of(i) {
                (targets, target_group) = (parties(g), Some(g));
            }
        }
        // "شنت القوات التركية غارات على أهداف للحزب، أسفرت عن مقتل 260
        // مسلحا", "انفجار في مستودع لوحدات الحماية أدى إلى مقتل اثنين": a
        // verb of result has the event before it for subject, and the
        // mention before it is that event's object or place. The dead are
        // the work of that event's agent, if the sentence names one.
        if self.lang == Lang::Ar
            && rel.plover == "ASSAULT"
            && RESULTS
                .iter()
                .any(|r| self.norm[cue.span.clone()].starts_with(r))
        {
            let assault = |e: &&Event| {
                e.cue.end <= cue.span.start && self.lex.relation(e.relation).plover == "ASSAULT"
            };
            sources = match out.iter().rev().find(assault) {
                Some(cause) => sources_of(out, &cause.cue),
                // With no such event the mention before may be the agent
                // ("قيام مستوطنين بحرق منزل ما أدى إلى مقتل طفل"), unless
                // a preposition makes it an object or a place ("انفجارا في
                // بلدة قرب الحدود مع سوريا أسفر عن مقتل").
                None if self
                    .nearest_left_group(i)
                    .and_then(|g| self.unit_of(g))
                    .is_some_and(|k| self.oblique(0, k, PREPOSITIONS)) =>
                {
                    Vec::new()
                }
                None => sources,
            };
        }
        // "حولت شرطة الاحتلال باحات الأقصى إلى ساحة حرب واعتدت على
        // المصلين", "واستهدف طيران التحالف مواقع … كما استهدفت تجمعات لهم":
        // an Arabic verb joined to an earlier one by و, كما or ثم, with no
        // subject of its own after it, shares the earlier one's; the
        // mention between them is that verb's object. So do the dead a
        // count after it reports, when both are assaults ("وقصفت الطائرات
        // مواقعهم وقتلت 20 منهم").
        if let Some(j) = self.arabic_coordinated(i) {
            let own_subject = verb_first.is_some()
                || left.is_some_and(|g| self.unit_of(g).is_some_and(|k| k < j));
            let assaults = |k: usize| match self.units[k].kind {
                UnitKind::Cue(r, _) => self.lex.relation(r).plover == "ASSAULT",
                _ => false,
            };
            let shares = match kind {
                CueKind::Verb => !own_subject,
                CueKind::Passive => rel.plover == "ASSAULT" && assaults(j) && sources.is_empty(),
                _ => false,
            };
            if let (true, Some(h)) = (shares, self.units[j].hit) {
                let earlier = &self.hits[h].norm;
                let shared = sources_of(out, earlier);
                if !shared.is_empty() {
                    sources = shared;
                }
            }
        }
        // "غارة جوية أمريكية في أفغانستان قتلت قياديا": an Arabic verb of
        // force whose subject is a noun of an attack before it, no
        // preposition on the noun and no mention of its own, is the
        // attack's agent's.
        if self.lang == Lang::Ar
            && kind == CueKind::Verb
            && rel.plover == "ASSAULT"
            && sources.is_empty()
            && left.is_none()
            && verb_first.is_none()
        {
            let part = self.units[i].part;
            let noun = (0..i)
                .rev()
                .take_while(|&k| self.units[k].part == part)
                .find(|&k| matches!(self.units[k].kind, UnitKind::Cue(..)))
                .filter(|&k| match self.units[k].kind {
                    UnitKind::Cue(r, CueKind::Noun) => {
                        self.lex.relation(r).plover == "ASSAULT"
                            && self.units[k].hit.is_some_and(|h| {
                                let noun = &self.hits[h];
                                !preposition_clitic(noun.prefix)
                                    && self.norm[..noun.word_start]
                                        .split_whitespace()
                                        .next_back()
                                        .is_none_or(|w| !PREPOSITION_WORDS.contains(&w))
                            })
                    }
                    _ => false,
                });
            if let Some(h) = noun.and_then(|k| self.units[k].hit) {
                sources = sources_of(out, &self.hits[h].norm);
            }
        }
        // "An attack by Iran on Iraq killed ten people": an English verb's
        // subject is the noun phrase before it. A mention after that noun's
        // preposition is the noun's object, and the noun's agent is the
        // verb's.
        if self.lang == Lang::En && kind == CueKind::Verb {
            if let Some(g) = left.filter(|&g| {
                self.unit_of(g)
                    .is_some_and(|k| self.oblique(0, k, AIMED_AT))
            }) {
                let at = self.mentions[self.groups[g][0]].span.start;
                let aimed = |e: &&Event| {
                    e.cue.end <= at
                        && e.target
                            .as_ref()
                            .is_some_and(|t| t.core.start <= at && at <= t.core.end)
                };
                if let Some(cause) = out.iter().rev().find(aimed) {
                    sources = cause.source.iter().cloned().collect();
                }
            }
        }
        // "The PKK claimed responsibility for the attack", "أعلنت حركة
        // طالبان مسؤوليتها عن الهجوم": whoever claims an assault made it,
        // though the claim's verb is one of saying.
        // One who denies it ("نفت حماس مسؤوليتها عن الهجوم", "Hamas did
        // not claim responsibility for the attack") is not its agent, and
        // the denial does not negate the act.
        let mut negated = negated;
        if let Some((g, denied)) = self.claimant(i, rel) {
            if denied {
                sources.clear();
                negated = false;
            } else {
                sources = parties(g);
            }
            if target_group == Some(g) {
                (targets, target_group) = (Vec::new(), None);
            }
        }
        // "Iraqi troops repelled an attack by Iranian forces", "وتصدى
        // الجيش العراقي لهجوم شنه داعش": whoever repels an assault is its
        // target, not its agent; one that is foiled ("Egyptian police
        // foiled an attack", "أحبطت القوات هجوما") did not happen.
        // "قتل جندي تركي في اشتباكات مع داعش": the dead fell to the side
        // they clashed with.
        if let Some(h) = (casualty && sources.is_empty())
            .then(|| self.fell_in_clash_with(i))
            .flatten()
            .filter(|&h| target_group != Some(h))
        {
            sources = parties(h);
        }
        // "فجر انتحاري نفسه في مسجد وراح ضحيته 20 مصليا": who falls
        // victim to it follows the phrase, and what or who it is stands
        // before it (a place there is where).
        if self.lang == Lang::Ar
            && matches!(&self.norm[hit.norm.clone()], "راح ضحيته" | "راح ضحيتها")
        {
            (targets, target_group) = match right.first() {
                Some(&(_, g)) => (parties(g), Some(g)),
                None => (Vec::new(), None),
            };
            // Only an armed side there did it: a building's owner ("مسجد
            // قوات الطوارئ") or the victims of a poisoning did not.
            if let Some(g) = self.nearest_left_group(i).filter(|&g| {
                !self.locative(g)
                    && !self.owns_building(g)
                    && self.event_parties(g).iter().all(|p| self.armed_or_group(p))
            }) {
                sources = parties(g);
            }
        }
        // "انفجار ألغام زرعها الحوثيون", "عبوة ناسفة وضعها مسلحون": the
        // subject of a verb of planting or launching, with a pronoun for
        // the device, set it off.
        // The planter may stand after the victims of a casualty report
        // ("قتل 9 أشخاص إثر انفجارات لألغام زرعها المتمردون"), or before
        // its verb ("في هجومين يشتبه أن جماعة بوكو حرام نفذتهما").
        // The clause may end before it, at "أن" or a word of cause.
        let planter = (sources.is_empty() && rel.plover == "ASSAULT" && self.lang == Lang::Ar)
            .then(|| {
                self.units[i + 1..]
                    .iter()
                    .take_while(|u| words_between(self.norm, cue.span.end, u.span.start) <= 15)
                    .find_map(|u| match u.kind {
                        UnitKind::Group(g) if self.planted_by(g, target_group != Some(g)) => {
                            Some(g)
                        }
                        _ => None,
                    })
            })
            .flatten();
        if let Some(g) = planter {
            sources = parties(g);
            if target_group == Some(g) {
                (targets, target_group) = (Vec::new(), None);
            }
        }
        let resisted = self.resisted(i, kind, rel);
        if let Some((None, _)) = resisted {
            negated = true;
        }
        if let Some((Some(defender), foiled)) = resisted {
            let defending = parties(defender);
            let keys: Vec<_> = defending.iter().map(Party::key).collect();
            sources.retain(|p| !keys.contains(&p.key()));
            if foiled {
                negated = true;
                if target_group == Some(defender) {
                    (targets, target_group) = (Vec::new(), None);
                }
            } else if targets.is_empty() || target_group == Some(defender) {
                (targets, target_group) = (defending, Some(defender));
            } else if let Some(g) = target_group
                .filter(|&g| sources.is_empty() && self.possessive_agent(hit, kind, rel, g))
            {
                // "صد هجوم لمسلحي داعش": ل names whose assault it was.
                sources = parties(g);
                (targets, target_group) = (defending, Some(defender));
            }
        }
        // "condemns the attack on worshippers in Iraq", "أدانت البحرين
        // التفجير في العراق": what is condemned is an act of force or a
        // sanction, and the mentions after its noun are its victims or its
        // place, not the one condemned. Its agent is ("the attack by
        // Islamic State", "هجوم داعش على"; "Israel's attack" stands before
        // the noun).
        if rel.plover == "ACCUSE" {
            if let Some(at) = target_group
                .and_then(|g| self.units.iter().position(|u| u.kind == UnitKind::Group(g)))
                .filter(|&at| at > i)
            {
                let act = self.units[i + 1..at]
                    .iter()
                    .rposition(|u| match u.kind {
                        UnitKind::Cue(r, CueKind::Noun) => matches!(
                            self.lex.relation(r).plover.as_str(),
                            "ASSAULT" | "COERCE" | "SANCTION"
                        ),
                        _ => false,
                    })
                    .map(|k| i + 1 + k);
                let agent = act.is_some_and(|k| {
                    self.units[k + 1..at]
                        .iter()
                        .any(|u| u.kind == UnitKind::Marker(Marker::Agent))
                        || (self.lang == Lang::Ar
                            && at == k + 1
                            && words_between(
                                self.norm,
                                self.units[k].span.end,
                                self.units[at].span.start,
                            ) == 0)
                });
                if act.is_some() && !agent {
                    (targets, target_group) = (Vec::new(), None);
                }
            }
        }
        // "a hunger strike to demand the resignation of the Algerian
        // president", "demonstrated calling for independence from Iraq": a
        // protest whose text names no target is against the one its
        // demand is addressed to.
        if rel.plover == "PROTEST" && targets.is_empty() {
            if let Some(&(_, g)) = self
                .purpose_demand(i)
                .and_then(|j| self.right_groups(j).first().copied())
                .as_ref()
            {
                (targets, target_group) = (parties(g), Some(g));
            }
        }
        // "ذوي ضحايا تفجير خان بني سعد", "عدد الضحايا في تفجير مسجد",
        // "سقوط قتلى في صفوف السكان": a side named as the victims, or as the
        // ranks the dead fell in, suffered the act; it never did it.
        if matches!(rel.plover.as_str(), "ASSAULT" | "COERCE")
            && !sources.is_empty()
            && sources.iter().all(|p| self.named_as_victims(p))
        {
            if targets.is_empty() {
                targets = std::mem::take(&mut sources);
            } else {
                sources.clear();
            }
        }
        // A side that names only a role ("the leaders", "protesters") acts
        // in events that are news by themselves; in others it is usually
        // a reference to someone named elsewhere, which is not resolved.
        let stands_alone = rel.stands_alone();
        if !stands_alone {
            sources.retain(|p| p.actor.is_some());
            targets.retain(|p| p.actor.is_some());
        }
        // A business named only by its role ("the company", "firms",
        // "الشركات") is no political actor by itself: an event whose only
        // side it is reads the cue in its business sense ("the company has
        // targeted waste energy systems", "firms protested the merger",
        // "الشركات الأجنبية تسيطر على سوق المقاولات"). Businessmen arrested,
        // a firm banned or a company attacked stay news.
        let business = |p: &Party| p.actor.is_none() && p.role.as_deref() == Some("BUS");
        let is_business = |p: &Party| p.role.as_deref() == Some("BUS");
        let only_business = match (sources.is_empty(), targets.is_empty()) {
            // With its country too: "all airlines are fighting this".
            (false, true) => sources.iter().all(is_business),
            (true, false) => {
                !matches!(rel.plover.as_str(), "COERCE" | "ASSAULT") && targets.iter().all(business)
            }
            _ => false,
        };
        // Businesses on both sides trade, compete or merge ("Dutch chemical
        // group Akzo agreed to take over subsidiaries of French group
        // Rhone-Poulenc", "Japanese chip companies pledged three mln dlrs
        // to an American company"): whatever their countries, that is a
        // market's news, not an event between states.
        let between_businesses = !sources.is_empty()
            && !targets.is_empty()
            && sources.iter().all(is_business)
            && targets.iter().all(is_business)
            && !matches!(rel.plover.as_str(), "COERCE" | "ASSAULT");
        if only_business || between_businesses {
            return;
        }
        // "Sudanese police arrested protesters": a state's own government,
        // forces or police acting on people named only by their role, in a
        // sentence that names no other actor, act on their own country's
        // people, as event coders code it (a domestic event, SDN → SDN).
        if let [s] = sources.as_slice() {
            let own = s.actor.filter(|&a| {
                matches!(
                    s.role.as_deref(),
                    Some("GOV" | "MIL" | "COP" | "SPY" | "JUD")
                ) && self.lex.actor(a).kind == crate::lexicon::ActorType::State
                    && self.mentions.iter().filter_map(|m| m.actor).all(|x| x == a)
            });
            if let Some(a) = own {
                // Armed groups and criminals named by their role alone are
                // as often foreign as not ("troops killed three militants").
                let armed = |t: &Party| matches!(t.role.as_deref(), Some("REB" | "MIL" | "CRM"));
                for t in targets
                    .iter_mut()
                    .filter(|t| t.actor.is_none() && !armed(t))
                {
                    t.actor = Some(a);
                    confidence *= 0.8;
                }
            }
        }
        // "Turkish companies, which hardliners accused of …": the
        // antecedent of a relative clause with its own subject is its
        // object.
        if let Some(g) = object_antecedent {
            (targets, target_group) = (parties(g), Some(g));
            sources.retain(|s| !targets.iter().any(|t| t.same_as(s)));
        }
        // A country after "in" or "في" is where the event happened: coders
        // take it as the target when there is no other ("suspended aid
        // deliveries in Baghdad"), but never as the source's own target
        // ("Iraqis protested in Baghdad" is a protest without a target).
        if target_group.is_some_and(|g| self.locative(g)) {
            targets.retain(|t| !sources.iter().any(|s| s.same_as(t)));
        }
        // A protest against an institution named by its role alone
        // ("a hunger strike outside Parliament", "marched on the
        // ministry") is against the protesters' own country's.
        // A people named by its state's name or adjective alone that
        // protests against that state's institutions is its society
        // ("تظاهر آلاف المصريين ضد الحكومة": CVL against GOV), as the
        // English plural of a people is.
        if rel.plover == "PROTEST" {
            if let [s] = sources.as_mut_slice() {
                let own = s
                    .actor
                    .filter(|&a| self.lex.actor(a).kind == crate::lexicon::ActorType::State);
                let institution = |t: &Party| {
                    t.actor.is_none()
                        && matches!(
                            t.role.as_deref(),
                            Some("GOV" | "LEG" | "JUD" | "COP" | "MIL")
                        )
                };
                if let Some(a) = own {
                    let mut any = false;
                    for t in targets.iter_mut().filter(|t| institution(t)) {
                        t.actor = Some(a);
                        any = true;
                    }
                    if any && s.role.is_none() {
                        s.role = Some("CVL".to_string());
                    }
                }
            }
        }
        // A protest whose text names no target is addressed to the
        // protesters' own government, as event coders code it ("Thousands
        // of Iraqis protested": IRQ → IRQ GOV). The target is implied: its
        // mention is empty, at the cue.
        if rel.plover == "PROTEST" && targets.is_empty() {
            if let [s] = sources.as_slice() {
                let own = s.actor.filter(|&a| {
                    self.lex.actor(a).kind == crate::lexicon::ActorType::State
                        && s.role.as_deref() != Some("GOV")
                });
                if let Some(a) = own {
                    targets.push(Party {
                        actor: Some(a),
                        role: Some("GOV".to_string()),
                        core: cue.span.start..cue.span.start,
                    });
                    confidence *= 0.8;
                }
            }
        }
        // "Nigeria will withdraw its force from Chad unless ...", "Russia
        // threatened to stop negotiations if the United States ...": a
        // threat, or a planned material conflict or withdrawal, with a
        // condition after it is a threat (CAMEO 13), made now, against the
        // target the text gives or else the subject of the condition. A
        // conditional refusal ("will not accept refugees if war starts")
        // stays a refusal.
        let threat = self.lex.relation_of_class("THREATEN");
        // "The EC may halt mediation if …": a possible act under a
        // condition is as much a threat as a planned one.
        let threatening = !negated
            && threat.is_some_and(|t| {
                relation == t
                    || ((mood == Mood::Planned || self.possible(i))
                        && (rel.quad == Quad::MaterialConflict || rel.plover == "RETREAT"))
            });
        let (relation, rel, mood) = match (threat, self.condition_after(i)) {
            (Some(t), Some(subject)) if threatening => {
                if targets.is_empty() {
                    targets = subject
                        .map(parties)
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|p| p.actor.is_some() && !sources.iter().any(|s| s.same_as(p)))
                        .take(1)
                        .collect();
                }
                (t, self.lex.relation(t), Mood::Done)
            }
            _ => (relation, rel, mood),
        };
        if hypothesis && threat != Some(relation) {
            return;
        }
        // A threat is not news by itself, whatever the act threatened.
        let stands_alone = rel.stands_alone();
        // "discussed cooperation in the fight against Islamic State",
        // "تعزيز التعاون لمكافحة داعش": whom partners fight together is
        // their common enemy, no partner.
        if matches!(
            rel.plover.as_str(),
            "COOPERATE" | "CONSULT" | "AGREE" | "AID" | "SUPPORT"
        ) {
            targets.retain(|t| !self.common_enemy(t));
        }
        // "إن تنظيم داعش يقف وراء الاعتداء الانتحاري الذي استهدف مدينة
        // سروج", "تبنى التنظيم الهجوم الذي استهدف": a verb opening a
        // relative clause on an assault noun is that assault; whoever the
        // noun has for its agent did it.
        // (The noun may have been folded into another event, a claim's:
        // look at the hits.)
        if sources.is_empty() && rel.plover == "ASSAULT" && self.opens_relative(i) {
            let noun = self.hits.iter().rfind(|h| {
                h.word_span().end <= hit.word_start
                    && words_between(self.norm, h.word_span().end, hit.word_start) <= 3
                    && self.lex.senses(h).any(|s| {
                        matches!(s, Sense::Cue { relation, kind: CueKind::Noun }
                            if self.lex.relation(*relation).plover == "ASSAULT")
                    })
            });
            if let Some(h) = noun {
                sources = sources_of(out, &h.norm);
            }
        }
        // "what Baghdad has hailed as the failure of Iran's so-called year
        // of decisiveness", "رحب بهزيمة داعش": praise for a side's defeat
        // is none for the side.
        if rel.plover == "SUPPORT" {
            targets.retain(|t| !self.defeated(t));
        }
        // A government's concession or coercion whose text names no one it
        // is made to ("Sudan's government lifted a state of emergency",
        // "the president shortened the curfew", "the government imposed
        // martial law") is made to its own country, as event coders code
        // it (SDN → SDN). The target is implied.
        if matches!(rel.plover.as_str(), "CONCEDE" | "COERCE") && targets.is_empty() {
            if let [s] = sources.as_slice() {
                let own = s.actor.filter(|&a| {
                    self.lex.actor(a).kind == crate::lexicon::ActorType::State
                        && s.role.as_deref() == Some("GOV")
                });
                if let Some(a) = own {
                    targets.push(Party {
                        actor: Some(a),
                        role: None,
                        core: cue.span.start..cue.span.start,
                    });
                    confidence *= 0.8;
                }
            }
        }
        // "اشتبك المتظاهرون مع الجنود", "protesters clashed with police":
        // violence by protesters is their protest (CAMEO 145, riot).
        let riot = self
            .lex
            .relation_of_class("PROTEST")
            .filter(|_| rel.plover == "ASSAULT");
        // "France protested over Canada's decision", "احتجت مصر لدى
        // إسرائيل": a state's or a government's protest is an official
        // complaint (CAMEO 11), not the dissent of people (14).
        // Only the verb of protesting itself: riots, marches, strikes,
        // sit-ins and protests as a noun are people's ("Palestinian riots
        // against Israeli policies", "احتجاجات عمت العراق").
        let complaint = (rel.plover == "PROTEST" && kind == CueKind::Verb && {
            let word = self.norm[hit.norm.clone()].split(' ').next().unwrap_or("");
            word.starts_with("protest") || word.contains("احتج")
        })
        .then(|| {
            self.lex
                .relations()
                .iter()
                .position(|r| r.label == "criticizes")
                .map(|r| r as u16)
        })
        .flatten();
        // "هاجمت صحيفة «كيهان» تشكيك رفسنجاني", "attacked by some Christian
        // teachers and by the Catholic press": an attack by the press, a
        // legislature or teachers is made in words. (Not clergy: unvowelled
        // امام is an imam and "in front of".)
        let in_words = (rel.plover == "ASSAULT"
            && self.norm[hit.norm.clone()].split(' ').any(|word| {
                word.starts_with("attack")
                    || ["هاجم", "يهاجم", "تهاجم", "هجوم", "لهجوم", "بهجوم"]
                        .iter()
                        .any(|w| word.starts_with(w))
            }))
        .then(|| self.lex.relation_index("criticizes"))
        .flatten();
        // "Kennedy attacked Mr Brown for failing to mention the
        // environment", "clashed with ministers about how": what an attack
        // or a clash is for, or about, makes it one of words, whoever makes
        // it.
        // "تابع هجومه على نصر الله في مجموعة من التغريدات", "ويهاجم جيب بوش
        // بانتقادات لاذعة الاجتماعات": an Arabic attack made in tweets, an
        // article, a speech or scathing criticism is one of words.
        let reproach = (rel.plover == "ASSAULT"
            && (self.norm[hit.norm.clone()]
                .split(' ')
                .any(|word| word.starts_with("attack") || word.starts_with("clash"))
                && self.attacked_for(i)
                || self.lang == Lang::Ar
                    && (in_words.is_some() || self.launches_an_attack(hit))
                    && self.attacked_in_words(i)))
        .then(|| self.lex.relation_index("criticizes"))
        .flatten();
        let speaks = |p: &Party| matches!(p.role.as_deref(), Some("MED" | "LEG" | "EDU"));
        // "trade unions carried out strikes", "miners launched a strike
        // against the government": a strike by workers, teachers, doctors
        // or farmers is a stoppage of work, their protest.
        let strike = self.lang == Lang::En
            && self.norm[hit.norm.clone()]
                .split(' ')
                .any(|w| w == "strike" || w == "strikes");
        let works = |p: &Party| matches!(p.role.as_deref(), Some("LAB" | "EDU" | "HLH" | "AGR"));
        let event = |source: Option<&Party>, target: Option<&Party>| Event {
            relation: match (riot, complaint, in_words, reproach) {
                (Some(r), _, _, _) if source.is_some_and(|p| self.protesters(p)) => r,
                (Some(r), _, _, _) if strike && source.is_some_and(works) => r,
                (_, Some(r), _, _) if source.is_some_and(|p| self.official(p)) => r,
                (_, _, _, Some(r)) => r,
                (_, _, Some(r), _) if source.is_some_and(speaks) => r,
                _ => relation,
            },
            source: source.cloned(),
            target: target.cloned(),
            negated,
            mood,
            cue: hit.norm.clone(),
            confidence,
            past: self.past_verb(i),
        };
        // An event needs a source or a target that names an actor or a role;
        // only classes that are news by themselves (a protest, an attack)
        // stand with neither or with a target alone.
        match (sources.is_empty(), targets.is_empty()) {
            (false, false) => {
                // "Prosper Avril resigned to help Haiti": when every target
                // is the source itself, a withdrawal, which is news with
                // its source alone, still stands, with no target. (Not a
                // concession: "allowing banks to recoup", "allowing Japanese
                // government bonds" read that way are misreadings; nor a
                // protest or an attack: "تظاهر العراقيون في العراق".)
                let alone = rel.plover == "RETREAT" && kind == CueKind::Verb;
                for s in &sources {
                    let mut any = false;
                    for t in &targets {
                        if !s.same_as(t) || domestic(s, t) {
                            push_event(self.lex, out, event(Some(s), Some(t)));
                            any = true;
                        }
                    }
                    if !any && alone {
                        push_event(self.lex, out, event(Some(s), None));
                    }
                }
            }
            // "French and Egyptian warships launched war games": exercises
            // held by the forces of two states together are military
            // cooperation between them (CAMEO 062), not a show of force.
            (false, true) if rel.plover == "MOBILIZE" && self.exercise(i) => {
                let states: Vec<&Party> = sources.iter().filter(|p| p.actor.is_some()).collect();
                let cooperates = self.lex.relation_of_class("COOPERATE");
                match cooperates {
                    Some(c) if states.len() > 1 => {
                        for (a, x) in states.iter().enumerate() {
                            for y in &states[a + 1..] {
                                if x.actor != y.actor {
                                    push_event(
                                        self.lex,
                                        out,
                                        Event {
                                            relation: c,
                                            ..event(Some(x), Some(y))
                                        },
                                    );
                                }
                            }
                        }
                    }
                    _ => {
                        for s in &sources {
                            push_event(self.lex, out, event(Some(s), None));
                        }
                    }
                }
            }
            (false, true) if stands_alone => {
                for s in &sources {
                    push_event(self.lex, out, event(Some(s), None));
                }
            }
            // "Hamas threatened to resume attacks in Israel", "closed its
            // border with the Gaza Strip": a threat or a sanction with no
            // one named is against the place it names. A government's
            // threat of a coercion of no one named ("threatened to
            // institute a curfew in Algiers") is against its own country,
            // as the coercion would be.
            (false, true) if matches!(rel.plover.as_str(), "THREATEN" | "SANCTION") => {
                for s in &sources {
                    let ev = event(Some(s), None);
                    // A sanction's place is its object, right after the
                    // cue ("closed its border with the Gaza Strip").
                    let place = self.place_after_cue(&ev).filter(|(a, core)| {
                        s.actor != Some(*a)
                            && (rel.plover == "THREATEN" || self.right_after_cue(&ev, core))
                    });
                    let own = || {
                        s.actor
                            .filter(|&a| {
                                rel.plover == "THREATEN"
                                    && s.role.as_deref() == Some("GOV")
                                    && self.lex.actor(a).kind == crate::lexicon::ActorType::State
                                    && self.threatens_coercion(i)
                            })
                            .map(|a| (a, cue.span.start..cue.span.start))
                    };
                    if let Some((actor, core)) = place.or_else(own) {
                        let target = Party {
                            actor: Some(actor),
                            role: None,
                            core,
                        };
                        push_event(self.lex, out, event(Some(s), Some(&target)));
                    }
                }
            }
            // A withdrawal reported by its verb: "Israel withdrew its
            // troops" (the sources are named actors here: role-only ones
            // were dropped above).
            (false, true) if rel.source_suffices() && kind == CueKind::Verb => {
                for s in &sources {
                    push_event(self.lex, out, event(Some(s), None));
                }
            }
            // "Tony Blair has rejected a Conservative compromise offer",
            // "Syria will not accept any more refugees": an English
            // refusal is news with its source alone, as CAMEO codes it,
            // when its verb is a verb: not a state ("remain opposed to")
            // nor a noun ("its veto").
            (false, true)
                if rel.plover == "REJECT"
                    && kind == CueKind::Verb
                    && self.lang == Lang::En
                    && self.verb_in_use(i) =>
            {
                for s in &sources {
                    push_event(self.lex, out, event(Some(s), None));
                }
            }
            // English reports events with verbs; a bare English noun with
            // no source is mostly a name for a state of affairs ("the war
            // against terrorism"). Arabic news reports them with nouns
            // (مقتل خمسة، انفجار سيارة), so there a noun stands.
            (true, false) if stands_alone && (self.lang == Lang::Ar || kind != CueKind::Noun) => {
                for t in &targets {
                    push_event(self.lex, out, event(None, Some(t)));
                }
            }
            // A bare noun with no one around it is usually a topic ("the
            // protests"), not a report of one: only a verb stands alone,
            // and only in Arabic, whose news reports events impersonally
            // (اندلعت اشتباكات). An English verb with no one named at all
            // is mostly another sense ("prices rallied", "airlines have
            // attacked the legislation": 918 English triples of the bench
            // corpus had neither side). A coercion is not news that way
            // even in Arabic: with no one named, its verbs are mostly their
            // everyday senses (منع "prevent", يحجب "block the light", تفرق
            // "scatter"): 658 Arabic triples of the bench corpus, 19 of 20
            // sampled wrong.
            (true, true)
                if stands_alone
                    && kind != CueKind::Noun
                    && self.lang == Lang::Ar
                    && rel.plover != "COERCE" =>
            {
                push_event(self.lex, out, event(None, None))
            }
            _ => {}
        }
    }

    /// Whether party `p` is a state itself or its government, not people
    /// of it named by their role (civilians, workers, protesters): whose
    /// protest is an official complaint.
    fn official(&self, p: &Party) -> bool {
        // An Arabic plural nisba names people ("آلاف المصريين").
        let people = self.lang == Lang::Ar
            && self.norm[p.core.clone()]
                .split(' ')
                .next_back()
                .is_some_and(|w| w.ends_with("يين") || w.ends_with("يون"));
        p.actor
            .is_some_and(|a| self.lex.actor(a).kind == crate::lexicon::ActorType::State)
            && matches!(p.role.as_deref(), None | Some("GOV"))
            && !people
            && !self.protesters(p)
    }

    /// Whether party `p` is named by a word for protesters (an actor word
    /// that reports a protest: "المتظاهرون", "demonstrators").
    fn protesters(&self, p: &Party) -> bool {
        self.hits.iter().any(|h| {
            p.core.start <= h.word_start
                && h.norm.end <= p.core.end
                && self.lex.senses(h).any(|s| {
                    matches!(s, Sense::Cue { relation, kind: CueKind::Actor }
                        if self.lex.relation(*relation).plover == "PROTEST")
                })
        })
    }

    /// Whether the assault noun at unit `i` is the circumstance of a
    /// casualty the clause reports about group `g` before it (in English,
    /// [`Self::died_in`]; in Arabic, "أصيب
    /// ثلاثة من عناصر القوة في انفجار عبوة", "تعرضت مراكز الجيش
    /// لاعتداءات"): `g` is then the victim, never the agent, which follows
    /// the noun in Arabic. Without such a verb the mention before is the
    /// noun's party ("حزب الله في القتال", "قيام ضابط باغتصاب").
    fn circumstance_noun(
        &self,
        i: usize,
        g: usize,
        kind: CueKind,
        rel: &crate::lexicon::Relation,
    ) -> bool {
        const CIRCUMSTANCES: &[&str] = &[
            "في",
            "خلال",
            "اثناء",
            "جراء",
            "اثر",
            "نتيجه",
            "بسبب",
            "عقب",
            "بعد",
        ];
        const CASUALTIES: &[&str] = &[
            "قتل",
            "قتلوا",
            "قتلت",
            "اصيب",
            "اصيبوا",
            "اصيبت",
            "جرح",
            "جرحوا",
            "لقي",
            "لقوا",
            "لقيت",
            "لاقي",
            "لاقت",
            "لاقوا",
            "سقط",
            "استشهد",
            "استشهدوا",
            "توفي",
            "تعرض",
            "تعرضت",
            "تعرضوا",
            // The nouns of a death or a wound: "مقتل 13 مدنيا جراء انفجار",
            // "سقوط ضحايا مدنيين نتيجة القصف".
            "مقتل",
            "مصرع",
            "قتلي",
            "ضحايا",
            "سقوط",
            "اصابه",
            "اصابات",
            "جرحي",
            "استشهاد",
            "وفاه",
            // A killing whose agent is named: "اغتالت مجموعة ثلاثة من أفراد
            // الدرك ... في هجوم".
            "اغتال",
            "اغتالت",
            "اغتالوا",
            "اغتيل",
        ];
        if kind != CueKind::Noun || rel.plover != "ASSAULT" {
            return false;
        }
        if self.lang == Lang::En {
            return self.died_in(i, g);
        }
        let u = &self.units[i];
        let prefix = u.hit.map_or("", |h| self.hits[h].prefix);
        // The preposition may stand before another event noun the cue
        // took over ("في انفجار عبوة ناسفة").
        let circumstance = preposition_clitic(prefix)
            || self.norm[..u.span.start]
                .split(|c: char| !crate::text::is_word_char(c))
                .filter(|w| !w.is_empty())
                .rev()
                .take(2)
                .any(|w| CIRCUMSTANCES.contains(&w));
        // The casualty verb stands right before the victims or between
        // them and the noun ("قتل خمسة جنود في هجوم", "الجنود الذين قتلوا
        // في هجوم", "أصيب فجر أمس ثلاثة من عناصر القوة في انفجار").
        const REACH: usize = 5;
        let start = self.mentions[self.groups[g][0]].span.start;
        // With its clitics: "بمقتل 18 من عناصر البيشمركة بقصف".
        let casualty = |w: &str| {
            let w = w.strip_prefix('و').unwrap_or(w);
            CASUALTIES.contains(&w)
                || w.strip_prefix(['ب', 'ل'])
                    .is_some_and(|w| CASUALTIES.contains(&w))
        };
        let words = |t: &'a str| {
            t.split(|c: char| !crate::text::is_word_char(c))
                .filter(|w| !w.is_empty())
        };
        // A count and its "من" or "آخرين" do not count toward the reach
        // ("قتلوا وأصيب 11 آخرين من الحوثيين في كمين").
        let counting = |w: &&str| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || matches!(*w, "من" | "اخرين" | "اخرون" | "نحو" | "حوالي")
        };
        circumstance
            && (words(&self.norm[start..u.span.start]).any(casualty)
                || words(&self.norm[self.range.start.min(start)..start])
                    .rev()
                    .filter(|w| !counting(w))
                    .take(REACH)
                    .any(casualty))
    }

    /// Whether English group `g` died, or was killed or wounded, in the
    /// assault the noun cue at unit `i` names ("A U.S. military adviser
    /// died today in a major battle in northern El Salvador", "soldiers
    /// wounded during clashes"): the group suffered it.
    fn died_in(&self, i: usize, g: usize) -> bool {
        const DEATHS: &[&str] = &["died", "die", "dies", "dead", "perished"];
        const PASSIVES: &[&str] = &["killed", "wounded", "injured", "hurt"];
        const AUXILIARIES: &[&str] = &["was", "were", "been", "be", "being", "is", "are"];
        let cue = &self.units[i].span;
        let start = self.mentions[self.groups[g][0]].span.start;
        // A fight between sides named after it has them for its parties
        // ("60 people were injured in pitched battles between police and
        // workers"): the rule of mutual fights reads them.
        if start >= cue.start || self.norm[cue.end..].trim_start().starts_with("between ") {
            return false;
        }
        let words: Vec<&str> = self.norm[start..cue.start]
            .split(|c: char| !crate::text::is_word_char(c))
            .filter(|w| !w.is_empty())
            .collect();
        // The preposition close before the noun, a determiner and two
        // modifiers at most between ("in a major battle").
        let circumstance = words
            .iter()
            .rev()
            .take(4)
            .any(|w| matches!(*w, "in" | "during" | "following"));
        // "killed" is passive after its auxiliary, an adverb at most
        // between ("were reportedly killed"); "troops killed 20 soldiers in
        // an attack" did the attack.
        let suffered = words.iter().enumerate().any(|(k, w)| {
            DEATHS.contains(w)
                || PASSIVES.contains(w)
                    && words[k.saturating_sub(2)..k]
                        .iter()
                        .any(|a| AUXILIARIES.contains(a))
        });
        circumstance && words.len() <= 14 && suffered
    }

    /// Whether the Arabic assault cue at unit `i` reports casualties
    /// rather than an act: the noun مقتل ("the killing of", that is the
    /// death of), or a verb whose next word is a number or a word of
    /// quantity ("قتل 12 شخصا", "قتل ما لا يقل عن 28", "قتل اربعون"): a
    /// verb that opens its clause with a count after it is read passive.
    fn casualty_report(&self, i: usize, kind: CueKind, rel: &crate::lexicon::Relation) -> bool {
        // مقتل and مصرع are a death; قتلى its dead ("عدد قتلى المتشددين").
        const DEATHS: &[&str] = &["مقتل", "مصرع", "قتلي"];
        if self.lang != Lang::Ar || rel.plover != "ASSAULT" {
            return false;
        }
        const PRONOUN_SUBJECTS: &[&str] = &["انه", "انها", "انهم", "انهما", "لانه", "لانها"];
        let u = &self.units[i];
        let Some(hit) = u.hit.map(|h| &self.hits[h]) else {
            return false;
        };
        // The word without its clitics ("ومقتل", "بمقتل").
        let word = &self.norm[hit.norm.clone()];
        let prefix = hit.prefix;
        match kind {
            // "مصرعهم" with its pronoun is the tail of "لقي ... مصرعهم".
            CueKind::Noun => DEATHS.contains(&word) && (word != "مصرع" || hit.suffix.is_none()),
            // A bare verb that opens its clause: not a phrase ("أدى إلى
            // مقتل", whose subject is the cause), not a masdar after ب or ل
            // ("بقتل عشرة"), not after a subject or a pronoun ("أنها قتلت").
            CueKind::Verb
                if !word.contains(' ')
                    && !prefix.contains(['ب', 'ل'])
                    && self.nearest_left_group(i).is_none()
                    && self.norm[..u.span.start]
                        .split(|c: char| !crate::text::is_word_char(c))
                        .rfind(|w| !w.is_empty())
                        .is_none_or(|w| !PRONOUN_SUBJECTS.contains(&w)) =>
            {
                // A passive of wounding coordinated with it may come first
                // ("قتل وجرح عشرات من داعش", "قتل وأصيب 20 شخصا").
                const WOUNDED: &[&str] = &["وجرح", "واصيب", "وجرحوا", "واصيبوا"];
                // Words of time may come first too ("قتل حتى الآن أكثر من
                // 2000 عنصر", "قتل أمس 12 شخصا").
                let time = |w: &str| {
                    matches!(w, "حتي" | "الان" | "امس" | "اليوم" | "مساء" | "صباح" | "فجر")
                        || calendar_word(Lang::Ar, w)
                };
                let next = self.norm[u.span.end..]
                    .split(|c: char| !crate::text::is_word_char(c))
                    .filter(|w| !w.is_empty())
                    .find(|w| !WOUNDED.contains(w) && !time(w));
                // "وقتل العشرات من عناصر التنظيم": a count may take the
                // article.
                next.is_some_and(|w| {
                    w.starts_with(|c: char| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
                        || ARABIC_COUNTS.contains(&w)
                        || w.strip_prefix("ال")
                            .is_some_and(|w| matches!(w, "عشرات" | "ميات" | "الاف"))
                        // "قتل أحد رجال المقاومة": one of them was killed
                        // (an act of force on things is no casualty:
                        // "قصفت إحدى طائرات سلاح الجو").
                        || matches!(w, "احد" | "احدي") && word.starts_with("قتل")
                })
            }
            _ => false,
        }
    }

    /// Whether group `g` (unit `k`) is a nationality adjective of the
    /// Arabic noun of force that ends at `cue_end`, other adjectives of the
    /// noun at most between: "الغارات الجوية التركية على مواقع داعش" are
    /// Turkey's raids, as "الغارات التركية" are. (After a noun of support
    /// an object comes between: "دعم القضية الفلسطينية"; the caller asks
    /// only for nouns of force.)
    fn nisba_after(&self, cue_end: usize, k: usize, g: usize) -> bool {
        let word = &self.norm[self.mentions[self.groups[g][0]].core.clone()];
        let Some(gap) = self.norm.get(cue_end..self.units[k].span.start) else {
            return false;
        };
        let between: Vec<&str> = gap.split_whitespace().collect();
        let nisba = |w: &str| w.starts_with("ال") && (w.ends_with("يه") || w.ends_with('ي'));
        self.lang == Lang::Ar
            && !word.contains(' ')
            && nisba(word)
            && between.len() <= 2
            && between.iter().all(|w| nisba(w))
    }

    /// Whether group `g`, right after the Arabic noun cue `hit`, names
    /// whose attack the noun is, by the ل of possession: "هجوم للقوات
    /// الأميركية", "غارة للتحالف", "عملية لحزب الله". After a verbal noun
    /// ل marks the object ("قصف لمواقع داعش", "استهداف للمدنيين"), unless
    /// على names the object after it: "بقصف للتحالف على الحديدة".
    fn possessive_agent(
        &self,
        hit: &crate::lexicon::Hit,
        kind: CueKind,
        rel: &crate::lexicon::Relation,
        g: usize,
    ) -> bool {
        const NOUNS: &[&str] = &[
            "هجوم",
            "هجمات",
            "هجوما",
            "غاره",
            "غارات",
            "ضربه",
            "ضربات",
            "عمليه",
            "هجمه",
            // Not كمينا, the object of نصب: "نصبوا كمينا لقوات النظام".
            "كمين",
        ];
        const WEAPONS: &[&str] = &[
            "طيران",
            "طايرات",
            "طايره",
            "مقاتلات",
            "مروحيات",
            "مدفعيه",
            "راجمات",
            "بوارج",
        ];
        // A light verb's phrase ("شنت غارات") ends in the noun; it is
        // taken only with an armed side after ل.
        let phrase = &self.norm[hit.norm.clone()];
        // An ambush is set for whom ل names: "نصب كمين للميليشيات".
        let set = phrase == "كمين"
            && self.norm[..hit.word_start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.contains("نصب"));
        let light = kind == CueKind::Verb
            && phrase.contains(' ')
            && phrase
                .rsplit(' ')
                .next()
                .is_some_and(|w| NOUNS.contains(&w));
        // A protest's ل names who protest ("تظاهرات لأنصار الحوثي"); what
        // it is against takes ضد or على.
        self.lang == Lang::Ar
            && !set
            && (kind == CueKind::Noun
                || light
                    && self
                        .event_parties(g)
                        .iter()
                        .all(|p| p.role.is_some() && self.armed_or_group(p)))
            && (rel.plover == "PROTEST" && kind == CueKind::Noun
                || light
                || rel.plover == "ASSAULT"
                    // The noun with its adjective: "غارة جوية لطيران التحالف".
                    && (self.norm[hit.norm.clone()]
                        .split(' ')
                        .next()
                        .is_some_and(|w| NOUNS.contains(&w))
                        || self.ala_after(g)
                        // "في قصف للطيران الحربي": aircraft and guns bomb.
                        || self.norm[self.mentions[self.groups[g][0]].core.clone()]
                            .split(' ')
                            .next()
                            .is_some_and(|w| {
                                let w = w.strip_prefix("ال").unwrap_or(w);
                                WEAPONS.contains(&w)
                            })
                        // "قصف مدفعي لقوات النظام": a verbal noun with its
                        // adjective, then an armed side, is that side's.
                        || self.norm[hit.norm.clone()].contains(' ')
                            && self
                                .event_parties(g)
                                .iter()
                                .all(|p| p.role.is_some() && self.armed_or_group(p))))
            && {
                // ل itself, not the article's lam ("للقوات", "لحزب", not
                // "التركية").
                let prefix = self.mentions[self.groups[g][0]].prefix;
                prefix.strip_suffix("ال").unwrap_or(prefix).ends_with('ل') && prefix != "ال"
                    || self.detached_lam(g)
                    || self.members_after_lam(g)
            }
    }

    /// Whether the word right before group `g` is an Arabic verb of
    /// planting, setting or launching with a pronoun for its object, so
    /// that the group is its subject: "ألغام زرعها الحوثيون", "عبوة
    /// وضعها مسلحون", "صواريخ أطلقها الحوثيون"; or the word right after
    /// it a verb of carrying out with such a pronoun ("يشتبه أن جماعة
    /// بوكو حرام نفذتهما").
    ///
    /// `far`: the group is not the act's own object, so a device must be
    /// what the pronoun stands for: not after a relative pronoun, which a
    /// definite antecedent of any kind takes ("التوقيتات التي وضعتها
    /// قيادة الجهاز"); casualty reports name the device indefinite
    /// ("بقذيفة هاون أطلقتها ميليشيات الحوثي").
    fn planted_by(&self, g: usize, far: bool) -> bool {
        const VERBS: &[&str] = &[
            "زرع",
            "زرعت",
            "زرعو",
            "وضع",
            "وضعت",
            "وضعو",
            "فجر",
            "فجرت",
            "فجرو",
            "اطلق",
            "اطلقت",
            "اطلقو",
            "يزرع",
            "يضع",
            "يطلق",
        ];
        /// Verbs of carrying an attack out, which name its doer after the
        /// doer too: "يشتبه أن جماعة بوكو حرام نفذتهما".
        const CARRIED_OUT: &[&str] = &["نفذ", "نفذت", "نفذو", "شن", "شنت", "شنو"];
        const PRONOUNS: &[&str] = &["ها", "ه", "هم", "هما"];
        if self.lang != Lang::Ar {
            return false;
        }
        let with_pronoun = |w: &str, verbs: &[&str], conjunction: bool| {
            PRONOUNS.iter().any(|p| {
                w.strip_suffix(p).is_some_and(|stem| {
                    verbs.contains(&stem)
                        || conjunction
                            && stem
                                .strip_prefix(['و', 'ف'])
                                .is_some_and(|s| verbs.contains(&s))
                })
            })
        };
        let last = &self.mentions[*self.groups[g].last().unwrap_or(&self.groups[g][0])];
        let after = self.norm[last.span.end..]
            .split_whitespace()
            .next()
            .map(|w| w.trim_matches(|c: char| !crate::text::is_word_char(c)));
        // After its subject the verb takes no conjunction: "ونفذه مسلحان"
        // has its subject after it.
        if after.is_some_and(|w| with_pronoun(w, CARRIED_OUT, false)) {
            return true;
        }
        // The subject takes no preposition, and a verb no article.
        let mention = &self.mentions[self.groups[g][0]];
        if !mention.prefix.is_empty() && mention.prefix != "ال" {
            return false;
        }
        let mut before = self.norm[..mention.span.start].split_whitespace().rev();
        before
            .next()
            .filter(|w| !w.starts_with("ال"))
            .is_some_and(|w| with_pronoun(w, VERBS, true))
            && !(far
                && before
                    .next()
                    .is_some_and(|w| RELATIVE_PRONOUNS.contains(&w)))
    }

    /// Whether a verb of causing stands shortly before the noun cue at unit
    /// `i` in its clause (right before it, for a cue that is not a noun):
    /// "the decision sparked weeks of massive demonstrations", "أثار قرار
    /// الحكومة احتجاجات واسعة". What caused the act, or whoever owns the
    /// cause, did not do it: the mention before the noun is no agent.
    fn caused(&self, i: usize, right_before: bool) -> bool {
        const CAUSES: &[&str] = &[
            "sparked",
            "sparking",
            "sparks",
            "spark",
            "triggered",
            "triggering",
            "triggers",
            "trigger",
            "prompted",
            "prompting",
            "provoked",
            "provoking",
            "caused",
            "causing",
            "fuelled",
            "fueled",
            "unleashed",
            "اثار",
            "اثارت",
            "يثير",
            "تثير",
            "اشعل",
            "اشعلت",
            "يشعل",
            "تشعل",
            "تسبب",
            "تسببت",
            "يتسبب",
        ];
        let start = self.units[i].span.start;
        let part = self.part_around(start);
        // Nine words back at most: a window of bytes is enough.
        let mut from = part.start.min(start).max(start.saturating_sub(128));
        while !self.norm.is_char_boundary(from) {
            from += 1;
        }
        let before = &self.norm[from..start];
        // Back to the clause's comma at most; nearest word first.
        let before = before.rsplit([',', '،']).next().unwrap_or(before);
        let mut words = before
            .split(|c: char| !crate::text::is_word_char(c))
            .filter(|w| !w.is_empty())
            .rev()
            .take(if right_before { 2 } else { 9 })
            .peekable();
        // Each word with the word after it and the word before it.
        let reach = if right_before { 1 } else { 8 };
        let mut next = &self.norm[start..self.units[i].span.end];
        for _ in 0..reach {
            let Some(w) = words.next() else {
                break;
            };
            let previous = words.peek().copied();
            if CAUSES.contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w))
                // "sparked by student demonstrations": the noun is the
                // cause; "اطلع على آثار التفجير", "تصوير آثار التفجير":
                // traces, no verb (أثار takes an indefinite object).
                && next != "by"
                && !(w.ends_with("اثار") && next.starts_with("ال"))
                && !previous.is_some_and(|p| PREPOSITION_WORDS.contains(&p))
            {
                return true;
            }
            next = w;
        }
        false
    }

    /// The group that heads an Arabic phrase in which group `g` names who
    /// is among them ("عشرة من مقاتلي حزب الله بينهم قائد ميداني", "جنود
    /// منهم ضابطان"): the group right before بينهم or منهم.
    fn among_head(&self, g: usize) -> Option<usize> {
        if self.lang != Lang::Ar {
            return None;
        }
        let start = self.mentions[self.groups[g][0]].span.start;
        let word = self.norm[..start].split_whitespace().next_back()?;
        if !AMONG.contains(&word.strip_prefix('و').unwrap_or(word)) {
            return None;
        }
        let at = self
            .units
            .iter()
            .position(|u| u.kind == UnitKind::Group(g))?;
        let before = self.units[..at].last()?;
        match before.kind {
            UnitKind::Group(h) if words_between(self.norm, before.span.end, start) == 1 => Some(h),
            _ => None,
        }
    }

    /// Whether the word right before group `g` is a word for the members
    /// of a body with ل on it, which the group then names: "في هجوم
    /// لعناصر المقاومة", "لأفراد الشرطة", "للجان المقاومة الشعبية".
    fn members_after_lam(&self, g: usize) -> bool {
        const MEMBERS: &[&str] = &["عناصر", "افراد", "اعضاء", "انصار", "لجان"];
        let mention = &self.mentions[self.groups[g][0]];
        mention.prefix.is_empty()
            && self.norm[..mention.span.start]
                .split_whitespace()
                .next_back()
                .and_then(|w| w.strip_prefix('ل'))
                .is_some_and(|w| MEMBERS.contains(&w))
    }

    /// Whether a ل written apart, with a tatweel, stands right before
    /// group `g`, before the quotation marks of a quoted name ("في هجوم
    /// انتحاري لـ «بي كا كا»"): the preposition of the name.
    fn detached_lam(&self, g: usize) -> bool {
        let start = self.mentions[self.groups[g][0]].span.start;
        let before = self.norm[..start].trim_end_matches([' ', '"']);
        before.ends_with(" ل") || before == "ل"
    }

    /// Whether the word right after group `g` is على, the preposition of
    /// an assault's object.
    fn ala_after(&self, g: usize) -> bool {
        self.unit_of(g)
            .and_then(|k| {
                self.norm[self.units[k].span.end..]
                    .split_whitespace()
                    .next()
            })
            .is_some_and(|w| w == "علي")
    }

    /// Whether the Arabic noun cue at unit `i` has a verb after it that
    /// describes it (`describes_noun`), its instrument at most between.
    fn described_later(&self, i: usize) -> bool {
        self.lang == Lang::Ar
            && self.units[i + 1..]
                .iter()
                .take_while(|u| !matches!(u.kind, UnitKind::Group(_)))
                .find(|u| matches!(u.kind, UnitKind::Cue(..)))
                .is_some_and(|u| {
                    matches!(u.kind, UnitKind::Cue(_, CueKind::Verb))
                        && u.hit.is_some_and(|h| self.hits[h].suffix.is_some())
                        && words_between(self.norm, self.units[i].span.end, u.span.start)
                            <= DESCRIBED_REACH
                })
    }

    /// Whether the Arabic verb cue `hit`, with an object pronoun, stands
    /// right after an event noun it describes, its instrument at most
    /// between and no mention ("في هجوم بقاذفة صواريخ شنه متمردون"): "في
    /// هجوم شنه مقاتلو الحزب على ثكنة" is an attack that the party's
    /// fighters launched. The pronoun is the noun, and the verb's subject
    /// follows it, as after a relative pronoun ("الكمين الذي نصبه مسلحون");
    /// a mention before the noun is not its subject.
    fn describes_noun(&self, kind: CueKind, hit: &crate::lexicon::Hit) -> bool {
        // The noun may have left the units to the verb as its light verb
        // (`cut_clauses`): look for it among the hits.
        self.lang == Lang::Ar
            && kind == CueKind::Verb
            && hit.suffix.is_some()
            && self.hits.iter().any(|h| {
                h.word_span().end <= hit.word_start
                    && words_between(self.norm, h.word_span().end, hit.word_start)
                        <= DESCRIBED_REACH
                    && !self.units.iter().any(|u| {
                        matches!(u.kind, UnitKind::Group(_))
                            && h.word_span().end <= u.span.start
                            && u.span.end <= hit.word_start
                    })
                    && self.lex.senses(h).any(|s| {
                        matches!(
                            s,
                            Sense::Cue {
                                kind: CueKind::Noun,
                                ..
                            }
                        )
                    })
            })
    }

    /// Whether the Arabic verb cue at unit `i` is a passive, which the
    /// script does not tell from the active: a verb of killing,
    /// kidnapping, arrest or execution right after a mention, or right
    /// before one that opens its clause, with no object after it but a
    /// circumstance ("جنود أتراك قتلوا في هجوم", "اربعة ايطاليين خطفوا في
    /// ليبيا", "17 حوثياً قتلوا على الأقل", "قتلوا وأصيب آخرون", "أبو سياف
    /// الذي قتل في هجوم", "قتل جندي تركي في هجوم"). The mention is the
    /// victim; only "على يد" or "من قبل" names the agent.
    fn unvowelled_passive(&self, i: usize, kind: CueKind) -> bool {
        const FORMS: &[&str] = &[
            "قتل",
            "قتلوا",
            "قتلا",
            "قتلت",
            "خطف",
            "خطفوا",
            "خطفا",
            "اختطف",
            "اختطفوا",
            "اختطفا",
            "اعتقل",
            "اعتقلوا",
            "اعتقلا",
            "اعدم",
            "اعدموا",
            "اسر",
            "اسروا",
        ];
        // What follows a passive: where, when, how, by what, and how many
        // at least; or the next casualty ("وأصيب", "وجرح").
        const AFTER: &[&str] = &[
            "في",
            "خلال",
            "جراء",
            "اثر",
            "بنيران",
            "برصاص",
            "بعد",
            "بسبب",
            "علي",
            "امس",
            "اليوم",
            "واصيب",
            "وجرح",
            "واصيبوا",
            "وجرحوا",
            "بينما",
            "فيما",
            "كما",
            "ثم",
            "عندما",
            "حين",
            "قرب",
            "داخل",
            "اثناء",
            "بين",
            "منذ",
        ];
        // Words of time, which may stand before what follows a passive
        // ("قتلوا مساء الأربعاء خلال المعارك") and before an active's
        // object too ("خطفوا الأربعاء قائد الفرقة"): they are skipped. The
        // times of day; calendar words come from the dates table.
        const WHEN: &[&str] = &["مساء", "صباح", "صباحا", "ليله", "ليلا", "فجر", "ظهر"];
        // What may close the victims' phrase before the verb: "12 مدنيا على
        // الأقل وجنديا تشاديا واحدا قتلوا".
        const CLOSERS: &[&str] = &[
            "واحدا",
            "واحد",
            "اخرين",
            "اخرون",
            "اخران",
            "اخر",
            "جميعا",
            "جميعهم",
            "علي الاقل",
        ];
        if self.lang != Lang::Ar || kind != CueKind::Verb {
            return false;
        }
        let u = &self.units[i];
        let Some(hit) = u.hit.map(|h| &self.hits[h]) else {
            return false;
        };
        if hit.suffix.is_some() || hit.prefix.contains(['ب', 'ل']) {
            return false;
        }
        let word = &self.norm[hit.norm.clone()];
        if !FORMS.contains(&word) {
            return false;
        }
        // Right after a mention, or after the relative pronoun after one. A
        // plural's victims may end with a few words of their own phrase
        // ("13 رجلا بينهم زعيم عشيرة سنية خطفوا", "17 من ميليشيا الحوثي
        // وقوات المخلوع صالح قتلوا").
        let plural = word.ends_with("وا") || word.ends_with('ا');
        // Who is among the victims may follow them: "عددا من عناصر حزب الله
        // بينهم قيادي في مجموعة النخبة قتلوا".
        let among = |between: &str| {
            between
                .split_whitespace()
                .next()
                .is_some_and(|w| AMONG.contains(&w))
        };
        let right_after = |k: usize, end: usize| {
            let between = &self.norm[self.units[k].span.end..end];
            matches!(self.units[k].kind, UnitKind::Group(_))
                && (words_between(self.norm, self.units[k].span.end, end) == 0
                    // Commas may set the closer apart: "7 من المسلحين
                    // الحوثيين، على الأقل، قتلوا".
                    || CLOSERS.contains(
                        &between.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '،')),
                    )
                    // An adverb: "أن شرطيا أيضا قتل في الاشتباكات".
                    || matches!(between.trim(), "ايضا" | "كذلك")
                    || (plural
                        && words_between(self.norm, self.units[k].span.end, end)
                            <= if among(between) { 7 } else { 3 }
                        && between
                            .chars()
                            .all(|c| crate::text::is_word_char(c) || c == ' ')))
        };
        let after_mention = i > 0
            && (right_after(i - 1, u.span.start)
                || (i >= 2
                    && self.opens_relative(i)
                    && right_after(i - 2, self.units[i - 1].span.start)));
        // Or first, with its subject right after it ("قتل جندي تركي في
        // هجوم", "اعتقل ناشط مصري في القاهرة"), where the active has an
        // object after its subject ("قتل الجيش العراقي خمسة مسلحين").
        let end = if after_mention {
            u.span.end
        } else {
            // Words of time may stand between ("كما قتل أمس الخميس ضابط
            // تركي").
            let timed = |from: usize, to: usize| {
                self.norm[from..to]
                    .split(|c: char| !crate::text::is_word_char(c))
                    .filter(|w| !w.is_empty())
                    .all(|w| {
                        WHEN.contains(&w)
                            || calendar_word(Lang::Ar, w)
                            || matches!(w, "امس" | "اليوم")
                    })
            };
            match self.units.get(i + 1) {
                Some(next)
                    if matches!(next.kind, UnitKind::Group(_))
                        && self.nearest_left_group(i).is_none()
                        && timed(u.span.end, next.span.start) =>
                {
                    next.span.end
                }
                _ => return false,
            }
        };
        // Past the words of time right after the verb or its subject, and
        // a word closing the subject's phrase ("وقتل جنديان آخران عندما").
        let mut after = self.norm[end..].trim_start();
        if let Some(w) = after
            .split(|c: char| !crate::text::is_word_char(c))
            .next()
            .filter(|w| !after_mention && CLOSERS.contains(w))
        {
            after = after[w.len()..].trim_start();
        }
        while let Some(w) = after
            .split(|c: char| !crate::text::is_word_char(c))
            .next()
            .filter(|w| {
                !w.is_empty()
                    && (WHEN.contains(w)
                        || calendar_word(Lang::Ar, w)
                        // An adverb: "إن جنديا أوكرانيا قتل أيضا كما أصيب".
                        || matches!(*w, "ايضا" | "كذلك"))
            })
        {
            after = after[w.len()..].trim_start();
        }
        let next = after
            .split(|c: char| !crate::text::is_word_char(c))
            .find(|w| !w.is_empty());
        // After a verb-first subject a comma may open a relative clause
        // before the object ("وقتلت بوكو حرام ،التي تسعى …، أكثر من 14 ألف
        // شخص"): only the sentence's end counts there.
        let ends = after.is_empty()
            || if after_mention {
                after.starts_with(|c: char| !crate::text::is_word_char(c))
            } else {
                after.starts_with(['.', '!', '?'])
            };
        // "قتل مسلح في لافاييت (ولاية لويزيانا) شخصين", "اختطف مسلحون
        // تابعون للحوثي في العاصمة صنعاء 10 من قياديي الحزب": after a
        // verb-first subject and where, a count is the active's object.
        // (No other act between: "في هجوم أسفر عن مقتل ثلاثة" counts the
        // attack's dead.)
        let counted_object = || {
            let from = self.norm.len() - after.len();
            let clause = after.split(['،', ',', '.', '؛']).next().unwrap_or("");
            let count = clause.split_whitespace().skip(1).take(5).find(|w| {
                let w = w.trim_matches(|c: char| !crate::text::is_word_char(c));
                w.bytes().any(|b| b.is_ascii_digit())
                    || ARABIC_COUNTS[1..].contains(&w)
                    || matches!(w, "شخصين" | "شخصا" | "اشخاص")
            });
            !after_mention
                && next == Some("في")
                && count.is_some_and(|w| {
                    let at = from + (w.as_ptr() as usize - clause.as_ptr() as usize);
                    !self.units[i + 1..].iter().any(|u| {
                        matches!(u.kind, UnitKind::Cue(..))
                            && u.span.start >= from
                            && u.span.start < at
                    })
                })
        };
        (ends || next.is_some_and(|w| AFTER.contains(&w))) && !counted_object()
    }

    /// Whether the English verb cue at unit `i` is used as a verb of
    /// refusal: the word before it (adverbs in -ly skipped) is neither a
    /// form of "be" or "remain", which makes it a state ("is opposed to"),
    /// nor a determiner, which makes it a noun ("its veto"); and no number
    /// follows it, which makes it a level ("output declined to 104,353
    /// tonnes").
    fn verb_in_use(&self, i: usize) -> bool {
        const STATES: &[&str] = &[
            "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained",
        ];
        // A level may be approximate ("will decline to about 875,000 cars").
        let mut after = self.norm[self.units[i].span.end..].trim_start();
        for w in [
            "about ", "around ", "roughly ", "some ", "nearly ", "almost ",
        ] {
            after = after.strip_prefix(w).unwrap_or(after);
        }
        let number_after = after.starts_with(|c: char| c.is_ascii_digit());
        !number_after
            && !self.norm[..self.units[i].span.start]
                .split(|c: char| !crate::text::is_word_char(c))
                .filter(|w| !w.is_empty())
                .rev()
                .find(|w| !w.ends_with("ly"))
                .is_some_and(|w| {
                    STATES.contains(&w)
                        || DETERMINERS.contains(&w)
                        // "giving up our veto": a power held.
                        || matches!(w, "our" | "my" | "your")
                })
    }

    /// The demand cue that states the purpose of the protest cue at unit
    /// `i`: the next cue in its part, a demand or request within a few
    /// words ("to demand", "calling for", "للمطالبة بـ").
    fn purpose_demand(&self, i: usize) -> Option<usize> {
        let j = self.next_cue(i)?;
        let UnitKind::Cue(r, _) = self.units[j].kind else {
            return None;
        };
        (self.lex.relation(r).plover == "REQUEST"
            && words_between(self.norm, self.units[i].span.end, self.units[j].span.start)
                <= PURPOSE_REACH)
            .then_some(j)
    }

    /// Whether the Arabic cue at unit `i` is the adverb "in protest"
    /// (احتجاجا) of a protest cue before it in its sentence: "تظاهر آلاف
    /// الإسرائيليين ... احتجاجا على حملة" is one protest, and what it is
    /// against.
    fn in_protest_of_earlier(&self, i: usize) -> bool {
        self.lang == Lang::Ar
            && self.units[i]
                .hit
                .is_some_and(|h| self.norm[self.hits[h].norm.clone()] == *"احتجاجا")
            && self.units[..i].iter().any(|u| {
                matches!(u.kind, UnitKind::Cue(r, _) if self.lex.relation(r).plover == "PROTEST")
            })
    }

    /// Whether the cue at unit `i` is the purpose of a protest before it,
    /// or of another act when an infinitive or a ل says so: "would blockade
    /// Paris from Monday night to demand an end to …", "للمطالبة".
    fn protest_before(&self, i: usize) -> bool {
        let infinitive = || {
            let prefix = self.units[i].hit.map_or("", |h| self.hits[h].prefix);
            self.norm[..self.units[i].span.start]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| w == "to")
                || prefix.contains('ل')
        };
        self.previous_cue(i).is_some_and(|j| {
            let UnitKind::Cue(r, _) = self.units[j].kind else {
                return false;
            };
            let class = self.lex.relation(r).plover.as_str();
            (class == "PROTEST" || (class != "REQUEST" && infinitive()))
                && self.purpose_demand(j) == Some(i)
        })
    }

    /// Whether the threat cue at unit `i` governs a coercion: the next cue
    /// in its part is one ("threatened to impose martial law").
    fn threatens_coercion(&self, i: usize) -> bool {
        self.next_cue(i).is_some_and(|j| {
            matches!(self.units[j].kind, UnitKind::Cue(r, _) if self.lex.relation(r).plover == "COERCE")
        })
    }

    /// The next cue unit after unit `i` in its part.
    fn next_cue(&self, i: usize) -> Option<usize> {
        let part = self.units[i].part;
        (i + 1..self.units.len())
            .take_while(|&j| self.units[j].part == part)
            .find(|&j| matches!(self.units[j].kind, UnitKind::Cue(..)))
    }

    /// The nearest cue unit before unit `i` in its part.
    fn previous_cue(&self, i: usize) -> Option<usize> {
        let part = self.units[i].part;
        (0..i)
            .rev()
            .take_while(|&j| self.units[j].part == part)
            .find(|&j| matches!(self.units[j].kind, UnitKind::Cue(..)))
    }

    /// Whether the English cue at unit `i` is done by its coordinated
    /// subjects to each other: "Czechia and Albania upgraded their
    /// diplomatic ties" is an act of each toward the other, unless a
    /// partner follows ("restored their ties with Iran").
    fn reciprocal(&self, i: usize, right: &[(usize, usize)]) -> bool {
        let cue = &self.norm[self.units[i].span.clone()];
        self.lang == Lang::En
            && cue.split(' ').any(|w| w == "their")
            && !right
                .first()
                .is_some_and(|&(k, _)| self.oblique(self.units[i].span.end, k, COMITATIVES))
    }

    /// Whether the cue at unit `i` names fighting between sides, each of
    /// which attacks the other: "clashes between Iraqi troops and Islamic
    /// State fighters", "معارك بين قوات الناتو ومسلحي طالبان". (An attack
    /// has one side: "an attack on the border between Iraq and Syria".)
    fn mutual_fight(&self, i: usize, rel: &crate::lexicon::Relation) -> bool {
        const FIGHTS: &[&str] = &[
            "clashes",
            "clash",
            "fighting",
            "battles",
            "battle",
            "skirmishes",
            "gunbattles",
            "gunbattle",
            "firefight",
            "firefights",
            "اشتباكات",
            "اشتباك",
            "مواجهات",
            "مواجهه",
            "معارك",
            "معركه",
            "اقتتال",
            "قتال",
        ];
        rel.plover == "ASSAULT"
            && self.units[i].hit.is_some_and(|h| {
                self.norm[self.hits[h].norm.clone()]
                    .split(' ')
                    .next()
                    .is_some_and(|w| FIGHTS.contains(&w))
            })
    }

    /// Whether the English cue at unit `i` ends in "to" and the next
    /// mention is the object of the one verb after it: "agreed to help
    /// OPEC" (not "agreed to resume talks with Iraq").
    fn agreed_to_act_on(&self, i: usize) -> bool {
        let u = &self.units[i];
        if self.lang != Lang::En || !self.norm[u.span.clone()].ends_with(" to") {
            return false;
        }
        let Some(next) = self.units[i + 1..]
            .iter()
            .find(|n| matches!(n.kind, UnitKind::Group(_) | UnitKind::Cue(..)))
        else {
            return false;
        };
        // A named party: "agreed to exchange prisoners" is between them.
        let named = match next.kind {
            UnitKind::Group(g) => {
                let parties = self.parties(g);
                !parties.is_empty() && parties.iter().all(|p| p.actor.is_some())
            }
            _ => false,
        };
        let gap: Vec<&str> = self.norm[u.span.end..next.span.start]
            .split_whitespace()
            .collect();
        named
            && next.part == u.part
            && matches!(gap.as_slice(), [verb] | [verb, "the"]
                if !matches!(*verb, "meet" | "talk" | "negotiate"))
    }

    /// Whether English group `g` is a place right after a noun of a
    /// meeting and "in" or "at": "a meeting in Paris", "the summit at
    /// Camp David".
    fn venue_of_meeting(&self, g: usize) -> bool {
        const MEETINGS: &[&str] = &[
            "meeting",
            "meetings",
            "summit",
            "conference",
            "session",
            "talks",
            "negotiations",
            "assembly",
            "forum",
            "congress",
            "gathering",
        ];
        if self.lang != Lang::En {
            return false;
        }
        let mut before = self.norm[..self.mentions[self.groups[g][0]].span.start]
            .split_whitespace()
            .rev();
        matches!(before.next(), Some("in" | "at"))
            && before.next().is_some_and(|w| MEETINGS.contains(&w))
            && self.parties(g).iter().all(|p| p.role.is_none())
    }

    /// Whether group `g` names an
    /// international body as the forum of the English meeting noun at unit
    /// `i`: right before it ("GATT talks", "the ADB meeting"), or after it
    /// and "of", "at", "under" or "within", a few words of the meeting's
    /// kind at most between ("the new round of trade talks at the GATT").
    fn forum(&self, i: usize, g: usize) -> bool {
        const KINDS: &[&str] = &[
            "the",
            "new",
            "next",
            "current",
            "trade",
            "round",
            "annual",
            "ministerial",
            "a",
        ];
        if self.lang != Lang::En
            || !matches!(self.units[i].kind, UnitKind::Cue(_, CueKind::Noun))
            || !self.parties(g).iter().all(|p| {
                p.role.is_none()
                    && p.actor
                        .is_some_and(|a| self.lex.actor(a).kind == crate::lexicon::ActorType::Igo)
            })
        {
            return false;
        }
        let cue = &self.units[i].span;
        let Some(u) = self.unit_of(g) else {
            return false;
        };
        let span = &self.units[u].span;
        if span.end <= cue.start {
            // A modifier: nothing but a possessive between. (Not of
            // consultations, which the body holds: "the annual IMF
            // consultations with Belgium".)
            let gap = self.norm[span.end..cue.start].trim();
            return (gap.is_empty() || gap == "'s" || gap == "s")
                && !self.norm[cue.clone()].starts_with("consultation");
        }
        let gap: Vec<&str> = self.norm[cue.end..span.start].split_whitespace().collect();
        let Some(at) = gap
            .iter()
            .rposition(|w| matches!(*w, "of" | "at" | "under" | "within"))
        else {
            return false;
        };
        gap.len() <= 5 && gap[at + 1..].iter().all(|w| KINDS.contains(w))
    }

    /// The group an Arabic noun of a clash at unit `i` names after مع, one
    /// adjective at most between: "في اشتباكات عنيفة مع تنظيم داعش".
    fn clash_partner(&self, i: usize, rel: &crate::lexicon::Relation) -> Option<usize> {
        if self.lang != Lang::Ar || !self.mutual_fight(i, rel) {
            return None;
        }
        let end = self.units[i].span.end;
        let (k, g) = self.units[i + 1..]
            .iter()
            .enumerate()
            .find_map(|(k, u)| match u.kind {
                UnitKind::Group(g) => Some((i + 1 + k, g)),
                _ => None,
            })?;
        let gap: Vec<&str> = self.norm[end..self.units[k].span.start]
            .split_whitespace()
            .collect();
        matches!(gap.as_slice(), ["مع"] | [_, "مع"]).then_some(g)
    }

    /// The side the dead of the Arabic casualty report at unit `i` clashed
    /// with, named after the noun of a clash that comes next in its part:
    /// "قتل جندي تركي في اشتباكات مع داعش", "لقي خمسة مسلحين مصرعهم
    /// باشتباكات مع قوات الأمن".
    fn fell_in_clash_with(&self, i: usize) -> Option<usize> {
        let part = self.units[i].part;
        let (j, rel) = self.units[i + 1..]
            .iter()
            .enumerate()
            .take_while(|(_, u)| u.part == part)
            .find_map(|(k, u)| match u.kind {
                UnitKind::Cue(r, _) => Some((i + 1 + k, self.lex.relation(r))),
                _ => None,
            })?;
        // The noun is the circumstance: after a preposition.
        let hit = &self.hits[self.units[j].hit?];
        let circumstance = preposition_clitic(hit.prefix)
            || self.norm[..hit.word_start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "في" | "خلال" | "اثناء" | "جراء" | "اثر"));
        (circumstance && words_between(self.norm, self.units[i].span.end, hit.word_start) <= 8)
            .then(|| self.clash_partner(j, rel))
            .flatten()
    }

    /// Whether the Arabic group `g` is governed by the ب or ل on its first
    /// mention: the rest of it, if any, joined to it by و ("للجيش
    /// والشرطة"), not a title going on in apposition. After a word of
    /// affiliation the ل names whom an unnamed subject belongs to, and
    /// stands for it ("لواء اليرموك التابع للجيش السوري الحر قصف").
    fn oblique_group(&self, g: usize) -> bool {
        const AFFILIATION: &[&str] = &[
            "تابع",
            "تابعه",
            "تابعين",
            "تابعون",
            "موال",
            "موالي",
            "مواليه",
            "موالين",
            "موالون",
        ];
        let Some((first, rest)) = self.groups[g].split_first() else {
            return false;
        };
        let m = &self.mentions[*first];
        let affiliated = self.norm[..m.span.start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| AFFILIATION.contains(&w.strip_prefix("ال").unwrap_or(w)));
        preposition_clitic(m.prefix)
            && !affiliated
            && rest
                .iter()
                .all(|&m| self.mentions[m].prefix.starts_with('و'))
    }

    /// Whether group `g` opens with an Arabic role word in the accusative
    /// (the forms counts of 11 to 99 take, in roles.tsv): an object, never
    /// the subject after a verb ("وقتلا خلاله 21 سائحا أجنبيا وشرطيا").
    fn accusative(&self, g: usize) -> bool {
        const ACCUSATIVES: &[&str] = &[
            "جنديا",
            "ضابطا",
            "شرطيا",
            "متمردا",
            "مقاتلا",
            "ناشطا",
            "متظاهرا",
            "مدنيا",
            "لاجيا",
            "مهاجرا",
        ];
        let m = &self.mentions[self.groups[g][0]];
        m.role_word
            .as_deref()
            .is_some_and(|w| ACCUSATIVES.contains(&w))
    }

    /// Whether group `g` names youths, fans or settlers, civilians who may
    /// throw stones or fight ("رشق الشبان جنود الاحتلال بالحجارة", "هجمات
    /// المستوطنين").
    fn civilians_who_fight(&self, g: usize) -> bool {
        const YOUTHS: &[&str] = &[
            "شبان",
            "شباب",
            "مشجعين",
            "مشجعون",
            "مشجعو",
            "مشجعي",
            "مستوطن",
            "مستوطنين",
            "مستوطنون",
            "مستوطنو",
            "مستوطني",
        ];
        self.groups[g].iter().any(|&m| {
            self.norm[self.mentions[m].core.clone()]
                .split(' ')
                .any(|w| YOUTHS.contains(&w.strip_prefix("ال").unwrap_or(w)))
        })
    }

    /// Whether group `g` (with a second side after و, in Arabic) names two
    /// or more sides that fight: states, groups, forces. Clashes between
    /// police and protesters or civilians are a protest, as event coders
    /// code them ("مواجهات بين قوى الأمن ومجموعات من المواطنين").
    fn armed_sides(&self, g: usize) -> bool {
        let mut sides = self.event_parties(g);
        if sides.len() < 2 {
            if let Some(h) = self.conjoined_next(g) {
                sides.extend(self.event_parties(h));
            }
        }
        sides.len() >= 2
            && sides
                .iter()
                .all(|p| p.role.is_none() || self.armed_or_group(p))
    }

    /// The group right after group `g` that begins with the conjunction و,
    /// no word between: the second side of "بين X وY".
    fn conjoined_next(&self, g: usize) -> Option<usize> {
        let at = self
            .units
            .iter()
            .position(|u| u.kind == UnitKind::Group(g))?;
        let next = self.units.get(at + 1)?;
        match next.kind {
            UnitKind::Group(h)
                if self.mentions[self.groups[h][0]].conjoined()
                    && words_between(self.norm, self.units[at].span.end, next.span.start) == 0 =>
            {
                Some(h)
            }
            _ => None,
        }
    }

    /// Whether group `g` is an English role word owned by the clause's
    /// subject through a possessive pronoun ("its troops", "his forces"):
    /// it has no country of its own.
    fn owned(&self, g: usize) -> bool {
        const POSSESSIVES: &[&str] = &["its", "his", "her", "their"];
        let first = &self.mentions[self.groups[g][0]];
        self.lang == Lang::En
            && self.parties(g).iter().all(|p| p.actor.is_none())
            && (first.refers == Refers::Owner
                || self.norm[..first.span.start]
                    .split(|c: char| !crate::text::is_word_char(c))
                    .rfind(|w| !w.is_empty())
                    .is_some_and(|w| POSSESSIVES.contains(&w)))
    }

    /// Whether an English modal of possibility comes right before the cue
    /// at unit `i`, an adverb at most between ("may halt", "could well
    /// impose").
    fn possible(&self, i: usize) -> bool {
        const MODALS: &[&str] = &["may", "might", "could"];
        // "might come under attack", "could well have been attacked", "may
        // be able to lift".
        const BETWEEN: &[&str] = &[
            "be", "been", "have", "come", "under", "also", "well", "even", "soon", "still", "able",
            "to",
        ];
        // Arabic قد before the present is "may" ("واشنطن قد تتعاون مع"),
        // before the past "has" ("قد أعلنت").
        if self.lang == Lang::Ar {
            let u = &self.units[i];
            let start = u.hit.map_or(u.span.start, |h| self.hits[h].word_start);
            // ت opens the past of the fifth and sixth forms too ("وقد
            // تعاونت"): only a doubled ت or a plural ending tells.
            // "هجوم محتمل", "العقوبات المحتملة": an event noun said to be
            // possible.
            if matches!(u.kind, UnitKind::Cue(_, CueKind::Noun))
                && self.norm[u.span.end..]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| matches!(w, "محتمل" | "محتمله" | "المحتمل" | "المحتمله"))
            {
                return true;
            }
            let word = &self.norm[start..u.span.end];
            let word = word.split(' ').next().unwrap_or(word);
            let present = word.starts_with(['ي', 'ن'])
                || word.starts_with("تت")
                || (word.starts_with('ت') && ["ون", "ان", "ين"].iter().any(|e| word.ends_with(e)));
            return present
                && matches!(u.kind, UnitKind::Cue(_, CueKind::Verb))
                && self.norm[..start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| matches!(w, "قد" | "وقد"));
        }
        // "protect Kuwaiti tankers from possible Iranian attack", "to
        // discuss possible sanctions against Japan", "any U.S. military
        // aggression against Iran will": an event noun said to be possible,
        // or any one at all, its agent's adjective at most between.
        if matches!(self.units[i].kind, UnitKind::Cue(_, CueKind::Noun)) {
            let mut start = self.units[i].span.start;
            if let Some(UnitKind::Group(_)) = i.checked_sub(1).map(|k| self.units[k].kind) {
                if words_between(self.norm, self.units[i - 1].span.end, start) == 0 {
                    start = self.units[i - 1].span.start;
                }
            }
            let before = self.norm[..start]
                .split(|c: char| !crate::text::is_word_char(c))
                .rfind(|w| !w.is_empty());
            if before.is_some_and(|w| matches!(w, "possible" | "potential" | "any")) {
                return true;
            }
        }
        // The modal right before, or a word before it; or further back with
        // only words of the verb phrase between.
        let mut others = 0;
        for (k, w) in self.norm[..self.units[i].span.start]
            .split(|c: char| !crate::text::is_word_char(c))
            .filter(|w| !w.is_empty())
            .rev()
            .take(5)
            .enumerate()
        {
            if MODALS.contains(&w) {
                return k < 2 || others == 0;
            }
            if !BETWEEN.contains(&w) {
                others += 1;
                if k >= 1 || others > 1 {
                    return false;
                }
            }
        }
        false
    }

    /// Whether the speech verb at unit `k` is one that can have an event
    /// noun for its object (announce, declare, proclaim: not "said", whose
    /// object is a reported clause, "said attacks continued") and has
    /// one: the next unit is a noun cue or a claim of responsibility
    /// ("أعلن حزب العمال الكردستاني الأربعاء مسؤوليته عن"), a few words of
    /// its phrase at most between.
    fn light_speech(&self, k: usize) -> bool {
        const REACH: usize = 3;
        const LIGHT: &[&str] = &["announc", "declar", "proclaim", "اعلن", "يعلن", "تعلن"];
        let speech = &self.units[k];
        let verb = &self.norm[speech.span.clone()];
        if !LIGHT.iter().any(|l| verb.starts_with(l)) {
            return false;
        }
        self.units[k + 1..]
            .iter()
            .find(|u| u.span.start >= speech.span.end)
            .is_some_and(|u| {
                let gap = &self.norm[speech.span.end..u.span.start];
                matches!(
                    u.kind,
                    UnitKind::Cue(_, CueKind::Noun) | UnitKind::Marker(Marker::Claim)
                ) && words_between(self.norm, speech.span.end, u.span.start) <= REACH
                    && !gap.contains([',', '"', ':', '،'])
                    && !gap
                        .split(|c: char| !crate::text::is_word_char(c))
                        .any(|w| COMPLEMENTIZERS.contains(&w))
            })
    }

    /// Whether cues of relation `rel` govern a complement here: the
    /// classes of [`governs`], and in English a condemnation too ("the
    /// United States condemns attacks on worshippers" is no attack by the
    /// United States). Arabic annotators code the attack a condemnation
    /// names, so there it does not.
    fn governs(&self, rel: &crate::lexicon::Relation) -> bool {
        governs(rel) || (self.lang == Lang::En && rel.cameo.starts_with("111"))
    }

    /// Whether the cue at unit `i` names exercises ("war games", "naval
    /// drills", "مناورات").
    fn exercise(&self, i: usize) -> bool {
        const EXERCISES: &[&str] = &[
            "exercises",
            "exercise",
            "drills",
            "games",
            "maneuvers",
            "manoeuvres",
            "مناورات",
            "تدريبات",
            "تمارين",
        ];
        self.norm[self.units[i].span.clone()]
            .split(' ')
            .any(|w| EXERCISES.contains(&w))
    }

    /// Whether group `g` names a state's forces or officials by role alone,
    /// with no country (see `STATE_ROLES`): "army reservists", "troops".
    fn countryless_forces(&self, g: usize) -> bool {
        let parties = self.event_parties(g);
        !parties.is_empty()
            && parties.iter().all(|p| {
                p.actor.is_none() && p.role.as_deref().is_some_and(|r| STATE_ROLES.contains(&r))
            })
    }

    /// Whose the possessive role word of the group at unit `i` is ("its
    /// troops", "قواتها"): the speaker named at the speech verb whose report
    /// it opens ("Hamas said its fighters attacked", "قالت إسرائيل إن
    /// قواتها"), else the named actor its clause or sentence opens with,
    /// its subject: after a speech verb the first one past the verb's own
    /// subject, else the sentence's first ("Kuwait has backed Iraq in the
    /// war against Iran and its ships", "يمد المسلحون الحوثيون مقاتليهم").
    /// `speakers` are the speakers named so far, with the speech verb units
    /// that named them.
    fn owner(&self, i: usize, speakers: &[(usize, Option<Party>)]) -> Option<Party> {
        if let Some(verb) = self.opens_report(i) {
            if let Some((_, Some(p))) = speakers.last().filter(|(at, _)| *at == verb) {
                return Some(p.clone());
            }
        }
        // After a speech verb, the reported clause's subject: the first
        // named group after the verb's own subject ("قالت مصادر بوزارة
        // الداخلية إن ... القوات الأميركية ... إثر تعرض قواتها").
        let named = |range: Range<usize>| {
            self.units[range].iter().find_map(|u| match u.kind {
                UnitKind::Group(g) => self.parties(g).into_iter().next(),
                _ => None,
            })
        };
        let speech = self.units[..i]
            .iter()
            .rposition(|u| u.kind == UnitKind::Marker(Marker::Speech));
        if let Some(m) = speech {
            let own_subject = self.lang == Lang::Ar
                && matches!(
                    self.units.get(m + 1).map(|u| u.kind),
                    Some(UnitKind::Group(_))
                );
            let from = (m + 1 + usize::from(own_subject)).min(i);
            // A report, not an announcement of a thing ("أعلنت جماعة
            // الحوثي حربها على الصحافيين ... مسلحيهم").
            let reported = self.norm[self.units[from - 1].span.end..]
                .split(|c: char| !crate::text::is_word_char(c))
                .find(|w| !w.is_empty())
                .is_some_and(|w| matches!(w, "ان" | "بان" | "that"));
            if reported {
                if let Some(p) = named(from..i) {
                    return Some(p);
                }
            }
        }
        let g = self.units[..i].iter().find_map(|u| match u.kind {
            UnitKind::Group(g) => Some(g),
            _ => None,
        })?;
        self.parties(g).into_iter().next()
    }

    /// The speech verb unit whose report the group at unit `i` opens: the
    /// verb right before it, or its subject after it in Arabic, with only
    /// "that" (أن، إن) or quotation marks between ("Hamas said its
    /// fighters", "قالت إسرائيل إن قواتها").
    fn opens_report(&self, i: usize) -> Option<usize> {
        let mut j = i.checked_sub(1)?;
        // "أن" is a boundary of its own.
        if self.units[j].kind == UnitKind::Marker(Marker::Boundary) {
            j = j.checked_sub(1)?;
        }
        let from = self.units[j].span.end;
        if matches!(self.units[j].kind, UnitKind::Group(_)) && self.lang == Lang::Ar {
            j = j.checked_sub(1)?;
        }
        if self.units[j].kind != UnitKind::Marker(Marker::Speech) {
            return None;
        }
        self.norm[from..self.units[i].span.start]
            .split(|c: char| !crate::text::is_word_char(c))
            .filter(|w| !w.is_empty())
            .all(|w| matches!(w, "that" | "ان" | "بان" | "وان"))
            .then_some(j)
    }

    /// Parties of a group, with first-person mentions filled in from the
    /// speaker at their position.
    fn parties_with_speaker(
        &self,
        g: usize,
        speaker_refs: &[(usize, Option<Party>)],
    ) -> Vec<Party> {
        let mut out = self.event_parties(g);
        for &m in &self.groups[g] {
            if let Some((_, Some(speaker))) = speaker_refs.iter().find(|(r, _)| *r == m) {
                let mention = &self.mentions[m];
                // "its troops", the speaker's, are not troops of no country.
                if mention.refers == Refers::Owner {
                    out.retain(|p| p.actor.is_some() || p.role != mention.role);
                }
                if !out.iter().any(|p| p.actor == speaker.actor) {
                    out.push(Party {
                        actor: speaker.actor,
                        role: mention.role.clone(),
                        core: mention.core.clone(),
                    });
                }
            }
        }
        out
    }
}

/// The offsets in `text` (from byte `base` of the sentence) of the
/// quotation marks that enclose a name rather than a quotation: what they
/// hold is all one mention ("تنظيم «داعش» الإرهابي", "the so-called
/// "Islamic State""). They cut no clause. A slogan, a title or scare
/// quotes («الموت لاميركا», «اختطفوا») still do. (Normalization folds
/// every quotation mark into '"'.)
fn quoted_names(text: &str, base: usize, mentions: &[Mention]) -> Vec<usize> {
    let marks: Vec<usize> = text.match_indices('"').map(|(i, _)| i).collect();
    let mut out = Vec::new();
    // An odd count is a quotation from another sentence: no pairs to trust.
    if !marks.len().is_multiple_of(2) {
        return out;
    }
    for pair in marks.chunks_exact(2) {
        let inner = &text[pair[0] + 1..pair[1]];
        let trimmed = inner.trim();
        if trimmed.is_empty() {
            continue;
        }
        let start = base + pair[0] + 1 + (inner.len() - inner.trim_start().len());
        let end = start + trimmed.len();
        if mentions
            .iter()
            .any(|m| m.span.start <= start && end <= m.span.end)
        {
            out.extend_from_slice(pair);
        }
    }
    out
}

/// Whether an English word is a past form: "-ed", or one of the irregular
/// pasts, with the verbs whose past is their present ("hit", "cut"),
/// which tell no present either.
fn english_past(word: &str) -> bool {
    const PAST: &[&str] = &[
        "met",
        "held",
        "went",
        "fought",
        "struck",
        "shot",
        "took",
        "gave",
        "sent",
        "made",
        "left",
        "began",
        "broke",
        "threw",
        "stood",
        "led",
        "fled",
        "sought",
        "brought",
        "withdrew",
        "beat",
        "hit",
        "cut",
        "put",
        "set",
        "shut",
        "spread",
        "quit",
        "bid",
        "hurt",
        "let",
        "rid",
        "split",
        "upset",
        "cast",
        "came",
        "drove",
        "won",
        "lost",
        "told",
        "said",
        "overran",
        "overthrew",
        "rose",
        "arose",
        "forbade",
        "slew",
        "stole",
        "swore",
        "tore",
        "wrote",
        "bound",
        "caught",
        "fell",
        "laid",
        "paid",
        "sold",
        "spoke",
        "found",
        "kept",
        "ran",
        "saw",
        "shook",
        "slid",
    ];
    word.ends_with("ed") || PAST.contains(&word)
}

/// Whether a cue's own last word is a preposition ("تحقيق في", "attack
/// on"): the mention after it is then its object, not an idafa subject.
fn ends_in_preposition(cue: &str) -> bool {
    cue.split(|c: char| !crate::text::is_word_char(c))
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| PREPOSITIONS.contains(&w) || LOCATIVES.contains(&w))
}

/// Whether two parties of one country are two sides of a domestic event:
/// named in two different phrases, each in a role and the roles different
/// ("Sudanese police arrested Sudanese opposition activists"), as event
/// coders code them (SDN → SDN). A bare country name is the state itself:
/// never the other side of its own government, forces or courts, but the
/// other side of its people, rebels or opposition ("Croatia is
/// investigating Croatian extremists": HRV → HRV).
fn domestic(s: &Party, t: &Party) -> bool {
    let implied = t.core.is_empty();
    let society = |p: &Party| p.role.as_deref().is_some_and(|r| !STATE_ROLES.contains(&r));
    s.actor.is_some()
        && s.actor == t.actor
        && s.core != t.core
        && if implied {
            s.role != t.role
        } else {
            match (&s.role, &t.role) {
                (Some(a), Some(b)) => a != b,
                (None, Some(_)) => society(t),
                (Some(_), None) => society(s),
                (None, None) => false,
            }
        }
}

/// Whether a cue of relation `a` before one of `b` eases what `b` names: a
/// concession or withdrawal before a coercive measure ("lifted the curfew",
/// "lifted its blockade").
fn easing(a: &crate::lexicon::Relation, b: &crate::lexicon::Relation) -> bool {
    matches!(a.plover.as_str(), "CONCEDE" | "RETREAT") && b.plover == "COERCE"
}

/// Whether text ending at a mention ends with a word of exception
/// ("except", "apart from", "باستثناء", "ما عدا"), normalized. Not سوى or
/// إلا, which after a negation name the only ones ("لم تقصف سوى مواقع
/// داعش").
fn excepted(before: &str) -> bool {
    const EXCEPT: &[&str] = &[
        "except",
        "except for",
        "apart from",
        "other than",
        "excluding",
        "with the exception of",
        "باستثناء",
        "ما عدا",
        "ماعدا",
        "فيما عدا",
        "عدا",
    ];
    let before = before.trim_end();
    EXCEPT.iter().any(|w| {
        before.strip_suffix(w).is_some_and(|rest| {
            // With its clitic: "وباستثناء".
            let rest = rest.strip_suffix(['و', 'ف']).unwrap_or(rest);
            rest.chars()
                .next_back()
                .is_none_or(|c| !crate::text::is_word_char(c))
        })
    })
}

/// Whether a relation's cue takes another event as its content: threats,
/// demands and requests, agreements, refusals, talks (their topic:
/// "negotiations on a troop pullback") and accusations (CAMEO 112, "accused
/// X of"), but not condemnations ("condemned the attack on Y" reports the
/// attack).
fn governs(rel: &crate::lexicon::Relation) -> bool {
    matches!(
        rel.plover.as_str(),
        "THREATEN" | "REQUEST" | "AGREE" | "REJECT" | "CONSULT"
    ) || rel.cameo.starts_with("112")
}

/// Adds an event unless the sentence already has one of the same PLOVER
/// class between the same two actors: "سيجريان اتصالا هاتفيا لبحث
/// التطورات" is one consultation, not a call and a meeting. The first cue
/// (usually the most specific) wins.
fn push_event(lex: &Lexicon, out: &mut Vec<Event>, ev: Event) {
    let class = |e: &Event| lex.relation(e.relation).plover.as_str();
    let kill = |e: &Event| lex.relation(e.relation).label == "kills";
    // Whether event `x` stands for event `y` of its class. A killing with
    // its dead named is not the attack it was done in, whose target may
    // be a place ("قتل خمسة جنود عراقيين في هجوم شنه مسلحون على فندق في
    // بغداد"): the two are made one after every side is read
    // (`kills_in_attacks`).
    let stands_for =
        |x: &Event, y: &Event| class(x) == class(y) && !(kill(y) && y.target.is_some() && !kill(x));
    fn id(p: &Option<Party>) -> Option<(Option<u32>, usize)> {
        p.as_ref().map(Party::key)
    }
    let pair = |e: &Event| {
        let (a, b) = (id(&e.source), id(&e.target));
        if a <= b {
            (a, b)
        } else {
            (b, a)
        }
    };
    let symmetric = lex.relation(ev.relation).symmetric;
    let dup = out.iter().any(|o| {
        stands_for(o, &ev)
            && o.negated == ev.negated
            && if symmetric {
                pair(o) == pair(&ev)
            } else {
                (id(&o.source), id(&o.target)) == (id(&ev.source), id(&ev.target))
            }
    });
    // An event with a side missing adds nothing where the sentence already
    // has one of its class that fills that side in.
    let covered = || {
        out.iter().any(|o| {
            stands_for(o, &ev)
                && o.negated == ev.negated
                && (ev.source.is_none() || id(&o.source) == id(&ev.source))
                && (ev.target.is_none() || id(&o.target) == id(&ev.target))
        })
    };
    if !dup && !covered() {
        out.retain(|o| {
            !(stands_for(&ev, o)
                && o.negated == ev.negated
                && (o.source.is_none() || id(&o.source) == id(&ev.source))
                && (o.target.is_none() || id(&o.target) == id(&ev.target)))
        });
        out.push(ev);
    }
}

/// Makes a killing and an attack on the same target one event, reported
/// as the killing with the attacker for its source and the country the
/// attack's target was given: "قتل خمسة جنود عراقيين في هجوم شنه مسلحون
/// على فندق في بغداد" is the gunmen's killing of the soldiers; the attack
/// alone, against Iraq, would lose the dead and that they were killed.
fn kills_in_attacks(lex: &Lexicon, out: &mut Vec<Event>) {
    let kill = |e: &Event| lex.relation(e.relation).label == "kills";
    let mut absorbed = vec![false; out.len()];
    for k in 0..out.len() {
        if !kill(&out[k]) || out[k].target.is_none() {
            continue;
        }
        for a in 0..out.len() {
            let (ke, ae) = (&out[k], &out[a]);
            let (Some(kt), Some(at)) = (&ke.target, &ae.target) else {
                continue;
            };
            let one = !absorbed[a]
                && !kill(ae)
                && lex.relation(ke.relation).plover == lex.relation(ae.relation).plover
                && ke.negated == ae.negated
                && match (&ke.source, &ae.source) {
                    (Some(x), Some(y)) => x.key() == y.key(),
                    _ => true,
                }
                && (kt.key() == at.key()
                    || (kt.core == at.core && (kt.actor.is_none() || kt.actor == at.actor)));
            if !one {
                continue;
            }
            let (source, actor) = (ae.source.clone(), at.actor);
            let ke = &mut out[k];
            if ke.source.is_none() {
                ke.source = source;
            }
            if let Some(t) = ke.target.as_mut() {
                t.actor = t.actor.or(actor);
            }
            absorbed[a] = true;
        }
    }
    let mut i = 0;
    out.retain(|_| {
        i += 1;
        !absorbed[i - 1]
    });
}

/// Whether a party of `role` is, in an act of class `plover`, one it can
/// only be done to: civilians, refugees and medics are not attackers, and
/// the opposition, students, the press, workers, clergy and the like
/// arrest or repress no one.
fn unarmed_patient(plover: &str, role: &str) -> bool {
    const ASSAULTED: &[&str] = &["CVL", "REF", "HLH"];
    const COERCED: &[&str] = &[
        "CVL", "REF", "HLH", "OPP", "EDU", "MED", "LAB", "AGR", "NGO", "REL", "CRM", "BUS",
    ];
    match plover {
        "ASSAULT" => ASSAULTED.contains(&role),
        "COERCE" => COERCED.contains(&role),
        _ => false,
    }
}

/// Whether an Arabic clitic chain holds a preposition (ب, ل; لل is ل + the
/// article), as opposed to only a conjunction or the article.
fn preposition_clitic(prefix: &str) -> bool {
    prefix.ends_with("لل")
        || prefix
            .strip_suffix("ال")
            .unwrap_or(prefix)
            .contains(['ب', 'ل'])
}
