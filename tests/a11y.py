"""Accessibility checks for the browser tests: axe-core (pinned in package.json, copied into
facilitator/static/vendor/ by `npm run build`) run inside a page, and the size of what a thumb
presses, measured from the DOM.

axe is injected by the test only: no page of the app links it.
"""
import json
import os
from pathlib import Path

AXE = Path(__file__).resolve().parent.parent / "facilitator" / "static" / "vendor" / "axe.min.js"
# WCAG 2.1 levels A and AA: what EN 301 549 and the Finnish law ask for.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
TARGET_MIN = 44  # px, WCAG 2.5.5's size (AAA) that the project holds phones to

# Rules whose "needs review" is a finding here: axe leaves a prohibited aria-label on an element
# with text for a person to judge, and it is wrong on every page of ours.
STRICT = ["aria-prohibited-attr"]

_RUN = """async ([tags, strict]) => {
  const result = await window.axe.run(document, {
    runOnly: { type: "tag", values: tags }, resultTypes: ["violations"],
  });
  const found = result.violations.concat(result.incomplete.filter((v) => strict.includes(v.id)));
  return found.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html.slice(0, 160),
                                 summary: (n.failureSummary || "").slice(0, 300) })),
  }));
}"""

# Every control a person can press or type in, as it is laid out now: visible ones only.
_TARGETS = """(minimum) => {
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex='-1'])";
  const small = [];
  let smallest = null;
  for (const node of document.querySelectorAll(selector)) {
    if (node.closest("[hidden], [inert]") || node.disabled) continue;
    const style = getComputedStyle(node);
    if (style.visibility === "hidden" || style.display === "none") continue;
    // A check box or radio inside its label: the label is what the thumb presses.
    const target = (node.matches("input[type=checkbox], input[type=radio]") && node.closest("label")) || node;
    const box = target.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (node.closest(".sr-only")) continue;
    const size = { width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10,
                   what: (node.dataset.testid || node.id || node.textContent.trim().slice(0, 30) || node.tagName) };
    if (!smallest || Math.min(size.width, size.height) < Math.min(smallest.width, smallest.height)) smallest = size;
    if (box.width < minimum - 0.5 || box.height < minimum - 0.5) small.push(size);
  }
  return { small, smallest };
}"""


def inject(page):
    if not page.evaluate("Boolean(window.axe)"):
        page.add_script_tag(path=str(AXE))


def violations(page):
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now."""
    inject(page)
    return page.evaluate(_RUN, [TAGS, STRICT])


def describe(found):
    lines = []
    for violation in found:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}, {len(violation['nodes'])} nodes")
        for node in violation["nodes"][:6]:
            lines.append(f"    {node['target']}  {node['html']}\n        {node['summary']}")
    return "\n".join(lines)


def assert_accessible(page, where, log=None):
    """Fails with axe's findings unless the page has none; `log` (a dict) collects the count."""
    found = violations(page)
    if log is not None:
        log[where] = sum(len(v["nodes"]) for v in found)
    if os.environ.get("A11Y_SURVEY"):  # list everything instead of stopping at the first page
        print(f"\n== {where}: {log.get(where) if log else len(found)}\n{describe(found)}")
        return
    assert not found, f"axe-core on {where}:\n{describe(found)}"


def tap_targets(page, minimum=TARGET_MIN):
    """{small: [controls under minimum×minimum px], smallest: the smallest control} on the page."""
    return page.evaluate(_TARGETS, minimum)


def assert_targets(page, where, minimum=TARGET_MIN):
    found = tap_targets(page, minimum)
    if os.environ.get("A11Y_SURVEY"):
        print(f"\n== targets on {where}: smallest {found['smallest']}, {len(found['small'])} small: {json.dumps(found['small'])[:600]}")
        return found["smallest"]
    assert not found["small"], f"controls under {minimum}×{minimum} px on {where}: {json.dumps(found['small'])}"
    return found["smallest"]


_FOCUSED = """() => {
  const node = document.activeElement;
  if (!node || node === document.body) return null;
  if (node.dataset.tabOrder) return { again: true };
  node.dataset.tabOrder = String(document.querySelectorAll("[data-tab-order]").length + 1);
  const style = getComputedStyle(node);
  const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
  return { again: false, ring, what: node.dataset.testid || node.id || node.textContent.trim().slice(0, 40) || node.tagName };
}"""

_UNREACHED = """() => [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary")]
  .filter((node) => !node.disabled && !node.dataset.tabOrder && !node.closest("[hidden], [inert], details:not([open]) > :not(summary)"))
  .filter((node) => { const box = node.getBoundingClientRect(); return box.width > 0 && box.height > 0; })
  .map((node) => node.dataset.testid || node.id || node.textContent.trim().slice(0, 40) || node.tagName)"""


def tab_through(page, limit=600):
    """Presses Tab from the top of the page until the focus comes round again. Returns
    {reached: [names], no_ring: [names focused without a visible focus ring], unreached: [names of
    visible controls Tab never reached]}."""
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); "
                  "document.querySelectorAll('[data-tab-order]').forEach((n) => delete n.dataset.tabOrder); }")
    reached, no_ring = [], []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if focused is None:
            continue
        if focused["again"]:
            break
        reached.append(focused["what"])
        if not focused["ring"]:
            no_ring.append(focused["what"])
    return {"reached": reached, "no_ring": no_ring, "unreached": page.evaluate(_UNREACHED)}
