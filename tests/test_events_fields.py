"""The fields of a coded event (its type and its dead), read from the clause: synthetic sentences."""
from __future__ import annotations

from newsledger.events.fatalities import deaths_in


def test_a_person_named_by_name_alone_killed_is_one_death():
    assert [d.value for d in deaths_in("Investigators said Haddad was shot dead outside the courthouse.")] == [1]
    assert [d.value for d in deaths_in("Yusuf Okoro was killed in an exchange of fire with troops.")] == [1]
    assert [d.value for d in deaths_in("Nobody was killed when the depot burned.")] == []


def test_a_victim_and_his_partner_are_two_deaths():
    assert [d.value for d in deaths_in("A gunman killed a judge and her partner at their villa.")] == [2]


def test_a_clause_of_another_time_is_no_count_of_the_dead():
    assert [d.value for d in deaths_in("A van ploughed into a queue in the square, killing nine shoppers in a jihadist "
                                       "rampage, before being shot dead by gendarmes.")] == [9]


def test_a_victim_named_by_name_is_one_of_the_count_not_a_lower_total():
    from newsledger.events.merging import incident_fatalities
    from newsledger.events.records import FatalityClaim

    claims = (FatalityClaim(3, None, text="Three border guards killed"), FatalityClaim(1, None, text="Ostrowski was killed"))
    assert incident_fatalities(claims) == 3


def test_a_person_word_that_says_whose_thing_was_killed_is_no_death():
    # the person noun modifies the thing that was "killed": no one died
    for sentence in ("The price rise killed customer demand for the small cars this spring.",
                     "The new tariff killed partner deals with two suppliers in the south."):
        assert deaths_in(sentence) == (), sentence
    # a person word before a person or a person's name is still the victim
    assert [d.value for d in deaths_in("Soldiers killed rebel commander Omar Nasri near the river.")] == [1]
    assert [d.value for d in deaths_in("Gunmen kill policeman in the old market.")] == [1]


def test_throughout_the_country_beside_one_act_is_no_toll():
    # the country is where the news spread, not where the dead were counted: one act's dead
    sentence = "A roadside bomb killed four soldiers near the depot on Monday, and grief spread throughout the country."
    assert [(d.value, d.scope) for d in deaths_in(sentence)] == [(4, "event")]
    # a period of many incidents is still a toll
    assert [(d.value, d.scope) for d in deaths_in("Throughout the war, 900 soldiers were killed in the north.")] \
        == [(900, "campaign")]


def test_one_person_after_any_verb_of_killing_is_one_death():
    # "shot dead", "murdered", "stabbed ... to death" put their one victim after them as "killed" does
    for sentence in ("Masked men shot dead a shopkeeper outside the mosque on Tuesday.",
                     "Gunmen murdered a judge near the court.",
                     "A mob stabbed a merchant to death in the bazaar."):
        assert [d.value for d in deaths_in(sentence)] == [1], sentence
    # "left" tells its dead after the person: leaving someone somewhere kills no one
    assert deaths_in("The convoy left a teacher at the checkpoint.") == ()
    # "gun down" is to shoot and kill or badly wound: one person gunned down is not told dead
    assert deaths_in("Gunmen gunned down a judge near the court.") == ()
