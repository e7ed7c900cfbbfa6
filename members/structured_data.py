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
    if member.local_name:
        data["alternateName"] = member.local_name
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
