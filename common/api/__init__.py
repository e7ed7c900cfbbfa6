"""Pieces of the partner API (/api/v1/) that every resource shares.

Each app keeps its own serializers and viewsets in ``<app>/api.py``; what they have
in common (languages, formats, pagination, conditional GET, limits, errors and the
OpenAPI description of all that) lives here, one small module per concern.
"""
