export const id = 598;
export const ids = [598];
export const modules = {

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonDocument: () => (/* binding */ jsonDocument),
/* harmony export */   outputDocument: () => (/* binding */ outputDocument),
/* harmony export */   yamlDocument: () => (/* binding */ yamlDocument)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);

/** One JSON document on its own, as `-o json` prints it to stdout. */
function jsonDocument(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/** The same document as YAML, as `-o yaml` prints it (kubectl's -o yaml of the same data). */
function yamlDocument(value) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(value, { lineWidth: 0 });
}
/** The document in the format `-o` asks for. */
function outputDocument(value, format) {
    return format === 'json' ? jsonDocument(value) : yamlDocument(value);
}


/***/ })

};

//# sourceMappingURL=598.index.js.map