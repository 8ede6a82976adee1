"""Story identity across runs: which stored story each new story continues, and what changed.

A story's id is named for its founding article (see `cluster.story_id_for`), so it is the same
whatever order the pages arrived in, and it stays when later pages join. It changes only when
stories merge (the merged story takes the older founder's id), when one splits, or when a page
published before the founder joins; each such change is recorded with the ids it retires, so a
link to an old id still finds its story (`resolve`). Pure bookkeeping over member ids.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .records import Story

__all__ = ["StoryChange", "story_changes", "story_rows", "resolve"]

ChangeKind = Literal["merged", "split", "renamed"]


@dataclass(frozen=True, slots=True)
class StoryChange:
    kind: ChangeKind                # merged: `previous_id` was absorbed; split: part of it left;
                                    # renamed: an earlier page became its founder
    story_id: str                   # the story as it is now
    previous_id: str                # the stored story it came from
    article_ids: tuple[str, ...]    # the stored story's pages now in `story_id`


def story_changes(previous: Mapping[str, Sequence[str]], stories: Sequence[Story]) -> tuple[StoryChange, ...]:
    """Changes between stored stories ({id: member ids}) and the stories of this run."""
    story_of = {member: story.id for story in stories for member in story.article_ids}
    sources: dict[str, set[str]] = {}           # new story id -> stored story ids it holds pages of
    for old_id, members in previous.items():
        for member in members:
            if member in story_of:
                sources.setdefault(story_of[member], set()).add(old_id)
    changes = []
    for old_id, members in sorted(previous.items()):
        landed: dict[str, list[str]] = {}
        for member in members:
            if member in story_of:
                landed.setdefault(story_of[member], []).append(member)
        for new_id, moved in sorted(landed.items()):
            if new_id == old_id:
                continue
            kind: ChangeKind = "split" if len(landed) > 1 else \
                "merged" if len(sources.get(new_id, ())) > 1 else "renamed"
            changes.append(StoryChange(kind, new_id, old_id, tuple(moved)))
    return tuple(changes)


def story_rows(stories: Sequence[Story], stored: Iterable[Mapping[str, Any]],
               changes: Sequence[StoryChange]) -> list[dict[str, Any]]:
    """Rows for the ledger: each story with the ids it answers to and its recorded history."""
    stored_by_id = {row["id"]: row for row in stored if row.get("id")}
    rows = []
    for story in stories:
        before = stored_by_id.get(story.id, {})
        aliases = list(before.get("aliases") or ())
        history = list(before.get("history") or ())
        for change in changes:
            if change.story_id != story.id:
                continue
            history.append({"kind": change.kind, "from": change.previous_id, "article_ids": list(change.article_ids)})
            if change.kind != "split":
                old = stored_by_id.get(change.previous_id, {})
                aliases += [change.previous_id, *(old.get("aliases") or ())]
        rows.append({"id": story.id, "title": story.title, "label": story.label,
                     "article_ids": list(story.article_ids), "first": story.first, "last": story.last,
                     "aliases": sorted(set(aliases) - {story.id}), "history": history})
    return rows


def resolve(story_id: str, rows: Iterable[Mapping[str, Any]]) -> str | None:
    """The current id of a story known by `story_id` (its own id, or one it retired), else None."""
    rows = list(rows)
    for row in rows:
        if row.get("id") == story_id:
            return story_id
    for row in rows:
        if story_id in (row.get("aliases") or ()):
            return str(row["id"])
    return None
