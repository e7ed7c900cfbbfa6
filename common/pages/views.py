"""View pieces the public pages share: the page of one record, with draft preview."""

from django.views.generic import TemplateView


class PublicDetailView(TemplateView):
    """The page of one published record.

    ``get_object(include_drafts)`` calls the app's detail selector, which decides
    what is public. Staff may open a draft: the page then says so in a banner and
    asks search engines not to index it.
    """

    context_object_name = "object"

    def get_object(self, *, include_drafts):
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(include_drafts=request.user.is_staff)
        context = self.get_context_data(
            object=self.object,
            is_draft=not self.object.is_published,
            **{self.context_object_name: self.object},
            **kwargs,
        )
        response = self.render_to_response(context)
        if not self.object.is_published:
            response["X-Robots-Tag"] = "noindex"
        return response
