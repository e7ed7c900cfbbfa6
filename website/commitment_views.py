"""Commitment pages: a commitment with its plan, themes, review and the reforms
that implement it."""

from django.shortcuts import redirect
from django.urls import reverse

from common.pages.views import PublicDetailView
from plans import selectors
from plans.enums import OgpValue
from plans.models import OGP_COMMITMENT_ID_PATTERN
from reforms.selectors import commitment_reforms


class CommitmentDetailView(PublicDetailView):
    template_name = "plans/commitment_detail.html"
    context_object_name = "commitment"

    def get(self, request, *args, **kwargs):
        # OGP writes its ids in capitals; "/commitments/arcrr0003/" is the same
        # page under another address, so it moves to the one address.
        canonical = self.kwargs["ogp_id"].upper()
        if canonical != self.kwargs["ogp_id"] and OGP_COMMITMENT_ID_PATTERN.fullmatch(
            canonical
        ):
            query = request.META.get("QUERY_STRING", "")
            target = reverse("commitments:detail", kwargs={"ogp_id": canonical})
            return redirect(f"{target}?{query}" if query else target, permanent=True)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        commitment = self.object
        context.update(
            reforms=list(commitment_reforms(commitment=commitment)),
            lead_institutions=commitment.lead_institution_list,
            ogp_values=[
                OgpValue(value).label
                for value in commitment.ogp_values
                if value in OgpValue.values
            ],
        )
        return context

    def get_object(self, *, include_drafts):
        return selectors.commitment_detail(
            ogp_id=self.kwargs["ogp_id"], include_drafts=include_drafts
        )
