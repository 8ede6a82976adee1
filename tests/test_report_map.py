"""The report's map shows where things happened: not where a source is based ("a Vienna-based
analyst"), nor a capital named for its government ("Kyiv said"). Synthetic reports written here,
read through the library API as a user would."""
from __future__ import annotations

import re

import pytest

import newsledger

TAIL = ("Residents described a night of explosions and fires, and emergency crews worked until morning to "
        "reach the wounded in nearby villages.")


def _map_titles(html: str) -> list[str]:
    svg = re.search(r'<svg class="map".*?</svg>', html, re.S)
    assert svg is not None, "the report has no map"
    return [t for t in re.findall(r"<title>([^<]*)", svg.group(0)) if "mention" in t]


def _story(body: str):
    analysis = newsledger.analyze(newsledger.extract(body))
    assert any(p.name == "Vienna" for p in analysis.places), "the places stage should find Vienna in the text"
    return newsledger.build_stories([analysis])[0]


@pytest.mark.parametrize("body, where", [
    # an event: the map shows where it happened
    ("Shelling near Kupiansk\n\nRussian forces shelled the town of Kupiansk on Monday, killing three civilians, "
     "regional officials said. Kyiv said the attack was a war crime.\n\n“The strikes will continue,” a "
     "Vienna-based analyst told Reuters. " + TAIL, "Kupyansk"),
    # no event and no claim: the map shows the places the article is about, still not Vienna or Kyiv
    ("Winter in Kharkiv\n\nOfficials in Kharkiv began repairing the heating network on Monday. Kyiv said it "
     "would send generators to the city before the frost.\n\n“Repairs will take weeks,” a Vienna-based analyst "
     "told Reuters. " + TAIL, "Kharkiv"),
])
def test_map_leaves_out_based_places_and_the_capital_as_government(body, where):
    story = _story(body)
    names = [place.name for place in story.map_places]
    assert names and names[0] == where
    assert not {"Vienna", "Kyiv", "Kiev"} & set(names)
    titles = _map_titles(newsledger.render(story, "html"))
    assert any(t.startswith(where) for t in titles)
    assert not any(t.startswith(("Vienna", "Kyiv", "Kiev")) for t in titles)


def test_a_place_named_for_talks_or_a_base_is_not_where_an_event_happened():
    from newsledger.events.where import named_after_preposition, not_a_scene

    near = "Two soldiers were killed near Istanbul on Monday."
    found = named_after_preposition(near, 0, len(near))
    assert found is not None and found.place.name == "Istanbul"
    for text in ("Two soldiers were killed, officials at the Istanbul talks said on Monday.",
                 "Two soldiers were killed, an analyst in Istanbul-based media said on Monday."):
        assert named_after_preposition(text, 0, len(text)) is None, text
    body = "A Vienna-based analyst said troops shelled Kharkiv while advancing toward Pokrovsk."
    scenes = {name: not not_a_scene(body, body.index(name), body.index(name) + len(name))
              for name in ("Vienna", "Pokrovsk", "Kharkiv")}
    assert scenes == {"Vienna": False, "Pokrovsk": False, "Kharkiv": True}
