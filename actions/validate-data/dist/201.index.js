export const id = 201;
export const ids = [201];
export const modules = {

/***/ 9541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 54201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

/** Runs an adapter; any failure ends in one readable message and a failed step, never a stack trace. */
async function runAction(main, io) {
    try {
        await main(io);
    }
    catch (error) {
        if (error instanceof Error && error.stack)
            io.debug(error.stack);
        io.setFailed((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFailure */ .I)(error));
    }
}


/***/ })

};
