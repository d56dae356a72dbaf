"""Schemathesis against the web API's OpenAPI schema: generated requests, valid and invalid, over a fixed
budget per operation must never get a server error (5xx)."""
from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.generation import GenerationMode  # noqa: E402

from dateline.web.app import create_app  # noqa: E402
from web_fixtures import build_store  # noqa: E402

BUDGET = 12  # examples per operation and generation mode (14 operations): ~340 requests


@pytest.fixture(scope="module")
def schema(tmp_path_factory):
    app = create_app(build_store(tmp_path_factory.mktemp("st") / "st.db"), rate=1e6, burst=10**6)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_server_errors(schema, mode):
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    calls = 0
    for op in operations:
        @settings(max_examples=BUDGET, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=op.as_strategy(generation_mode=mode))
        def run(case):
            nonlocal calls
            calls += 1
            case.call_and_validate(checks=[not_a_server_error])
        try:
            run()
        except Unsatisfiable:  # an operation without parameters has no invalid request to make
            assert mode == GenerationMode.NEGATIVE and not list(op.iter_parameters()), op.label
    assert calls >= len(operations) * (BUDGET // 3)
