export const id = 180;
export const ids = [180];
export const modules = {

/***/ 56180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderNotes: () => (/* binding */ renderNotes)
/* harmony export */ });
/**
 * What a reader piping render to `kubectl apply -f -` must know: masked Secrets would be applied as
 * masks, and values fetched at apply time are not there at all.
 */
function renderNotes(result) {
    const notes = [];
    if (result.maskedSecrets.length > 0)
        notes.push(`note: the values of ${list(result.maskedSecrets)} are masked as "***"; give --show-secrets to pipe them to kubectl apply -f -`);
    if (result.fetchedSecrets.length > 0)
        notes.push(`note: ${list(result.fetchedSecrets)} ${result.fetchedSecrets.length === 1 ? 'holds' : 'hold'} values fetched from Doppler at apply time; kubesync apply writes them, kubectl apply -f - would write the placeholders`);
    return notes;
}
function list(subjects) {
    return subjects.length <= 3
        ? subjects.join(', ')
        : `${subjects.slice(0, 3).join(', ')} and ${subjects.length - 3} more`;
}


/***/ })

};

//# sourceMappingURL=180.index.js.map