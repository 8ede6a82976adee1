"""Language detection: the script, English function words, then lingua among the script's languages."""
from __future__ import annotations

import pytest

from newsledger.extract import extract
from newsledger.extract.language import _detector, guess_by_function_words, guess_language, reads_as
from newsledger.records import Article, RawDocument

RUSSIAN = ("Во Франции с новой силой разгораются споры о том, что делать с людьми, которые, получив право "
           "на жительство в стране, отказываются принимать её законы и обычаи.")
JAPANESE = ("トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けアプリを発表した。"
            "公衆無線LANを使う人が増えている。")
ENGLISH = ("Two soldiers were killed when shells hit the village on Tuesday, the governor said, and "
           "three more were wounded in the attack on the district.")


@pytest.mark.parametrize(("text", "expected"), [
    (RUSSIAN, "ru"),
    ("Синоптики обіцяють українцям з наступного тижня сильну спеку, яка в частині областей буде "
     "перериватись короткотривалими грозами.", "uk"),
    ("Само за няколко месеца от март досега се е увеличило късогледството при деца, които са "
     "подложени на дистанционно обучение.", "bg"),
    (JAPANESE, "ja"),
    ("財政部今天下午將公佈今年1-2月期統一發票中獎清冊，財政部透露，本期千萬中獎張數為18張。", "zh"),
    ("오늘 서울에는 하루 종일 비가 내렸다. 시민들은 우산을 들고 출근했다.", "ko"),  # synthetic
    ("Συνελήφθη σήμερα τα ξημερώματα από αστυνομικούς του Τμήματος Αστυνομικών Επιχειρήσεων.", "el"),
    ("أعلنت وزارة الصحة والسكان المصرية، اليوم الثلاثاء، تسجيل 30 حالة جديدة بفيروس كورونا المستجد.", "ar"),
    ("Az évfordulót megelőző olvasói szavazásunk megfogalmazásakor arra voltunk kíváncsiak, "
     "napjainkban vajon mi lehet a jó válasz.", "hu"),
    ("Fetele şi femeile din Moldova vor putea profita de noi oportunităţi de carieră prin instruirea "
     "IT în cadrul proiectului.", "ro"),
    (ENGLISH, "en"),
])
def test_languages_of_world_news(text, expected):
    assert guess_language(text) == expected


def test_russian_and_japanese_are_not_english_where_the_function_words_said_so():
    # the previous detector (kept as the fast path) had no Japanese and read short Russian as the default
    assert guess_by_function_words(JAPANESE) == "en"
    assert guess_language(JAPANESE) == "ja"
    assert guess_language(RUSSIAN) == "ru"


def test_too_short_to_judge_keeps_the_default():
    assert guess_language("Breaking news", default="xx") == "xx"
    assert guess_language("12:40 | 3/4", default="xx") == "xx"
    assert guess_language("", default="xx") == "xx"


def test_english_does_not_need_the_model():
    _detector.cache_clear()
    assert guess_language(ENGLISH * 5) == "en"
    assert _detector.cache_info().currsize == 0


def test_reads_as_is_unchanged():
    assert not reads_as("Uraganul a lovit coasta, iar autoritatile au evacuat mii de oameni din zona", "en")
    assert reads_as(ENGLISH, "en")


def test_a_russian_text_dump_is_extracted_as_russian():
    body = "\n\n".join([
        RUSSIAN,
        "Президент заявил журналистам в среду, что правительство подготовит новый закон до конца года, "
        "а парламент рассмотрит его в первом чтении уже весной.",
        "По данным министерства, в прошлом месяце в страну прибыли более двух тысяч человек, большинство "
        "из них подали заявления на получение убежища.",
        "Оппозиция назвала эти планы несправедливыми и пообещала оспорить закон в Конституционном суде, "
        "если он будет принят в нынешнем виде.",
    ])
    article = extract(RawDocument(uri="page.txt", content=("Новости\n\nЗакон о гражданстве\n\n" + body).encode()))
    assert isinstance(article, Article)
    assert article.language == "ru"


def test_a_japanese_html_page_without_a_declared_language_is_japanese():
    page = f"<html><head><title>t</title></head><body><article><p>{JAPANESE * 4}</p><p>{JAPANESE * 3}</p></article></body></html>"
    article = extract(RawDocument(uri="page.html", content=page.encode()))
    assert isinstance(article, Article)
    assert article.language == "ja"
