export const id = 473;
export const ids = [473];
export const modules = {

/***/ 27473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   shouldColor: () => (/* binding */ shouldColor)
/* harmony export */ });
/**
 * Whether to colour what is written to a stream: `--color` / `--no-color` decide; else never with
 * NO_COLOR set to anything (no-color.org); else FORCE_COLOR (force-color.org; `0` or `false` turns it
 * off); else only on a terminal that is not `TERM=dumb`.
 */
function shouldColor(choice, stream, env) {
    if (choice !== undefined)
        return choice;
    if (env.NO_COLOR)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0' && force.toLowerCase() !== 'false';
    return stream.isTTY === true && env.TERM !== 'dumb';
}


/***/ })

};

//# sourceMappingURL=473.index.js.map