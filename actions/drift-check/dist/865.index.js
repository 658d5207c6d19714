export const id = 865;
export const ids = [865];
export const modules = {

/***/ 42865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restoreDir: () => (/* binding */ restoreDir),
/* harmony export */   saveDir: () => (/* binding */ saveDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// A file cached with the Actions cache service (@actions/cache), loaded only when asked for.


/** Restores `dir` (relative to the working directory) for `key`; true on an exact hit. No cache service is a miss. */
async function restoreDir(dir, key) {
    const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(110), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
    if (!cache.isFeatureAvailable())
        return false;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir)), { recursive: true });
    return (await cache.restoreCache([dir], key)) === key;
}
async function saveDir(dir, key) {
    const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(110), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
    if (!cache.isFeatureAvailable())
        return false;
    return (await cache.saveCache([dir], key)) > 0;
}


/***/ })

};
