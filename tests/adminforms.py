"""Read an admin page's form the way a browser would, to post it back changed."""

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    """Collects the successful controls of the first form whose id matches."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self.select = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (self.form_id is None or attrs.get("id") == self.form_id):
            self.inside = True
            return
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in {"submit", "button", "image", "reset", "file"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self.fields.append(
                (name, attrs.get("value", "on" if kind == "checkbox" else ""))
            )
        elif tag == "select" and name:
            self.select = {"name": name, "multiple": "multiple" in attrs, "chosen": []}
        elif tag == "option" and self.select is not None and "selected" in attrs:
            self.select["chosen"].append(attrs.get("value", ""))
        elif tag == "textarea" and name:
            self.textarea = {"name": name, "text": ""}

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea["text"] += data

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "form":
            self.inside = False
        elif tag == "select" and self.select is not None:
            chosen = self.select["chosen"]
            if self.select["multiple"]:
                self.fields += [(self.select["name"], value) for value in chosen]
            elif chosen:
                self.fields.append((self.select["name"], chosen[0]))
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            # Browsers drop the one newline that follows <textarea>.
            self.fields.append(
                (self.textarea["name"], self.textarea["text"].removeprefix("\n"))
            )
            self.textarea = None


def form_data(response, form_id=None):
    """``{name: value}`` (a list where a name repeats) of the page's form, as a
    browser would submit it unchanged; read-only fields are not controls."""
    reader = _FormReader(form_id)
    reader.feed(response.content.decode())
    data = {}
    for name, value in reader.fields:
        if name in data:
            previous = data[name]
            data[name] = (
                [*previous, value] if isinstance(previous, list) else [previous, value]
            )
        else:
            data[name] = value
    return data


def change_form_data(response):
    """The admin change (or add) form of ``response``."""
    data = form_data(response, form_id=f"{response.context['opts'].model_name}_form")
    data.pop("csrfmiddlewaretoken", None)
    return data
