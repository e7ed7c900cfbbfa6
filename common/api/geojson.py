"""GeoJSON (RFC 7946) for resources with coordinates."""

from drf_spectacular.utils import extend_schema_serializer
from rest_framework import serializers

from common.api.renderers import JSONRenderer


def feature(row):
    """A Point feature from a row with ``latitude``/``longitude`` (longitude first)."""
    return {
        "type": "Feature",
        "id": row["slug"],
        "geometry": {
            "type": "Point",
            "coordinates": [row["longitude"], row["latitude"]],
        },
        "properties": row,
    }


def feature_collection(rows):
    return {"type": "FeatureCollection", "features": [feature(row) for row in rows]}


def render(data):
    return JSONRenderer().render(data)


_schemas = {}


def feature_collection_serializer(serializer_class):
    """A serializer class describing a FeatureCollection of ``serializer_class``
    rows, for the schema only."""
    if serializer_class in _schemas:
        return _schemas[serializer_class]
    name = serializer_class.__name__.removesuffix("Serializer")

    class Geometry(serializers.Serializer):
        type = serializers.ChoiceField(choices=["Point"])
        coordinates = serializers.ListField(
            child=serializers.FloatField(),
            min_length=2,
            max_length=2,
            help_text="[longitude, latitude] in decimal degrees (WGS 84).",
        )

    class Feature(serializers.Serializer):
        type = serializers.ChoiceField(choices=["Feature"])
        id = serializers.CharField(help_text="The record's slug.")
        geometry = Geometry()
        properties = serializer_class()

    # One object, not a list to paginate, although it answers a list endpoint.
    @extend_schema_serializer(many=False)
    class FeatureCollection(serializers.Serializer):
        type = serializers.ChoiceField(choices=["FeatureCollection"])
        features = Feature(many=True)

    Geometry.__name__ = "PointGeometry"
    Feature.__name__ = f"{name}Feature"
    FeatureCollection.__name__ = f"{name}FeatureCollection"
    _schemas[serializer_class] = FeatureCollection
    return FeatureCollection
