//! Matcher tests on small hand-made lexicons: clitics, the article, case
//! rules, dates and longest matches.

use super::*;

const ACTORS: &str = "id\ttype\tname_en\tname_ar\nTUR\tstate\tTurkey\tتركيا\nRUS\tstate\tRussia\tروسيا\nDEU\tstate\tGermany\tألمانيا\nIRQ\tstate\tIraq\tالعراق\nUSA\tstate\tUnited States\tالولايات المتحدة\nSSD\tstate\tSouth Sudan\tجنوب السودان\nSDN\tstate\tSudan\tالسودان\n";
const NAMES: &str = "id\tlang\tform\trole\tfrom\tuntil\nTUR\tar\tتركيا\t\t\t\nTUR\tar\tتركي\t\t\t\nTUR\tar\tأنقرة\t\t\t\nRUS\tar\tموسكو\t\t\t\nDEU\tar\tألمانيا\t\t\t\nIRQ\tar\tالعراق\t\t\t\nTUR\ten\tTurkey\t\t\t\nUSA\ten\tUS\t\t\t\nUSA\ten\tUnited States\t\t\t\nSSD\ten\tSouth Sudan\t\t\t\nSDN\ten\tSudan\t\t\t\nTUR\ten\tErdogan\tGOV\t2003\t\nTUR\tar\tأردوغان\tGOV\t2003\t\n";
const RELS: &str = "relation\tcameo\tplover\tquad\tsymmetric\tdescription\nattacks\t190\tASSAULT\tmaterial-conflict\tno\tattack\n";
const CUES: &str =
    "relation\tlang\tcue\tkind\nattacks\tar\tهجوم\tnoun\nattacks\tar\tعذب\tverb\nattacks\tar\tقتله\tverb\nattacks\tar\tضربة\tnoun\nattacks\ten\tattacked\tverb\nattacks\ten\tfired ... at\tverb\nattacks\ten\tfired … on\tverb\n";

fn lex() -> Lexicon {
    let mut b = Builder::empty();
    b.add_text("actors", ACTORS)
        .add_text("names", NAMES)
        .add_text("rels", RELS)
        .add_text("cues", CUES);
    b.build().unwrap()
}

/// The original text of every hit, with the actor id or a tag.
fn found(text: &str, year: Option<i32>) -> Vec<(String, String)> {
    let l = lex();
    let n = Normalized::new(text);
    l.find(text, &n, 0..n.text.len(), year)
        .iter()
        .map(|h| {
            let what = match l.senses(h).next().unwrap() {
                Sense::Name { actor, .. } => l.actor(*actor).id.clone(),
                Sense::Cue { .. } => format!(
                    "cue{}",
                    h.suffix.map(|s| format!("+{s}")).unwrap_or_default()
                ),
                other => format!("{other:?}"),
            };
            (text[n.orig_span(h.norm.clone())].to_string(), what)
        })
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn clitics_and_article() {
    assert_eq!(
        found("أنقرة وموسكو", None),
        pairs(&[("أنقرة", "TUR"), ("موسكو", "RUS")])
    );
    assert_eq!(
        found("الرئيس التركي ولتركيا", None),
        pairs(&[("تركي", "TUR"), ("تركيا", "TUR")])
    );
    assert_eq!(
        found("للعراق والعراق العراق", None),
        pairs(&[("عراق", "IRQ"), ("العراق", "IRQ"), ("العراق", "IRQ")])
    );
    assert_eq!(
        found("لألمانيا وألمانيا", None),
        pairs(&[("ألمانيا", "DEU"), ("ألمانيا", "DEU")])
    );
}

#[test]
fn taa_marbuta_and_ha() {
    // A verb takes an attached pronoun; a final ة, which folds to ه, is
    // none, and a word with the article takes none.
    assert_eq!(found("عذبه", None), pairs(&[("عذب", "cue+ه")]));
    assert!(found("عذبة العذبه", None).is_empty());
    // A form written with ه is not the word with ة, nor the other way.
    assert_eq!(found("قتله", None), pairs(&[("قتله", "cue")]));
    assert!(found("القتلة قتلة", None).is_empty());
    assert_eq!(found("ضربة", None), pairs(&[("ضربة", "cue")]));
    assert!(found("ضربه", None).is_empty());
    // Names are spelt both ways.
    assert_eq!(found("أنقره", None), pairs(&[("أنقره", "TUR")]));
}

#[test]
fn no_match_inside_words() {
    // مانيا alone is not Germany, and تركيات is not تركي.
    assert!(found("مانيا", None).is_empty());
    assert!(found("تركيات", None).is_empty());
    assert!(found("Turkeys", None).is_empty());
}

#[test]
fn english_case_rules() {
    assert_eq!(
        found("Turkey and TURKEY", None),
        pairs(&[("Turkey", "TUR"), ("TURKEY", "TUR")])
    );
    assert!(found("roast turkey", None).is_empty());
    assert_eq!(found("the US and us", None), pairs(&[("US", "USA")]));
}

#[test]
fn longest_match_wins() {
    assert_eq!(
        found("South Sudan and Sudan", None),
        pairs(&[("South Sudan", "SSD"), ("Sudan", "SDN")])
    );
}

#[test]
fn office_years_limit_names() {
    assert_eq!(
        found("Erdogan spoke", Some(2020)),
        pairs(&[("Erdogan", "TUR")])
    );
    assert!(found("Erdogan spoke", Some(1995)).is_empty());
    assert_eq!(found("اردوغان", None), pairs(&[("اردوغان", "TUR")]));
}

#[test]
fn pronoun_suffix_only_on_cues() {
    assert_eq!(
        found("هجومه على تركيا", None),
        pairs(&[("هجوم", "cue+ه"), ("تركيا", "TUR")])
    );
    assert!(found("تركياه", None).is_empty());
}

#[test]
fn bad_rows_are_reported_with_source_and_line() {
    let mut b = Builder::empty();
    b.add_text("actors", ACTORS).add_text(
        "mine.tsv",
        "id\tlang\tform\trole\tfrom\tuntil\nXXX\ten\tNowhere\t\t\t\n",
    );
    let e = b.build().unwrap_err().to_string();
    assert!(e.starts_with("mine.tsv:2:") && e.contains("XXX"), "{e}");
}

#[test]
fn a_group_country_must_be_a_state_id() {
    let mut b = Builder::empty();
    b.add_text("actors", ACTORS).add_text(
        "groups.tsv",
        "id\ttype\tname_en\tname_ar\tcountry\nXG\tgroup\tX Group\t\tturkey\n",
    );
    let e = b.build().unwrap_err().to_string();
    assert!(
        e.starts_with("groups.tsv:2:") && e.contains("turkey"),
        "{e}"
    );
    let l = Lexicon::embedded().unwrap();
    let country = |id: &str| l.country_of(l.actor_by_id(id).unwrap());
    assert_eq!(country("TUR"), Some("TUR"));
    assert_eq!(country("HEZBOLLAH"), Some("LBN"));
    assert_eq!(country("UN"), None);
}

#[test]
fn embedded_lexicon_compiles() {
    let l = Lexicon::embedded().unwrap();
    assert!(l.actor_by_id("TUR").is_some());
    assert!(
        l.actors()
            .iter()
            .filter(|a| a.kind == ActorType::State)
            .count()
            >= 193
    );
    for label in [
        "calls",
        "meets",
        "visits",
        "hosts",
        "negotiates",
        "mediates",
        "agrees",
        "cooperates",
        "supports",
        "aids",
        "requests",
        "demands",
        "accuses",
        "criticizes",
        "rejects",
        "threatens",
        "protests",
        "sanctions",
        "mobilizes",
        "coerces",
        "attacks",
        "kills",
        "withdraws",
        "concedes",
    ] {
        assert!(l.relation_by_label(label).is_some(), "{label}");
    }
}

#[test]
fn gapped_cues_hold_up_to_four_words_of_their_clause() {
    assert_eq!(
        found("Turkey fired four shell bombs at Iraq", None),
        pairs(&[("Turkey", "TUR"), ("fired four shell bombs at", "cue")])
    );
    // The nearest tail, "…" written as one character.
    assert_eq!(
        found("Turkey fired shells on Monday at dawn", None),
        pairs(&[("Turkey", "TUR"), ("fired shells on", "cue")])
    );
    // Not across a clause mark, past four words, with nothing in the gap,
    // or with a word of the lexicon in it (an actor).
    for text in [
        "Turkey fired shells, and waited at home",
        "Turkey fired one two three four five at Iraq",
        "Turkey fired at Iraq",
        "Turkey fired Sudan's shells at Iraq",
    ] {
        assert!(
            found(text, None).iter().all(|(_, what)| what != "cue"),
            "{text}"
        );
    }
}

#[test]
fn a_gapped_cue_needs_words_on_both_sides_of_one_gap() {
    for form in ["fired ...", "... at", "fired ... at ... on"] {
        let cues = format!("relation\tlang\tcue\tkind\nattacks\ten\t{form}\tverb\n");
        let mut b = Builder::empty();
        b.add_text("rels", RELS).add_text("cues.tsv", &cues);
        let err = b.build().err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            err.contains("cues.tsv:2") && err.contains("gap"),
            "{form}: {err}"
        );
    }
}

#[test]
fn a_role_word_keeps_its_hamza_and_a_name_does_not() {
    let mut b = Builder::empty();
    b.add_text("actors", ACTORS)
        .add_text(
            "names",
            "id\tlang\tform\trole\tfrom\tuntil\nDEU\tar\tألمانيا\t\t\t\n",
        )
        .add_text("roles", "role\tlang\tform\trefers\nREL\tar\tإمام\t\n");
    let l = b.build().unwrap();
    let tags = |text: &str| {
        let n = Normalized::new(text);
        l.find(text, &n, 0..n.text.len(), None)
            .iter()
            .map(|h| text[n.orig_span(h.norm.clone())].to_string())
            .collect::<Vec<_>>()
    };
    // "أمام" (in front of) is no imam; a dropped hamza still matches.
    assert_eq!(tags("وقف أمام المحكمة"), Vec::<String>::new());
    assert_eq!(tags("خطب الإمام"), vec!["إمام"]);
    assert_eq!(tags("امام المسجد"), vec!["امام"]);
    // Foreign names are written with either seat.
    assert_eq!(tags("زار إلمانيا"), vec!["إلمانيا"]);
    assert!(hamza_agrees("إمام", "امام") && !hamza_agrees("إمام", "أمام"));
    assert!(hamza_agrees("إمام", "إِمام") && hamza_agrees("إمام", "الإمام"));
}

#[test]
fn proper_names_take_no_article() {
    // A person's name (a table named people…) or a place's, written
    // without the article, is another word with it: "الطريق المؤدي" is no
    // مودي, "الجدة" (the grandmother) no Jeddah. A name the table writes
    // with the article keeps it, and other names (a state's nisba: التركي)
    // take it.
    let actors = "id\ttype\tname_en\tname_ar\nIND\tstate\tIndia\tالهند\nSAU\tstate\tSaudi Arabia\tالسعودية\nIRN\tstate\tIran\tإيران\nTUR\tstate\tTurkey\tتركيا\n";
    let people =
        "id\tlang\tform\trole\tfrom\tuntil\nIND\tar\tمودي\tGOV\t\t\nIRN\tar\tالخامنئي\tGOV\t\t\n";
    let names = "id\tlang\tform\trole\tfrom\tuntil\nSAU\tar\tجدة\tLOC\t\t\nTUR\tar\tتركي\t\t\t\n";
    let mut b = Builder::empty();
    b.add_text("actors", actors)
        .add_text("lexicons/names/people.tsv", people)
        .add_text("names", names)
        .add_text("rels", RELS);
    let l = b.build().unwrap();
    let ids = |text: &str| actor_ids(&l, text);
    assert_eq!(ids("مودي ولمودي"), ["IND", "IND"]);
    assert!(ids("الطريق المؤدي والمودي").is_empty());
    assert_eq!(ids("جدة وبجدة"), ["SAU", "SAU"]);
    assert!(ids("الجدة وبالجدة").is_empty());
    assert_eq!(ids("الخامنئي وللخامنئي"), ["IRN", "IRN"]);
    assert_eq!(ids("الرئيس التركي"), ["TUR"]);
}

#[test]
fn nisba_accusative_agrees_with_a_role_word() {
    // The tables list the nisba and its feminine (أميركي, أميركية); the
    // indefinite accusative (أميركيا) matches right after a role word in
    // the same case, and nowhere else: an adverb ("المدعومة أميركيا") or
    // the adjective of a word that is no actor ("دولارا أمريكيا") would
    // read as the state. A form of its own (تركيا) is the state's name.
    let actors = "id\ttype\tname_en\tname_ar\nUSA\tstate\tUnited States\tالولايات المتحدة\nTUR\tstate\tTurkey\tتركيا\n";
    let names = "id\tlang\tform\trole\tfrom\tuntil\nUSA\tar\tأميركي\t\t\t\nUSA\tar\tأميركية\t\t\t\nUSA\tar\tأمريكي\t\t\t\nUSA\tar\tأمريكية\t\t\t\nTUR\tar\tتركيا\t\t\t\nTUR\tar\tتركي\t\t\t\nTUR\tar\tتركية\t\t\t\n";
    let mut b = Builder::empty();
    b.add_text("actors", actors)
        .add_text("names", names)
        .add_text("roles", "role\tlang\tform\trefers\nMIL\tar\tجنديا\t\n")
        .add_text("rels", RELS);
    let l = b.build().unwrap();
    let ids = |text: &str| actor_ids(&l, text);
    assert_eq!(ids("قتل جنديا أميركيا"), ["USA"]);
    assert_eq!(ids("قتل جندياً أمريكياً"), ["USA"]);
    assert!(ids("القوات المدعومة أميركيا").is_empty());
    assert!(ids("تكلف 69 دولارا أمريكيا").is_empty());
    assert!(ids("قتل جنديا، أميركيا").is_empty());
    assert_eq!(ids("زار تركيا"), ["TUR"]);
}

#[test]
fn name_after_an_armed_role_word_only() {
    // A form written after "... " matches only right after a role word of
    // an armed body: مالي is "financial" but for Mali's soldiers and forces.
    let actors = "id\ttype\tname_en\tname_ar\nMLI\tstate\tMali\tمالي\n";
    let names = "id\tlang\tform\trole\tfrom\tuntil\nMLI\tar\t... مالي\t\t\t\nMLI\tar\t... مالية\t\t\t\nMLI\tar\t... ماليين\t\t\t\n";
    let roles = "role\tlang\tform\trefers\nMIL\tar\tالقوات\t\nMIL\tar\tجنود\t\nGOV\tar\tمستشار\t\nGOV\tar\tوزير المالية\t\n";
    let mut b = Builder::empty();
    b.add_text("actors", actors)
        .add_text("names", names)
        .add_text("roles", roles)
        .add_text("rels", RELS);
    let l = b.build().unwrap();
    let ids = |text: &str| actor_ids(&l, text);
    assert_eq!(ids("أنهت القوات المالية العملية"), ["MLI"]);
    assert_eq!(ids("وللقوات المالية"), ["MLI"]);
    assert_eq!(ids("قتل خمسة جنود ماليين"), ["MLI"]);
    assert!(ids("قدمت دعما ماليا").is_empty());
    assert!(ids("الأوراق المالية").is_empty());
    assert!(ids("مستشار مالي").is_empty());
    assert!(ids("قال وزير المالية").is_empty());
    assert!(ids("القوات، المالية").is_empty());
}

/// The ids of the actors `l` finds named (or placed) in `text`, in order.
fn actor_ids(l: &Lexicon, text: &str) -> Vec<String> {
    let n = Normalized::new(text);
    l.find(text, &n, 0..n.text.len(), None)
        .iter()
        .filter_map(|h| match l.senses(h).next() {
            Some(Sense::Name { actor, .. } | Sense::Place { actor }) => {
                Some(l.actor(*actor).id.clone())
            }
            _ => None,
        })
        .collect()
}
