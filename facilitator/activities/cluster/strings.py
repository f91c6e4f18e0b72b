"""The interface strings of clustering's front end (static/*.js), translated for the
current request; web/activities.py puts them into every page's boot data."""
from flask_babel import gettext as _


def strings():
    return {
        "activity_cluster": _("Clustering"),
        "clustering_text": _("The facilitator is clustering the ideas. Watch the clusters form here or on the screen."),
    }
