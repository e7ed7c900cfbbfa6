"""Deterministic synthetic content for benchmarks: thousands of records, both languages.

Every generated record's slug starts with ``scale-`` (a commitment, which has none,
belongs to a ``scale-`` action plan and its OGP id starts with ``SCL``); generating
again first removes the previous ``scale-`` records, so real content is never touched.
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
from plans.enums import (
    Completion,
    DocumentKind,
    OgpValue,
    PlanStatus,
    PotentialImpact,
)
from plans.models import ActionPlan, Commitment, CommitmentTheme, Document
from reforms.enums import ReformStatus
from reforms.models import Reform, ReformJurisdiction, ReformTheme
from themes.enums import ThemeCategory
from themes.models import Theme

# Made-up members have a made-up type; "not stated" is for real ones whose
# sources leave it out (and keeping it out keeps the generated data as it was).
_KINDS = [
    kind for kind in JurisdictionKind.values if kind != JurisdictionKind.NOT_STATED
]
PREFIX = "scale-"
BATCH = 1000
PLANS_PER_MEMBER = 3
COMMITMENTS_PER_PLAN = 8
# Scale commitments' OGP ids: these letters, five more for the member, then the
# commitment's number within the member (SCLAAAAB0017), so each is unique and
# matches OGP's pattern (plans.models.OGP_COMMITMENT_ID_PATTERN).
OGP_ID_LETTERS = "SCL"
OGP_ID_MEMBER_LETTERS = 5
MAX_PLAN_MEMBERS = 26**OGP_ID_MEMBER_LETTERS
# The review of a commitment of an earlier plan, by its place in the plan: a
# mix of every completion value, and the last one left unassessed. The current
# plan's commitments are not assessed yet.
EARLIER_PLAN_COMPLETION = [
    Completion.COMPLETE,
    Completion.SUBSTANTIAL,
    Completion.LIMITED,
    Completion.NOT_STARTED,
    Completion.NO_EVIDENCE,
    Completion.SUBSTANTIAL,
    Completion.COMPLETE,
    "",
]
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


def scale_ogp_id(member_number, commitment_number):
    """The OGP id of a member's ``commitment_number``-th commitment (from 1)."""
    letters = ""
    for _ in range(OGP_ID_MEMBER_LETTERS):
        member_number, digit = divmod(member_number, 26)
        letters = chr(ord("A") + digit) + letters
    return f"{OGP_ID_LETTERS}{letters}{commitment_number:04d}"


def scale_data_remove():
    """Delete every generated record (links first: they protect their targets)."""
    CommitmentTheme.objects.filter(
        commitment__action_plan__slug__startswith=PREFIX
    ).delete()
    Commitment.objects.filter(action_plan__slug__startswith=PREFIX).delete()
    Document.objects.filter(slug__startswith=PREFIX).delete()
    ActionPlan.objects.filter(slug__startswith=PREFIX).delete()
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
            category=ThemeCategory.POLICY_AREA if number % 2 == 0 else "",
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
            kind=rng.choice(_KINDS),
            country=country,
            region=rng.choice(Region.values),
            member_since=rng.choice([2016, 2018, 2020, 2022, 2024]),
            status=rng.choices(
                [
                    MembershipStatus.ACTIVE,
                    MembershipStatus.INACTIVE,
                    MembershipStatus.WITHDRAWN,
                ],
                weights=[8, 1, 1],
            )[0],
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
    plan_rows, document_rows, commitment_rows = _plans(
        rng, jurisdictions, themes, report
    )
    content_changed()
    return {
        "themes": len(themes),
        "members": len(jurisdictions),
        "reforms": len(reform_rows),
        "meetings": len(meeting_rows),
        "sessions": len(session_rows),
        "action_plans": len(plan_rows),
        "documents": len(document_rows),
        "commitments": len(commitment_rows),
    }


def _plans(rng, jurisdictions, themes, report):
    """Every member's three action plans, two years each and in turn, each with
    its document and eight commitments over the plan's months."""
    if len(jurisdictions) > MAX_PLAN_MEMBERS:
        raise ValueError(f"At most {MAX_PLAN_MEMBERS} members can have scale plans.")
    policy_areas = [theme for theme in themes if theme.is_policy_area]
    plans = []
    for member_number, jurisdiction in enumerate(jurisdictions):
        # The member's latest plans, one after the other from the month it joined
        # or later: two years each, one for the newest members.
        first_year = max(jurisdiction.member_since, 2018 + rng.randint(0, 2))
        span = 2 if first_year <= 2020 else 1
        month = rng.randint(1, 12)
        for number in range(PLANS_PER_MEMBER):
            start_year = first_year + span * number
            english, spanish = rng.choice(TOPICS)
            current = number == PLANS_PER_MEMBER - 1
            plan = ActionPlan(
                slug=f"{PREFIX}plan-{member_number}-{number + 1}",
                jurisdiction=jurisdiction,
                title_en=f"Action plan {number + 1} of {jurisdiction.name_en}",
                title_es=f"Plan de acción {number + 1} de {jurisdiction.name_es}",
                start_year=start_year,
                start_month=month,
                # The month before the next plan starts.
                end_year=start_year + span - (month == 1),
                end_month=month - 1 or 12,
                lead_institutions=f"Office of {english.lower()}\nCivil society forum",
                status=PlanStatus.IN_IMPLEMENTATION
                if current
                else PlanStatus.COMPLETED,
                commitments_announced=COMMITMENTS_PER_PLAN,
                is_published=True,
            )
            plan.refresh_search_text()
            plans.append(plan)
    plans = _bulk(ActionPlan, plans, report, "action plans")

    def document(plan):
        instance = Document(
            slug=f"{plan.slug}-document",
            jurisdiction=plan.jurisdiction,
            action_plan=plan,
            kind=DocumentKind.ACTION_PLAN,
            year=plan.start_year,
            title=plan.title_es,
            url=f"https://www.opengovpartnership.org/documents/{plan.slug}/",
            language="es",
            is_published=True,
        )
        instance.refresh_search_text()
        return instance

    documents = _bulk(Document, (document(plan) for plan in plans), report, "documents")

    def commitments(plan_index, plan):
        member_number, number = divmod(plan_index, PLANS_PER_MEMBER)
        current = number == PLANS_PER_MEMBER - 1
        for position in range(COMMITMENTS_PER_PLAN):
            english, spanish = rng.choice(TOPICS)
            # Within the plan: from its start, or a later month of its first
            # year, to its end.
            starts_later = position % 3 == 2
            completion = "" if current else EARLIER_PLAN_COMPLETION[position]
            reviewed = not current and position % 4 != 3
            instance = Commitment(
                ogp_id=scale_ogp_id(
                    member_number, number * COMMITMENTS_PER_PLAN + position + 1
                ),
                action_plan=plan,
                title_en=f"{english} commitment {position + 1}",
                title_es=""
                if position == 5
                else f"Compromiso de {spanish.lower()} {position + 1}",
                description_en=f"Make {english.lower()} part of everyday services.",
                description_es=f"Hacer de {spanish.lower()} parte de los servicios.",
                primary_theme=rng.choice(policy_areas) if position % 4 else None,
                lead_institutions=f"Office of {english.lower()}",
                ogp_values=sorted(rng.sample(OgpValue.values, rng.randint(1, 2))),
                start_year=plan.start_year,
                start_month=rng.randint(plan.start_month, 12)
                if starts_later
                else plan.start_month,
                end_year=plan.end_year,
                end_month=plan.end_month,
                verifiable=True if reviewed else None,
                relevant=position % 5 != 4 if reviewed else None,
                potential_impact=rng.choice(PotentialImpact.values) if reviewed else "",
                completion=completion,
                is_published=True,
            )
            instance.refresh_search_text()
            yield instance

    commitment_rows = _bulk(
        Commitment,
        (
            commitment
            for plan_index, plan in enumerate(plans)
            for commitment in commitments(plan_index, plan)
        ),
        report,
        "commitments",
    )
    return plans, documents, commitment_rows
