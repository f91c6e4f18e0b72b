"""In one word: a word-cloud check-in, how the room arrives, seen at a glance."""
from . import Method, Step, text

method = Method(
    id="one_word",
    title=text("Yhdellä sanalla", "In one word"),
    summary=text(
        "Nopea aloitus: jokainen kertoo yhdellä sanalla (tai kolmella), millä mielellä tuli. "
        "Sanapilvi kasvaa valkokankaalle sitä mukaa kuin sanoja tulee, ja samat sanat eri "
        "muodoissa lasketaan yhdeksi.",
        "A quick check-in: everyone says in one word (or three) how they arrive. The word cloud "
        "grows on the screen as the words come, and the same word in different forms counts once."),
    themes=("check_in",),
    steps=(
        Step("word_cloud",
             text("Yhdellä sanalla", "In one word"),
             text("Millä mielellä tulit tänään? Kuvaa se yhdellä sanalla – tai korkeintaan kolmella.",
                  "How are you arriving today? Put it in one word – or three at most."),
             minutes=3),
    ),
)
