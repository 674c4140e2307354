//! Extractor table tests, per language: each row is a name, a text, and
//! the triples expected as (source, relation, target, negated, mood).
//! Rows test phenomena (word order, clitics, coordination, counterparts,
//! negation, mood, passives, pronouns), not single sentences.

use super::*;
use crate::lexicon::Lexicon;
use std::sync::LazyLock;

static LEX: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::embedded().expect("embedded lexicon"));

type Row = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str, bool, Mood)],
);

fn run(rows: &[Row], lang: &str) {
    run_dated(rows, lang, "2021-06-01");
}

/// A test document in `lang`, of `date` if given.
fn doc(id: &str, lang: &str, date: Option<&str>, text: &str) -> Document {
    Document {
        id: id.into(),
        text: text.into(),
        title: None,
        date: date.map(Into::into),
        lang: Some(lang.into()),
        url: None,
        origin: "test".into(),
        warnings: vec![],
    }
}

/// The rows as articles of the given date (office-holders' names resolve
/// only within their years in office).
fn run_dated(rows: &[Row], lang: &str, date: &str) {
    let ex = Extractor::new(&LEX);
    let mut failures = Vec::new();
    for (name, text, want) in rows {
        let doc = doc(name, lang, Some(date), text);
        let got: Vec<(String, String, String, bool, Mood)> = ex
            .extract(&doc)
            .unwrap()
            .into_iter()
            .map(|t| {
                // Symmetric triples compare with the smaller id first.
                let s = side_label(t.source.as_ref());
                let o = side_label(t.target.as_ref());
                let (s, o) = if t.symmetric && o < s { (o, s) } else { (s, o) };
                (s, t.relation, o, t.negated, t.mood)
            })
            .collect();
        let want: Vec<(String, String, String, bool, Mood)> = want
            .iter()
            .map(|(s, r, o, n, m)| (s.to_string(), r.to_string(), o.to_string(), *n, *m))
            .collect();
        if got != want {
            failures.push(format!(
                "{name}:\n  text:     {text}\n  expected: {want:?}\n  got:      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

use Mood::{Done, Planned};

#[test]
fn arabic() {
    run(
        &[
            ("coordinated subject across a comma, dual, future light verb", "أكدت أنقرة وموسكو، أن الرئيسين التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين، سيجريان اتصالا هاتفيا، لبحث التطورات في إدلب.", &[("RUS", "calls", "TUR", false, Planned)]),
            ("counterpart with a country adjective", "إن الرئيس أردوغان سيبحث هاتفيا التطورات مع نظيره الروسي.", &[("RUS", "calls", "TUR", false, Planned)]),
            ("verb-first clause", "هاجم الجيش السوري مواقع تركية في إدلب.", &[("SYR", "attacks", "TUR", false, Done)]),
            ("not hesitating is doing: the negation is of the hesitation", "ولم يتردد في قصف غزة.", &[("-", "attacks", "PSE", false, Done)]),
            ("deaths in a fire are no attack; a place after وفي is where, not the subject of a verb-first clause", "وقتل ثلاثة أشخاص في حريق بمصنع في القاهرة. وفي العراق هاجم مسلحون مركزا للشرطة.", &[("~REB", "attacks", "~COP", false, Done)]),
            ("a people named by its state's adjective protesting against that state's institutions is its society; what a place witnessed happened there", "وتظاهر آلاف المصريين ضد الحكومة. وشهدت تركيا أمس صدامات بين الشرطة والمتظاهرين.", &[("EGY", "protests", "EGY", false, Done), ("~OPP", "protests", "-", false, Done)]),
            ("a place after a locative preposition and words for a kind of place, or after ب on a direction, is where; ما before a verb is no negation (ما أدى: which led)", "وانفجرت سيارة مفخخة في الزعفرانية بجنوب بغداد، ما أدى إلى مقتل أربعة أشخاص.", &[("-", "attacks", "IRQ", false, Done)]),
            ("a verb cue's letters after the subject of a verb of saying are its object, a verbal noun; the first genitive of a verbal noun of an act done to people is whom it is done to", "وأدان مجلس الأمن خطف الجنود الأتراك. وأدى اعتقال الأطفال الفلسطينيين إلى غضب واسع.", &[("UNSC", "criticizes", "TUR", false, Done), ("-", "attacks", "TUR", false, Done), ("-", "coerces", "PSE", false, Done)]),
            ("a verb-first clause puts the subject between a verb and its preposition: the gap of an Arabic gapped cue holds a name or a role word", "وسيطر تنظيم داعش على مدينة الرمادي. وسيطرت القضية تماما على خطب الجمعة في الخرطوم.", &[("ISIL", "attacks", "IRQ", false, Done)]),
            ("a present-tense verb in a relative clause whose antecedent is its object describes the antecedent: no event", "ونقل النفط من المناطق التي يسيطر عليها تنظيم داعش في العراق.", &[]),
            ("whoever claims an assault made it, though the claim's verb is one of saying; a denied claim names no one", "أعلنت حركة طالبان مسؤوليتها عن الهجوم على قاعدة للجيش الأفغاني. وكان حزب العمال الكردستاني أعلن الأربعاء مسؤوليته عن قتل ثلاثة جنود أتراك. ونفت حركة حماس مسؤوليتها عن الهجوم على الجنود الإسرائيليين.", &[("TALIBAN", "attacks", "AFG", false, Done), ("PKK", "kills", "TUR", false, Done), ("-", "attacks", "ISR", false, Done)]),
            ("the mentions after a condemned act's noun are its victims or its place, not the one condemned; its agent is", "أدانت البحرين التفجير الإرهابي في العراق. أدانت مصر هجوم داعش على المصلين في الكويت.", &[("-", "attacks", "IRQ", false, Done), ("EGY", "criticizes", "ISIL", false, Done), ("ISIL", "attacks", "KWT", false, Done)]),
            ("a verb of killing or kidnapping right after its subject, with a circumstance after it and no object, is a passive: the subject is the victim", "وقال مصدر إن ثلاثة جنود أتراك قتلوا في الموصل. وذكرت الشرطة أن أربعة إيطاليين خطفوا في ليبيا. الجنود العراقيون قتلوا ثلاثة مسلحين في الموصل.", &[("-", "kills", "TUR", false, Done), ("-", "attacks", "ITA", false, Done), ("IRQ", "kills", "IRQ", false, Done)]),
            ("a verb with an object pronoun right after an attack noun describes it: its subject follows (هجوم شنه مقاتلو الحزب)", "وقال مصدر إن ثلاثة جنود أتراك قتلوا في هجوم شنه مقاتلو حزب العمال الكردستاني على ثكنة عسكرية تركية.", &[("PKK", "kills", "TUR", false, Done)]),
            ("after a noun of an attack, ل names whose attack it is (هجوم للقوات الأميركية); after a verbal noun it marks the object", "وكان أبو سياف الذي قتل في هجوم للقوات الأميركية يشرف على تهريب النفط. وتواصل القصف لمواقع داعش.", &[("USA", "kills", "ABU_SAYYAF", false, Done), ("USA", "attacks", "-", false, Done), ("-", "attacks", "ISIL", false, Done)]),
            ("where a meeting is held is its venue, not a party to it", "وعقد وزراء خارجية الاتحاد الأوروبي اجتماعا في لشبونة. والتقى وزير الخارجية اللبناني في بيروت اليوم سفير الولايات المتحدة.", &[("LBN", "meets", "USA", false, Done)]),
            ("fighting between two sides is each one's attack on the other; the second side may follow و as a group of its own", "ووقعت معارك عنيفة بين الجيش اللبناني ومسلحين قدموا من سوريا. وقتل ثلاثة متمردين في اشتباكات بين قوات الأمن التركية والمتمردين.", &[("LBN", "attacks", "~REB", false, Done), ("~REB", "attacks", "LBN", false, Done), ("TUR", "kills", "~REB", false, Done), ("TUR", "attacks", "~REB", false, Done), ("~REB", "attacks", "TUR", false, Done)]),
            ("a verb of killing or arrest that opens its clause, with its subject right after it and a circumstance after that, is a passive; a comma after the subject may hide the object", "قتل جندي تركي في هجوم بقاذفة صواريخ شنه متمردون أكراد. اعتقل ناشط مصري في القاهرة أمس. وقتلت بوكو حرام ،التي تسعى لتأسيس دولة، أكثر من 14 ألف شخص.", &[("~REB", "kills", "TUR", false, Done), ("~REB", "attacks", "-", false, Done), ("-", "coerces", "EGY", false, Done), ("BOKO_HARAM", "kills", "-", false, Done)]),
            ("idioms hold a cue's words in another sense: settling accounts, combining two things, blowing up efforts, storming a world of work, striking with an iron hand, the statistics agency's name", "صرفت الجمعية المعونات بعد تصفية الحسابات مع الموردين. واللوحة تجمع بينهما. وقال إن القرار ينسف جهود السلام في اليمن. وقررت أن تقتحم عالم الأعمال. وأكد الوزير أن الدولة ستضرب بيد من حديد على المفسدين. وكشف تقرير للجهاز المركزي للتعبئة العامة والإحصاء في مصر زيادة عدد السائحين. وتجمع المتظاهرون أمام السفارة.", &[("~OPP", "protests", "-", false, Done)]),
            ("a nationality adjective after a noun of force, other adjectives between, is its agent; مصرع without a pronoun is a death whose genitive is the victim", "استمرت الغارات الجوية التركية على مواقع داعش. وأكدت مصادر صحفية مصرع القيادي الحوثي في لحج. ولقي 28 من عناصر تنظيم داعش مصرعهم في العراق.", &[("TUR", "attacks", "ISIL", false, Done), ("-", "kills", "HOUTHIS", false, Done), ("-", "kills", "ISIL", false, Done)]),
            ("whoever meets death (لقي مصرعه، لقوا حتفهم) is its victim, after the verb (a gap of up to six words) or before it", "ولقي ثلاثة جنود عراقيين مصرعهم في الموصل. وقال مصدر إن مسلحي داعش لقوا حتفهم في الرقة. ولقي خمسة من عناصر الشرطة المصرية حتفهم في سيناء.", &[("-", "kills", "IRQ", false, Done), ("-", "kills", "ISIL", false, Done), ("-", "kills", "EGY", false, Done)]),
            ("players, coaches and clubs' names make a sentence play: counter-attacks and fixtures are no news", "ويلتقي تشيلسي بعد غد السبت مع باريس سان جيرمان الفرنسي. ويتميز البلجيكي يانيك بقدرته على تنفيذ الهجمات المرتدة مع مدربه. وهاجمت القوات التركية مواقع حزب العمال الكردستاني.", &[("TUR", "attacks", "PKK", false, Done)]),
            ("in a sentence about a match teams meet and attack in play; a killing and an armed group's attack stay news", "يلتقي المنتخب السعودي نظيره الجزائري في مباراة ودية مساء اليوم. قتل 20 شخصا في انفجار خلال مباراة كرة قدم في بغداد. وهاجم مسلحو طالبان الملعب خلال مباراة كرة القدم.", &[("-", "kills", "IRQ", false, Done), ("TALIBAN", "attacks", "-", false, Done)]),
            ("an idiom holds a cue's words in another sense: control of the situation is no seizure", "وتمكنت القوات المصرية من السيطرة على الوضع في سيناء.", &[]),
            ("a final ة is no attached pronoun, and a word with the article takes none: fresh water, killers and discrimination are no torture, killing or dispersal; a word written with ة is not the one with ه (students, his request)", "وحذر الوزير من شح المياه العذبة في تركيا. وقال إن القتلة فروا إلى سوريا. وأكد تقرير أن التفرقة العنصرية مستمرة في أمريكا. وتظاهر الطلبة أمام السفارة.", &[("~EDU", "protests", "-", false, Done)]),
            ("a verb after a plain noun follows its subject, though the noun is no actor: the mention after the verb is its object; after an adverb of time, or with an object pronoun on the verb, the subject follows it", "وقال إن منظمة إرهابية تستهدف الولايات المتحدة. وأكد أن الإرهاب بات يستهدف السلطات الأمنية. وضربات جوية تشنها السعودية على الحوثيين. وأمس هاجم مسلحون مركزا للشرطة في بغداد.", &[("-", "attacks", "USA", false, Done), ("-", "attacks", "~GOV", false, Done), ("SAU", "attacks", "HOUTHIS", false, Done), ("~REB", "attacks", "IRQ", false, Done)]),
            ("the dead (قتلى) are victims: the mention after the word is whose dead they are", "وأشار التقرير إلى التصاعد في عدد قتلى المتشددين. وسقط عشرات القتلى من الجيش السوري في حلب.", &[("-", "kills", "~REB", false, Done), ("-", "kills", "SYR", false, Done)]),
            ("whoever repels an assault is its target, not its agent, the verb before its subject or before the noun; a foiled assault did not happen", "وتصدى الجيش العراقي لهجوم شنه تنظيم داعش على الرمادي. وأحبطت القوات المصرية هجوما إرهابيا في سيناء. وصدت قوات البيشمركة هجوما في سنجار.", &[("ISIL", "attacks", "IRQ", false, Done), ("-", "attacks", "IRQ", false, Done)]),
            ("استهدف with a verbal noun for object, or a plan or a programme for subject, is an aim, not an attack", "وأوضح الوزير أن البرنامج يستهدف تدريب 500 شاب في مصر. وقال إن الحكومة المصرية تستهدف خفض الدين العام. وأكد أن المنظمات الإرهابية التي تستهدف تركيا ستهزم. واستهدفت غارة جوية مواقع داعش في الرقة.", &[("-", "attacks", "TUR", false, Done), ("-", "attacks", "ISIL", false, Done)]),
            ("an occupying power named by its occupation (قوات الاحتلال، برلمان الاحتلال) is an actor, not an attack, and not of the place it occupies; a later bare use keeps the country resolved first", "واعتقلت قوات الاحتلال الإسرائيلي عشرات الفلسطينيين في الضفة الغربية. وقصفت قوات الاحتلال منازل في غزة. وأقر برلمان الاحتلال قانون الإطعام القسري.", &[("ISR", "coerces", "PSE", false, Done), ("ISR", "attacks", "PSE", false, Done)]),
            ("after قال إن the mention is the reported clause's subject, not the speaker", "وقال إن إسرائيل قصفت غزة. وقالت إن الجيش المصري هاجم مواقع داعش في سيناء.", &[("ISR", "attacks", "PSE", false, Done), ("EGY", "attacks", "ISIL", false, Done)]),
            ("an act called for is no act done, with protesters for the caller between the call and the act", "ودعا المتظاهرون إلى إعدام الرئيس السوري. ودعت الحكومة المصرية إلى إعدام قادة الإخوان.", &[("EGY", "requests", "MUSLIM_BROTHERS", false, Done)]),
            ("تجمع with ل and a noun after it is a gathering of someone, not a protest; with ل and a verbal noun it is a purpose", "وشن الطيران عدة غارات استهدفت تجمعا للحوثيين في صعدة. وتجمع المئات للمطالبة بالإفراج عن المعتقلين. وتجمع المتظاهرون أمام السفارة الأمريكية.", &[("~MIL", "attacks", "HOUTHIS", false, Done), ("-", "protests", "~CVL", false, Done), ("~OPP", "protests", "-", false, Done)]),
            ("a business named only by its role is no side of an event by itself", "هل هناك أسباب تجعل الشركات الأجنبية تسيطر على سوق المقاولات؟ وهاجم مسلحون شركة أمنية في قندهار.", &[("AFG", "attacks", "-", false, Done)]),
            ("the dead or wounded before an assault noun of circumstance are its victims, after a noun of death too; a verb with a pronoun after the noun (نفذتهما، قام به) names its agent; a bare verb's letters after a preposition are its verbal noun", "وأعلنت الشرطة مقتل 13 مدنيا جراء انفجار ثلاث عبوات ناسفة في بغداد. وقال إن 12 مدنيا قتلوا في هجومين انتحاريين نفذتهما بوكو حرام. وقتل 7 أشخاص أغلبهم من المدنيين في قصف عشوائي قام به المتمردون الحوثيون.", &[("-", "kills", "IRQ", false, Done), ("BOKO_HARAM", "kills", "~CVL", false, Done), ("HOUTHIS", "kills", "~CVL", false, Done)]),
            ("a coalition is its leader's: بقيادة, الذي تقوده after a body name the state that leads it; the Arab coalition is Saudi Arabia's", "وشنت طائرات التحالف الذي تقوده السعودية غارات على صنعاء. وقتل ثلاثة مدنيين على يد قوات التحالف التي تقودها الولايات المتحدة في أفغانستان. وشن التحالف العربي بقيادة السعودية غارات على مواقع الحوثيين.", &[("SAU", "attacks", "YEM", false, Done), ("USA", "kills", "~CVL", false, Done), ("SAU", "attacks", "HOUTHIS", false, Done)]),
            ("a verb never takes ب: its letters after one are a verbal noun, whose ل names the agent when على names the object; a passive's victims are not the agent of the event after it", "وأعلنت المقاومة مقتل 17 من الحوثيين بقصف للتحالف العربي على الحديدة. وقتل 8 أشخاص بقصف لميليشيا الحوثي على دار سعد. وتواصل القصف لمواقع داعش.", &[("SAU", "kills", "HOUTHIS", false, Done), ("HOUTHIS", "attacks", "-", false, Done), ("-", "attacks", "ISIL", false, Done)]),
            ("a verb of result (أسفر عن، أدى إلى) has an event for subject: the dead are the work of that event's agent, never of the mention before the verb", "وشنت القوات التركية غارات على أهداف لحزب العمال الكردستاني أسفرت عن مقتل 260 مسلحا. وقال المرصد إن انفجارا في مستودع للذخيرة لوحدات حماية الشعب أدى إلى مقتل اثنين من عناصرها. وقام مستوطنون بحرق منزل في الضفة الغربية ما أدى إلى مقتل طفل فلسطيني.", &[("TUR", "attacks", "PKK", false, Done), ("-", "kills", "-", false, Done), ("ISR", "kills", "PSE", false, Done)]),
            ("a verbal noun after the ل of purpose, governing its object, says what a clause is for, not what was done; one goes out to protest and protests; after a verb of undergoing or repelling ل marks the object", "وقال إن السلطات الأمنية تعمل على استكمال التحقيقات، للقبض على كل من خطط للعملية. وأرسلت الحكومة قواتها لقتال المتمردين في الشمال. وخرج آلاف المتظاهرين للاحتجاج على قرار الحكومة. وتعرضت قافلة السفير البولندي لهجوم في بغداد. وتصدت القوات العراقية لهجوم داعش.", &[("~OPP", "protests", "~GOV", false, Done), ("-", "attacks", "POL", false, Done), ("ISIL", "attacks", "IRQ", false, Done)]),
            ("استهدف aims at a year, or has a plan, a law or a festival for subject before it (adjectives or a relative pronoun between) or right after its present; a past with a plan word for object is still a strike", "وقال إن خطة التنمية الشاملة التي تستهدف عام 2030 تبلغ قيمتها 2500 مليار دولار. ويستهدف مشروع القانون مرتكبي الأعمال الإرهابية. وأكد أن القذائف استهدفت مشروع مستشفى في نجران.", &[("-", "attacks", "SAU", false, Done)]),
            ("a first-form verb's letters in the shape فاعل with the article are its participle, the one who does it: الطالب is a student, not a demand", "وكشف الطالب السعودي في الولايات المتحدة تفاصيل كفاحه. وتتنافس الشركة الكويتية في مجال الهاتف المحمول مع شركة سودانية. وطالب العراق بانسحاب القوات التركية.", &[("IRQ", "demands", "TUR", false, Done)]),
            ("fans and fishermen (also in construct: صيادي السمك) are people named by role", "وأطلقت الشرطة الغاز المسيل للدموع على المشجعين. وقتلت جماعة بوكو حرام ذبحا عشرة من صيادي السمك.", &[("~COP", "coerces", "~CVL", false, Done), ("BOKO_HARAM", "kills", "~AGR", false, Done)]),
            ("what follows a quotation of scripture or of the prophet's sayings in its sentence is a rule, not news", "قال الله تعالى في سورة النساء (ومن يقتل مؤمنا متعمدا فجزاؤه جهنم). وقتل مسلحون ثلاثة جنود عراقيين في الموصل.", &[("~REB", "kills", "IRQ", false, Done)]),
            ("الاحتلال with the article is the standing occupation or the occupier, and احتلال before a rank is a ranking: no act; the genitive of a noun of occupying or invading is the place taken, unless the object follows it (accusative or ل), and a nationality adjective after the noun is its agent", "وتبنت اليابان تحت الاحتلال الأميركي دستورا سلميا. وندد المفتي بجرائم الاحتلال الإسرائيلي في القدس. وتحتل مصر مرتبة عالية بفضل احتلالها مرتبة متقدمة. وبدأ احتلال العراق عام 2003. وذكر غزو النظام العراقي السابق الكويت. وقاوم القبارصة الاجتياح التركي.", &[("-", "attacks", "IRQ", false, Done), ("IRQ", "attacks", "KWT", false, Done), ("TUR", "attacks", "-", false, Done)]),
            ("a death after ل is no purpose, nor is ل after an indefinite verbal noun in the accusative (استنكارا) a purpose", "ونظم الأطفال وقفة حدادا واستنكارا لمقتل الطفل على يد المستوطنين الإسرائيليين.", &[("ISR", "kills", "-", false, Done)]),
            ("a verb never takes ك: كلام is speech, not لام (blamed) after 'like'", "واقتبس الكاتب في مقاله كلام مستشار وزارة الدفاع الإسرائيلية السابق لشؤون لبنان.", &[]),
            ("a verb with an object pronoun right after a noun (no relative pronoun after an indefinite one) describes it: the noun is its object and the subject follows; in the present it describes a state, no event; a passive of wounding coordinated with a passive of killing, and the count and من of the victims, are passed over", "وأفرج عن رهائن احتجزتهم جبهة النصرة. وأتلف المقاتلون دبابات يسيطر عليها الحوثيون. وقتل وجرح عشرات من داعش بغارات طائرات التحالف الدولي. وكان 5 قتلوا وأصيب 11 آخرين من الحوثيين في كمين للمقاومة.", &[("NUSRA", "coerces", "~CVL", false, Done), ("USA", "kills", "ISIL", false, Done), ("~REB", "kills", "HOUTHIS", false, Done)]),
            ("مسؤول with عن after it is the one responsible for something, no official", "وكشفت اللجنة هوية المسؤولين عن هجمات كيمياوية في سوريا. وقال مسؤول عراقي إن الجيش قصف مواقع داعش.", &[("-", "attacks", "SYR", false, Done), ("~MIL", "attacks", "ISIL", false, Done)]),
            ("من right after a noun of giving, supporting or threatening names who gives, supports or threatens; after a withdrawal it names the place left", "ويحصل حزب الله على دعم من إيران. وتلقت الحكومة اليمنية مساعدات من السعودية. وانسحب الجيش الإسرائيلي من جنين.", &[("IRN", "supports", "HEZBOLLAH", false, Done), ("SAU", "aids", "YEM", false, Done), ("ISR", "withdraws", "PSE", false, Done)]),
            ("a coalition is one word whatever heads its phrase: the aircraft of the coalition a document named as led by a state are that state's", "وشن التحالف العربي بقيادة السعودية غارات على صنعاء. وقصف طيران التحالف مواقع الحوثيين في صعدة.", &[("SAU", "attacks", "YEM", false, Done), ("SAU", "attacks", "HOUTHIS", false, Done)]),
            ("a state's protest is an official complaint, to the one after لدى; people's protests stay protests", "واحتجت مصر لدى إسرائيل على اعتقال الصيادين. وتظاهر آلاف المصريين في القاهرة.", &[("EGY", "criticizes", "ISR", false, Done), ("ISR", "coerces", "~AGR", false, Done), ("EGY", "protests", "EGY", false, Done)]),
            ("an unvowelled passive may have words of time before its circumstance, and its victims' phrase may close with a count (على الأقل، واحدا); a suicide attack's adjective is no actor; words of time before an active's object keep it active", "وقالت الشبكة إن عناصر حزب الله قتلوا مساء الأربعاء خلال المعارك مع قوات المعارضة. وقال مسؤول إن 12 مدنيا على الأقل قتلوا في هجومين انتحاريين نفذتهما بوكو حرام. وقتلت قوات الاحتلال الإسرائيلي فجر أمس شابا في جنين. وقال المرصد إن عناصر من جبهة النصرة خطفوا الأربعاء قائد الفرقة 30.", &[("~REB", "kills", "HEZBOLLAH", false, Done), ("BOKO_HARAM", "kills", "~CVL", false, Done), ("ISR", "kills", "PSE", false, Done), ("NUSRA", "attacks", "~GOV", false, Done)]),
            ("a verb never takes the article: a verb cue's letters after one are a noun", "وتم حفر الآبار العذبة في القرية. وقام المتظاهرون بالتجمع أمام مقر السفارة الأردنية في طهران.", &[("~OPP", "protests", "JOR", false, Done)]),
            ("what follows a word of possibility, purpose or fear is not an event", "وغادر الآلاف بلدانهم خوفا من القتل. وفتحت المقاومة جبهة جديدة بهدف قطع طريق الإمداد عن الحوثيين. وهاجم مسلحون مركزا للشرطة في بغداد.", &[("~REB", "attacks", "IRQ", false, Done)]),
            ("a noun for an agreement names a document, not an event: agreeing is a verb; readiness is a predicate", "وتحدث الوزير عن الاتفاق النووي بين إيران والولايات المتحدة. واتفقت مصر والأردن على تعزيز التعاون. وأكد بري استعداد لبنان للحوار مع السعودية.", &[("EGY", "agrees", "JOR", false, Done), ("LBN", "agrees", "SAU", false, Done)]),
            ("the subject of a verb of saying before an attack noun condemns the attack, it did not make it; a light verb's subject did", "وأدانت البحرين التفجير في القطيف. واستنكر الوزير الهجوم على المصلين. وشنت إسرائيل هجوما على غزة.", &[("-", "attacks", "~CVL", false, Done), ("ISR", "attacks", "PSE", false, Done)]),
            ("a verb opening a relative clause has its antecedent for subject, even an attack: the mention after it is its object; with an object pronoun on the verb, the mention after it is the subject", "وقال الوزير إن الحادث الإرهابي الذي استهدف المصلين في القطيف جريمة. وأعلنت الحكومة اليمنية أن الهجوم الذي شنه الحوثيون على مأرب فشل.", &[("-", "attacks", "SAU", false, Done), ("HOUTHIS", "attacks", "YEM", false, Done)]),
            ("a coercion with no one named is another sense of its verb: only protests, attacks and mobilizations stand with neither side", "وتعمل المراوح لمنع الروائح الكريهة. وقال إن تعدد المهام يمنع التركيز. ومنعت السلطات المصرية الصحفيين من دخول سيناء.", &[("EGY", "coerces", "EGY", false, Done)]),
            ("the judiciary is القضاء with its article; an indefinite قضاء before a name is a district", "قصف مسلحون قضاء مخمور شرق الموصل. وانتقد القضاء المصري الحكومة الإسرائيلية.", &[("~REB", "attacks", "IRQ", false, Done), ("EGY", "criticizes", "ISR", false, Done)]),
            ("subject-first clause with clitic target", "اتهمت إيران الولايات المتحدة بدعم الإرهاب.", &[("IRN", "accuses", "USA", false, Done)]),
            ("signing a formal agreement is diplomatic cooperation (CAMEO 057); a noun after a verb cue that holds its object names the object's kind", "مصر والأردن وقعتا اتفاقية تعاون تجاري.", &[("EGY", "signs", "JOR", false, Done)]),
            ("a word for the actors after a verb cue is its object, not the same event", "الشرطة السودانية اعتقلت متظاهرين في الخرطوم.", &[("SDN", "coerces", "SDN", false, Done), ("SDN", "protests", "SDN", false, Done)]),
            ("a coercive measure after a reduction or an end is eased: a concession", "خففت الحكومة السودانية حظر التجول في الخرطوم. أنهت الحكومة المصرية حظر التجول.", &[("SDN", "concedes", "SDN", false, Done), ("EGY", "concedes", "EGY", false, Done)]),
            ("a cue between a role word and a place keeps them apart: the place is the target", "الجنود قصفوا إدلب.", &[("~MIL", "attacks", "SYR", false, Done)]),
            ("a coercion with no target is aimed at the place it names; ending aid is a sanction", "فرضت إسرائيل حظر التجول في الخليل. أنهت اليابان المساعدات الاقتصادية لصربيا.", &[("ISR", "coerces", "PSE", false, Done), ("JPN", "sanctions", "SRB", false, Done)]),
            ("a threat with no one named is against the place it names", "هددت حماس باستئناف نشاطها في الضفة الغربية.", &[("HAMAS", "threatens", "PSE", false, Done)]),
            ("a thousands separator is no clause break", "اعتقل الجيش الإسرائيلي أكثر من 1,000 لاجئ فلسطيني.", &[("ISR", "coerces", "PSE", false, Done)]),
            ("a government's threatened coercion of no one named is of its own country", "هددت الحكومة الجزائرية بفرض حظر التجول في العاصمة.", &[("DZA", "threatens", "DZA", false, Done)]),
            ("the demand a protest is held for is its content, and names its target", "أضرب معتقلون عن الطعام للمطالبة باستقالة الحكومة المصرية.", &[("~CVL", "protests", "EGY", false, Done)]),
            ("the topic of talks is their content, not another event", "استأنفت إسرائيل ولبنان المفاوضات حول انسحاب القوات الإسرائيلية من لبنان.", &[("ISR", "negotiates", "LBN", false, Done)]),
            ("between X and Y", "وأوضح أن التعاون بين تركيا وروسيا مهم.", &[("RUS", "cooperates", "TUR", false, Done)]),
            ("on the verge of an act is not yet done; what would have been, after لو, was not", "القوات العراقية على وشك استعادة السيطرة على مدينة الرمادي. لو كان الجيش قد تدخل لكانت الغارات الجوية أنقذت المدينة من هجوم الصرب.", &[("IRQ", "attacks", "-", false, Planned)]),
            ("an Arabic passive cue that holds its agent word, or whose agent word another cue took, has the agent right after it", "تعرض الجيش العراقي لقصف من قبل قوات النظام السوري. الجنود الأتراك اعتقلوا من قبل الجيش السوري.", &[("SYR", "attacks", "IRQ", false, Done), ("SYR", "coerces", "TUR", false, Done)]),
            ("a participle of backing between a subject and its verb names a backer, not the subject", "وكان الحوثيون المدعومون من إيران استولوا على مدينة الرضمة في سبتمبر.", &[("HOUTHIS", "attacks", "-", false, Done)]),
            ("those excepted take no part, also after و", "وافقت الدول العربية باستثناء سوريا وليبيا على إدانة إيران. وباستثناء العراق وإيران وافقت دول أوبك على خفض الإنتاج. واتفقت الدول الأوروبية ما عدا بريطانيا وسويسرا على إصدار عملة موحدة.", &[]),
            ("an imperfect verb after من (whoever, those who) reports no act", "وأكد أوغلو على الرد بقوة على كل من يستهدف أمن تركيا. هناك من يتهم إيران بدعم تنظيم داعش.", &[]),
            ("التنظيم stands for the group the document named last; a count may take the article; تنظيم without it is organizing", "سيطر تنظيم داعش على مدينة الرمادي. وقتل العشرات من عناصر التنظيم في الرمادي. وقصفت الطائرات الأمريكية مواقع التنظيم. وأعلنت الحكومة تنظيم مؤتمر للسلام.", &[("ISIL", "attacks", "IRQ", false, Done), ("-", "kills", "ISIL", false, Done), ("USA", "attacks", "ISIL", false, Done)]),
            ("a verb of condemning right before the noun of an act, after its subject, leaves the subject the condemner; a light verb of the act's class keeps it", "الأردن تدين التفجير الإرهابي في عسير. إسرائيل شنت هجوما على غزة.", &[("ISR", "attacks", "PSE", false, Done)]),
            ("the accusative singulars counts of 11 to 99 take are role words and names; Yemen's Popular Resistance is an armed group from 2015", "وقتلت المقاومة الشعبية 20 حوثيا في تعز. وأعلنت قيادة العمليات عن مقتل 17 داعشيا شرقي الفلوجة.", &[("YEM", "kills", "HOUTHIS", false, Done), ("-", "kills", "ISIL", false, Done)]),
            ("a side named as the victims, or as the ranks the dead fell in, suffered the act", "ووصل عدد الضحايا في تفجير مسجد الإمام الصادق في الكويت إلى 26 قتيلا. وتعرضت المناطق لقصف أدى إلى سقوط قتلى في صفوف السكان.", &[("-", "attacks", "KWT", false, Done), ("-", "kills", "~CVL", false, Done)]),
            ("a word right after a thousand or a million is a counted noun, no verb (طالب: a student, not 'demanded')", "تستقبل المدارس اللبنانية آلاف طالب سوري من اللاجئين.", &[("LBN", "hosts", "SYR", false, Done)]),
            ("برصاص and بنيران name the agent after a passive that holds them; Houthis named without the article", "وقالت مصادر يمنية إن 6 حوثيين قُتلوا برصاص المقاومة الشعبية بالقرب من عدن.", &[("YEM", "kills", "HOUTHIS", false, Done)]),
            ("a quantity before the subject of a verb of condemning leaves it the condemner", "استنكر عدد من المسؤولين السعوديين التفجير الإرهابي.", &[]),
            ("negated plan to meet", "أشار بيسكوف إلى أن بوتين وأردوغان لا يخططان للاجتماع.", &[("RUS", "meets", "TUR", true, Planned)]),
            ("a negated verb's subject after it, and a verb of denial's, do not block the negation of what follows; a denied report is negated; a negated cessation is an act going on; a negation with an exception after it restricts the act", "لم يعقد الرئيسان بوتين وأردوغان لقاء. نفت إيران أن تكون قواتها هاجمت مواقع عراقية. لم تتوقف إسرائيل عن قصف غزة. لم تقصف تركيا سوى مواقع داعش.", &[("RUS", "meets", "TUR", true, Done), ("IRN", "attacks", "IRQ", true, Done), ("ISR", "attacks", "PSE", false, Done), ("TUR", "attacks", "ISIL", false, Done)]),
            ("obligation with the target after على", "وقال الوزير التركي: يجب على روسيا وإيران إيقاف ذلك.", &[("TUR", "demands", "RUS", false, Done), ("TUR", "demands", "IRN", false, Done)]),
            ("attached pronoun as source, first person target", "وقال وزير الخارجية التركي: إن هجمات النظام في إدلب وهجومه على جنودنا خطير.", &[("SYR", "attacks", "TUR", false, Done)]),
            ("verb-first protest, participants after a quantity word; addressed to their own government", "تظاهر آلاف العراقيين في بغداد.", &[("IRQ", "protests", "IRQ", false, Done)]),
            ("a withdrawal is news with its source alone; from a place, the place is its target", "انسحبت القوات الإسرائيلية يوم الاثنين. انسحبت إسرائيل من قطاع غزة.", &[("ISR", "withdraws", "-", false, Done), ("ISR", "withdraws", "PSE", false, Done)]),
            ("an assault with no target strikes the place named after it", "قصفت إسرائيل جنوب لبنان.", &[("ISR", "attacks", "LBN", false, Done)]),
            ("settlers are Israel's civilians", "هاجم مستوطنون قرية فلسطينية قرب نابلس.", &[("ISR", "attacks", "PSE", false, Done)]),
            ("so are they in the construct state", "هاجم مستوطنو براخة قرية فلسطينية.", &[("ISR", "attacks", "PSE", false, Done)]),
            ("vowing to strike back is a threat", "توعدت إيران إسرائيل برد قاس.", &[("IRN", "threatens", "ISR", false, Done)]),
            ("a verb opening its clause with a count after it reports the dead: a passive, no killer", "قتل 12 شخصا في هجوم انتحاري في بغداد.", &[("-", "kills", "IRQ", false, Done)]),
            ("the noun مقتل reports a death: the speaker who announces it is no killer", "أعلنت مصادر أمريكية مقتل ستة أشخاص في بغداد.", &[("-", "kills", "IRQ", false, Done)]),
            ("the mention a casualty verb reports before an attack noun after في is its victim", "أصيب ثلاثة من عناصر الشرطة الفلسطينية في انفجار عبوة ناسفة.", &[("-", "attacks", "PSE", false, Done)]),
            ("without a casualty verb it is the noun's party", "شارك حزب الله في القتال إلى جانب قوات النظام السوري.", &[("HEZBOLLAH", "attacks", "SYR", false, Done)]),
            ("a place after في is where a protest is held, not who holds it", "خرجت امس مظاهرة غاضبة في الخرطوم.", &[("-", "protests", "SDN", false, Done)]),
            ("violence by protesters is their protest (a riot)", "واشتبك المتظاهرون مع الجنود الاسرائيليين في القدس.", &[("~OPP", "protests", "ISR", false, Done)]),
            ("'in protest' after a protest verb is that protest", "تظاهر آلاف الإسرائيليين في تل أبيب احتجاجا على حملة ضد جمعيات يسارية.", &[("ISR", "protests", "~NGO", false, Done)]),
            ("so does بمقتل, the death reported after a speech verb", "وأفادت مصادر أمريكية بمقتل ثمانية أشخاص في بغداد.", &[("-", "kills", "IRQ", false, Done)]),
            ("a verb after its subject pronoun is active, count or not", "أعلنت أجهزة الأمن الروسية أنها قتلت ثمانية مسلحين.", &[("RUS", "kills", "~REB", false, Done)]),
            ("stopping aid is a sanction", "علقت اليابان المساعدات الاقتصادية لصربيا.", &[("JPN", "sanctions", "SRB", false, Done)]),
            ("reducing aid is a sanction", "خفضت اليابان المساعدات لكوريا الشمالية.", &[("JPN", "sanctions", "PRK", false, Done)]),
            ("'في أنحاء' links a role word to its country", "تظاهر الطلاب في أنحاء إندونيسيا.", &[("IDN", "protests", "IDN", false, Done)]),
            ("a government's concession to no one named is made to its own country", "قررت الحكومة السودانية رفع حظر التجول.", &[("SDN", "concedes", "SDN", false, Done)]),
            ("a place in the source's own country is where, not whom", "قصف الجيش السوري إدلب.", &[("SYR", "attacks", "-", false, Done)]),
            ("agreeing to do something is an agreement; a coordinated subject after the verb pairs up", "وافقت تركيا واليونان على تبادل المعلومات.", &[("GRC", "agrees", "TUR", false, Done)]),
            ("an agreement that did not happen is a rejection", "لم توافق إسرائيل على الاقتراح المصري.", &[("ISR", "rejects", "EGY", false, Done)]),
            ("an Arabic passive verb comes first: the mention after it is the target", "اغتيل رئيس الوزراء اللبناني في بيروت.", &[("-", "kills", "LBN", false, Done)]),
            ("an investigation noun ending in في takes its object after it, not an idafa subject", "بدأت الأمم المتحدة تحقيقا في سوريا.", &[("UN", "investigates", "SYR", false, Done)]),
            ("role-only source, verb first", "قتل مسلحون خمسة جنود عراقيين.", &[("~REB", "kills", "IRQ", false, Done)]),
            ("killing reported by a noun, no source", "وأعلنت الشرطة مقتل ثلاثة جنود أتراك.", &[("-", "kills", "TUR", false, Done)]),
            ("a threat governs its ب complement", "هددت إيران بمهاجمة إسرائيل.", &[("IRN", "threatens", "ISR", false, Done)]),
            ("exercises held by two states together are military cooperation", "أجرت مصر والسعودية مناورات عسكرية في البحر الأحمر.", &[("EGY", "cooperates", "SAU", false, Done)]),
            ("deaths by nature are no one's attack", "قتل 20 شخصا في زلزال ضرب شمال إيران.", &[]),
            ("what a protest is against is its target, before the place where it is held", "تظاهر آلاف الطلاب المصريين في القاهرة ضد إسرائيل.", &[("EGY", "protests", "ISR", false, Done)]),
            ("a war is reported by its light verb", "شنت روسيا حربا على أوكرانيا.", &[("RUS", "attacks", "UKR", false, Done)]),
            ("a demand governs its ب complement", "طالب العراق بانسحاب القوات التركية.", &[("IRQ", "demands", "TUR", false, Done)]),
            ("the subject of a بأن complement is the demand's target", "طالبت مصر بأن تنسحب إسرائيل من غزة.", &[("EGY", "demands", "ISR", false, Done)]),
            ("an obligation with ينبغي على is the speaker's demand", "وقال وزير الخارجية المصري إنه ينبغي على إسرائيل وقف الهجمات.", &[("EGY", "demands", "ISR", false, Done)]),
            ("whoever meets death (لاقى) is its victim, whoever faces protests their target; a counted object after a verbal noun's genitive makes the genitive its agent", "ولاقى خمسة جنود مصرعهم في هجوم. وواجهت الحكومة البرازيلية احتجاجات جماعية في الشوارع. وندد البيان باعتقال الشرطة خمسة متظاهرين.", &[("-", "kills", "~MIL", false, Done), ("-", "protests", "BRA", false, Done), ("~COP", "coerces", "~OPP", false, Done), ("~OPP", "protests", "-", false, Done)]),
            ("لا يزال is 'still', no negation; what is done من أجل is a purpose", "إلا أن تنظيم داعش لا يزال يشن هجمات على الجيش العراقي. وستواصل الحكومة الفلسطينية الجهود من أجل ملاحقة المستوطنين الإسرائيليين.", &[("ISIL", "attacks", "IRQ", false, Done)]),
            ("the genitive of استهداف is its target; a plan in the past (خططوا) is planned", "وكان المتهمون قد خططوا لاستهداف رجال الأمن. وأدان البيان استهداف المصلين في المسجد. وشرد الأسر استهداف قوات النظام للمدنيين بالبراميل.", &[("-", "attacks", "~COP", false, Planned), ("-", "attacks", "~CVL", false, Done), ("~MIL", "attacks", "~CVL", false, Done)]),
            ("استهدف aims at an audience, a market, or whom a campaign's means reach; neighbourhoods (أحياء) are no verbal noun", "وأعلنت وزارة الصحة السعودية استهداف مليون حاج بتطعيمات الإنفلونزا. وقالت الشركة الأمريكية إن المنتج يستهدف مستخدمي الأجهزة الذكية. واستمرت ميليشيات الحوثي في استهداف أحياء تعز.", &[("HOUTHIS", "attacks", "YEM", false, Done)]),
            ("a past verb takes no ل but in the answer of لو, no event; a first form's letters after ل are its verbal noun", "واستقبل الرئيس المصري السفير الصربي فلادان في القاهرة. ولولا دفع الله الناس بعضهم ببعض لهدمت صوامع.", &[("EGY", "hosts", "SRB", false, Done)]),
            ("with a pronoun for its object an Arabic verb has the mention after it for subject; in the present, after a plain noun, a verb of a state describes the noun", "وأفاد المرصد بأن مصير 230 مواطنا من النازحين وسكان مدينة القريتين اختطفهم تنظيم داعش لا يزال مجهولا. ويتركز نشاط الطيران في مأرب أكثر من أي مدينة أخرى يسيطر عليها الحوثيون.", &[("ISIL", "attacks", "~REF", false, Done), ("ISIL", "attacks", "~CVL", false, Done)]),
            ("a sentence that opens a site's list of tags yields nothing; the word inside a sentence is a word", "وقال الصغير إن الطابع الجديد صممه أشرف زكي. سمات اجتماع الجبير الخليج الدوحة كيري هجوم الجيش الامريكي. وأكد أن من أبرز سمات المرحلة هجوم الجيش الأمريكي على داعش.", &[("USA", "attacks", "ISIL", false, Done)]),
            ("force on a thing no force can be done to is a figure or a market's: a scandal erupts, joy is killed, a decision or a stake is controlled", "وتراجعت شعبية روسيف في ظل تفجر فضيحة الفساد. وأكد أن إيران تسيطر على القرار السياسي في العراق. وسيطر تنظيم داعش على مدينة الرمادي العراقية.", &[("ISIL", "attacks", "IRQ", false, Done)]),
            ("the killing a prohibition forbids is a rule, not news", "وأكد الشيخ السديس في خطبته على حرمة قتل المعاهدين. ودعا إلى قرار في الأمم المتحدة يجرم الاعتداء على المساجد. وقتل مسلحو داعش خمسة جنود عراقيين.", &[("ISIL", "kills", "IRQ", false, Done)]),
            ("those arrested are named by the group they are said to belong to", "ألقت قوات الأمن التركية فجر أمس القبض على 17 شخصا، يشتبه في انتمائهم لتنظيم داعش. واعتقلت الشرطة التركية 5 أشخاص ينتمون إلى بي كيه كيه.", &[("TUR", "coerces", "ISIL", false, Done), ("TUR", "coerces", "PKK", false, Done)]),
            ("a crime or an incident in construct with an act takes no agent from before it, though its victims may stand there; committing one does", "وأدانت الأمانة العامة لمجلس التعاون حادث التفجير الانتحاري. وارتكب تنظيم داعش جريمة قتل المصلين في المسجد. وباشرت الشرطة التحقيق بالجريمة والقبض على الجاني. وقدم الأمير التعازي في استشهاد رجال الأمن في حادثة التفجير الإرهابية.", &[("ISIL", "kills", "~CVL", false, Done), ("~COP", "coerces", "-", false, Done), ("-", "attacks", "~COP", false, Done)]),
            ("in reported speech the pronoun of إنها is the speaker", "وقالت سوريا إنها ستسحب قواتها من لبنان.", &[("SYR", "withdraws", "LBN", false, Planned)]),
            ("the pronoun of إنه agrees with the speaker; after a feminine speech verb it is the pronoun of the matter, and the clause has its own subject", "وقالت منظمة التحرير الفلسطينية إنه، يوم الأحد، شن المستوطنون هجوما ضد الفلسطينيين. وقالت وزارة الصحة إنه قتل خمسة أشخاص.", &[("ISR", "attacks", "PSE", false, Done), ("-", "kills", "-", false, Done)]),
            ("an event noun after بعد is background", "انتقدت تركيا روسيا بعد الهجوم على سوريا.", &[("TUR", "criticizes", "RUS", false, Done)]),
            ("actor word reports its protest", "وأحرق المتظاهرون إطارات السيارات.", &[("~OPP", "protests", "-", false, Done)]),
            ("a phrase that ends with the noun of death has its victims after it", "وقع انفجار أسفر عن مقتل أربعة فلسطينيين.", &[("-", "kills", "PSE", false, Done)]),
            ("an attack whose victims have no country is against the country where it happens; an event noun as object or an actor word does not end its phrase", "قتل مسلحون خمسة أشخاص في بغداد أمس. استهدف انتحاري اجتماعا لقوات الصحوة في بغداد امس.", &[("~REB", "kills", "IRQ", false, Done), ("-", "attacks", "IRQ", false, Done)]),
            ("a word for protesters makes only the member it names a protester, and those after من", "ووقعت مواجهات بين الشرطة والمتظاهرين. وتجمع المتظاهرون من فلسطينيين واسرائيليين في بلعين.", &[("-", "attacks", "~COP", false, Done), ("-", "attacks", "~OPP", false, Done), ("~OPP", "protests", "-", false, Done), ("PSE", "protests", "-", false, Done), ("ISR", "protests", "-", false, Done)]),
            ("a condition is not an event", "ستنتقم روسيا إذا هاجمت تركيا سوريا.", &[]),
            ("the genitive of a verbal noun of striking or fighting is its target, ضرب after a preposition (unvowelled it is also the verb); a verbal noun of purpose before a name is no act; ضرب with an example is giving one", "وشاركت تركيا في ضرب «داعش» في سوريا. وأرسلت إيران مستشارين لقتال داعش. وضرب الأمير عبد الله مثالا على ذلك. وضرب الجيش مواقع الحوثيين.", &[("TUR", "attacks", "ISIL", false, Done), ("~MIL", "attacks", "HOUTHIS", false, Done)]),
            ("a name in quotation marks is read as unquoted, with the word for its kind of body before the marks; an Arabic agent word after a noun reaches past a place to the nearest act", "لقي 28 شخصا من عناصر تنظيم «داعش» الإرهابي مصرعهم في العراق. وقتل مسلحون من جماعة \"بوكو حرام\" عشرات الأشخاص. وهاجم مقاتلو «جبهة النصرة» حاجزا للجيش السوري. واحتشدوا رافعين لافتات غداة اعتداء بالسيارة المفخخة في مطار العاصمة نسب الى منظمة ايتا الباسكية.", &[("-", "kills", "ISIL", false, Done), ("BOKO_HARAM", "kills", "-", false, Done), ("NUSRA", "attacks", "SYR", false, Done), ("-", "protests", "-", false, Done), ("ETA", "attacks", "-", false, Done)]),
            ("a refusal is a rejection, coded as that act alone", "رفضت إسرائيل أن تلتقي بالوفد الأردني.", &[("ISR", "rejects", "JOR", false, Done)]),
            ("a bare role word after a complete phrase starts the next; domestic event", "اعتقلت الشرطة المصرية ناشطين مصريين.", &[("EGY", "coerces", "EGY", false, Done)]),
            ("a state's police acting on people named by role alone act on their own country's", "اعتقلت الشرطة السودانية متظاهرين.", &[("SDN", "coerces", "SDN", false, Done), ("~OPP", "protests", "-", false, Done)]),
            ("a violent event after a word that ends it is what someone wants stopped", "دعت مصر إلى وقف القتال في غزة.", &[]),
            ("a protest against an institution named by role alone is against the protesters' own country's", "تظاهر آلاف العراقيين أمام البرلمان.", &[("IRQ", "protests", "IRQ", false, Done)]),
            ("a government's coercion of no one named is of its own country", "فرضت الحكومة السودانية حظر التجول.", &[("SDN", "coerces", "SDN", false, Done)]),
            ("a bare state acts on its own rebels, opposition or people: a domestic event", "اعتقلت السودان ناشطين سودانيين.", &[("SDN", "coerces", "SDN", false, Done)]),
            ("a role word after a nisba plural is its adjective, not a new phrase", "تظاهر آلاف التونسيين الشباب في العاصمة.", &[("TUN", "protests", "TUN", false, Done)]),
            ("a parenthesis in a noun phrase glosses the word before it, and the phrase goes on after it", "قصفت الطائرات (اف 16) التركية مواقع في شمال العراق.", &[("TUR", "attacks", "IRQ", false, Done)]),
            ("opening a border is a concession; a concession with no one named is made to the place right after its cue", "مصر فتحت حدودها مع قطاع غزة. قررت إسرائيل تخفيف الحصار عن غزة.", &[("EGY", "concedes", "PSE", false, Done), ("ISR", "concedes", "PSE", false, Done)]),
            ("a withdrawal whose only target is its source stands with its source alone", "استقال الرئيس اللبناني لإنقاذ لبنان.", &[("LBN", "withdraws", "-", false, Done)]),
            ("boilerplate line yields nothing", "اقرأ أيضا: أنقرة وموسكو تبحثان هاتفيا التطورات", &[]),
            ("no actors, no triples", "هذا الموقع يستخدم ملف تعريف الارتباط", &[]),
            ("a time after the article's makes an act to come; not a past verb, nor a time the scheduled noun owns; tomorrow with its weekday too", "يزور الرئيس التركي موسكو الأسبوع المقبل. وشنت قوات الأمن المصرية حملة دهم في العريش قبل الاحتفالات المقررة غدا. ودعت النقابات العمالية إلى تظاهرات احتجاج غدا الأربعاء تزامنا مع التصويت داخل البرلمان.", &[("TUR", "visits", "RUS", false, Planned), ("EGY", "attacks", "-", false, Done), ("-", "protests", "~LEG", false, Planned)]),
            ("what is ruled out, or not ruled out, is no act", "لم يستبعد الرئيس الأمريكي توجيه ضربة عسكرية لسوريا. واستبعدت إسرائيل شن هجوم على إيران. وشنت إسرائيل هجوما على إيران.", &[("ISR", "attacks", "IRN", false, Done)]),
            ("after a word of cause a verb's letters are its noun: the mention before suffered it; what an act is attributed to did it; the mentions after the day after and the act it names are that act's", "أصيب 5 مدنيين سوريين جراء قصف الطيران الروسي. قتل 19 من قوات الأمن التركية في هجمات نسبت الى حزب العمال الكردستاني. طالبت الحكومة التركية بالهدوء غداة هجوم انتحاري نسب إلى تنظيم داعش.", &[("RUS", "attacks", "SYR", false, Done), ("PKK", "kills", "TUR", false, Done), ("ISIL", "attacks", "-", false, Done)]),
            ("حقق with an achievement is achieving; a clinic receives cases, not guests; to strike في مقتل is to strike where it hurts", "ثم في أولمبياد 2012 الذي أقيم في جمهورية استونيا، والتي حقق فيها الفريق السعودي ميدالية برونزية. استقبلت العيادات السعودية أكثر من 1600 حالة مرضية من اللاجئين السوريين. استقبل الملك سلمان وزير الخارجية المصري. وأصابت السعودية أعداء الأمة في مقتل.", &[("SAU", "hosts", "EGY", false, Done)]),
            ("the king's title names him; after a word of cause the mention before suffered the act, unless it received the victims", "استقبل خادم الحرمين الشريفين وزير الخارجية المصري. وقال مصدر إن 28 شخصا من المتطوعين للجيش العراقي قتلوا جراء هجوم انتحاري. واستقبلت طوارئ مستشفى عسير 40 مصابا جراء التفجير.", &[("SAU", "hosts", "EGY", false, Done), ("-", "kills", "IRQ", false, Done)]),
            ("قد before the present is 'may', before the past 'has'; refraining from an act and 'any' conspiracy are no acts", "واشنطن قد تتعاون مع طهران. وقد تعاونت واشنطن مع طهران. دعا الأمين العام الحوثيين إلى احترام الهدنة والامتناع عن خرقها. يقف الباكستانيون مع السعودية في التصدي لأي مؤامرة تستهدف أمنها.", &[("IRN", "cooperates", "USA", false, Done)]),
            ("a verb joined by و to an earlier one, with no subject after it, shares the earlier one's; the mention between is that verb's object", "هاجم مسلحون حاجزا للجيش العراقي وقتلوا ثلاثة جنود. وتواصل قوات التحالف العربي شن غاراتها الجوية على اليمن، وتستهدف من خلالها مواقع الحوثيين.", &[("~REB", "attacks", "IRQ", false, Done), ("~REB", "kills", "~MIL", false, Done), ("~MIL", "attacks", "YEM", false, Done), ("~MIL", "attacks", "HOUTHIS", false, Done)]),
            ("an Arabic verb of adopting an act claims it for its subject after it; adoption in another sense claims nothing", "وتبنت حركة الشباب مقتل 3 جنود كينيين. يحتجز تنظيم داعش فتاة سويدية في سوريا بعد أن فرت من منزل والديها بالتبني.", &[("AL_SHABAAB", "kills", "KEN", false, Done), ("ISIL", "coerces", "SWE", false, Done)]),
            ("attacking a plan is criticism; telecoms are no calls; a heat wave strikes no one", "هاجم رئيس الوزراء العراقي خطط الحكومة الإيرانية. وقال وزير الاتصالات القبرصي إن الشبكة تعمل مع سنغافورة. وضربت موجة حارة أغلب محافظات مصر.", &[("IRQ", "criticizes", "IRN", false, Done)]),
            ("a plural's victims may end with a few words of their own phrase before the unvowelled passive", "وقالت مصادر يمنية إن 17 من ميليشيا الحوثي وقوات المخلوع صالح قتلوا خلال مواجهات عنيفة مع المقاومة الشعبية.", &[("YEM", "kills", "HOUTHIS", false, Done), ("YEM", "kills", "~MIL", false, Done)]),
            ("the owner of a building that is hit is hit, never the agent", "وقال إن تفجير مسجد قوات الطوارئ في عسير عمل إجرامي دنيء استهدف رجال أمننا البواسل. وواصلت طائرات التحالف شن غاراتها على المقار العسكرية الخاصة بالمسلحين الحوثيين وأنصار صالح.", &[("-", "attacks", "~MIL", false, Done), ("~MIL", "attacks", "HOUTHIS", false, Done), ("~MIL", "attacks", "~OPP", false, Done)]),
            ("the dead of an attack named right after them, in or by it, are its agent's", "قتل عشرة جنود في هجوم شنه مسلحون متشددون على معسكر للجيش المالي. وكانت زوجة أبو سياف الذي قتل في هجوم للقوات الأميركية الخاصة في سورية.", &[("~REB", "kills", "~MIL", false, Done), ("~REB", "attacks", "MLI", false, Done), ("USA", "kills", "ABU_SAYYAF", false, Done), ("USA", "attacks", "SYR", false, Done)]),
            ("تجمع with what is collected, forces that mass or a place of gathering before it is no protest; people gathering are", "تجمع الوزارة المعلومات الاقتصادية. وتجمعت قواتهم في حديقة دنقلا. وقصفت الطائرات مواقع تجمع الحوثيين في صعدة. وتجمع مئات المتظاهرين أمام البرلمان العراقي.", &[("~MIL", "attacks", "HOUTHIS", false, Done), ("~OPP", "protests", "-", false, Done)]),
            ("animals are slaughtered, no one is killed; 'right after that' is no background word", "إن ذبح الطيور في الأماكن العامة عامل أساسي في نشر التلوث. وشنت القوات الأمنية على الأثر عملية لملاحقة المسلحين.", &[("~MIL", "attacks", "~REB", false, Done)]),
            ("undergoing an attack with the subject between (تعرض ... لتفجير) makes the subject its victim, and an Arabic passive's agent word reaches past its victims; the genitive of a trial is the one tried; a possessive role word in a report is its clause's subject's", "تعرض سائح فرنسي اليوم الثلاثاء للضرب على يد أربعة فلسطينيين. وتعرضت آلية عسكرية تابعة للقوات المسلحة التركية لتفجير لغم. وأجلت محكمة جنايات القاهرة محاكمة الرئيس الأسبق محمد مرسي. وقالت مصادر بوزارة الداخلية إن 13 شخصا أصيبوا بعدما نفذت القوات الأميركية ضربة جوية إثر تعرض قواتها لإطلاق نار.", &[("PSE", "attacks", "FRA", false, Done), ("-", "attacks", "TUR", false, Done), ("EGY", "coerces", "~GOV", false, Done), ("USA", "attacks", "-", false, Done), ("-", "attacks", "USA", false, Done)]),
            ("an Arabic group's nisba of its own state is its adjective, an adjective between; a claim may hold its day", "وكانت حركة الشباب الاسلامية الصومالية التي شنت هجمات دامية في كينيا قد هددت بمزيد. وأعلنت حركة الشباب الصومالية مسؤوليتها اليوم عن الهجوم على فندق في مقديشو.", &[("AL_SHABAAB", "attacks", "KEN", false, Done), ("AL_SHABAAB", "attacks", "SOM", false, Done)]),
            ("استهدف aims at an audience, or at people for a benefit to bring them", "افتتح ركن يستهدف فئة الأطفال والنساء لتوعيتهم بأضرار التدخين. واستهدفت الغارات مواقع الحوثيين.", &[("-", "attacks", "HOUTHIS", false, Done)]),
            ("what an organization or a measure aims at is no act yet (يهدف إلى، بهدف)", "وأسس تنظيما يهدف إلى استهداف الأقباط. وأكدوا أن التدخل يهدف إلى منع مقاتلي داعش من دخول تركيا.", &[("-", "attacks", "EGY", false, Planned), ("-", "coerces", "ISIL", false, Planned)]),
            ("ل after an attack noun and its adjective names whose attack it is", "وأشارت المصادر إلى مقتل ثمانية من تنظيم داعش في غارة جوية لطيران التحالف الدولي غربي الرمادي.", &[("USA", "kills", "ISIL", false, Done)]),
            ("a gathering to greet, celebrate or watch is a crowd, no protest; one to demand is a protest", "وكان عدد كبير من الكينيين قد تجمعوا مساء أمس، على الطريق المؤدية من المطار إلى وسط المدينة، لتحية الرئيس. احتشد العشرات من أطفال القطريين للاحتفال بالقرنقعوه. وتجمع مئات المتظاهرين أمام السفارة للمطالبة بطرد السفير.", &[("~OPP", "protests", "-", false, Done)]),
            ("an event noun said to be possible (محتمل) is no event", "استعدت القوات لهجوم محتمل للحوثيين على عدن. وشن الحوثيون هجوما على عدن.", &[("HOUTHIS", "attacks", "YEM", false, Done)]),
            ("هاجم with a participle of describing or accusing after it is a criticism", "هاجم نائب رئيس شرطة دبي ضاحي خلفان ميليشيا الحوثي، واصفا اياها بالذنب.", &[("ARE", "criticizes", "HOUTHIS", false, Done)]),
            ("a possessive role word is not the other side's own; after an announcement that reports nothing it is the sentence subject's", "اعتقلت الشرطة الإسرائيلية مسلحيها في الخليل. وأعلنت حركة حماس الإضراب، واعتقلت الشرطة الإسرائيلية مسلحيها في الخليل.", &[("ISR", "coerces", "~REB", false, Done), ("ISR", "coerces", "HAMAS", false, Done)]),
            ("a role word with a possessive pronoun opening what a speech verb reports is the speaker's", "أعلنت حركة حماس أن مقاتليها هاجموا دورية إسرائيلية. وقالت إسرائيل إن قواتها قتلت 20 مسلحا.", &[("HAMAS", "attacks", "ISR", false, Done), ("ISR", "kills", "-", false, Done)]),
            ("a role noun after a definite one it cannot qualify is the verb's object; so are forces a mobilization names without a country", "وقصف الجيش المتمردين. واعتقلت الشرطة مسلحين. وحشدت روسيا قوات على حدود أوكرانيا.", &[("~MIL", "attacks", "~REB", false, Done), ("~COP", "coerces", "~REB", false, Done), ("RUS", "mobilizes", "UKR", false, Done)]),
            ("an Arabic attack is from the armed side named right after من; a call is from whom من names, past the day and honorifics", "وتلقى الملك سلمان اتصالا هاتفيا أمس الأول من جلالة الملك عبدالله الثاني ملك الأردن. وتعرضت بلدة الزبداني لهجوم من قوات النظام. وأصيب جنديان في هجوم من مسلحين على حاجز للجيش.", &[("JOR", "calls", "SAU", false, Done), ("~MIL", "attacks", "-", false, Done), ("~REB", "attacks", "~MIL", false, Done)]),
            ("unarmed people right after an act of force's verbal noun, or a coercion's verb, are whom it is done to; settlers attack", "واستخدم القانون لقمع المعارضة. وأدانت فرنسا قصف المدنيين. وهاجم مستوطنون منزلا في قرية دوما.", &[("-", "coerces", "~OPP", false, Done), ("-", "attacks", "~CVL", false, Done), ("ISR", "attacks", "-", false, Done)]),
            ("the verb of targeting with a verbal noun for object, after its subject or none, means 'aims to'", "وتستهدف الحملة تعزيز الوعي. ويستهدف المسيطرون إنتاج تبرير للنظام. واستهدفت المقاومة طقما للحوثيين.", &[("~REB", "attacks", "HOUTHIS", false, Done)]),
            ("killing 'the soul' is the name of murder in general, no act", "وبين أن قتل النفس المعصومة من كبائر الذنوب. وقتل مسلحون ثلاثة جنود.", &[("~REB", "kills", "~MIL", false, Done)]),
            ("an event noun with a possessive is its owner's, the subject before it, and a verb joined after it shares that subject", "وكثف المتشددون هجماتهم على الجيش وقتلوا عشرة جنود.", &[("~REB", "attacks", "~MIL", false, Done), ("~REB", "kills", "~MIL", false, Done)]),
            ("duals of role words and the sound plurals of nisbas (also the oblique dual) name their actors; a dual subject before قتلا with no object is its victim", "وقال متحدث باسم الجيش الاسباني ان جنديين اسبانيين قتلا في هجوم انتحاري. وقتل جنديان آخران في كمين. وأعلنت مصادر مقتل عسكريين تركيين اثنين.", &[("-", "kills", "ESP", false, Done), ("-", "kills", "~MIL", false, Done), ("-", "kills", "TUR", false, Done)]),
            ("an accusative role word is an object, a violent aim is targeted, and a verb with an object pronoun has its subject after it, unarmed or not", "وقتلا خلاله 21 سائحا وشرطيا. وأدان الوزير التفجير الذي استهدف إرهاب رجال الأمن. وهذا ما كانت تحظره جامعة القاهرة.", &[("-", "kills", "~COP", false, Done), ("-", "attacks", "~COP", false, Done), ("EGY", "coerces", "-", false, Done)]),
            ("Quranic formulas of the prohibition of killing are no act", "وحذر من قتل النفس التي حرم الله قتلها إلا بالحق، فمن قتل نفسا بغير نفس فكأنما قتل الناس جميعا.", &[]),
            ("a gathering is a protest only when its sentence says what the crowd wants or is against", "واحتشد ألمع نجوم العالم العربي في بيروت لإحياء ليالي العيد. وتجمع الطلاب أمام السفارة الأمريكية. وتجمع المتقاعدون مطالبين بزيادة رواتبهم.", &[("~EDU", "protests", "-", false, Done), ("-", "protests", "-", false, Done)]),
            ("ل after a protest noun names the protesters, after an attack noun and its adjective the attackers; an adjective of stance takes the ل itself", "وخرجت تظاهرات لأنصار الحوثي في صنعاء. ورددوا هتافات مناهضة للشرطة. وتزامن ذلك مع غارات مكثفة لطائرات التحالف على مواقع الحوثيين.", &[("HOUTHIS", "protests", "-", false, Done), ("-", "protests", "~COP", false, Done), ("~MIL", "attacks", "HOUTHIS", false, Done)]),
            ("a verbal noun of attack with its adjective, then ل and an armed side, is that side's", "واستمر قصف مدفعي لقوات النظام من الحواجز المحيطة.", &[("~MIL", "attacks", "-", false, Done)]),
            ("a role word after ك ('as') names no one", "وترفض ميانمار الاعتراف بهم كمواطنين وتغض الطرف عن قمعهم. وكان أول مهمة صحافية له كمراسل على خطوط القتال في مصراتة.", &[("MMR", "coerces", "-", false, Done)]),
            ("the attempt or the crime of an act between a charge and the act keep it the charge's content", "ووجهت النيابة له تهمة محاولة قتل ضابط.", &[]),
            ("fire one comes under is from the armed side after من, the day at most between", "وتعرض الجنود للنيران يوم الجمعة من متشددين.", &[("~REB", "attacks", "~MIL", false, Done)]),
            ("an Arabic mention after ب or ل is no subject; the one before it may be", "وكانت النتائج تدمير 3 أوكار للمتطرفين وقتل من فيها. وعقد الملك سلمان في قصره بالرياض اجتماعا مع الرئيس السوداني.", &[("-", "kills", "-", false, Done), ("SAU", "meets", "SDN", false, Done)]),
            ("a light verb's attack, then ل and an armed side, is that side's; its object may follow على and a noun of a place", "وشنت غارات مكثفة لطائرات التحالف على مواقع الحوثيين في صعدة.", &[("~MIL", "attacks", "HOUTHIS", false, Done)]),
            ("the resistance with its article is an armed side; مقاومة alone is also resisting", "هاجم الحوثيون مواقع المقاومة. وقال إن مقاومة الاحتلال حق مشروع.", &[("HOUTHIS", "attacks", "~REB", false, Done)]),
            ("an ambush is the side's that ل names, unless it is set for it", "قتل ثلاثة جنود في كمين لمسلحين قرب الحدود. ونجح الجيش في نصب كمين للميليشيات.", &[("~REB", "kills", "~MIL", false, Done), ("~MIL", "attacks", "~REB", false, Done)]),
            ("a count of no fewer than negates nothing; aircraft after ل are the agents of a bombing, and a verb's letters after a preposition with a mention after ل are its verbal noun", "ونفذ الطيران الحربي ما لا يقل عن 10 ضربات على مناطق في المدينة. وقتل 8 أشخاص في قصف لطائرات التحالف.", &[("~MIL", "attacks", "-", false, Done), ("~MIL", "attacks", "-", false, Done)]),
            ("the subject of a verb of planting or setting, with a pronoun for the device, set it off (and killed the dead: the blast with no target adds nothing to the killing)", "قتل 17 مدنيا جراء انفجار ألغام زرعها الحوثيون. وقتل جنديان في انفجار عبوة ناسفة وضعها مسلحون.", &[("HOUTHIS", "kills", "~CVL", false, Done), ("~REB", "kills", "~MIL", false, Done)]),
            ("the dead of a clash fell to the side they clashed with, and the clash was that side's on them", "وقال مسؤول تركي إن جنديا تركيا قتل في اشتباكات مع تنظيم داعش عبر الحدود. ولقي خمسة مسلحين مصرعهم باشتباكات مع قوات الأمن الباكستانية.", &[("ISIL", "kills", "TUR", false, Done), ("PAK", "kills", "~REB", false, Done)]),
            ("the fallen of a clash, as a noun of death", "وسقط العشرات من المسلحين الحوثيين بين قتيل وجريح في مواجهات مع المقاومة.", &[("~REB", "attacks", "HOUTHIS", false, Done)]),
            ("a cue's hamza is part of the word: أبعاد are dimensions, إبعاد an expulsion", "بدأ جهاز أمن الدولة تحقيقا لمعرفة أبعاد تكوين التنظيم. وقررت السلطات الكويتية إبعاد خمسة مقيمين مصريين.", &[("KWT", "coerces", "EGY", false, Done)]),
            ("a checkpoint is a post, no inspection done", "واقتحم متشددون من تنظيم داعش نقطة تفتيش لقوات الجيش قرب سرت.", &[("ISIL", "attacks", "LBY", false, Done)]),
            ("the verb of targeting with a nation's security or stability for object is the language of condemnation, no attack", "وأدانت تونس العمل الإرهابي الذي استهدف أمن المملكة واستقرارها. واستهدف الطيران مباني المجمع الحكومي.", &[("~MIL", "attacks", "-", false, Done)]),
            ("the pronoun on a noun of death is who died, never the killer, and a place is neither", "وفي الكاميرون لقي 37 شخصا مصرعهم.", &[]),
            ("a crowd one speaks before is an audience, and a verb's letters after أمام, عبر, وراء are its verbal noun", "وانتقد رئيس البلدية أمام حشد ضم حوالى 6700 شخص مشاريع القوانين. ويحاول الإرهاب نشر الفوضى عبر قتل المقيمين.", &[]),
            ("a verb's letters with a bare nationality adjective after them are a noun (a student, not demanded)", "وينتقل أكثر من 3500 طالب سعودي للدراسة في الجامعات النيوزيلندية سنويا. وطالب سعوديون بإطلاق سراح المعتقلين.", &[]),
            ("an assault foiled with no one named for the foiling did not happen", "وتم إحباط هجوم إرهابي على السفارة الأمريكية.", &[("-", "attacks", "USA", true, Done)]),
            ("one of them after an unvowelled verb of killing was killed; an act of force on one of the planes is no casualty", "فيما قتل أحد رجال المقاومة وأصيب 7 منهم. وقصفت إحدى طائرات سلاح الجو الليبي مركبا في عرض البحر.", &[("-", "kills", "~REB", false, Done), ("LBY", "attacks", "-", false, Done)]),
            ("ل on a word for the members of a body after an attack noun names the attackers", "ووقع هجوم لعناصر المقاومة على مواقع الحوثيين.", &[("~REB", "attacks", "HOUTHIS", false, Done)]),
            ("commas may set apart the count that closes a passive's victims", "وقالت المقاومة إن 7 من المسلحين الحوثيين، على الأقل، قتلوا في هجوم لعناصر المقاومة.", &[("~REB", "kills", "HOUTHIS", false, Done)]),
            ("who falls victim to an act follows راح ضحيته; an armed side before it did it, a place is where", "وفجر انتحاري من داعش نفسه في مسجد وراح ضحيته 20 مصليا. وانفجرت سيارة مفخخة في كابل وراح ضحيتها عشرات المدنيين.", &[("ISIL", "kills", "-", false, Done), ("-", "attacks", "AFG", false, Done), ("-", "kills", "~CVL", false, Done)]),
            ("a dust storm that strikes a province is weather", "وضربت محافظة تربة عصر اليوم موجة غبار شديدة أدت لتدني الرؤية.", &[]),
            ("an Arabic verb of force whose subject is an attack noun before it takes the attack's agent", "وقالت الوزارة إن غارة جوية أمريكية في أفغانستان قتلت قياديا كبيرا بتنظيم القاعدة.", &[("USA", "attacks", "AFG", false, Done), ("USA", "kills", "AL_QAEDA", false, Done)]),
            ("a bare name that is also a particle or a common noun is no one: لولا is 'were it not for', الشرع the sharia before 2024", "وقال إنه لولا هذا الدعم للجيش اليمني لسقطت عدن. وطالب الشرع الحنيف بمعاقبة الحوثيين.", &[]),
            ("a verb of a state in the present right after a relative pronoun says what its antecedent holds, whichever side of it the antecedent is", "وأعلن مقاتلون الولاء لتنظيم داعش الذي يسيطر على مناطق واسعة من سوريا. وطالبت جبهة النصرة التي تحتجز عددا من عناصر الجيش اللبناني بالإفراج عن نساء.", &[]),
            ("a bare Arabic direction before a place is an adverb of where: what it is said of is no side", "وفي مأرب، شمال شرقي العاصمة صنعاء، هاجم الحوثيون مواقع للمقاومة الشعبية. وألقت الشرطة في ولاية بادن جنوب غرب ألمانيا القبض على رجل.", &[("HOUTHIS", "attacks", "YEM", false, Done)]),
            ("an Arabic verb right after a noun of an assault after a preposition has the noun for subject: the victims before it are not its agent", "أعلنت مصادر مقتل عسكريين تركيين اثنين في انفجار سيارة مفخخة استهدف قافلة. وأفاد مصدر بمقتل 18 من عناصر البيشمركة بقصف للصواريخ على قضاء مخمور. وقتل جنديان في هجوم استهدف قافلة عسكرية.", &[("-", "kills", "TUR", false, Done), ("-", "kills", "IRQ", false, Done), ("-", "kills", "~MIL", false, Done)]),
            ("a demonstrative between a verb of repelling and the assault keeps the subject the defender", "وتصدت القوات لذلك الهجوم بعد اشتباكات استمرت ست ساعات. وصد الجيش هذا الهجوم.", &[("-", "attacks", "~MIL", false, Done), ("-", "attacks", "~MIL", false, Done)]),
            ("غير before another word makes that word's opposite: it negates a cue only right before it", "واستخدمت قوات الأمن الإسرائيلية القوة غير المبررة لاعتقال أطفال فلسطينيين. غير أن الحوثيين هاجموا مواقع الجيش.", &[("ISR", "coerces", "PSE", false, Done), ("HOUTHIS", "attacks", "~MIL", false, Done)]),
            ("an act postponed is still to come", "وتم تأجيل زيارة وزير الخارجية الإيراني محمد جواد ظريف إلى تركيا.", &[("IRN", "visits", "TUR", false, Planned)]),
            ("a verbal noun of the fourth form of a root in ل is an aim after the verb of targeting, though its إل reads as the article", "وأطلقت الوزارة حملة واسعة يستهدف إلزام المحال التجارية بتوفير العملات المعدنية.", &[]),
            ("an Arabic verb of saying with its subject right after it is active: an agent word after them is its object's", "تدين مملكة البحرين بشدة استمرار التصريحات العدائية من قبل مسؤولي الجمهورية الإسلامية الإيرانية تجاه المملكة.", &[("BHR", "criticizes", "IRN", false, Done)]),
            ("a football wing or federation makes a sentence about sport", "واعتمد الأحمر على انطلاقات باسم علي في الجبهة اليمنى ومؤمن زكريا في الهجوم. واجتمع أمناء الاتحادات الكروية واتحادي اليمن والعراق في الكويت.", &[]),
            ("the government and the people of a named state are both that state's", "وانتقد الأردن إسرائيل. وقال إن حكومة الأردن غاضبة. وأكد المتحدث تضامن مصر مع حكومة وشعب المملكة العربية السعودية.", &[("JOR", "criticizes", "ISR", false, Done), ("EGY", "supports", "SAU", false, Done)]),
            ("منع before a verbal noun prevents an act, no coercion; before a side it bars the side", "وتسعى إسرائيل لمنع تحويل الأموال من إيران إلى التنظيمات الإرهابية. وتريد الولايات المتحدة منع إيران من امتلاك السلاح النووي.", &[("USA", "coerces", "IRN", false, Planned)]),
            ("one rallies votes or support, and a crowd is people gathered: no forces mobilized", "وحضر الحفل حشد كبير من السياح والأهالي. ويسعى الرئيس الأميركي لحشد الأصوات اللازمة في مجلس الشيوخ.", &[]),
            ("a blow struck at a plan or a nation's security is said of them, and what a product aims at limiting is an aim", "وأريد بالهجوم ضرب أمننا واستقرارنا. وتمكنت قوات الأمن من ضرب مخططاتهم قبل تنفيذها. وطور علماء أميركيون خوذة تستهدف الحد من الحوادث.", &[]),
            ("one searches for (بحث عن) a person or a thing: no talks", "وما زال حزب الله اللبناني يبحث عن عدد من عناصره. وانطلق خبير عراقي في رحلة بحث عن تحف نهبت من سوريا.", &[]),
            ("what something paves the way for is still to come", "وقال إن الاتفاق يمهد الطريق أمام مفاوضات بين إيران والسعودية.", &[("IRN", "negotiates", "SAU", false, Planned)]),
            ("the victims of a killing a few words before a noun of an assault after في or ب are its victims, not its agent, names and counts between", "أكد مصدر أن مجموعة إرهابية اغتالت ثلاثة من أفراد الدرك الوطني الجزائري بالرصاص، في ثاني هجوم إرهابي في منطقة عين الدفلي غربي الجزائر. وكشفت الخلية عن مقتل ثلاثة قياديين بارزين من تنظيم داعش بضربات جوية في محافظة الأنبار.", &[("-", "kills", "~COP", false, Done), ("-", "attacks", "DZA", false, Done), ("-", "kills", "ISIL", false, Done)]),
            ("دان with ب on what is owed or ل on whom is owing, not condemning; condemning takes its object bare", "وحزب الله الذي يدين علنا لطهران يحتكر السلاح. واليونان الحديثة تدين باستقلالها جزئياً للدعم البريطاني. وتدين مصر بشدة الهجوم الإسرائيلي على غزة.", &[("EGY", "criticizes", "ISR", false, Done), ("ISR", "attacks", "PSE", false, Done)]),
            ("what prompted someone (ما دعا) is a cause, no request; a fall into a well is an accident", "ولكن القاهرة تلكأت كثيرا ولم تقم بخطوة مماثلة، ما دعا السلطات السودانية لإعادة توقيف الصيادين. ولقي مواطن مصرعه جراء سقوطه ببئر في مركز الهميج.", &[("SDN", "coerces", "~AGR", false, Done)]),
            ("whom partners fight together is their common enemy, no partner", "بحث وزير الخارجية التركي مع نظيره الأمريكي التعاون لمكافحة تنظيم داعش. ووافقت تركيا على التعاون في الحرب على تنظيم داعش.", &[("TUR", "meets", "USA", false, Done), ("-", "attacks", "ISIL", false, Done)]),
            ("a noun's event is to come when its predicate after it is a future verb of taking place; what is being arranged is to come", "وقال وزير الخارجية التركي إن معركة شاملة ضد تنظيم داعش ستنطلق قريبا. وقال إن محادثات بين العراق وإيران ستعقد في جنيف. ويتم حاليا ترتيب لقاء بين الرئيس السوري ونظيره العراقي.", &[("-", "attacks", "ISIL", false, Planned), ("IRN", "meets", "IRQ", false, Planned), ("IRQ", "meets", "SYR", false, Planned)]),
            ("ل on people the lexicon does not name, right after a verbal noun's genitive, makes the genitive the agent", "أدانت المنظمة اعتقال الشرطة المصرية لعدد من الناشطين.", &[("EGY", "coerces", "EGY", false, Done)]),
            ("whoever planted, launched or carried out what caused the dead killed them, wherever the clause of cause puts them; not after a relative pronoun", "قتل خمسة أطفال إثر سقوط قذيفة صاروخية أطلقها مقاتلو المعارضة على حي في حلب. قتل 12 مدنيا في هجومين انتحاريين يشتبه أن جماعة بوكو حرام نفذتهما. قالت إن خطة الاقتحام تسير وفق التوقيتات التي وضعتها قيادة الجيش السوري.", &[("~REB", "kills", "~CVL", false, Done), ("BOKO_HARAM", "kills", "~CVL", false, Done)]),
            ("drought, famine and a falling plane are disasters; to strike against the wall is to disregard", "قتل 18 مدنيا وقت سقوط الطائرة على البلدة. نداء لإنقاذ المنكوبين بسبب القحط والجفاف الذي اجتاح المناطق الشمالية. وقال إن إسرائيل تضرب بعرض الحائط القرارات الدولية.", &[]),
            ("a day named by its date after the article's makes an act to come; not a date that names a past event", "ويزور الرئيس المصري الخرطوم في 5 أغسطس. وأدان الرئيس المصري هجوم 11 سبتمبر على الولايات المتحدة.", &[("EGY", "visits", "SDN", false, Planned), ("-", "attacks", "USA", false, Done)]),
            ("a centre, a means, a product or a service aims at its public: no blow", "وأوضح أن المركز يستهدف النساء والعاطلات عن العمل.", &[]),
            ("an unvowelled passive after its subject and an adverb, or before it and a time, has it for victim; the sunset prayer is no Morocco", "ونقلت المحطة أن شرطيا أيضا قتل في الاشتباكات. كما قتل أمس الخميس ضابط تركي في هجوم لداعش. قتل متطرفون بالرصاص 48 مصليا اجتمعوا لصلاة المغرب.", &[("-", "kills", "~COP", false, Done), ("ISIL", "kills", "TUR", false, Done), ("~REB", "kills", "-", false, Done)]),
            ("an Arabic attack made in tweets, remarks or scathing criticism is one of words", "هاجم الرئيس الإيراني في تصريحاته أمس الحكومة الأمريكية. وشن وزير الخارجية الإماراتي هجوما على حزب الله في مجموعة من التغريدات. وهاجم مسلحون مركزا للشرطة في بغداد.", &[("IRN", "criticizes", "USA", false, Done), ("ARE", "criticizes", "HEZBOLLAH", false, Done), ("~REB", "attacks", "IRQ", false, Done)]),
            ("banning work, travel or carrying arms prevents an act: no one coerced", "ضبط مفتشو وزارة العمل السعودية 531 مخالفة لقرار منع العمل تحت أشعة الشمس.", &[]),
            ("a running total since a year or a beginning long past is a tally, no event; the worst attack since then is one", "وقتلت جماعة بوكو حرام حوالي عشرة آلاف شخص منذ عام 2009. قتل 20 جنديا في هجوم لبوكو حرام هو الأعنف منذ 2014.", &[("BOKO_HARAM", "kills", "~MIL", false, Done)]),
            ("support not stopped goes on: a negated cessation is no negation of the act; riot police are no riot; too early to judge is no sentence", "وأضاف المرشد الإيراني اننا لن نكف عن دعم أصدقائنا في سوريا. ونشرت الحكومة العراقية قوات مكافحة الشغب في بغداد. وقال الوزير اليمني إن من المبكر الحكم على الاتفاق.", &[("IRN", "supports", "SYR", false, Planned)]),
            ("a verb opening a relative clause on an assault noun is that assault, with the noun's agent; whoever condemns an act or visits its site did not do it", "وقال إن تنظيم داعش يقف وراء الاعتداء الانتحاري الذي استهدف مدينة سروج التركية. أعربت الجمهورية العراقية عن إدانتها للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ.", &[("ISIL", "attacks", "TUR", false, Done), ("-", "attacks", "~MIL", false, Done)]),
            ("who is among the victims is not their head; forces of the opposition are rebels", "وقال ناشطون إن عشرة من مقاتلي حزب الله بينهم قائد ميداني قتلوا خلال المعارك مع قوات المعارضة.", &[("~REB", "kills", "HEZBOLLAH", false, Done)]),
            ("a person's or a place's name takes no article that is not its own (المؤدي is no مودي); the committees of a group after ل are its agents", "اصطف مواطنون كينيون في الطريق المؤدي إلى الفندق للترحيب بالرئيس الأمريكي. وقالت مصادر إن 3 حوثيين قتلوا في هجوم للجان المقاومة الشعبية على نقطة للمتمردين.", &[("KEN", "supports", "USA", false, Done), ("YEM", "kills", "HOUTHIS", false, Done), ("YEM", "attacks", "~REB", false, Done)]),
            ("an Arabic noun with an adjective of the future after it is to come", "وأكد أن القمة المرتقبة بين مصر والأردن ستبحث ملف المياه. وقال إن المعركة القادمة ضد الحوثيين في لحج.", &[("EGY", "meets", "JOR", false, Planned), ("-", "attacks", "HOUTHIS", false, Planned)]),
            ("a battle named by a place is fought there: the place is no side", "وقال قائد ميداني إن معركة صنعاء بدأت.", &[("-", "attacks", "YEM", false, Done)]),
            ("a role that belongs (تابعة) to a named group is of it, and the owner no target; what invades minds is no force", "وهاجمت مجموعة مسلحة تابعة لطالبان العاصمة كابل. وقال إن التنظيم يحاول أن يغزو عقول الشباب.", &[("TALIBAN", "attacks", "AFG", false, Done)]),
            ("a verb-first kidnapping with a count after its subject and where is active", "اختطف مسلحون تابعون لجماعة الحوثي في العاصمة صنعاء 10 من قياديي حزب الإصلاح.", &[("HOUTHIS", "attacks", "YEM", false, Done)]),
            ("the regime whose forces are named is the one the document named", "وقال النظام السوري إنه سيرد على الهجوم. وقصفت قوات النظام مواقع المعارضة.", &[("SYR", "attacks", "SYR", false, Done)]),
            ("a diplomatic movement (حراك دبلوماسي) is no protest", "وطالب الوزير بانطلاق حراك دبلوماسي عبر وزارة الخارجية اللبنانية.", &[]),
            ("what caused a protest (أثار) did not protest", "وقالت الصحيفة إن قرار الحكومة المصرية أثار احتجاجات واسعة.", &[]),
            ("the resistance after استهداف is its agent, no verbal noun of resisting, and ل on places held names the object; a passive followed by كما has no object", "وأدان الوزير استهداف المقاومة لمواقع الحوثيين. وأعلنت مصادر أمنية أن 20 عنصرا من داعش قتلوا كما تم تدمير وكر تابع لهم.", &[("~REB", "attacks", "HOUTHIS", false, Done), ("-", "kills", "ISIL", false, Done)]),
            ("a charge (بتهمة) names a crime, no killing reported", "وحكم عليه بتهمة القتل في القاهرة.", &[("-", "coerces", "EGY", false, Done)]),
            ("what a question asks about is not reported; the statement before it in the sentence is", "هل سيتم توثيق جرائم الحوثي في عدن ومحاكمة مرتكبيها؟ وقال إن الحوثيين قصفوا عدن، فلماذا لا تتحرك الأمم المتحدة؟", &[("HOUTHIS", "attacks", "YEM", false, Done)]),
            ("a verse in double brackets or after قوله سبحانه is scripture, no news; whoever after a bracket is whoever", "وقال الخطيب إن الله بين عقوبة القتل بقوله سبحانه: ومن يقتل مؤمنا متعمدا فجزاؤه جهنم. وقال إن الدماء حرام، ((ومن يقتل مؤمنا متعمدا فجزاؤه جهنم وعذبه عذابا عظيما)).", &[]),
            ("not lacking (لم تعدم) is no execution", "ولم تعدم الحكومة المصرية الوسائل لمواجهة الأزمة.", &[]),
            ("a nisba in the accusative (أميركيا) after a role word in that case gives it its country; an unvowelled passive may have an adverb after it, or بين", "وأكد البيت الأبيض أن جنديا أميركيا قتل وأصيب آخرون. وقال المتحدث إن جنديا أوكرانيا قتل أيضا كما أصيب أربعة آخرون. وكان الجيش قد أعلن أن نحو 50 جنديا باكستانيا قتلوا بين الأحد والثلاثاء.", &[("-", "kills", "USA", false, Done), ("-", "kills", "UKR", false, Done), ("-", "kills", "PAK", false, Done)]),
            ("a verb that carries a plural subject (-وا، يـ…ون) has its object after it, and shares the subject of the verb it is joined to; a singular whose stem ends in ون (يتعاون) is no plural", "وقال إن الجيش هاجم المدينة، وأسروا عددا من مقاتلي الحوثيين. وقال إن الخوارج قتلوا الخليفة والآن يقتلون رجال الأمن. ويتعاون الأردن مع مصر.", &[("~MIL", "attacks", "-", false, Done), ("~MIL", "coerces", "HOUTHIS", false, Done), ("-", "kills", "~COP", false, Done), ("EGY", "cooperates", "JOR", false, Done)]),
            ("whom the detained are held with (لدى) detains them", "وقال إن زوجة القيادي قيد الاعتقال لدى القوات الأميركية.", &[("USA", "coerces", "-", false, Done)]),
            ("a verb of killing that opens its clause with a count after it, words of time between, reports the dead", "قتل أمس أكثر من 20 عنصرا من حزب الله في سورية.", &[("-", "kills", "HEZBOLLAH", false, Done)]),
            ("a negation over another act (لن تؤيد) with the agreement its object is no refusal of the agreement", "وقالت نيوزيلندا إنها لن تؤيد أي اتفاق مع كندا.", &[("NZL", "supports", "CAN", true, Planned)]),
            ("killing oneself (قتل نفسه) is a suicide, no act between parties", "بل تعدى ذلك إلى الانتحار وقتل نفسه.", &[]),
            ("in a sentence of a disaster, a coercion by people of no authority is none (what floods trap)", "وقد احتجزت السيول سيارات المواطنين في الرياض.", &[]),
            ("a verb of accusing with its charge (ب) right after it is a passive: who accused is unnamed, and the place of the charge no one accused; with an object between it is active", "وقال مسؤولون أمريكيون إن محسن الفضلي الذي اتهم بقضايا إرهابية عدة في الكويت قتل. واتهمت مصر إسرائيل بانتهاك الاتفاق.", &[("-", "kills", "-", false, Done), ("EGY", "accuses", "ISR", false, Done)]),
            ("a visit joined to the umrah or the hajj, or to a holy place, is a pilgrimage", "وأكد أن برنامج ضيوف خادم الحرمين الشريفين للعمرة والزيارة سيقوي الروابط بين المملكة والهند. وتشمل الرحلة زيارة المسجد النبوي في المدينة.", &[]),
            ("a birthplace (مسقط رأس) is no Muscat; an international movement (حراك دولي) is no protest", "وزيارة أوباما هي الأولى إلى مسقط رأس والده. وأعلن الوزير عن حراك دولي لفضح الممارسات الإسرائيلية. وزار وزير الخارجية المصري مسقط.", &[("EGY", "visits", "OMN", false, Done)]),
            ("a place before which a protest is held (أمام السفارة) is whom it is against, not who protests", "وقالت المصادر إن أهله نظموا اعتصاما أمام السفارة التشيكية في بيروت.", &[("-", "protests", "CZE", false, Done)]),
            ("a title after a word for a place or an institution is part of its name (مسجد الإمام الصادق, مستشفى الملك فيصل), no side", "وكانت الأجهزة الأمنية وعقب وقوع التفجير الإرهابي في مسجد الإمام الصادق ألقت القبض على السائق. واستقبل الملك سلمان الرئيس الأمريكي.", &[("~COP", "coerces", "-", false, Done), ("SAU", "hosts", "USA", false, Done)]),
            ("sunstroke (ضربات الشمس) is no blow, rallying a majority (حشد أغلبية) no mobilization", "ونحن لدينا تخوف هذا الموسم من ضربات الشمس في مستشفيات مكة. وقال إن البيت الأبيض سيكون قادرا على حشد أغلبية من النواب.", &[]),
            ("credit facilities (التسهيلات الائتمانية) are a bank's product, no concession", "وستمكن هذه الاتفاقية البنك السعودي البريطاني من توسيع نشاطه في تقديم التسهيلات الائتمانية للصادرات السعودية، وذلك من خلال زيادة قدرته على تعزيز خطابات الاعتمادات المستندية.", &[]),
            ("a killing and the attack it was done in, on the same target, are one event: the killing, with the attacker for its source", "قتل خمسة جنود عراقيين في هجوم شنه مسلحون على فندق في بغداد. وأسفرت غارة أميركية عن مقتل عشرة جنود أفغان في ولاية لوغار.", &[("~REB", "kills", "IRQ", false, Done), ("USA", "kills", "AFG", false, Done)]),
            ("Mali's nisba after a word for an armed body is Mali's (مالي alone is \"financial\")", "قتل مسلحون خمسة جنود ماليين في وسط مالي. وطوقت القوات المالية الفندق. وقدمت الحكومة دعما ماليا للمزارعين.", &[("~REB", "kills", "MLI", false, Done), ("MLI", "coerces", "-", false, Done)]),
            ("on a verbal noun of an act done to people the pronoun is whom it was done to, a people named a few words before (after a word of time it is no verb); governed by a verb of doing it is the subject's act; who condemns it is no victim", "وقالت الوزارة إن الإيطاليين الأربعة كانوا عند خطفهم في محيط مجمع الشركة. وتم الدخول إلى صفحة المواطن التونسي وتم اعتقاله. وقال إن المتمردين الحوثيين قاموا باختطافهم. وأدان الرئيس المصري اغتياله.", &[("-", "attacks", "ITA", false, Done), ("-", "coerces", "TUN", false, Done), ("HOUTHIS", "attacks", "-", false, Done)]),
            ("what almost happened (كاد، تكاد) did not", "وكاد الكاتب يُقتل أيضا. وقالت النيابة إن العملية كادت تؤدي إلى مقتل الجريحين.", &[]),
        ],
        "ar",
    );
}

#[test]
fn english() {
    run(
        &[
            ("in a sentence about sport a government's arrest stays news", "Nigerian authorities jailed 52 separatists for playing in a youth football tournament in Lagos.", &[("NGA", "coerces", "~REB", false, Done)]),
            ("only a condition after an act of 'might' makes it one made now: a question after it does not", "The Other Milds group, comprising Costa Rica, Ecuador and Honduras, might consult with Brazil on this meeting, but it was not certain whether Brazil would attend.", &[]),
            ("a question (whether) or a rumour is no report", "The EU will decide in December whether to begin entry talks with Turkey. Malaysian police denied rumours of race riots in Kuala Lumpur. Indonesian police arrested 20 protesters in Jakarta.", &[("IDN", "coerces", "IDN", false, Done)]),
            ("'from' right after a noun of giving, asking or warning names who gives or asks; after a withdrawal it names the place left", "Uganda repaid the loan from Egypt in barter goods. Greece, replying to a warning from Turkey, repeated that it has an exclusive right to drill. Israel completed its withdrawal from Lebanon.", &[("EGY", "aids", "UGA", false, Done), ("TUR", "threatens", "GRC", false, Done), ("ISR", "withdraws", "LBN", false, Done)]),
            ("'allow for' makes room, no concession; an auction that 'yielded an average' N pct moves a rate", "Madagascar extended its oil exploration agreement with the U.S. Firm Amoco Corp for 17 months to allow for further studies of the Morondava basin. This week's Quebec government auction of 85 mln dlrs worth of 91-day treasury bills yielded an average 7.03 pct, up from 6.85 pct last week. Israel allowed Palestinian workers into Israel.", &[("ISR", "concedes", "PSE", false, Done)]),
            ("a word of a sports contest (a round, a seed, tennis, rugby) makes its sentence play, not news", "Spain's Feliciano Lopez lined up a second round clash with Andre Agassi. Australian tennis coach Tony Roche has turned down an approach from Roger Federer. Iraqi troops clashed with Iranian forces near Basra.", &[("IRQ", "attacks", "IRN", false, Done)]),
            ("a state's possession that does not act (a package, policies, a surplus) is the subject, not the state; the owner of a decision is its agent, and a noun with 'by' after it has the owner for object", "Tokyo's latest package allows leading nations to reaffirm their accord. Japan's economic policies face fierce international attack. Washington's decision to impose trade sanctions against Japan surprised markets. Germany's current account surplus drew criticism by the American administration.", &[("USA", "sanctions", "JPN", false, Done), ("USA", "criticizes", "DEU", false, Done)]),
            ("an option weighed is no act; an act expected of others is planned", "The United States is considering new sanctions against Japan. Britain is exploring the possibility of easing its curfew. The Alliance expects thousands of farmers to demonstrate against the government.", &[("~AGR", "protests", "~GOV", false, Planned)]),
            ("a role word that speaks is what 'they' stand for after it", "Police said they had arrested two Toshiba employees.", &[("~COP", "coerces", "~LAB", false, Done)]),
            ("an attack on a plan, a policy or a record is a criticism", "The United States attacked Japan's tight-fisted fiscal policy. Israeli jets attacked Hamas positions in Gaza.", &[("USA", "criticizes", "JPN", false, Done), ("ISR", "attacks", "HAMAS", false, Done)]),
            ("what should be done or might come is not done", "The U.S. private sector should be mobilized to help the refugees. U.S. interests around the world might come under attack. Israeli jets attacked Hamas positions in Gaza.", &[("ISR", "attacks", "HAMAS", false, Done)]),
            ("the 'of' of a noun of support names who gives it; 'in support of' and 'their support of' name whom it is given", "Yemen won the support of the European Union. Norway will extend its cutback in support of OPEC.", &[("EU", "supports", "YEM", false, Done), ("NOR", "supports", "OPEC", false, Planned)]),
            ("seeking to is trying to; demand for goods is a market's; what is done without risk of an act is no act; an end may stand a phrase before the unrest it ends", "Japan is seeking to prevent its computer chips dispute with the U.S. from erupting. Robert Heller wanted to see stronger Japanese demand for American goods. Deals would let the UK deport suspects to Algeria without risk of them being tortured. The government today sought to end a wave of labour unrest in Brazil.", &[("GBR", "coerces", "DZA", false, Planned)]),
            ("the Paris Club is the creditors' club, not France", "The Paris Club of creditor nations agreed to reschedule Poland's debt.", &[("PARIS_CLUB", "agrees", "POL", false, Done)]),
            ("rugby positions and athletics make a sentence play", "A charge from flanker Jason White was carried on and Ireland conceded a penalty. Kenya's athletics body has reversed a ban on runner Susan Chepkemei. Britain conceded the Falklands dispute to Argentina.", &[("GBR", "concedes", "ARG", false, Done)]),
            ("a market's bids, offers, licences and tenders are trade, not acts between states; a single offer stays", "Egypt rejected all offers at its wheat tender. The U.S. accepted three bids from exporters for sales to Algeria. Kuwait rejected a U.S. offer to escort its tankers.", &[("KWT", "rejects", "USA", false, Done)]),
            ("'demonstrate' with an object or a clause is to show, not to protest", "Reagan wanted to demonstrate he was in command. The calculations demonstrated what many Russian analysts knew. Thousands of Korean students demonstrated against the government in Seoul.", &[("KOR", "protests", "KOR", false, Done)]),
            ("a state's or a government's protest is an official complaint (CAMEO 11); people's protests and riots stay protests", "France today protested over Canada's decision to close its ports. Thousands of Egyptians protested in Cairo against the government. Palestinian riots against Israeli military policies are continuing.", &[("FRA", "criticizes", "CAN", false, Done), ("EGY", "protests", "~GOV", false, Done), ("PSE", "protests", "ISR", false, Done)]),
            ("demand with a word of size, trend or market before it, or a place after it, is the wish to buy, not a demand made", "The Paris accord envisaged surplus countries like Japan and West Germany stimulating domestic demand to absorb more imports and the U.S. cutting its budget deficit, thereby depressing its demand for imports. In 1986 the bank's loans to the Midwest's middle market rose 20 pct at a time of overall weak loan demand in the U.S. The United States rejected Iran's demand for compensation.", &[("USA", "rejects", "IRN", false, Done)]),
            ("a business named only by its role is no side of an event by itself; businessmen arrested stay news", "Several firms had protested the proposed merger. The company has targeted waste energy systems. Bangladesh police arrested four businessmen in Dhaka.", &[("BGD", "coerces", "BGD", false, Done)]),
            ("whoever repels or fights off an assault is its target, not its agent; a foiled assault did not happen", "Iraqi troops repelled an attack by Iranian forces near Basra. Egyptian police foiled an attack on a church in Cairo.", &[("IRN", "attacks", "IRQ", false, Done)]),
            ("subject verb object", "Russia attacked Ukraine on Thursday.", &[("RUS", "attacks", "UKR", false, Done)]),
            ("a parenthesis in a noun phrase glosses the name before it; an acronym repeating the name belongs to its mention", "Montenegro Municipality Association (AKK) officials demanded support from the Montenegro Assembly. Kurdistan Workers' Party (PKK) rebels attacked Turkish soldiers.", &[("MNE", "demands", "MNE", false, Done), ("PKK", "attacks", "TUR", false, Done)]),
            ("title and given names before a surname", "President Donald J. Trump thanked President Recep Tayyip Erdogan of Turkey.", &[("USA", "supports", "TUR", false, Done)]),
            ("met with, adjective plus role", "Secretary of State Antony Blinken met with Turkish Foreign Minister Mevlut Cavusoglu in Brussels.", &[("TUR", "meets", "USA", false, Done)]),
            ("passive with agent", "Ukraine was attacked by Russia.", &[("RUS", "attacks", "UKR", false, Done)]),
            ("noun with agent, unnamed target", "They suffered an attack by Russian military forces.", &[("RUS", "attacks", "-", false, Done)]),
            ("a protest without a target in the text is addressed to the protesters' own government; the capital is where, not whom", "Thousands of Iraqis protested in Baghdad on Friday.", &[("IRQ", "protests", "IRQ", false, Done)]),
            ("killing with no named source", "A roadside bomb killed five Iraqi soldiers.", &[("-", "kills", "IRQ", false, Done)]),
            ("role-only source and target", "Gunmen opened fire on a police station.", &[("~REB", "attacks", "~COP", false, Done)]),
            ("a role takes the country of a place; protesters acted on are the act's object, their word reports no protest", "Police arrested dozens of protesters in Cairo.", &[("~COP", "coerces", "EGY", false, Done)]),
            ("an event noun after a background preposition", "Turkey criticized Russia after the attack on Syria.", &[("TUR", "criticizes", "RUS", false, Done)]),
            ("a condition is not an event", "Russia will retaliate if Turkey attacks Syria.", &[]),
            ("a threat governs its content", "Iran threatened to attack Israel.", &[("IRN", "threatens", "ISR", false, Done)]),
            ("a demand governs its direct object", "Iraq demanded the withdrawal of Turkish forces.", &[("IRQ", "demands", "TUR", false, Done)]),
            ("the subject of a that-complement is the demand's target", "China demanded on Tuesday that the United States cancel the sale.", &[("CHN", "demands", "USA", false, Done)]),
            ("in reported speech, Y must is the speaker's demand of Y", "Russia said on Tuesday that Sudan must return the helicopter.", &[("RUS", "demands", "SDN", false, Done)]),
            ("outside reported speech a modal is no event", "Sudan must return the helicopter.", &[]),
            ("in reported speech a subject pronoun is the speaker", "Syria says it will withdraw its troops from Lebanon.", &[("SYR", "withdraws", "LBN", false, Planned)]),
            ("by after an active verb's object is not its agent", "Poland demanded an apology by Moscow.", &[("POL", "demands", "RUS", false, Done)]),
            ("domestic event: one country in two roles", "Sudanese police arrested Sudanese opposition activists.", &[("SDN", "coerces", "SDN", false, Done)]),
            ("a state's police acting on people named by role alone act on their own country's", "Sudanese police arrested protesters.", &[("SDN", "coerces", "SDN", false, Done)]),
            ("an armed group named by role alone keeps no country", "Israeli troops killed three militants.", &[("ISR", "kills", "~REB", false, Done)]),
            ("an actor does not act on itself in one role", "Turkey criticized Turkey.", &[]),
            ("a bare English noun with no source is not an event", "The war against terrorism goes on.", &[]),
            ("a war is reported by its verb; 'the war against X' names a conflict", "Russia waged war on Ukraine. Russia's war against Ukraine entered its third year.", &[("RUS", "attacks", "UKR", false, Done)]),
            ("negation", "Turkey did not attack Syria.", &[("TUR", "attacks", "SYR", true, Done)]),
            ("an attack by the press, a legislature or teachers is made in words", "British newspapers attacked the Iraqi government over the war. Iraqi police attacked the protesters.", &[("GBR", "criticizes", "IRQ", false, Done), ("IRQ", "attacks", "IRQ", false, Done)]),
            ("a place after a verb of saying is where the speaking was, no place an attack before it aimed at", "\"The Americans attacked our ships,\" Mousavi told a news conference in Damascus.", &[("USA", "attacks", "-", false, Done)]),
            ("a place is no subject an infinitive inherits", "Baldrige will also stop in Hong Kong to meet British officials. Leaders of the farmers announced at a press conference in Madrid yesterday they were suspending protests to allow time for talks.", &[]),
            ("a modal of obligation governs a request too: the speaker demands it, no request is made", "Britain said that Iraq should seek talks with Iran.", &[("GBR", "demands", "IRQ", false, Done)]),
            ("a past participle after a count, or opening its sentence, before a mention is its adjective", "Kidnapped Japanese businessman Noboyuki Wakaoji is alive and well. Bloggers lent support to two imprisoned Iranian bloggers. Iraqi forces attacked Iranian positions.", &[("IRQ", "attacks", "IRN", false, Done)]),
            ("those excepted take no part", "All OPEC members except Iraq and Iran agreed to cut output. All Arab states apart from Syria and Libya condemned Iran.", &[]),
            ("counterfactuals, plans that do not exist and moving towards an act are no acts done; attacks by viruses and a tennis player's rally are no events", "Iraq could have attacked Kuwait. There are no plans for Brazilian finance minister Dilson Funaro to meet U.S. officials. Reagan has decided against an early deployment of troops in Europe. Turkey and Greece were moving towards talks. Women bought programs to protect PCs from virus attacks. The German rallied well at times but lost the opening set.", &[("GRC", "meets", "TUR", false, Planned)]),
            ("a denied report is negated, also after 'denied a report'; an agreement noun in it stays a topic, no refusal; a negated stop is an act going on, and 'not only' no negation; a denial denied is none", "Turkey did not only attack Syria. Iran denied that its forces attacked Iraqi positions. The White House denied a report that the United States shipped arms to Iran. Israel did not stop shelling Gaza. Syria did not deny that its troops attacked Lebanon. She denied that any clause of the agreement guaranteed the business to the U.S.", &[("TUR", "attacks", "SYR", false, Done), ("IRN", "attacks", "IRQ", true, Done), ("USA", "aids", "IRN", true, Done), ("ISR", "attacks", "PSE", false, Done), ("SYR", "attacks", "LBN", false, Done)]),
            ("a refusal is a rejection, coded as that act alone", "Israel refused to meet Jordan's king in Tel Aviv.", &[("ISR", "rejects", "JOR", false, Done)]),
            ("future", "Iran will hold talks with Saudi Arabia next week.", &[("IRN", "meets", "SAU", false, Planned)]),
            ("coordinated subject of a symmetric relation", "France and Germany signed an agreement.", &[("DEU", "signs", "FRA", false, Done)]),
            ("an article after the conjunction keeps the coordination", "Israel and the Palestinians signed an agreement.", &[("ISR", "signs", "PSE", false, Done)]),
            ("a withdrawal is news with its source alone", "Israel withdrew its troops on Monday.", &[("ISR", "withdraws", "-", false, Done)]),
            ("an assault with no target strikes the place named after it", "Israeli tanks fired shells at targets in Jericho.", &[("ISR", "attacks", "PSE", false, Done)]),
            ("Jewish settlers are Israel's civilians", "Jewish settlers attacked a Palestinian village near Nablus.", &[("ISR", "attacks", "PSE", false, Done)]),
            ("civilians and the places they live in after a conjunction share the country of a state's forces before them", "Israeli tanks shelled Palestinian security forces and residential areas near Rafah.", &[("ISR", "attacks", "PSE", false, Done)]),
            ("an unknown name as subject is not the last speaker", "Britain reported the talks. Smith insisted Ireland were happy. He also insisted Ireland must act.", &[("GBR", "demands", "IRL", false, Done)]),
            ("an -ing participle right after a noun modifies it; the noun is the subject of the verb after its objects", "Spanish farmers demanding a better deal from the EC blocked roads on Monday.", &[("ESP", "demands", "EU", false, Done), ("ESP", "protests", "ESP", false, Done)]),
            ("an attack whose victims the text gives no country is against the country where it happens", "Gunmen killed five people in Baghdad on Monday. Israeli troops killed three militants.", &[("~REB", "kills", "IRQ", false, Done), ("ISR", "kills", "~REB", false, Done)]),
            ("a word for protesters makes only the member it names a protester", "Clashes broke out between police and protesters.", &[("~OPP", "protests", "-", false, Done)]),
            ("a participle after a determiner and a degree word, before its noun, is an adjective, no event; a word in -ly may be a noun", "Iraq wants a more targeted approach. An ally attacked Iranian troops. Iraq strongly criticized Iran.", &[("-", "attacks", "IRN", false, Done), ("IRQ", "criticizes", "IRN", false, Done)]),
            ("a participle after an earlier verb's object is a reduced relative: what the object had undergone, no event", "Benin opened its borders to West Africans ordered out of Nigeria. Israel released prisoners captured by its army in Lebanon.", &[("BEN", "concedes", "NGA", false, Done), ("ISR", "concedes", "-", false, Done)]),
            ("whoever claims an assault made it, after it or before it; a denied claim names no one and negates nothing", "The PKK claimed responsibility for the attack on Turkish soldiers. Police said the July 22 attack in Ceylanpinar, for which the PKK has claimed responsibility, killed two Turkish policemen. Hamas did not claim responsibility for the bombing that killed two Israeli soldiers.", &[("PKK", "attacks", "TUR", false, Done), ("PKK", "kills", "TUR", false, Done), ("-", "kills", "ISR", false, Done)]),
            ("the mentions after a condemned act's noun are its victims or its place, not the one condemned; its agent is", "The United States strongly condemns the attack on worshippers in Iraq. Iran denounced the U.S. attack on Iraq. Britain condemned the attack by Islamic State on worshippers in Iraq.", &[("IRN", "criticizes", "USA", false, Done), ("GBR", "criticizes", "ISIL", false, Done)]),
            ("where a meeting is held is its venue, not a party to it; a visit's place is its host", "OPEC ministers will meet in Vienna next week. Saudi officials met in Geneva with Iranian diplomats. The Iraqi foreign minister arrived in Amman on a visit.", &[("IRN", "meets", "SAU", false, Done), ("IRQ", "visits", "JOR", false, Done)]),
            ("fighting between two armed sides is each one's attack on the other; an attack has one side (clashes with protesters: the protesters' row)", "Clashes broke out between Iraqi troops and Islamic State fighters in Ramadi. Rebels launched an attack on the border between Iraq and Syria.", &[("IRQ", "attacks", "ISIL", false, Done), ("ISIL", "attacks", "IRQ", false, Done), ("~REB", "attacks", "IRQ", false, Done), ("~REB", "attacks", "SYR", false, Done)]),
            ("a participle after a passive auxiliary and \"not\", or coordinated with a passive participle, is a passive", "A British diplomat was beaten and abducted in Tehran. Japanese banks are not allowed to raise euroyen. Israel attacked and killed three Palestinians.", &[("-", "coerces", "GBR", false, Done), ("ISR", "kills", "PSE", false, Done)]),
            ("standing with someone is supporting them; a state's currency is no actor", "The United States stands with the people of Iraq. The Belgian franc eased against the mark. Saudi riyal deposit rates eased.", &[("USA", "supports", "IRQ", false, Done)]),
            ("a question put to a speaker has a topic, no event; figures are released, deals struck, openings seized upon, without a concession, an attack or a seizure", "Asked whether Iraq had attacked Kuwait, the minister said nothing. Census Bureau figures released on Tuesday showed a rise. The agreement was struck in Geneva. Hamas accepted responsibility for the bombing of an Israeli bus.", &[("HAMAS", "attacks", "ISR", false, Done)]),
            ("in reported speech a modal of obligation is demanded of its subject right before it (adverbs, a place or the head noun it names the members of between), not of a mention modifying another noun", "Finland said Soviet oil exports should be cut. France said the Group of Seven industrial countries should respect their pledges. Russia said that Sudan must return the helicopter.", &[("FRA", "demands", "G7", false, Done), ("RUS", "demands", "SDN", false, Done)]),
            ("workers who struck with no object after them went on strike, a protest; what struck something attacked it", "Egyptian workers struck for higher wages. A missile struck the workers' dormitory. Israeli jets struck Gaza.", &[("EGY", "protests", "EGY", false, Done), ("-", "attacks", "EGY", false, Done), ("ISR", "attacks", "PSE", false, Done)]),
            ("a state that owns the place named after it is where, not who", "Warplanes hit the western jetty at Iran's Kharg island oil terminal and struck a supertanker nearby. Iraq's warplanes struck Iran's Kharg island.", &[("IRQ", "attacks", "IRN", false, Done)]),
            ("a participle of an act done to people right after a mention, with no verb before and no object after, is a reduced passive: the mention is whom it was done to", "Two American citizens detained in Turkey were released. Three Iraqi soldiers killed by Kurdish rebels were buried. Turkish police detained on Monday 20 Syrians.", &[("-", "coerces", "USA", false, Done), ("~REB", "kills", "IRQ", false, Done), ("TUR", "coerces", "SYR", false, Done)]),
            ("a phrase an earlier verb has for object and a later verb for subject is two clauses joined at 'and'", "Syria shelled Lebanese villages and Israeli troops attacked Syrian positions. Britain expelled Iraqi diplomats and Iraqi troops attacked Kuwaiti positions.", &[("SYR", "attacks", "LBN", false, Done), ("ISR", "attacks", "SYR", false, Done), ("GBR", "sanctions", "IRQ", false, Done), ("IRQ", "attacks", "KWT", false, Done)]),
            ("what a complaint is over, after its addressee and its day, is its content, not a second event", "Lebanon complained to the United Nations on Tuesday over two Israeli air raids.", &[("LBN", "criticizes", "ISR", false, Done)]),
            ("a passive relative clause tells what its noun had undergone; a reported clause is no relative", "Russia demanded that Sudan return a helicopter that was captured by the Sudanese army. Britain said that Iraq was attacked by Iran.", &[("RUS", "demands", "SDN", false, Done), ("IRN", "attacks", "IRQ", false, Done)]),
            ("a verb right after a comma is the next of a series and shares its subject", "Secretary Blinken urged Turkey not to retain the Russian S-400 air defense system, expressed concern over Turkey's withdrawal from the convention, and emphasized human rights.", &[("USA", "requests", "TUR", false, Done), ("USA", "criticizes", "TUR", false, Done)]),
            ("a speech verb in a relative clause does not change the article's speaker", "Turkey said it would act. The attack, which the PKK said was revenge, killed 30. It also demanded that Syria close its border.", &[("TUR", "demands", "SYR", false, Done)]),
            ("an event noun after 'victims of' names what the victims suffered, not news", "We express our sympathies to the families of the victims of today's attacks in Baghdad.", &[]),
            ("a language is not its people's state", "The Latvian Constitutional Court cancelled restrictions on the use of the Russian language.", &[("LVA", "concedes", "-", false, Done)]),
            ("what a state's ally or proxy does is not that state's act", "Iran's allies attacked US troops. Syria's proxy militias shelled Lebanese villages. Syria and its allies attacked Israel.", &[("-", "attacks", "USA", false, Done), ("~REB", "attacks", "LBN", false, Done), ("SYR", "attacks", "ISR", false, Done)]),
            ("an English refusal is news with its source alone, when its verb is a verb", "Egypt rejected the proposal. Syria says it will not accept any more refugees. Egypt is opposed to the plan. Britain used its veto. Australian beef output declined to 104,353 tonnes.", &[("EGY", "rejects", "-", false, Done), ("SYR", "rejects", "-", false, Planned)]),
            ("declining to comment is a statement, not a refusal", "Egypt declined to comment on the report.", &[]),
            ("violence by protesters is their protest (a riot)", "Palestinian protesters attacked Israeli soldiers.", &[("PSE", "protests", "ISR", false, Done)]),
            ("vowing to fight is a threat", "Kosovo rebels have sworn to fight Serbian forces.", &[("XKX", "threatens", "SRB", false, Done)]),
            ("a demand after 'to' is the purpose of the act before it", "Radical French farmers said on Friday they would blockade Paris from Monday night to demand an end to the European Community's farm reform.", &[("FRA", "coerces", "FRA", false, Planned)]),
            ("what an accusation is of runs to the end of its clause", "Zimbabwe accused the United States of restoring the blackmail in the negotiations with South Africa.", &[("ZWE", "accuses", "USA", false, Done)]),
            ("a place in the source's own country is where, not whom", "Syrian forces shelled Idlib.", &[("SYR", "attacks", "-", false, Done)]),
            ("a planned conflict or withdrawal with a condition after it is a threat", "Nigeria announced that it will withdraw its peacekeeping force from Chad unless the rebels agree to a ceasefire.", &[("NGA", "threatens", "TCD", false, Done)]),
            ("a threat with a condition after it is against the condition's subject", "Russia threatened to stop negotiations if the United States deploys new missiles.", &[("RUS", "threatens", "USA", false, Done)]),
            ("an English event noun after 'in' is how the event before it happened", "British aircraft killed four Iraqis in an attack on a weapons depot.", &[("GBR", "kills", "IRQ", false, Done)]),
            ("a verb coordinated by 'and' shares the earlier verb's subject, not its object", "Israeli troops killed two Palestinians and wounded five others.", &[("ISR", "kills", "PSE", false, Done)]),
            ("a place before a speech verb is where the speaker is, not who speaks", "The Red Cross operating in Iraq said US forces must ensure security.", &[("ICRC", "demands", "USA", false, Done)]),
            ("a deployment is aimed at the place its forces go, not at its own forces", "Turkey deployed troops in northern Iraq.", &[("TUR", "mobilizes", "IRQ", false, Done)]),
            ("stopping aid is a sanction", "Japan halted economic aid to Serbia.", &[("JPN", "sanctions", "SRB", false, Done)]),
            ("a mention after a comma that a speech verb follows is the speaker, not a coordinated target", "NATO peacekeeping troops arrived in Kosovo, Defense Secretary Lloyd Austin said.", &[("NATO", "aids", "XKX", false, Done)]),
            ("'meet' with a demand, a need or a target for object satisfies it: no meeting, and no demand", "Japan is striving to meet U.S. demands. Iran will meet Iraq next week. Iran met Costa Rica's president.", &[("IRN", "meets", "IRQ", false, Planned), ("CRI", "meets", "IRN", false, Done)]),
            ("an English verb with no one named at all reports no event; a role word is someone", "Crude oil prices rallied today. Wall Street rallied from its early lows. Gunmen attacked.", &[("~REB", "attacks", "-", false, Done)]),
            ("an English word in -s right after a number or a word of quantity is a plural noun, not a verb", "Britain produced 45.5 mln pounds of copper. The Egyptian court handed down three sentences. Israeli artillery pounds Gaza.", &[("ISR", "attacks", "PSE", false, Done)]),
            ("breaking up, banning or preventing a protest coerces the protesters; a 'by' after a gapped cue belongs to its tail", "Egyptian police broke up a protest by students in Cairo. The Egyptian government banned demonstrations.", &[("EGY", "coerces", "EGY", false, Done), ("EGY", "coerces", "EGY", false, Done)]),
            ("a withdrawal whose only target is its source stands with its source alone", "The Haitian president resigned to help Haiti.", &[("HTI", "withdraws", "-", false, Done)]),
            ("a gapped cue holds what the act is done with between its words", "Israeli tanks fired four shell bombs at targets in Jericho. Russia closed its southern borders with Iran.", &[("ISR", "attacks", "PSE", false, Done), ("RUS", "sanctions", "IRN", false, Done)]),
            ("a sanction or a concession with no one named is aimed at the place right after its cue; opening a border is a concession", "Egypt closed its border with the Gaza Strip. Egypt opened its border with the Gaza Strip.", &[("EGY", "sanctions", "PSE", false, Done), ("EGY", "concedes", "PSE", false, Done)]),
            ("cancelling a planned visit is a sanction, and it happened", "A French minister has cancelled a planned visit to Haiti.", &[("FRA", "sanctions", "HTI", false, Done)]),
            ("a government's concession to no one named is made to its own country", "Sudan's government lifted a state of emergency.", &[("SDN", "concedes", "SDN", false, Done)]),
            ("'throughout' and 'across' link a role word to its country", "Students throughout Indonesia staged demonstrations.", &[("IDN", "protests", "IDN", false, Done)]),
            ("archives name organizations by their earlier names", "European Community foreign ministers demanded the withdrawal of Serbian forces.", &[("EU", "demands", "SRB", false, Done)]),
            ("a conditional threat against no one named is not news by itself, whatever it threatens", "Iran said it would attack unless the talks resume.", &[]),
            ("a conditional threat with no target in its clause is against the condition's subject", "Iran said it would attack unless Iraq withdraws its troops.", &[("IRN", "threatens", "IRQ", false, Done)]),
            ("a verb joined by a hyphen to the word before it is an adjective", "Israel mounted its long-threatened invasion of South Lebanon.", &[("ISR", "attacks", "LBN", false, Done)]),
            ("an appositive between commas is skipped for the subject before it", "Pakistan, a key U.S. ally, has refused to deploy troops in Iraq.", &[("PAK", "rejects", "IRQ", false, Done)]),
            ("a mention after 'of' belongs to the phrase before it", "The Turkish and Greek sides of the island of Cyprus have agreed to share information.", &[("GRC", "agrees", "TUR", false, Done)]),
            ("agreeing to do something is an agreement, coded as that act alone", "Iran agreed to hold talks with Saudi Arabia.", &[("IRN", "agrees", "SAU", false, Done)]),
            ("an agreement that did not happen is a rejection, by each side of a mutual one", "Israel and the Palestinians failed to reach agreement.", &[("ISR", "rejects", "PSE", false, Done), ("PSE", "rejects", "ISR", false, Done)]),
            ("a relative clause's verb has the noun before the pronoun as its subject", "Hamas, which attacked Israel on Monday, said it would continue.", &[("HAMAS", "attacks", "ISR", false, Done)]),
            ("an investigation (CAMEO 09) by its verb", "The IAEA has dispatched inspectors to Iran.", &[("IAEA", "investigates", "IRN", false, Done)]),
            ("a role word after a given name is a surname", "British Defence Secretary Tom King promised to continue military aid to Mozambique.", &[("GBR", "agrees", "MOZ", false, Done)]),
            ("negated future", "Turkey will not meet Russia.", &[("RUS", "meets", "TUR", true, Planned)]),
            ("a cause is not a plan", "Prices rose due to Russian attacks on Ukraine.", &[("RUS", "attacks", "UKR", false, Done)]),
            ("lower-case common noun is not a country", "We ate turkey and talked about china.", &[]),
            ("a violent event after a word that ends it is what someone wants stopped", "Peru issued an ultimatum to Ecuador to halt attacks. The West made efforts to end the fighting in Bosnia.", &[("PER", "threatens", "ECU", false, Done)]),
            ("a past participle after a determiner is an adjective", "U.N. helicopters evacuated the wounded from the besieged town of Gorazde.", &[]),
            ("a relative clause of place tells the background", "Albanians demonstrated in Serbia, where Serbian police killed 24 people last March.", &[("ALB", "protests", "SRB", false, Done)]),
            ("a relative clause after a preposition tells the background, across a speech verb", "Lebanon accused Israel of two air raids in which, it said, Israeli jets killed 20 people.", &[("LBN", "accuses", "ISR", false, Done)]),
            ("a clause of earlier time tells the background", "Japan halted economic aid to Serbia one day after a Serbian jet shot down a helicopter.", &[("JPN", "sanctions", "SRB", false, Done)]),
            ("a stance prefix or suffix makes a name no actor", "Pro-Iranian gunmen attacked US-backed troops.", &[("~REB", "attacks", "~MIL", false, Done)]),
            ("a name before '-led' leads the forces after it", "Vietnamese-led forces shelled guerrilla camps.", &[("VNM", "attacks", "~REB", false, Done)]),
            ("'ethnic' names people by descent, not by state: a state's forces act on their own country's people", "Serb forces killed three ethnic Albanians.", &[("SRB", "kills", "SRB", false, Done)]),
            ("people named by descent protest where they live", "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", &[("SRB", "protests", "SRB", false, Done)]),
            ("a protest against an institution named by role alone is against the protesters' own country's", "Algerian landowners began a hunger strike outside Parliament.", &[("DZA", "protests", "DZA", false, Done)]),
            ("protesters named by role alone are of the country where they protest", "Supporters of the former president blocked roads in Algiers.", &[("DZA", "protests", "DZA", false, Done)]),
            ("a government's coercion of no one named is of its own country", "Sudan's government imposed a curfew in Khartoum.", &[("SDN", "coerces", "SDN", false, Done)]),
            ("a direction or 'neighbouring' may stand between a role word and its country", "Syria says it is willing to withdraw its troops from neighbouring Lebanon.", &[("LBN", "agrees", "SYR", false, Done)]),
            ("agreeing to a ceasefire is an agreement between the sides", "Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting.", &[("BIH", "agrees", "SVN", false, Done)]),
            ("a concession is news with its source alone", "Hamas declared a unilateral ceasefire on Wednesday.", &[("HAMAS", "concedes", "-", false, Done)]),
            ("a speaker before an appositive is the subject of the speech verb after it", "Hamas, the Islamist group that rules Gaza, said it would attack Israel.", &[("HAMAS", "attacks", "ISR", false, Planned)]),
            ("a bare state acts on its own rebels, opposition or people: a domestic event", "Croatia is investigating Croatian extremists. Sudan arrested Sudanese activists. Turkey criticized the Turkish government.", &[("HRV", "investigates", "HRV", false, Done), ("SDN", "coerces", "SDN", false, Done)]),
            ("a place after 'near' is where, not who: its country codes an attack that names no attacker", "A bomb near Baghdad killed two soldiers.", &[("IRQ", "kills", "~MIL", false, Done)]),
            ("'over' links an accusation to its content, past number words", "Lebanon accused Israel over two air raids.", &[("LBN", "accuses", "ISR", false, Done)]),
            ("reducing, prohibiting or stopping aid is a sanction", "Japan reduced food aid to North Korea. Russia stopped military aid to Syria.", &[("JPN", "sanctions", "PRK", false, Done), ("RUS", "sanctions", "SYR", false, Done)]),
            ("strengthening one's forces in a place is a mobilization against it", "Israel has strengthened its forces in Lebanon.", &[("ISR", "mobilizes", "LBN", false, Done)]),
            ("an aid noun after a verb of giving and its first object: given by the subject to the object", "Finland will give Tanzania a grant. The European Community gave the Ivory Coast 5 million dollars of aid.", &[("FIN", "aids", "TZA", false, Planned), ("EU", "aids", "CIV", false, Done)]),
            ("verbs of giving with what is given are aid", "The United States continued to send arms to Pakistan.", &[("USA", "aids", "PAK", false, Done)]),
            ("signing a formal agreement is diplomatic cooperation (CAMEO 057), not a promise", "Libya and Bulgaria signed a treaty of friendship. Germany will sign an agreement with Poland.", &[("BGR", "signs", "LBY", false, Done), ("DEU", "signs", "POL", false, Planned)]),
            ("coordinated subjects with 'their' act on each other", "Czechia and Albania have upgraded their diplomatic ties. France and Germany restored their ties with Iran.", &[("CZE", "supports", "ALB", false, Done), ("ALB", "supports", "CZE", false, Done), ("FRA", "supports", "IRN", false, Done), ("DEU", "supports", "IRN", false, Done)]),
            ("a people's plural names its civilians, who can be the other side of their own government", "Iraqi police arrested Iraqis. Young Algerians blocked roads in protest against the Algerian government.", &[("IRQ", "coerces", "IRQ", false, Done), ("DZA", "protests", "DZA", false, Done)]),
            ("a participle after a comma, and one coordinated with it, shares the subject of the verb before it; a word for the actors after a verb cue is its object, not the same event", "Sudanese police dispersed demonstrators in Khartoum, killing two and arresting 30. Iran condemned the raid, accusing Israel of aggression.", &[("SDN", "coerces", "SDN", false, Done), ("SDN", "kills", "-", false, Done), ("IRN", "accuses", "ISR", false, Done)]),
            ("protesters named by role alone, with no place, protest against their own government", "Refugees began a hunger strike in protest of the Russian government's refusal to grant them asylum.", &[("RUS", "protests", "RUS", false, Done)]),
            ("a place right before an English role word gives it its country", "The Sudanese government accused Darfur rebels of violating the ceasefire.", &[("SDN", "accuses", "SDN", false, Done)]),
            ("an offer of the subject's own forces is made to the mention after them; 'allow' is a concession", "Syria offered its troops to Lebanon. Iraq said it would allow the return of UN inspectors.", &[("LBN", "agrees", "SYR", false, Done), ("IRQ", "concedes", "UN", false, Planned)]),
            ("a coercive measure eased by a concession is its object; after a reduction its easing is a concession", "Sudan's government shortened the nightly curfew. Sudan's government lifted the nightly curfew.", &[("SDN", "concedes", "SDN", false, Done), ("SDN", "concedes", "SDN", false, Done)]),
            ("a state's forces named after a conjunction share the country before them; a cue keeps a role word from the place after it", "Israeli helicopters and tanks shelled Gaza. Sudanese police and soldiers arrested two British journalists.", &[("ISR", "attacks", "PSE", false, Done), ("SDN", "coerces", "GBR", false, Done)]),
            ("victims named by role alone are of the country where they were attacked", "Two suicide bombers killed 23 civilians late on Sunday in Tel Aviv.", &[("~REB", "kills", "ISR", false, Done)]),
            ("'between' after a mention belongs to it, not to the cue", "Israel shared evidence with the United States about contacts between Iran and Syria.", &[("ISR", "cooperates", "USA", false, Done)]),
            ("a coercion with no target is aimed at the place it names; ending aid is a sanction", "Israel reimposed blockades in the West Bank. Japan ended economic aid to Serbia.", &[("ISR", "coerces", "PSE", false, Done), ("JPN", "sanctions", "SRB", false, Done)]),
            ("a threat with no one named is against the place it names", "Hamas threatened to resume its activities in the West Bank.", &[("HAMAS", "threatens", "PSE", false, Done)]),
            ("a thousands separator is no clause break", "The Israeli army forced out more than 1,000 Palestinian refugees.", &[("ISR", "coerces", "PSE", false, Done)]),
            ("cue classes: welcoming a visitor, sharing expertise, pressing for, hacking, sexual assault, closing a border", "The French president gave a warm welcome to the South African president. Afghanistan has been sharing expertise with Sri Lanka. The UK is pushing hard for the US to support the plan. North Korea tried to hack into computers of South Korean officers. US border agents sexually abused Mexican immigrants. Russia closed its border with Georgia.", &[("FRA", "hosts", "ZAF", false, Done), ("AFG", "cooperates", "LKA", false, Done), ("GBR", "demands", "USA", false, Done), ("PRK", "coerces", "KOR", false, Done), ("USA", "attacks", "MEX", false, Done), ("RUS", "sanctions", "GEO", false, Done)]),
            ("a direction between 'in' and a place keeps it a place; a government's threatened coercion of no one named is of its own country; curfew verbs", "Iraq's government imposed martial law in central Baghdad. The Algerian government threatened to institute a curfew in Algiers. The Ivorian government said it will extend the night-time curfew in Abidjan.", &[("IRQ", "coerces", "IRQ", false, Done), ("DZA", "threatens", "DZA", false, Done), ("CIV", "coerces", "CIV", false, Planned)]),
            ("the demand a protest is held for is its content, and names its target; a direction may link a role word to its country", "Islamic fundamentalists continued their hunger strike to demand the resignation of the Algerian president. Thousands of Iraqi Kurds demonstrated calling for independence from Iraq. Ethnic Albanians in south Serbia demanded talks with the United Nations.", &[("DZA", "protests", "DZA", false, Done), ("IRQ", "protests", "IRQ", false, Done), ("SRB", "demands", "UN", false, Done)]),
            ("a conditional refusal stays a refusal: only a planned material conflict or withdrawal becomes a threat", "Syria says it will not accept any more Iraqi refugees if war starts.", &[("SYR", "rejects", "IRQ", false, Planned)]),
            ("a participle after a passive auxiliary is a passive: its subject is the target; a participle of a state is not", "Three Iraqi civilians were killed in a bombing. Two Turkish journalists were reportedly arrested in Tehran. Israel is opposed to French mediation.", &[("-", "kills", "IRQ", false, Done), ("-", "coerces", "TUR", false, Done), ("ISR", "rejects", "FRA", false, Done)]),
            ("the topic of talks is their content, not another event, a word of time between", "Israel and Lebanon renewed negotiations today on an Israeli troop pullback from Lebanon.", &[("ISR", "negotiates", "LBN", false, Done)]),
            ("a role word that is also an adjective, before a plain noun, names no one; after a speaker, the mention after a speech verb is the reported clause's", "Palestinian leaders said they would boycott all official contact with the United States. An official said Israel attacked Gaza.", &[("PSE", "sanctions", "USA", false, Planned), ("ISR", "attacks", "PSE", false, Done)]),
            ("a state's or a people's name one letter off is that state, but not after a given name", "Ethopia has agreed to reopen its border with Eritrea. Pakistan rejected a fresh offer from Afganistan. Alfred Brittain said Germain attacked the Ghanian embassy.", &[("ERI", "agrees", "ETH", false, Done), ("PAK", "rejects", "AFG", false, Done), ("-", "attacks", "GHA", false, Done)]),
            ("after a pronoun that speaks, the mention after the speech verb is the reported clause's subject", "He said Ghanaians attacked the embassy. Israel attacked Gaza, said the minister.", &[("GHA", "attacks", "~GOV", false, Done), ("ISR", "attacks", "PSE", false, Done)]),
            ("a mobilization's countryless forces are the subject's own: the target is the mention after them", "Britain mobilized army reservists for a possible war against Iraq. Israel deployed troops along the border with Lebanon.", &[("GBR", "mobilizes", "IRQ", false, Done), ("ISR", "mobilizes", "LBN", false, Done)]),
            ("exercises held by two states' forces together are military cooperation", "French and Egyptian warships launched 10 days of war games in the Mediterranean. Russia held naval drills in the Baltic Sea.", &[("EGY", "cooperates", "FRA", false, Done), ("RUS", "mobilizes", "-", false, Done)]),
            ("a possible material conflict under a condition is a threat; an event noun after a reported pronoun's verb is the speaker's", "The European Community may halt mediation efforts in Serbia if the parties do not cooperate. NATO said it would impose a naval blockade of Serbia.", &[("EU", "threatens", "SRB", false, Done), ("NATO", "coerces", "SRB", false, Planned)]),
            ("an attack whose text names no attacker has the country where it happened as its source; 'near the town of' is a place, not a subject", "A roadside bombing near the town of Samarra killed one U.S. soldier. A minefield explosion near the town of Samarra killed two Iraqi youths.", &[("IRQ", "kills", "USA", false, Done), ("IRQ", "kills", "IRQ", false, Done)]),
            ("deaths by nature or accident are no one's attack; an attack on victims with no attacker named is not coded with a place the victims are not in", "Hailstorms in south China killed two people. The plane crashed near Tokyo, killing 520 people.", &[]),
            ("a 'by' far after an event noun names another noun's agent", "Palestinian youths threw stones during demonstrations against the alleged human rights violations by the Israeli military.", &[("PSE", "protests", "ISR", false, Done)]),
            ("what a protest is against is its target, before the place where it is held", "Students demonstrated in Cairo against Israel. Hundreds of thousands of people blocked streets in Hong Kong in defiance of Chinese authorities.", &[("EGY", "protests", "ISR", false, Done), ("HKG", "protests", "CHN", false, Done)]),
            ("a speech verb whose object is an event noun is its light verb; 'said' takes a clause", "The United States announced sanctions against Iran. The Haitian government declared a 30-day state of siege. The Iraqi army said attacks on Turkey continued.", &[("USA", "sanctions", "IRN", false, Done), ("HTI", "coerces", "HTI", false, Done)]),
            ("a phrase named by role alone belongs to the named actor after its 'loyal to'", "Turkish troops attacked militants loyal to President Bashar al-Assad.", &[("TUR", "attacks", "SYR", false, Done)]),
            ("a phrase named by role alone belongs to the named actor after its 'of', past modifiers", "The government of President Joe Biden imposed sanctions on Iran. Hundreds of supporters of former President Donald Trump marched to the Capitol.", &[("USA", "sanctions", "IRN", false, Done), ("USA", "protests", "USA", false, Done)]),
            ("a people named with the state they live in after 'of' are its civilians; blocking roads or transport is a protest (CAMEO 144)", "The Albanians of southern Serbia are demanding autonomy from Serbian authorities. Rebels in the Ivory Coast blocked transport into Abidjan.", &[("SRB", "demands", "SRB", false, Done), ("CIV", "protests", "CIV", false, Done)]),
            ("a complaint made to someone is against whom it is over", "Lebanon complained to the United Nations over an Israeli decision.", &[("LBN", "criticizes", "ISR", false, Done)]),
            ("forces do not visit: arriving peacekeepers are protection given, other forces a deployment", "NATO peacekeeping troops have arrived in Bosnia. Russian troops arrived in Syria. UN inspectors arrived in Iraq.", &[("NATO", "aids", "BIH", false, Done), ("RUS", "mobilizes", "SYR", false, Done), ("UN", "visits", "IRQ", false, Done)]),
            ("a governing cue's direct object is its content, one modifier before it at most; a commander visits", "South Korea rejected North Korea's consistent demand to sever its alliance with Washington. Iranian General Qassem Soleimani visited Moscow.", &[("KOR", "rejects", "PRK", false, Done), ("IRN", "visits", "RUS", false, Done)]),
            ("protesters an attack or a coercion is done to are its object: the word for them reports no protest", "Egyptian police opened fire to disperse demonstrators in Cairo.", &[("EGY", "attacks", "EGY", false, Done), ("EGY", "coerces", "EGY", false, Done)]),
            ("protesters a coercion is done to protest when a verb says so", "Liberian police dispersed demonstrators protesting election results in Monrovia.", &[("LBR", "coerces", "LBR", false, Done), ("LBR", "protests", "LBR", false, Done)]),
            ("a condemnation governs the attack it names: no attack by the condemner (and the victims are not the ones condemned)", "The United States condemns attacks on worshippers in Iraq. United States Condemns Attack on Worshippers in Iraq", &[]),
            ("a noun for an agreement names a document, not an event: agreeing is reported with a verb", "The Paris pact between the United States and Japan has stabilized currencies. Egypt and Jordan reached an agreement on trade.", &[("EGY", "agrees", "JOR", false, Done)]),
            ("an act after a modal of possibility is a hypothesis, not news; a threat's own verb stays", "Venezuela might consult with Brazil on the meeting. The United States may lift its sanctions against Japan. Iraq may threaten Kuwait.", &[("IRQ", "threatens", "KWT", false, Done)]),
            ("a state's name between 'the' and a noun for a meeting or an accord is where it was held, not a party", "Italy refused to join the Paris pact. Iran and Iraq held talks in Geneva.", &[("ITA", "rejects", "-", false, Done), ("IRN", "meets", "IRQ", false, Done)]),
            ("an idiom holds a cue's words in another sense: declining to comment or disclose is no refusal", "The United States declined to comment on the report. Iraq declined to disclose its plans. Iraq refused to attend the meeting.", &[("IRQ", "rejects", "-", false, Done)]),
            ("a state's name before a currency or a money word of markets names a thing, not an actor; before goods it stays the state", "Japan's finance minister welcomed the rise of the U.S. dollar. The United States imposed tariffs on Japanese exports.", &[("USA", "sanctions", "JPN", false, Done)]),
            ("a capability or an entitlement is no event; a wish or a likelihood is an act planned; 'hammered out' is no attack", "The EC is keen to negotiate with Japan. Britain retained powers to withdraw tax credits from U.S. companies. Iran and Iraq hammered out an agreement.", &[("EU", "negotiates", "JPN", false, Planned)]),
            ("not hesitating is doing; a future one is planned (a threat, CAMEO 138)", "Israel did not hesitate to attack Gaza. Iraq will not hesitate to attack Kuwait.", &[("ISR", "attacks", "PSE", false, Done), ("IRQ", "attacks", "KWT", false, Planned)]),
            ("a battle in court, in markets or in a budget is a contest, and a battle tank or group a thing; pounds of a currency are money", "Texaco and the United States are locked in a court battle. The bid battle between Japan and the United States for the firm heats up. The U.S. Navy battle group entered the Gulf. Iran bought Syrian pounds and billions of pounds sterling. Iraq attacked Iran near Basra.", &[("IRQ", "attacks", "IRN", false, Done)]),
            ("in a sentence about a match teams meet and attack in play; an armed group's attack stays news", "Brazil met Germany in the World Cup semi-final. Italy attacked Scotland in the semi-final. The Bernabeu was targeted by ETA before a Champions League semi-final.", &[("ETA", "attacks", "-", false, Done)]),
            ("an infinitive after a word of being due, certain or trying is a plan; after an act it is the act's purpose, done", "Turkey was due to meet Greece today. Italy was certain to oppose the EC plan. Nigeria is attempting to negotiate with Britain. Egyptian police opened fire to disperse demonstrators.", &[("GRC", "meets", "TUR", false, Planned), ("ITA", "rejects", "EU", false, Planned), ("GBR", "negotiates", "NGA", false, Planned), ("EGY", "attacks", "EGY", false, Done), ("EGY", "coerces", "EGY", false, Done)]),
            ("a cue whose complement is a share or a rate moves a quantity of markets: no one's act; a count of people stays an act", "Retail sales of new cars by U.S. automakers eased 2.2 pct in early March. Britain's shares closed down 8% in trade. Australia's unemployment rate eased to 8.2 pct. Chadian troops killed 384 Libyans.", &[("TCD", "kills", "LBY", false, Done)]),
            ("conceding that is saying, and a press release a statement: neither frees anyone", "Brazilian officials conceded that Brazil faced a debt crisis. The Japanese government issued a press release on Monday. Israel released 50 Palestinian prisoners.", &[("ISR", "concedes", "PSE", false, Done)]),
            ("a stock ticker in angle brackets after a company's name is no actor", "India criticized Union Carbide Corp <UK> over the Bhopal disaster. Iran <IR> attacked Iraq <IQ.L>.", &[("IRN", "attacks", "IRQ", false, Done)]),
            ("the actors named between a governing cue and its content do not hide the link", "Iran rejected Turkish President Recep Tayyip Erdogan's proposal for a cease-fire during Ramadan. Serbia rejected an Australian ultimatum to hand over a guard.", &[("IRN", "rejects", "TUR", false, Done), ("SRB", "rejects", "AUS", false, Done)]),
            ("what one comes under is done by whoever it is from; after a noun's agent, what it is aimed at; the verb whose subject holds that noun is its agent's", "Japan has come under growing criticism from both the United States and Europe. The Iraqi army came under attack from Iranian troops. An attack by Iran in the Gulf against Iraq killed 10 soldiers.", &[("USA", "criticizes", "JPN", false, Done), ("IRN", "attacks", "IRQ", false, Done), ("IRN", "attacks", "IRQ", false, Done), ("IRN", "kills", "~MIL", false, Done)]),
            ("a time after the article's makes an act to come, unless another noun owns it; so does the present in a clause of time, and an infinitive after a word of intent and a day; a time belongs to the act before it", "Iran and Iraq hold talks next week. Iraq shelled Iranian towns ahead of next week's talks. Iraqi workers voted Sunday to go on strike. The company has five days to settle before Iraqi workers go on strike. Britain will review its policy when President Biden visits Tokyo. President Biden visits Paris next week, and Germany cooperates with France.", &[("IRN", "meets", "IRQ", false, Planned), ("IRQ", "attacks", "IRN", false, Done), ("IRQ", "protests", "IRQ", false, Planned), ("IRQ", "protests", "IRQ", false, Planned), ("USA", "visits", "JPN", false, Planned), ("USA", "visits", "FRA", false, Planned), ("DEU", "cooperates", "FRA", false, Done)]),
            ("what is not ruled out is a possibility, neither a refusal nor an act; what is ruled out is refused", "Iraq had not ruled out talks with Iran. Britain did not rule out sanctions against Libya. Iraq ruled out talks with Iran.", &[("IRQ", "rejects", "IRN", false, Done)]),
            ("businesses on both sides, or a business alone with its country, are a market's news; a business accusing a state stays; turning one's back is no support", "Dutch chemical group Akzo agreed to cooperate with Japanese chipmakers. Japanese banks withdrew from the market. U.S. semiconductor makers accused Japan of dumping. Detroit carmakers had turned their backs on America.", &[("USA", "accuses", "JPN", false, Done)]),
            ("withdrawing an objection is a concession; what no report mentions, what a poster features and what one is protected against are no acts", "France has withdrawn its objections to the budget. Iraqi communiques made no mention of fighting with Iran. The campaigners unveiled a poster featuring British soldiers fighting Iraq. Kuwaiti tankers gained protection against Iranian attacks.", &[("FRA", "concedes", "-", false, Done)]),
            ("an industrial blast is an accident, no attack; a slew of things is many of them", "Two Iraqi workers were killed in an explosion and fire at the refinery. The current slew of British bands delights fans.", &[]),
            ("executing an agreement or an order carries it out: no one is put to death", "CIS Technologies said it executed a share purchase agreement with Swiss Reinsurance of Zurich. Iran executed 20 Kurdish rebels.", &[("IRN", "kills", "~REB", false, Done)]),
            ("a round of trade talks named for where it opened is no party to them", "Australia agreed to put the waiver on the table during the Uruguay Round.", &[]),
            ("an act being prepared is to come; what is feared or expected is no act", "Iran is preparing lawsuits against the United States. Kuwait voiced fears that Iran would attack its tankers.", &[("IRN", "accuses", "USA", false, Planned)]),
            ("a form in -s with 'from' after it is a plural noun, from whom it comes", "Brazil faces pressures from Washington to open its markets. Iraq faces threats from Iran.", &[("USA", "demands", "BRA", false, Done), ("IRN", "threatens", "IRQ", false, Done)]),
            ("the subject of a verb of watching or reporting does not do the act its object names; a verb of doing's subject does", "Only last week, the world media highlighted the killing of the Dutch film maker Theo van Gogh. NATO forces are monitoring the deployment of Soviet submarines in the Atlantic. Iran staged a massive offensive against Iraq. The Iranians reportedly launched a new offensive against Iraqi positions.", &[("IRN", "attacks", "IRQ", false, Done), ("IRN", "attacks", "IRQ", false, Done)]),
            ("workers who strike a workplace, or strike with a phrase of place or an auxiliary between, stop work; workers who strike the police attack", "Members of the United Food and Commercial Workers Union struck the pork processing plant at midnight Sunday. The workers at Anglo's Vaal Colliery had struck to protest the refusal of officials. Iraqi workers struck the police station.", &[("IRQ", "protests", "IRQ", false, Done), ("IRQ", "protests", "IRQ", false, Done), ("IRQ", "attacks", "~COP", false, Done)]),
            ("an attack helicopter or submarine is a craft, no attack", "Russian propellers have been mounted on Russian attack submarines. The U.S. Army wants to protect its forces from Russian attack helicopters.", &[]),
            ("what efforts are aimed at is to come", "Ozal said the envoy came to brief the government on efforts aimed at starting discussions between Turkey and Greece.", &[("GRC", "meets", "TUR", false, Planned)]),
            ("an event noun of any kind at all is a hypothesis; arresting a decline halts it", "Any Iranian attack on Soviet ships in the Gulf will bring a forceful response. The measures arrested the decline of the dollar. Iraq launched an attack on Iran.", &[("IRQ", "attacks", "IRN", false, Done)]),
            ("an event noun said to be possible or potential is no event", "President Reagan pledged to protect Kuwaiti tankers from possible Iranian attack. Greek and Turkish warships headed for a possible clash. Iraq launched an attack on Iran.", &[("IRQ", "attacks", "IRN", false, Done)]),
            ("a rocket lifts off; the tennis majors and the jumpers of athletics are sport", "The Delta rocket lifted off at 1805 EST. British triple jumper Ashia Hansen has ruled out a comeback. The Swiss sounded warning of the dominance to come at the Australian Open.", &[]),
            ("to lift crude or a cargo is to load it, no easing; a measure on it is eased", "Japanese companies decided to lift Iranian crude oil. The United States lifted sanctions against Libya. The United States lifted the oil embargo against Iran.", &[("USA", "concedes", "LBY", false, Done), ("USA", "concedes", "IRN", false, Done)]),
            ("an attack said to be made in words (accusing, describing) is a criticism", "The Turkish foreign minister attacked the Greek government, accusing it of violating the treaty.", &[("TUR", "criticizes", "GRC", false, Done)]),
            ("a possessive role word opening what a speech verb reports is the speaker's; one withdraws from a place of one's own country, not from oneself", "Israel said its troops killed 20 militants. Hamas said its fighters attacked an Israeli patrol. Israel withdrew its troops from Lebanon. Bosnian Serbs said their forces had completed their withdrawal from the Bosnian town of Gorazde.", &[("ISR", "kills", "~REB", false, Done), ("HAMAS", "attacks", "ISR", false, Done), ("ISR", "withdraws", "LBN", false, Done), ("BIH", "withdraws", "-", false, Done)]),
            ("a place after 'through the streets of' is where a march went", "Students rallied through the streets of Cairo against Israel.", &[("~EDU", "protests", "ISR", false, Done)]),
            ("what may be able to happen is a hypothesis", "The U.S. may be able to lift trade sanctions against Japan by the end of June. Japan lifted its ban on U.S. beef.", &[("JPN", "concedes", "USA", false, Done)]),
            ("a fire at a place is no gunfire: its dead died by accident", "Laws on net cafes were introduced in 2002 following a fire at one cafe in Beijing that killed 25 people. Gunmen opened fire at a checkpoint in Baghdad, killing three policemen.", &[("~REB", "attacks", "IRQ", false, Done), ("~REB", "kills", "~COP", false, Done)]),
            ("what is done at the request of a party is asked by it of the clause's subject", "The Canadians postponed the deadline at the request of the European Commission. Japan sent troops to Iraq at the request of the United States.", &[("EU", "requests", "CAN", false, Done), ("JPN", "mobilizes", "IRQ", false, Done), ("USA", "requests", "JPN", false, Done)]),
            ("the place of a meeting is its venue, whatever is done about the meeting; a meeting that ends was held, aid that ends is cut", "Italy boycotted a meeting in Paris of its G-7 partners. Iran and Iraq ended two days of talks in Geneva. Japan ended its economic aid to Burma.", &[("ITA", "sanctions", "G7", false, Done), ("IRN", "meets", "IRQ", false, Done), ("JPN", "sanctions", "MMR", false, Done)]),
            ("an amount may stand between a noun of giving and the from that names the giver", "Egypt won aid of 200 mln dlrs from the United States.", &[("USA", "aids", "EGY", false, Done)]),
            ("what a list of parties agrees to do to a named party is each one's with it, not between them; what they agree to do together stays between them", "Norway, Egypt and Mexico agreed to help OPEC by restraining production. Iran and Iraq agreed to exchange prisoners.", &[("NOR", "agrees", "OPEC", false, Done), ("EGY", "agrees", "OPEC", false, Done), ("MEX", "agrees", "OPEC", false, Done), ("IRN", "agrees", "IRQ", false, Done)]),
            ("whose removal a protest demands is whom it is against, and where one takes to the streets is where it is held", "Thousands of demonstrators took to the streets of Seoul, demanding the removal of the Japanese ambassador.", &[("~OPP", "protests", "JPN", false, Done)]),
            ("lifting a figure raises it, no measure is eased", "The Reserve Bank of Australia lifted interest rates 0.25% to 5.5%. The U.S. lifted restrictions on exports to China.", &[("USA", "concedes", "CHN", false, Done)]),
            ("a market or a figure right before a verb is its subject: a market moves, no one acts", "U.S. oil stocks rallied in response to the offer. The Ontario government's treasury bills yielded an average of 6.91 pct. Students rallied against the government in Seoul.", &[("KOR", "protests", "KOR", false, Done)]),
            ("a qualifier is a player", "Canadian qualifier Frank Dancevic downed American Jeff Morrison 4-6 7-6 6-0.", &[]),
            ("the antecedent of a relative clause with its own subject is the verb's object", "The rebels, whom the army attacked yesterday, fled to Syria. Iran, which Iraq attacked in 1980, demanded reparations.", &[("~MIL", "attacks", "~REB", false, Done), ("IRQ", "attacks", "IRN", false, Done)]),
            ("allowing a thing or a market is no concession to anyone; allowing a side is", "Saudi Arabia allowed its output to sink to two mln bpd. Egypt allowed five fugitive Libyan soldiers to stay in the country. The U.S. said it will not allow Iran to use the missiles.", &[("EGY", "concedes", "LBY", false, Done), ("USA", "concedes", "IRN", true, Planned)]),
            ("releasing a report or shutting down a plant acts on no one; releasing a side is a concession", "The U.S. Agriculture Department released its loan activity report. FPL Group Inc shut down a nuclear reactor at its Turkey Point power plant. Iran released two British sailors.", &[("IRN", "concedes", "GBR", false, Done)]),
            ("declining to state a position or to give details is no refusal of anything", "Canada declined to state a position. Madrid declined to give more details on the talks. Britain declined to cooperate with OPEC.", &[("GBR", "rejects", "OPEC", false, Done)]),
            ("a rallying cry is an appeal, an offensive of sales no assault, and a Six Nations clash a match", "The British prime minister issued a rallying cry to supporters. Simon Taylor has been named in the Scotland squad for Saturday's Six Nations clash with Italy. Japanese exporters switched their sales offensive from the U.S. to Europe.", &[]),
            ("a decision on a measure is yet to come; who is to blame for an act did it, and 'is to' is then no plan", "The U.S. president today is to announce a decision on tough new tariffs on Japanese exports. The U.S. was to blame for the attack on Iran.", &[("USA", "sanctions", "JPN", false, Planned), ("USA", "attacks", "IRN", false, Done)]),
            ("whom partners fight together is their common enemy, no partner", "Turkey discussed cooperation in the fight against Islamic State.", &[]),
            ("a noun's event is to come when its predicate after it is a future verb of taking place", "Officials said talks between Iran and Iraq are expected to resume in Geneva. A summit between Egypt and Sudan will be held in Cairo.", &[("IRN", "meets", "IRQ", false, Planned), ("EGY", "meets", "SDN", false, Planned)]),
            ("an attack or a clash for what someone did, or about a topic, is one of words; not about a distance", "The Egyptian foreign minister attacked Israel for failing to stop the settlements. The Egyptian foreign minister clashed with Israeli officials about how the talks were run. The Egyptian army attacked an Israeli post about 20 miles east of the border.", &[("EGY", "criticizes", "ISR", false, Done), ("EGY", "criticizes", "ISR", false, Done), ("EGY", "attacks", "ISR", false, Done)]),
            ("a name after non- is no mention: non-OPEC producers are not OPEC", "Saudi Arabia called on non-OPEC producers to cut output.", &[]),
            ("winter kill is frost damage, and a capsized ship an accident", "Winter kill has probably affected West German winter barley. A West German ferry capsized off the Egyptian coast and one of its crew members was killed.", &[]),
            ("a day named by its date after the article's makes an act to come", "He said the announcement was related to an August-5-6 summit meeting in Ottawa between the presidents of Egypt and Sudan.", &[("EGY", "meets", "SDN", false, Planned)]),
            ("a place opening its line before a dash is a dateline, no actor; a name with an apposition between dashes stays", "Manila - The bank said it had approved two loans to Nepal.\nEgypt - the largest Arab state - signed an accord with Israel.", &[("EGY", "signs", "ISR", false, Done)]),
            ("whom an accusation is against is its target, not the court or body it is lodged with", "Britain filed a lawsuit in a U.S. district court against Japan. The US filed a complaint with the WTO against the European Union.", &[("GBR", "accuses", "JPN", false, Done), ("USA", "criticizes", "EU", false, Done)]),
            ("the continents and regions named America are no state", "Delegates from across Latin America opened a meeting with the United Nations. Brazil will attend the meeting along with the Central American producers.", &[]),
            ("whoever died, or was killed or wounded, in an assault a noun names suffered it; not whoever killed in it", "A U.S. military adviser died today in a major battle in northern El Salvador. Iranian troops killed 20 Iraqi soldiers in an attack on the border.", &[("IRN", "kills", "IRQ", false, Done)]),
            ("a participle set off by a comma after a noun no mention names modifies that noun, not the mention before it", "Syrian troops would deploy around the camp, besieged by Amal militia. Canada, strongly supported by Australia, has championed the cause.", &[("SYR", "mobilizes", "-", false, Planned), ("~REB", "coerces", "-", false, Done), ("AUS", "supports", "CAN", false, Done)]),
            ("an act its predicate says is weighed or being arranged is to come; the London interbank rate is no London", "A senior Russian official said a visit to Moscow by the Egyptian foreign minister was under consideration. Argentina is pressing for a margin over the London Interbank Offered Rate.", &[("EGY", "visits", "RUS", false, Planned)]),
            ("praise for a side's failure or defeat is none for the side", "Iraq hailed the failure of Iran's offensive. Iraq hailed Iran's decision.", &[("IRQ", "supports", "IRN", false, Done)]),
            ("a fight between sides named after its noun is read as a fight, not as the death report of the mention before it", "More than 60 Spanish workers were injured in pitched battles between police and steel workers.", &[("ESP", "attacks", "~COP", false, Done)]),
            ("not stopping is going on: the support is not negated", "The United States will not stop supporting Ukraine.", &[("USA", "supports", "UKR", false, Planned)]),
            ("a strike by workers is their protest, not an attack; pounds after a number and a state's name are a weight", "Miners launched a strike against the Polish government. The coin weighs about 2.5 U.S. pounds.", &[("POL", "protests", "POL", false, Done)]),
            ("ordering a count of goods is buying them, no demand", "Canadian Airlines said it ordered six new airplanes from British Aerospace. India ordered the expulsion of two Pakistani diplomats.", &[("IND", "demands", "PAK", false, Done)]),
            ("a name after and with a verb of saying opens a clause: it is no object of the act before", "Iran has conducted repeated attacks on shipping in the Gulf and U.S. officials have said that the attacks must stop.", &[("IRN", "attacks", "-", false, Done)]),
            ("a diplomatic, charm or peace offensive is a campaign of words, no attack", "Iran launched a diplomatic offensive against Saudi Arabia. Iraqi troops launched an offensive against Iran.", &[("IRQ", "attacks", "IRN", false, Done)]),
            ("a name before a word for a street or a spot names a local place", "FPL shut down Turkey Point Unit Four to repair a leak. Protesters marched down Georgia Avenue against Russia.", &[("~OPP", "protests", "RUS", false, Done)]),
            ("an English verb after the object's head and and shares the first verb's subject", "Iran attacked Iraqi territory and shelled its towns.", &[("IRN", "attacks", "IRQ", false, Done), ("IRN", "attacks", "~CVL", false, Done)]),
            ("what sparked a protest, and whoever owns it, did not protest", "The Kenyan government's decision sparked protests against the tax in Nairobi.", &[("-", "protests", "KEN", false, Done)]),
            ("a charge names a crime, no killing reported", "Police in Cairo charged the man with murder.", &[]),
            ("a noun predicate of an act of its own relation names that act again", "The United States said a new attack by Iran against Iraq does not appear to be a major offensive.", &[("IRN", "attacks", "IRQ", false, Done)]),
            ("what a question asks about is not reported", "Did Iran attack the tanker? Iraq attacked the tanker.", &[("IRQ", "attacks", "-", false, Done)]),
            ("a negation of another predicate, with the agreement its topic or object, makes no refusal; one over the agreement itself does", "Baker would not be specific about what agreement had been reached with Japan. The United States did not want to terminate the agreement with Japan. Israel did not agree to the plan.", &[("ISR", "rejects", "-", false, Done)]),
            ("what is set for a day of the week is to come (not what is done for that day's act)", "Unions have called a general strike for Wednesday. Police arrested two men for Wednesday's attack.", &[("~LAB", "protests", "-", false, Planned), ("~COP", "coerces", "-", false, Done)]),
            ("an attack on what is said or counted (forecasts, a law) is made in words", "Japan has also attacked OECD forecasts. Rebels attacked the town.", &[("JPN", "criticizes", "OECD", false, Done), ("~REB", "attacks", "~CVL", false, Done)]),
            ("a killing of oneself is a suicide", "The gunman killed himself after the attack.", &[]),
            ("an infinitive after a demand's addressee is what is demanded, its noun a few words on", "Kenya pressed the U.S. to increase its level of aid to Uganda.", &[("KEN", "demands", "USA", false, Done)]),
            ("a level may be approximate (declined to about); a veto after our is a power held", "The volume of EC oil imports from the Gulf had declined to around 31 pct of total imports. There is no question of Britain giving up our veto on our border controls.", &[]),
            ("withdrawing an offer, a bid or sales is a market's act; withdrawing troops is a retreat", "The West German producers had withdrawn all but 3,000 tonnes of their sales. Japan withdrew its takeover offer for the bank. Israel withdrew its troops from Gaza.", &[("ISR", "withdraws", "PSE", false, Done)]),
            ("permitting a thing (a share, permits) lets no party do anything; permitting a side does", "Sweden has also submitted a bid for the maximum 20 pct permitted, in association with French group Matra. Israel permitted 500 Palestinian workers to enter.", &[("ISR", "concedes", "PSE", false, Done)]),
            ("an English target is an aim or a market unless an armed party or a criminal stands on a side", "The industry is targeting people who run websites. The South African government is targeting three pct real growth. Rebels targeted an army convoy.", &[("~REB", "attacks", "~MIL", false, Done)]),
            ("a verb whose object is no ... is negated, and an agreement negated so is a refusal", "Brazil will accept no monitoring by the IMF.", &[("BRA", "rejects", "IMF", false, Planned)]),
            ("who faces a protest does not protest", "The government of Bolivia, faced with mounting social unrest against its economic policies, said the strike was a campaign.", &[]),
            ("downing tools is a strike", "About 1,000 employees of the colliery also downed tools.", &[("~LAB", "protests", "-", false, Done)]),
            ("forces that march are deployed; students who march protest", "Syrian troops marched into the Shatila refugee camp. Thousands of students marched on parliament.", &[("SYR", "mobilizes", "LBN", false, Done), ("~EDU", "protests", "~LEG", false, Done)]),
            ("a measure of sanction cut is a concession; one imposed is a sanction", "In January, Taiwan cut import tariffs on some 1,700 foreign products. The United States imposed tariffs on Japanese electronics.", &[("TWN", "concedes", "-", false, Done), ("USA", "sanctions", "JPN", false, Done)]),
            ("capturing a presidency or a title is winning it; capturing a town is force", "The coalition made a bid next year to capture the presidency from Mitterrand. Rebels captured the town of Goma.", &[("~REB", "attacks", "COD", false, Done)]),
            ("a raid by the police is a coercion; a strike that lasts days is a stoppage; deaths by fire are no one's act", "Finnish police raided a BitTorrent site. Spanish dockers began a nine-day strike on Wednesday. Rescue workers are bringing out miners trapped in a copper mine by fire which has so far killed one.", &[("FIN", "coerces", "-", false, Done), ("ESP", "protests", "-", false, Done)]),
            ("forces out of a place are troops, no verb of expelling", "Iraq said its troops were pushing Iranian forces out of positions they had occupied.", &[]),
            ("an international body whose meeting is held, or under which talks are, is their forum, no party; one talked with is", "Brazil is talking to creditors during a meeting of the Inter-American Development Bank. Taiwan held discussions with the Asian Development Bank.", &[("ADB", "meets", "TWN", false, Done)]),
        ],
        "en",
    );
}

#[test]
fn office_holders_within_their_years() {
    let en: &[Row] = &[
        (
            "a historical office-holder is known by name and years",
            "Mikhail Gorbachev met Ronald Reagan in Geneva.",
            &[("RUS", "meets", "USA", false, Done)],
        ),
        (
            "so is a historical foreign minister, by a distinctive surname too",
            "Shultz held talks with Eduard Shevardnadze in Moscow.",
            &[("RUS", "meets", "USA", false, Done)],
        ),
        (
            "bare 'Congo' was the Republic of the Congo while the DRC was Zaire",
            "Congo accused South Africa of aggression.",
            &[("COG", "accuses", "ZAF", false, Done)],
        ),
    ];
    let ar: &[Row] = &[(
        "a relative clause's passive verb has the antecedent as its target",
        "استقبل الرئيس المصري بينظير بوتو التي اغتيلت لاحقا.",
        &[
            ("EGY", "hosts", "PAK", false, Done),
            ("-", "kills", "PAK", false, Done),
        ],
    )];
    run_dated(en, "en", "1987-12-08");
    run_dated(ar, "ar", "1989-05-01");
    // Vice-presidents, interior ministers, religious and opposition
    // leaders (people.officials.tsv, people.nonstate.tsv).
    let deputies: &[Row] = &[
        (
            "a vice-president and an archbishop are known by name and years",
            "Vice-President Moody Awori met Archbishop Desmond Tutu in Nairobi.",
            &[("KEN", "meets", "ZAF", false, Done)],
        ),
        (
            "so are an interior minister and an opposition leader",
            "Interior Minister Aftab Sherpao allowed opposition leader Maulana Fazl-ur-Rehman to hold a rally.",
            &[
                ("PAK", "concedes", "PAK", false, Done),
                ("PAK", "protests", "PAK", false, Planned),
            ],
        ),
    ];
    run_dated(deputies, "en", "2005-05-01");
    // A state named before a title is the person's: no Costa Rican vice-
    // president one letter from a German minister's surname.
    let titled: &[Row] = &[(
        "a near surname keeps the state named before its title",
        "German Foreign Minister Oskar Fischer visited Albania.",
        &[("DEU", "visits", "ALB", false, Done)],
    )];
    run_dated(titled, "en", "1999-05-01");
    // Out of office, the names are no one's: no event.
    let later: &[Row] = &[
        (
            "an office-holder's name outside their years is no one's",
            "Mikhail Gorbachev met Ronald Reagan in Geneva.",
            &[],
        ),
        (
            "since 1997 bare 'Congo' is the DRC",
            "Congo accused South Africa of aggression.",
            &[("COD", "accuses", "ZAF", false, Done)],
        ),
    ];
    run_dated(later, "en", "2021-06-01");
}

/// Parties, armed groups, movements and state institutions are coded as
/// their state and role for the article's year (`groups.parties.tsv`,
/// `groups.armed.tsv`, `organizations.tsv`, `institutions.tsv`): a party in
/// government is GOV, out of it OPP; an armed group is REB in its years;
/// an institution is itself only while it bore its name. An undated
/// article takes the latest role.
#[test]
fn groups_and_institutions_by_their_years() {
    let ex = Extractor::new(&LEX);
    let rows: &[(&str, Option<&str>, &str, &str)] = &[
        ("the Homeland Union", Some("1998-03-01"), "GOV", "LTU"),
        ("the Homeland Union", Some("2005-03-01"), "OPP", "LTU"),
        (
            "Azadliq opposition coalition",
            Some("2005-11-01"),
            "OPP",
            "AZE",
        ),
        ("the Contras", Some("1987-06-01"), "REB", "NIC"),
        ("the Contras", Some("2021-06-01"), "-", "-"),
        // A group that went on to govern is its party after the war, and
        // in an undated article.
        ("the PUK", Some("1988-06-01"), "REB", "IRQ"),
        ("the PUK", Some("2010-06-01"), "GOV", "IRQ"),
        ("the PUK", None, "GOV", "IRQ"),
        ("حزب المؤتمر الشعبي العام", Some("2015-06-01"), "GOV", "YEM"),
        // Institutions by the years they bore their name.
        ("the KGB", Some("1985-06-01"), "SPY", "RUS"),
        ("the KGB", Some("2005-06-01"), "-", "-"),
        // Movements that went on to govern, or to war, by their years.
        ("the PLO", Some("1985-06-01"), "REB", "PSE"),
        ("the PLO", Some("2005-06-01"), "GOV", "PSE"),
        ("منظمة التحرير الفلسطينية", None, "GOV", "PSE"),
        ("Fatah", Some("1975-06-01"), "REB", "PSE"),
        (
            "the Islamic Salvation Front",
            Some("1991-06-01"),
            "OPP",
            "DZA",
        ),
        (
            "the Islamic Salvation Front",
            Some("1995-06-01"),
            "REB",
            "DZA",
        ),
    ];
    let mut failures = Vec::new();
    for &(phrase, date, role, country) in rows {
        let got = ex
            .describe(phrase, date)
            .map_or(("-".to_string(), "-".to_string()), |r| {
                (
                    r.role.unwrap_or_else(|| "-".into()),
                    r.country.unwrap_or_else(|| "-".into()),
                )
            });
        if got != (role.to_string(), country.to_string()) {
            failures.push(format!(
                "{phrase} ({date:?}): want {role} {country}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The government a protest is implied to address is a side with no
/// mention: empty text and span at the cue, role GOV.
#[test]
fn an_implied_protest_target_has_no_mention() {
    let ex = Extractor::new(&LEX);
    let doc = doc("p", "en", None, "Thousands of Iraqis protested in Baghdad.");
    let t = ex.extract(&doc).unwrap();
    assert_eq!(t.len(), 1, "{t:?}");
    let target = t[0].target.as_ref().expect("an implied target");
    assert_eq!(target.id.as_deref(), Some("IRQ"));
    assert_eq!(target.role.as_deref(), Some("GOV"));
    assert_eq!(target.text, "");
    assert_eq!(target.span[0], target.span[1]);
    assert_eq!(target.span[0], t[0].cue.span[0]);
}

/// Found by fuzzing (fuzz/regressions/extract-arabic-comma-appositive): an
/// Arabic comma before an appositive in a document declared English sliced
/// inside the two-byte comma.
#[test]
fn regression_fuzz_arabic_comma_before_an_appositive() {
    let ex = Extractor::new(&LEX);
    let doc = doc(
        "f",
        "en",
        Some("2015-07-22"),
        "Preso ت أنقرة وموسكو،0\0\0\0\0\0\0\0لرئيسين بوتين، سيجريان اتالا هاتفيا، لبحث ",
    );
    assert!(ex.extract(&doc).is_ok());
}

/// `describe`: what a description as a whole stands for, as (phrase, id,
/// role, country); "-" for none.
#[test]
fn descriptions() {
    let ex = Extractor::new(&LEX);
    let rows: &[(&str, &str, &str, &str)] = &[
        // A possessive names the country of the role after it, across
        // modifiers, and joins a title-holder of the same country.
        ("Sudan's government", "SDN", "GOV", "SDN"),
        ("Iraq's interim government", "IRQ", "GOV", "IRQ"),
        ("Jordan's King Abdullah II", "JOR", "GOV", "JOR"),
        (
            "Algeria's leading human rights activist",
            "DZA",
            "OPP",
            "DZA",
        ),
        // A state adjective with up to two modifiers before a role word.
        ("Serbian Labour Minister", "SRB", "GOV", "SRB"),
        ("French paper workers", "FRA", "LAB", "FRA"),
        ("UK Defence Secretary Ben Wallace", "GBR", "GOV", "GBR"),
        ("Ukrainian farmers", "UKR", "AGR", "UKR"),
        // Those who speak or act for a body take its role.
        ("French trade union leaders", "FRA", "LAB", "FRA"),
        ("Egyptian hospital officials", "EGY", "HLH", "EGY"),
        ("Philippine army officers", "PHL", "MIL", "PHL"),
        // A military rank is a soldier's role (unless the person named
        // after it holds an office: "Lt. Gen. Prosper Avril", president of
        // Haiti, in the resolve list).
        ("Syrian Colonel Ahmed Hassan", "SYR", "MIL", "SYR"),
        // A parenthesis of up to three words glosses the name before it.
        (
            "Montenegro Municipality Association (AKK) officials",
            "MNE",
            "GOV",
            "MNE",
        ),
        // A verb between a name and a role word keeps them apart, cue or not.
        ("Iran expels British diplomats", "IRN", "-", "IRN"),
        ("Iran hosted British diplomats", "IRN", "-", "IRN"),
        // A role-only head takes the country of a state or place after it.
        ("students throughout Indonesia", "IDN", "EDU", "IDN"),
        ("students at a university in Indonesia", "-", "EDU", "IDN"),
        ("militants loyal to Iraq's government", "-", "REB", "IRQ"),
        ("refugees in Darfur", "SDN", "REF", "SDN"),
        // A place stands for its country's people there; a bare role
        // word has no country.
        ("the Gaza Strip", "-", "CVL", "PSE"),
        ("A team of heavily armed police", "-", "COP", "-"),
        ("antiwar protesters", "-", "OPP", "-"),
        // A national group belongs to its state; a transnational one to none.
        ("Hamas", "HAMAS", "REB", "PSE"),
        ("al-Qaeda", "AL_QAEDA", "REB", "-"),
        // International bodies by their names and acronyms; a full name
        // outranks the state adjective inside it.
        ("the Inter-American Development Bank", "IADB", "-", "-"),
        ("the Asian Development Bank", "ADB", "-", "-"),
        ("منظمة التعاون الاقتصادي والتنمية", "OECD", "-", "-"),
        ("Tamil Tigers", "LTTE", "REB", "LKA"),
        // A leading name joins by its hyphen; a stance or a descent does not
        // make a name the actor.
        ("Vietnamese-led forces", "VNM", "MIL", "VNM"),
        ("NATO-member Norway", "NOR", "-", "NOR"),
        ("pro-Iranian Hizbollah", "HEZBOLLAH", "REB", "LBN"),
        ("an anti-Syria journalist", "-", "MED", "-"),
        ("ethnic Albanian guerrillas", "-", "REB", "-"),
        // Ethnonyms used of a state, and their groups in a neighbour.
        ("Serb forces", "SRB", "MIL", "SRB"),
        ("Bosnian Serb forces", "BIH", "MIL", "BIH"),
        // Sector conventions: security forces are military; towns stand
        // for their people.
        ("Algerian security forces", "DZA", "MIL", "DZA"),
        ("Iraqi towns", "IRQ", "CVL", "IRQ"),
        ("a terror group based in Trinidad", "-", "REB", "TTO"),
        // An office-holder's surname one letter off, after a title and given
        // names; not without the title.
        ("President Joe Bidem", "USA", "GOV", "USA"),
        // A possessive joins a role word to a person, whose role it replaces.
        ("Erdogan's critics", "TUR", "OPP", "TUR"),
        // Peoples split between states are civilians of the state named.
        ("Iraqi Kurds", "IRQ", "CVL", "IRQ"),
        ("Bidem", "-", "-", "-"),
        // A state's or a people's name one letter off names it; a letter
        // changed, or one among the last two, is another word.
        ("Phillippines military", "PHL", "MIL", "PHL"),
        ("Chenchen refugees", "RUS", "REF", "RUS"),
        ("Ethopia", "ETH", "-", "ETH"),
        // Older transliterations and misspellings two letters off, or of
        // names too short for the one-letter pass, are listed.
        ("Quatar's emir", "QAT", "GOV", "QAT"),
        ("Tadzhik officials", "TJK", "GOV", "TJK"),
        ("Ethiopa", "-", "-", "-"),
        ("Americas", "-", "-", "-"),
        ("Brixton", "-", "-", "-"),
        // Peoples that live in one state are coded with it; peoples split
        // between states are not (their state needs the context).
        ("Chechen rebels", "RUS", "REB", "RUS"),
        ("Karen guerrillas", "MMR", "REB", "MMR"),
        // Northern Ireland's nationalists are the United Kingdom's; the
        // Irish alone are Ireland's.
        ("Irish nationalist guerrillas", "GBR", "REB", "GBR"),
        ("Irish farmers", "IRL", "AGR", "IRL"),
        // A state's institutions named by their proper name stand for it,
        // with their sector.
        ("the Pentagon", "USA", "MIL", "USA"),
        ("البيت الأبيض", "USA", "GOV", "USA"),
        ("Iran's Revolutionary Guards", "IRN", "MIL", "IRN"),
        ("الموساد", "ISR", "SPY", "ISR"),
        ("the Knesset", "ISR", "LEG", "ISR"),
        ("the Bundesbank", "DEU", "GOV", "DEU"),
        ("Egypt's central bank", "EGY", "GOV", "EGY"),
        ("البشمركة", "IRQ", "MIL", "IRQ"),
        // A state's commissions and regulators are its government; a
        // commission house is a brokerage.
        ("Kenya's Electoral Commission", "KEN", "GOV", "KEN"),
        ("Kenya Anti-Corruption Commision", "KEN", "GOV", "KEN"),
        ("Japanese regulators", "JPN", "GOV", "JPN"),
        ("commission houses", "-", "BUS", "-"),
        ("the Emirates", "ARE", "-", "ARE"),
        // An ellipsis joins the parts of a description; web sites are media.
        ("U.S. ... negotiators", "USA", "GOV", "USA"),
        ("Danish Web sites", "DNK", "MED", "DNK"),
        ("Karen Bass", "-", "-", "-"),
        ("Tamil civilian refugees", "LKA", "REF", "LKA"),
        ("Kurdish rebels", "-", "REB", "-"),
        ("الناشطين الإيغور", "CHN", "OPP", "CHN"),
        // A people's plural names its civilians; a place before an English
        // role word gives its country; official media speak for the
        // government; supporters are a political camp.
        ("Algerians", "DZA", "CVL", "DZA"),
        ("Darfur rebels", "SDN", "REB", "SDN"),
        ("an official Syrian newspaper", "SYR", "GOV", "SYR"),
        ("supporters of the former president", "-", "OPP", "-"),
        ("أنصار الرئيس السابق", "-", "OPP", "-"),
        // "national" is a civilian at the end of its phrase, an adjective
        // before any other word, and no title.
        ("a US national", "USA", "CVL", "USA"),
        ("national elections", "-", "-", "-"),
        ("Finland's national oil company", "FIN", "BUS", "FIN"),
        ("the Government of National Unity", "-", "GOV", "-"),
        // A title says what kind of office-holder a near surname is: a
        // judge is no president one letter off.
        ("Judge Joe Bidem", "-", "JUD", "-"),
        // A people named with the state they live in after "of" are its
        // civilians, as in events; a state named as the head with a role
        // word after it takes that role; settlers of the occupied
        // territories are Israel's; drones are military.
        ("the Albanians of southern Serbia", "SRB", "CVL", "SRB"),
        ("Nigerian Union of Teachers", "NGA", "EDU", "NGA"),
        (
            "Jewish settlers in the West Bank city of Hebron",
            "ISR",
            "CVL",
            "ISR",
        ),
        ("المستوطنين", "ISR", "CVL", "ISR"),
        ("US Predator", "USA", "MIL", "USA"),
        // A place named alone stands for the people who live there, as
        // towns and residential areas do.
        ("Abidjan", "-", "CVL", "CIV"),
        ("Palestinian residential areas", "PSE", "CVL", "PSE"),
        // A state's ally or proxy is not that state: a role word it owns is
        // the ally itself, whose country a place after it may give.
        (
            "Israel's militia ally in southern Lebanon",
            "LBN",
            "REB",
            "LBN",
        ),
        ("U.S. allies", "-", "-", "-"),
        // Arabic puts the head first.
        ("الحكومة السودانية", "SDN", "GOV", "SDN"),
        ("حركة حماس", "HAMAS", "REB", "PSE"),
        ("اللاجئين في دارفور", "SDN", "REF", "SDN"),
    ];
    let mut failures = Vec::new();
    for &(phrase, id, role, country) in rows {
        let got = ex.describe(phrase, Some("2021-06-01"));
        let cell = |v: Option<&String>| v.map_or("-".to_string(), String::clone);
        let got = got.map_or(("-".into(), "-".into(), "-".into()), |r| {
            (
                cell(r.id.as_ref()),
                cell(r.role.as_ref()),
                cell(r.country.as_ref()),
            )
        });
        if got != (id.to_string(), role.to_string(), country.to_string()) {
            failures.push(format!("{phrase}: want {id} {role} {country}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Of one person's lines, an article's date picks the one with the
/// shortest period: Benazir Bhutto's line as head of government spans her
/// two terms, her years in opposition between them are a line of their own.
#[test]
fn a_dated_name_takes_its_narrowest_period() {
    let ex = Extractor::new(&LEX);
    let role = |date: &str| {
        ex.describe("Benazir Bhutto", Some(date))
            .and_then(|r| r.role)
            .unwrap_or_default()
    };
    assert_eq!(role("1989-06-01"), "GOV");
    assert_eq!(role("1991-06-01"), "OPP");
    assert_eq!(role("1994-06-01"), "GOV");
}

/// A form that is both a cue and a marker ("called off": concedes, and a
/// reduction) makes two units with one span; the English verb after "and"
/// looked at the text between them, which runs backwards, and panicked.
#[test]
fn regression_a_cue_that_is_also_a_marker_after_and() {
    let d = doc(
        "r",
        "en",
        None,
        "The Turkish union met government officials and called off the strike.",
    );
    Extractor::new(&LEX).extract(&d).unwrap();
}

/// A planned act keeps its relation and mood; its codes are those of the
/// intent: cooperation an expressed intent (036, AGREE), material conflict
/// a threat of it (CAMEO 13), anything else its own.
#[test]
fn planned_codes_by_class() {
    let rel = |label: &str| {
        LEX.relations()
            .iter()
            .find(|r| r.label == label)
            .expect("relation")
    };
    let codes = |name: &str, mood| planned_codes(rel(name), mood);
    assert_eq!(codes("meets", Planned), ("036".into(), "AGREE".into()));
    assert_eq!(codes("coerces", Planned), ("137".into(), "THREATEN".into()));
    assert_eq!(codes("attacks", Planned), ("138".into(), "THREATEN".into()));
    assert_eq!(
        codes("sanctions", Planned),
        ("131".into(), "THREATEN".into())
    );
    assert_eq!(
        codes("protests", Planned),
        ("133".into(), "THREATEN".into())
    );
    assert_eq!(codes("accuses", Planned), ("112".into(), "ACCUSE".into()));
    assert_eq!(codes("coerces", Done), ("170".into(), "COERCE".into()));
}

/// A speech verb's subject before an appositive makes "it" in reported
/// speech a speaker's pronoun; before a cue that is also a marker ("called
/// off": a concession and a reduction) the text between them was sliced
/// backwards, and panicked.
#[test]
fn regression_a_reported_pronoun_before_a_cue_that_is_also_a_marker() {
    let d = doc(
        "r",
        "en",
        None,
        "Turkey said it has called off the talks. The Nigerian Union of Teachers (NUT), the umbrella union, announced that it has called off a strike.",
    );
    Extractor::new(&LEX).extract(&d).unwrap();
}

/// An event's date is the one the words of its part of the sentence give
/// it, else its article's: each cue takes the date nearest it unless
/// another event's cue stands between them, and a speech verb's date
/// (before its complement) is the saying's.
#[test]
fn an_event_takes_the_date_its_own_words_give() {
    let ex = Extractor::new(&LEX);
    let dates = |lang: &str, date: Option<&str>, text: &str| -> Vec<(String, String)> {
        ex.extract(&doc("d", lang, date, text))
            .unwrap()
            .into_iter()
            .map(|t| (t.cue.text.to_lowercase(), t.date.unwrap_or_default()))
            .collect()
    };
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        dates(
            "en",
            Some("1987-04-03"),
            "Libya is bombing the airstrip in Chad captured by Chadian troops on March 22."
        ),
        pairs(&[("bombing", "1987-04-03"), ("captured", "1987-03-22")])
    );
    assert_eq!(
        dates(
            "en",
            Some("1987-03-05"),
            "Bahrain and Kuwait agreed in 1981 to integrate their economies."
        ),
        pairs(&[("agreed", "1981")])
    );
    assert_eq!(
        dates(
            "ar",
            Some("2015-08-06"),
            "وقال المتحدث يوم الثلاثاء إن مسلحين قتلوا خمسة جنود أمس."
        ),
        pairs(&[("قتلوا", "2015-08-05")])
    );
    assert_eq!(
        dates(
            "ar",
            Some("2015-08-06"),
            "وفي عام 1956 شنت بريطانيا وفرنسا العدوان على مصر."
        )
        .into_iter()
        .map(|(_, d)| d)
        .collect::<Vec<_>>(),
        vec!["1956".to_string(), "1956".to_string()]
    );
    // A year heading a line of a chronology, with a dash, dates the line.
    assert_eq!(
        dates(
            "ar",
            Some("2015-08-02"),
            "1990- القوات العراقية تغزو الكويت."
        ),
        pairs(&[("تغزو", "1990")])
    );
    assert_eq!(
        dates("en", Some("1987-12-08"), "1980 - Iraq invades Iran."),
        pairs(&[("invades", "1980")])
    );
    // An undated article: only a date the text gives whole.
    assert_eq!(
        dates("en", None, "Iraq attacked Iran yesterday."),
        pairs(&[("attacked", "")])
    );
    assert_eq!(
        dates("en", None, "Iraq attacked Iran in 1985."),
        pairs(&[("attacked", "1985")])
    );
}

/// The rules compare normalized text (hamza seats folded, ى to ي, ة to ه),
/// so an Arabic word list entry written otherwise can never match; "مئات"
/// and "على" had sat dead in two lists.
#[test]
fn arabic_word_lists_are_written_normalized() {
    let mut unnormalized = Vec::new();
    for src in [
        include_str!("roles.rs"),
        include_str!("mentions.rs"),
        include_str!("mod.rs"),
    ] {
        for block in src.split("&[&str] = &[").skip(1) {
            let body = &block[..block.find("];").expect("a list ends")];
            let code: String = body
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for literal in code.split('"').skip(1).step_by(2) {
                if literal.chars().any(crate::text::is_arabic_char)
                    && crate::text::Normalized::new(literal).text != literal
                {
                    unnormalized.push(literal.to_string());
                }
            }
        }
    }
    assert!(unnormalized.is_empty(), "{unnormalized:?}");
}
