"""Events of any war: actors named after the article's geography (never a Ukraine default), named
groups read from the conflict vocabularies, incidents only (history and tolls are not events),
victim groups summed. The sentences are synthetic, written after news of those wars."""
from __future__ import annotations

from newsledger.enrich.records import Place
from newsledger.events.fatalities import deaths_in

from events_support import LOGAR, code_dated_text, code_text

COLOMBO = Place("Colombo", 1248991, 6.93, 79.85, "Western", "LK", 1, feature="city")
MARIB = Place("Marib", 71333, 15.46, 45.33, "Ma'rib", "YE", 1, feature="city")


def code(body: str, places: tuple[Place, ...] = (), published: str = "2008-06-10"):
    return code_text(body, places, published)


def test_a_scuffle_in_sri_lanka_is_coded_with_sri_lankas_forces_not_ukraines():
    (event,) = code("Soldiers attacked journalists at a television station in Colombo on Monday.", (COLOMBO,))
    assert event.actor1 == "Military Forces of Sri Lanka" and event.country == "LK"
    assert "Ukraine" not in (event.actor2 or "") and event.actor2 == "Civilians (Sri Lanka)"


def test_named_groups_are_read_from_the_vocabulary_of_the_articles_war():
    (taliban,) = code("Taliban fighters attacked a police checkpoint in Logar on Sunday, killing four policemen.", (LOGAR,))
    assert taliban.actor1 == "Taliban" and taliban.inter1 == 2 and taliban.fatalities == 4
    (npa,) = code("NPA rebels ambushed an army patrol in Agusan del Norte, killing two soldiers.")
    assert npa.actor1 == "NPA: New People's Army" and npa.country == "PH"


def test_with_no_geography_the_generic_actors_stay_empty_rather_than_ukrainian():
    events = code("Rebels attacked the town on Monday, killing two soldiers.")
    assert all("Ukraine" not in (e.actor1 or "") + (e.actor2 or "") for e in events)
    assert all(e.actor1 is None for e in events)


def test_history_and_campaign_tolls_are_not_events():
    # synthetic
    body = ("In 2003, gunmen of a jihadist cell killed 14 people in a truck bombing near a hotel in Tunis.\n\n"
            "Fighting since the uprising of 2011 has killed at least 6,500 people.")
    # the year dates the bombing, read as the enrich stage reads the text's dates (it is no toll of a period)
    assert code_dated_text(body, "2015-03-19") == ()


def test_victim_groups_add_up_and_the_wounded_are_not_dead():
    assert [d.value for d in deaths_in("Gunmen killed eight Spaniards and two Yemenis near Marib")] == [10]
    assert [d.value for d in deaths_in("Two soldiers and three civilians were killed and 12 were wounded")] == [5]
    assert deaths_in("Two soldiers and three civilians were wounded") == ()
    (event,) = code("Gunmen killed eight Spaniards and two Yemenis in an attack in Marib on Monday.", (MARIB,))
    assert event.fatalities == 10 and event.country == "YE"


def test_the_dead_keep_their_count_when_the_wounded_have_one_of_their_own():
    assert [d.value for d in deaths_in("12 people were killed and 30 wounded in the blast")] == [12]
    assert [d.value for d in deaths_in("17 villagers were killed and dozens hurt")] == [17]
    assert [d.value for d in deaths_in("A witness told us 12 people were killed")] == [12]
    assert [d.value for d in deaths_in("Five soldiers were killed and seriously wounded")] == [1]


def test_a_raid_on_two_villages_is_an_incident_and_a_toll_over_many_places_is_not():
    body = "Russian strikes killed five civilians in two villages near Kharkiv on Monday, officials said."
    assert len(code(body)) == 1
    # synthetic: the dead of one day spread over many places (coder._many_places); no "since" makes it a toll
    assert code("At least 84 demonstrators were killed in 17 cities on Friday.") == ()


def _mention(actor1, inter1, actor2, inter2, sub_event_type="Attack", start=0):
    from newsledger.events.records import Event, Evidence

    return Event(event_date="2017-10-04", time_precision=1, event_type="Violence against civilians"
                 if sub_event_type == "Attack" else "Battles", sub_event_type=sub_event_type, actor1=actor1,
                 actor2=actor2, inter1=inter1, inter2=inter2, country="LY", admin1="Misratah", location="Misratah",
                 latitude=32.4, longitude=15.1, geo_precision=1, fatalities=0, fatality_claims=(), claimant=None,
                 source=(), notes='On 2017-10-04, reported: "synthetic"', evidence=Evidence("a", start, start + 10))


def test_a_merged_incident_never_faces_its_own_actor_or_side():
    from newsledger.events.merging import _combine, _merge

    # "Islamic State claims the attack" told more of by "Militants ... were killed": the generic
    # militants are, as far as the article tells, the named group, not its opponent
    event = _combine(_mention("Islamic State (Libya)", 2, None, None),
                     _mention(None, None, "Unidentified Armed Group (Libya)", 2, start=20))
    assert (event.actor1, event.actor2, event.inter2) == ("Islamic State (Libya)", None, None)
    (event,) = _merge([_mention(None, None, "Military Forces of Algeria", 1, "Armed clash"),
                       _mention("Military Forces of Algeria", 1, None, None, "Armed clash", start=20)])
    assert event.actor1 is None and event.actor2 == "Military Forces of Algeria"
    event = _combine(_mention("Military Forces of Pakistan (2018-2022)", 1, None, None, "Armed clash"),
                     _mention(None, None, "Police Forces of Pakistan (2018-2022)", 1, "Armed clash", start=20))
    assert event.actor2 is None
    # another side fills the empty slot
    event = _combine(_mention("Islamic State (Libya)", 2, None, None),
                     _mention(None, None, "Civilians (Libya)", 7, start=20))
    assert event.actor2 == "Civilians (Libya)" and event.inter2 == 7
    # two named groups of one side may face each other in an armed clash (ACLED's intra-side fighting)
    event = _combine(_mention("DPR: Donetsk People's Republic", 2, None, None, "Armed clash"),
                     _mention(None, None, "LPR: Luhansk People's Republic", 2, "Armed clash", start=20))
    assert event.actor2 == "LPR: Luhansk People's Republic"


def test_one_sentence_never_codes_one_actor_on_both_sides():
    events = code("Pakistani troops and soldiers clashed near Peshawar on Monday, killing two soldiers.",
                  (Place("Peshawar", 1168197, 34.0, 71.5, "Khyber Pakhtunkhwa", "PK", 1, feature="city"),))
    assert events and all(e.actor1 != e.actor2 for e in events)


def test_a_state_is_read_by_its_longest_name_and_an_actors_longest_words():
    from newsledger.events.actors import find_actors

    assert next((m.actor.key, m.text) for m in find_actors("Papua New Guinea army soldiers attacked", "PG")) == \
        ("STATE-PG", "Papua New Guinea army")
    assert [m.actor.key for m in find_actors("South Sudanese troops attacked the town", "SS")] == ["STATE-SS"]
    assert [m.actor.key for m in find_actors("Sudanese troops attacked the town", "SD")] == ["STATE-SD"]
    assert [m.text for m in find_actors("Ukrainian police officers detained them", "UA")] == ["Ukrainian police officers"]


def test_a_states_named_police_and_security_forces_are_that_states():
    from newsledger.events.actors import find_actors

    (police,) = find_actors("Nigeria police fired on the crowd", "NE")
    assert police.actor.name("2020-01-01", "NE") == "Police Forces of Nigeria (2015-2023)"
    (security,) = find_actors("Nigerian security forces raided the camp", "NE")
    assert security.actor.name("2020-01-01", "NE") == "Police Forces of Nigeria (2015-2023)"


def test_a_crowd_counted_beside_a_death_is_not_the_dead():
    # synthetic: the count is the subject of attending, marching, mourning; the dead are another noun
    karachi = Place("Karachi", 1174872, 24.86, 67.01, "Sindh", "PK", 1, feature="city")
    (event,) = code("Hundreds attended the funeral of a policeman killed by gunmen in Karachi this morning.", (karachi,))
    assert event.fatalities == 1
    assert [d.value for d in deaths_in("Thousands marched behind the coffins of three students killed in the raid")] == [3]
    assert [d.value for d in deaths_in("Dozens mourned a soldier killed at a checkpoint")] == [1]
    # the count of the dead is kept, whatever stands between it and its fate
    assert [d.value for d in deaths_in("Nine members of the border police were shot dead in an ambush")] == [9]
    assert [d.value for d in deaths_in("Five people were reported killed in the raid")] == [5]
    assert [d.value for d in deaths_in("Hundreds of villagers were killed by the militia")] == [100]


def test_a_stabbing_is_an_attack_of_its_own():
    # synthetic: a killing by knife, machete or beating is violence by itself, with no armed actor named
    karachi = Place("Karachi", 1174872, 24.86, 67.01, "Sindh", "PK", 1, feature="city")
    (event,) = code("A man was stabbed to death outside a mosque in Karachi, police said.", (karachi,))
    assert (event.event_type, event.sub_event_type, event.fatalities) == ("Violence against civilians", "Attack", 1)
    (event,) = code("Attackers hacked two farmers to death with machetes in a village near Karachi on Sunday.", (karachi,))
    assert (event.sub_event_type, event.fatalities) == ("Attack", 2)
    (event,) = code("A policeman was stabbed in a knife attack at a checkpoint in Karachi on Monday.", (karachi,))
    assert event.sub_event_type == "Armed clash"      # an armed victim: not violence against civilians
