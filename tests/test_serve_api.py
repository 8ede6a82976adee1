"""The JSON API against its own OpenAPI document: schemathesis generates valid and invalid
parameters for every operation; every answer must match the document, and a bad parameter gets a
clear 4xx, never a 500. Bounded (examples per operation and mode) so CI stays fast.

The operations are driven with Hypothesis directly (schemathesis' pytest fixture integration
reads a private pytest attribute that pytest 9.2 no longer has).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

schemathesis = pytest.importorskip("schemathesis", reason="pip install schemathesis (the test extra)")
from schemathesis import GenerationMode  # noqa: E402

from serve_support import app_for, example_ledger  # noqa: E402

MAX_EXAMPLES = 25


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    app = app_for(example_ledger(str(tmp_path_factory.mktemp("serve-api"))))
    return schemathesis.openapi.from_asgi("/api/openapi.json", app, headers={"host": "127.0.0.1"})


def _operations(schema) -> list:
    return [result.ok() for result in schema.get_all_operations()]


def test_the_document_lists_every_api_operation(api_schema):
    paths = {op.path for op in _operations(api_schema)}
    assert {"/api/stories", "/api/stories/{story_id}", "/api/claims", "/api/claims/{claim_id}", "/api/events",
            "/api/places", "/api/places/{name}", "/api/articles/{article_id}", "/download/claims.{fmt}"} <= paths


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
def test_every_operation_answers_as_documented(api_schema, mode):
    checked = []
    for operation in _operations(api_schema):

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def answers(case):
            response = case.call(headers={"host": "127.0.0.1"})
            assert response.status_code < 500, (case.formatted_path, case.query, response.text[:300])
            if response.status_code >= 400:
                assert response.status_code in (404, 422), (case.formatted_path, case.query, response.status_code)
                assert response.json()["detail"]          # says what was wrong
            case.validate_response(response)
            checked.append(response.status_code)

        try:
            answers()
        except Unsatisfiable:
            # an operation with nothing to get wrong (no parameter) has no invalid request
            assert mode == GenerationMode.NEGATIVE and not operation.query and not operation.path_parameters
    assert checked
    if mode == GenerationMode.NEGATIVE:
        assert 422 in checked            # invalid parameters were really sent and refused
