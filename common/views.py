"""View pieces the public pages share: draft preview and the error pages."""

from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token
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


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """The 500 page in the visitor's language (the language of the URL).

    Django's own handler renders without a request or language; this one keeps the
    template free of anything that could fail again (no database, no request
    context processors).
    """
    language = translation.get_language_from_path(request.path_info) or (
        translation.get_language()
    )
    with translation.override(language):
        html = loader.get_template(template_name).render(
            {"LANGUAGE_CODE": translation.get_language()}
        )
    return HttpResponseServerError(html)
