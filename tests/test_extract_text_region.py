"""The text path reads title and date from the article's own region (synthetic dumps only)."""
from __future__ import annotations

from newsledger.extract import extract
from newsledger.extract.blocks import logical_lines, mark_tickers, classify
from newsledger.records import Article, RawDocument

_TEASERS = [
    "Harbour ferry timetable changes for the winter seasonPassengers crossing to the island will find fewer "
    "sailings from next month, when the operator moves its two older boats to the northern route for repairs.",
    "Library opens its reading room again after the roof repairThe reading room on the second floor will keep "
    "longer hours on weekdays, and the archive of the old county papers can be booked a week ahead again.",
    "Orchard growers expect a smaller apple harvest this autumnA late frost in April and a dry summer left "
    "fewer apples on the trees, and several farms will sell their fruit to the juice press instead of shops.",
    "Cycling club plans a charity ride along the canal pathRiders will set off from the lock keeper's cottage "
    "early on Sunday and raise money for the hospice, with a shorter loop for families and young children.",
    "Market square gets new benches and a drinking fountainThe council chose the designs after a vote in which "
    "residents picked wooden seats over metal ones, and the fountain will be connected before the spring fair.",
    "Choir celebrates fifty years with a concert in the abbeySingers from the first season will join the present "
    "choir for two pieces, and tickets for the evening are on sale at the tourist office and at the door.",
    "Bus company adds late services on Friday and SaturdayThe last bus from the station will now leave after "
    "midnight on both nights, a change that pub owners and hospital staff on late shifts had asked for.",
    "Swimming pool closes for a month to replace its filtersThe leisure centre will keep its gym and courts open, "
    "and swimmers can use the school pool in the next town with the same membership card until it reopens.",
]
_MENU = ["Sections", *[f"  • {name}" for name in ("Weather", "Traffic", "Schools", "Obituaries", "Events",
                                                   "Jobs", "Property", "Puzzles", "Letters", "Archive")]]
_ARTICLE = [
    "The town's oldest bakery will close its doors at the end of the month after more than a century of baking "
    "bread on the same corner, its owners told customers in a letter pinned to the shop window on Monday.",
    "The family that has run the shop for four generations said rising costs for flour and energy had made the "
    "early morning ovens too expensive to keep burning, and that no buyer had come forward to take it over.",
    "Regulars queued in the rain on Tuesday for a last loaf of the dark rye the bakery is known for, and several "
    "said they hoped the building would stay a shop rather than being turned into flats.",
]


def _extract(text: str) -> Article:
    result = extract(RawDocument(uri="synthetic.txt", content=text.encode()))
    assert isinstance(result, Article), result
    return result


def test_the_article_under_its_headline_and_date_line_wins_over_a_denser_list_of_teasers():
    # synthetic: a box of teasers (a headline run into its lede, as w3m prints a card) is the
    # densest prose on the page; the article is shorter, under its own headline and date line
    headline = "Century-old bakery on the corner to close"
    text = "\n".join(["Valley Courier", "", "  • News", "  • Sport", "", "Latest stories", "",
                      *[t + "\n" for t in _TEASERS], *_MENU, "", headline, "March 4, 2021", "",
                      *[p + "\n" for p in _ARTICLE], "Comments", "", "© 2021 Valley Courier"])
    article = _extract(text)
    assert article.title == headline
    assert article.published is not None and article.published.iso == "2021-03-04"
    assert "oldest bakery" in article.body


def test_a_page_without_a_headed_story_keeps_its_densest_prose():
    # synthetic: no headline over a date line anywhere: the densest prose stays the body
    text = "\n".join(["Valley Courier", "", "  • News", "", *[p + "\n" for p in _ARTICLE], "© Valley Courier"])
    article = _extract(text)
    assert "oldest bakery" in article.body


def test_a_feed_of_timed_headlines_run_into_one_line_is_a_ticker():
    # synthetic: a news feed a dump ran together, each headline after its clock time
    feed = ("09:12 Council approves the budget for the new school 08:55 Storm closes the coast road for the night "
            "08:41 Museum lends two paintings abroad 08:20 Rail strike called off after late talks 07:58 Market "
            "opens higher on export figures")
    story = ("The council met at 10:30 on Monday and voted on the plan after a long debate about the cost of the "
             "new school, which the mayor said would open in two years.")
    lines = logical_lines(feed + "\n\n" + story + "\n")
    classify(lines)
    mark_tickers(lines)
    kinds = {line.text[:5]: line.kind for line in lines}
    assert kinds["09:12"] == "ticker"
    assert kinds["The c"] == "prose"


def test_a_field_giving_another_date_is_not_the_publication_date():
    # synthetic: a public record lists the date a filing takes effect: no date of publication
    text = "\n".join(["County Records Daily", "", "  • Home", "  • Notices", "", "Business registrations", "",
                      "Company Name", "    RIVERBEND GARDEN SERVICES LLC", "Effective Date", "    Monday, June 7, 2021",
                      "", *[p + "\n" for p in _ARTICLE], "Return to list"])
    result = extract(RawDocument(uri="synthetic.txt", content=text.encode()))
    assert isinstance(result, Article), result
    assert result.published is None


def test_a_page_saying_when_it_was_last_edited_is_dated_by_it():
    # synthetic: a reference page with no dateline, its footer giving the time of its last edit
    text = "\n".join(["Community Wiki", "", "  • Main page", "  • Recent changes", "", "Riverbend Bakery", "",
                      *[p + "\n" for p in _ARTICLE], *_MENU, "", "Page last modified 3 May 2021, 10:12", "",
                      "Text is available under a free licence."])
    result = _extract(text)
    assert result.published is not None and result.published.iso.startswith("2021-05-03")
