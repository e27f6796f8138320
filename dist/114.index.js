export const id = 114;
export const ids = [114];
export const modules = {

/***/ 83114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   colorDiff: () => (/* binding */ colorDiff)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

/** How each kind of unified-diff line is shown, as `git diff --color` and colordiff show them. */
const STYLES = {
    header: 'bold',
    hunk: 'cyan',
    removed: 'red',
    added: 'green',
};
/**
 * A unified diff (one or more files' patches, one after another) with removed lines red, added lines
 * green, hunk headers cyan and file headers bold. Lines are told apart by where they are, not only by
 * their first character: inside a hunk a removed YAML line `--- a` is a removal, not a file header.
 */
function colorDiff(diff) {
    let oldLeft = 0;
    let newLeft = 0;
    return diff
        .split('\n')
        .map((line) => {
        if (oldLeft > 0 || newLeft > 0) {
            if (line.startsWith('-')) {
                oldLeft--;
                return paint('removed', line);
            }
            if (line.startsWith('+')) {
                newLeft--;
                return paint('added', line);
            }
            if (line.startsWith(' ') || line === '') {
                oldLeft--;
                newLeft--;
            }
            // `\ No newline at end of file` counts on neither side.
            return line;
        }
        const hunk = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(line);
        if (hunk) {
            oldLeft = Number(hunk[1] ?? 1);
            newLeft = Number(hunk[2] ?? 1);
            return paint('hunk', line);
        }
        if (line.startsWith('--- ') || line.startsWith('+++ '))
            return paint('header', line);
        return line;
    })
        .join('\n');
}
function paint(kind, line) {
    // Whether to colour at all is decided once, by the caller (shouldColor): never by styleText itself,
    // which would turn `--color` off when stdout is piped.
    return line === '' ? line : (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)(STYLES[kind], line, { validateStream: false });
}


/***/ })

};

//# sourceMappingURL=114.index.js.map