"""Pulse: a quick check of how the team is doing, and what would lift it by one."""
from pathlib import Path

from facilitator.methods import DayTemplate, Method, Step, text

HERE = Path(__file__).parent

method = Method(
    id="pulse",
    title=text("Tiimin pulssi", "Team pulse"),
    summary=text("Nopea tilannekatsaus: missä tiimi on nyt ja mikä nostaisi sitä pykälän.",
                 "A quick check: where the team is now and what would lift it a notch."),
    themes=("check_in", "solution_focus"),
    steps=(
        Step("scale", text("Pulssi", "Pulse"),
             text("Miten tiimillämme menee juuri nyt, asteikolla 0–10?",
                  "How is our team doing right now, on a scale of 0 to 10?"), minutes=3),
        Step("brainstorm", text("Pykälän ylemmäs", "One notch up"),
             text("Mikä nostaisi lukua yhdellä?", "What would raise the number by one?"), minutes=5),
        Step("dot_vote", text("Valinta", "Choosing"),
             text("Mitä kokeilemme ensin?", "What do we try first?"), minutes=3,
             options={"dots_per_person": 2, "max_dots_per_item": 1}),
    ),
    templates=HERE / "templates",
    static=HERE / "static",
)

# A check-in on the package's own activity type (see weather/).
weather_check_in = Method(
    id="weather_check_in",
    title=text("Sääkartta", "Weather check-in"),
    summary=text("Jokainen kertoo säällä, millä mielellä tulee päivään; yhdessä näemme ryhmän sääkartan.",
                 "Everyone tells with a weather how they arrive; together we see the group's weather map."),
    themes=("check_in",),
    steps=(Step("weather", text("Sääkartta", "Weather check-in"),
                text("Millainen sää sinulla on tänään? Valitse sää ja lisää halutessasi yksi sana.",
                     "What's your weather today? Pick one and add a word if you like."),
                minutes=5, options={"words": 1}),),
)

day = DayTemplate(
    id="pulse_day", title=text("Pulssipäivä", "Pulse day"),
    summary=text("Aloitus, pulssi ja palaute.", "Check-in, pulse and feedback."),
    methods=("check_in", "pulse", "evaluation"),
)

values_again = Method(
    id="values", title=text("Arvot uudelleen", "Values again"), summary=text("x", "x"),
    themes=("values",), steps=method.steps)

english_only = Method(
    id="english_only", title={"en": "English only"}, summary={"en": "No Finnish"},
    themes=("values",), steps=method.steps)
