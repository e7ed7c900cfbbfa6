import logging

import pytest

LOGGER = "django.security.DisallowedHost"
LINE = logging.Formatter("%(levelname)s %(name)s: %(message)s")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/", "/api/v1/", "/admin/login/", "/healthz"])
def test_a_bad_host_is_logged_as_one_warning_line(client, caplog, path):
    caplog.set_level(logging.DEBUG)

    response = client.get(path, headers={"host": "evil.example"})

    assert response.status_code == 400
    assert [LINE.format(record) for record in caplog.records] == [
        "WARNING django.security.DisallowedHost: Invalid HTTP_HOST header: "
        "'evil.example'. You may need to add 'evil.example' to ALLOWED_HOSTS."
    ]
    assert (caplog.records[0].exc_info, caplog.records[0].exc_text) == (None, None)


@pytest.mark.django_db
def test_a_forged_host_cannot_add_a_line_to_the_log(client, caplog):
    caplog.set_level(logging.DEBUG)

    response = client.get(
        "/en/", headers={"host": "evil.example\nERROR forged: admin signed in"}
    )

    assert response.status_code == 400
    assert [LINE.format(record) for record in caplog.records] == [
        "WARNING django.security.DisallowedHost: Invalid HTTP_HOST header: "
        "'evil.example\\nERROR forged: admin signed in'. "
        "The domain name provided is not valid according to RFC 1034/1035."
    ]
