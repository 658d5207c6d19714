import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
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
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n: () => (/* binding */ TASKS)
});

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/runtime/errors.ts
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

;// CONCATENATED MODULE: ./src/data/table.ts
const BATCH_ROWS = 4096;

;// CONCATENATED MODULE: ./src/data/columns.ts

/**
 * Gathers rows into columnar batches. Records (JSON) may bring new keys at any row:
 * a column that appears late was missing (null) in the rows before it.
 */
class BatchBuilder {
    visitor;
    withLines;
    columns = [];
    index = new Map();
    values = [];
    lines = [];
    firstRow = 1;
    length = 0;
    textual = false;
    constructor(visitor, withLines) {
        this.visitor = visitor;
        this.withLines = withLines;
    }
    setColumns(names) {
        this.columns = names.slice();
        this.index = new Map(names.map((n, i) => [n, i]));
        this.values = names.map(() => []);
    }
    /** A row of fields in header order (CSV). */
    addFields(fields, line) {
        this.textual = true;
        for (let c = 0; c < fields.length; c++)
            this.values[c].push(fields[c]);
        if (this.withLines)
            this.lines.push(line);
        if (++this.length === BATCH_ROWS)
            this.flush();
    }
    /** A record by key (JSON); keys absent from it are null. */
    addRecord(record, line) {
        for (const key of Object.keys(record)) {
            if (!this.index.has(key)) {
                this.index.set(key, this.columns.length);
                this.columns.push(key);
                this.values.push(new Array(this.length).fill(null));
            }
        }
        for (let c = 0; c < this.columns.length; c++) {
            const value = record[this.columns[c]];
            this.values[c].push(value === undefined ? null : value);
        }
        if (this.withLines)
            this.lines.push(line);
        if (++this.length === BATCH_ROWS)
            this.flush();
    }
    /** Rows the CSV reader typed from bytes, in header order. */
    addTyped(classified, lines, rows) {
        this.flush();
        this.visitor.batch({ columns: this.columns, values: [], classified, lines: lines.subarray(0, rows), firstRow: this.firstRow, length: rows, textual: true });
        this.firstRow += rows;
    }
    /** Whole columns at once (Parquet row groups). */
    addColumns(columns, values, rows) {
        this.flush();
        this.visitor.batch({ columns, values, firstRow: this.firstRow, length: rows, textual: false });
        this.firstRow += rows;
    }
    flush() {
        if (this.length === 0)
            return;
        const batch = { columns: this.columns.slice(), values: this.values, firstRow: this.firstRow, length: this.length, textual: this.textual };
        if (this.withLines)
            batch.lines = this.lines;
        this.visitor.batch(batch);
        this.firstRow += this.length;
        this.values = this.columns.map(() => []);
        this.lines = [];
        this.length = 0;
    }
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/data/csv.wasm.ts
// Generated by npm run wasm from assembly/csv.ts (AssemblyScript 0.28.20, --enable simd -O3 --runtime stub --noAssert --initialMemory 1 --use abort=): do not edit.
const CSV_WASM = 'AGFzbQEAAAABLQVgBH9/f38AYAN/f38Bf2ANf39/f39/f39/f39/fwBgAn9/AXxgBX9/f39/AAMGBQABAgMEBQMBAAEGQg1/AUEA' +
    'C38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEACwcaAwZsYXlvdXQAAgRz' +
    'Y2FuAAEGbWVtb3J5AgAKgBkF0wEBBn8gACMCbCABaiEFAn8DQCAGIwxIBEAjCyAGQQN0aiIEKAIAIQggBCgCBCIJIAMgAmtGBEBB' +
    'ASEHQQAhBANAIAcgBCAJSHEEQCAEIAhqLQAAIwAgAiAEamotAABGIQcgBEEBaiEEDAELC0EBIAcNAxoLIAZBAWohBgwBCwtBAAsE' +
    'QCMDIAVqQQA6AAAjBCAFQQN0akQAAAAAAAD4fzkDAA8LIAIgAyAFIAAgARAEIAVBAnQiACMFaiACNgIAIwYgAGogAzYCACMHIABq' +
    'QX42AgALtgMCCX8Ce0EAKAIAIQdBBCgCACEIQQgoAgAhA0EMKAIAIQkgAv0PIQwgACEEA0AgASAESgRAIwAgBGr9AAQAIg0gDP0j' +
    'IA39DAoKCgoKCgoKCgoKCgoKCgr9I/1Q/WQhBSABIARrIgpBEEgEQCAFQQEgCnRBAWtxIQULA0AgBQRAIAQgBWhqIQogBSAFQQFr' +
    'cSEFIAIjACAKai0AAEYEQCAGIwFIBEAgBiAHIAAgChAACyAGQQFqIQYgCkEBaiEADAILIApBAWsiCyAKIAAgCkgEfyMAIAtqLQAA' +
    'QQ1GBUEACxshCyAGIwFIBEAgBiAHIAAgCxAACyAGQQFqIgYjAUYEQCMIIAdBAnRqIAg2AgAgB0EBaiEHBUEMIAk2AgAgACALRiAG' +
    'QQFGcSMBQQFKcUUEQCMJIANBA3RqIgAgCDYCACAAIAY2AgQgA0EBaiEDCwtBDCgCACEJIAhBAWohCEEAIQYgCkEBaiEAIAMjAkYg' +
    'ByMCRnIEQEEAIAc2AgBBBCAINgIAQQggAzYCACAADwsMAQsLIARBEGohBAwBCwtBACAHNgIAQQQgCDYCAEEIIAM2AgAgAQs2ACAL' +
    'JAsgDCQMIAAkACABJAEgAiQCIAMkAyAEJAQgBSQFIAYkBiAHJAcgCCQIIAkkCSAKJAoLkQsCDn8CfAJAIAEgAGsiCkEKSAR/QQEF' +
    'IwAgAEEEamotAABBLUcLBH9BAQUjACAAQQdqai0AAEEtRwsNACAAIQICfwNAIAIgAEEEakgEQEF/IwAgAmotAAAiDEE5TSAMQTBP' +
    'cUUNAhogBUEKbCAMakEwayEFIAJBAWohAgwBCwsgBQshDCAAQQVqIg0hAiAAQQhqIg8hBSAMQQBIAn8DQCACIA1BAmpIBEBBfyMA' +
    'IAJqLQAAIg5BOU0gDkEwT3FFDQIaIARBCmwgDmpBMGshBCACQQFqIQIMAQsLIAQLIgJBAExyIAJBDEpyAn8DQCAFIA9BAmpIBEBB' +
    'fyMAIAVqLQAAIgRBOU0gBEEwT3FFDQIaIAZBCmwgBGpBMGshBiAFQQFqIQUMAQsLIAYLIgRBAExyBH9BAQUgAkECRgR/QRxBHSAM' +
    'QQNxBH9BAQUgDEHkAG8Ef0EABSAMQZADbwsLGwVBHkEfIAJBBkYgAkEERnIgAkEJRnIgAkELRnIbCyAESAsNACAMIAJBAkxrtyIQ' +
    'RAAAAAAAAHlAo5wiEUQAAAAAiNUBQaIgECARRAAAAAAAAHlAoqEiEEQAAAAAANB2QKIgEEQAAAAAAADQP6KcoCAQRAAAAAAAAFlA' +
    'o5yhIAJBfUEJIAJBAkobardEAAAAAAAgY0CiRAAAAAAAAABAoEQAAAAAAAAUQKOcIAS3oEQAAAAAAADwv6CgoEQAAAAA2PQlwaBE' +
    'AAAAAHCZlEGiIRAgCkEKRgRAIBAPCyMAIABBCmpqLQAAIgJBIEcgAkHUAEdxIApBEEhyBH9BAQUjACAAQQ1qai0AAEE6RwsNACAA' +
    'QQtqIgIhBAJ/A0AgBCACQQJqSARAQX8jACAEai0AACIFQTlNIAVBME9xRQ0CGiAHQQpsIAVqQTBrIQcgBEEBaiEEDAELCyAHCyEC' +
    'IABBDmoiBSEEIAJBAEggAkEXSnICfwNAIAQgBUECakgEQEF/IwAgBGotAAAiBkE5TSAGQTBPcUUNAhogA0EKbCAGakEwayEDIARB' +
    'AWohBAwBCwsgAwsiA0EASHIgA0E7SnINACAQIAJBgN3bAWwgA0Hg1ANsaregIRAgAEEQaiICIAFIBH8jACACai0AAEE6RgVBAAsE' +
    'QCAAQRNqIAFKDQEgAEERaiICIQcCfwNAIAcgAkECakgEQEF/IwAgB2otAAAiA0E5TSADQTBPcUUNAhogCEEKbCADakEwayEIIAdB' +
    'AWohBwwBCwsgCAsiAkEASCACQTtKcg0BIBAgAkHoB2y3oCEQIABBE2oiAiABSAR/IwAgAmotAABBLkYFQQALBEBEAAAAAAAAWUAh' +
    'ESACQQFqIQADQCAAIAFIBH8jACAAai0AACIDQTlNIANBME9xBUEACwRAIBAjACAAai0AAEEwa7cgEaKgIRAgEUQAAAAAAAAkQKMh' +
    'ESAAQQFqIQAMAQsLIAAgAkEBakYNAiAAIQILCyABIAJGBEAgEA8LIAIgAUEBa0YjACACai0AACIAQdoARnEEQCAQDwsgAEEtRyAA' +
    'QStHcSACQQVqIAFKcg0AIAJBAWoiAyEIAn8DQCAIIANBAmpIBEBBfyMAIAhqLQAAIgRBOU0gBEEwT3FFDQIaIAlBCmwgBGpBMGsh' +
    'CSAIQQFqIQgMAQsLIAkLIQMgAkEDaiIEIwBqLQAAQTpGIgUgAkEFamogAUcNACAEIAVqIgEhCSADQQBIIANBF0pyAn8DQCAJIAFB' +
    'AmpIBEBBfyMAIAlqLQAAIgJBOU0gAkEwT3FFDQIaIAtBCmwgAmpBMGshCyAJQQFqIQkMAQsLIAsLIgFBAEhyIAFBO0pyDQAgEEQA' +
    'AAAAAADwP0QAAAAAAADwvyAAQStGGyADQYDd2wFsIAFB4NQDbGq3oqEPC0QAAAAAAAD4fwumCAIIfwJ8IwMgAmohCCMEIAJBA3Rq' +
    'IgpEAAAAAAAA+H85AwAgACABSAR/IwAgAGotAAAFQQALIglBLUYhAiAJQStGIgUgCUE5TCAJQTBOcSACcnIgCUEuRnIEQCAAQQFq' +
    'IAAgAiAFchsiAiELA0AgASACSgR/IwAgAmotAAAiBUE5TSAFQTBPcQVBAAsEQCACIgVBAWohAiANRAAAAAAAACRAoiMAIAVqLQAA' +
    'QTBrt6AhDQwBCwsgASACRiACIAtrIgxBAEpxBEAgDEEBSgR/IwAgC2otAABBMEYFQQALBEAgCEEGOgAADwsgCEECOgAAIAxBD0wE' +
    'QCAKIA2aIA0gCUEtRhs5AwAFIwpBDCgCACIAQQN0aiIBIAM2AgAgASAENgIEQQwgAEEBajYCAAsPCyABIAJKBH8jACACai0AAEEu' +
    'RgVBAAsEQCACQQFqIQIDQCABIAJKBH8jACACai0AACIFQTlNIAVBME9xBUEACwRAIAIiBUEBaiECIA1EAAAAAAAAJECiIwAgBWot' +
    'AABBMGu3oCENIAdBAWohBwwBCwsLIAEgAkogByAMakEASnEEfyMAIAJqLQAAQSByQeUARgVBAAsEfyACQQFqIgIgAUgEfyMAIAJq' +
    'LQAAQStGBH9BAQUjACACai0AAEEtRgsFQQALBEAgAkEBaiECCyACIQUDQCABIAJKBH8jACACai0AACIGQTlNIAZBME9xBUEACwRA' +
    'IAJBAWohAgwBCwsgAkF/IAIgBUoiBhsFIAILIAFGIAcgDGoiAkEASnEEQCAIQQM6AAAgBkUgAkEPTHEEQCANmiANIAlBLUYbIQ5E' +
    'AAAAAAAA8D8hDUEAIQADQCAAIAdIBEAgDUQAAAAAAAAkQKIhDSAAQQFqIQAMAQsLIAogDiANozkDAAUjCkEMKAIAIgBBA3RqIgEg' +
    'AzYCACABIAQ2AgRBDCAAQQFqNgIACw8LIAEgAGsiAkEKRiIDIAJBEE5yBEAgACABEAMiDSANYQRAIAhBBEEFIAMbOgAAIAogDTkD' +
    'AA8LCyAIQQY6AAAPCyABIABrIgFBBEYEfyMAIABqLQAAQSByQfQARgR/IwAgAEEBamotAABBIHJB8gBGBUEACwR/IwAgAEECamot' +
    'AABBIHJB9QBGBUEACwR/IwAgAEEDamotAABBIHJB5QBGBUEACwVBAAsEf0EBBSABQQVGBH8jACAAai0AAEEgckHmAEYEfyMAIABB' +
    'AWpqLQAAQSByQeEARgVBAAsEfyMAIABBAmpqLQAAQSByQewARgVBAAsEfyMAIABBA2pqLQAAQSByQfMARgVBAAsFQQALBH8jACAA' +
    'QQRqai0AAEEgckHlAEYFQQALCwRAIAhBAToAACAKRAAAAAAAAPA/RAAAAAAAAAAAIAFBBEYbOQMADwsgCEEGOgAACw==';

;// CONCATENATED MODULE: ./src/data/interner.ts
// A dictionary of field bytes that repeat: a column's few distinct values (codes, categories, small
// integers) are decoded once and numbered, so millions of fields make neither millions of short-lived
// strings nor millions of lookups by string (the profile counts by number). Bounded: past MAX_ENTRIES
// values are decoded every time.
const MAX_ENTRIES = 4096;
/** Longer values are decoded every time: they are rarely repeated and would fill the pool. */
const MAX_BYTES = 64;
const SLOT_BITS = 13;
const SLOTS = 1 << SLOT_BITS; // twice MAX_ENTRIES: probes stay short
class Interner {
    /** Open addressing: entry index + 1 per slot, 0 for an empty slot. */
    slots = new Int32Array(SLOTS);
    /** Per entry: its FNV-1a hash, or for a short value its packed bytes. */
    hashes = new Int32Array(MAX_ENTRIES);
    /** Entry i's bytes are pool[offsets[i], offsets[i + 1]). */
    offsets = new Int32Array(MAX_ENTRIES + 1);
    pool = new Uint8Array(4096);
    strings = [];
    /** The UTF-8 text of bytes[start, end). */
    text(bytes, start, end) {
        const code = this.code(bytes, start, end);
        return code >= 0 ? this.strings[code] : bytes.toString('utf8', start, end);
    }
    /** The entry of bytes[start, end), added if there is room; -1 for a long value or a full table. */
    code(bytes, start, end) {
        const length = end - start;
        if (length <= 4)
            return this.shortCode(bytes, start, end);
        if (length > MAX_BYTES)
            return -1;
        let h = 0x811c9dc5; // FNV-1a
        for (let i = start; i < end; i++)
            h = Math.imul(h ^ bytes[i], 0x01000193);
        let slot = h & (SLOTS - 1);
        for (let entry = this.slots[slot]; entry !== 0; entry = this.slots[slot]) {
            if (this.hashes[entry - 1] === h && this.equals(entry - 1, bytes, start, length))
                return entry - 1;
            slot = (slot + 1) & (SLOTS - 1);
        }
        if (this.strings.length === MAX_ENTRIES)
            return -1;
        this.add(slot, h, bytes, start, end, bytes.toString('utf8', start, end));
        return this.strings.length - 1;
    }
    /**
     * Values of at most 4 bytes (codes, flags, small numbers: most repeated values) are their own key:
     * the bytes packed into an int, compared in one step, hashed by one multiplication.
     */
    shortCode(bytes, start, end) {
        let key = 0;
        for (let i = start; i < end; i++)
            key = (key << 8) | bytes[i];
        key = key ^ ((end - start) << 29); // lengths apart: "\0A" is not "A"
        let slot = Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS);
        for (let entry = this.slots[slot]; entry !== 0; entry = this.slots[slot]) {
            if (this.hashes[entry - 1] === key && this.offsets[entry] - this.offsets[entry - 1] === end - start)
                return entry - 1;
            slot = (slot + 1) & (SLOTS - 1);
        }
        if (this.strings.length === MAX_ENTRIES)
            return -1;
        this.add(slot, key, bytes, start, end, bytes.toString('utf8', start, end));
        return this.strings.length - 1;
    }
    /** The text of an entry. */
    textOf(code) {
        return this.strings[code];
    }
    equals(id, bytes, start, length) {
        const from = this.offsets[id];
        if (this.offsets[id + 1] - from !== length)
            return false;
        for (let i = 0; i < length; i++)
            if (this.pool[from + i] !== bytes[start + i])
                return false;
        return true;
    }
    add(slot, h, bytes, start, end, text) {
        const id = this.strings.length;
        const from = this.offsets[id];
        if (from + end - start > this.pool.length) {
            const grown = new Uint8Array(Math.max(2 * this.pool.length, from + end - start));
            grown.set(this.pool);
            this.pool = grown;
        }
        this.pool.set(bytes.subarray(start, end), from);
        this.offsets[id + 1] = from + end - start;
        this.hashes[id] = h;
        this.slots[slot] = id + 1;
        this.strings.push(text);
    }
}

;// CONCATENATED MODULE: ./src/data/csv-kernel.ts
// Host of the byte scanner's WebAssembly kernel (assembly/csv.ts): lays out its memory (batch columns,
// row lines, findings, the input lines) and exposes the batch columns as typed-array views of it.


const PAGE = 65536;
/** i32 slots shared with the kernel (see assembly/csv.ts). */
const ROWS = 0;
const LINE = 1;
const BAD = 2;
const FIX = 3;
let compiled;
class CsvKernel {
    width;
    capacity;
    delimiter;
    /** The batch's columns: views of the kernel's memory, filled again by every batch. */
    columns;
    lines;
    kernel;
    state;
    input;
    at;
    constructor(width, capacity, delimiter, missing) {
        this.width = width;
        this.capacity = capacity;
        this.delimiter = delimiter;
        compiled ??= new WebAssembly.Module(Buffer.from(CSV_WASM, 'base64'));
        this.kernel = new WebAssembly.Instance(compiled).exports;
        const cells = width * capacity;
        let next = 16;
        const take = (bytes) => ((next = Math.ceil(next / 8) * 8), (next += bytes) - bytes);
        const missingAt = take(8 * missing.length);
        const missingBytes = missing.map((m) => take(m.length));
        this.at = {
            kinds: take(cells),
            numbers: take(8 * cells),
            starts: take(4 * cells),
            ends: take(4 * cells),
            codes: take(4 * cells),
            lines: take(4 * capacity),
            bad: take(8 * capacity),
            fix: take(8 * (cells + width)), // good rows' fields and the row being read (a bad row's are dropped)
            input: take(0),
        };
        this.reserve(1 << 18);
        const memory = Buffer.from(this.kernel.memory.buffer);
        missing.forEach((m, k) => {
            memory.writeInt32LE(missingBytes[k], missingAt + 8 * k);
            memory.writeInt32LE(m.length, missingAt + 8 * k + 4);
            m.copy(memory, missingBytes[k]);
        });
        const { kinds, numbers, starts, ends, codes, lines, bad, fix, input } = this.at;
        this.kernel.layout(input, width, capacity, kinds, numbers, starts, ends, codes, lines, bad, fix, missingAt, missing.length);
        this.columns = Array.from({ length: width }, () => ({
            kinds: new Uint8Array(0),
            numbers: new Float64Array(0),
            texts: new Array(capacity).fill(undefined),
            source: { bytes: Buffer.alloc(0), starts: new Int32Array(0), ends: new Int32Array(0), codes: new Int32Array(0), strings: new Interner() },
        }));
        this.views();
    }
    /** Copies lines to scan into the kernel's input; the batch's texts are read from there. */
    load(bytes, start, stop) {
        this.reserve(stop - start + 16); // the kernel reads 16 bytes at a time
        this.input.fill(0, stop - start, stop - start + 16);
        bytes.copy(this.input, 0, start, stop);
    }
    /**
     * Scans the loaded input from `from` (a line start, on `line`) to `stop`, adding rows to the batch;
     * returns where it stopped: at stop, or after the line that filled the batch or the list of bad rows.
     */
    scan(from, stop, line) {
        this.state[LINE] = line;
        this.state[BAD] = 0;
        this.state[FIX] = 0;
        const next = this.kernel.scan(from, stop, this.delimiter);
        // Long integers and exponents: the kernel leaves them to Number(), which rounds every form right.
        const fixes = new Int32Array(this.kernel.memory.buffer, this.at.fix, 2 * this.state[FIX]);
        for (let k = 0; k < fixes.length; k += 2) {
            const column = this.columns[fixes[k]];
            const row = fixes[k + 1];
            column.numbers[row] = Number(this.input.toString('latin1', column.source.starts[row], column.source.ends[row]));
        }
        return next;
    }
    /** Rows in the batch. */
    get rows() {
        return this.state[ROWS];
    }
    /** Starts the next batch. */
    clearRows() {
        this.state[ROWS] = 0;
    }
    get nextLine() {
        return this.state[LINE];
    }
    /** Rows of the last scan with the wrong number of fields: [line, fields] pairs. */
    badRows() {
        return new Int32Array(this.kernel.memory.buffer, this.at.bad, 2 * this.state[BAD]);
    }
    /** Grows the memory so that the input holds `bytes`; views of the old memory are made again. */
    reserve(bytes) {
        const needed = this.at.input + bytes;
        const have = this.kernel.memory.buffer.byteLength;
        if (needed <= have && this.state)
            return;
        if (needed > have)
            this.kernel.memory.grow(Math.ceil((Math.max(needed, 2 * have) - have) / PAGE));
        this.views();
    }
    views() {
        const buffer = this.kernel.memory.buffer;
        const { capacity } = this;
        this.state = new Int32Array(buffer, 0, 4);
        this.input = Buffer.from(buffer, this.at.input);
        this.lines = new Int32Array(buffer, this.at.lines, capacity);
        this.columns?.forEach((column, c) => {
            column.kinds = new Uint8Array(buffer, this.at.kinds + c * capacity, capacity);
            column.numbers = new Float64Array(buffer, this.at.numbers + 8 * c * capacity, capacity);
            column.source.bytes = this.input;
            column.source.starts = new Int32Array(buffer, this.at.starts + 4 * c * capacity, capacity);
            column.source.ends = new Int32Array(buffer, this.at.ends + 4 * c * capacity, capacity);
            column.source.codes = new Int32Array(buffer, this.at.codes + 4 * c * capacity, capacity);
        });
    }
}

;// CONCATENATED MODULE: ./src/data/csv-bytes.ts
// The common case of a CSV/TSV file, typed straight from its bytes: no quotes, valid UTF-8. Fields are
// found and classified where they lie, by a WebAssembly kernel (csv-kernel.ts), and their text is made
// only when something reads it (textAt), so a million numbers make no strings. Anything else (a quote,
// invalid UTF-8, an over-long line) is handed back, from the start of a line, to the text parser,
// which knows every rule of RFC 4180.



const NEWLINE = 10;
const CR = 13;
const QUOTE = 0x22;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
class CsvByteScanner {
    sink;
    options;
    /** The line the next row starts on. */
    line = 1;
    columns;
    /** The carried bytes (a line not ended yet), then the new chunk: one buffer, reused by every push. */
    work = Buffer.allocUnsafe(0);
    carried = 0;
    kernel;
    delimiter;
    missing;
    atFileStart;
    constructor(sink, options) {
        this.sink = sink;
        this.options = options;
        this.delimiter = options.delimiter.charCodeAt(0);
        this.missing = [...options.missing].map((m) => Buffer.from(m));
        this.atFileStart = !options.columns;
        if (options.columns)
            this.setColumns(options.columns);
    }
    /**
     * Reads the chunk's whole lines; returns the bytes this scanner cannot read (from a line start), for
     * the text parser. The chunk is copied: the caller may reuse it.
     */
    push(chunk) {
        const length = this.carried + chunk.length;
        if (length > this.work.length) {
            const grown = Buffer.allocUnsafe(Math.max(length, 2 * this.work.length));
            this.work.copy(grown, 0, 0, this.carried);
            this.work = grown;
        }
        chunk.copy(this.work, this.carried);
        let begin = 0;
        if (this.atFileStart) {
            if (length < BOM.length && BOM.subarray(0, length).equals(this.work.subarray(0, length))) {
                this.carried = length; // maybe the start of a byte order mark
                return undefined;
            }
            this.atFileStart = false;
            if (this.work.subarray(0, BOM.length).equals(BOM))
                begin = BOM.length;
        }
        const bytes = this.work.subarray(begin, length);
        const last = bytes.lastIndexOf(NEWLINE);
        const unended = bytes.length - last - 1;
        if (bytes.indexOf(QUOTE) !== -1 || (last !== -1 && !(0,external_node_buffer_namespaceObject.isUtf8)(bytes.subarray(0, last + 1))) || unended > this.options.maxRowChars)
            return Buffer.from(bytes);
        if (last !== -1)
            this.read(bytes, last + 1);
        this.work.copyWithin(0, length - unended, length);
        this.carried = unended;
        return undefined;
    }
    /** The last line, if it has no newline; returns it for the text parser if this scanner cannot read it. */
    end() {
        const rest = Buffer.from(this.work.subarray(0, this.carried));
        this.carried = 0;
        if (rest.length === 0)
            return undefined;
        if (this.atFileStart || !(0,external_node_buffer_namespaceObject.isUtf8)(rest))
            return rest;
        this.read(Buffer.concat([rest, Buffer.from([NEWLINE])]), rest.length + 1);
        return undefined;
    }
    /** Whole lines in bytes[0, stop), stop just past a newline. */
    read(bytes, stop) {
        let start = 0;
        if (!this.columns)
            start = this.readHeader(bytes, stop);
        if (this.kernel && start < stop)
            this.readRows(this.kernel, bytes, start, stop);
        this.flush();
    }
    /** Skips blank lines, takes the first other line as the header; returns where rows begin. */
    readHeader(bytes, stop) {
        let start = 0;
        while (start < stop) {
            const newline = bytes.indexOf(NEWLINE, start);
            const end = newline > start && bytes[newline - 1] === CR ? newline - 1 : newline;
            const line = this.line++;
            if (end > start) {
                const names = bytes.toString('utf8', start, end).split(this.options.delimiter);
                this.setColumns(names);
                this.sink.header(names, line);
                return newline + 1;
            }
            start = newline + 1;
        }
        return stop;
    }
    setColumns(names) {
        this.columns = names;
        this.kernel = new CsvKernel(names.length, BATCH_ROWS, this.delimiter, this.missing);
    }
    /** Rows from whole lines, a batch at a time; rows with the wrong number of fields are findings. */
    readRows(kernel, bytes, start, stop) {
        kernel.load(bytes, start, stop);
        const width = kernel.columns.length;
        for (let from = 0; from < stop - start;) {
            from = kernel.scan(from, stop - start, this.line);
            const bad = kernel.badRows();
            for (let k = 0; k < bad.length; k += 2)
                this.sink.malformed({ line: bad[k], message: `expected ${width} fields as in the header, found ${bad[k + 1]}` });
            this.line = kernel.nextLine;
            if (kernel.rows === BATCH_ROWS)
                this.flush();
        }
    }
    flush() {
        const kernel = this.kernel;
        if (!kernel || kernel.rows === 0)
            return;
        this.sink.rows(kernel.columns, kernel.lines, kernel.rows);
        for (const column of kernel.columns)
            column.texts.fill(undefined, 0, kernel.rows); // texts made for this batch
        kernel.clearRows();
    }
}

;// CONCATENATED MODULE: ./src/data/csv.ts
// Streaming RFC 4180 parser: bytes in, rows out with the line each row starts on.
// Asked to type values, it reads from bytes while the file allows (csv-bytes.ts) and hands the rest
// to the text path. The text path works on decoded text a chunk at a time; lines without a quote take
// the fast path (one native split), quoted fields take a character loop.



const csv_QUOTE = '"';
/** Length of an incomplete UTF-8 sequence at the end of a chunk (0 to 3 bytes). */
function incompleteTail(chunk) {
    for (let back = 1; back <= Math.min(3, chunk.length); back++) {
        const byte = chunk[chunk.length - back];
        if ((byte & 0xc0) === 0x80)
            continue; // continuation byte: keep looking for the lead
        const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return need > back ? back : 0;
    }
    return 0;
}
class CsvParser {
    sink;
    options;
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    pending = '';
    line = 1;
    headerSeen = false;
    columns = 0;
    invalidUtf8 = false;
    utf8Carry = Buffer.alloc(0);
    stopped = false;
    bomChecked = false;
    sawQuote = false;
    scanner;
    constructor(sink, options) {
        this.sink = sink;
        this.options = options;
        if (options.columns) {
            this.headerSeen = true;
            this.columns = options.columns.length;
            this.bomChecked = true;
        }
        if (options.missing && sink.typedRows) {
            const typedRows = sink.typedRows.bind(sink);
            const { delimiter, maxRowChars, columns, missing } = options;
            this.scanner = new CsvByteScanner({ header: (names, line) => sink.header(names, line), rows: typedRows, malformed: (problem) => sink.malformed(problem) }, { delimiter, maxRowChars, missing, ...(columns && { columns }) });
        }
    }
    get isStopped() {
        return this.stopped;
    }
    /** Whether the text held a quote: a byte range of such a file may start inside a quoted field. */
    get quoted() {
        return this.sawQuote;
    }
    /** The line the next row would start on: one more than the newlines read so far. */
    get nextLine() {
        return this.scanner?.line ?? this.line;
    }
    push(chunk) {
        if (this.stopped)
            return;
        if (this.scanner) {
            const rest = this.scanner.push(chunk);
            if (rest === undefined)
                return;
            this.handOver();
            chunk = rest;
        }
        this.checkUtf8(chunk);
        let text = this.decoder.write(chunk);
        if (!this.bomChecked && text !== '') {
            this.bomChecked = true;
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
        }
        this.pending = this.pending === '' ? text : this.pending + text;
        this.consume(false);
    }
    /**
     * isUtf8 is native and fast; the slow search for the bad row runs only when it fails.
     * A sequence cut by the chunk boundary is carried over and checked with the next chunk.
     */
    checkUtf8(chunk) {
        if (this.invalidUtf8)
            return;
        const joined = this.utf8Carry.length > 0 ? Buffer.concat([this.utf8Carry, chunk]) : chunk;
        const tail = incompleteTail(joined);
        if (!(0,external_node_buffer_namespaceObject.isUtf8)(joined.subarray(0, joined.length - tail)))
            this.invalidUtf8 = true;
        this.utf8Carry = Buffer.from(joined.subarray(joined.length - tail));
    }
    /** The byte scanner met what only the text path reads: it goes on from the scanner's line and header. */
    handOver() {
        const scanner = this.scanner;
        this.scanner = undefined;
        this.line = scanner.line;
        if (scanner.columns) {
            this.headerSeen = true;
            this.columns = scanner.columns.length;
            this.bomChecked = true;
        }
    }
    end() {
        if (this.stopped)
            return;
        if (this.scanner) {
            const rest = this.scanner.end();
            if (rest === undefined)
                return;
            this.handOver();
            this.push(rest);
        }
        if (this.utf8Carry.length > 0)
            this.invalidUtf8 = true;
        this.pending += this.decoder.end();
        this.consume(true);
    }
    consume(final) {
        if (this.pending.indexOf(csv_QUOTE) === -1)
            this.consumeUnquoted(final);
        else {
            this.sawQuote = true;
            this.consumeQuoted(final);
        }
        if (this.pending.length > this.options.maxRowChars) {
            this.sink.malformed({
                line: this.line,
                message: `a row longer than ${this.options.maxRowChars} characters starts here (an unclosed quote, or not a delimited text file); reading stopped`,
            });
            this.stopped = true;
        }
    }
    /** The common case, a chunk with no quote at all: one native split into lines, one per line into fields. */
    consumeUnquoted(final) {
        const text = this.pending;
        const delimiter = this.options.delimiter;
        const lastNewline = text.lastIndexOf('\n');
        const rest = text.slice(lastNewline + 1);
        if (lastNewline !== -1) {
            const lines = text.slice(0, lastNewline).split('\n');
            for (const line of lines) {
                this.emit((line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line).split(delimiter), this.line);
                this.line++;
            }
        }
        this.pending = rest;
        if (final && rest !== '') {
            this.emit((rest.charCodeAt(rest.length - 1) === 13 ? rest.slice(0, -1) : rest).split(delimiter), this.line);
            this.line++;
            this.pending = '';
        }
    }
    consumeQuoted(final) {
        const text = this.pending;
        const delimiter = this.options.delimiter;
        let pos = 0;
        let nextQuote = text.indexOf(csv_QUOTE);
        while (pos < text.length) {
            let end = text.indexOf('\n', pos);
            if (nextQuote !== -1 && nextQuote < pos)
                nextQuote = text.indexOf(csv_QUOTE, pos);
            if (nextQuote === -1 || (end !== -1 && nextQuote > end)) {
                // Fast path: no quote before the end of this line.
                if (end === -1) {
                    if (!final)
                        break;
                    end = text.length;
                }
                const stop = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
                this.emit(text.slice(pos, stop).split(delimiter), this.line);
                this.line++;
                pos = end + 1;
                continue;
            }
            const parsed = this.parseQuotedRow(text, pos, final);
            if (parsed === undefined)
                break; // row continues in the next chunk
            const startLine = this.line;
            this.line += parsed.newlines;
            this.emit(parsed.fields, startLine);
            if (parsed.bad)
                this.sink.malformed({ line: startLine, message: parsed.bad });
            pos = parsed.next;
        }
        this.pending = pos >= text.length ? '' : text.slice(pos);
    }
    /** A row holding quotes, from `start`; undefined when it runs past the text and more may come. */
    parseQuotedRow(text, start, final) {
        const delimiter = this.options.delimiter;
        const fields = [];
        let pos = start;
        let newlines = 0;
        let bad;
        for (;;) {
            if (text[pos] === csv_QUOTE) {
                let value = '';
                let from = pos + 1;
                for (;;) {
                    const close = text.indexOf(csv_QUOTE, from);
                    if (close === -1) {
                        if (!final)
                            return undefined;
                        value += text.slice(from);
                        newlines += countNewlines(text, from, text.length);
                        bad ??= `a quoted field is never closed (it runs to the end of the file)`;
                        fields.push(value);
                        return { fields, next: text.length, newlines: newlines + 1, bad };
                    }
                    newlines += countNewlines(text, from, close);
                    value += text.slice(from, close);
                    if (text[close + 1] === csv_QUOTE) {
                        value += csv_QUOTE;
                        from = close + 2;
                        continue;
                    }
                    pos = close + 1;
                    break;
                }
                if (pos === text.length && !final)
                    return undefined; // the row may go on in the next chunk
                // After a closing quote only a delimiter or the end of the row may follow.
                const after = text[pos];
                if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
                    bad ??= `unexpected text after a closing quote in column ${fields.length + 1}`;
                    const stop = findFieldEnd(text, pos, delimiter);
                    value += text.slice(pos, stop);
                    pos = stop;
                }
                fields.push(value);
            }
            else {
                const stop = findFieldEnd(text, pos, delimiter);
                if (stop === text.length && !final)
                    return undefined;
                fields.push(text.slice(pos, stop));
                pos = stop;
            }
            const c = text[pos];
            if (c === delimiter) {
                pos++;
                continue;
            }
            if (c === '\r' && text[pos + 1] === '\n')
                pos++;
            if (c === '\r' && pos + 1 >= text.length && !final)
                return undefined;
            return { fields, next: pos + 1, newlines: newlines + 1, bad };
        }
    }
    emit(fields, line) {
        if (this.invalidUtf8 && fields.some((f) => f.includes('\uFFFD'))) {
            this.sink.malformed({ line, message: 'invalid UTF-8 bytes in this row (shown as U+FFFD); re-save the file as UTF-8' });
        }
        if (!this.headerSeen) {
            if (fields.length === 1 && fields[0] === '')
                return; // blank lines before the header
            this.headerSeen = true;
            this.columns = fields.length;
            this.sink.header(fields, line);
            return;
        }
        if (fields.length === 1 && fields[0] === '' && this.columns > 1)
            return; // blank line
        if (fields.length !== this.columns) {
            this.sink.malformed({ line, message: `expected ${this.columns} fields as in the header, found ${fields.length}` });
            return;
        }
        this.sink.row(fields, line);
    }
}
function countNewlines(text, from, to) {
    let n = 0;
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
function findFieldEnd(text, from, delimiter) {
    for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (c === delimiter || c === '\n' || c === '\r')
            return i;
    }
    return text.length;
}

;// CONCATENATED MODULE: ./src/data/read.ts
// One streaming pass over a data file: bytes are hashed for the fingerprint and parsed into
// columnar batches. Malformed content becomes a finding with its line; only I/O failures throw.









// Reads of 128 KiB. Text parsed as strings wants small reads: a chunk's lines and fields live until its
// rows are processed, and short strings alive across a scavenge are promoted (the 3M-row CSV as text
// peaked at 216 MB with 32 KiB reads and 275 MB with 1 MiB; quoted, 207 MB with 32 KiB and 223 MB with
// 128 KiB). Bytes typed in place make few strings, and fewer, larger batches are 7% faster.
const CHUNK = 1 << 17;
const MAX_JSON_BYTES = 1 << 30;
/** Reads `file` once, calling the visitor with batches and malformed findings; returns the file's hash. */
async function readTable(file, options, visitor) {
    if (options.format === 'parquet')
        return readParquet(file, visitor);
    const hash = options.range ? undefined : (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let bytes = 0;
    const count = (chunk) => {
        hash?.update(chunk);
        bytes += chunk.length;
    };
    const { push, parser } = textConsumer(options, visitor);
    try {
        if (options.gzip) {
            const raw = (0,external_node_fs_namespaceObject.createReadStream)(file, { highWaterMark: CHUNK });
            raw.on('data', (chunk) => count(chunk));
            for await (const chunk of raw.pipe((0,external_node_zlib_namespaceObject.createGunzip)()))
                push(chunk);
        }
        else {
            for await (const chunk of fileChunks(file, options.range)) {
                count(chunk);
                push(chunk);
            }
        }
        push(undefined);
    }
    catch (error) {
        if (options.gzip && /incorrect header|unexpected end|invalid/i.test(error.message)) {
            visitor.malformed({ message: `not a readable gzip file: ${error.message}` });
        }
        else {
            throw error;
        }
    }
    return { sha256: hash?.digest('hex') ?? '', bytes, ...(parser && { text: { quoted: parser.quoted, nextLine: parser.nextLine, stopped: parser.isStopped } }) };
}
/**
 * The file's bytes [start, end) in chunks of two buffers, reused in turn: a chunk is valid until the
 * next one is asked for (a buffer per read left hundreds of MB to the collector), and the next read is
 * already under way while the caller works on this one.
 */
async function* fileChunks(file, range, size = CHUNK) {
    const handle = await (0,promises_namespaceObject.open)(file, 'r');
    const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
    const end = range?.end ?? Infinity;
    let position = range?.start ?? 0;
    const readInto = (buffer) => {
        const at = position;
        const length = Math.min(size, end - at);
        position += length;
        return length <= 0 ? Promise.resolve({ at, length, bytesRead: 0 }) : handle.read(buffer, 0, length, at).then(({ bytesRead }) => ({ at, length, bytesRead }));
    };
    let turn = 0;
    let pending = readInto(buffers[0]);
    try {
        for (;;) {
            const { at, length, bytesRead } = await pending;
            if (bytesRead === 0)
                return;
            if (bytesRead < length)
                position = at + bytesRead; // a short read: go on from where it stopped
            const current = buffers[turn];
            turn ^= 1;
            pending = readInto(buffers[turn]);
            yield current.subarray(0, bytesRead);
        }
    }
    finally {
        await pending.catch(() => undefined);
        await handle.close();
    }
}
/** A function taking decompressed chunks (undefined at the end) for the text formats. */
function textConsumer(options, visitor) {
    const maxRowChars = options.maxRowChars ?? 64 * 1024 * 1024;
    if (options.format === 'csv' || options.format === 'tsv') {
        const builder = new BatchBuilder(visitor, true);
        const columns = options.range?.columns;
        if (columns)
            builder.setColumns(columns);
        const parser = new CsvParser({
            header: (names) => builder.setColumns(names),
            row: (fields, line) => builder.addFields(fields, line),
            typedRows: (classified, lines, length) => builder.addTyped(classified, lines, length),
            malformed: (problem) => visitor.malformed(problem),
        }, { delimiter: delimiterOf(options.format), maxRowChars, ...(columns && { columns }), ...(options.missing && { missing: options.missing }) });
        const push = (chunk) => {
            if (chunk)
                parser.push(chunk);
            else {
                parser.end();
                builder.flush();
            }
        };
        return { push, parser };
    }
    if (options.range)
        throw new Error(`byte ranges are for CSV and TSV, not ${options.format}`);
    return { push: options.format === 'jsonl' ? jsonLines(visitor, maxRowChars) : jsonArray(visitor) };
}
const delimiterOf = (format) => (format === 'tsv' ? '\t' : ',');
function jsonLines(visitor, maxRowChars) {
    const builder = new BatchBuilder(visitor, true);
    const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    let pending = '';
    let line = 1;
    let stopped = false;
    const parseLine = (text) => {
        const current = line++;
        if (text.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            visitor.malformed({ line: current, message: `not valid JSON: ${error.message}` });
            return;
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            visitor.malformed({ line: current, message: `expected a JSON object (one record per line), found ${Array.isArray(value) ? 'an array' : JSON.stringify(value)?.slice(0, 40)}` });
            return;
        }
        builder.addRecord(value, current);
    };
    return (chunk) => {
        if (stopped)
            return;
        pending += chunk ? decoder.write(chunk) : decoder.end();
        let start = 0;
        for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
            parseLine(pending.slice(start, end));
            start = end + 1;
        }
        pending = pending.slice(start);
        if (pending.length > maxRowChars) {
            visitor.malformed({ line, message: `a line longer than ${maxRowChars} characters starts here; reading stopped` });
            stopped = true;
            return;
        }
        if (!chunk) {
            if (pending !== '')
                parseLine(pending);
            builder.flush();
        }
    };
}
/** A JSON array of records: parsed whole (JSON has no streaming form), so it is capped in size. */
function jsonArray(visitor) {
    const parts = [];
    let size = 0;
    return (chunk) => {
        if (chunk) {
            size += chunk.length;
            if (size > MAX_JSON_BYTES)
                throw new ConfigurationError(`A .json data file over 1 GiB cannot be read at once: write it as JSON Lines (.jsonl) instead, one record per line.`);
            parts.push(Buffer.from(chunk)); // chunks are reused
            return;
        }
        const text = Buffer.concat(parts).toString('utf8');
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            const message = error.message;
            const at = /position (\d+)/.exec(message);
            const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
            visitor.malformed({ line, message: `not valid JSON: ${message}` });
            return;
        }
        if (!Array.isArray(value)) {
            visitor.malformed({ line: 1, message: 'expected a JSON array of records ([{...}, {...}])' });
            return;
        }
        const builder = new BatchBuilder(visitor, false);
        value.forEach((record, i) => {
            if (record === null || typeof record !== 'object' || Array.isArray(record)) {
                visitor.malformed({ row: i + 1, message: `record ${i + 1} is not an object` });
            }
            else
                builder.addRecord(record, 0);
        });
        builder.flush();
    };
}
/**
 * The file's sha256 and size (a separate pass where parsing is split up). Reads of 1 MiB: the pass
 * shares its thread with range reads, and each read waits its turn in the event loop.
 */
async function hashFile(file) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of fileChunks(file, undefined, 1 << 20)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}
/** Parquet, one row group at a time (memory holds a row group, not the file). */
async function readParquet(file, visitor) {
    const summary = await hashFile(file);
    const builder = new BatchBuilder(visitor, false);
    try {
        // Loaded only for Parquet: the decoders (brotli's above all) are most of a bundle that reads CSV.
        const [{ asyncBufferFromFile, parquetMetadataAsync, parquetRead }, { compressors }] = await Promise.all([__nccwpck_require__.e(/* import() */ 338).then(__nccwpck_require__.bind(__nccwpck_require__, 338)), __nccwpck_require__.e(/* import() */ 138).then(__nccwpck_require__.bind(__nccwpck_require__, 138))]);
        const buffer = await asyncBufferFromFile(file);
        const metadata = await parquetMetadataAsync(buffer);
        const names = metadata.schema.slice(1).filter((s) => !s.num_children).map((s) => s.name);
        let rowStart = 0;
        for (const group of metadata.row_groups) {
            const rows = Number(group.num_rows);
            const columns = new Map();
            await parquetRead({
                file: buffer, metadata, compressors, rowStart, rowEnd: rowStart + rows, columns: names,
                onChunk: ({ columnName, columnData, rowStart: from }) => {
                    // One pass from the decoded chunk to our values: no intermediate copies of a whole row group.
                    const data = columnData;
                    const offset = rowStart - from;
                    const values = new Array(rows);
                    for (let i = 0; i < rows; i++)
                        values[i] = fromParquet(data[offset + i]);
                    columns.set(columnName, values);
                },
            });
            const all = names.map((n) => columns.get(n) ?? new Array(rows).fill(null));
            columns.clear();
            // Batches of the usual size, so that classification works on small arrays.
            for (let start = 0; start < rows; start += BATCH_ROWS) {
                const end = Math.min(rows, start + BATCH_ROWS);
                builder.addColumns(names, all.map((values) => values.slice(start, end)), end - start);
            }
            rowStart += rows;
        }
    }
    catch (error) {
        visitor.malformed({ message: `not a readable Parquet file (truncated or corrupt?): ${error.message}` });
    }
    return summary;
}
/** INT64 arrives as BigInt; dates as Date. Numbers beyond 2^53 stay BigInt. */
function fromParquet(value) {
    if (typeof value === 'bigint')
        return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
    if (value === undefined)
        return null;
    return value;
}

;// CONCATENATED MODULE: ./src/data/values.ts
const Kind = {
    null: 0,
    boolean: 1,
    integer: 2,
    number: 3,
    date: 4,
    datetime: 5,
    string: 6,
};
const KIND_NAMES = ['null', 'boolean', 'integer', 'number', 'date', 'datetime', 'string'];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Powers of ten that doubles hold exactly: m / 10^k with m < 2^53 is then correctly rounded (Clinger's fast path). */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const isDigit = (c) => c >= 48 && c <= 57;
/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function digits(bytes, from, count) {
    let value = 0;
    for (let i = from; i < from + count; i++) {
        const c = bytes[i];
        if (!isDigit(c))
            return -1;
        value = value * 10 + c - 48;
    }
    return value;
}
/** The last valid date read: consecutive rows of a time series mostly share it. */
const lastDate = new Uint8Array(10);
let lastDateMs = NaN;
/** Epoch milliseconds of the ISO 8601 date YYYY-MM-DD at bytes[s], NaN if it is not a calendar date. */
function dayMs(bytes, s) {
    let same = !Number.isNaN(lastDateMs);
    for (let i = 0; i < 10 && same; i++)
        same = bytes[s + i] === lastDate[i];
    if (same)
        return lastDateMs;
    if (bytes[s + 4] !== 45 || bytes[s + 7] !== 45)
        return NaN;
    const y = digits(bytes, s, 4);
    const m = digits(bytes, s + 5, 2);
    const d = digits(bytes, s + 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1)
        return NaN;
    const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    if (d > DAYS_IN_MONTH[m - 1] + (leap ? 1 : 0))
        return NaN;
    for (let i = 0; i < 10; i++)
        lastDate[i] = bytes[s + i];
    return (lastDateMs = daysFromCivil(y, m, d) * 86_400_000);
}
/**
 * Epoch milliseconds of the ISO 8601 date (YYYY-MM-DD) or datetime (YYYY-MM-DD[T ]hh:mm[:ss[.fff]][Z|±hh[:]mm])
 * in bytes [s, e), NaN when it is not one or the calendar has no such day (2024-02-30). Read by position.
 */
function parseIsoTimeBytes(bytes, s, e) {
    const n = e - s;
    if (n < 10)
        return NaN;
    let ms = dayMs(bytes, s);
    if (n === 10 || Number.isNaN(ms))
        return ms;
    const sep = bytes[s + 10];
    if ((sep !== 84 && sep !== 32) || n < 16 || bytes[s + 13] !== 58)
        return NaN;
    const hh = digits(bytes, s + 11, 2);
    const mm = digits(bytes, s + 14, 2);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59)
        return NaN;
    ms += hh * 3_600_000 + mm * 60_000;
    let i = s + 16;
    if (i < e && bytes[i] === 58) {
        const ss = digits(bytes, s + 17, 2);
        if (ss < 0 || ss > 59 || s + 19 > e)
            return NaN;
        ms += ss * 1000;
        i = s + 19;
        if (i < e && bytes[i] === 46) {
            let scale = 100;
            let j = i + 1;
            for (; j < e && isDigit(bytes[j]); j++) {
                ms += (bytes[j] - 48) * scale;
                scale /= 10;
            }
            if (j === i + 1)
                return NaN;
            i = j;
        }
    }
    if (i === e)
        return ms;
    const zone = bytes[i];
    if (zone === 90 && i === e - 1)
        return ms; // Z
    if ((zone !== 43 && zone !== 45) || i + 5 > e)
        return NaN;
    const oh = digits(bytes, i + 1, 2);
    const colon = bytes[i + 3] === 58 ? 1 : 0;
    if (i + 5 + colon !== e)
        return NaN;
    const om = digits(bytes, i + 3 + colon, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59)
        return NaN;
    return ms - (zone === 43 ? 1 : -1) * (oh * 3_600_000 + om * 60_000);
}
/** Text as bytes when it is ASCII (the only text that can be a number, date or boolean), else undefined. */
let asciiScratch = new Uint8Array(64);
function asciiBytes(text) {
    if (text.length > asciiScratch.length)
        asciiScratch = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c > 127)
            return undefined;
        asciiScratch[i] = c;
    }
    return asciiScratch;
}
/** Epoch milliseconds of an ISO 8601 date or datetime text (see parseIsoTimeBytes), NaN when it is not one. */
function parseIsoTime(text) {
    const bytes = asciiBytes(text);
    return bytes ? parseIsoTimeBytes(bytes, 0, text.length) : NaN;
}
/** -2, as assembly/csv.ts writes it for every field. */
const NO_CODE_YET = -2;
/** The dictionary code of value i (see Interner), -1 when it has none (typed values, long or rare texts). */
function codeAt(column, i) {
    const source = column.source;
    if (!source)
        return -1;
    const code = source.codes[i];
    return code !== NO_CODE_YET ? code : (source.codes[i] = source.strings.code(source.bytes, source.starts[i], source.ends[i]));
}
/**
 * Whether integer value i is written as String(its number), so that the number stands for its text:
 * no '+' sign and not "-0" (integers never have leading zeros: those are strings).
 */
function isPlainInteger(column, i) {
    const text = column.texts[i];
    if (text !== undefined)
        return text === String(column.numbers[i]);
    const source = column.source;
    return source.bytes[source.starts[i]] !== 43 && !Object.is(column.numbers[i], -0);
}
/** The text of value i (null for a null), made from its bytes on first use. */
function textAt(column, i) {
    if (column.kinds[i] === Kind.null)
        return null;
    const text = column.texts[i];
    if (text !== undefined)
        return text;
    const code = codeAt(column, i);
    const { bytes, starts, ends, strings } = column.source;
    return (column.texts[i] = code >= 0 ? strings.textOf(code) : bytes.toString('utf8', starts[i], ends[i]));
}
/**
 * Types the non-null value in bytes [s, e) by inference (assembly/csv.ts has the same rules for the
 * byte scanner; test/data/csv-bytes.test.ts holds the two to the same answers) and writes out.kinds/out.numbers at i (no
 * allocation: this runs for every field). Integers, decimals and exponents are numbers; identifiers with
 * leading zeros (zip codes) stay strings; ISO dates and datetimes are instants; true/false (any case) booleans.
 */
function classifyBytes(bytes, s, e, out, i) {
    const { kinds, numbers } = out;
    numbers[i] = NaN;
    const first = s < e ? bytes[s] : 0;
    if (isDigit(first) || first === 45 || first === 43 || first === 46) {
        let p = first === 45 || first === 43 ? s + 1 : s;
        const intStart = p;
        let mantissa = 0;
        while (p < e && isDigit(bytes[p]))
            mantissa = mantissa * 10 + bytes[p++] - 48;
        const intDigits = p - intStart;
        if (p === e && intDigits > 0) {
            if (intDigits > 1 && bytes[intStart] === 48) {
                kinds[i] = Kind.string;
                return;
            }
            kinds[i] = Kind.integer;
            numbers[i] = intDigits <= 15 ? (first === 45 ? -mantissa : mantissa) : numberOf(bytes, s, e);
            return;
        }
        let fracDigits = 0;
        if (p < e && bytes[p] === 46) {
            p++;
            while (p < e && isDigit(bytes[p])) {
                mantissa = mantissa * 10 + bytes[p++] - 48;
                fracDigits++;
            }
        }
        let exponent = false;
        if (intDigits + fracDigits > 0 && p < e && (bytes[p] | 32) === 101) {
            p++;
            if (p < e && (bytes[p] === 43 || bytes[p] === 45))
                p++;
            const expStart = p;
            while (p < e && isDigit(bytes[p]))
                p++;
            exponent = p > expStart;
            if (!exponent)
                p = -1;
        }
        if (p === e && intDigits + fracDigits > 0) {
            kinds[i] = Kind.number;
            const exact = !exponent && intDigits + fracDigits <= 15;
            numbers[i] = exact ? (first === 45 ? -mantissa : mantissa) / POW10[fracDigits] : numberOf(bytes, s, e);
            return;
        }
        const n = e - s;
        if (n === 10 || n >= 16) {
            const t = parseIsoTimeBytes(bytes, s, e);
            if (!Number.isNaN(t)) {
                kinds[i] = n === 10 ? Kind.date : Kind.datetime;
                numbers[i] = t;
                return;
            }
        }
        kinds[i] = Kind.string;
        return;
    }
    const n = e - s;
    if ((n === 4 && isWord(bytes, s, 'true')) || (n === 5 && isWord(bytes, s, 'false'))) {
        kinds[i] = Kind.boolean;
        numbers[i] = n === 4 ? 1 : 0;
        return;
    }
    kinds[i] = Kind.string;
}
/** Number() of ASCII bytes: the rare long or exponent forms, where the fast path would not be exact. */
function numberOf(bytes, s, e) {
    let text = '';
    for (let i = s; i < e; i++)
        text += String.fromCharCode(bytes[i]);
    return Number(text);
}
/** Whether bytes at s spell `word` (lower case ASCII), in any case. */
function isWord(bytes, s, word) {
    for (let i = 0; i < word.length; i++)
        if ((bytes[s + i] | 32) !== word.charCodeAt(i))
            return false;
    return true;
}
/** Text from CSV/TSV typed by inference, as classifyBytes types its bytes. */
function classifyText(text, missing, out, i) {
    if (missing.has(text)) {
        out.kinds[i] = Kind.null;
        out.numbers[i] = NaN;
        return;
    }
    const bytes = text.length > 0 ? asciiBytes(text) : undefined;
    if (bytes)
        classifyBytes(bytes, 0, text.length, out, i);
    else {
        out.kinds[i] = Kind.string;
        out.numbers[i] = NaN;
    }
}
/** A typed value from JSON or Parquet. Strings are only recognised as dates, never as numbers. */
function classifyTyped(value) {
    if (value === null || value === undefined)
        return { kind: Kind.null, number: NaN, text: null };
    switch (typeof value) {
        case 'number':
            if (!Number.isFinite(value))
                return { kind: Kind.number, number: value, text: String(value) };
            return { kind: Number.isInteger(value) ? Kind.integer : Kind.number, number: value, text: String(value) };
        case 'bigint':
            return { kind: Kind.integer, number: Number(value), text: value.toString() };
        case 'boolean':
            return { kind: Kind.boolean, number: value ? 1 : 0, text: String(value) };
        case 'string':
            if (value.length === 10 || value.length >= 16) {
                const t = parseIsoTime(value);
                if (!Number.isNaN(t))
                    return { kind: value.length === 10 ? Kind.date : Kind.datetime, number: t, text: value };
            }
            return { kind: Kind.string, number: NaN, text: value };
        default:
            if (value instanceof Date)
                return { kind: Kind.datetime, number: value.getTime(), text: value.toISOString() };
            return { kind: Kind.string, number: NaN, text: JSON.stringify(value) };
    }
}
/**
 * `textual`: the values are CSV/TSV text whose types are to be inferred. `reuse` gives arrays from the
 * previous batch to fill again: fresh typed arrays per batch would be garbage the collector promotes.
 */
function classifyColumn(values, length, missing, textual, reuse) {
    const out = reuse && reuse.kinds.length >= length ? reuse : { kinds: new Uint8Array(length), numbers: new Float64Array(length), texts: new Array(length) };
    const { kinds, numbers, texts } = out;
    for (let i = 0; i < length; i++) {
        const value = values[i];
        if (textual) {
            classifyText(value, missing, out, i);
            texts[i] = kinds[i] === Kind.null ? null : value;
        }
        else {
            const c = classifyTyped(value);
            kinds[i] = c.kind;
            numbers[i] = c.number;
            texts[i] = c.text;
        }
    }
    return out;
}
/** The narrowest type holding every non-null kind seen (a bit mask of kind codes). */
function typeOfKinds(mask) {
    const bits = mask & ~(1 << Kind.null);
    if (bits === 0)
        return 'null';
    if (bits === 1 << Kind.integer)
        return 'integer';
    if ((bits & ~((1 << Kind.integer) | (1 << Kind.number))) === 0)
        return 'number';
    if (bits === 1 << Kind.boolean)
        return 'boolean';
    if (bits === 1 << Kind.date)
        return 'date';
    if ((bits & ~((1 << Kind.date) | (1 << Kind.datetime))) === 0)
        return 'datetime';
    return 'string';
}
/**
 * Classifies every column of a batch, filling the arrays the previous batch used (`scratch`) so that
 * no typed arrays become garbage per batch. A batch the reader classified from bytes is taken as it is.
 */
function classifyBatch(batch, missing, scratch) {
    const classified = new Map();
    batch.columns.forEach((name, c) => {
        if (batch.classified) {
            classified.set(name, batch.classified[c]);
            return;
        }
        const column = classifyColumn(batch.values[c], batch.length, missing, batch.textual, scratch.get(name));
        scratch.set(name, column);
        classified.set(name, column);
    });
    return classified;
}

;// CONCATENATED MODULE: ./src/stats/arrays.ts
// Array helpers for the statistics' hot paths (plain loops: TypedArray.from with a map function is
// several times slower on a million values).
/** Number(value) for each value. */
function toNumbers(values) {
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++)
        out[i] = Number(values[i]);
    return out;
}
/** A weighted sample's size: the sum of its weights, or without weights the number of values. */
function sampleSize(values, weights) {
    if (!weights)
        return values.length;
    let sum = 0;
    for (let i = 0; i < weights.length; i++)
        sum += weights[i];
    return sum;
}
const SMALL_SPAN = 1 << 14;
const countScratch = new Int32Array(SMALL_SPAN);
/**
 * Sorts numbers in place, ascending (NaN last). The native float sort spends most of its time on
 * mispredicted branches; integers, the usual case in data (counts, codes, delays, distances), take a
 * counting sort when their span is at most max(n, 16384), and the faster Int32Array sort otherwise.
 * −0 among integers comes back as 0, an equal value.
 */
function sortNumbers(values) {
    const n = values.length;
    if (n === 0)
        return values;
    let min = Infinity;
    let max = -Infinity;
    let integers = true;
    for (let i = 0; i < n && integers; i++) {
        const x = values[i];
        integers = (x | 0) === x;
        if (x < min)
            min = x;
        if (x > max)
            max = x;
    }
    if (!integers)
        return values.sort();
    const span = max - min + 1;
    if (span <= Math.max(n, SMALL_SPAN)) {
        const counts = span <= SMALL_SPAN ? countScratch.fill(0, 0, span) : new Int32Array(span);
        for (let i = 0; i < n; i++)
            counts[values[i] - min]++;
        for (let v = 0, o = 0; v < span; v++)
            for (let c = counts[v]; c > 0; c--)
                values[o++] = v + min;
        return values;
    }
    const ints = new Int32Array(values).sort();
    for (let i = 0; i < n; i++)
        values[i] = ints[i];
    return values;
}
/**
 * The indices of `values` in ascending order, stable: an LSD radix sort on the IEEE-754 bits, 16 bits
 * per pass (four passes for any n, where a comparison sort of a million scores takes half a second).
 * Values must not be NaN; −0 sorts with +0. (Reads the doubles' words little-endian, as every Node platform is.)
 */
function argsort(values) {
    const n = values.length;
    // Order-preserving keys: flip every bit of negatives, only the sign bit of the rest.
    const copy = new Float64Array(values);
    for (let i = 0; i < n; i++)
        copy[i] += 0;
    const bits = new Uint32Array(copy.buffer);
    const high = new Uint32Array(n);
    const low = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        const hi = bits[2 * i + 1];
        const negative = hi >>> 31 === 1;
        high[i] = negative ? ~hi >>> 0 : (hi | 0x80000000) >>> 0;
        low[i] = negative ? ~bits[2 * i] >>> 0 : bits[2 * i];
    }
    let order = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    let next = new Uint32Array(n);
    const counts = new Uint32Array(1 << 16);
    for (const [key, shift] of [[low, 0], [low, 16], [high, 0], [high, 16]]) {
        counts.fill(0);
        for (let i = 0; i < n; i++)
            counts[(key[i] >>> shift) & 0xffff]++;
        if (counts.includes(n))
            continue; // these 16 bits are the same everywhere
        let sum = 0;
        for (let b = 0; b < counts.length; b++) {
            const c = counts[b];
            counts[b] = sum;
            sum += c;
        }
        for (let k = 0; k < n; k++) {
            const i = order[k];
            next[counts[(key[i] >>> shift) & 0xffff]++] = i;
        }
        [order, next] = [next, order];
    }
    return order;
}
const orders = new WeakMap();
/** argsort(scores), kept while the scores live: the point estimate and the bootstrap sort the same scores. */
function scoreOrder(scores) {
    let order = orders.get(scores);
    if (!order)
        orders.set(scores, (order = argsort(scores)));
    return order;
}

;// CONCATENATED MODULE: ./src/profile/exact.ts
// A column's exact numeric values, as a multiset in one of two forms.
// - Counted: while every value is an integer (under 2^52) within a span of at most the budget and
//   65,536, a dense array holds a count per integer. Memory follows the span, not the rows, so any
//   number of rows stays exact, and the values are already in order.
// - Listed: any other value turns the multiset into Float64Array chunks (8 bytes a value, off the
//   JavaScript heap, no copy as it grows), merged by sharing the other's chunks and sorted once asked.

const exact_CHUNK = 1 << 16;
/** Slots a count array may span (512 KB). */
const MAX_SPAN = 1 << 16;
class ExactValues {
    budget;
    length = 0;
    /** Counted form: counts[i] is how often offset + i occurs; undefined once listed. */
    counts = new Float64Array(0);
    offset = 0;
    low = Infinity;
    high = -Infinity;
    /** Listed form. */
    chunks = [];
    tail = new Float64Array(0);
    filled = 0;
    isSorted = true;
    cached;
    maxSpan;
    /**
     * budget: how many values may be listed. A count array has at most as many slots (and 65,536), so
     * integers within that span stay counted, exactly, however many rows there are.
     */
    constructor(budget = Infinity) {
        this.budget = budget;
        this.maxSpan = Math.min(MAX_SPAN, budget);
    }
    /** From a profile: ascending values, or distinct values with their counts; undefined when over the budget. */
    static of(values, counts, budget) {
        const exact = new ExactValues(budget);
        if (counts) {
            for (let i = 0; i < values.length; i++)
                if (!exact.push(values[i], counts[i]))
                    return undefined;
            return exact;
        }
        if (values.length > exact.budget)
            return undefined;
        const array = values instanceof Float64Array ? values : Float64Array.from(values);
        exact.toList();
        exact.adopt(array);
        let ascending = true;
        for (let i = 1; i < array.length && ascending; i++)
            ascending = array[i - 1] <= array[i];
        exact.isSorted = ascending; // profiles write their values sorted: no second sort
        return exact;
    }
    /** Adds `times` copies of x; false, changing nothing, when that would list more values than the budget. */
    push(x, times = 1) {
        if (this.count(x, times))
            return true;
        if (this.length + times > this.budget)
            return false;
        this.toList();
        for (let i = 0; i < times; i++)
            this.append(x);
        this.isSorted = false;
        return true;
    }
    /** Counts x if the counted form can hold it, growing within its span; false (and nothing changed) if not. */
    count(x, times = 1) {
        const counts = this.counts;
        if (!counts)
            return false;
        const slot = x - this.offset;
        if (!(slot >= 0 && slot < counts.length && Number.isInteger(slot))) {
            if (!Number.isInteger(x) || Math.abs(x) >= 2 ** 52 || !this.cover(Math.min(this.low, x), Math.max(this.high, x)))
                return false;
        }
        this.counts[x - this.offset] += times;
        this.length += times;
        if (x < this.low)
            this.low = x;
        if (x > this.high)
            this.high = x;
        return true;
    }
    /** Adds the other's values (listed chunks are shared, and neither side changes them after); false when over the budget. */
    absorb(other) {
        if (other.length === 0)
            return true;
        if (this.counts && other.counts && this.cover(Math.min(this.low, other.low), Math.max(this.high, other.high))) {
            for (let i = other.low - other.offset; i <= other.high - other.offset; i++)
                this.counts[i + other.offset - this.offset] += other.counts[i];
            this.length += other.length;
            this.low = Math.min(this.low, other.low);
            this.high = Math.max(this.high, other.high);
            return true;
        }
        if (this.length + other.length > this.budget)
            return false;
        if (other.counts) {
            other.forEachCount((x, count) => this.push(x, count));
            return true;
        }
        this.toList();
        other.seal();
        this.seal();
        this.chunks.push(...other.chunks);
        this.length += other.length;
        this.isSorted = this.length === other.length && other.isSorted;
        return true;
    }
    /** The values in order: the counted form as distinct values with counts, the listed form sorted once. */
    sample() {
        if (this.cached?.n === this.length)
            return this.cached;
        if (this.counts) {
            const distinct = [];
            const counts = [];
            this.forEachCount((x, count) => (distinct.push(x), counts.push(count)));
            const ends = new Float64Array(counts.length);
            let total = 0;
            counts.forEach((c, i) => (ends[i] = total += c));
            return (this.cached = { values: Float64Array.from(distinct), counts: Float64Array.from(counts), ends, n: this.length });
        }
        this.seal();
        if (!this.isSorted || this.chunks.length > 1) {
            const all = this.concat(); // a new array: chunks may be shared
            this.chunks = [this.isSorted ? all : sortNumbers(all)];
            this.isSorted = true;
        }
        return (this.cached = { values: this.chunks[0] ?? new Float64Array(0), n: this.length });
    }
    forEachCount(visit) {
        const counts = this.counts;
        for (let i = this.low - this.offset; i <= this.high - this.offset; i++)
            if (counts[i] > 0)
                visit(this.offset + i, counts[i]);
    }
    /**
     * Makes the count array cover low..high, unless that span is wider than the form allows (then the
     * values are listed, if the budget allows). A new array doubles and is centred on the values: each
     * regrowth at least halves the slack left, so there are few.
     */
    cover(low, high) {
        const counts = this.counts;
        if (low >= this.offset && high < this.offset + counts.length)
            return true;
        const span = high - low + 1;
        if (span > this.maxSpan)
            return false;
        let size = Math.max(256, 2 * counts.length);
        while (size < span)
            size *= 2;
        size = Math.min(size, this.maxSpan);
        const offset = Math.floor((low + high + 1 - size) / 2);
        const grown = new Float64Array(size);
        if (this.length > 0)
            grown.set(counts.subarray(this.low - this.offset, this.high - this.offset + 1), this.low - offset);
        this.counts = grown;
        this.offset = offset;
        return true;
    }
    /** Turns the counted form into the listed one (sorted, as counts are). */
    toList() {
        if (!this.counts)
            return;
        this.length = 0;
        this.forEachCount((x, count) => {
            for (let i = 0; i < count; i++)
                this.append(x);
        });
        this.counts = undefined;
        this.cached = undefined;
        this.isSorted = true;
    }
    append(x) {
        if (this.filled === this.tail.length) {
            this.seal();
            this.tail = new Float64Array(exact_CHUNK);
        }
        this.tail[this.filled++] = x;
        this.length++;
    }
    adopt(values) {
        this.seal();
        if (values.length > 0)
            this.chunks.push(values);
        this.length += values.length;
        this.isSorted = false;
    }
    concat() {
        const all = new Float64Array(this.length);
        let at = 0;
        for (const chunk of this.chunks) {
            all.set(chunk, at);
            at += chunk.length;
        }
        return all;
    }
    /** Ends the partly filled chunk: a view of its filled part joins the others. */
    seal() {
        if (this.filled > 0)
            this.chunks.push(this.tail.subarray(0, this.filled));
        this.tail = new Float64Array(0);
        this.filled = 0;
    }
}
/** Linear interpolation between order statistics (numpy's default, type 7). */
function exactQuantile(sample, q) {
    if (sample.n === 0)
        return NaN;
    const h = (sample.n - 1) * q;
    const lo = Math.floor(h);
    const [low, high] = [valueAtRank(sample, lo), valueAtRank(sample, Math.min(lo + 1, sample.n - 1))];
    return low + (h - lo) * (high - low);
}
/** The value at a 0-based rank. */
function valueAtRank(sample, rank) {
    if (!sample.ends)
        return sample.values[rank];
    return sample.values[firstIndex(sample.ends, rank, true)];
}
/** How many values are below x. */
function countBelow(sample, x) {
    const i = firstIndex(sample.values, x, false);
    return sample.ends ? (i === 0 ? 0 : sample.ends[i - 1]) : i;
}
/** The first index of an ascending array whose value is ≥ x, or > x when `past`: a binary search. */
function firstIndex(sorted, x, past) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < x || (past && sorted[mid] === x))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/profile/frequent.ts
// Value counts: exact while the distinct values fit `capacity`, then Misra–Gries heavy hitters
// (counts are lower bounds, off by at most n/capacity). Both forms merge.
class FrequentItems {
    capacity;
    counts = new Map();
    exact = true;
    /** Weight removed by Misra–Gries purges: the most any count can be under its true value. */
    error = 0;
    constructor(capacity = 1000) {
        this.capacity = capacity;
    }
    add(key, weight = 1) {
        const count = this.counts.get(key);
        if (count !== undefined) {
            this.counts.set(key, count + weight);
            return;
        }
        this.counts.set(key, weight);
        if (this.counts.size > (this.exact ? this.capacity : 2 * this.capacity))
            this.purge();
    }
    merge(other) {
        for (const [key, count] of other.counts)
            this.counts.set(key, (this.counts.get(key) ?? 0) + count);
        this.exact &&= other.exact;
        this.error += other.error;
        if (this.counts.size > this.capacity)
            this.purge();
    }
    top(limit) {
        return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
    }
    /** Subtracts the (capacity+1)-th largest count from all (Misra–Gries) and drops what falls to zero. */
    purge() {
        this.exact = false;
        const sorted = [...this.counts.values()].sort((a, b) => b - a);
        const cut = sorted[this.capacity] ?? 0;
        if (cut === 0)
            return;
        this.error += cut;
        for (const [key, count] of this.counts) {
            if (count <= cut)
                this.counts.delete(key);
            else
                this.counts.set(key, count - cut);
        }
    }
}

;// CONCATENATED MODULE: ./src/profile/hll.ts
// HyperLogLog distinct-count estimate (Flajolet et al. 2007) with 2^12 registers (~1.6% error),
// linear counting for small cardinalities; mergeable by register maximum.
const P = 12;
const M = 1 << P;
const ALPHA = 0.7213 / (1 + 1.079 / M);
const floatView = new Float64Array(1);
const wordView = new Uint32Array(floatView.buffer);
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
function hashString(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return fmix32(h);
}
function hashNumber(x) {
    floatView[0] = x === 0 ? 0 : x; // -0 and 0 are one value
    return fmix32(wordView[0] ^ fmix32(wordView[1] + 0x9e3779b9));
}
class HyperLogLog {
    registers;
    constructor(registers) {
        this.registers = registers ?? new Uint8Array(M);
    }
    static fromBase64(text) {
        return new HyperLogLog(new Uint8Array(Buffer.from(text, 'base64')));
    }
    toBase64() {
        return Buffer.from(this.registers).toString('base64');
    }
    add(hash) {
        const index = hash >>> (32 - P);
        const rest = (hash << P) | (1 << (P - 1)); // guard bit bounds the rank
        const rank = Math.clz32(rest) + 1;
        if (rank > this.registers[index])
            this.registers[index] = rank;
    }
    merge(other) {
        for (let i = 0; i < M; i++)
            if (other.registers[i] > this.registers[i])
                this.registers[i] = other.registers[i];
    }
    estimate() {
        let sum = 0;
        let zeros = 0;
        for (let i = 0; i < M; i++) {
            sum += 2 ** -this.registers[i];
            if (this.registers[i] === 0)
                zeros++;
        }
        const raw = (ALPHA * M * M) / sum;
        if (raw <= 2.5 * M && zeros > 0)
            return Math.round(M * Math.log(M / zeros));
        return Math.round(raw);
    }
}

;// CONCATENATED MODULE: ./src/profile/kll.ts
// KLL quantile sketch (Karnin, Lang & Liberty, "Optimal Quantile Approximation in Streams", FOCS 2016):
// mergeable, memory O(k log(n/k)), rank error about 1.65/k. Coin flips come from a seeded
// generator so the same data gives the same sketch.
//
// Laid out as Apache DataSketches does: level 0 is a flat buffer of raw values, sorted natively when
// full; every higher level is kept sorted, so a compaction is a linear merge, never a re-sort. No
// compactor is narrower than MIN_WIDTH, and level 0 holds at least 2k values (a wider level only lowers
// the error).

const MIN_WIDTH = 8;
/**
 * Level 0 is at least this wide: each of its compactions sorts it (the sketch's main cost) and cascades
 * through the narrow levels above, so fewer, larger compactions cost less (3M small integers: 220 -> 55 ms).
 */
const LEVEL0_MIN = 4096;
/** Merges two sorted runs into one sorted array. */
function mergeSorted(a, b) {
    const out = new Float64Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < a.length && j < b.length)
        out[o++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length)
        out[o++] = a[i++];
    while (j < b.length)
        out[o++] = b[j++];
    return out;
}
class KllSketch {
    k;
    /** Level 0: raw values, unsorted, in a flat buffer. */
    buffer;
    buffered = 0;
    /** Levels 1…: sorted, each item weighing 2^level. levels[0] is unused (the buffer). */
    levels = [new Float64Array(0)];
    seed;
    n = 0;
    constructor(k = 200, seed = 0x9e3779b9) {
        this.k = k;
        this.seed = seed >>> 0 || 1;
        this.buffer = new Float64Array(Math.max(2 * k, LEVEL0_MIN));
    }
    static fromJSON(json) {
        const sketch = new KllSketch(json.k, json.seed);
        const [level0 = [], ...rest] = json.levels;
        sketch.levels = [new Float64Array(0), ...rest.map((l) => Float64Array.from(l).sort())];
        for (const x of level0)
            sketch.push0(x);
        sketch.n = json.n;
        return sketch;
    }
    toJSON() {
        return { k: this.k, n: this.n, levels: [Array.from(this.buffer.subarray(0, this.buffered)), ...this.levels.slice(1).map((l) => Array.from(l))], seed: this.seed };
    }
    update(x) {
        this.n++;
        this.push0(x);
    }
    /**
     * Adds distinct ascending values, each counts[i] times: a count's binary digits place the value at
     * the levels whose items weigh those powers of two, as a merge places another sketch's items.
     */
    addCounts(values, counts) {
        const runs = [];
        for (let i = 0; i < values.length; i++) {
            for (let h = 0, c = counts[i]; c > 0; h++, c = Math.floor(c / 2))
                if (c % 2 === 1)
                    (runs[h] ??= []).push(values[i]);
            this.n += counts[i];
        }
        for (let h = runs.length - 1; h >= 1; h--)
            if (runs[h])
                this.insert(h, Float64Array.from(runs[h]));
        for (const x of runs[0] ?? [])
            this.push0(x);
    }
    merge(other) {
        for (let h = 1; h < other.levels.length; h++)
            this.insert(h, other.levels[h]);
        for (let i = 0; i < other.buffered; i++)
            this.push0(other.buffer[i]);
        this.n += other.n;
    }
    /** Items with their weights, sorted: the sketch's stand-in for the sorted sample. Kept until the sketch changes. */
    weighted() {
        if (this.weightedCache?.n === this.n)
            return this.weightedCache.items;
        const pairs = [];
        for (let i = 0; i < this.buffered; i++)
            pairs.push([this.buffer[i], 1]);
        this.levels.forEach((items, h) => items.forEach((v) => pairs.push([v, 2 ** h])));
        pairs.sort((a, b) => a[0] - b[0]);
        const items = { values: pairs.map((p) => p[0]), weights: pairs.map((p) => p[1]) };
        this.weightedCache = { n: this.n, items };
        return items;
    }
    weightedCache;
    /** Fraction of the weight at or below x (the empirical CDF). */
    cdf(x) {
        const { values, weights } = this.weighted();
        let below = 0;
        let total = 0;
        values.forEach((v, i) => {
            total += weights[i];
            if (v <= x)
                below += weights[i];
        });
        return total === 0 ? NaN : below / total;
    }
    quantile(q) {
        const { values, weights } = this.weighted();
        if (values.length === 0)
            return NaN;
        const total = weights.reduce((a, b) => a + b, 0);
        let acc = 0;
        for (let i = 0; i < values.length; i++) {
            acc += weights[i];
            if (acc >= q * total)
                return values[i];
        }
        return values[values.length - 1];
    }
    push0(x) {
        this.buffer[this.buffered++] = x;
        if (this.buffered === this.buffer.length) {
            this.buffered = 0;
            this.insert(1, this.halve(sortNumbers(this.buffer), 0)); // even length: nothing stays at level 0
        }
    }
    /** Capacity of level h: k·(2/3)^(depth), depth counted from the top level, at least MIN_WIDTH. */
    capacity(h) {
        return Math.max(MIN_WIDTH, Math.ceil(this.k * (2 / 3) ** (this.levels.length - 1 - h)));
    }
    /** Adds a sorted run to level h; a level over capacity halves into the next one. */
    insert(h, run) {
        while (this.levels.length <= h)
            this.levels.push(new Float64Array(0));
        const merged = mergeSorted(this.levels[h], run);
        if (merged.length < this.capacity(h)) {
            this.levels[h] = merged;
            return;
        }
        this.levels[h] = new Float64Array(0);
        this.insert(h + 1, this.halve(merged, h));
    }
    /** Every other item of a sorted run, from a random offset; an odd item out stays at `level`. */
    halve(sorted, level) {
        const even = sorted.length - (sorted.length % 2);
        if (even < sorted.length) {
            if (level === 0)
                this.buffer[this.buffered++] = sorted[even];
            else
                this.levels[level] = mergeSorted(this.levels[level], sorted.subarray(even));
        }
        const offset = this.random();
        const out = new Float64Array(even / 2);
        for (let i = offset, o = 0; i < even; i += 2)
            out[o++] = sorted[i];
        return out;
    }
    random() {
        // xorshift32
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x >>> 0;
        return this.seed & 1;
    }
}

;// CONCATENATED MODULE: ./src/profile/moments.ts
const emptyMoments = () => ({ n: 0, mean: 0, m2: 0, min: Infinity, max: -Infinity });
function addValue(m, x) {
    m.n++;
    const delta = x - m.mean;
    m.mean += delta / m.n;
    m.m2 += delta * (x - m.mean);
    if (x < m.min)
        m.min = x;
    if (x > m.max)
        m.max = x;
}
/** The moments of distinct ascending values with their counts, in two passes (mean, then squared deviations). */
function momentsOfCounts(values, counts) {
    let n = 0;
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
        n += counts[i];
        sum += counts[i] * values[i];
    }
    if (n === 0)
        return emptyMoments();
    const mean = sum / n;
    let m2 = 0;
    for (let i = 0; i < values.length; i++)
        m2 += counts[i] * (values[i] - mean) ** 2;
    return { n, mean, m2, min: values[0], max: values[values.length - 1] };
}
/** Chan, Golub & LeVeque (1979): combine the moments of two disjoint samples. */
function mergeMoments(a, b) {
    if (a.n === 0)
        return { ...b };
    if (b.n === 0)
        return { ...a };
    const n = a.n + b.n;
    const delta = b.mean - a.mean;
    return {
        n,
        mean: a.mean + (delta * b.n) / n,
        m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n,
        min: Math.min(a.min, b.min),
        max: Math.max(a.max, b.max),
    };
}
/** Population variance (ddof 0), as Evidently normalises Wasserstein; sample variance with ddof 1. */
function variance(m, ddof = 1) {
    return m.n - ddof > 0 ? m.m2 / (m.n - ddof) : NaN;
}

;// CONCATENATED MODULE: ./src/profile/column.ts
// One column's mergeable profile: counts by kind, moments, text lengths, distinct estimate,
// frequent values, and the numeric distribution (exact values while they fit, a KLL sketch always).







const DEFAULT_PROFILE_OPTIONS = { exactLimit: 10_000, frequentCapacity: 1000, kllK: 200 };
const BINS = 10;
class ColumnProfile {
    name;
    options;
    count = 0;
    nulls = 0;
    kindCounts = new Array(KIND_NAMES.length).fill(0);
    temporalMin = Infinity;
    temporalMax = -Infinity;
    minLength = Infinity;
    maxLength = -Infinity;
    /** Exact numeric values, while they fit options.exactLimit (see there). */
    values;
    /**
     * While the numeric values are integers counted per value (see ExactValues) and written as
     * String(x), they are only counted: the moments, sketch, distinct estimate and frequent values are
     * derived from the counts when first read (settle), which saves the work per value.
     */
    pending = true;
    _moments = emptyMoments();
    _hll = new HyperLogLog();
    _frequent;
    _kll;
    constructor(name, options = DEFAULT_PROFILE_OPTIONS) {
        this.name = name;
        this.options = options;
        this._frequent = new FrequentItems(options.frequentCapacity);
        this._kll = new KllSketch(options.kllK);
        this.values = new ExactValues(options.exactLimit);
    }
    get moments() {
        this.settle();
        return this._moments;
    }
    get hll() {
        this.settle();
        return this._hll;
    }
    get frequent() {
        this.settle();
        return this._frequent;
    }
    get kll() {
        this.settle();
        return this._kll;
    }
    /** Folds the counted values into the summaries; values after this are summarised one by one. */
    settle() {
        if (!this.pending)
            return;
        this.pending = false;
        const sample = this.values?.sample();
        if (!sample?.counts || sample.n === 0)
            return;
        const { values, counts } = sample;
        this._moments = mergeMoments(this._moments, momentsOfCounts(values, counts));
        this._kll.addCounts(values, counts);
        for (let i = 0; i < values.length; i++) {
            this._hll.add(hashNumber(values[i]));
            this.addFrequentNumber(String(values[i]), counts[i]);
        }
    }
    get type() {
        let mask = 0;
        this.kindCounts.forEach((c, kind) => (mask |= c > 0 ? 1 << kind : 0));
        return typeOfKinds(mask);
    }
    /** Adds rows that lack this column entirely (a JSON key that appears later). */
    addMissing(rows) {
        this.count += rows;
        this.nulls += rows;
        this.kindCounts[Kind.null] += rows;
    }
    add(column, length) {
        const { kinds, numbers } = column;
        const counts = this.kindCounts;
        this.count += length;
        let previous = NaN;
        for (let i = 0; i < length; i++) {
            const kind = kinds[i];
            counts[kind]++;
            if (kind === Kind.null) {
                this.nulls++;
                continue;
            }
            if (kind === Kind.integer || kind === Kind.number) {
                const x = numbers[i];
                if (!Number.isFinite(x))
                    continue;
                if (this.pending) {
                    if (kind === Kind.integer && isPlainInteger(column, i) && this.values.count(x))
                        continue;
                    this.settle(); // x cannot be counted, or its text is not String(x): from here on, value by value
                }
                addValue(this._moments, x);
                this._kll.update(x);
                if (x !== previous)
                    this._hll.add(hashNumber(x)); // adding a value again changes nothing
                previous = x;
                if (this.values && !this.values.push(x))
                    this.values = undefined; // over the budget: the sketch remains
                // A numeric column with many values has no useful "frequent" set; stop paying for it.
                if (this._frequent && !this.tally(column, i, kind))
                    this.addFrequentNumber(textAt(column, i), 1);
                continue;
            }
            if (kind === Kind.date || kind === Kind.datetime) {
                const t = numbers[i];
                if (t < this.temporalMin)
                    this.temporalMin = t;
                if (t > this.temporalMax)
                    this.temporalMax = t;
                if (t !== previous)
                    this._hll.add(hashNumber(t)); // time series repeat instants
                previous = t;
                // Like numbers, instants have no useful "frequent" set once there are many of them.
                if (this._frequent && !this.tally(column, i, kind))
                    this.addFrequentNumber(textAt(column, i), 1);
                continue;
            }
            if (!this.tally(column, i, kind))
                this.addText(textAt(column, i), 1);
        }
        this.flushTally(column);
    }
    addText(text, count) {
        if (text.length < this.minLength)
            this.minLength = text.length;
        if (text.length > this.maxLength)
            this.maxLength = text.length;
        this._hll.add(hashString(text));
        this._frequent?.add(text, count);
    }
    addFrequentNumber(text, count) {
        if (!this._frequent)
            return;
        this._frequent.add(text, count);
        if (!this._frequent.exact)
            this._frequent = undefined;
    }
    /**
     * Values read from bytes have a dictionary code (data/interner.ts) when they repeat: they are counted
     * by code here and profiled as text once per distinct value and batch, in flushTally.
     */
    tallyCounts;
    tallyKinds = new Uint8Array(MAX_ENTRIES);
    tallied = [];
    tally(column, i, kind) {
        const code = codeAt(column, i);
        if (code < 0)
            return false;
        const tallyCounts = (this.tallyCounts ??= new Int32Array(MAX_ENTRIES));
        if (tallyCounts[code]++ === 0) {
            this.tallied.push(code);
            this.tallyKinds[code] = kind;
        }
        return true;
    }
    flushTally(column) {
        for (const code of this.tallied) {
            const text = column.source.strings.textOf(code);
            const count = this.tallyCounts[code];
            this.tallyCounts[code] = 0;
            if (this.tallyKinds[code] === Kind.string || this.tallyKinds[code] === Kind.boolean)
                this.addText(text, count);
            else
                this.addFrequentNumber(text, count);
        }
        this.tallied.length = 0;
    }
    merge(other) {
        this.settle();
        other.settle();
        this.count += other.count;
        this.nulls += other.nulls;
        other.kindCounts.forEach((c, k) => (this.kindCounts[k] += c));
        this._moments = mergeMoments(this._moments, other._moments);
        this.temporalMin = Math.min(this.temporalMin, other.temporalMin);
        this.temporalMax = Math.max(this.temporalMax, other.temporalMax);
        this.minLength = Math.min(this.minLength, other.minLength);
        this.maxLength = Math.max(this.maxLength, other.maxLength);
        this._hll.merge(other._hll);
        if (this._frequent && other._frequent)
            this._frequent.merge(other._frequent);
        else if (this._moments.n > 0 || other._frequent === undefined)
            this._frequent = undefined;
        if (!(this.values && other.values && this.values.absorb(other.values)))
            this.values = undefined;
        this._kll.merge(other._kll);
    }
    distinct() {
        if (this.frequent?.exact)
            return { estimate: this.frequent.counts.size, exact: true };
        return { estimate: this.hll.estimate(), exact: false };
    }
    quantile(q) {
        const sample = this.exactSample();
        return sample ? exactQuantile(sample, q) : this.kll.quantile(q);
    }
    /** The exact values in order, computed once until more values arrive. */
    exactSample() {
        return this.values?.sample();
    }
    toJSON(summaries = true) {
        const kinds = {};
        this.kindCounts.forEach((c, k) => c > 0 && (kinds[KIND_NAMES[k]] = c));
        const out = {
            name: this.name,
            type: this.type,
            count: this.count,
            nulls: this.nulls,
            kinds,
            distinct: { ...this.distinct(), hll: this.hll.toBase64() },
        };
        if (this.moments.n > 0) {
            const v = variance(this.moments, 1);
            out.numeric = { ...this.moments, variance: v, std: Math.sqrt(v) };
            const qs = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
            const sample = this.exactSample();
            const written = (array) => (summaries ? Array.from(array) : array);
            out.distribution = {
                exact: sample !== undefined,
                ...(sample ? { values: written(sample.values) } : {}),
                ...(sample?.counts ? { counts: written(sample.counts) } : {}),
                sketch: this.kll.toJSON(),
                quantiles: summaries ? Object.fromEntries(qs.map((q) => [`p${Math.round(q * 100)}`, this.quantile(q)])) : {},
            };
            if (summaries)
                out.bins = this.referenceBins();
        }
        if (Number.isFinite(this.temporalMin))
            out.temporal = { min: new Date(this.temporalMin).toISOString(), max: new Date(this.temporalMax).toISOString() };
        if (Number.isFinite(this.minLength))
            out.text = { minLength: this.minLength, maxLength: this.maxLength };
        if (this.frequent)
            out.frequent = { exact: this.frequent.exact, error: this.frequent.error, items: this.frequent.top(this.options.frequentCapacity) };
        return out;
    }
    static fromJSON(json, options = DEFAULT_PROFILE_OPTIONS) {
        const p = new ColumnProfile(json.name, options);
        p.pending = false; // the summaries are read, not derived
        p.count = json.count;
        p.nulls = json.nulls;
        for (const [name, c] of Object.entries(json.kinds))
            p.kindCounts[KIND_NAMES.indexOf(name)] = c;
        if (json.numeric)
            p._moments = { n: json.numeric.n, mean: json.numeric.mean, m2: json.numeric.m2, min: json.numeric.min, max: json.numeric.max };
        if (json.temporal) {
            p.temporalMin = Date.parse(json.temporal.min);
            p.temporalMax = Date.parse(json.temporal.max);
        }
        if (json.text) {
            p.minLength = json.text.minLength;
            p.maxLength = json.text.maxLength;
        }
        p._hll = HyperLogLog.fromBase64(json.distinct.hll);
        if (json.frequent) {
            p._frequent = new FrequentItems(options.frequentCapacity);
            p._frequent.counts = new Map(json.frequent.items);
            p._frequent.exact = json.frequent.exact;
            p._frequent.error = json.frequent.error;
        }
        else
            p._frequent = undefined;
        p.values = json.distribution ? json.distribution.values && ExactValues.of(json.distribution.values, json.distribution.counts, options.exactLimit) : new ExactValues(options.exactLimit);
        if (json.distribution)
            p._kll = KllSketch.fromJSON(json.distribution.sketch);
        return p;
    }
    /** Decile edges of this (reference) data, frozen so that a later sample is binned the same way. */
    referenceBins() {
        const edges = [this.moments.min];
        for (let b = 1; b < BINS; b++) {
            const q = this.quantile(b / BINS);
            if (q > edges[edges.length - 1])
                edges.push(q);
        }
        if (this.moments.max > edges[edges.length - 1] || edges.length === 1)
            edges.push(this.moments.max);
        return { edges, counts: this.binCounts(edges) };
    }
    /** Counts per bin [e0,e1), [e1,e2) … [e_{n-1}, e_n]; values outside fall into the outer bins. */
    binCounts(edges) {
        const counts = new Array(edges.length - 1).fill(0);
        const sample = this.exactSample();
        if (sample) {
            // Bin i ends where values reach edges[i+1]: one binary search per inner edge.
            let start = 0;
            for (let b = 0; b < counts.length - 1; b++) {
                const end = countBelow(sample, edges[b + 1]);
                counts[b] = end - start;
                start = end;
            }
            counts[counts.length - 1] = sample.n - start;
            return counts;
        }
        const { values, weights } = this.kll.weighted();
        const scale = this.moments.n / weights.reduce((a, b) => a + b, 0);
        values.forEach((x, i) => (counts[binOf(edges, x)] += weights[i] * scale));
        return counts.map((c) => Math.round(c));
    }
}
function binOf(edges, x) {
    let lo = 0;
    let hi = edges.length - 2;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (x >= edges[mid])
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/profile/dataset.ts
// The dataset profile contract (kind mlops-actions/profile, version 1): per-column mergeable
// profiles plus where the data came from. Profiles of shards merge into the profile of the whole.


const PROFILE_KIND = 'mlops-actions/profile';
const PROFILE_VERSION = 1;
/** sha256 over the files' own sha256 in path order: the same bytes give the same fingerprint. */
function fingerprintOf(sources) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    for (const s of [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)))
        hash.update(`${s.sha256}  ${s.file}\n`);
    return hash.digest('hex');
}
class dataset_DatasetProfile {
    options;
    rows = 0;
    sources = [];
    columns = new Map();
    constructor(options = DEFAULT_PROFILE_OPTIONS) {
        this.options = options;
    }
    /** The column's profile; a column first seen now was absent (null) in the rows before. */
    column(name) {
        let column = this.columns.get(name);
        if (!column) {
            column = new ColumnProfile(name, this.options);
            if (this.rows > 0)
                column.addMissing(this.rows);
            this.columns.set(name, column);
        }
        return column;
    }
    /** Adds one batch: classified values for the columns present, absence for the others. */
    addBatch(classified, length) {
        for (const [name, column] of classified)
            this.column(name).add(column, length);
        for (const [name, column] of this.columns)
            if (!classified.has(name))
                column.addMissing(length);
        this.rows += length;
    }
    merge(other) {
        for (const [name, theirs] of other.columns) {
            const mine = this.columns.get(name);
            if (mine)
                mine.merge(theirs);
            else {
                const fresh = new ColumnProfile(name, this.options);
                fresh.addMissing(this.rows);
                fresh.merge(theirs);
                this.columns.set(name, fresh);
            }
        }
        for (const [name, mine] of this.columns)
            if (!other.columns.has(name))
                mine.addMissing(other.rows);
        this.rows += other.rows;
        this.sources.push(...other.sources);
    }
    /** Rows, fingerprint and sources: what a report names, without serialising the columns. */
    summary() {
        return { rows: this.rows, fingerprint: fingerprintOf(this.sources), sources: this.sources };
    }
    /** `summaries`: also the quantiles and reference bins, derived from the rest (a shard merged elsewhere needs none). */
    toJSON(summaries = true) {
        return {
            kind: PROFILE_KIND,
            version: PROFILE_VERSION,
            created: new Date().toISOString(),
            rows: this.rows,
            fingerprint: fingerprintOf(this.sources),
            sources: this.sources,
            options: this.options,
            columns: [...this.columns.values()].map((c) => c.toJSON(summaries)),
        };
    }
    static fromJSON(json) {
        if (json.kind !== PROFILE_KIND || json.version !== PROFILE_VERSION) {
            throw new Error(`not an ${PROFILE_KIND} version ${PROFILE_VERSION} document (kind ${JSON.stringify(json.kind)}, version ${JSON.stringify(json.version)})`);
        }
        const profile = new dataset_DatasetProfile(json.options);
        profile.rows = json.rows;
        profile.sources = json.sources;
        for (const c of json.columns)
            profile.columns.set(c.name, ColumnProfile.fromJSON(c, json.options));
        return profile;
    }
}

;// CONCATENATED MODULE: ./src/profile/build.ts
// Profiles data files: one streaming pass each. Given a worker pool, the files are its tasks, so the
// reference and the current data of a drift check are read at the same time.



/** One file in one pass; malformed parts are counted, not fatal. */
async function profileOne(file, options, missing) {
    const profile = new dataset_DatasetProfile(options);
    const malformed = [];
    const scratch = new Map();
    let rows = 0;
    const summary = await readTable(file.path, { format: file.format, gzip: file.gzip, missing }, {
        batch: (batch) => {
            rows += batch.length;
            profile.addBatch(classifyBatch(batch, missing, scratch), batch.length);
        },
        malformed: (problem) => malformed.push({ ...problem, file: file.display }),
    });
    profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
    return { profile, malformed };
}
/** A task of the worker pool: one file's profile, as the contract's JSON without the derived summaries. */
async function profileFileTask(input) {
    const { profile, malformed } = await profileOne(input.file, input.options, new Set(input.missing));
    return { profile: profile.toJSON(false), malformed };
}
/** The pool's task on the calling thread: the profile itself, which needs no copy into JSON. */
const profileFileHere = (input) => profileOne(input.file, input.options, new Set(input.missing));
/** Profiles data files, merged in the order given; on the pool's threads when one is given (see profileFileHere). */
async function profileFiles(files, options, pool, missing = ['']) {
    const fromPool = async (file) => {
        const { profile, malformed } = (await pool.run('profile-file', { file, options, missing: [...missing] }));
        return { profile: profile instanceof DatasetProfile ? profile : DatasetProfile.fromJSON(profile), malformed };
    };
    const parts = pool ? await Promise.all(files.map(fromPool)) : [];
    if (!pool)
        for (const file of files)
            parts.push(await profileOne(file, options, new Set(missing)));
    if (parts.length === 1)
        return parts[0];
    const profile = new DatasetProfile(options);
    for (const part of parts)
        profile.merge(part.profile);
    return { profile, malformed: parts.flatMap((part) => part.malformed) };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/data/ranges.ts
// Splits a large uncompressed CSV/TSV file into byte ranges that each start after a newline, so that
// ranges can be read on several threads. Only sound when no field is quoted (a quoted field may hold a
// newline): the plan gives up on a quote in the first window, and each range's reader reports any other.



/** Reads for the header and for each newline after a range's nominal end. */
const WINDOW = 1 << 16;
/** Byte ranges of about `rangeBytes`; undefined when the file is one range or its header is not plain. */
async function planRanges(file, format, rangeBytes) {
    const handle = await (0,promises_namespaceObject.open)(file, 'r');
    try {
        const { size } = await handle.stat();
        if (size <= rangeBytes)
            return undefined;
        const head = Buffer.alloc(Math.min(size, WINDOW));
        await handle.read(head, 0, head.length, 0);
        let columns;
        const parser = new CsvParser({ header: (names) => (columns ??= names), row: () => { }, malformed: () => { } }, { delimiter: delimiterOf(format), maxRowChars: head.length });
        parser.push(head.subarray(0, head.lastIndexOf(10) + 1));
        if (!columns || parser.quoted)
            return undefined;
        const ranges = [];
        let start = 0;
        const window = Buffer.alloc(WINDOW);
        for (let from = rangeBytes; from < size;) {
            const { bytesRead } = await handle.read(window, 0, WINDOW, from);
            const newline = window.subarray(0, bytesRead).indexOf(10);
            if (newline === -1) {
                from += bytesRead; // a long line: look further
                continue;
            }
            const end = from + newline + 1;
            if (end >= size)
                break;
            ranges.push({ start, end });
            start = end;
            from = end + rangeBytes;
        }
        ranges.push({ start, end: size });
        return ranges.length > 1 ? { columns, ranges } : undefined;
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/profile/index.ts








;// CONCATENATED MODULE: ./src/runtime/worker-pool.ts
// A small pool of threads for the tasks in src/entries/worker.ts: worker threads running the bundle's
// dist/worker/ (or, under the test runner, the TypeScript entry through tsx), and optionally the
// calling thread itself, which is warm and needs no start-up while the workers boot.

/** A small young generation keeps each worker's memory low; a larger one only delays promotion. */
const YOUNG_GENERATION_MB = 24;
function workerEntry() {
    const fromSources = import.meta.url.endsWith('.ts');
    // A computed path, which the bundler leaves alone (a literal one it would try to bundle as an asset).
    const entry = fromSources ? '../entries/worker.ts' : './worker/index.js';
    return { url: new URL(entry, import.meta.url), execArgv: fromSources ? ['--import', 'tsx'] : [] };
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
        const { url, execArgv } = workerEntry();
        for (let i = 0; i < workers; i++) {
            const worker = new external_node_worker_threads_namespaceObject.Worker(url, { execArgv, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
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

;// CONCATENATED MODULE: ./src/validate/checks.ts
// Row-level checks: each looks at one classified non-null value and says whether it passes.
// Nulls never reach them (they are counted apart); aggregates are judged from the profile.


const MAX_EXAMPLES = 20;
/** Kinds with an order: numbers, and dates as instants. */
const COMPARABLE = Uint8Array.from([0, 0, 1, 1, 1, 1, 0]);
const COMPARABLE_MASK = (1 << Kind.integer) | (1 << Kind.number) | (1 << Kind.date) | (1 << Kind.datetime);
function summarize({ kinds, numbers }, length) {
    let nulls = 0;
    let mask = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < length; i++) {
        const kind = kinds[i];
        mask |= 1 << kind;
        if (kind === Kind.null)
            nulls++;
        else if (COMPARABLE[kind] === 1) {
            const x = numbers[i];
            if (x < min)
                min = x;
            if (x > max)
                max = x;
            if (x !== x)
                min = max = NaN; // no comparison passes after: the checks look at every row
        }
    }
    return { nulls, kinds: mask, min, max };
}
/**
 * The loop for checks whose test needs the value's text or kind (pattern, allowed, lengths). A value
 * with a dictionary code is tested once per code: same bytes, same kind, number and text.
 */
function eachNonNull(test) {
    let memo; // per code: 0 not tested, 1 passed, -1 failed
    return (column, length, fail) => {
        const { kinds, numbers, source } = column;
        if (source && memo?.strings !== source.strings)
            memo = { strings: source.strings, passed: new Int8Array(MAX_ENTRIES) };
        for (let i = 0; i < length; i++) {
            const kind = kinds[i];
            if (kind === Kind.null)
                continue;
            const code = codeAt(column, i);
            if (code < 0) {
                if (!test(kind, numbers[i], textAt(column, i)))
                    fail(i);
                continue;
            }
            const passed = memo.passed;
            if (passed[code] === 0)
                passed[code] = test(kind, numbers[i], textAt(column, i)) ? 1 : -1;
            if (passed[code] === -1)
                fail(i);
        }
    };
}
/** A running row check. */
class RowCheck {
    column;
    check;
    spec;
    expected;
    scan;
    judgesNulls;
    failed = 0;
    evaluated = 0;
    nulls = 0;
    examples = [];
    constructor(column, check, spec, expected, scan, 
    /** Also judge nulls (the not-null check); otherwise nulls are skipped. */
    judgesNulls = false) {
        this.column = column;
        this.check = check;
        this.spec = spec;
        this.expected = expected;
        this.scan = scan;
        this.judgesNulls = judgesNulls;
    }
    fail(example) {
        this.failed++;
        if (this.examples.length < MAX_EXAMPLES)
            this.examples.push(example);
    }
    result() {
        const share = this.evaluated === 0 ? 0 : this.failed / this.evaluated;
        const passed = this.failed === 0 || (this.evaluated > 0 && 1 - share >= this.spec.mostly);
        const mostly = this.spec.mostly < 1 ? ` (mostly ${this.spec.mostly}: ${((1 - share) * 100).toFixed(2)}% passed)` : '';
        const nulls = this.nulls > 0 ? `; ${this.nulls} null value(s) not checked` : '';
        return {
            id: `${this.column}: ${this.check}`,
            column: this.column,
            check: this.check,
            severity: this.spec.severity,
            status: passed ? 'passed' : 'failed',
            expected: this.expected,
            failed: this.failed,
            evaluated: this.evaluated,
            nulls: this.nulls,
            share,
            mostly: this.spec.mostly,
            examples: this.examples,
            message: `${this.failed} of ${this.evaluated} value(s) ${this.judgesNulls ? 'are null' : `are not ${this.expected}`}${mostly}${nulls}`,
        };
    }
}
const ACCEPTED_KINDS = {
    integer: [Kind.integer],
    number: [Kind.integer, Kind.number],
    boolean: [Kind.boolean],
    date: [Kind.date],
    datetime: [Kind.date, Kind.datetime],
    string: [Kind.boolean, Kind.integer, Kind.number, Kind.date, Kind.datetime, Kind.string],
    categorical: [Kind.boolean, Kind.integer, Kind.number, Kind.date, Kind.datetime, Kind.string],
};
/** Dates in bounds are compared as instants; numbers as numbers. */
function boundValue(bound) {
    return typeof bound === 'number' ? bound : Date.parse(bound.replace(' ', 'T'));
}
function typeScan(type) {
    const accepted = new Uint8Array(7);
    let acceptedMask = 1 << Kind.null;
    for (const kind of ACCEPTED_KINDS[type]) {
        accepted[kind] = 1;
        acceptedMask |= 1 << kind;
    }
    return ({ kinds }, length, fail, summary) => {
        if ((summary.kinds & ~acceptedMask) === 0)
            return;
        for (let i = 0; i < length; i++) {
            const kind = kinds[i];
            if (kind !== Kind.null && accepted[kind] === 0)
                fail(i);
        }
    };
}
function boundScan(bound, isMin, strict) {
    const inBounds = (x) => (isMin ? (strict ? x > bound : x >= bound) : strict ? x < bound : x <= bound);
    return ({ kinds, numbers }, length, fail, summary) => {
        const onlyComparable = (summary.kinds & ~(COMPARABLE_MASK | (1 << Kind.null))) === 0;
        if (onlyComparable && (summary.min === Infinity || inBounds(isMin ? summary.min : summary.max)))
            return;
        for (let i = 0; i < length; i++) {
            const kind = kinds[i];
            if (kind === Kind.null)
                continue;
            const x = numbers[i];
            const ok = COMPARABLE[kind] === 1 && inBounds(x);
            if (!ok)
                fail(i);
        }
    };
}
const notNullScan = ({ kinds }, length, fail, summary) => {
    if (summary.nulls === 0)
        return;
    for (let i = 0; i < length; i++)
        if (kinds[i] === Kind.null)
            fail(i);
};
/** The row checks a column's schema asks for. */
function rowChecksFor(column) {
    const checks = [];
    const name = column.name;
    if (column.type)
        checks.push(new RowCheck(name, 'type', column.type, `of type ${column.type.value}`, typeScan(column.type.value)));
    if (column.nullable && !column.nullable.value)
        checks.push(new RowCheck(name, 'not-null', column.nullable, 'not null', notNullScan, true));
    if (column.min) {
        const strict = column.strictMin;
        checks.push(new RowCheck(name, 'min', column.min, `${strict ? '>' : '≥'} ${column.min.value}`, boundScan(boundValue(column.min.value), true, strict)));
    }
    if (column.max) {
        const strict = column.strictMax;
        checks.push(new RowCheck(name, 'max', column.max, `${strict ? '<' : '≤'} ${column.max.value}`, boundScan(boundValue(column.max.value), false, strict)));
    }
    if (column.allowed) {
        const allowed = new Set(column.allowed.value);
        const shown = column.allowed.value.length <= 10 ? column.allowed.value.join(', ') : `${column.allowed.value.slice(0, 10).join(', ')}, … (${column.allowed.value.length} values)`;
        checks.push(new RowCheck(name, 'allowed', column.allowed, `one of ${shown}`, eachNonNull((_k, _x, text) => allowed.has(text))));
    }
    if (column.pattern) {
        const pattern = new RegExp(column.pattern.value, 'u');
        checks.push(new RowCheck(name, 'pattern', column.pattern, `matching /${column.pattern.value}/`, eachNonNull((_k, _x, text) => pattern.test(text))));
    }
    if (column.minLength) {
        const min = column.minLength.value;
        checks.push(new RowCheck(name, 'min-length', column.minLength, `at least ${min} characters long`, eachNonNull((_k, _x, text) => [...text].length >= min)));
    }
    if (column.maxLength) {
        const max = column.maxLength.value;
        checks.push(new RowCheck(name, 'max-length', column.maxLength, `at most ${max} characters long`, eachNonNull((_k, _x, text) => text.length <= max || [...text].length <= max)));
    }
    return checks;
}
/**
 * Values that must not repeat: every occurrence of a repeated value fails, as in Great Expectations.
 * Memory holds one entry per distinct value: what uniqueness needs, no more.
 */
class UniqueTracker {
    check;
    seen = new Map();
    constructor(check) {
        this.check = check;
    }
    see(key, example) {
        this.check.evaluated++;
        if (!this.seen.has(key)) {
            this.seen.set(key, example);
            return;
        }
        const first = this.seen.get(key);
        if (first) {
            this.check.fail(first); // the first occurrence fails too, once
            this.seen.set(key, null);
        }
        this.check.fail(example);
    }
}

;// CONCATENATED MODULE: ./src/validate/validator.ts
// One streaming pass per file: each batch is classified once, fed to the profile and to the row
// checks; aggregate and table checks are judged at the end from the merged profile. A large plain
// CSV/TSV file is read in byte ranges on worker threads instead, each range by its own Validator, and
// the ranges' counts, examples and profiles merge in file order.







const EMPTY_SCHEMA = { source: '(none)', columns: [], uniqueTogether: [], missingValues: [''] };
/** Plain CSV/TSV files larger than this are read in ranges of about this size, on worker threads. */
const RANGE_BYTES = 8 * 1024 * 1024;
class Validator {
    schema;
    profileOptions;
    rangeBytes;
    columns = new Map();
    uniqueTogether;
    missing;
    malformed = [];
    headers = new Map();
    /** Classified arrays per column, filled again by every batch (nothing keeps them past it). */
    scratch = new Map();
    profile;
    constructor(schema = EMPTY_SCHEMA, profileOptions, rangeBytes = RANGE_BYTES) {
        this.schema = schema;
        this.profileOptions = profileOptions;
        this.rangeBytes = rangeBytes;
        this.profile = new dataset_DatasetProfile(profileOptions);
        this.missing = new Set(schema.missingValues);
        for (const column of schema.columns) {
            const state = { schema: column, rowChecks: rowChecksFor(column) };
            if (column.unique?.value)
                state.unique = new UniqueTracker(new RowCheck(column.name, 'unique', column.unique, 'unique', () => { }));
            this.columns.set(column.name, state);
        }
        this.uniqueTogether = schema.uniqueTogether.map((spec) => ({
            columns: spec.value,
            tracker: new UniqueTracker(new RowCheck(spec.value.join(' + '), 'unique-together', spec, 'unique together', () => { })),
        }));
    }
    async validateFile(file) {
        if (await this.validateInRanges(file))
            return;
        const problems = [];
        let rows = 0;
        let seenColumns = [];
        const summary = await readTable(file.path, { format: file.format, gzip: file.gzip, missing: this.missing }, {
            batch: (batch) => {
                rows += batch.length;
                if (batch.columns.length > seenColumns.length)
                    seenColumns = batch.columns;
                this.batch(file, batch);
            },
            malformed: (problem) => problems.push(problem),
        });
        this.headers.set(file.display, seenColumns);
        this.profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
        if (problems.length > 0)
            this.malformed.push(malformedResult(file.display, problems, rows));
    }
    /**
     * A large plain CSV/TSV file, in byte ranges on worker threads, merged in file order; false when the
     * file must be read in one pass: small, compressed, other formats, uniqueness checks (one set of
     * seen values), or a quote somewhere (a quoted field may hold a newline where a range would start).
     * The split depends on the file alone, never on the number of cores, so results are reproducible.
     */
    async validateInRanges(file) {
        const onePass = this.uniqueTogether.length > 0 || [...this.columns.values()].some((state) => state.unique);
        if (onePass || file.gzip || (file.format !== 'csv' && file.format !== 'tsv'))
            return false;
        const plan = await planRanges(file.path, file.format, this.rangeBytes);
        if (!plan)
            return false;
        // This thread reads ranges too: it is warm while the workers start, and hashes the file between reads.
        const pool = new WorkerPool(Math.min((0,external_node_os_namespaceObject.availableParallelism)(), plan.ranges.length) - 1, (_task, input) => validateRange(input));
        let summary;
        let results;
        try {
            const ranges = plan.ranges.map((range, i) => pool.run('validate-range', { schema: this.schema, profileOptions: this.profileOptions, file, range: i === 0 ? range : { ...range, columns: plan.columns } }));
            [summary, ...results] = await Promise.all([hashFile(file.path), ...ranges]);
        }
        finally {
            await pool.close();
        }
        if (results.some((result) => result.text.quoted))
            return false;
        const problems = [];
        let rows = 0;
        let lines = 0;
        for (const result of results) {
            this.absorb(result, rows, lines, problems);
            rows += result.rows;
            lines += result.text.nextLine - 1;
            if (result.text.stopped)
                break; // one pass stops there too
        }
        this.headers.set(file.display, plan.columns);
        this.profile.sources.push({ file: file.display, format: file.format, sha256: summary.sha256, bytes: summary.bytes, rows });
        if (problems.length > 0)
            this.malformed.push(malformedResult(file.display, problems, rows));
        return true;
    }
    /** Worker side: one byte range of a file, with rows and lines counted from the range's start. */
    async readRange(file, range) {
        const problems = [];
        let rows = 0;
        const summary = await readTable(file.path, { format: file.format, gzip: false, range, missing: this.missing }, {
            batch: (batch) => {
                rows += batch.length;
                this.batch(file, batch);
            },
            malformed: (problem) => problems.push(problem),
        });
        const checks = [...this.columns.values()].map((state) => state.rowChecks.map(({ failed, evaluated, nulls, examples }) => ({ failed, evaluated, nulls, examples })));
        return { text: summary.text, rows, profile: this.profile.toJSON(false), checks, problems };
    }
    /** Adds a range's result, shifting its rows and lines by those of the ranges before it. */
    absorb(result, rowsBefore, linesBefore, problems) {
        const shift = (example) => ({ ...example, row: example.row + rowsBefore, ...(example.line !== undefined && { line: example.line + linesBefore }) });
        [...this.columns.values()].forEach((state, c) => state.rowChecks.forEach((check, k) => {
            const theirs = result.checks[c][k];
            check.failed += theirs.failed;
            check.evaluated += theirs.evaluated;
            check.nulls += theirs.nulls;
            for (const example of theirs.examples.slice(0, MAX_EXAMPLES - check.examples.length))
                check.examples.push(shift(example));
        }));
        for (const problem of result.problems)
            problems.push(problem.line === undefined ? problem : { ...problem, line: problem.line + linesBefore });
        this.profile.merge(dataset_DatasetProfile.fromJSON(result.profile));
    }
    batch(file, batch) {
        const classified = classifyBatch(batch, this.missing, this.scratch);
        this.profile.addBatch(classified, batch.length);
        const example = (i, text) => ({
            file: file.display,
            row: batch.firstRow + i,
            ...(batch.lines ? { line: batch.lines[i] } : {}),
            value: text ?? 'null',
        });
        for (const [name, state] of this.columns) {
            const column = classified.get(name);
            if (!column)
                continue; // a missing column is a table finding, not thousands of row findings
            const summary = summarize(column, batch.length);
            const { nulls } = summary;
            for (const check of state.rowChecks) {
                if (check.judgesNulls)
                    check.evaluated += batch.length;
                else {
                    check.evaluated += batch.length - nulls;
                    check.nulls += nulls;
                }
                check.scan(column, batch.length, (i) => check.fail(example(i, textAt(column, i))), summary);
            }
            if (state.unique) {
                for (let i = 0; i < batch.length; i++) {
                    if (column.kinds[i] === Kind.null)
                        state.unique.check.nulls++;
                    else
                        state.unique.see(textAt(column, i), example(i, textAt(column, i)));
                }
            }
        }
        for (const { columns, tracker } of this.uniqueTogether) {
            const parts = columns.map((name) => classified.get(name));
            if (parts.some((p) => p === undefined))
                continue;
            for (let i = 0; i < batch.length; i++) {
                const texts = parts.map((p) => textAt(p, i));
                tracker.see(texts.map((t) => t ?? '\u0000').join('\u001f'), example(i, texts.map((t) => t ?? 'null').join(', ')));
            }
        }
    }
    finish() {
        const checks = [...this.malformed, ...this.tableChecks()];
        for (const state of this.columns.values()) {
            const present = this.profile.columns.has(state.schema.name);
            if (!present)
                continue;
            for (const check of state.rowChecks)
                checks.push(check.result());
            if (state.unique)
                checks.push(state.unique.check.result());
            checks.push(...this.aggregateChecks(state.schema));
        }
        for (const { tracker } of this.uniqueTogether)
            checks.push(tracker.check.result());
        return { checks, profile: this.profile, headers: this.headers };
    }
    tableChecks() {
        const results = [];
        const dataColumns = new Set([...this.headers.values()].flat());
        for (const column of this.schema.columns) {
            if (!column.required.value)
                continue;
            const missingIn = [...this.headers].filter(([, cols]) => !cols.includes(column.name)).map(([file]) => file);
            results.push(tableResult(`${column.name}: required`, 'required', column.required, 'the column to be present', missingIn.length === 0 ? 'present' : `missing from ${missingIn.join(', ')}`, missingIn.length === 0, column.name));
        }
        if (this.schema.columnsMode) {
            const mode = this.schema.columnsMode.value;
            const expected = new Set(this.schema.columns.map((c) => c.name));
            const unexpected = [...dataColumns].filter((c) => !expected.has(c));
            const missing = [...expected].filter((c) => !dataColumns.has(c));
            const problems = [...(mode !== 'superset' && unexpected.length ? [`unexpected: ${unexpected.join(', ')}`] : []), ...(mode !== 'subset' && missing.length ? [`missing: ${missing.join(', ')}`] : [])];
            results.push(tableResult('table: columns', 'columns', this.schema.columnsMode, `columns ${mode === 'exact' ? 'exactly' : `a ${mode} of`} the schema's`, problems.length ? problems.join('; ') : 'as expected', problems.length === 0));
        }
        if (this.schema.rowCount) {
            const range = this.schema.rowCount.value;
            results.push(tableResult('table: row-count', 'row-count', this.schema.rowCount, rangeText(range), `${this.profile.rows} rows`, inRange(this.profile.rows, range)));
        }
        return results;
    }
    aggregateChecks(column) {
        const profile = this.profile.columns.get(column.name);
        const results = [];
        const numeric = profile.moments.n > 0;
        const exactness = profile.values ? 'exact' : `approximate: KLL sketch, rank error ≈ ${(165 / profile.kll.k).toFixed(1)}%`;
        const judge = (check, spec, observed, what) => {
            if (!spec)
                return;
            const ok = observed !== undefined && Number.isFinite(observed) && inRange(observed, spec.value);
            results.push(tableResult(`${column.name}: ${check}`, check, spec, rangeText(spec.value), observed === undefined || !numeric ? 'no numeric values' : `${formatNumber(observed)} (${what})`, ok, column.name));
        };
        judge('mean', column.mean, profile.moments.mean, 'exact');
        judge('std', column.std, Math.sqrt(profile.moments.n > 1 ? profile.moments.m2 / (profile.moments.n - 1) : NaN), 'sample standard deviation, ddof 1');
        judge('median', column.median, numeric ? profile.quantile(0.5) : undefined, exactness);
        for (const [name, range] of Object.entries(column.quantiles?.value ?? {})) {
            judge(`quantile ${name}`, { ...column.quantiles, value: range }, numeric ? profile.quantile(Number(name.slice(1)) / 100) : undefined, exactness);
        }
        if (column.distinctCount) {
            const d = profile.distinct();
            results.push(tableResult(`${column.name}: distinct-count`, 'distinct-count', column.distinctCount, rangeText(column.distinctCount.value), `${d.estimate} (${d.exact ? 'exact' : 'HyperLogLog estimate, ±1.6%'})`, inRange(d.estimate, column.distinctCount.value), column.name));
        }
        if (column.maxNullFraction) {
            const fraction = profile.count === 0 ? 0 : profile.nulls / profile.count;
            results.push(tableResult(`${column.name}: max-null-fraction`, 'max-null-fraction', column.maxNullFraction, `≤ ${column.maxNullFraction.value} null`, `${formatNumber(fraction)} (${profile.nulls} of ${profile.count} rows)`, fraction <= column.maxNullFraction.value, column.name));
        }
        return results;
    }
}
/** One byte range of a file, validated by its own Validator: a task of the worker pool. */
function validateRange(input) {
    return new Validator(input.schema, input.profileOptions).readRange(input.file, input.range);
}
function malformedResult(file, problems, rows) {
    return {
        id: `${file}: well-formed`,
        check: 'well-formed',
        severity: 'error',
        status: 'failed',
        expected: 'a well-formed file',
        failed: problems.length,
        evaluated: rows + problems.length,
        nulls: 0,
        share: problems.length / Math.max(1, rows + problems.length),
        mostly: 1,
        examples: problems.slice(0, MAX_EXAMPLES).map((p) => ({ file, row: p.row ?? 0, ...(p.line !== undefined ? { line: p.line } : {}), value: p.message })),
        message: `${problems.length} malformed row(s) or part(s) of ${file}, left out of the other checks`,
    };
}
function tableResult(id, check, spec, expected, observed, ok, column) {
    return {
        id,
        ...(column ? { column } : {}),
        check,
        severity: spec.severity,
        status: ok ? 'passed' : 'failed',
        expected,
        observed,
        failed: ok ? 0 : 1,
        evaluated: 1,
        nulls: 0,
        share: ok ? 0 : 1,
        mostly: spec.mostly,
        examples: [],
        message: ok ? `${check}: ${observed}` : `expected ${expected}, found ${observed}`,
    };
}
const inRange = (x, r) => (r.min === undefined || x >= r.min) && (r.max === undefined || x <= r.max);
const rangeText = (r) => [r.min !== undefined ? `≥ ${r.min}` : '', r.max !== undefined ? `≤ ${r.max}` : ''].filter(Boolean).join(' and ') || 'any value';
function formatNumber(x) {
    if (!Number.isFinite(x))
        return String(x);
    if (Number.isInteger(x))
        return String(x);
    return Math.abs(x) >= 1e6 || Math.abs(x) < 1e-4 ? x.toExponential(4) : Number(x.toPrecision(6)).toString();
}

;// CONCATENATED MODULE: ./src/entries/worker.ts
// Entry of the worker threads that read large files or parts of them; runtime/worker-pool.ts starts them.
// Bundled apart from the actions (dist/worker/), so that a worker loads only what its tasks need.



const TASKS = { 'validate-range': validateRange, 'profile-file': profileFileTask };
/** Whole typed arrays in an answer move to the caller instead of being copied: the worker keeps none. */
function movable(value, out = [], depth = 0) {
    if (ArrayBuffer.isView(value)) {
        if (value.buffer instanceof ArrayBuffer && value.byteLength === value.buffer.byteLength && !out.includes(value.buffer))
            out.push(value.buffer);
    }
    else if (value !== null && typeof value === 'object' && depth < 6) {
        for (const item of Object.values(value))
            if (typeof item === 'object')
                movable(item, out, depth + 1);
    }
    return out;
}
external_node_worker_threads_namespaceObject.parentPort.on('message', async ({ task, input }) => {
    try {
        const output = await TASKS[task](input);
        external_node_worker_threads_namespaceObject.parentPort.postMessage({ output }, movable(output));
    }
    catch (error) {
        external_node_worker_threads_namespaceObject.parentPort.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
});

var __webpack_exports__TASKS = __webpack_exports__.n;
export { __webpack_exports__TASKS as TASKS };
