"""Stories: clustering across outlets, syndication, claim alignment and framing.

Real inputs: the two seed pages (shared corpus) and the SYNTHETIC example pages in examples/pages;
unit cases use hand-made Analysis records (marked synthetic below).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsledger.enrich.records import Analysis
from newsledger.events.records import ControlClaim, Evidence
from newsledger.extract import extract
from newsledger.ingest.files import read_file
from newsledger.records import Article, Published
from newsledger.stories.claims import align_claims, find_claims
from newsledger.stories.cluster import ClusterOptions, StoryDoc, build_stories, cluster_docs, lead_doc
from newsledger.stories.text import words
from newsledger.stories.pipeline import analyse, bundle_stories
from newsledger.stories.syndication import sources_for

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"


def _articles(paths) -> list:
    articles = [extract(read_file(Path(p))) for p in paths]   # as ingest reads them (save time = fetch time)
    assert all(isinstance(a, Article) for a in articles), articles
    return articles


@pytest.fixture(scope="module")
def seed_bundle(seeds):
    analyses = [analyse(a) for a in _articles([seeds["000"], seeds["001"]])]
    bundles = bundle_stories(analyses)
    assert len(bundles) == 1, [b.story.title for b in bundles]
    return bundles[0]


@pytest.fixture(scope="module")
def example_bundles():
    analyses = [analyse(a) for a in _articles(sorted(EXAMPLES.iterdir()))]
    by_title = {a.article.title: a.article.id for a in analyses}
    copy = by_title["Analysts say Russia now holds more than half of Vovchansk"]
    danube = next(a.article.id for a in analyses if a.article.outlet == "Danube Daily")
    evening = next(a.article.id for a in analyses if a.article.outlet == "Kharkiv Evening Post")
    assert copy in (danube, evening)
    return bundle_stories(analyses, {danube: evening})


def _article(text: str, *, title: str, day: str, outlet: str = "Synthetic Wire", credits=()) -> Article:
    return Article(id=f"id-{abs(hash((title, day))) % 10**8}", source={"uri": f"{title}.txt", "format": "text"},
                   title=title, outlet=outlet, credited_sources=tuple(credits), byline=(),
                   published=Published(day, "day", day), language="en", body=text)


# -- clustering ------------------------------------------------------------------------------

def test_the_two_seeds_six_weeks_apart_are_one_story(seed_bundle):
    story = seed_bundle.story
    assert len(story.article_ids) == 2
    assert (story.first, story.last) == ("2024-09-12", "2024-10-25")
    assert "Kursk" in story.title


def test_example_pages_make_one_story_and_the_unrelated_page_stands_alone(example_bundles):
    sizes = sorted(len(b.story.article_ids) for b in example_bundles)
    assert sizes == [1, 5]
    alone = next(b for b in example_bundles if len(b.story.article_ids) == 1)
    assert "Tyrol" in alone.story.title


def test_a_distant_date_decays_the_score_and_keeps_stories_apart():
    # synthetic: the same words a year apart are two stories, a week apart one
    text = "Shelling of Avdiivka coke plant continued as Ukrainian forces held the northern districts."
    docs = [StoryDoc("a", "Avdiivka shelled", text, date(2023, 3, 1), frozenset({"avdiivka"})),
            StoryDoc("b", "Avdiivka shelled again", text, date(2023, 3, 8), frozenset({"avdiivka"})),
            StoryDoc("c", "Avdiivka shelled again", text, date(2024, 6, 1), frozenset({"avdiivka"}))]
    assert cluster_docs(docs, ClusterOptions()) == [[0, 1], [2]]


def test_lead_docs_cluster_and_name_stories_as_the_whole_docs():
    # SYNTHETIC bodies, long enough that the lead is a small part; unusual spaces and folded letters
    filler = " ".join(f"Straße{n}\u00a0Rivers{n}'s\tcrossing{n} at the bridge\u2028" for n in range(400))
    docs = [StoryDoc(f"d{n}", f"Flood closes bridge {n % 3}", f"Water rose over the bridge {n % 3} road. " + filler,
                     date(2023, 3, 1 + n), frozenset({f"town{n % 3}"})) for n in range(9)]
    leads = [lead_doc(doc) for doc in docs]
    assert all(len(lead.text) < len(doc.text) / 4 for lead, doc in zip(leads, docs))
    for lead, doc in zip(leads, docs):
        kept = words(lead.text)
        assert len(kept) >= ClusterOptions().lead_words and kept == words(doc.text)[: len(kept)]
    assert build_stories(leads) == build_stories(docs)
    assert lead_doc(StoryDoc("s", "t", "A short body.", None)).text == "A short body."


def test_story_ids_are_stable_whatever_the_input_order(seeds):
    articles = _articles([seeds["000"], seeds["001"]])
    assert build_stories(articles)[0].id == build_stories(list(reversed(articles)))[0].id


# -- syndication -----------------------------------------------------------------------------

def test_seed_001_relays_the_washington_post_and_is_not_independent(seed_bundle):
    source = next(s for s in seed_bundle.sources if s.outlet == "Al Mayadeen English")
    assert source.credits == ("The Washington Post",)
    assert source.origin == "The Washington Post"
    assert not source.independent


def test_a_near_copy_counts_for_its_original_outlet():
    # synthetic
    original = _article("Body of the original report about Pokrovsk.", title="Pokrovsk", day="2024-11-02",
                        outlet="Donbas Desk")
    copy = _article("Body of the original report about Pokrovsk, lightly edited.", title="Pokrovsk copy",
                    day="2024-11-03", outlet="Aggregator Daily")
    sources = {s.article_id: s for s in sources_for([original, copy], {copy.id: original.id})}
    assert sources[copy.id].copy_of == original.id
    assert sources[copy.id].origin == "Donbas Desk"
    assert not sources[copy.id].independent and sources[original.id].independent


def test_corroboration_counts_origins_not_pages(example_bundles):
    story = next(b for b in example_bundles if len(b.story.article_ids) == 5)
    ccm = [c for g in story.claim_groups for c in g.claims if c.value == 55 and c.unit == "percent"]
    # the report, its syndicated copy, and a third page citing the CCM: three pages, one origin
    assert len({c.evidence.article_id for c in ccm}) == 3
    assert {c.origin for c in ccm} == {"Centre for Conflict Mapping"}


# -- claims ----------------------------------------------------------------------------------

def test_putin_asserts_encirclement_and_syrsky_disputes_it(seed_bundle):
    group = next(g for g in seed_bundle.claim_groups if g.kind == "encirclement")
    assert group.verdict == "contradicted"
    by_polarity = {c.polarity: c for c in group.claims}
    assert by_polarity[1].claimant == "Vladimir Putin"
    assert by_polarity[-1].claimant == "Oleksandr Syrsky"
    assert by_polarity[1].disputed_by == "Oleksandr Syrsky"


def test_settlements_and_percent_are_not_strung_into_one_evolution(seed_bundle):
    # like with like: "about ten settlements" (September) and "46%" (October) are two subjects
    russia = [g for g in seed_bundle.claim_groups if g.kind == "control" and g.controller == "Russia"]
    units = {g.claims[0].unit: g for g in russia}
    alaudinov = next(c for c in units["settlement"].claims)
    assert (alaudinov.claimant, alaudinov.channel, alaudinov.value, alaudinov.approx) == ("Apti Alaudinov", "TASS", 10.0, True)
    assert alaudinov.place == "Kursk Oblast" and alaudinov.date == "2024-09-12"
    assert units["settlement"].verdict == "single"
    share = units["percent"]
    assert {c.value for c in share.claims} == {50.0, 46.0} and all(c.unit == "percent" for c in share.claims)
    isw = next(c for c in share.claims if c.value == 46.0)
    assert isw.chain == ("Institute for the Study of War", "The Washington Post", "Al Mayadeen English")
    assert all(g.verdict != "evolving" for g in russia)       # no "~10 settlements -> ~50% -> 46%"


def test_one_place_one_date_one_verdict_per_claim(seed_bundle):
    # the claims' places and dates are the events stage's: the incursion is dated as the event
    claims = [c for g in seed_bundle.claim_groups for c in g.claims]
    assert {c.place for c in claims} == {"Kursk Oblast"}
    incursion = next(c for c in claims if c.unit == "km2")
    at = (incursion.evidence.start, incursion.evidence.end)
    event = next(e for e in seed_bundle.events if e.evidence.article_id == incursion.evidence.article_id
                 and ((e.evidence.start, e.evidence.end) == at or at in e.also_reported_at))
    assert incursion.date == event.event_date == "2024-08-06" and incursion.place == event.location
    verdicts = {}
    for group in seed_bundle.claim_groups:
        for claim in group.claims:
            assert verdicts.setdefault((claim.evidence, claim.value, claim.polarity), group.verdict) == group.verdict
    assert {g.verdict for g in seed_bundle.claim_groups} <= {"corroborated", "contradicted", "evolving", "single"}


def test_the_12000_figure_is_a_hedged_claim_of_the_defense_ministry(seed_bundle):
    claim = next(c for g in seed_bundle.claim_groups for c in g.claims if c.value == 12000)
    assert claim.kind == "casualties" and claim.controller == "Ukraine"
    assert claim.claimant == "Russian defense ministry"
    assert {"disputed", "unverifiable"} <= set(claim.hedges)
    assert claim.disputed_by is None                        # a hedge, not a named disputant


def test_denial_in_the_next_sentence_is_tied_to_the_claim_it_answers(example_bundles):
    story = next(b for b in example_bundles if len(b.story.article_ids) == 5)
    group = next(g for g in story.claim_groups if g.kind == "encirclement")
    assert group.verdict == "contradicted"
    deniers = {c.claimant for c in group.claims if c.polarity < 0}
    assert "Andriy Marchenko" in deniers


def _control(claimant: str, value: float, unit: str, day: str, article_id: str, source=()) -> ControlClaim:
    """A control claim as the events stage makes it (synthetic)."""
    return ControlClaim("Donetsk Oblast", f"{value:g} {unit}", "Russia", "taken", claimant, tuple(source), day, (),
                        Evidence(article_id, 0, 40), value=value, unit=unit)


def _judged(*claims: tuple[ControlClaim, str, str]) -> tuple:
    found = []
    for claim, day, outlet in claims:
        article = _article("Russian forces captured settlements in the Donetsk region.", title=claim.claimant or "",
                           day=day, outlet=outlet)
        found += find_claims(Analysis(article=article, control_claims=(claim,)))
    return align_claims(found)


def test_verdicts_compare_like_with_like():
    # synthetic claims, as the events stage records them
    ministry = _control("Russian defense ministry", 30, "settlement", "2024-05-01", "a")
    kyiv = _control("Kyiv Independent", 31, "settlement", "2024-05-01", "b")
    groups = _judged((ministry, "2024-05-01", "Wire A"), (kyiv, "2024-05-01", "Wire B"))
    assert len(groups) == 1 and groups[0].verdict == "corroborated" and len(groups[0].origins) == 2
    far = _control("ISW", 45, "settlement", "2024-05-01", "c")
    assert _judged((ministry, "2024-05-01", "Wire A"), (far, "2024-05-01", "Wire C"))[0].verdict == "contradicted"
    later = _control("Russian defense ministry", 45, "settlement", "2024-06-01", "d")
    evolving = _judged((ministry, "2024-05-01", "Wire A"), (later, "2024-06-01", "Wire A"))
    assert evolving[0].verdict == "evolving" and "30 settlements" in evolving[0].note
    share = _control("ISW", 40, "percent", "2024-06-01", "e")
    assert len(_judged((ministry, "2024-05-01", "Wire A"), (share, "2024-06-01", "Wire C"))) == 2
    relayed = _control("Russian defense ministry", 30, "settlement", "2024-05-02", "f", source=("TASS",))
    again = _judged((ministry, "2024-05-01", "Wire A"), (relayed, "2024-05-02", "Wire B"))
    assert again[0].verdict == "single" and again[0].origins == ("Russian defense ministry",)


def test_claims_carried_by_one_wire_are_one_origin():
    # synthetic: two claimants both "according to" one wire are one report; heard first-hand, two
    ministry = _control("Russian defense ministry", 30, "settlement", "2024-05-01", "a", source=("Reuters",))
    think_tank = _control("ISW", 31, "settlement", "2024-05-01", "b", source=("Reuters",))
    carried = _judged((ministry, "2024-05-01", "Wire A"), (think_tank, "2024-05-01", "Wire B"))
    assert carried[0].verdict == "single" and carried[0].origins == ("Reuters",)
    heard = _judged((_control("Russian defense ministry", 30, "settlement", "2024-05-01", "a"), "2024-05-01", "Wire A"),
                    (_control("ISW", 31, "settlement", "2024-05-01", "b"), "2024-05-01", "Wire A"))
    assert heard[0].verdict == "corroborated" and len(heard[0].origins) == 2


def test_the_putin_syrsky_dispute_via_the_washington_post_is_one_origin(seed_bundle):
    # seed 001 credits The Washington Post for the whole page: assertion and denial reach it through one outlet
    group = next(g for g in seed_bundle.claim_groups if g.kind == "encirclement")
    assert group.verdict == "contradicted" and group.origins == ("The Washington Post",)


def test_an_unnamed_claimant_counts_for_the_outlet_that_relays_it():
    analysts = _control("Analysts", 12, "settlement", "2024-05-01", "g")
    group = _judged((analysts, "2024-05-01", "Wire A"))[0]
    assert group.claims[0].claimant is None and group.origins == ("Wire A",)


# -- framing ---------------------------------------------------------------------------------

def test_kiev_and_kyiv_are_shown_side_by_side(seed_bundle):
    row = next(r for r in seed_bundle.framing if r.concept == "capital of Ukraine")
    assert row.differs
    choice = {t.outlet: t.variant for t in row.terms}
    assert choice["Al Mayadeen English"] == "Kiev"
    assert "Kyiv" in choice.values()


def test_words_inside_quotation_marks_are_the_speakers_not_the_outlets():
    # synthetic
    body = 'The mayor said: "The occupiers shelled the market." Russian forces denied it.'
    from newsledger.stories.framing import find_framing

    rows = find_framing([Analysis(article=_article(body, title="Q", day="2024-01-01"))])
    assert not any(r.concept == "the other side's troops" for r in rows)
