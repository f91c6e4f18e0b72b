"""Prioritising development targets: gather, group into themes, rank, and agree the first actions."""
from . import Method, Step, text

method = Method(
    id="prioritise_targets",
    title=text("Kehittämiskohteiden priorisointi", "Prioritising development targets"),
    summary=text(
        "Kerätään kehittämiskohteet, ryhmitellään ne teemoiksi ja laitetaan teemat "
        "tärkeysjärjestykseen. Jokainen näkee vaihtoehdot omassa satunnaisessa järjestyksessään, "
        "joten listan ensimmäinen ei saa etua. Kärkiteemoista tehdään toimenpiteet.",
        "Gather the development targets, group them into themes and rank the themes. Everyone sees "
        "the options in an order of their own, so the first on the list gains nothing from it. "
        "The top themes become actions."),
    themes=("solution_focus", "action_planning"),
    steps=(
        Step("brainstorm",
             text("Kehittämiskohteet", "Development targets"),
             text("Mitä meidän pitäisi kehittää, jotta työ sujuisi paremmin? Yksi asia per lappu.",
                  "What should we develop so that our work goes better? One thing per note."),
             minutes=8),
        Step("cluster",
             text("Teemat", "Themes"),
             text("Ryhmitellään samaa asiaa koskevat kohteet teemoiksi.",
                  "We group the targets that are about the same thing into themes."),
             minutes=8),
        Step("ranking",
             text("Priorisointi", "Ranking"),
             text("Laita teemat tärkeysjärjestykseen: mihin tartutaan ensimmäisenä?",
                  "Put the themes in order of importance: what do we take on first?"),
             minutes=5, options={"option_count": 6}),
        Step("action_plan",
             text("Ensimmäiset toimenpiteet", "First actions"),
             text("Mitä teemme kärkiteemoille, kuka vastaa ja mihin mennessä?",
                  "What do we do about the top themes, who takes it on and by when?"),
             minutes=15, options={"seed_count": 3}),
    ),
)
