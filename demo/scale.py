"""Deterministic synthetic content for benchmarks: thousands of records, both languages.

Every generated record's slug starts with ``scale-``; generating again first removes
the previous ``scale-`` records, so real content is never touched.
"""

import datetime
import random
from decimal import Decimal

from django.db import transaction

from common.caching.stamp import content_changed
from events.enums import MeetingKind, SessionKind
from events.models import (
    Meeting,
    Session,
    SessionJurisdiction,
    SessionReform,
    SessionTheme,
)
from members.enums import JurisdictionKind, MembershipStatus, Region
from members.models import Jurisdiction
from reforms.enums import ReformStatus
from reforms.models import Reform, ReformJurisdiction, ReformTheme, Theme

PREFIX = "scale-"
BATCH = 1000
COUNTRIES = [
    "AR",
    "BR",
    "CL",
    "CO",
    "CR",
    "DO",
    "EC",
    "ES",
    "GE",
    "GH",
    "ID",
    "IT",
    "KE",
    "KR",
    "MA",
    "MX",
    "NG",
    "PE",
    "PH",
    "US",
]
PLACES = [
    ("Peñalolén", "Peñalolén"),
    ("São Paulo", "São Paulo"),
    ("Bogotá", "Bogotá"),
    ("State of Mexico", "Estado de México"),
    ("Nuevo León", "Nuevo León"),
    ("Santa Catarina", "Santa Catarina"),
    ("Córdoba", "Córdoba"),
    ("Quintana Roo", "Quintana Roo"),
]
TOPICS = [
    ("Open data", "Datos abiertos"),
    ("Citizen participation", "Participación ciudadana"),
    ("Climate action", "Acción climática"),
    ("Access to justice", "Acceso a la justicia"),
    ("Open contracting", "Contrataciones abiertas"),
    ("Digital services", "Servicios digitales"),
    ("Inclusion", "Inclusión"),
    ("Budget transparency", "Transparencia presupuestaria"),
]
ZONES = [
    "America/Santo_Domingo",
    "Europe/Rome",
    "Africa/Casablanca",
    "Asia/Seoul",
    "America/Mexico_City",
]
SESSION_DAY_HOURS = (
    14,
    15,
    17,
    19,
)  # UTC starts that fall on the local day in every zone above


def _progress(report, label, done, total):
    if report:
        report(label, done, total)


def _bulk(model, objects, report, label):
    objects = list(objects)
    for start in range(0, len(objects), BATCH):
        model.objects.bulk_create(objects[start : start + BATCH])
        _progress(report, label, min(start + BATCH, len(objects)), len(objects))
    return objects


def scale_data_remove():
    """Delete every generated record (links first: they protect their targets)."""
    for link in (SessionReform, SessionTheme, SessionJurisdiction):
        link.objects.filter(session__slug__startswith=PREFIX).delete()
    Session.objects.filter(slug__startswith=PREFIX).delete()
    Meeting.objects.filter(slug__startswith=PREFIX).delete()
    ReformJurisdiction.objects.filter(reform__slug__startswith=PREFIX).delete()
    ReformTheme.objects.filter(reform__slug__startswith=PREFIX).delete()
    Reform.objects.filter(slug__startswith=PREFIX).delete()
    Jurisdiction.objects.filter(slug__startswith=PREFIX).delete()
    Theme.objects.filter(slug__startswith=PREFIX).delete()
    # Bulk writes send no signals: say that public content changed.
    content_changed()


@transaction.atomic
def scale_data_generate(
    *, members=2000, reforms=20000, meetings=200, sessions=4000, seed=2022, report=None
):
    """Replace the generated records with a fresh, reproducible set."""
    rng = random.Random(seed)
    scale_data_remove()

    themes = []
    for number, (english, spanish) in enumerate(TOPICS * 3):
        theme = Theme(
            slug=f"{PREFIX}theme-{number}",
            name_en=f"{english} {number}",
            name_es=f"{spanish} {number}",
            description_en=f"What {english.lower()} means in practice.",
            description_es=f"Qué significa {spanish.lower()} en la práctica.",
            is_policy_area=number % 2 == 0,
            is_local_circle=number % 3 == 0,
            is_published=True,
        )
        theme.refresh_search_text()
        themes.append(theme)
    themes = _bulk(Theme, themes, report, "themes")

    def member(number):
        english, spanish = rng.choice(PLACES)
        country = rng.choice(COUNTRIES)
        jurisdiction = Jurisdiction(
            slug=f"{PREFIX}member-{number}",
            name_en=f"{english} {number}",
            name_es=f"{spanish} {number}",
            local_name=f"Municipalidad de {spanish} {number}",
            kind=rng.choice(JurisdictionKind.values),
            country=country,
            region=rng.choice(Region.values),
            member_since=rng.choice([2016, 2018, 2020, 2022, 2024]),
            status=rng.choices(MembershipStatus.values, weights=[8, 1, 1])[0],
            summary_en=f"A local government in {country} that co-creates reforms.",
            summary_es=""
            if number % 5 == 0
            else f"Un gobierno local de {country} que cocrea reformas.",
            latitude=Decimal(rng.randint(-60000, 70000)) / 1000,
            longitude=Decimal(rng.randint(-170000, 170000)) / 1000,
            is_published=number % 20 != 0,
        )
        jurisdiction.refresh_search_text()
        return jurisdiction

    jurisdictions = _bulk(
        Jurisdiction, (member(n) for n in range(members)), report, "members"
    )

    def reform(number):
        english, spanish = rng.choice(TOPICS)
        instance = Reform(
            slug=f"{PREFIX}reform-{number}",
            title_en=f"{english} reform {number}",
            title_es=f"Reforma de {spanish.lower()} {number}",
            summary_en=f"How {english.lower()} changes public services.",
            summary_es=""
            if number % 7 == 0
            else f"Cómo {spanish.lower()} cambia los servicios públicos.",
            countries=sorted(rng.sample(COUNTRIES, rng.randint(1, 2))),
            status=rng.choice(ReformStatus.values),
            is_published=number % 25 != 0,
        )
        instance.refresh_search_text()
        return instance

    reform_rows = _bulk(Reform, (reform(n) for n in range(reforms)), report, "reforms")
    _bulk(
        ReformJurisdiction,
        (
            ReformJurisdiction(reform=row, jurisdiction=chosen)
            for row in reform_rows
            for chosen in rng.sample(jurisdictions, rng.randint(1, 3))
        ),
        report,
        "reform members",
    )
    _bulk(
        ReformTheme,
        (
            ReformTheme(reform=row, theme=chosen)
            for row in reform_rows
            for chosen in rng.sample(themes, rng.randint(1, 3))
        ),
        report,
        "reform themes",
    )

    def meeting(number):
        start = datetime.date(2016, 1, 1) + datetime.timedelta(
            days=rng.randint(0, 4000)
        )
        instance = Meeting(
            slug=f"{PREFIX}meeting-{number}",
            name_en=f"Regional meeting {number}",
            name_es=f"Encuentro regional {number}",
            kind=rng.choice(MeetingKind.values),
            region=rng.choice(Region.values),
            host_city_en=rng.choice(PLACES)[0],
            host_city_es=rng.choice(PLACES)[1],
            host_country=rng.choice(COUNTRIES),
            start_date=start,
            end_date=start + datetime.timedelta(days=rng.randint(0, 3)),
            timezone=rng.choice(ZONES),
            summary_en="Members met to share their reforms.",
            summary_es="Los miembros se reunieron para compartir sus reformas.",
            participant_count=rng.randint(40, 600),
            is_published=number % 10 != 0,
        )
        instance.refresh_search_text()
        return instance

    meeting_rows = _bulk(
        Meeting, (meeting(n) for n in range(meetings)), report, "meetings"
    )

    def session(number):
        host = meeting_rows[number % len(meeting_rows)]
        day = host.start_date + datetime.timedelta(
            days=rng.randint(0, (host.end_date - host.start_date).days)
        )
        starts = datetime.datetime.combine(
            day, datetime.time(rng.choice(SESSION_DAY_HOURS)), tzinfo=datetime.UTC
        )
        instance = Session(
            meeting=host,
            slug=f"{PREFIX}session-{number}",
            position=number // len(meeting_rows),
            title_en=f"Session {number}",
            title_es=f"Sesión {number}",
            description_en="Members compared notes.",
            description_es="Los miembros compararon experiencias.",
            kind=rng.choice(SessionKind.values),
            starts_at=starts if number % 3 else None,
            ends_at=starts + datetime.timedelta(hours=1) if number % 3 else None,
            participant_count=rng.randint(5, 80),
            languages=rng.choice(["es", "en", "es,en", "fr,en"]),
            is_published=True,
        )
        instance.refresh_search_text()
        return instance

    session_rows = _bulk(
        Session, (session(n) for n in range(sessions)), report, "sessions"
    )
    _bulk(
        SessionJurisdiction,
        (
            SessionJurisdiction(session=row, jurisdiction=chosen)
            for row in session_rows
            for chosen in rng.sample(jurisdictions, rng.randint(1, 5))
        ),
        report,
        "session members",
    )
    _bulk(
        SessionTheme,
        (
            SessionTheme(session=row, theme=chosen)
            for row in session_rows
            for chosen in rng.sample(themes, rng.randint(0, 2))
        ),
        report,
        "session themes",
    )
    _bulk(
        SessionReform,
        (
            SessionReform(session=row, reform=chosen, position=position)
            for row in session_rows
            for position, chosen in enumerate(
                rng.sample(reform_rows, rng.randint(0, 4)), start=1
            )
        ),
        report,
        "showcased reforms",
    )
    content_changed()
    return {
        "themes": len(themes),
        "members": len(jurisdictions),
        "reforms": len(reform_rows),
        "meetings": len(meeting_rows),
        "sessions": len(session_rows),
    }
