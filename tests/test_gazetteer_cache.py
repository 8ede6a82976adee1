"""The gazetteer is built once and kept on disk under a version: a process reads it back instead of
building it, and what it reads answers every lookup as the built one does."""
from __future__ import annotations

import os
import random

import pytest

from newsledger.enrich import gazetteer_cache
from newsledger.enrich.gazetteer import Candidate, Gazetteer, build_gazetteer

NAMES = ("Kursk region", "Kharkov oblast", "Kupyansk", "Kupiansk", "Vienna", "Kiev", "Sudzha", "DPR", "Donbas",
         "Gaza", "Zaporizhia region", "Ukraine city", "the Netherlands", "Курськ", "Bakhmut", "Artemovsk")


@pytest.mark.slow
def test_the_cached_gazetteer_answers_as_the_built_one(tmp_path):
    built = build_gazetteer()
    gazetteer_cache.write_cache(tmp_path / "g.sqlite", built)
    read = gazetteer_cache.open_cache(tmp_path / "g.sqlite")
    keys = random.Random(13).sample(sorted(built._exact), 2000)
    for name in NAMES + tuple(keys) + ("no such place anywhere",):
        assert read.lookup(name) == built.lookup(name), name
    assert read.safe_names() == built.safe_names() and len(read.safe_names()) > 20_000
    assert all(read.is_safe_name(n) for n in random.Random(13).sample(sorted(built.safe_names()), 500))
    assert not read.is_safe_name("Paris Hilton") and not built.is_safe_name("Paris Hilton")
    assert read.capitals == built.capitals and read.curated == built.curated
    kyiv = built.lookup("Kyiv")[0]
    assert read.is_capital(read.lookup("Kyiv")[0]) and built.is_capital(kyiv)
    assert read.names_of(read.lookup("Kyiv")[0]) == built.names_of(kyiv)
    assert read.admin1("RU", "41") == built.admin1("RU", "41")
    assert read.lookup("Kursk")[0] is read.lookup("Kursk")[0]     # one object per place in a process
    assert read.is_english_word("College") and not read.is_english_word("Kupiansk")


def _tiny() -> Gazetteer:
    kursk = Candidate("Kursk", 538560, 51.73, 36.19, "RU", "Kursk Oblast", "city", 440_000, "41")
    return Gazetteer([("Kursk", kursk), ("Курск", kursk)])


def test_a_build_is_kept_and_read_back_instead_of_building_again(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_CACHE_DIR", str(tmp_path / "cache"))
    builds = []

    def build() -> Gazetteer:
        builds.append(1)
        return _tiny()

    first = gazetteer_cache.cached(build)
    path = gazetteer_cache.cache_path()
    assert path.parent == tmp_path / "cache" and path.name.startswith("gazetteer-") and path.exists()
    second = gazetteer_cache.cached(build)
    assert len(builds) == 1
    assert second.lookup("курск") == first.lookup("Kursk") == _tiny().lookup("Kursk")
    path.write_bytes(b"not an SQLite file")               # damaged: rebuilt and rewritten
    assert gazetteer_cache.cached(build).lookup("Kursk")[0].geonameid == 538560
    assert len(builds) == 2 and gazetteer_cache.open_cache(path).lookup("Kursk")[0].country == "RU"


def test_a_forked_child_reads_the_cache_through_its_own_connection(tmp_path):
    gazetteer_cache.write_cache(tmp_path / "g.sqlite", _tiny())
    read = gazetteer_cache.open_cache(tmp_path / "g.sqlite")
    assert read.lookup("Kursk")[0].population == 440_000       # the parent's connection is open
    pid = os.fork()
    if pid == 0:                                                # child: a new name, read from the file
        os._exit(0 if read.lookup("Курск")[0].geonameid == 538560 else 1)
    assert os.waitpid(pid, 0)[1] == 0


def test_a_cache_folder_that_cannot_be_written_only_costs_a_build(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would go")
    monkeypatch.setenv("NEWSLEDGER_CACHE_DIR", str(blocked / "cache"))
    assert gazetteer_cache.cached(_tiny).lookup("Kursk")[0].country == "RU"


def test_the_cache_follows_xdg_and_its_name_changes_with_the_gazetteer_code(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSLEDGER_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    before = gazetteer_cache.cache_path()
    assert before.parent == tmp_path / "newsledger"
    monkeypatch.setattr(gazetteer_cache, "FORMAT", gazetteer_cache.FORMAT + 1)
    assert gazetteer_cache.cache_path() != before
