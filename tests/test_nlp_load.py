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
