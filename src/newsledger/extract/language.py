"""The language of an article's text: its script first, then English function words, then lingua.

Three steps, cheapest first, each deciding only what it can decide alone:
1. The script of the letters. A script written by one language of world news names it (kana:
   Japanese, Hangul: Korean, Han without kana: Chinese, Greek, Hebrew, Thai, Armenian, Georgian,
   Bengali, Gujarati, ...); Cyrillic, Arabic, Devanagari and Latin letters are shared by several
   languages and go on to step 3, restricted to that script's languages.
2. For Latin letters, English function words ("the of and to in ...") make up about a quarter of
   English prose and almost none of any other language's: a text where they are frequent and far
   ahead of every other language's function words is English without a model (most pages).
3. lingua-language-detector (offline n-gram models shipped in the package), in its low-accuracy
   mode (trigrams: ~100 MB and a second to load, against ~800 MB and many seconds for the full
   models) and only over the languages of world news in the text's script. It is loaded on the
   first text that needs it, so English-only runs never load it.

A text too short to judge (under `_MIN_WORDS` words) keeps the function-word guess or the default.
`reads_as` (used by the events coder) checks that a text still reads as a given language.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cache
from typing import Any

__all__ = ["guess_language", "reads_as", "guess_by_function_words", "KANA", "HAN", "HANGUL"]

# A hyphenated compound is one word, not its parts: the "al" of "al-Masri" or "al-Qaeda" is no Spanish
# "al", the "de" of "de-escalation" no French "de"
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.U)
_FUNCTION_WORDS = {
    "en": "the of and to in is that for it was on with as by at from he said were are has have",
    "fr": "le la les de des et est un une du dans pour que qui pas sur au avec",
    "de": "der die das und ist nicht ein eine zu den von mit sich auf für dem",
    "es": "el la los las de y que en un una por con para del se es al",
    "it": "il lo la gli di e che un una per con non del della sono nel",
    "pt": "o a os as de e que um uma do da em para com não no na",
    "ru": "и в не на что с по это как из он к а за но от",
    "uk": "і в не на що з та це як до він у за але від й",
}
_SETS = {lang: set(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _vocab in _SETS.items():
    for _word in _vocab:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)

# A language's prose runs near one word in four of these; under one in twenty it is not that language.
_MIN_SHARE = 0.05
# English without a model: at least one word in eight an English function word, and at least three
# times as many as of any other language's list (French "de la" in an English text stays far behind)
_ENGLISH_SHARE = 0.125
_ENGLISH_LEAD = 3
_MIN_WORDS = 6             # fewer words than this (or, unspaced scripts, 12 letters) is too short to judge
_SAMPLE = 2000             # characters read: the language of an article shows in its first paragraphs

# Scripts as code-point ranges. A script in _ONE_LANGUAGE is, in world news, one language's alone;
# the others are shared and settled by lingua among _MODEL_LANGUAGES[script].
_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "latin"), (0x0061, 0x007A, "latin"), (0x00C0, 0x00D6, "latin"), (0x00D8, 0x00F6, "latin"),
    (0x00F8, 0x024F, "latin"), (0x1E00, 0x1EFF, "latin"),
    (0x0370, 0x03FF, "greek"), (0x1F00, 0x1FFF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"), (0x0A00, 0x0A7F, "gurmukhi"), (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"), (0x0C00, 0x0C7F, "telugu"),
    (0x0E00, 0x0E7F, "thai"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"), (0x3130, 0x318F, "hangul"), (0xAC00, 0xD7AF, "hangul"),
    (0x3040, 0x30FF, "kana"), (0x31F0, 0x31FF, "kana"), (0xFF66, 0xFF9F, "kana"),
    (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"), (0xF900, 0xFAFF, "han"),
)
# The main blocks of the kana, Han and Hangul letters (rows of `_SCRIPTS`), as the contents of a regex
# character class: for the rules that tell CJK text from spaced text without telling its language
# (Chinese and Japanese do not space their words: "[" + KANA + HAN + "]"). One definition for all of them.
KANA = "\u3040-\u30ff"
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HANGUL = "\uac00-\ud7af"
_ONE_LANGUAGE = {"greek": "el", "armenian": "hy", "hebrew": "he", "bengali": "bn", "gurmukhi": "pa",
                 "gujarati": "gu", "tamil": "ta", "telugu": "te", "thai": "th", "georgian": "ka",
                 "hangul": "ko", "kana": "ja", "han": "zh"}
# lingua's names of the languages of world news sites, by script
_MODEL_LANGUAGES = {
    "latin": ("ENGLISH", "FRENCH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "POLISH", "ROMANIAN",
              "TURKISH", "SWEDISH", "DANISH", "BOKMAL", "FINNISH", "HUNGARIAN", "CZECH", "SLOVAK", "CROATIAN",
              "BOSNIAN", "SLOVENE", "ALBANIAN", "LITHUANIAN", "LATVIAN", "ESTONIAN", "INDONESIAN", "MALAY",
              "TAGALOG", "CATALAN", "VIETNAMESE", "SWAHILI", "SOMALI", "AZERBAIJANI", "AFRIKAANS", "YORUBA", "ICELANDIC"),
    "cyrillic": ("RUSSIAN", "UKRAINIAN", "BELARUSIAN", "BULGARIAN", "SERBIAN", "MACEDONIAN", "KAZAKH", "MONGOLIAN"),
    "arabic": ("ARABIC", "PERSIAN", "URDU"),
    "devanagari": ("HINDI", "MARATHI"),
}
_SCRIPT_NAMES = tuple(dict.fromkeys(script for _, _, script in _SCRIPTS))
_RANGES = sorted(_SCRIPTS)                    # disjoint: a code point is in the last range starting at or before it
_RANGE_STARTS = [low for low, _, _ in _RANGES]
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_ASCII_LETTER_BYTES = bytes(range(65, 91)) + bytes(range(97, 123))
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _scripts(sample: str) -> dict[str, int]:
    """Letters of each script in `sample`: each distinct character looked up once (C-speed counting)."""
    if sample.isascii():
        return {"latin": len(_ASCII_LETTERS.findall(sample))}
    found: dict[str, int] = {}
    data = sample.encode("ascii", "ignore")
    if len(data) * 2 >= len(sample):
        # mostly ASCII (quotation marks and dashes, a few accents): the ASCII letters (Latin) counted
        # on the bytes, the other characters looked up as below
        if letters := len(data) - len(data.translate(None, _ASCII_LETTER_BYTES)):
            found["latin"] = letters
        sample = "".join(_NOT_ASCII.findall(sample))
    for character, count in Counter(sample).items():
        code = ord(character)
        k = bisect.bisect_right(_RANGE_STARTS, code) - 1
        if k >= 0 and code <= _RANGES[k][1]:
            script = _RANGES[k][2]
            found[script] = found.get(script, 0) + count
    return {name: found[name] for name in _SCRIPT_NAMES if name in found}


def _words(sample: str) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(sample)]


def guess_by_function_words(text: str, default: str = "en") -> str:
    """The function-word guess alone (the detector before lingua; kept as the fast path and as the
    language evaluation's baseline): English, French, German, Spanish, Italian, Portuguese,
    Russian, Ukrainian and Arabic by its letters; anything else is `default`."""
    sample = text[:5000]
    arabic = sum(1 for ch in sample if "\u0600" <= ch <= "\u06ff")
    if arabic > len(sample) * 0.3:
        return "ar"
    words = _words(sample)
    if not words:
        return default
    scores = _function_word_scores(words)
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < max(3, len(words) * _MIN_SHARE):
        return default
    if best in ("ru", "uk"):
        # Ukrainian letters settle the tie between the two Cyrillic languages.
        ukr = sum(sample.count(ch) for ch in "іїєґ")
        return "uk" if ukr > len(words) * 0.02 else "ru"
    return best


def _function_word_scores(words: list[str]) -> dict[str, int]:
    scores = dict.fromkeys(_SETS, 0)
    for word in words:
        for lang in _LANGUAGES_OF.get(word, ()):
            scores[lang] += 1
    return scores


def guess_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the language of `text`, or `default` when it is too short to say.

    >>> guess_language("Синоптики обіцяють українцям з наступного тижня сильну спеку, яка буде перериватись грозами")
    'uk'
    >>> guess_language("トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けアプリを発表した")
    'ja'
    >>> guess_language("Two soldiers were killed when shells hit the village on Tuesday, the governor said")
    'en'
    """
    sample = text[:_SAMPLE]
    counts = _scripts(sample)
    if not counts:
        return default
    kana, han = counts.get("kana", 0), counts.get("han", 0)
    if kana and kana * 10 >= kana + han and kana + han >= max(counts.values()) // 2:
        script = "kana"          # Japanese writes Han characters with kana between them
    else:
        script = max(counts, key=lambda name: (counts[name], name))
    letters = counts[script]
    if script in _ONE_LANGUAGE:
        return _ONE_LANGUAGE[script] if letters >= 2 * _MIN_WORDS else default
    words = _words(sample)
    if len(words) < _MIN_WORDS:
        return guess_by_function_words(sample, default)
    if script == "latin":
        scores = _function_word_scores(words)
        english = scores.pop("en")
        if english >= len(words) * _ENGLISH_SHARE and english >= _ENGLISH_LEAD * max(scores.values()):
            return "en"
    found = _detector(script).detect_language_of(" ".join(words))
    return found.iso_code_639_1.name.lower() if found is not None else default


@cache
def _detector(script: str) -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _MODEL_LANGUAGES[script]]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def reads_as(text: str, language: str, min_words: int = 12) -> bool:
    """True when at least one word in twenty of `text` is a function word of `language` (a code
    `guess_by_function_words` knows), or when the text has fewer than `min_words` words: a headline
    is too short to judge. For a guess already made, to check that the text still reads that way.

    >>> reads_as("Uraganul a lovit coasta, iar autoritatile au evacuat mii de oameni din zona", "en")
    False
    >>> reads_as("Two soldiers were killed when shells hit the village of Krynky on Tuesday, the governor said", "en")
    True
    """
    words = _words(text[:5000])
    if len(words) < min_words:
        return True
    return sum(w in _SETS[language] for w in words) >= len(words) * _MIN_SHARE
