// The five weathers, drawn (no emoji font needed): sun, partly cloudy, cloudy, rain, thunder.
const NS = "http://www.w3.org/2000/svg";

export const WEATHERS = ["sun", "partly_cloudy", "cloudy", "rain", "thunder"];

function shape(tag, attrs) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

/** An SVG of `weather` (a key of WEATHERS), `size` px square, hidden from screen readers (the
 * button or figure beside it carries the words). */
export function weatherIcon(weather, size = 48) {
  const svg = shape("svg", { viewBox: "0 0 48 48", width: size, height: size, "aria-hidden": "true", focusable: "false" });
  if (weather === "sun" || weather === "partly_cloudy") {
    const partly = weather === "partly_cloudy";
    const cx = partly ? 19 : 24;
    const cy = partly ? 18 : 24;
    for (let i = 0; i < 8; i += 1) {
      const a = (Math.PI / 4) * i;
      svg.appendChild(shape("line", { x1: cx + Math.cos(a) * 13, y1: cy + Math.sin(a) * 13, x2: cx + Math.cos(a) * 18,
        y2: cy + Math.sin(a) * 18, stroke: "#b45309", "stroke-width": 3, "stroke-linecap": "round" }));
    }
    svg.appendChild(shape("circle", { cx, cy, r: 10, fill: "#f59e0b" }));
  }
  if (weather !== "sun") {
    const dark = weather === "rain" || weather === "thunder";
    svg.appendChild(shape("path", { d: "M12 38a8 8 0 0 1 1-16 11 11 0 0 1 21 2 7 7 0 0 1 2 14z",
      fill: dark ? "#64748b" : "#cbd5e1", stroke: "#334155", "stroke-width": 1.5 }));
  }
  if (weather === "rain") {
    svg.appendChild(shape("path", { d: "M17 41l-2 5M25 41l-2 5M33 41l-2 5", stroke: "#1d4ed8", "stroke-width": 3, "stroke-linecap": "round" }));
  }
  if (weather === "thunder") {
    svg.appendChild(shape("path", { d: "M25 36l-6 8h6l-3 4 9-10h-6l3-2z", fill: "#f59e0b", stroke: "#92400e", "stroke-width": 1 }));
  }
  return svg;
}
