"""The core's UI strings for the browser scripts, translated for the current request, by the
surface that needs them: a phone gets the common and the phone's strings, not the console's.

The pages put `js_strings(surface)` (with every activity type's own strings, from its
`strings.py`) into their `boot` JSON; the scripts look strings up by key (`t("key", {name:
value})` in static/js/dom.js) and fill `{name}` placeholders themselves, so the English source
strings here keep `{name}` and never Python's `%` formatting. A text that depends on a number
comes from `plural()` as both of the catalog's forms, and the scripts pick one with `tn()`
(static/js/plural.js): "1 person", "2 people", never "1 people".
"""
from flask_babel import get_translations, gettext as _


def plural(singular, plural_form):
    """[the form for one, the form for others] of a text from the catalog (extracted as a plural:
    scripts/translations names `plural` a keyword). Finnish and English have these two forms."""
    translations = get_translations()
    return [translations.ungettext(singular, plural_form, n) for n in (1, 2)]


def js_strings(surface):
    """The strings of `surface` ("phone", "projector" or "console") and those every page needs."""
    own = {"phone": _phone, "projector": _projector, "console": _console}[surface]
    return {**_common(), **own()}


def _common():
    """Every page: the connection, errors, common words, the timer, and what of ideas and answers
    shows on more than one surface."""
    return {
        "conn_connecting": _("Connecting…"),
        "conn_connected": _("Connected"),
        "conn_reconnecting": _("Reconnecting…"),
        "conn_offline": _("Offline"),
        "error_generic": _("Something went wrong. Please try again."),
        "error_offline": _("No connection right now. Try again in a moment."),
        "error_timeout": _("The server did not answer. Check the connection and try again."),
        "fatal_title": _("Cannot connect to the workshop"),
        "close": _("Close"),
        "save": _("Save"),
        "cancel": _("Cancel"),
        "edit": _("Edit"),
        "remove": _("Remove"),
        "remove_confirm": _("Really remove?"),
        "step_progress": _("Step {current} / {total}"),
        "times_up": _("Time's up!"),
        "thanks_title": _("Thank you!"),
        "thanks_text": _("The workshop is over. Thank you for taking part."),
        "idea_too_long": _("An idea can be at most {max} characters."),
        "idea_yours": _("Yours"),
        "unsorted": _("Not in a cluster yet"),
        "new_idea": _("New idea: {text}"),
        "answers_closed": _("Answers are closed for this step."),
        "median_value": _("Median {value}"),
        "median": _("Median"),
        "average": _("Average"),
        "answers": _("Answers"),
        "distribution_label": _("{value}: {count}"),
        "comments_heading": _("Comments ({count})"),
        "results_withheld": plural("Results show from {count} answer on, so that no one's answer can be told.",
                                   "Results show from {count} answers on, so that no one's answer can be told."),
    }


def _phone():
    """The participant's phone (static/js/phone*.js)."""
    return {
        "join_again": _("Join again"),
        "send": _("Send"),
        "dismiss": _("Got it"),
        "waiting_title": _("Waiting for the facilitator"),
        "waiting_text": _("The workshop has not started yet. Keep this page open: it changes by itself."),
        "you_are": _("You joined as {name}."),
        "idea_label": _("Your idea"),
        "idea_placeholder": _("Write an idea…"),
        "chars_left": _("Characters left: {count}"),
        "idea_sent": _("Idea sent"),
        "idea_first_hint": _("Write your first idea below. One idea per note works best."),
        "your_ideas": _("Your ideas ({count})"),
        "idea_sending": _("Sending…"),
        "idea_waiting_connection": _("Not sent yet: it goes as soon as the connection is back."),
        "idea_not_sent": _("Not sent: {reason}"),
        "edit_idea_label": _("Edit your idea"),
        "wall_heading": _("Everyone's ideas ({count})"),
        "wall_empty": _("No ideas yet."),
        "cluster_empty": _("No ideas in this cluster yet."),
        "submissions_closed": _("Submissions are closed for this step."),
        "follow_screen": _("Follow the screen and the facilitator."),
        "answer_saved": _("Saved"),
        "answer_sending": _("Sending…"),
        "answer_sent": _("Answer sent"),
        "saved_on_phone": _("Saved on this phone, sent when the connection returns"),
        "send_again": _("Send again"),
        "results_coming": _("The results are coming…"),
        "group_answers": _("The group's answers"),
        "private_revealed": _("The ideas are revealed."),
    }


def _projector():
    """The projector (static/js/screen*.js)."""
    return {
        "screen_waiting": _("We start soon. Join with your phone."),
        "screen_join_hint": _("Scan the QR code or open the address and type the code."),
        "screen_no_ideas": _("Ideas appear here as you send them."),
        "follow_facilitator": _("Follow the facilitator."),
        "screen_private_count": _("Ideas written: {count}"),
        "screen_goals_heading": _("Goals of the day"),
    }


def _console():
    """The facilitator's console (static/js/console*.js): running the day and planning it."""
    return {
        "copied": _("Copied"),
        "copy_failed": _("Could not copy: select the link and copy it by hand."),
        "delete": _("Delete"),
        "delete_confirm": _("Really delete?"),
        "rename": _("Rename"),
        "hide": _("Hide"),
        "unhide": _("Show again"),
        "hidden": _("Hidden"),
        "state_pending": _("Pending"),
        "state_active": _("Now"),
        "state_done": _("Done"),
        "start_timer": _("Start timer"),
        "restart_timer": _("Restart timer"),
        "lock_room": _("Lock joining"),
        "unlock_room": _("Unlock joining"),
        "room_locked_hint": _("Joining is locked: nobody new can join. Those already in stay."),
        "room_open_hint": _("Anyone with the code can join."),
        "start_day": _("Start"),
        "next_step": _("Next step →"),
        "finish_day": _("Finish the day"),
        "day_ended": _("The day has ended"),
        "open_submissions": _("Open submissions"),
        "close_submissions": _("Close submissions"),
        "open_voting": _("Open voting"),
        "close_voting": _("Close voting"),
        "reveal_results": _("Reveal results"),
        "hide_results": _("Hide results"),
        "submissions_open": _("Submissions open"),
        "submissions_closed_short": _("Submissions closed"),
        "voting_open": _("Voting open"),
        "voting_closed_short": _("Voting closed"),
        "results_shown": _("Results on screen"),
        "results_hidden": _("Results hidden"),
        "not_started": _("Not started"),
        "not_started_title": _("Everyone joining?"),
        "not_started_text": _("Show the projector so people can scan the code. Press Start when you are ready."),
        "ended": _("Finished"),
        "ended_title": _("The day has ended"),
        "ended_text": _("Phones show a thank-you. Go back a step if you need to."),
        "console_waiting": _("Ideas appear here once the first brainstorm starts."),
        "console_ended": _("All steps are done."),
        "first_step": _("First step: {title}"),
        "agenda_empty": _("The agenda is empty. Add a step."),
        "go_to_step": _("Go to"),
        "move_up_label": _("Move up: {title}"),
        "move_down_label": _("Move down: {title}"),
        "minutes_short": _("{count} min"),
        "works_on": _("ideas of “{title}”"),
        "no_source": _("no brainstorm before it"),
        "no_source_long": _("This step has no brainstorm before it, so it has no ideas to work on. Move it after a brainstorm."),
        "field_title": _("Title"),
        "field_prompt": _("Prompt or question"),
        "field_minutes": _("Time box in minutes"),
        "step_added": _("Step added"),
        "ideas_heading": _("Ideas"),
        "board_hint": _("Add a cluster above, then drag ideas into it."),
        "board_empty": _("No ideas yet. They appear here as people send them."),
        "drop_here": _("Drop ideas here"),
        "cluster_title_label": _("Cluster title"),
        "move_to": _("Move to…"),
        "move_to_label": _("Move this idea to a cluster"),
        "hide_hint": _("Hide from the screen and the phones"),
        "unhide_hint": _("Show on the screen and the phones again"),
        "results_on_screen": _("The results are on the screen and the phones."),
        "results_private": _("Only you see this until you reveal the results."),
        "theme_check_in": _("Check-in"),
        "theme_values": _("Values"),
        "theme_customer_focus": _("Customer focus"),
        "theme_ground_rules": _("Ground rules"),
        "theme_pair_work": _("Pair work"),
        "theme_collaboration": _("Collaboration"),
        "theme_interaction": _("Interaction"),
        "theme_solution_focus": _("Solution focus"),
        "theme_action_planning": _("Action planning"),
        "theme_evaluation": _("Evaluation"),
        "library_heading": _("Method library"),
        "library_intro": _("Add methods to the agenda, or start from a ready day."),
        "library_close": _("Close"),
        "library_days": _("Ready days"),
        "library_methods": _("Methods"),
        "library_filter_label": _("Show methods for a theme"),
        "library_all_themes": _("All"),
        "library_none": _("No methods for this theme."),
        "library_add": _("Add to agenda"),
        "library_added": _("Added to the agenda: {title}"),
        "library_use_day": _("Use this day"),
        "library_day_applied": _("The day is on the agenda: {title}"),
        "library_about": _("about {duration}"),
        "library_steps": _("Steps: {count}"),
        "day_replace_question": plural("The agenda already has {count} step. Replace it with this day, or add the day after it?",
                                       "The agenda already has {count} steps. Replace them with this day, or add the day after them?"),
        "day_replace": _("Replace the agenda"),
        "day_append": _("Add after them"),
        "clear_agenda": _("Clear the agenda"),
        "clear_agenda_confirm": _("Really clear?"),
        "block_remove": _("Remove the method"),
        "block_remove_confirm": _("Remove its steps?"),
        "block_steps": plural("{count} step", "{count} steps"),
        "goals_heading": _("Goals of the day"),
        "goals_count": _("Goals of the day ({count})"),
        "goals_hint": _("One goal per line."),
        "goals_placeholder": _("What should the day achieve?"),
        "goals_save": _("Save goals"),
        "goals_saved": _("Goals saved"),
        "hours_minutes": _("{hours} h {minutes} min"),
        "hours_only": _("{hours} h"),
        "day_planned": _("Planned: {duration}"),
        "day_elapsed": _("Elapsed {elapsed} of {planned}"),
        "day_over": _("Running about {duration} over"),
        "day_on_track": _("On schedule"),
        "step_planned": _("{duration} planned"),
        "step_took": _("took {duration}"),
        "step_so_far": _("{duration} so far"),
        "step_no_time_box": _("no time box"),
        "open_answers": _("Open answers"),
        "close_answers": _("Close answers"),
        "console_answers_open": _("Answers open"),
        "console_answers_closed": _("Answers closed"),
        "reveal_ideas": _("Reveal ideas"),
        "hide_ideas": _("Hide ideas again"),
        "ideas_private": _("Ideas private"),
        "ideas_revealed": _("Ideas revealed"),
        "private_hint": _("Silent writing: only you see the ideas until you reveal them."),
        "answered_of": _("Answered: {count} of {participants} joined"),
        "no_answers": _("No answers yet."),
        "average_value": _("Average {value}"),
    }
