"""Words a method lets the facilitator pick when adding it (methods.Choice)."""
from . import Choice, text


def _forms(fi, en):
    """fi: (the word, its genitive, "our ..." in the plural, the same in the partitive);
    en: (the word, "our ..." in the plural)."""
    return {"fi": dict(zip(("customer", "customer_gen", "customers_our", "customers_our_part"), fi)),
            "en": dict(zip(("customer", "customers_our"), en))}


# Who the organisation serves, named as it names them.
CUSTOMER = Choice(
    name="customer",
    label=text("Keitä palvelemme?", "Whom do we serve?"),
    default="asiakas",
    options={
        "asiakas": {"label": text("asiakas", "customer"),
                    **_forms(("asiakas", "asiakkaan", "asiakkaamme", "asiakkaitamme"), ("customer", "our customers"))},
        "kuntalainen": {"label": text("kuntalainen", "resident of the municipality"),
                        **_forms(("kuntalainen", "kuntalaisen", "kuntalaisemme", "kuntalaisiamme"),
                                 ("resident", "our residents"))},
        "asukas": {"label": text("asukas", "resident"),
                   **_forms(("asukas", "asukkaan", "asukkaamme", "asukkaitamme"), ("resident", "our residents"))},
        "potilas": {"label": text("potilas", "patient"),
                    **_forms(("potilas", "potilaan", "potilaamme", "potilaitamme"), ("patient", "our patients"))},
        "oppilas": {"label": text("oppilas", "pupil"),
                    **_forms(("oppilas", "oppilaan", "oppilaamme", "oppilaitamme"), ("pupil", "our pupils"))},
        "opiskelija": {"label": text("opiskelija", "student"),
                       **_forms(("opiskelija", "opiskelijan", "opiskelijamme", "opiskelijoitamme"),
                                ("student", "our students"))},
    },
)
