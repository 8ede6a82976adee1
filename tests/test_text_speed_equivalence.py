"""The text path's fast paths give what the plain definitions they replace give.

Each speed-up of the text path keeps its output byte for byte (`python -m bench._text_identity`
checks that over every dump of the corpus); these tests hold the pieces to the plain definitions
on made-up strings too, including the characters each fast path treats apart.
"""
from __future__ import annotations

import random
import re

import numpy as np
import pytest

from newsledger.extract import language, linemodel
from newsledger.extract import text as text_path
from newsledger.extract.blocks import Line, _bullet, _cells, _continues, _fold_key, logical_lines
from newsledger.extract.dates import numeric_order
from newsledger.records import _is_normal

# the definitions as they were written before the fast paths
_NOT_NORMAL = re.compile(r"[\r\t\u00a0\u2009\u202f]|  |(?<!\n)\n(?!\n)|\n\n\s|\s\n\n|\A\s|\s\Z")
_WORD = re.compile(r"[^\W\d_]+")
_PUNCT = re.compile(r"[.,;:!?]")


def _strings(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_is_normal_is_the_single_pattern():
    alphabet = ["a", "b", " ", "\n", "\t", "\r", "\u00a0", "\u2009", "\u202f", "\u3000", "\x0c", "\u2028", "é"]
    for text in _strings(alphabet, 20000, 9, 1):
        assert _is_normal(text) == (not _NOT_NORMAL.search(text)), repr(text)


def test_line_shape_of_ascii_lines_is_the_general_count():
    alphabet = list("abcXYZ qQ.,;:!?019_-[]|>'\"()") + ["  ", "The ", " of ", "AND", " said "]
    for k, text in enumerate(_strings(alphabet, 3000, 30, 2)):
        text = text.strip() or "x"
        line = Line(text=text, raw=text, index=0, block=0, indent=k % 10, bullet=k % 3 == 0,
                    words=len(text.split()), sentence=k % 2 == 0, kind="prose" if k % 4 else "short")
        tokens = _WORD.findall(text)
        n_tokens = max(1, len(tokens))
        shape = linemodel._shape(line)
        assert shape[2] == min(1.0, len(_PUNCT.findall(text)) / max(1, line.words)), text
        assert shape[3] == sum(t.casefold() in linemodel._STOP for t in tokens) / n_tokens, text
        assert shape[4] == sum(t[0].isupper() for t in tokens) / n_tokens, text
        assert shape[5] == min(1.0, sum(ch.isdigit() for ch in text) / max(1, len(text)) * 4), text


def test_scripts_count_every_letter_as_its_range_says():
    ranges = language._SCRIPTS
    points = [c for low, high, _ in ranges for c in (low - 1, low, (low + high) // 2, high, high + 1)]
    alphabet = [chr(c) for c in points] + ["a", " ", "1", "é", "\u3000"]
    for text in _strings(alphabet, 3000, 12, 3):
        text += "é"                               # not ASCII: the counting path
        expected: dict[str, int] = {}
        for ch in text:
            for low, high, script in ranges:
                if low <= ord(ch) <= high:
                    expected[script] = expected.get(script, 0) + 1
        assert language._scripts(text) == expected, repr(text)


def test_numeric_order_skips_only_lines_without_a_numeric_date():
    assert numeric_order(["posted 25/03/2020 at noon", "no digits here."]) is True
    assert numeric_order(["03-25-2020", "a.b-c/d"]) is False
    assert numeric_order(["٢٥/٠٣/٢٠٢٠"]) is True          # Arabic-Indic digits
    assert numeric_order(["25/03/2020", "03/25/2020"]) is None


def test_cells_of_plain_non_ascii_lines_are_their_characters():
    assert _cells("café  menu") == list("café  menu")
    assert _cells("日本  x") == ["日", "", "本", "", " ", " ", "x"]
    assert _cells("e\u0301x") == ["e\u0301", "x"]


def test_continues_is_the_conjunction_of_its_tests():
    def continues(previous: str, following: str, width: int | None) -> bool:
        return _continues(previous, following, width, None, _bullet(following))

    full = "word " * 19 + "word"                      # 99 columns: the next word would not fit
    assert continues(full, "next line", 100)
    assert not continues(full, "- a bullet", 100)
    assert not continues("short", "next", 100)
    assert not continues(full, "    indented opening", 100)
    assert not continues(full + " " * 10 + "x" * 20, "next", 100)   # wider than the page
    assert not continues(full, "next", None)


def test_fold_keys_count_repeats_of_short_and_long_lines():
    long = "A long line that repeats itself " * 4
    lines = logical_lines(f"Menu\n\nmenu\n\n{long}\n\n{long.upper()}\n\nOther")
    assert [line.repeats for line in lines] == [2, 2, 2, 2, 1]
    assert isinstance(_fold_key("short"), str) and isinstance(_fold_key(long), bytes)


def test_cased_letters_and_digits_are_the_character_definitions():
    alphabet = list("aZ 1.,-") + ["é", "É", "ǅ", "ß", "İ", "ı", "²", "٣", "“", "—", "Ж", "ж", "日", "ſ", "K"]
    for text in _strings(alphabet, 5000, 14, 4):
        cased = [ch for ch in text if ch.isalpha() and ch.upper() != ch.lower()]
        assert linemodel.cased_letters(text) == (len(cased), sum(ch.isupper() for ch in cased)), repr(text)
        assert text_path._has_digit(text) == any(ch.isdigit() for ch in text), repr(text)


def _echoed_plainly(lines: list[Line], i: int) -> bool:
    """`_echoed` as first written: every line of the page compared with the candidate."""
    folded = [line.text.casefold() for line in lines]
    key = folded[i]
    if len(key) < 20:
        return False
    for j, other in enumerate(folded):
        if j == i or len(other) < 20:
            continue
        if len(other) > len(key) and key in other and lines[j].words <= 30 and lines[j].kind != "prose" \
                and any(ch.isalnum() for ch in other.replace(key, "")):
            return True
        cut = other.rstrip()
        if cut.endswith(("…", "...")) and len(cut) < len(key) and len(prefix := cut.rstrip(".… ")) >= 20 \
                and key.startswith(prefix):
            return True
    return False


def test_echoes_find_what_comparing_every_line_finds():
    headline = "Storm floods the old harbour town"
    pieces = [headline, headline.upper(), f"Home / News / {headline}", f"Share: {headline} now", headline[:24] + "…",
              headline[:21] + "...", "." * 30, headline + " " + headline, f"{headline}. ({headline})", "Another line of the page, long enough", headline + " again"]
    rng = random.Random(5)
    for _ in range(400):
        texts = rng.sample(pieces, rng.randint(1, len(pieces)))
        lines = [Line(text=t, raw=t, index=k, block=k, indent=0, bullet=False, words=len(t.split()), sentence=False,
                      kind=rng.choice(["short", "prose"])) for k, t in enumerate(texts)]
        echoes = text_path._Echoes(lines, [])
        for i in range(len(lines)):
            assert text_path._echoed(i, echoes) == _echoed_plainly(lines, i), (texts, i)


def test_line_shapes_of_a_page_are_each_lines_shape():
    alphabet = list("abcXYZ qQ.,;:!?019_-[]|>'\"()") + ["  ", "The ", " of ", "AND", " said ", "“", "”", "—", "é", "É",
                                                         "Ж", "²", "٣", "»", "─", "日", "ǅ", "ſ", "\udc80", ""]
    rng = random.Random(6)
    texts = _strings(alphabet, 3000, 30, 6)
    for start in range(0, len(texts), 50):
        lines = [Line(text=text, raw=text, index=k, block=k // 3, indent=k % 10, bullet=k % 3 == 0,
                      words=len(text.split()), sentence=k % 2 == 0, repeats=1 + k % 2,
                      kind=rng.choice(["prose", "short", "caption", "ticker", "unknown"]))
                 for k, text in enumerate(texts[start:start + rng.randint(1, 50)])]
        expected = [linemodel._shape(line) for line in lines]
        assert linemodel._shapes(lines).tolist() == [list(row) for row in expected]


def test_window_sums_and_means_are_the_sums_over_each_window():
    rng = random.Random(7)
    for total in (1, 2, 3, 9, 40):
        values = [rng.choice([0.0, 1.0, 0.1, 0.25, 7.0, rng.random()]) for _ in range(total)]
        sums = linemodel._running_sums(np.array(values))
        for radius in (1, 2, 3, 8):
            plain = np.concatenate(([0.0], np.cumsum(values)))       # the sums each window used to make
            either = [plain[min(total, i + radius + 1)] - plain[max(0, i - radius)] for i in range(total)]
            assert linemodel._window_sum(sums, radius).tolist() == either
            for side in (-1, 1):
                low = [max(0, i - radius) if side < 0 else i + 1 for i in range(total)]
                high = [i if side < 0 else min(total, i + 1 + radius) for i in range(total)]
                means = [(plain[h] - plain[lo]) / (h - lo) if h > lo else 0.0 for lo, h in zip(low, high)]
                assert linemodel._window_mean(sums, radius, side).tolist() == means


def test_the_cached_window_bounds_cannot_be_written():
    # audit A52: every page of the same length shares them; a write in place would change them all
    for side in (-1, 0, 1):
        for array in linemodel._window_bounds(6, 2, side):
            with pytest.raises(ValueError):
                array += 1


def test_line_pattern_prefilters_are_the_patterns():
    """`_comment_head`, `_promo` and `_caption_credit` pass over a line only when the pattern they
    stand for cannot match it: checked on made-up lines built from the patterns' own words, in
    both cases, with the characters that fold to ASCII letters under re.I ("ſ", the Kelvin sign)."""
    from newsledger.extract import blocks

    pieces = ["Jane", " says:", " said:", " WROTE:", " on ", "May 3", " at 9", " 12", " comments", " Responses",
              " replies", "Log in", "sign in", "Register", " to reply", " to comment", "Cancel reply", "subscribe",
              "Newsletter", "sign up", "cookies", "Privacy Policy", "terms of use", "All Rights Reserved",
              "download the app", "Follow us", "click here", "get the latest", "share this", "like this story",
              "enable JavaScript", "your browser", "ad blocker", "Advertisement", "inbox", "(AP)", "(Reuters)",
              "(Jane Doe/Getty Images)", "Photo: Jane Doe", "Credit:", "/AFP", "/Reuters", " ", ".", "ſubscribe",
              "\u212aommentar", "é", "x", "Sıgn up", "SİGN UP", "— ", "“", "•", "Комментарии", "ſ"]
    rng = random.Random(9)
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(20000)]
    for line in lines + pieces:
        for text in (line, line.lower(), line.upper()):
            assert blocks._comment_head(text) == (blocks._COMMENT_HEAD.match(text) is not None), text
            assert blocks._promo(text) == (blocks._PROMO.search(text) is not None), text
            assert blocks._caption_credit(text) == (blocks._CAPTION_CREDIT.search(text) is not None), text


def test_only_the_listed_characters_outside_ascii_read_as_ascii_letters():
    """`blocks._may_hold` looks for ASCII words in a line's small letters unless the line holds one of
    `_FOLDS_TO_ASCII`: no other character matches an ASCII letter case-blind or has an ASCII letter
    in its small letters."""
    from newsledger.extract import blocks

    letter = re.compile("[a-z]", re.I)
    for code in range(128, 0x110000):
        ch = chr(code)
        if letter.match(ch) or any(c.isascii() for c in ch.lower()):
            assert blocks._FOLDS_TO_ASCII.match(ch), hex(code)


def test_ends_sentence_is_its_pattern_on_the_last_characters():
    """`ends_sentence` runs its pattern only when the line's last character but white space may end
    a match: the same answers as the pattern on the line's last 16 characters."""
    from newsledger.extract import blocks

    alphabet = list("aZ AP1.!?:\"')]\n\t(") + ["…", "。", "！", "？", "।", "॥", "؟", "۔", "”", "’", "」", "\u00a0", "é", "Ж", "Ａ"]
    for text in _strings(alphabet, 30000, 20, 7):
        assert blocks.ends_sentence(text) == (blocks._SENTENCE_END.search(text[-16:]) is not None), repr(text)


def test_bullet_is_read_only_on_lines_opening_with_a_bullets_character():
    """`_bullet` tries its pattern only on a line whose first character but white space may open a
    match: the same bullets as the pattern tried on every line."""
    from newsledger.extract import blocks

    def plain_bullet(printed: str, above: int | None = None) -> re.Match | None:
        stripped = printed.strip()
        found = blocks._BULLET.match(stripped)
        if found or not printed.startswith(blocks._NESTED_INDENT) or not (nested := blocks._NESTED_BULLET.match(stripped)):
            return found
        return None if above == len(printed) - len(printed.lstrip()) else nested

    alphabet = list("•*·▪◦‣●○■□►▸–+-o#1234. )a") + ["  ", "٣", "²", "\u00a0", "        ", "12."]
    for text in _strings(alphabet, 30000, 12, 8):
        for above in (None, 8, 10):
            expected, found = plain_bullet(text, above), _bullet(text, above)
            assert (found and (found.re, found.span())) == (expected and (expected.re, expected.span())), repr(text)


def test_letters_and_digits_not_ascii_are_what_isalnum_says():
    """`linemodel._plain` looks for them with one pattern: checked on every code point."""
    found = linemodel._NOT_ASCII_ALNUM
    for code in range(0x110000):
        ch = chr(code)
        assert (found.match(ch) is not None) == (not ch.isascii() and ch.isalnum()), hex(code)


def test_printed_lines_are_the_dumps_lines_whatever_its_size(monkeypatch):
    from newsledger.extract import blocks

    for text in ("", "\n", "a", "a\nb", "a\n\nb\n", "é\r\nx\n"):
        assert list(blocks._each_printed_line(text)) == text.split("\n")
        assert list(blocks._printed_lines(text)) == text.split("\n")
    page = "Council votes on the harbour budget today\n\nThe vote was close.\n" * 40
    small = logical_lines(page)
    monkeypatch.setattr(blocks, "_SPLIT_WHOLE", 10)         # read one line at a time, as a big dump is
    assert [(line.text, line.block, line.repeats) for line in logical_lines(page)] == \
        [(line.text, line.block, line.repeats) for line in small]


def test_headings_in_small_letters_are_the_case_blind_patterns():
    """`classify` matches an ASCII line's small letters against the heading patterns without re.I:
    the patterns are written in small letters (an escape's capital aside) and hold no character
    re.I takes for an ASCII letter ("ſ", "ı", the Kelvin sign), and give the same answers on made-up
    lines of their own words in any case."""
    from newsledger.extract import blocks

    for pattern in (blocks._TERMINAL_HEADINGS, blocks._SOFT_HEADINGS):
        written = re.sub(r"\\.", "", pattern.pattern)
        assert written == written.lower() and not set(written) & {"ſ", "ı", "\u212a", "İ"}
        assert "[^" not in written or not re.search(r"\[\^[^\]]*[a-z]", written)
        words = re.findall(r"[a-z']+|\d", written) + [" ", ":", "(12)", "[ 3 ]", "-", "ſ", "\u212a", "é", "x"]
        small = blocks._small_letters(pattern)
        rng = random.Random(10)
        for _ in range(20000):
            line = "".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(rng.randint(1, 5))).strip()
            for text in (line, line.upper(), line.title()):
                assert blocks._heading(pattern, small, text) == (pattern.match(text) is not None), text


def test_wide_or_zero_width_characters_are_either_set():
    """`blocks._width` measures a line by its length when it holds neither a wide character nor a
    combining mark, found with one pattern of both: checked on every code point."""
    from newsledger.extract import blocks

    either, wide, marks = blocks._wide_or_zero_width(), blocks._WIDE, blocks._zero_width()
    for code in range(0x110000):
        ch = chr(code)
        assert (either.match(ch) is not None) == (wide.match(ch) is not None or marks.match(ch) is not None), hex(code)


def test_scripts_of_mostly_ascii_and_mostly_other_samples_are_counted_alike():
    alphabet = ["a", "Z", " ", "1", ".", "é", "“", "—", "Ж", "日", "ア", "ا", "\udc80"]
    for text in _strings(alphabet, 3000, 30, 11):
        text += "ж"                                # not ASCII: the counting paths
        expected: dict[str, int] = {}
        for ch in text:
            for low, high, script in language._SCRIPTS:
                if low <= ord(ch) <= high:
                    expected[script] = expected.get(script, 0) + 1
        assert language._scripts(text) == {name: expected[name] for name in language._SCRIPT_NAMES if name in expected}


def test_about_lines_are_found_by_their_pattern_alone():
    """`text._find_outlet` passes over an ASCII line without " is a" in any case before trying the
    "X is a ... channel" pattern: the same outlet as the pattern tried on every line."""
    pieces = ["Harbour Daily", " is a ", " IS AN ", " Is A ", " is  a ", " news", " channel", " website", ".", " local",
              "ſ", "İ", " ıs a ", "x", " was a ", " agency", " 24"]
    rng = random.Random(12)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))).strip()
        lines = [Line(text=text, raw=text, index=0, block=0, indent=0, bullet=False, words=len(text.split()),
                      sentence=False, kind="short")]
        match = text_path._ABOUT.match(text)
        plain = match["name"].strip() if match and lines[0].words <= 30 else None
        assert text_path._find_outlet(lines) == plain, text      # (no masthead or copyright line to find)


def test_content_words_and_units_are_the_content_word_pattern():
    """`text._content_words` and `text._content_units` read an ASCII text or word without the
    general pattern (its letters there are A-Z): the same words as the pattern, on made-up texts
    mixing ASCII, accented, Cyrillic, Devanagari, Thai and CJK pieces, digits and punctuation."""
    pattern = text_path._CONTENT_WORD
    alphabet = list("abcdXYZ .,:;!?'\"019_-") + ["word", "Name", " the ", "é", "Ж", "ſ", "ǅ", "²", "“", "’", "।",
                                                   "न", "ि", "०", "ก", "๑", "日本", "カナ", "\u212a"]
    for text in _strings(alphabet, 20000, 14, 11):
        assert text_path._content_words(text) == pattern.findall(text), text
        units = [w for w in (w.casefold().strip(".,:;!?\"'।॥") for w in text.split())
                 if pattern.fullmatch(w) and not text_path.CJK.search(w)]
        for run in text_path._CJK_RUN.findall(text):
            units.extend(run[k:k + 2] for k in range(len(run) - 1))
        assert text_path._content_units(text) == units, text
