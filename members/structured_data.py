"""schema.org data for member pages (rendered as JSON-LD)."""

OGP_LOCAL_URL = "https://www.opengovpartnership.org/ogp-local/"


def jurisdiction_json_ld(member, *, url):
    """A member as a ``GovernmentOrganization``."""
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "@id": url,
        "name": str(member.name),
        "url": url,
        "address": {
            "@type": "PostalAddress",
            "addressCountry": str(member.country),
        },
    }
    alternate_names = [
        name for name in (member.local_name, *member.other_name_list) if name
    ]
    if alternate_names:
        data["alternateName"] = (
            alternate_names[0] if len(alternate_names) == 1 else alternate_names
        )
    if member.subdivision:
        data["address"]["addressRegion"] = member.subdivision
    if member.summary:
        data["description"] = str(member.summary)
    same_as = [link for link in (member.website, member.ogp_url) if link]
    if same_as:
        data["sameAs"] = same_as
    if member.has_coordinates:
        data["location"] = {
            "@type": "Place",
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": float(member.latitude),
                "longitude": float(member.longitude),
            },
        }
    data["memberOf"] = {
        "@type": "Organization",
        "name": "OGP Local",
        "url": OGP_LOCAL_URL,
    }
    return data
