"""Helpers of the projector's measuring test (test_browser_wall.py): a room seeded over Socket.IO
as a console and phones would, and what the projector draws, measured from its DOM."""
import threading
import time
import uuid

import requests
import socketio

from server import cookie_header, create_workshop

WAIT = 20
# The servers of these tests have an admin password: a room per state would soon pass the
# limit of new workshops an address may make without one.
ADMIN = ("--admin-password", "kehittamispaiva")
PROJECTOR = {"viewport": {"width": 1920, "height": 1080}, "reduced_motion": "reduce"}
FLOOR = 32  # px: the smallest text the back row reads on a 1920×1080 wall
TOPICS = ["Yhteinen kalenteri", "Viikkopalaveri lyhyemmäksi", "Perehdytys uusille", "Palaute heti",
          "Kahvitauko yhdessä", "Selkeät roolit", "Etäpäivien pelisäännöt", "Asiakkaan ääni kuuluviin",
          "Työnohjaus", "Vähemmän sähköpostia", "Tiimipäivä keväällä", "Onnistumiset näkyviin"]
COMMENTS = ["Hyvä päivä, kiitos!", "Enemmän aikaa keskustelulle.", "Pareittain oli parasta.",
            "Tauot olivat liian lyhyitä.", "Selkeä ohjaus, hyvä tunnelma."]


def idea_text(n):
    return f"{TOPICS[n % len(TOPICS)]} {n + 1}: miten saisimme tämän käyntiin heti ensi viikolla?"


class Client:
    """A Socket.IO client of one role that knows the latest snapshot's state."""

    def __init__(self, base, code, role, http):
        self.lock = threading.Condition()
        self.snapshot = None
        self.sio = socketio.Client(reconnection=False)
        self.sio.on("snapshot", self._snapshot)
        self.sio.connect(base, auth={"workshop": code, "role": role}, transports=["websocket"],
                         headers={"Cookie": cookie_header(http)}, wait_timeout=WAIT)
        with self.lock:
            assert self.lock.wait_for(lambda: self.snapshot, WAIT), "no snapshot"

    def _snapshot(self, data):
        with self.lock:
            self.snapshot = data
            self.lock.notify_all()

    def call(self, event, payload=None):
        payload = dict(payload or {})
        if "client_id" in payload:  # a demo's payload names the key; every send is a new one
            payload["client_id"] = uuid.uuid4().hex
        answer = self.sio.call(event, payload, timeout=WAIT)
        for _ in range(30):
            # Seeding a room is faster than anyone taps: a refusal by the throttle is waited out
            # as it says, as the pages do (what is refused was not stored, so it is sent again).
            if answer.get("code") != "rate_limited":
                break
            time.sleep(answer["retry_after"])
            answer = self.sio.call(event, payload, timeout=WAIT)
        assert answer["ok"], (event, payload, answer)
        return answer

    def fresh(self):
        """The state now: a new snapshot (sync answers with one)."""
        with self.lock:
            self.snapshot = None
        self.call("sync")
        with self.lock:
            assert self.lock.wait_for(lambda: self.snapshot, WAIT), "no snapshot"
            return self.snapshot

    def close(self):
        self.sio.disconnect()


class SeededRoom:
    """A workshop with a facilitator and `phones` participants on sockets."""

    def __init__(self, base, phones=12, language="fi"):
        self.base = base
        self.http = requests.Session()
        self.code = create_workshop(self.http, base, language=language, title="Kehittämispäivä", admin_password=ADMIN[1])
        self.console = Client(base, self.code, "facilitator", self.http)
        self.console.call("agenda.clear")
        self.phones = []
        for n in range(phones):
            http = requests.Session()
            response = http.post(f"{base}/{self.code}/join", data={"nickname": f"Osallistuja {n + 1}"},
                                 allow_redirects=False)
            assert response.status_code == 302, response.text
            self.phones.append(Client(base, self.code, "participant", http))

    def add_step(self, activity, title, prompt="", options=None):
        payload = {"activity": activity, "title": title, "prompt": prompt}
        if options:
            payload["options"] = options
        return self.console.call("step.add", payload)["step_id"]

    def step(self, step_id):
        return next(s for s in self.console.fresh()["steps"] if s["id"] == step_id)

    def write_ideas(self, step_id, count, by_phones):
        for n in range(count):
            sender = self.phones[n % len(self.phones)] if by_phones else self.console
            payload = {"client_id": "", "text": idea_text(n)}
            if not by_phones:
                payload["step_id"] = step_id
            sender.call("idea.submit", payload)

    def group_ideas(self, source_id, clusters=5):
        """About two thirds of the source's ideas into `clusters` themes of unequal size."""
        ideas = [i for i in self.console.fresh()["ideas"] if i["step_id"] == source_id]
        ids = [self.console.call("cluster.create", {"client_id": "", "title": TOPICS[n], "step_id": source_id})["cluster"]["id"]
               for n in range(clusters)]
        for n, idea in enumerate(ideas[: len(ideas) * 2 // 3]):
            self.console.call("idea.move", {"idea_id": idea["id"], "cluster_id": ids[min(n % 7, clusters - 1)]})

    def vote(self, step):
        """Every phone spends its dots; the top two targets tie."""
        snapshot = self.console.fresh()
        source = step["source_step_id"]
        targets = [("cluster", c["id"]) for c in snapshot["clusters"] if c["step_id"] == source]
        targets += [("idea", i["id"]) for i in snapshot["ideas"] if i["step_id"] == source and i["cluster_id"] is None]
        for n, phone in enumerate(self.phones):
            first, other = targets[n % 2], targets[2 + n % max(1, len(targets) - 2)] if len(targets) > 2 else targets[0]
            for target_type, target_id in (first, first, other):
                phone.call("vote.add", {"client_id": "", "target_type": target_type, "target_id": target_id})

    def answer(self, step):
        """Every phone answers; two values tie at the top, some with a comment."""
        low, high, text_limit = step["answer"]["low"], step["answer"]["high"], step["answer"]["text_limit"]
        middle = (low + high + 1) // 2
        for n, phone in enumerate(self.phones):
            payload = {"value": high - 1 if n % 2 else middle}
            if text_limit and n % 3 == 0:
                payload["text"] = COMMENTS[n % len(COMMENTS)]
            phone.call("answer.submit", payload)

    def send(self, role, event, payload):
        for sender in (self.phones if role == "participant" else [self.console]):
            sender.call(event, payload)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for client in [self.console, *self.phones]:
            client.close()


# Every visible text on the page: its size, its boxes (one per line), and whatever clips it.
MEASURE_JS = """
() => {
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const clipped = (box, el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === "visible" && s.overflowY === "visible") continue;
      const r = a.getBoundingClientRect();
      if (box.top < r.top - 2 || box.bottom > r.bottom + 2 || box.left < r.left - 2 || box.right > r.right + 2) return a;
    }
    return null;
  };
  const label = (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const el = node.parentElement;
    if (el.closest(".sr-only, script, style, [hidden]")) continue;
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || Number(style.opacity) === 0) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const boxes = [...range.getClientRects()].filter((b) => b.width > 1 && b.height > 1);
    if (!boxes.length) continue;
    const outside = boxes.find((b) => b.left < -1 || b.top < -1 || b.right > innerWidth + 1 || b.bottom > innerHeight + 1);
    const clip = boxes.map((b) => clipped(b, el)).find(Boolean);
    texts.push({ text: node.textContent.trim().slice(0, 60), where: label(el), size: parseFloat(style.fontSize),
      step: Boolean(el.closest("#content")),
      boxes: boxes.map((b) => [b.left, b.top, b.right, b.bottom]),
      problem: outside ? "off the screen" : clip ? `clipped by ${label(clip)}` : null });
  }
  const qr = document.querySelector("[data-testid=qr] svg");
  const qrBox = qr && qr.getBoundingClientRect();
  return { texts, qr: qrBox && qrBox.width ? [qrBox.left, qrBox.top, qrBox.right, qrBox.bottom] : null };
}
"""


def _ink(box):
    """A text box without the font's leading above and below the letters (a tight line height
    lets those touch the next line's, which nobody sees)."""
    pad = (box[3] - box[1]) * 0.15
    return [box[0], box[1] + pad, box[2], box[3] - pad]


def _overlap(a, b):
    a, b = _ink(a), _ink(b)
    return min(a[2], b[2]) - max(a[0], b[0]) > 2 and min(a[3], b[3]) - max(a[1], b[1]) > 2


def problems(measured):
    """What the back row could not read: text under the floor, off the screen, clipped, or drawn
    over other text or the QR code."""
    found = []
    texts = measured["texts"]
    for text in texts:
        if text["size"] < FLOOR - 0.5:
            found.append(f"{text['size']:.0f} px: {text['where']} «{text['text']}»")
        if text["problem"]:
            found.append(f"{text['problem']}: {text['where']} «{text['text']}»")
    boxes = [(n, box) for n, text in enumerate(texts) for box in text["boxes"]]
    for i, (n, a) in enumerate(boxes):
        if measured["qr"] and _overlap(a, measured["qr"]):
            found.append(f"over the QR code: {texts[n]['where']} «{texts[n]['text']}»")
        for m, b in boxes[i + 1:]:
            if m != n and _overlap(a, b):
                found.append(f"overlap: {texts[n]['where']} «{texts[n]['text']}» / {texts[m]['where']} «{texts[m]['text']}»")
    return found


def smallest(measured, step_only=False):
    """The smallest text size (px) of the page, or of what the step draws (the content)."""
    return min((t["size"] for t in measured["texts"] if t["step"] or not step_only), default=None)
