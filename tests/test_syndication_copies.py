"""Syndication inside a story: a copy the store never linked still counts for one origin.

Real inputs: the SYNTHETIC example pages in examples/pages (03 is a lightly edited copy of 02).
"""
from __future__ import annotations

from pathlib import Path

from newsledger.extract import extract
from newsledger.records import RawDocument
from newsledger.stories.syndication import sources_for

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"


def _article(name: str):
    path = EXAMPLES / name
    return extract(RawDocument(uri=str(path), content=path.read_bytes()))


def test_an_unlinked_copy_in_a_story_is_not_an_independent_source():
    evening, danube, observer = (_article("02_kharkiv_evening_post_vovchansk.txt"),
                                 _article("03_danube_daily_copy.html"),
                                 _article("01_steppe_observer_vovchansk.html"))
    sources = {s.outlet: s for s in sources_for([evening, danube, observer], duplicates={})}
    assert sources["Danube Daily"].copy_of == evening.id
    assert not sources["Danube Daily"].independent
    assert sources["Danube Daily"].origin == sources["Kharkiv Evening Post"].origin
    assert sources["Kharkiv Evening Post"].independent and sources["Steppe Observer"].independent


def test_the_copy_is_found_in_either_arrival_order():
    evening, danube = _article("02_kharkiv_evening_post_vovchansk.txt"), _article("03_danube_daily_copy.html")
    forwards = sources_for([evening, danube], duplicates={})
    backwards = sources_for([danube, evening], duplicates={})
    assert sum(s.independent for s in forwards) == sum(s.independent for s in backwards) == 1
