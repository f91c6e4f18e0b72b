"""The wall read from the back row: every activity type of the registry, in each of its states,
measured on a 1920×1080 projector in Debian's chromium. Every visible text must be at least 32 px,
on the screen, not clipped and not drawn over other text or the QR code; the QR code is at least
400 px wherever joining is open and gone once the room is locked.

The rooms are seeded over Socket.IO as the console and phones would: ideas (10, 30, 60, 150),
themes, dots, answers, the reveal, then whatever states a type declares as its `demo`
(docs/plugins.md). A new activity type is measured without a line here. The smallest size of each
view is printed (`pytest -s`) and screenshots go to test-artifacts/wall-*.png.
"""
import pytest
from playwright.sync_api import expect

from facilitator import activities
from server import Server
from test_browser import ARTIFACTS
from wall import ADMIN, MEASURE_JS as MEASURE, PROJECTOR, SeededRoom, problems, smallest

pytestmark = pytest.mark.browser
QR_MIN = 400
TITLE = "Miten teemme yhteistyötä sujuvammin?"
PROMPT = "Kirjoita yksi ajatus kerrallaan: mikä tekisi yhteistyöstämme sujuvampaa jo ensi kuussa?"
FIGURES = {}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with Server(tmp_path_factory.mktemp("wall-data"), extra=ADMIN) as running:
        yield running


@pytest.fixture(scope="module", autouse=True)
def figures():
    yield
    if FIGURES:
        print("\nsmallest text on the projector, per view (px): the page, the step's content; its pages")
        for view, (page, step, pager) in sorted(FIGURES.items()):
            print(f"  {view:32} {page or 0:5.1f} {step or 0:5.1f}  {pager}")


def projector(browser, server, room):
    context = browser.new_context(**PROJECTOR)
    context.add_cookies([{"name": c.name, "value": c.value, "url": server.url} for c in room.http.cookies])
    page = context.new_page()
    page.goto(f"{server.url}/w/{room.code}/screen")
    expect(page.get_by_test_id("connection")).to_have_attribute("data-state", "connected", timeout=15000)
    return page


def settle(page):
    """Waits until the projector has drawn the last change (its content stops changing)."""
    before = None
    for _ in range(40):
        page.wait_for_timeout(250)
        now = page.evaluate("document.getElementById('frame').innerHTML")
        if now == before:
            return
        before = now


def measure(page, view, found, shoot=False):
    settle(page)
    measured = page.evaluate(MEASURE)
    pager = page.evaluate("document.getElementById('pager').hidden ? '' : document.getElementById('pager-label').textContent")
    FIGURES[view] = (smallest(measured), smallest(measured, step_only=True), pager)
    found.extend(f"{view}: {problem}" for problem in problems(measured))
    locked = page.evaluate("document.getElementById('frame').dataset.join") == "closed"
    qr = measured["qr"]
    if not locked and (qr is None or qr[2] - qr[0] < QR_MIN - 1):
        found.append(f"{view}: joining is open but the QR code is {qr and round(qr[2] - qr[0])} px")
    if locked and qr is not None:
        found.append(f"{view}: the room is locked but the QR code is shown")
    if shoot:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"wall-{view}.png"))


def source_type():
    """The type a step that works on ideas takes them from: the first that takes ideas."""
    return next(kind for kind in activities.all_types() if kind.takes_ideas)


def spends_dots(kind):
    """Whether the type's phones vote with `vote.add` (room.vote); a type that takes its votes in
    events of its own is measured before and after its reveal, and in the `demo` states it declares."""
    from facilitator.live.events import registered
    spec = registered().get("vote.add")
    return spec is not None and spec.handler.__module__.startswith(kind.package + ".")


def run_type(browser, server, kind, ideas, found, shoot=False):
    """One room, one step of `kind` (after a source step of ideas in themes, if it needs one),
    measured before anything is given, with ideas, dots or answers, revealed and in its demo."""
    with SeededRoom(server.url) as room:
        source = room.add_step(source_type().name, "Ideat", PROMPT) if kind.uses_source else None
        step_id = room.add_step(kind.name, TITLE, PROMPT)
        room.console.call("step.next")
        if source is not None:  # the source is the current step: the phones write its ideas
            room.write_ideas(source, ideas, by_phones=True)
            room.group_ideas(source)
            room.console.call("step.goto", {"step_id": step_id})
        page = projector(browser, server, room)
        view = f"{ideas}-{kind.name}"
        measure(page, f"{view}-before", found, shoot)
        if kind.reveal_option:
            room.console.call("step.edit", {"step_id": step_id, "options": {kind.reveal_option: 1}})
        step = room.step(step_id)
        if kind.takes_ideas:
            room.write_ideas(step_id, ideas, by_phones=True)
        if kind.submissions == "votes" and spends_dots(kind):
            room.vote(step)
        elif kind.submissions == "answers" and step["answer"]:
            room.answer(step)
        measure(page, f"{view}-answers", found, shoot)
        if kind.reveal:
            room.console.call("results.reveal")
            measure(page, f"{view}-revealed", found, shoot)
        for name, sends in kind.demo:
            for role, event, payload in sends:
                room.send(role, event, payload)
            measure(page, f"{view}-{name}", found, shoot)
        page.context.close()


def test_every_activity_type_in_every_state_reads_from_the_back(server, browser):
    found = []
    for kind in activities.all_types():
        run_type(browser, server, kind, 30, found, shoot=True)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("ideas", [10, 60, 150])
def test_walls_of_ideas_page_rather_than_shrink(server, browser, ideas):
    found = []
    for kind in activities.all_types():
        if kind.takes_ideas or kind.uses_source:
            run_type(browser, server, kind, ideas, found, shoot=ideas > 10)
    assert not found, "\n".join(found)


def test_the_lobby_the_locked_room_and_the_end(server, browser):
    found = []
    with SeededRoom(server.url, phones=2) as room:
        room.console.call("workshop.goals", {"goals": "Sovimme pelisäännöt, joihin jokainen voi sitoutua.\n"
                                             "Valitsemme kolme kokeilua kevääksi.\nTutustumme uusiin kollegoihin."})
        room.add_step(source_type().name, TITLE, PROMPT)
        page = projector(browser, server, room)
        measure(page, "lobby", found, shoot=True)
        room.console.call("room.lock")
        measure(page, "lobby-locked", found, shoot=True)
        expect(page.get_by_test_id("join-panel")).to_be_hidden()
        expect(page.get_by_test_id("join-hint")).to_have_count(0)  # nor an invitation to join
        room.console.call("room.unlock")
        expect(page.get_by_test_id("qr")).to_be_visible()
        expect(page.get_by_test_id("join-hint")).to_be_visible()
        room.console.call("step.next")
        room.console.call("step.next")
        measure(page, "ended", found, shoot=True)
        expect(page.get_by_test_id("join-panel")).to_be_hidden()  # the day is over: nobody joins now
    assert not found, "\n".join(found)

