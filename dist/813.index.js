export const id = 813;
export const ids = [813];
export const modules = {

/***/ 4497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ findingsJson)
/* harmony export */ });
function findingsJson(findings) {
    return findings.map(({ origin, rule, severity, message }) => ({
        file: origin.file,
        line: origin.line,
        column: origin.column,
        rule,
        severity,
        message,
    }));
}


/***/ }),

/***/ 92813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validationCounts: () => (/* binding */ validationCounts),
/* harmony export */   validationJson: () => (/* binding */ validationJson)
/* harmony export */ });
/* harmony import */ var _findings_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4497);

function validationJson(result) {
    return {
        valid: result.valid,
        counts: validationCounts(result),
        findings: (0,_findings_json_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsJson */ .p)(result.findings),
    };
}
function validationCounts(result) {
    return {
        objects: result.loaded.resources.length,
        files: result.loaded.files.length,
        errors: result.errors,
        warnings: result.warnings,
    };
}


/***/ })

};

//# sourceMappingURL=813.index.js.map