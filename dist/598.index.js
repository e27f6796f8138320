export const id = 598;
export const ids = [598];
export const modules = {

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonDocument: () => (/* binding */ jsonDocument)
/* harmony export */ });
/** One JSON document on its own, as `-o json` prints it to stdout. */
function jsonDocument(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}


/***/ })

};

//# sourceMappingURL=598.index.js.map