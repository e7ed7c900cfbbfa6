import datetime
from decimal import Decimal

import factory

from events.enums import MeetingKind, SessionKind
from events.models import Meeting, Session
from members.enums import JurisdictionKind, MembershipStatus, Region
from members.models import Jurisdiction
from plans.enums import DocumentKind, PlanStatus
from plans.models import ActionPlan, Commitment, Document
from reforms.enums import ReformStatus
from reforms.models import Reform
from themes.enums import ThemeCategory
from themes.models import Theme


class JurisdictionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Jurisdiction
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"member-{n}")
    name_en = factory.Sequence(lambda n: f"Member {n}")
    name_es = factory.Sequence(lambda n: f"Miembro {n}")
    kind = JurisdictionKind.MUNICIPALITY
    country = "AR"
    region = Region.AMERICAS
    member_since = 2020
    status = MembershipStatus.ACTIVE
    summary_en = "A local government."
    summary_es = "Un gobierno local."
    latitude = Decimal("-32.94682")
    longitude = Decimal("-60.63932")
    is_published = True


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    slug = factory.Sequence(lambda n: f"theme-{n}")
    name_en = factory.Sequence(lambda n: f"Theme {n}")
    name_es = factory.Sequence(lambda n: f"Tema {n}")
    description_en = "What the theme means."
    description_es = "Qué significa el tema."
    category = ThemeCategory.POLICY_AREA
    is_published = True


class ReformFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reform
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"reform-{n}")
    title_en = factory.Sequence(lambda n: f"Reform {n}")
    title_es = factory.Sequence(lambda n: f"Reforma {n}")
    summary_en = "What the reform changes."
    summary_es = "Qué cambia la reforma."
    status = ReformStatus.IN_PROGRESS
    is_published = True

    @factory.post_generation
    def jurisdictions(self, create, extracted, **kwargs):
        if create and extracted:
            self.jurisdictions.set(extracted)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    slug = factory.Sequence(lambda n: f"meeting-{n}")
    name_en = factory.Sequence(lambda n: f"Meeting {n}")
    name_es = factory.Sequence(lambda n: f"Encuentro {n}")
    kind = MeetingKind.REGIONAL_MEETING
    region = Region.AMERICAS
    host_city_en = "Santo Domingo"
    host_city_es = "Santo Domingo"
    host_country = "DO"
    start_date = datetime.date(2022, 9, 26)
    end_date = datetime.date(2022, 9, 29)
    timezone = "America/Santo_Domingo"
    is_published = True


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session
        skip_postgeneration_save = True

    meeting = factory.SubFactory(MeetingFactory)
    slug = factory.Sequence(lambda n: f"session-{n}")
    title_en = factory.Sequence(lambda n: f"Session {n}")
    title_es = factory.Sequence(lambda n: f"Sesión {n}")
    kind = SessionKind.WORKSHOP
    is_published = True

    @factory.post_generation
    def showcased_reforms(self, create, extracted, **kwargs):
        if create and extracted:
            self.showcased_reforms.set(extracted)

    @factory.post_generation
    def jurisdictions(self, create, extracted, **kwargs):
        if create and extracted:
            self.jurisdictions.set(extracted)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class JoinRequestFactory(factory.django.DjangoModelFactory):
    """A stored join request (personal data: admin only). Pass ``circles=[...]``."""

    class Meta:
        model = "circles.JoinRequest"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Requester {n}")
    email = factory.Sequence(lambda n: f"requester{n}@example.org")
    organisation = "Municipality"
    sector = "local-government"
    language = "en"
    consent = True
    consent_at = factory.LazyFunction(
        lambda: datetime.datetime.now(tz=datetime.UTC).replace(microsecond=0)
    )
    # Confirmed from the mailed link; pass confirmed_at=None and a
    # confirmation_nonce for one still waiting.
    confirmed_at = factory.SelfAttribute("consent_at")

    @factory.post_generation
    def circles(self, create, extracted, **kwargs):
        if create and extracted:
            self.circles.set(extracted)


class ActionPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionPlan

    slug = factory.Sequence(lambda n: f"plan-{n}")
    jurisdiction = factory.SubFactory(JurisdictionFactory)
    title_en = factory.Sequence(lambda n: f"Action plan {n}")
    title_es = factory.Sequence(lambda n: f"Plan de acción {n}")
    start_year = 2021
    start_month = 8
    end_year = 2023
    end_month = 10
    status = PlanStatus.IN_IMPLEMENTATION
    is_published = True


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    slug = factory.Sequence(lambda n: f"document-{n}")
    jurisdiction = factory.SubFactory(JurisdictionFactory)
    kind = DocumentKind.INCEPTION_REPORT
    year = 2022
    title = factory.Sequence(lambda n: f"Inception report {n}")
    url = factory.Sequence(
        lambda n: f"https://www.opengovpartnership.org/documents/{n}/"
    )
    language = "en"
    is_published = True


class CommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commitment
        skip_postgeneration_save = True

    ogp_id = factory.Sequence(lambda n: f"TEST{n:04d}")
    action_plan = factory.SubFactory(ActionPlanFactory)
    title_en = factory.Sequence(lambda n: f"Commitment {n}")
    title_es = factory.Sequence(lambda n: f"Compromiso {n}")
    start_year = 2021
    start_month = 8
    end_year = 2023
    end_month = 10
    is_published = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
