// Copies the browser builds of our npm dependencies into facilitator/static/vendor/, then bundles
// the pages into facilitator/static/build/ (scripts/bundle_pages.mjs). Both folders are
// git-ignored: they are produced by `npm ci && npm run build` at install time, so no library file
// is ever hand-copied into the repository. Nothing is fetched from a CDN.
import { copyFileSync, mkdirSync, existsSync, rmSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { bundlePages } from "./bundle_pages.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vendor = join(root, "facilitator", "static", "vendor");
const require = createRequire(join(root, "package.json"));

// [package, file inside the package, name in vendor/]. No source map: phones would never use it.
const FILES = [
  ["socket.io-client", "dist/socket.io.esm.min.js", "socket.io.esm.min.js"],
  ["socket.io-client", "LICENSE", "socket.io-client.LICENSE"],
  ["sortablejs", "modular/sortable.esm.js", "sortable.esm.js"],
  ["sortablejs", "LICENSE", "sortablejs.LICENSE"],
  // Accessibility checks for the browser tests only (tests/a11y.py injects it): no page links it.
  ["axe-core", "axe.min.js", "axe.min.js"],
  ["axe-core", "LICENSE", "axe-core.LICENSE"],
];

function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`));
}

rmSync(vendor, { recursive: true, force: true });
mkdirSync(vendor, { recursive: true });

let failed = false;
for (const [pkg, file, target] of FILES) {
  let source;
  try {
    source = join(packageDir(pkg), file);
  } catch {
    console.error(`build_static: package ${pkg} is not installed (run \`npm ci\` first)`);
    failed = true;
    continue;
  }
  if (!existsSync(source)) {
    console.error(`build_static: missing ${pkg}/${file}`);
    failed = true;
    continue;
  }
  if (target.endsWith(".js")) {
    // Without the map, its comment would only send browsers' developer tools after a 404.
    const text = readFileSync(source, "utf8").replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n");
    writeFileSync(join(vendor, target), text);
  } else {
    copyFileSync(source, join(vendor, target));
  }
  const version = JSON.parse(readFileSync(join(packageDir(pkg), "package.json"), "utf8")).version;
  console.log(`vendor/${target}  <-  ${pkg}@${version}/${file}`);
}
if (failed) process.exit(1);

const manifest = await bundlePages(root);
for (const [source, built] of Object.entries(manifest.files)) console.log(`build/${built}  <-  ${source}`);
