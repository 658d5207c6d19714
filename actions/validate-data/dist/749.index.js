export const id = 749;
export const ids = [749];
export const modules = {

/***/ 99749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runnerIO: () => (/* binding */ runnerIO)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);

function properties(place) {
    if (!place)
        return {};
    return {
        file: place.file,
        startLine: place.line,
        endLine: place.endLine,
        startColumn: place.column,
        title: place.title,
    };
}
/** The GitHub runner: inputs from INPUT_*, outputs to GITHUB_OUTPUT, annotations as workflow commands. */
function runnerIO() {
    return {
        getInput: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name),
        setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value),
        appendSummary: async (markdown) => {
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
        },
        annotate: (level, message, place) => {
            const props = properties(place);
            if (level === 'error')
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, props);
            else if (level === 'warning')
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, props);
            else
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, props);
        },
        info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
        debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
        group: (name, body) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, body),
        setSecret: (value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value),
        saveState: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(name, value),
        getState: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(name),
        setFailed: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message),
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
        env: process.env,
    };
}


/***/ })

};
