"""The parser pipeline's load (issue 13 start-up): spaCy without its command-line interface, and
no component the pipeline never runs. In a fresh interpreter: the test process has spaCy already."""
from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from newsledger.enrich.nlp import load_nlp
nlp = load_nlp(places=False)
assert "spacy.cli" not in sys.modules, "spaCy's CLI was imported"
assert "senter" not in nlp.component_names, nlp.component_names
assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "entity_ruler", "ner"], nlp.pipe_names
doc = nlp("Russian forces said on Monday they had taken the village. The governor denied it.")
assert len(list(doc.sents)) == 2 and doc.has_annotation("DEP") and [e.label_ for e in doc.ents] == ["NORP", "DATE"]
import spacy
from spacy.cli.info import info            # the real interface, importable later
assert info.__module__ == "spacy.cli.info" and "spacy.cli" in sys.modules
assert isinstance(spacy.info(silent=True), dict)
"""


def test_the_pipeline_loads_without_spacys_cli_and_the_cli_still_works_afterwards():
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


SAME_AS_SPACY_LOAD = """
import catalogue
from newsledger.enrich.nlp import MODEL, import_spacy, load_nlp, ruler_patterns
installed = catalogue.AVAILABLE_ENTRY_POINTS
nlp = load_nlp(places=False)
spacy = import_spacy()
plain = spacy.load(MODEL, exclude=["senter"])              # spaCy's own way, default tokenizer first
ruler = plain.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
ruler.add_patterns(ruler_patterns())                       # its phrases tagged and parsed first
words = lambda r: {label: [[t.orth_ for t in doc] for doc in docs] for label, docs in r.phrase_patterns.items()}
assert words(nlp.get_pipe("entity_ruler")) == words(ruler)
assert catalogue.AVAILABLE_ENTRY_POINTS is installed, "catalogue's entry points not put back"
same = {"exclude": ["vocab"]}          # the strings differ: load_nlp adds the entity ruler's names
assert nlp.tokenizer.to_bytes(**same) == plain.tokenizer.to_bytes(**same), "the tokenizer differs from the model's"
# synthetic sentences with the tokenizer's special cases, affixes, a URL and an emoticon
text = ("Don't they'll say it's 5pm in the U.S.? E.g. (see https://example.org/a-b) :) -- "
        "Gov. Smith's aides won't comment; Russia's forces shelled 12 villages on Mon., 3 Feb., "
        "the Russian Defence Ministry told TASS on Telegram, and ISW and Reuters reported it.")
ours, theirs = nlp(text), plain(text)
assert [(t.text, t.whitespace_, t.norm_, t.tag_, t.pos_, t.dep_, t.head.i, str(t.morph), t.is_stop, t.like_num)
        for t in ours] == [(t.text, t.whitespace_, t.norm_, t.tag_, t.pos_, t.dep_, t.head.i, str(t.morph), t.is_stop,
                            t.like_num) for t in theirs]
assert [(e.start, e.end, e.label_) for e in ours.ents] == [(e.start, e.end, e.label_) for e in theirs.ents]
"""


def test_the_pipeline_tokenizes_tags_and_parses_as_spacy_load_makes_it():
    done = subprocess.run([sys.executable, "-c", SAME_AS_SPACY_LOAD], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


TWO_THREADS = """
import threading
import catalogue
from newsledger.enrich import nlp as nlp_module
installed = catalogue.AVAILABLE_ENTRY_POINTS
loads = []
real = nlp_module._load_model
def counted(spacy):
    loads.append(1)
    return real(spacy)
nlp_module._load_model = counted
got = {}
def load(places, key):
    got[key] = nlp_module.load_nlp(places)
threads = [threading.Thread(target=load, args=(places, key))
           for key, places in enumerate((True, False, False, True))]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
assert catalogue.AVAILABLE_ENTRY_POINTS is installed, type(catalogue.AVAILABLE_ENTRY_POINTS)
assert len(loads) == 2, len(loads)                      # each pipeline loaded once
assert got[0] is got[3] and got[1] is got[2] and got[0] is not got[1]
"""


def test_pipelines_loaded_from_two_threads_at_once_put_catalogue_back_and_load_once_each():
    done = subprocess.run([sys.executable, "-c", TWO_THREADS], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]


SAVE = """
import sys
from newsledger.enrich.nlp import load_nlp
nlp = load_nlp(places=False)
nlp.to_disk(sys.argv[1])
"""

LOAD_SAVED = """
import sys
import spacy
nlp = spacy.load(sys.argv[1])
assert "newsledger" not in sys.modules
assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": "spacy.Tokenizer.v1"}, nlp.config["nlp"]["tokenizer"]
doc = nlp("Officials didn't say when the U.N. team would arrive.")   # synthetic
assert [t.text for t in doc][:4] == ["Officials", "did", "n't", "say"], [t.text for t in doc]
"""


def test_the_saved_pipeline_loads_with_spacy_alone(tmp_path):
    saved = str(tmp_path / "pipeline")
    done = subprocess.run([sys.executable, "-c", SAVE, saved], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    done = subprocess.run([sys.executable, "-I", "-c", LOAD_SAVED, saved], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_attribute_rulers_matches_and_the_lemmas_are_spacys_own():
    """`load_nlp` finds the attribute ruler's matches with an index and lemmatises with set-valued
    word lists: the same matches and lemmas as spaCy's Matcher and lemmatizer (synthetic text
    with the model's two-token and regular-expression rules: "gonna", "let's", "ain't", "nothin'",
    "y'all", "there were")."""
    from spacy.pipeline.attributeruler import AttributeRuler

    from newsledger.enrich.nlp import _LEMMATIZERS, load_nlp

    nlp = load_nlp(places=False)
    ruler = nlp.get_pipe("attribute_ruler")
    assert type(ruler.match).__name__ == "_AttributeMatches"
    text = ("We're gonna hold, let's be clear: it ain't over and there were nothin' left, y'all. "
            "The shelling of Kupiansk killed 12 people on Monday; officials said they'd rebuilt schools,\n\n"
            "   bridges and the 3rd battalion's better-armed units.")
    doc = nlp(text)
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    quick, own = _LEMMATIZERS[id(nlp.vocab)], nlp.get_pipe("lemmatizer")
    assert quick is not own
    assert [quick.lemmatize(t) for t in doc] == [own.lemmatize(t) for t in doc]


def test_rules_added_to_the_attribute_ruler_later_are_matched_too():
    import spacy
    from spacy.pipeline.attributeruler import AttributeRuler

    from newsledger.enrich.nlp import _AttributeMatches

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the"}, {"LOWER": {"IN": ["town", "village"]}}]], {"LEMMA": "place"}, index=1)
    _AttributeMatches.install(ruler)
    doc = nlp.make_doc("The village and the town, then the Village again.")
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc) and len(ruler.match(doc)) == 3
    ruler.add([[{"LOWER": {"REGEX": "^t"}}, {"ORTH": ","}]], {"LEMMA": "end"})      # indexed again
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc) and len(ruler.match(doc)) == 4
    assert "match" in vars(ruler)
    ruler.add([[{"LOWER": "then"}, {"OP": "?"}]], {"LEMMA": "next"})     # an operator: spaCy's Matcher again
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    assert "match" not in vars(ruler)
    assert [t.lemma_ for t in nlp(doc.text)][1] == "place"


def _ruled(doc):
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    return doc.to_array([POS, TAG, LEMMA, DEP, MORPH]).tolist(), [str(t.morph) for t in doc]


def test_the_attribute_rulers_annotations_are_spacys_own():
    """`load_nlp`'s attribute ruler sets its annotations with `_AttributeMatches.annotate` (one-token
    rules answered once per distinct token, values written with `Doc.from_array`): the same parts
    of speech, tags, lemmas, dependencies and morphology as spaCy's `set_annotations` over spaCy's
    matches (synthetic text with the model's two-token and regular-expression rules)."""
    from spacy.pipeline.attributeruler import AttributeRuler

    from newsledger.enrich.nlp import load_nlp

    nlp = load_nlp(places=False)
    ruler = nlp.get_pipe("attribute_ruler")
    assert type(ruler).__name__ == "_QuickAttributeRuler" and isinstance(ruler, AttributeRuler)
    text = ("Y'all ain't gonna believe it: let's say there were nothin' but 40 trucks, and we're done.\n\n"
            "The governor's aides couldn't confirm whether the 2nd brigade had withdrawn from Lyman.   ")
    before = list(nlp.pipe([text, text], disable=[n for n in nlp.pipe_names if n not in ("tok2vec", "tagger", "parser")]))
    AttributeRuler.__call__(ruler, before[0])          # spaCy's matches and set_annotations
    ruler(before[1])
    assert _ruled(before[0]) == _ruled(before[1])
    assert _ruled(nlp(text)) == _ruled(before[0])


def test_the_quick_attribute_ruler_follows_the_rulers_order_and_hands_back_what_it_cannot_set():
    import spacy
    from spacy.pipeline.attributeruler import AttributeRuler

    from newsledger.enrich.nlp import _AttributeMatches

    def both(nlp, ruler, text):
        ours, spacys = nlp.make_doc(text), nlp.make_doc(text)
        ruler(ours)
        AttributeRuler.__call__(ruler, spacys)
        return [t.lemma_ for t in ours], [t.lemma_ for t in spacys], [t.norm_ for t in ours], [t.norm_ for t in spacys]

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the"}]], {"LEMMA": "det"})
    ruler.add([[{"LOWER": "the"}, {"LOWER": {"IN": ["town", "village"]}}]], {"LEMMA": "place"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^vil"}}]], {"LEMMA": "vil", "POS": "NOUN"})     # later: it wins
    ruler.add([[{"IS_SPACE": True}]], {"TAG": "_SP"})
    _AttributeMatches.install(ruler)
    text = "The village and the town,  then the Village again."
    ours, spacys, _, _ = both(nlp, ruler, text)
    assert ours == spacys and ours[:5] == ["det", "vil", "", "det", "place"], ours
    assert ruler.match.annotate(nlp.make_doc(text))
    ruler.add([[{"LOWER": "then"}]], {"NORM": "next"})          # set on the word's lexeme too: spaCy's
    assert not ruler.match.annotate(nlp.make_doc(text))
    ours, spacys, our_norms, spacys_norms = both(nlp, ruler, text)
    assert ours == spacys and our_norms == spacys_norms and "next" in our_norms
