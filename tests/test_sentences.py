"""Sentence spans have one implementation (enrich.sentences) and reach every stage through the Analysis."""
from __future__ import annotations

import re
from pathlib import Path

from newsledger.enrich.records import Analysis
from newsledger.enrich.sentences import sentence_spans
from newsledger.records import Article

SRC = Path(__file__).resolve().parents[1] / "src" / "newsledger"
BODY = ("Maj. Gen. Apti Alaudinov said Russian forces retook Plekhovo. “We hold the line,” he told TASS.\n\n"
        "The U.S. Army did not comment. Ukraine's General Staff said 12 settlements were taken")


def _article(body: str) -> Article:
    return Article(id="a1", source={"uri": "t", "format": "text"}, title=None, outlet=None, credited_sources=(),
                   byline=(), published=None, language="en", body=body)


def test_rule_splitter_keeps_titles_abbreviations_and_paragraphs():
    assert [BODY[s:e] for s, e in sentence_spans(BODY)] == [
        "Maj. Gen. Apti Alaudinov said Russian forces retook Plekhovo.", "“We hold the line,” he told TASS.",
        "The U.S. Army did not comment.", "Ukraine's General Staff said 12 settlements were taken"]


def test_parser_sentences_are_cut_at_paragraph_breaks_and_trimmed():
    # a parse that glued the last sentence of a paragraph to the first of the next
    glued = [(0, 62), (62, BODY.index("Ukraine"))]
    texts = [BODY[s:e] for s, e in sentence_spans(BODY, glued)]
    assert texts == ["Maj. Gen. Apti Alaudinov said Russian forces retook Plekhovo.",
                     "“We hold the line,” he told TASS.", "The U.S. Army did not comment."]


def test_an_analysis_built_without_a_parse_has_the_same_sentences():
    analysis = Analysis(article=_article(BODY))
    assert analysis.sentences == sentence_spans(BODY)
    given = ((0, 10),)
    assert Analysis(article=_article(BODY), sentences=given).sentences == given


def test_no_other_module_splits_sentences():
    defining = [path.relative_to(SRC).as_posix() for path in SRC.rglob("*.py")
                if re.search(r"^def (?:sentence_spans|paragraph_spans|split_sentences)\b",
                             path.read_text(encoding="utf-8"), re.M)]
    assert defining == ["enrich/sentences.py"]


def test_a_name_keeps_the_stop_of_an_abbreviation_the_splitter_knows():
    # one list of abbreviations: the splitter does not end a sentence after them, and the name
    # cleaner does not take their stop for the sentence's
    from newsledger.enrich.names import clean_name
    body = "The survey came from Okafor et al. and was cited by Stone Bros. Media in May."
    assert [body[s:e] for s, e in sentence_spans(body)] == [body]
    assert [clean_name(n) for n in ("Okafor et al.", "Stone Bros.", "the Red Cross.", "Brigade 12.")] == \
        ["Okafor et al.", "Stone Bros.", "the Red Cross", "Brigade 12."]


def test_a_parsers_break_after_a_rank_before_a_name_is_no_sentence_end():
    body = "Army says bandit boss \"Maj. Okoro\" slain in Zamfara raid. Two others fled."
    cut = body.index("Maj.") + 4
    second = body.index("Two")
    spans = sentence_spans(body, [(0, cut), (cut + 1, second - 1), (second, len(body))])
    assert [body[s:e] for s, e in spans] == ["Army says bandit boss \"Maj. Okoro\" slain in Zamfara raid.", "Two others fled."]
