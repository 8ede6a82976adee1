"""How events_global reads UCDP's type of violence from a coded event: civilians killed by a weapon
fired or laid from afar (shelling, an air strike, a landmine, a bomb) count in the war's dyad, the
deliberate killing of civilians (a gunman, a suicide bomber) is one-sided violence."""
from __future__ import annotations

import pytest

from newsledger.events.records import Event, Evidence

from evaluation.events_global import violence_type


def _event(sub_event_type: str, actor1: str | None = None, actor2: str | None = "Civilians (Syria)") -> Event:
    return Event(event_date="2020-01-01", time_precision=1, event_type="", sub_event_type=sub_event_type,
                 actor1=actor1, actor2=actor2, inter1=None, inter2=7, country="SY", admin1=None, location=None,
                 latitude=None, longitude=None, geo_precision=None, fatalities=2, fatality_claims=(),
                 claimant=None, source=(), notes="", evidence=Evidence("a", 0, 1))


@pytest.mark.parametrize("sub_event, expected", [("Remote explosive/landmine/IED", 1), ("Air/drone strike", 1),
                                                 ("Suicide bomb", 3), ("Attack", 3)])
def test_civilians_killed_from_afar_count_in_the_wars_dyad(sub_event, expected):
    assert violence_type((_event(sub_event),)) == expected
