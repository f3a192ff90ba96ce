#!/usr/bin/env python3
"""Build Precis' default stop-word lists (stopwords/<code>.txt) from the two
upstream collections kept in the shared data folder:

  * stopwords-iso  (MIT, (c) 2020 Gene Diaz)        stopwords-iso/stopwords-iso.json
  * stop-words     (BSD-3-Clause, (c) 2014 Alireza Savand, Contributors)
                   PyPI stop-words 2025.11.4         stop-words-pypi/<language>.txt

Usage (from the repository root):

    python3 stopwords/build.py [--source DIR] [--upstream DIR] [--out DIR]

Python 3 standard library only. Output is deterministic. See stopwords/README.md
for the rule, the per-language table and the licences.

THE RULE (applied in this order, per language)
  1. Clean every entry of both collections: repair known encoding accidents
     (REPAIRS: lt cp1257-as-cp1252, tr ISO-8859-9-as-Latin-1, hu
     ISO-8859-2-as-Latin-1, el U+2206 for Delta), strip white space, a
     byte-order mark and stray JSON quotes/commas, NFC-normalise,
     str.casefold(), NFC again, map typographic apostrophes (U+2019, U+02BC)
     to "'", collapse inner white space to one space.  When plain
     str.lower() gives a different string (German "ß", Greek final "ς",
     Armenian "և") that form is kept too, so a list matches tokens that were
     either lower-cased or case-folded.  Drop entries that have no letter,
     start with a combining mark, contain a digit, a symbol, a control
     character or any punctuation other than ' - . (the persian, chinese and
     korean lists carry punctuation and digit junk, the polish and greek ones
     some mojibake), or that mix Latin with Cyrillic/Greek letters.
  2. Choose the base set:
       * language in only one collection  -> that list;
       * language in both collections     -> their INTERSECTION: both
         collections agree it is a stop word.  stopwords-iso is mostly a
         superset of stop-words, so the intersection keeps the core list
         and drops the long tail (SEO lists, news-frequency lists) that
         stopwords-iso accumulated;
       * STRATEGY overrides -> UNION:
           zh, ja  keep the full lists (ICU segments multi-character function
                   words such as 我们, 因为, する that only stopwords-iso has);
           ar      stop-words' list is a news-frequency list contained in
                   stopwords-iso, which adds the particles and pronouns;
           uk      stopwords-iso's Ukrainian list lacks в/на/не/і, so the
                   intersection (55 words) is unusable;
           el      stop-words has only Ancient Greek (so the intersection is
                   Ancient Greek); stopwords-iso adds Modern Greek;
           ro      stop-words is written without diacritics; stopwords-iso
                   adds the spelled forms (și, să, în, după, ...);
           en      union restricted to EN_FUNCTION_WORDS: both English lists
                   (~1,300 entries each) are the same aggressive list full of
                   content words ("information", "world", "system", ...), so
                   intersecting them changes nothing; English keeps only the
                   closed-class words of the collections.
  3. Add RESTORE[lang]: function words that only one collection has (German
     "wurde", "schon", "immer"; French "lorsque", "celui"; ...). Each must
     occur in a collection (checked).
  4. Remove EXCLUDE[lang]: content words and typos that survived (Spanish
     "trabajo", Russian "жизнь", Arabic news vocabulary, ...). Each must be
     present (checked, so the lists stay in sync with the sources).
  5. Single letters in Latin, Cyrillic or Greek script are kept only when
     they are words of the language (SINGLE_LETTER_WORDS, e.g. en "a", "i").
  6. ro: add spellings with comma-below ș/ț next to the lists' cedilla ş/ţ.
     ar: add every entry without its short-vowel marks (tashkil), since
     ordinary Arabic text is written without them.
  7. Sort by code point; write '#' header lines, then one entry a line.
  The two upstream licence files are copied unchanged to
  stopwords/LICENSE-stopwords-iso and stopwords/LICENSE-stop-words.

SUPPLEMENTARY COLLECTIONS (SUPPLEMENT_LANGS, files in stopwords/upstream/)
  Languages that neither main collection covers get their list from other
  permissively licensed lists (urduhack, spaCy, nepalikit, punjabi-stopwords,
  pashto-stopwords, telugu-stopwords, laonlp, azerbaijani-stopwords,
  uzbek-stopwords), through the same steps: one list as it is, two intersected
  unless STRATEGY says union, then RESTORE, EXCLUDE, single letters, variants
  (sr: Latin spellings; ur: do-chashmi he after nun/mim; ps: the three final
  yehs, Persian kaf/yeh). Pashto keeps only PS_FUNCTION_WORDS of its list.
  Python files are parsed with ast, never run. stopwords-iso's Urdu list is not
  used (IGNORED): a legacy-font conversion damaged it ("ثعذ" for "بعد"; "میں",
  "سے", "کو" are missing).
"""

import argparse
import ast
import json
import unicodedata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO_ROOT / ".." / "shared" / "data" / "stopwords-source"
DEFAULT_OUT = REPO_ROOT / "stopwords"
GENERATED_MARK = "# Generated by stopwords/build.py"
LICENCE_FILES = [
    ("stopwords-iso/LICENSE", "LICENSE-stopwords-iso"),
    ("stop-words-pypi/LICENSE", "LICENSE-stop-words"),
]

ISO_NAME = "stopwords-iso"
PYPI_NAME = "stop-words"
ISO_DESC = "stopwords-iso (github.com/stopwords-iso/stopwords-iso @ 6e8e9a2, MIT, (c) 2020 Gene Diaz)"
PYPI_DESC = "stop-words 2025.11.4 (PyPI, BSD-3-Clause, (c) 2014 Alireza Savand, Contributors)"

DEFAULT_UPSTREAM = REPO_ROOT / "stopwords" / "upstream"

# Supplementary collections, kept unchanged in stopwords/upstream/<name>/ with their licences.
# They are read only for the languages of SUPPLEMENT_LANGS, which the two main collections do not
# cover (or cover with a damaged list), so they never change the list of a language those cover
# (except `ku`, see below). Each entry: (description for the file headers, README source name,
# licence file in upstream/, licence copy in stopwords/, licence name, loader).
SUPPLEMENTS = {}   # filled in below, after the loaders

# Language -> the supplementary collections its list is built from (in this order). With two
# collections the rule of the main ones applies: the intersection, unless STRATEGY says union.
SUPPLEMENT_LANGS = {
    "ur": ["urduhack"],
    "pa": ["punjabi-stopwords"],
    "ps": ["pashto-stopwords"],          # then restricted to PS_FUNCTION_WORDS
    "ne": ["spacy", "nepalikit"],        # intersection + RESTORE
    "si": ["spacy"],
    "ta": ["spacy"],
    "te": ["telugu-stopwords"],          # spaCy's te list (46) is a translation of an English
                                         # web list ("ask", "allow", "appreciate"): not used
    "kn": ["spacy"],
    "ml": ["spacy"],
    "lo": ["laonlp"],
    "az": ["spacy", "azerbaijani-stopwords"],   # intersection + RESTORE
    "uz": ["uzbek-stopwords"],
    "sr": ["spacy"],
    "mk": ["spacy"],
    "sq": ["spacy"],
    "is": ["spacy"],
    "ky": ["spacy"],
    "gd": ["spacy"],
    "lg": ["spacy"],
    "ht": ["spacy"],
    "am": ["spacy"],
    "ti": ["spacy"],
    # stopwords-iso's `ku` is Sorani (Arabic script); CLD2 returns `ku` for Kurmanji (Latin
    # script): spaCy's Kurmanji list (`kmr`) is added to it.
    "ku": ["spacy:kmr"],
}

# stop-words-pypi/languages.json uses "nb" for its Norwegian list; stopwords-iso uses
# the macrolanguage code "no". Both are merged under "no".
CODE_ALIASES = {"nb": "no"}

SKIP = {}

# Lists of the main collections that are not used, with the reason; the language's list comes from
# SUPPLEMENT_LANGS instead. spaCy's `ur` list (and advertools', a copy of it) is the same damaged list.
IGNORED = {
    ("iso", "ur"): "damaged by a legacy-font conversion ('ثعذ' for 'بعد'; 'میں', 'سے', 'کو' missing)",
}

LANGUAGE_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "br": "Breton",
    "ca": "Catalan", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician",
    "gu": "Gujarati", "ha": "Hausa", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "it": "Italian", "ja": "Japanese",
    "ko": "Korean", "ku": "Kurdish (Sorani)", "la": "Latin", "lt": "Lithuanian", "lv": "Latvian",
    "mr": "Marathi", "ms": "Malay", "nl": "Dutch", "no": "Norwegian", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "so": "Somali", "st": "Southern Sotho", "sv": "Swedish", "sw": "Swahili", "th": "Thai",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
    "yo": "Yoruba", "zh": "Chinese", "zu": "Zulu",
    "az": "Azerbaijani", "gd": "Scottish Gaelic", "ht": "Haitian Creole", "is": "Icelandic",
    "kn": "Kannada", "ky": "Kyrgyz", "lg": "Ganda", "lo": "Lao", "mk": "Macedonian",
    "ml": "Malayalam", "ne": "Nepali", "pa": "Punjabi", "ps": "Pashto", "si": "Sinhala",
    "sq": "Albanian", "sr": "Serbian", "ta": "Tamil", "te": "Telugu", "uz": "Uzbek",
    "am": "Amharic", "ti": "Tigrinya",
}
LANGUAGE_NAMES["ku"] = "Kurdish (Sorani, Kurmanji)"

# ---------------------------------------------------------------------------
# Encoding repairs (applied to raw entries before normalisation).

def _repair_lt(word):
    # stopwords-iso's Lithuanian list is Windows-1257 text decoded as Windows-1252
    # ("aukðèiau" -> "aukščiau"). Every entry round-trips.
    try:
        return word.encode("cp1252").decode("cp1257")
    except UnicodeError:
        return word


_TR_MAP = str.maketrans("ýþðÝÞÐ", "ışğİŞĞ")  # ISO-8859-9 bytes read as Latin-1
_HU_MAP = str.maketrans("õûÕÛ", "őűŐŰ")      # ISO-8859-2 bytes read as Latin-1
_EL_MAP = str.maketrans({"\u2206": "\u0394"})  # INCREMENT used for GREEK CAPITAL DELTA

REPAIRS = {
    ("iso", "lt"): _repair_lt,
    ("iso", "tr"): lambda w: w.translate(_TR_MAP),
    ("pypi", "tr"): lambda w: w.translate(_TR_MAP),
    ("iso", "hu"): lambda w: w.translate(_HU_MAP),
    ("pypi", "hu"): lambda w: w.translate(_HU_MAP),
    ("iso", "el"): lambda w: w.translate(_EL_MAP),
}

# ---------------------------------------------------------------------------
# Base-set strategy overrides (default: intersection if in both collections).

STRATEGY = {
    "zh": "union",
    "ja": "union",
    "ar": "union",
    "uk": "union",
    "el": "union",
    "ro": "union",
    "en": "union",  # then restricted to EN_FUNCTION_WORDS
    "ku": "union",  # Sorani (stopwords-iso) and Kurmanji (spaCy): two scripts, no overlap
    # azerbaijani-stopwords is a grammar-based list (391); spaCy's (140) adds common forms it
    # lacks (bunun, indi, olar) and some news vocabulary, removed in EXCLUDE
    "az": "union",
}

# English: closed-class words (pronouns, determiners, quantifiers, prepositions,
# conjunctions, auxiliaries/modals and their contractions, wh-words, common
# function adverbs, a few light verbs: say/get/go/make). Each must occur in at
# least one collection. Apostrophe-less contractions are kept unless they are
# ordinary words ("ill", "hell", "shell", "wed", "id", "shed", "wont", "cant").
EN_FUNCTION_WORDS = set("""
a an the this that these those
i me my mine myself we us our ours ourselves you your yours yourself yourselves
he him his himself she her hers herself it its itself they them their theirs themselves
one ones self
who whom whose which what whatever whichever whoever whomever
anybody anyone anything anywhere everybody everyone everything everywhere
nobody no-one noone nothing nowhere somebody someone something somewhere
somehow anyhow anyway anyways elsewhere
all any both each every either neither some such no none nor not
few fewer many much more most less least several other others another own same enough
various certain
about above across after afterwards against along alongside amid amidst among amongst
around as at before behind below beneath beside besides between beyond by
concerning despite down during except excluding for from in including inside into
like near of off on onto out outside over past per regarding since than through
throughout thru till to toward towards under underneath unlike until unto up upon
via versus vs with within without aboard atop circa plus minus
and or but so yet because although though while whilst unless if whether lest once
whereas
be am is are was were been being have has had having do does did doing done
will would shall should can could may might must ought cannot
'll 've ain't aren't can't couldn't didn't doesn't don't hadn't hasn't haven't isn't
mightn't mustn't needn't shan't shouldn't wasn't weren't won't wouldn't
i'd i'll i'm i've you'd you'll you're you've he'd he'll he's she'd she'll she's
it'd it'll it's we'd we'll we're we've they'd they'll they're they've
that's that'll there's there'd there'll there're here's what's who's where's when's
why's how's let's could've would've should've might've must've
arent couldnt didnt doesnt dont hadnt hasnt havent isnt shouldnt wasnt werent wouldnt
im ive youre youve youll youd theyre theyve theyll thats theres whats
when where why how whence whither whenever wherever however
whereby wherein whereupon whereafter
here there now then thus hence thence therefore thereby therein thereof thereafter
thereupon hereby herein hereafter hereupon
also only just very too quite rather almost already still again ever never always
often sometimes usually soon perhaps maybe even else instead indeed really actually
especially further furthermore moreover nevertheless nonetheless otherwise meanwhile
together away ago apart aside ahead forth hardly namely likewise merely mostly mainly
nearly somewhat sometime etc eg ie i.e. viz yes oh ok okay well
say says said get gets got gotten go goes going gone went make makes made let lets
""".split())

# Pashto: the function words of the pashto-stopwords list, which is mostly content words (country
# and city names, weekdays, colours, "water", "rain", "doctor"). Pronouns, postpositions and
# prepositions, conjunctions, particles, the copula and light verbs, adverbs of place and time,
# quantifiers. Each must occur in the list.
PS_FUNCTION_WORDS = set(w.replace("_", " ") for w in """
او اوس ایا ان باندې بل بعضی به بهر بیا بیرته تاسی ته تر ترمنځ تر_منځ ترڅنګ تر_څنګ ترڅو
خو خوا خپل خپلې د دا داسې دلته دننه ده دوی دوي دی ددې ددی دداسې دهمدې درته را راهیسې زما
زموږ زه ستا ستاسو سره شاوخوا شوه شوي شوې شم علاوه لا لاندې لاندي لاندی لخوا له_خوا لري نلري
له لپاره لکه ما ماته تاته مخکې مخکی منځ مو موږ نشته نه نو نوره هغه هغوی هغی هلته هم همدا
همدغو همغسې هیڅ هاخوا وروسته وي يو یو يې ټول پر پر_ضد پرته پرې په په_اړه پکې ځکه څه څو
څوک چی کله کي کړل کړو کړي کړې یوازې ور پخوا ډیر ډېر کم امله پرځای وړاندي پاس مخامخ ځینو
څنګ هسې کوي کوو وايي کېدي ځي ترسره خامخا پاتې
""".split())

# Function words that only one collection has, restored on top of the intersection.
RESTORE = {
    "de": """
        ab beide beiden beim bereits bisher bald dabei dafür dagegen danach daneben daran
        darauf daraus darf darfst darin darunter darüber davon davor dazwischen denen deren
        derjenige derjenigen deswegen diejenige diejenigen durfte durften dürfen eben ebenso
        einander entweder erst etwa gegenüber genug hast habt her hätte hätten immer irgend je
        jedoch jemand jemandem jemanden kaum konnte konnten mag magst mehr mochte mochten
        möchte mögen mussten nie niemand niemandem niemanden oft schon sei seien seit seitdem
        sollten statt trotzdem viele vielem vielen wegen wem wen wenig wenige weniger wessen
        wohl wollt wollten worden wurde wurden wäre zugleich zunächst zusammen überhaupt
        übrigens
    """,
    "fr": """
        afin ailleurs ainsi assez aucune auquel autant autrement autrui auxquelles auxquels
        beaucoup cependant celle celle-ci celle-là celles celles-ci celles-là celui celui-ci
        celui-là certain certaine certaines certains ceux-ci ceux-là chacun chacune combien
        desquelles desquels doivent duquel elle-même elles-mêmes enfin eux-mêmes jusqu
        laquelle lequel lesquelles lesquels lorsque lui-même mêmes mien mienne miennes miens
        moi-même nous-mêmes notamment nul nôtre nôtres néanmoins parfois peuvent peux plutôt
        près pu puisque quant quelconque quelqu'un quelque quelques quiconque quoi quoique
        rien sien sienne siennes siens sinon soi-même souvent surtout tant tel telle telles
        tien tienne tiennes toi-même toujours toute toutefois unes uns va vais vas voire
        vous-mêmes vôtre vôtres
    """,
    "es": """
        acerca adonde aquella aquello aquél aquélla aquéllas aquéllos cuanta cuantas cuantos
        cuál cuáles cuándo cuánta cuántas cuánto cuántos debajo delante demasiado detrás
        dónde enfrente lejos quizá quizás quiénes u ustedes ésa ésas ése ésos
    """,
    "pt": """
        ainda algumas além ambas ante aonde assim através aí cá contudo cuja cujas cujo cujos
        daquela daquelas daquele daqueles demais dessa dessas desse desses desta destas deste
        destes embora exceto lá logo mesma mesmas mesmos naquela naquelas naquele naqueles
        nenhuma nessa nessas nesse nesses nesta nestas neste nestes numas nunca nuns outra
        outras outros pois porquê portanto pouca pouco poucos pra quais quanto salvo sempre
        senão talvez tanta tantas tanto toda todas todo tudo tão vossa vossas vosso vossos vós
    """,
    "it": """
        affinché alcuna alcuni altrimenti attraverso avanti certa certe certi certo chiunque
        ciascuna ciascuno ciò colei coloro colui comunque così dietro dunque entrambi eppure
        esse essi forse già infatti inoltre insieme intanto mentre meno nemmeno neppure nessun
        nessuna nessuno niente nulla oppure ossia parecchi perciò piuttosto prima
        proprio pure può qualcosa quali qualunque quando quel soltanto spesso stessa tale tali
        troppo tuttavia vari varie
    """,
    "nl": """
        alle allebei alleen behalve beide beiden bent binnen boven buiten daardoor daarin
        daarna daarom deed deden echter elk elke enige ergens hebt hen hetzelfde hoewel ieder
        iedere iedereen jij jou jouw jullie kun kunt mag meest minder misschien mocht moest
        moesten moeten mogen nadat nergens niemand niks noch nooit onze ooit overal sinds
        sommige steeds tenzij terwijl tijdens toe tussen vaak vanaf vanuit vanwege via volgens
        voordat waar waarom wanneer weer welk welke werden willen wilden word zelfs zichzelf
        zoals zodat zouden zulk zulke zullen zult
    """,
}

# Nepali: the intersection of spaCy and nepalikit (189) lacks the honorific and plural pronouns
# (उहाँ, तपाईं, उनीहरू) and relatives (जब, जहाँ, जुन) that only one of them has.
RESTORE["ne"] = """
    उहाँ उहाँको उहाँलाई उहाँले उनीहरू उनीहरूको उनीहरूलाई उनीहरूले तपाईं तपाईंको तपाईंलाई तपाईंले
    तपाईंहरू तपाई तपाईको तिमीलाई तिमीले तिम्रो हामीलाई मेरा मेरी आफूले आफ्ना आफ्नी तिनी तिनीहरू
    तिनीहरूको त्यसपछि त्यसमा त्यसलाई त्यसै यसलाई यसै यसैले जति कहाँ कहिले किनकि जब जबकि जहाँ जुन
    जुनै जसबाट जसमा जस्ता जस्तो कसै कसैको कसैलाई कसैले कोही अन्तर्गत आदि उक्त तथापि तापनि यद्यपि
    त्यही त्यस्तै यस्तै यस्तो यही बरु भित्र बाहिर भन्दा निम्ति लगायत सँगै संग सङ्ग साथ सारा हरेक
    गरिएको गर्दा गर्दै गरेर भएका भएर भनेको भनी भन्यो हुँदै हुन्छन् हुन्न छिन् थिएनन् होला पर्ने
    पर्छ सक्ने बिना विना सम्बन्धी उनसँग उससँग
"""

# Other inflected forms of words a list has, where the list has only some of a paradigm: FORM:LISTED,
# the listed word must be in the list. Punjabi (punjabi-stopwords) has the genitive postposition
# ਦਾ, ਦੇ, ਦੀਆਂ but not its feminine ਦੀ; the pronouns ਉਹ, ਇਹ but not their plural and oblique
# ਉਨ੍ਹਾਂ, ਇਨ੍ਹਾਂ (also written ਉਹਨਾਂ, ਇਹਨਾਂ); ਕੀਤਾ, ਹੁੰਦਾ, ਗਿਆ, ਸਕਦੇ, ਆਪਣਾ without their other
# genders and numbers; and ਕਰਣ (to do) in its other spelling, ਕਰਨ.
FORMS = {
    "pa": """
        ਦੀ:ਦਾ ਉਨ੍ਹਾਂ:ਉਹ ਉਹਨਾਂ:ਉਹ ਇਨ੍ਹਾਂ:ਇਹ ਇਹਨਾਂ:ਇਹ ਕੀਤੀ:ਕੀਤਾ ਕੀਤੇ:ਕੀਤਾ ਹੁੰਦੀ:ਹੁੰਦਾ ਹੁੰਦੇ:ਹੁੰਦਾ
        ਗਏ:ਗਿਆ ਸਕਦਾ:ਸਕਦੇ ਸਕਦੀ:ਸਕਦੇ ਆਪਣੀ:ਆਪਣਾ ਆਪਣੇ:ਆਪਣਾ ਕਰਨ:ਕਰਣ
    """,
}

# Content words that survive the base rule, removed with a reason each.
EXCLUDE = {
    # urduhack: weekday and month names (اتوار Sunday, پیر Monday, اگست August, مگھر), units of time,
    # and nouns ("part", "summer", "heat", "Mrs")
    "ur": """
        اتوار پیر اگست مگھر منٹ منٹوں گھنٹا گھنٹوں گھنٹے پہر حصہ گرما گرمی بیگم
    """,
    # spaCy's news-frequency entries: "minute", "hour", "second", "percent", "year", "Mr", "Mrs",
    # "mistake"
    "az": """
        bəy dəqiqə faiz il saat saniyə səhv xanım
    """,
    # telugu-stopwords' chat vocabulary: forms of "eat", "people", "women", "men", forms of
    # address ("sir", "madam", "boss", "father"), "correct", "awesome"
    "te": """
        తిను తినే తిన్న తిన్నా తిన్నాను తినటం తినలేదు తినలేను తినొచ్చు తినిపించు మనుషులు ఆడవాళ్ళు మగవాళ్ళు
        అమ్మా నాన్న అక్కా అమ్మాయ్ అబ్బాయ్ బాబు బాస్ సార్ సర్ మెడమ్ గురు కరెక్ట్ అద్దిరిపోయింది
    """,
    # uzbek-stopwords: web-list vocabulary ("http", "microsoft", "computer", "index", "keys",
    # "goods", "wells", "mill", "text", "source", "problem", "copy", "test", "length", "wish")
    "uz": """
        http microsoft kompyuter indeks kalitlar km nd pf quduqlar tegirmon tovarlar raqamlar
        matn manba muammo nusxa sinov uzunlik tilak holatlar
    """,
    # spaCy's Icelandic list comes from forum pages: "lol", "rofl", "img", "post", "thread",
    # "quote", "titles", "thanks", "welcome", "hello", "people", "day"
    "is": """
        lol rofl img gmg póst póstur þráð þráður tilvitnun titlar takk þakka þakkir velkomin
        velkominn sæll sælir fólk dag
    """,
    # spaCy's Kyrgyz list is a news-frequency list: "Bishkek", "Kyrgyz", "state", "law", "right",
    # "photo", "information", "crime", "person", "people", "supreme", "press", "head", "road",
    # "hand", "day", "word", "border"
    "ky": """
        адам басма баш башчысы бишкек жогорку жол кол кылмыш кыргыз күнү маалымат мамлекеттик
        мыйзам сүрөт сөз укук чек эл
    """,
    # spaCy's Macedonian list: the nouns and adjectives among its function words and
    # interjections ("frost", "disarmed", "warlike", "follower", "predecessor", "quantity",
    # "sum", "troupe", "born", "place", "side", "time", "yearbook", ...)
    "mk": """
        мразец муклец разоружен растревожено растреперено расчувствувано ратоборно следбеник
        следбеничка претходник количество количина сума трупа роден место страна време годишник
        извезен исечок разредлив рамнообразно срочен фазен
    """,
    # Ranks NL-style verb sets and nouns shared by both Spanish lists
    "es": """
        ampleamos gueno
        cosas cuenta ejemplo estados gran grandes lado lugar momento nueva nuevas nuevo nuevos
        tiempo total valor verdad verdadera verdadero
        trabaja trabajais trabajamos trabajan trabajar trabajas trabajo
        intenta intentais intentamos intentan intentar intentas intento
        empleais emplean emplear empleas empleo
        usa usais usamos usan usar usas uso
        conocer conseguimos conseguir consigue consiguen consigues
    """,
    "pt": """
        algmas ista iste promeiro
        apontar caminho comprido conhecido corrente desligado direita fim horas iniciar inicio
        ligado maioria maiorias nome novo pegar povo quieto tempo tentar tentaram tente tentei tipo
        trabalhar trabalho usa usar valor verdade verdadeiro
    """,
    "fr": """
        début dos droite essai force haut mine mot nommés nouveau nouveaux parole personnes
        pièce sujet valeur voie état
    """,
    "it": """
        comprare consecutivi consecutivo doppio fine gente grande nome nuovi nuovo persone
        promesso triplo
    """,
    # typos (меля, мор, можхо, нх, сеаой) and nouns/adjectives of the Russian list
    "ru": """
        бывь друго меля мор можхо нх сеаой
        важная важное важные важный время времени год года году день дел жизнь занят занята
        занято заняты имя лет люди миллионов мира начала прекрасно процентов тысяч человек
    """,
    # the Ukrainian pypi list is a translation of the Russian one (it even keeps "какая")
    "uk": """
        какая нх друго
        важлива важливе важливий важливі давати день життя зайнята зайнятий зайнято зайняті
        люди людина миру мільйонів відсотків рік року років році справ тисяч час часу
        чудово прекрасно ім'я початку
    """,
    "pl": """
        kierunku lat roku sposób www
    """,
    # news-agency vocabulary of the Arabic frequency list (months, agency names,
    # "visit", "million", "year", "morning", ...)
    "ar": """
        اعلنت اطار اعادة الذاتي ايار ايام برس زيارة سنة سنوات شخصا صباح عام عاما عدد لقاء
        للامم لوكالة مايو مساء مليار مليون نهاية قوة وقف يوم الوقت
        أب أخ حم فو عين
    """,
    # Romanian: nouns/adjectives of the union ("time", "day", "beautiful", "beer mug", ...)
    "ro": """
        acord bucur bună capat caut fata frumos halbă mare nevoie noroc nou spate timp vreme zi
    """,
    # two entries that are pairs of unrelated words glued together
    "fa": """
        تر_براساس شش_نداشته
    """,
    # web-page words of the Hungarian list ("article(s)", "let's search")
    "hu": """
        cikk cikkek cikkeket keressünk
    """,
}

# Single Latin/Cyrillic/Greek letters that are words in the language; all other
# single letters of those scripts are dropped (they are mostly alphabet
# enumerations or abbreviations in the upstream lists).
SINGLE_LETTER_WORDS = {
    "en": "a i",
    "fr": "a y à",
    "es": "a e o u y",
    "pt": "a e o à é",
    "it": "a e è i o",
    "ca": "a i o",
    "gl": "a e o á é ó",
    "ro": "a e o",
    "de": "",
    "nl": "u",
    "af": "",
    "la": "a e",
    "cs": "a i k o s u v z",
    "sk": "a i k o s u v z",
    "pl": "a i o u w z",
    "sl": "a k o s v z",
    "hr": "a i o s u k",
    "hu": "a e s ő",
    "sv": "i å",
    "da": "i å",
    "no": "i å",
    "ga": "a i é í ó",
    "ha": "a",
    "st": "a e o",
    "yo": "a o é í ó ń",
    "zu": "u",
    "tl": "o",
    "br": "a e i o",
    "eo": "k",
    "lt": "o į",
    "vi": "à á ơ ư ạ ồ ớ ờ ở ừ ử",
    "ru": "а в ж и к о с у я",
    "uk": "а б в ж з й і у я є",
    "bg": "а в е и й с у я",
    "el": "η ο ω ή ἃ ἡ ἢ ἣ ἤ ἥ ὁ ὃ ὅ ὦ ᾧ",
    "sr": "а и о у с",
    "mk": "а е и о ѝ",
    "sq": "a e i u",
    "uz": "u",
    "ht": "a e l m w y",
    "gd": "a e i o",
    "az": "o",
    "ku": "û",
}

_RO_COMMA = str.maketrans("şţ", "șț")
ARABIC_TASHKIL = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670"}
ALLOWED_PUNCT = {"'", "-", "."}
ALLOWED_FORMAT = {"\u200c", "\u200d"}  # ZWNJ/ZWJ are part of Persian, Indic spellings


def _script(ch):
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(script):
            return script
    return None


def _valid(word):
    """True when a normalised entry is a usable stop word (see rule 1)."""
    if not word or unicodedata.category(word[0]).startswith("M"):
        return False
    has_letter = False
    scripts = set()
    for ch in word:
        cat = unicodedata.category(ch)
        if cat in ("Lu", "Ll", "Lt", "Lo"):
            has_letter = True
        if cat.startswith("L") or cat.startswith("M"):
            script = _script(ch)
            if script:
                scripts.add(script)
            continue
        if ch == " " or ch in ALLOWED_PUNCT or ch in ALLOWED_FORMAT:
            continue
        return False  # digit, symbol, other punctuation, control character
    if not has_letter:
        return False
    if "LATIN" in scripts and len(scripts) > 1:
        return False
    return True


def clean(raw, lang, collection):
    """Return the set of normalised forms of one raw entry (empty when unusable).

    The main form is NFC(casefold(NFC(entry))). When plain lower-casing gives a
    different string (German "ß", Greek final "ς", Armenian "և") that form is
    kept as well, so a list matches tokens normalised either way."""
    repair = REPAIRS.get((collection, lang))
    word = repair(raw) if repair else raw
    word = word.strip().strip("\ufeff").strip()
    word = word.strip('",').strip()
    word = unicodedata.normalize("NFC", word)
    forms = set()
    for folded in (word.casefold(), word.lower()):
        folded = unicodedata.normalize("NFC", folded)
        folded = folded.replace("\u2019", "'").replace("\u02bc", "'")
        folded = " ".join(folded.split())
        if _valid(folded):
            forms.add(folded)
    return forms


def load_sources(source):
    iso_path = source / "stopwords-iso" / "stopwords-iso.json"
    pypi_dir = source / "stop-words-pypi"
    with open(iso_path, encoding="utf-8") as f:
        iso_raw = json.load(f)
    with open(pypi_dir / "languages.json", encoding="utf-8") as f:
        pypi_langs = json.load(f)
    iso = {code: list(words) for code, words in iso_raw.items()}
    pypi = {}
    for code, name in pypi_langs.items():
        with open(pypi_dir / f"{name}.txt", encoding="utf-8") as f:
            pypi[CODE_ALIASES.get(code, code)] = (name, f.read().split("\n"))
    return iso, pypi


# ---------------------------------------------------------------------------
# Supplementary collections: loaders. The Python files are parsed (ast), never run.

def _eval_words(node):
    """The strings of a literal word-list expression: "..." / "...".split() / "...".split("\\n"),
    set(...) / frozenset(...) / list(...) of one of those, or a set/list/tuple literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "split" and isinstance(func.value, ast.Constant):
            sep = ast.literal_eval(node.args[0]) if node.args else None
            return func.value.value.split(sep)
        if isinstance(func, ast.Name) and func.id in ("set", "frozenset", "list") and len(node.args) == 1:
            return _eval_words(node.args[0])
    raise SystemExit(f"cannot read a word list from: {ast.dump(node)[:200]}")


def _python_assignment(path, name):
    """The words assigned to the module-level variable `name` in the Python file at `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return _eval_words(node.value)
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == name:
            return _eval_words(node.value)
    raise SystemExit(f"{path}: no assignment to {name}")


def _python_dict_entry(path, key):
    """The words of the entry `key` of the first dict literal in `path` that has it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values):
                if isinstance(k, ast.Constant) and k.value == key:
                    return _eval_words(v)
    raise SystemExit(f"{path}: no dict entry {key!r}")


def _text_lines(path):
    """One entry a line; blank lines and '#' comment lines skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [l for l in lines if l.strip() and not l.lstrip().startswith("#")]


SUPPLEMENTS.update({
    "urduhack": (
        "urduhack 1.1.1 (PyPI, urduhack/stop_words.py, MIT, (c) 2018 Urdu Hack)",
        "urduhack", "urduhack/LICENSE", "LICENSE-urduhack", "MIT",
        lambda d, lang: _python_assignment(d / "urduhack" / "stop_words.py", "STOP_WORDS")),
    "punjabi-stopwords": (
        "punjabi-stopwords 1.0.0 (PyPI, punjabi_stopwords.py, MIT, (c) 2023 Gurpej Singh)",
        "punjabi-stopwords", "punjabi-stopwords/LICENSE", "LICENSE-punjabi-stopwords", "MIT",
        lambda d, lang: _python_assignment(d / "punjabi-stopwords" / "punjabi_stopwords.py", "STOPWORDS")),
    "pashto-stopwords": (
        "pashto-stopwords 1.0.0 (PyPI, pashto-stopwords.txt, MIT, (c) 2025 spinzar)",
        "pashto-stopwords", "pashto-stopwords/LICENSE", "LICENSE-pashto-stopwords", "MIT",
        lambda d, lang: _text_lines(d / "pashto-stopwords" / "pashto-stopwords.txt")),
    "nepalikit": (
        "nepalikit 1.0.7 (PyPI, nepalikit/data/stopwords.txt, MIT, (c) 2024 Prabhash Kumar Jha)",
        "nepalikit", "nepalikit/LICENSE", "LICENSE-nepalikit", "MIT",
        lambda d, lang: _text_lines(d / "nepalikit" / "stopwords.txt")),
    "telugu-stopwords": (
        "telugu-stopwords 0.1.1 (PyPI, telugu_stopwords.py, MIT, (c) 2025 Pavan Yellathakota)",
        "telugu-stopwords", "telugu-stopwords/LICENSE", "LICENSE-telugu-stopwords", "MIT",
        lambda d, lang: _python_dict_entry(d / "telugu-stopwords" / "telugu_stopwords.py", "telugu")),
    "laonlp": (
        "laonlp 1.3.0 (PyPI, laonlp/corpus/stopwords_lao.txt, Apache-2.0, Wannaphong Phatthiyaphaibun)",
        "laonlp", "laonlp/LICENSE", "LICENSE-laonlp", "Apache-2.0",
        lambda d, lang: _text_lines(d / "laonlp" / "stopwords_lao.txt")),
    "uzbek-stopwords": (
        "uzbek-stopwords 0.0.1 (PyPI, uzbek_stopwords/__init__.py, MIT, (c) 2025 Nurbek Suvonov)",
        "uzbek-stopwords", "uzbek-stopwords/LICENSE", "LICENSE-uzbek-stopwords", "MIT",
        lambda d, lang: _python_assignment(d / "uzbek-stopwords" / "__init__.py", "uzbek_stopwords")),
    "azerbaijani-stopwords": (
        "azerbaijani-stopwords 0.1.0 (PyPI, azerbaijani_stopwords/__init__.py, MIT, (c) 2025 Turkana Jafarli)",
        "azerbaijani-stopwords", "azerbaijani-stopwords/LICENSE", "LICENSE-azerbaijani-stopwords", "MIT",
        lambda d, lang: _python_assignment(d / "azerbaijani-stopwords" / "__init__.py", "AZERBAIJANI_STOPWORDS")),
    "spacy": (
        "spaCy 3.8.18 (PyPI, spacy/lang/{code}/stop_words.py, MIT, (c) 2016-2024 ExplosionAI GmbH, 2016 spaCy GmbH, 2015 Matthew Honnibal)",
        "spaCy", "spacy/LICENSE", "LICENSE-spacy", "MIT",
        lambda d, code: _python_assignment(d / "spacy" / "lang" / code / "stop_words.py", "STOP_WORDS")),
})


def load_supplements(upstream, lang):
    """[(collection key, description, raw words)] of the supplementary lists of `lang`."""
    out = []
    for spec in SUPPLEMENT_LANGS.get(lang, []):
        name, _, code = spec.partition(":")
        desc, _, _, _, _, loader = SUPPLEMENTS[name]
        code = code or lang
        out.append((name, desc.replace("{code}", code), loader(upstream, code)))
    return out


def clean_list(words, lang, collection):
    out = set()
    for raw in words:
        out |= clean(raw, lang, collection)
    return out


def words_of(spec):
    """Split a curated word list; "_" stands for a space inside an entry."""
    return set(unicodedata.normalize("NFC", w.replace("_", " ")) for w in spec.split())


def _add_variants(base, variants, notes, short, note, label):
    """Add to `base` the `variants` it lacks, and say how many in the header's and the table's notes."""
    new = variants - base
    base |= new
    notes.append(f"+{len(new)} {note}")
    short.append(f"+{len(new)} {label}")


def build_language(lang, lists):
    """Return (sorted words, source descriptions, rule for the header, rule for the README table).

    `lists`: [(collection key, description, raw words)], one or two collections."""
    cleaned = [clean_list(words, lang, key) for key, _, words in lists]
    union = set().union(*cleaned)
    notes = []
    short = []
    if len(lists) == 2:
        a, b = cleaned
        strategy = STRATEGY.get(lang, "intersection")
        base = a & b if strategy == "intersection" else set(union)
        notes.append(f"{strategy} of both collections ({len(a)} and {len(b)} usable entries)")
        short.append(f"{strategy} ({len(a)} / {len(b)})")
    else:
        base = set(union)
        name = {"iso": ISO_NAME, "pypi": PYPI_NAME}.get(lists[0][0], lists[0][0])
        notes.append(f"the {name} list ({len(union)} usable entries)")
        short.append("single list")

    if lang == "en":
        missing = sorted(EN_FUNCTION_WORDS - union)
        if missing:
            raise SystemExit(f"en: EN_FUNCTION_WORDS not in the collections: {missing}")
        base &= EN_FUNCTION_WORDS
        notes.append(f"restricted to the {len(EN_FUNCTION_WORDS)} closed-class words of EN_FUNCTION_WORDS")
        short.append("∩ EN_FUNCTION_WORDS")

    if lang == "ps":
        missing = sorted(PS_FUNCTION_WORDS - union)
        if missing:
            raise SystemExit(f"ps: PS_FUNCTION_WORDS not in the collection: {missing}")
        base &= PS_FUNCTION_WORDS
        notes.append(f"restricted to the {len(PS_FUNCTION_WORDS)} function words of PS_FUNCTION_WORDS")
        short.append("∩ PS_FUNCTION_WORDS")

    restore = words_of(RESTORE.get(lang, ""))
    if restore:
        missing = sorted(restore - union)
        if missing:
            raise SystemExit(f"{lang}: RESTORE words not in either collection: {missing}")
        added = restore - base
        base |= restore
        notes.append(f"+{len(added)} function words restored from one collection (RESTORE)")
        short.append(f"+{len(added)} restored")

    exclude = words_of(EXCLUDE.get(lang, ""))
    if exclude:
        missing = sorted(exclude - base)
        if missing:
            raise SystemExit(f"{lang}: EXCLUDE words not in the list: {missing}")
        base -= exclude
        notes.append(f"-{len(exclude)} content words/typos (EXCLUDE)")
        short.append(f"−{len(exclude)} excluded")

    allowed = words_of(SINGLE_LETTER_WORDS.get(lang, ""))
    dropped = {w for w in base if len(w) == 1 and _script(w) and w not in allowed}
    if dropped:
        base -= dropped
        notes.append(f"-{len(dropped)} single letters (SINGLE_LETTER_WORDS)")
        short.append(f"−{len(dropped)} letters")

    if lang == "ro":
        # the lists spell ş/ţ with a cedilla; modern Romanian text uses ș/ț (comma below)
        variants = {w.translate(_RO_COMMA) for w in base} - base
        base |= variants
        notes.append(f"+{len(variants)} spellings with comma-below ș/ț")
        short.append(f"+{len(variants)} ș/ț")

    if lang == "ar":
        variants = set()
        for w in base:
            bare = "".join(ch for ch in w if ch not in ARABIC_TASHKIL)
            if bare and bare != w:
                variants.add(bare)
        _add_variants(base, variants, notes, short, "forms without tashkil", "without tashkil")

    if lang == "sr":
        # the list is in Cyrillic; Serbian is written in Latin letters as often
        variants = {_sr_latin(w) for w in base} - base
        base |= variants
        notes.append(f"+{len(variants)} spellings in Latin letters")
        short.append(f"+{len(variants)} Latin")

    if lang == "ur":
        # after ن and م, many writers (the BBC among them) spell the aspirate with do-chashmi he:
        # انھوں, انھیں, جنھوں, تمھارا for انہوں, انہیں, جنہوں, تمہارا
        variants = set()
        for w in base:
            chars = list(w)
            for i in range(1, len(chars) - 1):
                if chars[i] == "ہ" and chars[i - 1] in "نم":
                    chars[i] = "ھ"
            variants.add("".join(chars))
        _add_variants(base, variants, notes, short, "spellings with ھ for ہ after ن and م (انھوں for انہوں)", "ھ spellings")

    if lang == "ps":
        # the list writes ي and ی at word ends where standard spelling has ې (کي for کې, چی for چې),
        # and sometimes Arabic kaf/yeh (ك, ي) inside words: add the other spellings
        variants = set()
        for w in base:
            w2 = w.replace("ك", "ک")
            stem, last = w2[:-1], w2[-1:]
            forms = {w2, stem.replace("ي", "ی") + last}
            if last in PS_FINAL_YEHS:
                forms |= {f[:-1] + y for f in list(forms) for y in PS_FINAL_YEHS}
            variants |= forms
        _add_variants(base, variants, notes, short, "spellings with the other final yeh (ي ی ې) and Persian kaf/yeh", "yeh/kaf spellings")

    forms = [pair.split(":") for pair in FORMS.get(lang, "").split()]
    if forms:
        missing = sorted(listed for _, listed in forms if listed not in base)
        if missing:
            raise SystemExit(f"{lang}: FORMS of words not in the list: {missing}")
        new = {unicodedata.normalize("NFC", form) for form, _ in forms} - base
        base |= new
        notes.append(f"+{len(new)} other forms of listed words (FORMS)")
        short.append(f"+{len(new)} forms")

    if lang == "mr":
        # the list spells as older print did; current Marathi (the BBC's among it) writes the
        # anusvara of the demonstratives' oblique plural (यांनी, त्यांच्या for यानी, त्याच्या) and spoken neuter forms
        # in -ं for -े (असं, होतं, केलं for असे, होते, केले)
        variants = set()
        for w in base:
            # the demonstratives' oblique plural: यानी, याच्या, त्याना → यांनी, यांच्या, त्यांना
            for stem in ("त्या", "या"):
                if w.startswith(stem) and len(w) > len(stem) and w[len(stem)] != "\u0902":
                    variants.add(stem + "\u0902" + w[len(stem):])
                    break
            if len(w) >= 3 and w.endswith("\u0947") and "\u0915" <= w[-2] <= "\u0939":
                variants.add(w[:-1] + "\u0902")
        _add_variants(base, variants, notes, short, "current spellings (यांनी for यानी, असं for असे)", "current spellings")

    sources = [desc for _, desc, _ in lists]
    return sorted(base), sources, "; ".join(notes), ", ".join(short)


_SR_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "č", "џ": "dž", "ш": "š",
})


def _sr_latin(word):
    """Serbian Cyrillic in Gaj's Latin alphabet (one-to-one but for љ, њ, џ)."""
    return word.translate(_SR_LATIN)


PS_FINAL_YEHS = ("ي", "ی", "ې")


def render(lang, words, sources, rule, keys):
    lines = [
        f"{GENERATED_MARK} from the stopwords-source data. Do not edit by hand.",
        f"# Language: {lang} ({LANGUAGE_NAMES.get(lang, lang)}), {len(words)} entries.",
    ]
    for s in sources:
        lines.append(f"# Source: {s}")
    if all(k in ("iso", "pypi") for k in keys):
        lines.append("# Licences: stopwords/LICENSE-stopwords-iso (MIT), stopwords/LICENSE-stop-words (BSD-3-Clause).")
    else:
        licences = []
        for k in keys:
            if k == "iso":
                licences.append("stopwords/LICENSE-stopwords-iso (MIT)")
            elif k == "pypi":
                licences.append("stopwords/LICENSE-stop-words (BSD-3-Clause)")
            else:
                _, _, _, copy, licence, _ = SUPPLEMENTS[k]
                licences.append(f"stopwords/{copy} ({licence})")
        lines.append(f"# Licences: {', '.join(licences)}.")
    lines.append(f"# Rule: {rule}.")
    lines.append("# Full rule and attribution: stopwords/README.md.")
    lines.extend(words)
    return "\n".join(lines) + "\n"


TABLE_BEGIN = "<!-- table:begin (generated by stopwords/build.py) -->"
TABLE_END = "<!-- table:end -->"


def update_readme(path, summary):
    """Rewrite the language table between the markers of stopwords/README.md, if present."""
    if not path.exists():
        return
    text = path.read_text(encoding="utf-8")
    if TABLE_BEGIN not in text or TABLE_END not in text:
        return
    rows = [
        "| Code | Language | Entries | Source(s) | Rule |",
        "|------|----------|--------:|-----------|------|",
    ]
    for lang, count, src, short in summary:
        rows.append(f"| `{lang}` | {LANGUAGE_NAMES.get(lang, lang)} | {count} | {src} | {short} |")
    rows.append("")
    names = {"iso": ISO_NAME, "pypi": PYPI_NAME}
    line = f"{len(summary)} languages, {sum(c for _, c, _, _ in summary)} entries."
    if SKIP:
        line += " Not shipped: " + "; ".join(
            f"`{lang}` ({LANGUAGE_NAMES.get(lang, lang)}): {why}" for lang, why in sorted(SKIP.items())) + "."
    if IGNORED:
        line += " Not used: " + "; ".join(
            f"{names[c]}'s `{lang}` list ({LANGUAGE_NAMES.get(lang, lang)}): {why}"
            for (c, lang), why in sorted(IGNORED.items())) + "."
    rows.append(line)
    head, rest = text.split(TABLE_BEGIN, 1)
    _, tail = rest.split(TABLE_END, 1)
    new = head + TABLE_BEGIN + "\n" + "\n".join(rows) + "\n" + TABLE_END + tail
    if new != text:
        path.write_text(new, encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                        help="stopwords-source folder (default: ../shared/data/stopwords-source from the repo root)")
    parser.add_argument("--upstream", type=Path, default=DEFAULT_UPSTREAM,
                        help="folder of the supplementary collections (default: stopwords/upstream)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="output folder (default: stopwords/ in the repo)")
    args = parser.parse_args(argv)

    iso, pypi = load_sources(args.source)
    codes = sorted((set(iso) | set(pypi) | set(SUPPLEMENT_LANGS)) - set(SKIP))
    args.out.mkdir(parents=True, exist_ok=True)

    written = set()
    summary = []
    used = set()
    for lang in codes:
        lists = []
        if lang in iso and ("iso", lang) not in IGNORED:
            lists.append(("iso", ISO_DESC, iso[lang]))
        if lang in pypi and ("pypi", lang) not in IGNORED:
            lists.append(("pypi", PYPI_DESC, pypi[lang][1]))
        lists += load_supplements(args.upstream, lang)
        if not 1 <= len(lists) <= 2:
            raise SystemExit(f"{lang}: {len(lists)} collections (one or two expected)")
        keys = [k for k, _, _ in lists]
        used.update(keys)
        words, sources, rule, short = build_language(lang, lists)
        if not words:
            raise SystemExit(f"{lang}: empty list")
        text = render(lang, words, sources, rule, keys)
        path = args.out / f"{lang}.txt"
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        written.add(path.name)
        names = {"iso": ISO_NAME, "pypi": PYPI_NAME}
        summary.append((lang, len(words), " + ".join(
            names.get(k) or SUPPLEMENTS[k][1] for k in keys), short))

    # Upstream licence texts, copied byte for byte.
    for src, dst in LICENCE_FILES:
        data = (args.source / src).read_bytes()
        (args.out / dst).write_bytes(data)
    for key in sorted(used - {"iso", "pypi"}):
        _, _, src, dst, _, _ = SUPPLEMENTS[key]
        (args.out / dst).write_bytes((args.upstream / src).read_bytes())

    # Remove lists this script generated earlier for languages no longer built.
    for path in sorted(args.out.glob("*.txt")):
        if path.name in written:
            continue
        with open(path, encoding="utf-8") as f:
            first = f.readline()
        if first.startswith(GENERATED_MARK):
            path.unlink()
            print(f"removed stale {path.name}")

    update_readme(args.out / "README.md", summary)
    for lang, count, src, short in summary:
        print(f"{lang}\t{count}\t{src}\t{short}")
    for lang, why in sorted(SKIP.items()):
        print(f"{lang}\tskipped: {why}")
    for (collection, lang), why in sorted(IGNORED.items()):
        print(f"{lang}\t{collection} list not used: {why}")
    print(f"{len(summary)} languages written to {args.out}")


if __name__ == "__main__":
    main()
