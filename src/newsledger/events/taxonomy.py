"""ACLED's event taxonomy: 6 event types, 25 sub-event types, inter codes, precision codes.

Written by hand from the ACLED codebook (no maintained library ships it). Names are ACLED's
exact spellings, so that our CSV export can be appended to an ACLED download.

Territory between two states: ACLED's codebook defines "Government regains territory" as
government forces (or their affiliates) regaining a location from a non-state group *or from
competing state forces*, and "Non-state actor overtakes territory" as a non-state *or foreign
state* actor gaining a location through armed interaction. So a state that recaptures ground on
its own soil (Russia in Kursk Oblast, Ukraine in Kharkiv Oblast) is coded "Government regains
territory"; a state that captures ground across the border (Ukraine in Kursk Oblast, Russia in
Donetsk Oblast) is coded "Non-state actor overtakes territory" with inter code 1 for the actor.
A border crossing without a claimed change of control is an "Armed clash".
"""
from __future__ import annotations

__all__ = [
    "EVENT_TYPES",
    "SUB_EVENT_TYPES",
    "DISORDER_TYPE",
    "INTER_CODES",
    "TIME_PRECISION",
    "GEO_PRECISION",
    "event_type_of",
    "interaction_code",
    "is_valid",
]

# ACLED event type -> its sub-event types, in the codebook's order.
SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": (
        "Violent demonstration",
        "Mob violence",
    ),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
EVENT_TYPES: tuple[str, ...] = tuple(SUB_EVENT_TYPES)

# ACLED's disorder_type column, by event type.
DISORDER_TYPE: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

INTER_CODES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}

TIME_PRECISION: dict[int, str] = {1: "day", 2: "week", 3: "month"}
GEO_PRECISION: dict[int, str] = {
    1: "the named town or village",
    2: "near a town, or a part of a region",
    3: "a region (oblast, province) or larger",
}

_TYPE_OF = {sub: event_type for event_type, subs in SUB_EVENT_TYPES.items() for sub in subs}


def event_type_of(sub_event_type: str) -> str:
    """The ACLED event type a sub-event type belongs to.

    >>> event_type_of("Government regains territory")
    'Battles'
    """
    try:
        return _TYPE_OF[sub_event_type]
    except KeyError:
        raise ValueError(f"{sub_event_type!r} is not an ACLED sub-event type; "
                         f"use one of {sorted(_TYPE_OF)}") from None


def is_valid(event_type: str, sub_event_type: str) -> bool:
    return _TYPE_OF.get(sub_event_type) == event_type


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction: the two inter codes, lower first; one-sided events x0.

    >>> interaction_code(1, 1), interaction_code(1, 7), interaction_code(7, 2), interaction_code(6, None)
    (11, 17, 27, 60)
    """
    codes = sorted(code for code in (inter1, inter2) if code)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]
