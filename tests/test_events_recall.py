"""Trigger readings of news language added for events recall (issue 10). Sentences are synthetic,
written for these tests."""
from newsledger.events.aspect import not_happened
from newsledger.events.timing import dated_act
from newsledger.events.cues import find_cues


def _kinds(sentence):
    return [(c.sub_event_type, c.text.lower()) for c in find_cues(sentence)]


def test_bombs_going_off_is_an_explosion():
    assert ("Remote explosive/landmine/IED", "bombs went off") in _kinds("Two bombs went off in the market on Tuesday.")
    assert not find_cues("Bombs will go off if nothing is done.")


def test_a_dated_massacre_noun_is_an_act():
    s = "The timeline of the massacre Tuesday in Springfield shows how police responded."
    assert ("Attack", "massacre") in _kinds(s)
    assert not_happened(s, s.index("massacre"), s.index("massacre") + 8) is None
    assert not find_cues("Historians still argue about the causes of the massacre.")


def test_possessive_day_dates_an_attack():
    s = "After Sunday's attack in Springfield, the chapel kept its gates shut."
    assert dated_act(s, s.index("attack"), s.index("attack") + 6)
    assert ("Armed clash", "attack") in _kinds(s)
    assert not dated_act("There was no attack on Sunday.", 13, 19)
    assert not dated_act("Rebels warned of an attack on the city.", 20, 26)


def test_mass_shooting_carried_out():
    assert ("Attack", "mass shooting") in _kinds("A lone attacker carried out the worst mass shooting the county has known.")


def test_gains_fatalities_and_marches():
    assert ("Armed clash", "making major gains") in _kinds("Rebels are making major gains against government troops along the coast.")
    assert ("casualty", "fatalities") in _kinds("There were three fatalities at the plant on Tuesday.")
    assert ("Peaceful protest", "marched down") in _kinds("Hundreds of protesters marched down Main Street on Friday.")
    assert ("Armed clash", "invaded") in _kinds("The union's headquarters was invaded on Friday by activists.")


def test_an_incident_beside_a_campaign_toll_stays_without_its_deaths():
    from events_support import LOGAR, code_text

    body = ("Clashes between Taliban fighters and Afghan troops erupted again on Monday in Logar, "
            "where fighting has killed 6,500 people since 2010.")
    events = code_text(body, (LOGAR,), "2010-06-15")
    assert len(events) == 1
    event = events[0]
    assert event.sub_event_type == "Armed clash" and event.fatalities == 0
    assert [(c.value, c.scope) for c in event.fatality_claims] == [(6500, "campaign")]
    # the toll alone is still no event
    assert code_text("Fighting in Logar has killed 6,500 people since 2010.", (LOGAR,), "2010-06-15") == ()


def test_a_count_of_fatalities_is_a_count_of_the_dead():
    from newsledger.events.fatalities import deaths_in

    assert [(d.value, d.scope) for d in deaths_in("Besides the three fatalities at the depot on Tuesday, 30 were hurt.")] \
        == [(3, "event")]
    assert [d.value for d in deaths_in("Five deaths were reported after the clashes.")] == [5]
    assert deaths_in("The rise in deaths worried officials.") == ()


def test_a_crowd_after_by_is_the_agent():
    from newsledger.events.sides import _sides
    from newsledger.events.actors import find_actors

    s = "The union's headquarters was invaded on Friday by activists from other unions."
    cue = next(c for c in find_cues(s) if c.text == "invaded")
    agent, _ = _sides(find_actors(s, "FR"), cue, s, find_cues(s))
    assert agent is not None and agent.inter in (5, 6)


def test_a_crowd_is_protesters_only_at_a_protest():
    assert "Excessive force against protesters" not in [c.sub_event_type for c in find_cues(
        "The man in the van fired on the crowd before officers stopped him.")]
    assert ("Excessive force against protesters", "opened fire on the crowd") in _kinds(
        "Police opened fire on the crowd at the rally on Sunday.")


def test_a_dateline_city_gives_way_to_a_place_of_another_country():
    from events_support import TUNIS, code_text
    from newsledger.enrich.records import Place

    cairo = Place("Cairo", 360630, 30.06, 31.25, "Cairo", "EG", 1, feature="city")
    body = "CAIRO — Attackers shot at tourists outside a gallery in Tunis on Thursday, killing at least 11 people."
    (event,) = code_text(body, (cairo, TUNIS), "2015-03-19")
    assert event.location == "Tunis"
    # the dateline stays the place when the sentence names no place of another country
    body = "CAIRO — Attackers shot at shoppers outside a bakery on Thursday, killing at least 11 people."
    (event,) = code_text(body, (cairo,), "2015-03-19")
    assert event.location == "Cairo"


def test_another_claimants_mention_naming_only_the_victims_is_the_same_incident():
    import dataclasses

    from events_support import TUNIS, code_text
    from newsledger.events.merging import _same_event

    (attack,) = code_text("On Wednesday gunmen sprayed a crowded cafe in Tunis with bullets, killing 12 people.",
                          (TUNIS,), "2015-03-19")
    assert attack.actor1 is not None
    mention = dataclasses.replace(attack, claimant="the prime minister", actor1=None, inter1=None,
                                  sub_event_type="Armed clash", event_type="Battles", fatality_claims=(), fatalities=0)
    assert _same_event(attack, mention)
    # a mention naming who acted stays with its claimant
    assert not _same_event(attack, dataclasses.replace(mention, actor1="Military Forces of Tunisia (2014-)", inter1=1))


def test_a_dated_act_noun_keeps_the_violence_gate():
    from events_support import TUNIS, code_text

    # a day tells the act took place, not that it was political violence (synthetic sentences)
    for body in ("Tuesday's slaughter of 300 sheep at the abattoir in Tunis was carried out under the new rules.",
                 "Friday's massacre on the stock exchange in Tunis wiped billions off the value of carmakers.",
                 "Monday's attack on the budget by the opposition leader in Tunis drew an angry reply."):
        assert code_text(body, (TUNIS,), "2015-06-15") == (), body
    # with people as its victims or dead of its own, a dated act noun is still an incident
    (event,) = code_text("Tuesday's massacre of 30 villagers in Tunis shocked the country.", (TUNIS,), "2015-06-15")
    assert event.sub_event_type == "Attack"
    assert code_text("Sunday's attack in Tunis killed four people, officials said.", (TUNIS,), "2015-06-15")


def test_gains_are_ground_and_a_march_is_a_protest_only_in_their_context():
    assert not find_cues("The ruling party made big gains in Sunday's local elections in the city.")
    assert ("Armed clash", "made big gains") in _kinds("Rebel forces made big gains in the north on Sunday.")
    assert not find_cues("Hundreds of veterans marched down Fifth Avenue on Monday in the annual parade.")
    assert ("Peaceful protest", "marched down") in _kinds(
        "Hundreds of veterans marched down Fifth Avenue on Monday to protest against the cuts.")


def test_a_place_something_was_fired_from_is_not_where_it_happened():
    from events_support import code_text
    from newsledger.enrich.records import Place

    # synthetic: the dateline's country, not the place the rockets came from, when the target is not geocoded
    jerusalem = Place("Jerusalem", 281184, 31.77, 35.22, "Jerusalem", "IL", 1, feature="city")
    gaza = Place("Gaza", 281133, 31.50, 34.47, "Gaza Strip", "PS", 1, feature="city")
    body = "JERUSALEM — Rockets fired from Gaza struck a house in a border town on Tuesday, wounding two people."
    (event,) = code_text(body, (jerusalem, gaza), "2016-06-15")
    assert event.location == "Jerusalem"
    sderot = Place("Sderot", 293690, 31.52, 34.60, "Southern District", "IL", 1, feature="city")
    body = "Rockets launched from Gaza struck a house in Sderot on Tuesday, wounding two people."
    (event,) = code_text(body, (gaza, sderot), "2016-06-15")
    assert event.location == "Sderot"


def test_took_the_lives_of_is_a_killing():
    from newsledger.events.fatalities import deaths_in

    s = "The blast at the dam on Sunday took the lives of six guards."
    assert ("casualty", "took the lives of") in _kinds(s)
    assert [d.value for d in deaths_in(s) if d.scope == "event"] == [6]


def test_an_attack_noun_told_as_unfolding_with_its_day_is_an_act():
    s = "Crowds fled the square when the attacks in Lille occurred on Friday night."
    assert ("Armed clash", "attacks") in _kinds(s)
    assert not find_cues("Although those attacks happened in a country with strict laws, the debate went on.")


def test_a_strike_without_air_is_a_strike_when_it_kills_or_hits_a_military_target():
    assert ("Air/drone strike", "strikes") in _kinds("Coalition strikes killed eleven fighters near Raqqa on Monday.")
    assert ("Air/drone strike", "strike") in _kinds("A strike on a convoy near Sirte left the road blocked.")
    assert not any(kind == "Air/drone strike" for kind, _ in _kinds("A general strike on Monday shut the port of Durban."))
    assert not any(kind == "Air/drone strike" for kind, _ in _kinds("The hunger strike killed him slowly."))


def test_blows_of_a_crowd_are_mob_violence():
    assert ("Mob violence", "kicked and punched") in _kinds("A heckler was kicked and punched by a group of the mayor's supporters.")
    assert ("Mob violence", "beat up two journalists") in _kinds("A crowd beat up two journalists outside the court.")
    assert not find_cues("The striker kicked the ball and punched the air.")
