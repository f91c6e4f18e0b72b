// A group's mark: its shape and colour with its number, drawn as SVG (no emoji font needed). The
// shapes and colours are marks.json's, which the server's marks.py reads too.
// Imported, not fetched by URL: bundled, the module no longer sits beside the file (npm run build
// inlines it); unbundled, the browser loads it as a JSON module.
import marks from "./marks.json" with { type: "json" };
const SVG = "http://www.w3.org/2000/svg";

function svgNode(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

/** Group `group` ({number, symbol, colour}) as an SVG mark; `className` sizes it. */
export function pairMark(group, className = "pair-mark") {
  const shape = marks.shapes[group.symbol] || marks.shapes[Object.keys(marks.shapes)[0]];
  const svg = svgNode("svg", { class: className, viewBox: marks.viewBox, "aria-hidden": "true",
    "data-testid": "pair-mark", "data-shape": group.symbol, "data-number": group.number });
  svg.append(
    svgNode("path", { d: shape.d, fill: group.colour, stroke: "#0d0f12", "stroke-width": 4, "stroke-linejoin": "round" }),
    svgNode("text", { x: 50, y: shape.y, "text-anchor": "middle", "dominant-baseline": "central", "font-size": 38,
      "font-weight": 900, fill: "#fff", stroke: "#0d0f12", "stroke-width": 6, "paint-order": "stroke" }));
  svg.lastChild.textContent = String(group.number);
  return svg;
}
