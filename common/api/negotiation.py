"""Content negotiation that answers an unknown ``?format=`` with a 400."""

from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import DefaultContentNegotiation


class FormatNegotiation(DefaultContentNegotiation):
    """DRF answers an unknown ``?format=`` with a bare 404; a partner who mistypes
    the format should instead be told which formats this endpoint offers."""

    def select_renderer(self, request, renderers, format_suffix=None):
        parameter = self.settings.URL_FORMAT_OVERRIDE
        requested = format_suffix or request.query_params.get(parameter)
        if requested is not None:
            formats = [renderer.format for renderer in renderers]
            if requested not in formats:
                raise ValidationError(
                    {
                        parameter: [
                            _(
                                "“%(value)s” is not a format of this endpoint. "
                                "Choose one of: %(choices)s."
                            )
                            % {"value": requested, "choices": ", ".join(formats)}
                        ]
                    }
                )
        return super().select_renderer(request, renderers, format_suffix)
