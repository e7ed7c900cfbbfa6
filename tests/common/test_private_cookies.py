"""An answer that sets a cookie is for one browser only: ``Cache-Control: private,
no-store``, whatever else it would have said (common/http/private_cookies.py).
Answers that set none keep the public policy of common/caching/headers.py, and
the response cache never keeps an answer that sets a cookie."""

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.test import Client

from tests.circles.helpers import join_data
from tests.factories import ThemeFactory

pytestmark = pytest.mark.django_db

PAGE = "public, max-age=0, must-revalidate"
DATA = "public, max-age=300"
NEVER = "max-age=0, no-cache, no-store, must-revalidate, private"
PRIVATE = "private, no-store"

# What a first-time visitor (no cookies) gets at each public address:
# status, the cookies set, Cache-Control.
FIRST_VISIT = [
    ("/", 302, [], None),
    ("/en/", 200, [], PAGE),
    ("/es/", 200, [], PAGE),
    ("/en/members/", 200, [], PAGE),
    ("/en/members/?region=americas&q=rosario", 200, [], PAGE),
    ("/en/members/penalolen/", 200, [], PAGE),
    ("/en/meetings/", 200, [], PAGE),
    ("/es/meetings/open-americas-2022/", 200, [], PAGE),
    ("/en/meetings/open-americas-2022/calendar.ics", 200, [], DATA),
    ("/en/reforms/", 200, [], PAGE),
    ("/en/reforms/penalolen-co-creation-lessons/", 200, [], PAGE),
    ("/en/themes/", 200, [], PAGE),
    ("/en/themes/climate-action/", 200, [], PAGE),
    ("/en/circles/", 200, [], PAGE),
    # The join form: the visitor's CSRF token, in the cookie and in the page.
    ("/en/circles/climate-action/", 200, ["csrftoken"], PRIVATE),
    ("/es/circles/climate-action/", 200, ["csrftoken"], PRIVATE),
    ("/en/privacy/", 200, [], PAGE),
    ("/en/about/", 200, [], PAGE),
    ("/en/open-data/", 200, [], PAGE),
    ("/sitemap.xml", 200, [], DATA),
    ("/robots.txt", 200, [], DATA),
    ("/api/v1/", 200, [], DATA),
    ("/api/v1/jurisdictions/?format=csv", 200, [], DATA),
    # Error pages.
    ("/en/no-such-page/", 404, [], None),
    ("/en/members/?page=99", 404, [], None),
    ("/en/members/?q=%00", 400, [], None),
    ("/api/v1/no-such-endpoint/", 404, [], None),
    # The admin is never cached; its sign-in form sets the CSRF cookie.
    ("/admin/login/", 200, ["csrftoken"], NEVER),
    ("/admin/", 302, [], NEVER),
]


@pytest.fixture
def circle(db):
    return ThemeFactory(slug="climate-action", is_local_circle=True)


@pytest.fixture
def noon():
    """Away from midnight, when a public max-age is cut to the seconds left."""
    moment = datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC)
    with time_machine.travel(moment, tick=True):
        yield


def cookies_and_caching(response):
    return (
        response.status_code,
        sorted(response.cookies),
        response.get("Cache-Control"),
    )


def csrf_token(page):
    html = page.content.decode()
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def follow(client, response):
    """``response`` and the answers its redirects lead to."""
    answers = [response]
    while answers[-1].status_code in (301, 302, 303):
        answers.append(client.get(answers[-1]["Location"]))
    return answers


def assert_private_if_setting_cookies(response):
    if response.cookies:
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= directives
        assert "public" not in directives
        assert not any(d.startswith("s-maxage") for d in directives)


@pytest.mark.parametrize("response_cache", [False, True], ids=["uncached", "cached"])
def test_only_answers_that_set_a_cookie_are_private(
    demo_content, noon, settings, response_cache
):
    settings.RESPONSE_CACHE = response_cache

    answers = [
        (path, *cookies_and_caching(Client().get(path))) for path, *_ in FIRST_VISIT
    ]

    assert answers == FIRST_VISIT


def test_a_returning_visitor_gets_the_form_private_too(circle):
    visitor = Client()
    visitor.get("/en/circles/climate-action/")

    response = visitor.get("/en/circles/climate-action/")

    # Django sends the CSRF cookie again with every form, to renew its expiry.
    assert cookies_and_caching(response) == (200, ["csrftoken"], PRIVATE)


def test_every_step_of_sending_the_join_form_is_private_when_it_sets_a_cookie(
    circle, django_capture_on_commit_callbacks
):
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/en/circles/climate-action/")

    with django_capture_on_commit_callbacks(execute=True):
        sent = visitor.post(
            "/en/circles/climate-action/",
            {
                **join_data([circle], language="en"),
                "csrfmiddlewaretoken": csrf_token(page),
            },
        )
    steps = [page, *follow(visitor, sent)]
    # And every address of this site the mails send the visitor and staff to.
    for message in mail.outbox:
        for address in re.findall(r"http://testserver(/\S*)", message.body):
            steps += follow(visitor, visitor.get(address))

    assert [step.status_code for step in steps][:3] == [200, 302, 200]
    for step in steps:
        assert_private_if_setting_cookies(step)


def test_a_join_form_sent_back_with_errors_is_private(circle):
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/en/circles/climate-action/")

    response = visitor.post(
        "/en/circles/climate-action/",
        {"name": "Ana", "csrfmiddlewaretoken": csrf_token(page)},
    )

    assert cookies_and_caching(response) == (200, ["csrftoken"], PRIVATE)


def test_a_join_form_without_its_token_is_refused_without_a_cookie(circle):
    visitor = Client(enforce_csrf_checks=True)
    visitor.get("/en/circles/climate-action/")

    refused = visitor.post("/en/circles/climate-action/", {"name": "Ana"})

    assert cookies_and_caching(refused) == (403, [], None)


def test_choosing_the_admin_language_is_private(db):
    response = Client().post("/i18n/setlang/", {"language": "es", "next": "/admin/"})

    assert cookies_and_caching(response) == (
        302,
        ["django_language"],
        "private, no-store",
    )


def test_signing_in_to_the_admin_is_private(django_user_model):
    django_user_model.objects.create_user(
        "editor", password="a-long-enough-password", is_staff=True
    )
    staff = Client()

    response = staff.post(
        "/admin/login/?next=/admin/",
        {"username": "editor", "password": "a-long-enough-password"},
    )

    assert cookies_and_caching(response) == (302, ["csrftoken", "sessionid"], NEVER)


def test_the_response_cache_never_keeps_an_answer_that_sets_a_cookie(circle, settings):
    settings.RESPONSE_CACHE = True

    first = Client().get("/en/circles/climate-action/")
    second = Client().get("/en/circles/climate-action/")

    assert [first["X-Cache"], second["X-Cache"]] == ["miss", "miss"]
    assert [sorted(second.cookies), second["Cache-Control"]] == [["csrftoken"], PRIVATE]
    # A page without a cookie, asked for the same way, is kept and served again.
    Client().get("/en/circles/")
    assert Client().get("/en/circles/")["X-Cache"] == "hit"
