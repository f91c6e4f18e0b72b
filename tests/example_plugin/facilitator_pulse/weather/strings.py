"""The weather check-in's texts in Finnish and English (a plugin brings its own; the core's
catalog does not know them)."""
from flask_babel import get_locale

TEXTS = {
    "fi": {
        "activity_weather": "Sääkartta",
        "weather_sun": "Aurinkoista", "weather_partly_cloudy": "Puolipilvistä", "weather_cloudy": "Pilvistä",
        "weather_rain": "Sadetta", "weather_thunder": "Ukkosta",
        "weather_question": "Millainen sää sinulla on tänään?",
        "weather_word_label": "Yksi sana säästäsi (vapaaehtoinen)",
        "weather_send": "Lähetä", "weather_sent": "Kiitos! Voit vaihtaa säätä, kunnes vastaukset suljetaan.",
        "weather_answers": "Vastauksia: {count}",
        "weather_hidden": "Sääkartta näytetään, kun kaikki ovat vastanneet.",
        "weather_option_words": "Saa lisätä sanan",
    },
    "en": {
        "activity_weather": "Weather check-in",
        "weather_sun": "Sunny", "weather_partly_cloudy": "Partly cloudy", "weather_cloudy": "Cloudy",
        "weather_rain": "Rain", "weather_thunder": "Thunder",
        "weather_question": "What's your weather today?",
        "weather_word_label": "One word about your weather (optional)",
        "weather_send": "Send", "weather_sent": "Thank you! You can change your weather until answers close.",
        "weather_answers": "Answers: {count}",
        "weather_hidden": "The weather map is shown once everyone has answered.",
        "weather_option_words": "May add a word",
    },
}


def strings():
    language = str(get_locale())[:2]
    return TEXTS.get(language, TEXTS["en"])
