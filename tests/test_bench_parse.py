"""The parse benchmark's bound on a relevance gate counts the words of the sentences that hold a claim,
event or quantity cue (`bench.parse._cued`). Sentences here are synthetic."""
from __future__ import annotations

from bench.parse import _cued
from newsledger.enrich.attribution_lexicon import CUE_LEMMAS
from newsledger.enrich.nlp import lemma, load_nlp
from newsledger.events.cues import names_an_act


def test_a_sentence_is_cued_by_a_reporting_verb_a_number_a_quotation_mark_or_an_act_of_war() -> None:
    doc = load_nlp()("The mayor of Brenford announced a new ferry line. The river ran slowly past the old mill. "
                     "Nine barges waited at the pier. A drone strike hit a fuel depot near Orlavka. "
                     "\u201cWe stay,\u201d the keeper wrote. The gulls circled above the harbour.")
    cued = [_cued(s, lemma, CUE_LEMMAS, names_an_act) for s in doc.sents]
    assert cued == [True, False, True, True, True, False]
