import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 79702:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_data_thread_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(36435);
/* harmony import */ var _runtime_worker_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(15815);
// A read of DATA_THREAD_BYTES or more runs on the data thread, where memory stays flat however long the
// read (data-thread.ts); a smaller one here. Where it runs, the action is loaded apart (its own chunk of
// the bundle) after a pool worker is started: that worker boots on another core while the action compiles.



if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && (await (0,_runtime_data_thread_js__WEBPACK_IMPORTED_MODULE_1__/* .inputBytes */ .wg)(process.env.GITHUB_WORKSPACE || process.cwd(), ['reference', 'current'])) >= _runtime_data_thread_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_THREAD_BYTES */ .Uq)
    (0,_runtime_data_thread_js__WEBPACK_IMPORTED_MODULE_1__/* .startDataThread */ .bE)(import.meta.url);
else {
    (0,_runtime_worker_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .startWorkers */ .Gf)(['profile-file']);
    const [{ driftCheck }, { runAction }, { runnerIO }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(590), __nccwpck_require__.e(759)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41759)), __nccwpck_require__.e(/* import() */ 201).then(__nccwpck_require__.bind(__nccwpck_require__, 54201)), Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838), __nccwpck_require__.e(749)]).then(__nccwpck_require__.bind(__nccwpck_require__, 99749))]);
    await runAction(driftCheck, runnerIO());
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 36435:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uq: () => (/* binding */ DATA_THREAD_BYTES),
/* harmony export */   bE: () => (/* binding */ startDataThread),
/* harmony export */   wg: () => (/* binding */ inputBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(68654);
/* harmony import */ var _worker_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(15815);
// drift-check reads large data on a worker thread, the main thread only waiting for it, so that its
// memory stays flat however many rows it reads (its sketch mode is for reads of any length). V8 sizes a
// thread's young generation by what survives its collections, which a long read always adds to: on the
// main thread it grew 16 → 32 → 64 MB over 3M → 30M → 120M Parquet rows, and only a command-line flag
// caps it, which an action cannot pass (the runner starts `node` itself). A worker's heap is set when it
// starts (resourceLimits, HEAP_LIMITS): the data thread gets the pool's workers' own. The thread costs
// about 30 ms to start, so smaller reads stay on the main thread, as validate-data's all do (a tenth of
// a 3M-row validation).




/**
 * Files of fewer bytes are read on the main thread: its young generation was still at 16 MB after 3M
 * Parquet rows (14 MB of files) and had doubled before 30M (138 MB).
 */
const DATA_THREAD_BYTES = 64 * 1024 * 1024;
/**
 * The bytes of the files that the inputs name (paths or globs, a line each, as the actions read them):
 * Infinity for an artifact (downloaded, of any size); nothing for a registry entry, or for what the
 * action will refuse (it says why).
 */
async function inputBytes(workspace, inputs) {
    let bytes = 0;
    for (const input of inputs) {
        for (const entry of (process.env[`INPUT_${input.toUpperCase()}`] ?? '').split('\n').map((line) => line.trim())) {
            if (entry === '' || entry.startsWith('registry:'))
                continue;
            if (entry.startsWith('artifact:'))
                return Infinity;
            const files = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .expandFiles */ .CC)(workspace, [entry], input).catch(() => []);
            for (const file of files)
                bytes += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false })?.size ?? 0;
        }
    }
    return bytes;
}
/**
 * Starts the entry `url` again on a worker thread with HEAP_LIMITS, where it runs the action, and passes
 * on its exit code. Its output reaches this thread's stdout and stderr, in order.
 */
function startDataThread(url, limits = _worker_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .HEAP_LIMITS */ .us) {
    const thread = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(new URL(url), { resourceLimits: limits });
    thread.on('error', (error) => {
        // Out of memory, or a fault before the action could report it: the step fails, saying so.
        const why = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the data needs more than the ${limits.maxOldGenerationSizeMb} MB of heap the action's thread has (lower the inputs' size or budgets)` : (error.stack ?? error.message);
        process.stdout.write(`::error::${why.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
        process.exitCode = 1;
    });
    thread.on('exit', (code) => (process.exitCode ||= code));
}


/***/ }),

/***/ 9541:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure),
/* harmony export */   j: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/** A problem the user can fix: a bad input, a bad file. The message says what and how. */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** The message a person sees when an action fails: user errors as they are, internal ones with their causes. */
function describeFailure(error) {
    if (error instanceof ConfigurationError)
        return error.message;
    const parts = [];
    let current = error;
    while (current instanceof Error && parts.length < 5) {
        parts.push(current.message);
        current = current.cause;
    }
    if (parts.length === 0)
        parts.push(String(error));
    return `Internal error: ${parts.join(' ← caused by: ')}`;
}


/***/ }),

/***/ 68654:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  CC: () => (/* binding */ expandFiles),
  xm: () => (/* binding */ inputFile),
  BF: () => (/* binding */ writeOutputFile)
});

// UNUSED EXPORTS: refuseOverwritingInputs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __nccwpck_require__(9541);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: ./src/runtime/glob.ts
// File globs for inputs. Node 22+ has fs.glob; the bundles also run on Node 20 (the packed CLI on a
// laptop), which has none: there a small walker with the same rules stands in. Both answer paths
// relative to `cwd` for a relative pattern and absolute ones for an absolute pattern, skip names
// that start with a dot unless the pattern spells the dot, and take `**` for any depth (zero too),
// not descending through links to folders.



function glob(pattern, options) {
    const native = promises_.glob;
    return native ? native(pattern, options) : walkGlob(pattern, options.cwd);
}
/** `a{b,c{d,e}}f` → abf, acdf, acef. */
function expandBraces(pattern) {
    const open = pattern.indexOf('{');
    if (open < 0)
        return [pattern];
    let depth = 0;
    const commas = [];
    for (let i = open; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0) {
            const cuts = [open, ...commas, i];
            const alternatives = cuts.slice(1).map((end, k) => pattern.slice(cuts[k] + 1, end));
            return alternatives.flatMap((alternative) => expandBraces(pattern.slice(0, open) + alternative + pattern.slice(i + 1)));
        }
        else if (c === ',' && depth === 1)
            commas.push(i);
    }
    return [pattern]; // unbalanced: literal
}
const MAGIC = /[*?[]/;
/** One path segment's pattern as a regular expression: `*`, `?` and `[…]` (`[!…]` negates). */
function segmentMatcher(segment) {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else if (c === '[' && segment.indexOf(']', i + 2) > 0) {
            const end = segment.indexOf(']', i + 2);
            const body = segment.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
            source += `[${body}]`;
            i = end;
        }
        else
            source += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
function entries(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).map((entry) => {
            let isDir = entry.isDirectory();
            if (entry.isSymbolicLink()) {
                try {
                    isDir = (0,external_node_fs_.statSync)(external_node_path_default().join(dir, entry.name)).isDirectory();
                }
                catch {
                    isDir = false; // a link to nothing
                }
            }
            return { name: entry.name, dir: isDir, link: entry.isSymbolicLink() };
        });
    }
    catch {
        return []; // not a folder, or not readable: nothing matches below it
    }
}
/** The walker that stands in for fs.glob where Node has none (exported for the agreement test). */
async function* walkGlob(pattern, cwd) {
    const seen = new Set();
    for (const expanded of expandBraces(pattern)) {
        const absolute = external_node_path_default().isAbsolute(expanded);
        const segments = external_node_path_default().posix.normalize(expanded).split('/').filter((s) => s !== '' && s !== '.');
        const root = absolute ? '/' : cwd;
        const found = [];
        const visit = (relative, at, isDir) => {
            if (at === segments.length) {
                found.push(relative.join('/'));
                return;
            }
            if (!isDir)
                return;
            const dir = external_node_path_default().join(root, ...relative);
            const segment = segments[at];
            if (segment === '**') {
                visit(relative, at + 1, true);
                for (const entry of entries(dir)) {
                    if (entry.name.startsWith('.'))
                        continue;
                    // `**` does not descend through a link to a folder (a path that names the link does).
                    if (entry.dir && !entry.link)
                        visit([...relative, entry.name], at, true);
                    else if (at === segments.length - 1)
                        found.push([...relative, entry.name].join('/')); // a last `**` takes files and links too
                }
            }
            else if (!MAGIC.test(segment)) {
                let stats;
                try {
                    stats = (0,external_node_fs_.statSync)(external_node_path_default().join(dir, segment)); // also `..`, which no listing holds
                }
                catch {
                    return;
                }
                visit([...relative, segment], at + 1, stats.isDirectory());
            }
            else {
                const matcher = segmentMatcher(segment);
                for (const entry of entries(dir)) {
                    if (entry.name.startsWith('.') && !segment.startsWith('.'))
                        continue;
                    if (matcher.test(entry.name))
                        visit([...relative, entry.name], at + 1, entry.dir);
                }
            }
        };
        visit([], 0, true);
        for (const relative of found) {
            const out = absolute ? `/${relative}` : relative || '.';
            if (!seen.has(out)) {
                seen.add(out);
                yield out;
            }
        }
    }
}

// EXTERNAL MODULE: ./src/runtime/paths.ts
var paths = __nccwpck_require__(69704);
;// CONCATENATED MODULE: ./src/runtime/files.ts





/** Files named by an input: paths or globs, one per line, relative to the workspace or absolute; none may come up empty. */
async function expandFiles(workspace, patterns, inputName) {
    const files = [];
    for (const pattern of patterns) {
        if (!/[*?[{]/.test(pattern)) {
            const file = (0,paths/* resolveInputPath */.qL)(workspace, pattern);
            if (!(0,external_node_fs_.existsSync)(file))
                throw new errors/* ConfigurationError */.j(`Input '${inputName}': the file "${pattern}" does not exist (looked for ${file}).`);
            if ((0,external_node_fs_.statSync)(file).isDirectory())
                throw new errors/* ConfigurationError */.j(`Input '${inputName}': "${pattern}" is a directory; name files or a glob such as ${pattern.replace(/\/$/, '')}/*.csv.`);
            files.push(file);
            continue;
        }
        const matched = [];
        for await (const entry of glob(pattern, { cwd: workspace })) {
            const file = (0,paths/* resolveInputPath */.qL)(workspace, entry);
            let stats;
            try {
                stats = (0,external_node_fs_.statSync)(file);
            }
            catch {
                throw new errors/* ConfigurationError */.j(`Input '${inputName}': the pattern "${pattern}" matches "${entry}", a symbolic link to nothing. Remove the link or narrow the pattern.`);
            }
            if (stats.isFile())
                matched.push(file);
        }
        if (matched.length === 0)
            throw new errors/* ConfigurationError */.j(`Input '${inputName}': the pattern "${pattern}" matches no file (looked in ${external_node_path_default().isAbsolute(pattern) ? '/' : workspace}).`);
        files.push(...matched.sort());
    }
    return [...new Set(files)];
}
/**
 * Writes a file at a path given in an input (relative to the workspace or absolute), creating its folder;
 * returns the absolute path. `content` may come in pieces (see jsonPieces), written as they come.
 */
function writeOutputFile(workspace, given, content, inputName) {
    const file = (0,paths/* resolveInputPath */.qL)(workspace, given);
    if ((0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isDirectory()) {
        throw new errors/* ConfigurationError */.j(`Input '${inputName}': "${given}" is a directory; give the path of a file, such as ${external_node_path_default().join(given, external_node_path_default().basename(inputName.replace(/-path$/, '')) + '.json')}.`);
    }
    try {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`Input '${inputName}': cannot create the folder of "${given}" (${error.code ?? error.message}).`);
    }
    if (typeof content === 'string')
        (0,external_node_fs_.writeFileSync)(file, content);
    else
        writePieces(file, content);
    return file;
}
/** Pieces gathered to about this many characters per write. */
const WRITE_CHARS = 1 << 16;
function writePieces(file, pieces) {
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        let pending = '';
        for (const piece of pieces) {
            pending += piece;
            if (pending.length < WRITE_CHARS)
                continue;
            (0,external_node_fs_.writeSync)(fd, pending);
            pending = '';
        }
        (0,external_node_fs_.writeSync)(fd, pending);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The path of one file named by an input, checked to exist and to be a file (not a folder). */
function inputFile(workspace, given, inputName) {
    const file = (0,paths/* resolveInputPath */.qL)(workspace, given);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* ConfigurationError */.j(`Input '${inputName}': the file "${given}" does not exist (looked for ${file}).`);
    if ((0,external_node_fs_.statSync)(file).isDirectory())
        throw new errors/* ConfigurationError */.j(`Input '${inputName}': "${given}" is a directory; name a file.`);
    return file;
}
/**
 * Refuses an output path that names one of the action's input files, or lies inside an input folder
 * (writing there would destroy or change the input). `inputs` maps input names to the paths they gave.
 */
function refuseOverwritingInputs(workspace, given, inputName, inputs) {
    const real = (file) => (existsSync(file) ? realpathSync(file) : file);
    const output = real(resolveInputPath(workspace, given));
    for (const [name, value] of Object.entries(inputs)) {
        if (!value)
            continue;
        const input = real(resolveInputPath(workspace, value));
        const inside = existsSync(input) && statSync(input).isDirectory() && !path.relative(input, output).startsWith('..');
        if (output === input || inside)
            throw new ConfigurationError(`Input '${inputName}': "${given}" is ${output === input ? 'the file' : 'inside the folder'} given in '${name}'; writing the report there would overwrite that input. Choose another path.`);
    }
}


/***/ }),

/***/ 69704:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   NZ: () => (/* binding */ checkStoreName),
/* harmony export */   qL: () => (/* binding */ resolveInputPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9541);



// Trust follows authorship. A path the workflow's author writes in an input may point anywhere the
// job can reach (the workspace, `${{ runner.temp }}`, a mounted volume), as actions/upload-artifact and
// actions/cache accept it; relative paths resolve against the workspace. A name that comes from data
// or from a remote store (an artifact entry, a release asset, a registry card's file list) is another
// matter: it never leaves the folder it is written into or read from (see resolveInside).
/** The absolute path of a path given in an input: relative ones resolve against the workspace. */
function resolveInputPath(workspace, given) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, given);
}
/** How a file is named to a person: relative to the workspace when inside it, else absolute. */
function displayPath(workspace, file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, file);
    return relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative) ? file : relative.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
/**
 * Refuses a name from a store that would step out of wherever it is put (absolute, `..`, a drive
 * letter, a NUL byte); `where` says what it stays inside. Returns its parts. For stores whose names
 * never meet a file system (release assets, a card in a tag message), this is the whole check.
 */
function checkStoreName(name, what, where) {
    const parts = name.split(/[\\/]/);
    if (name === '' || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(name) || /^[a-zA-Z]:/.test(name) || parts.includes('..') || name.includes('\0')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Refused the ${what} "${name}": a name from a store may not be absolute or contain "..". Nothing was read or written outside ${where}.`);
    }
    return parts;
}
/**
 * `folder/name` for a name that came from data or a remote store; refuses an absolute name, a `..`
 * step, and a symbolic link on the way (each would let the store write or read outside the folder).
 * `what` names the entry for the error, e.g. `release asset` or `model card file`.
 */
function resolveInside(folder, name, what) {
    const parts = checkStoreName(name, what, folder);
    let at = folder;
    for (const part of parts.filter((p) => p !== '' && p !== '.')) {
        at = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(at, part);
        let link = false;
        try {
            link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at).isSymbolicLink();
        }
        catch {
            break; // the rest does not exist yet: nothing on the way can be a link
        }
        if (link)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Refused the ${what} "${name}": ${displayPath(folder, at)} is a symbolic link. Nothing was read or written outside ${folder}.`);
    }
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, ...parts);
}


/***/ }),

/***/ 15815:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ startWorkers),
/* harmony export */   T$: () => (/* binding */ WorkerPool),
/* harmony export */   us: () => (/* binding */ HEAP_LIMITS)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
// A small pool of threads for the tasks in src/entries/worker.ts: worker threads running the bundle's
// dist/worker/ (or, under the test runner, the TypeScript entry through tsx), and optionally the
// calling thread itself, which is warm and needs no start-up while the workers boot. An action's entry
// starts a worker before it loads the action (startWorkers): it boots on another core meanwhile.
// The pool knows tasks only by a type parameter: each user declares the tasks it runs beside them
// (ProfileTasks, ValidateTasks), and the worker entry checks that it serves them. So this module
// imports nothing from the tasks, and no import cycle runs through the entry.


/** Each worker's heap, for memory that stays flat however long the read (see data-thread.ts, which runs drift-check on the same). */
const HEAP_LIMITS = {
    /**
     * V8 makes it three semi-spaces: 12 MB caps them at the 4 MB a short read uses, where V8 would
     * otherwise double them once enough has survived in all, which a long read always reaches.
     */
    maxYoungGenerationSizeMb: 12,
    /**
     * Far above what a read keeps (its budgets bound it), and below 2 GB: from 2 GB up, V8 lets a heap's
     * garbage grow to four times its live objects before a full collection, below it to less than twice.
     */
    maxOldGenerationSizeMb: 1536,
};
function startWorker(warm = []) {
    const fromSources = import.meta.url.endsWith('.ts');
    // A computed path, which the bundler leaves alone (a literal one it would try to bundle as an asset).
    const entry = fromSources ? '../entries/worker.ts' : './worker/index.js';
    return new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(new URL(entry, import.meta.url), {
        execArgv: fromSources ? ['--import', 'tsx'] : [],
        workerData: { warm },
        resourceLimits: HEAP_LIMITS,
    });
}
/** Workers started ahead of any pool (startWorkers), ready for the first pool to take. */
const spares = [];
/**
 * Starts a worker now, before the caller loads its heavy modules, to boot on another core meanwhile and
 * load the modules of the tasks named in `warm`; the first pool takes it. One: every parallel read
 * needs at least one worker, and one left unused costs little (it never keeps the process alive).
 */
function startWorkers(warm) {
    if ((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() < 2)
        return;
    const worker = startWorker(warm);
    worker.unref();
    spares.push(worker);
    // One that stops before a pool takes it is dropped: the pool starts its own, and reports that one's errors.
    const drop = () => {
        const at = spares.indexOf(worker);
        if (at >= 0)
            spares.splice(at, 1);
    };
    worker.on('error', drop).once('exit', drop);
}
function workerSlot(worker) {
    let settle;
    worker.on('message', (answer) => settle?.(answer));
    worker.on('error', (error) => settle?.({ error: error.stack ?? error.message }));
    worker.on('exit', (code) => settle?.({ error: `a worker thread stopped (exit code ${code})` }));
    return (task, input) => new Promise((resolve) => {
        settle = (answer) => {
            settle = undefined;
            resolve(answer);
        };
        worker.postMessage({ task, input });
    });
}
function localSlot(run) {
    return (task, input) => run(task, input).then((output) => ({ output }), (error) => ({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
}
class WorkerPool {
    workers = [];
    idle = [];
    waiting = [];
    /** `workers` worker threads, plus the calling thread when `local` runs the tasks here. */
    constructor(workers, local) {
        for (let i = 0; i < workers; i++) {
            const worker = spares.shift() ?? startWorker();
            worker.ref();
            this.workers.push(worker);
            this.idle.push(workerSlot(worker));
        }
        if (local)
            this.idle.push(localSlot(local)); // taken first: it needs no start-up
    }
    /** Runs a task on the next free thread. */
    async run(task, input) {
        const slot = this.idle.pop() ?? (await new Promise((resolve) => this.waiting.push(resolve)));
        try {
            const answer = await slot(task, input);
            if (answer.error !== undefined)
                throw new Error(answer.error);
            return answer.output;
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next(slot);
            else
                this.idle.push(slot);
        }
    }
    async close() {
        await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(79702);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
