"""A fronted clause of speaking ("Speaking in Lisbon on Friday, the envoy said ...") tells where and
when the report was made, never where or when the act it reports happened (audit A53). The texts
are synthetic."""
from __future__ import annotations

from newsledger.events.complements import tells_the_report

from events_support import analyzed_events


def test_the_day_of_a_fronted_speaking_clause_is_the_reports():
    s = "Speaking in Lisbon on Friday, Niger's interior minister said his gendarmes had repelled a raid on Thursday."
    cue = (s.index("raid"), s.index("raid") + 4)
    assert tells_the_report(s, s.index("on Friday"), s.index(","), *cue)
    assert not tells_the_report(s, s.index("on Thursday"), len(s) - 1, *cue)
    s = "Addressing donors in Rome on Friday, the governor said bandits had raided a market on Wednesday."
    assert tells_the_report(s, s.index("on Friday"), s.index(","), s.index("raided"), s.index("raided") + 6)


def test_a_fronted_speaking_clause_gives_the_act_neither_its_place_nor_its_day():
    (event,) = analyzed_events("Speaking in Paris on Thursday, Niger's interior minister said his soldiers had "
                               "killed 14 bandits in a gunfight in the west on Wednesday.", "2026-05-09")
    assert (event.country, event.event_date) == ("NE", "2026-05-06")
    assert "France" not in (event.actor1 or "") and "France" not in (event.actor2 or "")
    # told after the speaker's name, the same clause was already the report's
    (event,) = analyzed_events("Niger's interior minister told reporters in Paris on Thursday that his soldiers had "
                               "killed 14 bandits in a gunfight in western Niger on Wednesday.", "2026-05-09")
    assert (event.country, event.event_date) == ("NE", "2026-05-06")


def test_an_act_told_where_it_happened_keeps_its_place():
    (event,) = analyzed_events("Gunmen killed nine villagers in Tillaberi on Thursday, the interior minister said.",
                               "2026-05-09")
    assert (event.country, event.event_date) == ("NE", "2026-05-07")
