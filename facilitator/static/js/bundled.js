// The activity types' modules that the page's bundle holds, by type folder ("activities/<name>"):
// `npm run build` (scripts/bundle_pages.mjs) fills this in for each surface's bundle. Served as
// it is here (no build, or a type installed after it), it holds none, and static/js/activities.js
// imports every type's module by its URL.
export default {};
