import pytest

from tests.plans.records import make_record


@pytest.fixture
def record(db):
    """See ``make_record``."""
    return make_record()
