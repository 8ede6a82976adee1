"""Headlines of any war, as news lists them (issue 10): a placed clash with no side, the best cue
that holds, a page of headlines judged for its language, every state's nationality word. The
headlines are synthetic, written after news of those wars."""
from __future__ import annotations

from newsledger.enrich.records import Place

from events_support import code_text

ALEPPO = Place("Aleppo", 170063, 36.2, 37.16, "Aleppo", "SY", 1, feature="city")
MADRID = Place("Madrid", 3117735, 40.42, -3.7, "Madrid", "ES", 1, feature="city")
LAGOS = Place("Lagos", 2332459, 6.45, 3.39, "Lagos", "NG", 1, feature="city")


def code(body: str, places: tuple[Place, ...] = (), published: str = "2013-06-10"):
    return code_text(body, places, published)


def test_a_headline_naming_clashes_at_a_place_is_an_armed_clash_even_with_no_side():
    (event,) = code("Heavy clashes in Aleppo's southern countryside", (ALEPPO,))
    assert event.sub_event_type == "Armed clash" and event.country == "SY" and event.location == "Aleppo"
    assert event.actor1 is None and event.fatalities == 0
    # the verb of a quarrel is not a clash of arms
    assert code("Rival politicians clashed bitterly in Aleppo", (ALEPPO,)) == ()


def test_the_best_cue_that_holds_codes_the_sentence():
    # "overrun" a convoy takes no ground; the killing of three soldiers is still reported
    (event,) = code("Militants kill three soldiers, overrun an army convoy")
    assert event.event_type == "Battles" and event.fatalities == 3


def test_a_page_of_headlines_is_not_taken_for_another_language():
    body = ("Militants kill three soldiers near Aleppo\n\n"
            "NORTHERN SYRIA SECURITY SITREP WEEK ENDING 14 JUNE 2013 EDITION TWELVE DAILY SUMMARY")
    (event,) = code(body, (ALEPPO,))
    assert event.fatalities == 3


def test_every_state_has_its_nationality_word():
    from newsledger.events.actors import find_actors

    assert [m.actor.key for m in find_actors("Equatorial Guinean troops attacked the town", "GQ")] == ["STATE-GQ"]
    assert [m.actor.key for m in find_actors("North Korean soldiers fired across the border", "KP")] == ["STATE-KP"]
    assert [m.actor.key for m in find_actors("Papua New Guinean police fired", "PG")] == ["STATE-POLICE-PG"]


def test_a_days_tally_across_the_country_is_a_toll_not_an_incident():
    # a count broken down by who died, with no act and no place of its own: many incidents' dead
    assert code("At least 85 people were killed yesterday, including 52 soldiers") == ()
    assert code("At least 31 people died on Tuesday, among them 9 policemen") == ()
    # not a tally but a running toll over days: deaths_in gives its dead the campaign scope
    assert code("Air strikes raised the death toll to 185 in 9 days of siege") == ()
    (event,) = code("Five people were killed in shelling on Aleppo yesterday, including 2 children", (ALEPPO,))
    assert event.fatalities == 5
    # a killer named before the count makes it one attack, its dead broken down
    (attack,) = code("Gunmen killed 12 people in Nigeria's northeast on Sunday, including three children.")
    assert attack.event_type == "Violence against civilians" and attack.fatalities == 12


def test_an_agency_slug_is_not_a_word_of_the_headline():
    (event,) = code("UPDATE 2-Drone strike hits fighters near Aleppo, two dead", (ALEPPO,))
    assert event.sub_event_type == "Air/drone strike" and event.fatalities == 2


def test_a_clash_of_or_over_something_is_no_fight():
    # a contest named by its complement is figurative: sport, politics, a dispute
    assert code("Clashes of the titans in Madrid derby", (MADRID,)) == ()
    assert code("Skirmishes over budget in Madrid city council", (MADRID,)) == ()
    assert code("Clashes over fuel subsidy in Lagos", (LAGOS,)) == ()
    (event,) = code("Clashes in Aleppo's northern countryside", (ALEPPO,))
    assert event.sub_event_type == "Armed clash"


def test_a_headlines_present_tense_killing_verbs_count_their_dead():
    # synthetic: a headline tells a past killing in the present tense ("behead", "massacre", "execute",
    # "slay") with its dead counted after the verb; "execute the plan" counts no one and is no event
    for headline, dead in (("Gunmen behead four herders near Aleppo", 4), ("Gunmen massacre 14 villagers near Aleppo", 14),
                           ("Militants execute seven captives near Aleppo", 7), ("Militants slay three traders near Aleppo", 3)):
        (event,) = code(headline, (ALEPPO,))
        assert event.fatalities == dead and event.location == "Aleppo", headline
    assert code("The council will execute the plan in Aleppo", (ALEPPO,)) == ()


KUNDUZ = Place("Kunduz", 1135689, 36.73, 68.86, "Kunduz", "AF", 1, feature="city")


def test_who_died_in_an_act_did_not_do_it():
    # synthetic: the subject of an unaccusative death ("die", "were killed", "left dead") is its victim
    for headline in ("Three soldiers die in roadside explosion in Kunduz",
                     "Three soldiers were killed in a roadside explosion in Kunduz",
                     "Roadside blast leaves three soldiers dead in Kunduz"):
        (event,) = code(headline, (KUNDUZ,))
        assert event.fatalities == 3 and event.actor2 == "Military Forces of Afghanistan (2004-2021)", headline
        assert event.actor1 in (None, "Unidentified Armed Group (Afghanistan)"), headline


def test_lives_claimed_and_a_toll_that_increased_are_the_dead():
    # synthetic: "claims N lives", "claimed the lives of N", a toll that increased/climbed/jumped to N
    for headline, dead in (("Roadside bomb claims 4 lives in Kunduz", 4),
                           ("A car bombing claimed the lives of 9 people at a market in Kunduz on Monday", 9),
                           ("The death toll from Monday's car bomb in Kunduz increased to 23", 23),
                           ("The death toll from the market bombing in Kunduz has climbed to 23", 23)):
        (event,) = code(headline, (KUNDUZ,))
        assert event.fatalities == dead, headline
    assert code("Flooding claims 4 lives in Kunduz", (KUNDUZ,)) == ()


def test_raiders_are_an_armed_side():
    # synthetic: a plural armed noun the war names no group of
    (event,) = code("Raiders killed six villagers near Kunduz on Sunday", (KUNDUZ,))
    assert event.actor1 == "Unidentified Armed Group (Afghanistan)" and event.fatalities == 6


def test_an_attack_on_a_target_that_killed_is_an_event():
    # synthetic: the act noun's target and place stand between it and its dead
    (event,) = code("The attack on a police post in Kunduz killed four officers", (KUNDUZ,))
    assert event.fatalities == 4 and event.location == "Kunduz"


def test_execute_massacre_slay_count_only_people():
    # synthetic: "execute" a number of things (warrants, orders) is no killing and counts no dead
    from newsledger.events.fatalities import deaths_in

    assert [d.value for d in deaths_in("Officers executed 12 search warrants in the capital, arresting four men.")] == []
    for text in ("Police raid homes in Aleppo, execute 12 search warrants",
                 "Police raided homes in Aleppo on Thursday and executed 12 search warrants, arresting four men."):
        assert all(event.fatalities == 0 for event in code(text, (ALEPPO,))), text
    (event,) = code("Militants massacred 20 villagers near Aleppo", (ALEPPO,))
    assert event.fatalities == 20


def test_a_crowd_word_before_the_people_counts_them():
    # synthetic: "convoy" and "rally" name the people counted ("convoy guards"); only a crowd counted
    # as the head noun ("two crowds") is no count of the dead
    from newsledger.events.fatalities import deaths_in

    for text, dead in (("Two convoy guards were killed in the ambush near the border.", 2),
                       ("Three convoy drivers killed in roadside bomb", 3),
                       ("Two rally organisers were shot dead outside the party office.", 2),
                       # a distance after the bare participle is where, not whom
                       ("Two policemen killed a few miles from the border", 2),
                       ("Three soldiers killed a short distance from their base", 3)):
        assert [d.value for d in deaths_in(text)] == [dead], text


def test_a_bomb_that_killed_is_a_remote_explosive_with_its_dead():
    # synthetic: words between the bomb and its verb, the passive, a headline's plural present; a
    # figurative "time bomb" is no event
    for text, dead in (("A bomb hidden in a parked motorcycle killed four people in Aleppo on Thursday", 4),
                       ("Four people were killed by a bomb in Aleppo on Thursday", 4),
                       ("Bombs kill 12 in Aleppo market", 12)):
        (event,) = code(text, (ALEPPO,))
        assert event.sub_event_type == "Remote explosive/landmine/IED" and event.fatalities == dead, text
    assert code("The pension time bomb killed any hope of a budget deal in Aleppo", (ALEPPO,)) == ()


def test_a_run_of_headlines_after_a_short_article_is_a_list_of_links():
    # synthetic: one paragraph of prose, then a label and other stories' headlines, none of this article
    body = ("Envoys of the two sides met in Madrid on Wednesday to discuss extending a truce that has largely held "
            "since April, mediators said.\n\nRelated coverage\n\nDrone strike hits oil terminal near Aleppo\n\n"
            "Gunmen kill aid worker in Lagos\n\nMore from the region\n\nExplosion rocks Aleppo market")
    assert code(body, (ALEPPO, MADRID, LAGOS)) == ()
    # a heading between the article's own paragraphs stays read
    body = ("Envoys of the two sides met in Madrid on Wednesday to discuss extending a truce that has largely held "
            "since April, mediators said.\n\nFighting in the north\n\nRebels shelled army positions near Aleppo on "
            "Tuesday, killing two soldiers, the army said.")
    assert [e.sub_event_type for e in code(body, (ALEPPO, MADRID))] == ["Shelling/artillery/missile attack"]


def test_an_articles_own_dated_developments_after_a_short_lead_are_no_list_of_links():
    # synthetic: one paragraph of prose, then a key-points box whose unpunctuated lines each date their own
    # act in the news window; the same acts as undated headlines under "Read also" stay a list of links
    from events_support import code_dated_text

    lead = ("Government forces and rebel fighters traded fire around Aleppo for a fifth straight day this week, and aid "
            "groups said food stocks in the eastern districts were running low.\n\n")
    box = ("The week at a glance\n\nRebels shelled a government checkpoint north of Aleppo on Monday\n\n"
           "A car bomb killed six people at an Aleppo bus station on Wednesday\n\n"
           "Troops recaptured the Aleppo grain silos on Thursday")
    events = code_dated_text(lead + box, "2013-06-14", places=(ALEPPO,))
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in events] == [
        ("2013-06-10", "Shelling/artillery/missile attack", 0), ("2013-06-12", "Remote explosive/landmine/IED", 6),
        ("2013-06-13", "Government regains territory", 0)]
    links = ("Read also\n\nRebels shell government checkpoint north of Aleppo\n\nCar bomb kills six at Aleppo bus station"
             "\n\nTroops recapture Aleppo grain silos")
    assert code_dated_text(lead + links, "2013-06-14", places=(ALEPPO,)) == ()
