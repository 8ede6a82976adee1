"""Deaths arithmetic of the one number reader (events.fatalities), defects found with synthetic
probes (issue 10 item 3): who is counted is the dead, not the killers, an age or a crowd. The
sentences are synthetic."""
from __future__ import annotations

from events_support import event_deaths as _dead


def test_the_count_before_an_active_verb_of_killing_counts_the_killers():
    assert _dead("Three masked raiders killed a shopkeeper in the old town on Friday.") == [1]
    assert _dead("Two gunmen shot dead a judge outside his home.") == [1]
    assert _dead("A mob of 40 lynched a herder near the well.") == [1]
    # the passive and the headline's bare participle keep their count
    assert _dead("Three soldiers were killed in an ambush on Friday.") == [3]
    assert _dead("Three soldiers killed a day after the truce") == [3]
    assert _dead("Four villagers killed 12 km from the border") == [4]


def test_an_age_is_not_a_count_of_the_dead():
    assert _dead("Troops shot dead 19-year-old Tarek Salem at a roadblock.") == [1]
    assert _dead("Militiamen killed a 60-year-old in his orchard.") == [1]
    assert _dead("Troops killed two 19-year-olds at a roadblock.") == [2]


def test_an_age_range_is_not_a_count_of_the_dead():
    assert _dead("Five men aged 18 to 25 were killed when gunmen stormed the hostel.") == [5]
    assert _dead("Six boys, aged between 12 and 15, were shot dead at the well.") == [6]
    assert _dead("Raiders killed four herders aged 20-30 near the river.") == [4]


def test_a_spelled_range_is_read_at_its_low_end_with_its_scale():
    assert _dead("Two to three hundred villagers were killed in the raid on Sunday.") == [200]
    assert _dead("Militiamen killed two to three thousand people in the valley.") == [2000]
    assert _dead("Between four and five hundred fighters died in the assault.") == [400]
    assert _dead("Five to seven guards were killed at the gate.") == [5]


def test_a_person_told_with_their_age_is_still_one_of_a_list():
    assert _dead("Raiders killed a herder in his 50s and his son near the well.") == [2]
    assert _dead("Raiders killed a herder, 52, and his son near the well.") == [2]


def test_a_crowd_counted_is_not_its_dead():
    assert _dead("Two crowds clashed near the stadium and five people died.") == [5]
    assert _dead("Police said a crowd of 300 gathered where two people were shot dead.") == [2]



def test_a_toll_in_an_aside_on_the_war_is_no_incidents_dead():
    # synthetic: the relative clause on the insurgency counts its dead up to now, set off by a comma
    assert _dead("The blast was among the worst of the insurgency, which has killed more than 20,000 people.") == []
    assert _dead("The blast at the depot has killed 12 people.") == [12]


def test_an_incidents_count_beside_an_aside_on_the_wars_toll_stays_the_incidents():
    # synthetic: the scope is read per count; the relative clause on the campaign word holds the campaign's
    # dead, the clause it hangs in keeps the bombing's own
    from newsledger.events.fatalities import deaths_in

    sentence = "A car bomb killed 31 people at a bus stop in Logar, the bloodiest attack of the uprising, which has killed 40,000 people."
    assert [(d.value, d.scope) for d in deaths_in(sentence)] == [(31, "event"), (40000, "campaign")]
    sentence = "The truck bomb killed 31 people on Friday, the bloodiest attack of the war, which has claimed more than 40,000 lives."
    assert [(d.value, d.scope) for d in deaths_in(sentence)] == [(31, "event"), (40000, "campaign")]
    assert _dead("The rebellion, which has killed more than 15,000 people, entered its tenth year on Monday.") == []


def test_an_incident_with_the_wars_toll_in_an_aside_is_still_coded():
    # synthetic headline and lead: the bombing and its 31 dead are news, the 40,000 the uprising's toll
    from events_support import LOGAR, code_dated_text

    for body in ("Car bomb kills 31 in Logar, bloodiest attack of the uprising, which has killed 40,000",
                 "Suicide bomber kills 31 at Logar cattle market, bloodiest attack of the rebellion, which has killed 40,000",
                 "A car bomb killed 31 people at a bus stop in Logar, the bloodiest attack of the uprising, which has "
                 "killed 40,000 people."):
        events = code_dated_text(body, "2026-03-14", places=(LOGAR,))
        assert [e.fatalities for e in events] == [31], body
        assert [(c.value, c.scope) for c in events[0].fatality_claims] == [(31, "event"), (40000, "campaign")]


def test_the_speaker_of_a_closing_credit_is_not_one_more_of_the_dead():
    # synthetic: a list without "and" ends at a verb of reporting, so its last noun is who speaks
    from newsledger.events.fatalities import deaths_in

    assert [d.value for d in deaths_in("Bandits killed 11 farmers, a district official said on Sunday.")] == [11]
    assert [d.value for d in deaths_in("The blast killed six pilgrims, a hospital spokesman told reporters.")] == [6]
    # with "and" the last one is among the dead, and the credit is another clause
    assert [d.value for d in deaths_in("Bandits killed 11 farmers and a teacher, villagers said.")] == [12]
