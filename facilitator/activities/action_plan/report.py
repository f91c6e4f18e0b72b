"""The action plan's report section: how many actions it holds (the plan itself is the report's
own section, with every action of the day)."""


def result(model, step):
    return {"actions": [a for a in model.actions() if a["step_id"] == step["id"]]}


def contributors(model):
    return {v["participant_id"] for v in model.rows("action_volunteers")}


def markdown(model, step, o, decimal):
    return []
