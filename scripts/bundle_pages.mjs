// Bundles the pages' front end into facilitator/static/build/ (git-ignored, made by `npm run build`):
// per surface (phone, projector, console) one minified script with the page's modules and every
// activity type's module for that surface, and one style sheet with the page's and the types'
// sheets; base.css and pages.css each minified alone (shared by several pages, so cached once).
// Every file is named by a hash of its content (the server sends them as immutable) and
// precompressed with gzip and brotli. manifest.json tells the server (facilitator/web/assets.py)
// what is where, and every source read with its SHA-256, so that a server whose sources changed
// since the build serves the sources instead of a stale bundle.
//
// The activity types are found, not listed: every folder facilitator/activities/*/ with a
// static/<surface>.js or .css is in that surface's bundle. A type installed later (another
// package) is served unbundled; for its modules to share the bundle's instances of the core's
// (outbox.js keeps the page's outboxes, for one), each module in a bundle has a small "facade"
// file re-exporting it from the bundle, and the server's import map points the module's URL at it.
import * as esbuild from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// [surface, the page's script, the page's style sheet]: the surface names the types' files.
const SURFACES = [["phone", "js/phone.js", "css/phone.css"], ["projector", "js/screen.js", "css/screen.css"],
  ["console", "js/console.js", "css/console.css"]];
// Style sheets that pages link by themselves.
const SHEETS = ["css/base.css", "css/pages.css"];
// Top-level await (static/js/activities.js) needs ES2022; every phone browser with module
// scripts and import maps has it.
const TARGET = "es2022";
const TYPES_MODULE = /static[\\/]js[\\/]bundled\.js$/;
// What a style sheet may point at with url(): inlined, so that the bundle needs no files beside it.
const INLINED = Object.fromEntries([".svg", ".png", ".jpg", ".gif", ".webp", ".woff", ".woff2"].map((e) => [e, "dataurl"]));

const posix = (path) => path.split(sep).join("/");
const hash = (bytes) => createHash("sha256").update(bytes).digest("hex");
const fingerprint = (bytes) => hash(bytes).slice(0, 12);

export async function bundlePages(root) {
  const pkg = join(root, "facilitator");
  const out = join(pkg, "static", "build");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const inputs = new Set();
  const written = {};
  const write = (stem, extension, text) => {
    const name = `${stem}-${fingerprint(text)}.${extension}`;
    writeFileSync(join(out, name), text);
    written[name] = text;
    return name;
  };
  const run = async (options) => {
    const result = await esbuild.build({ absWorkingDir: root, bundle: true, write: false, metafile: true,
      format: "esm", target: TARGET, logLevel: "error", outdir: out, loader: INLINED, ...options });
    for (const input of Object.keys(result.metafile.inputs)) if (existsSync(join(root, input))) inputs.add(join(root, input));
    return result;
  };
  const fromPkg = (path) => posix(relative(pkg, path));

  const files = {};
  const preloads = {};
  for (const sheet of SHEETS) {
    const result = await run({ entryPoints: [join(pkg, "static", sheet)], minify: true });
    files[sheet] = write(sheet.split("/").pop().replace(/\.css$/, ""), "css", result.outputFiles[0].text);
  }

  const surfaces = {};
  for (const [surface, script, sheet] of SURFACES) {
    surfaces[surface] = await bundleSurface({ root, pkg, run, write, fromPkg, files, preloads }, surface, script, sheet);
  }

  const encodings = {};
  for (const [name, text] of Object.entries(written)) encodings[name] = compress(join(out, name), Buffer.from(text));
  const sources = Object.fromEntries([...inputs].sort().map((path) => [fromPkg(path), hash(readFileSync(path))]));
  const manifest = { inputs: sources, files, preloads, encodings, surfaces };
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
  return manifest;
}

/** One surface's bundles (the shared one and the page's), its facades and its style sheet. */
async function bundleSurface({ root, pkg, run, write, fromPkg, files, preloads }, surface, script, sheet) {
  const types = typeFolders(pkg, surface);
  const plugins = [urls(pkg, typesModule(types.modules, surface))];
  const stdin = (contents, loader = "js") => ({ contents, loader, resolveDir: pkg, sourcefile: `${surface}-entry` });

  // The page's module graph first, to learn which modules the bundle holds and their exports.
  const graph = await run({ stdin: stdin(`import "./static/${script}";`), plugins });
  const modules = Object.keys(graph.metafile.inputs).map((p) => join(root, p)).filter((p) => existsSync(p));
  const exported = await exportsOf(root, modules.filter((p) => !TYPES_MODULE.test(p) && /\.m?js$/.test(p)) /* a JSON module exports no names */, plugins);
  // Two files: the page's modules that wait for the types (activities.js, with its top-level
  // await, and what imports it), and the shared bundle of all the others. A type's module loaded
  // by URL imports the shared one (through the facades); were it the same file, that import
  // would wait for the page, which waits for the type.
  const waiting = importersOf(graph.metafile, root, join(pkg, "static", "js", "activities.js"));
  const shared = modules.filter((p) => !waiting.has(p));
  const index = new Map(shared.map((module, i) => [module, i]));
  const names = (module) => (TYPES_MODULE.test(module) ? ["default"] : exported.get(module) || []);
  const exportLine = (module) => (names(module).length
    ? `export { ${names(module).map((n) => `${n} as m${index.get(module)}$${n}`).join(", ")} } from "./${fromPkg(module)}";`
    : `import "./${fromPkg(module)}";`);
  const sharedName = write(`${surface}.shared`, "js",
    (await run({ stdin: stdin(shared.map(exportLine).join("\n")), plugins, minify: true })).outputFiles[0].text);
  const reexport = (module) => `export { ${names(module).map((n) => `m${index.get(module)}$${n} as ${n}`).join(", ")} } from "./${sharedName}";\n`;
  const page = await run({ stdin: stdin(`import "./static/${script}";`), minify: true,
    plugins: [linkTo(shared, reexport, sharedName), ...plugins] });
  files[script] = write(surface, "js", page.outputFiles[0].text);
  preloads[script] = [sharedName];

  const facades = {};
  for (const module of shared) {
    if (TYPES_MODULE.test(module) || !names(module).length) continue;
    const stem = fromPkg(module).replace(/^static\/js\//, "").replace(/^activities\/([^/]+)\/static\//, "$1.")
      .replace(/\.m?js$/, "").replace(/[^\w.]/g, "_");
    facades[fromPkg(module)] = write(`${surface}.${stem}`, "js", reexport(module));
  }

  const imports = [`@import "./static/${sheet}";`, ...types.styles.map((folder) => `@import "./${folder}/static/${surface}.css";`)];
  const styles = await run({ stdin: stdin(imports.join("\n"), "css"), minify: true });
  files[sheet] = write(surface, "css", styles.outputFiles[0].text);
  return { modules: types.modules, styles: types.styles, facades };
}

/** The activity type folders ("activities/<name>") with a module and with a style sheet for `surface`. */
function typeFolders(pkg, surface) {
  const base = join(pkg, "activities");
  const folders = readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const having = (extension) => folders.filter((name) => existsSync(join(base, name, "static", `${surface}.${extension}`)))
    .map((name) => `activities/${name}`);
  return { modules: having("js"), styles: having("css") };
}

/** static/js/bundled.js as the bundle has it: {type folder: its module for this surface}. */
function typesModule(folders, surface) {
  const imports = folders.map((folder, index) => `import * as t${index} from "./${folder}/static/${surface}.js";`);
  const entries = folders.map((folder, index) => `  ${JSON.stringify(folder)}: t${index},`);
  return [...imports, "export default {", ...entries, "};"].join("\n");
}

/** Resolves the modules' absolute URLs as the server serves them, and fills in bundled.js. */
function urls(pkg, typesSource) {
  return {
    name: "facilitator-urls",
    setup(build) {
      build.onResolve({ filter: /^\/(static|activities)\// }, ({ path }) => {
        const type = path.match(/^\/activities\/([^/]+)\/static\/(.+)$/);
        return { path: type ? join(pkg, "activities", type[1], "static", type[2]) : join(pkg, path.slice(1)) };
      });
      build.onLoad({ filter: TYPES_MODULE }, () => ({ contents: typesSource, loader: "js", resolveDir: pkg }));
    },
  };
}

/** `target` and every module of the graph that imports it, directly or not. */
function importersOf(metafile, root, target) {
  const found = new Set([target]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [input, { imports }] of Object.entries(metafile.inputs)) {
      const path = join(root, input);
      if (!found.has(path) && imports.some((i) => !i.external && found.has(join(root, i.path)))) {
        found.add(path);
        grew = true;
      }
    }
  }
  return found;
}

/** Loads each module of `shared` as a re-export from the shared bundle (`sharedName`, external). */
function linkTo(shared, reexport, sharedName) {
  const modules = new Set(shared);
  return {
    name: "facilitator-shared",
    setup(build) {
      build.onResolve({ filter: /^\.\// }, ({ path }) => (path === `./${sharedName}` ? { path, external: true } : undefined));
      build.onLoad({ filter: /\.m?js$/ }, ({ path }) => (modules.has(path) ? { contents: reexport(path), loader: "js" } : undefined));
    },
  };
}

/** {module path: the names it exports}, read by esbuild from each module alone. */
async function exportsOf(root, modules, plugins) {
  const result = await esbuild.build({ absWorkingDir: root, entryPoints: modules, bundle: false, write: false, outbase: root,
    metafile: true, format: "esm", target: TARGET, logLevel: "error", outdir: join(root, "build-exports"), plugins });
  const found = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    if (output.entryPoint) found.set(join(root, output.entryPoint), output.exports);
  }
  return found;
}

/** Writes name.br and name.gz beside the file where they are smaller; returns the encodings written. */
function compress(path, bytes) {
  const variants = [
    ["br", ".br", brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })],
    ["gzip", ".gz", gzipSync(bytes, { level: 9 })],
  ];
  return variants.filter(([, , packed]) => packed.length < bytes.length).map(([encoding, suffix, packed]) => {
    writeFileSync(path + suffix, packed);
    return encoding;
  });
}
