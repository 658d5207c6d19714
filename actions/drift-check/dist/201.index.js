export const id = 201;
export const ids = [201];
export const modules = {

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
