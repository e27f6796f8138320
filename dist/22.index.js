export const id = 22;
export const ids = [22];
export const modules = {

/***/ 93022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   healing: () => (/* binding */ healing),
/* harmony export */   planAndRecord: () => (/* binding */ planAndRecord),
/* harmony export */   shouldSelfHeal: () => (/* binding */ shouldSelfHeal)
/* harmony export */ });
/* harmony import */ var _commands_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83656);
/* harmony import */ var _records_plan_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82552);


/** A plan, with its commit status and pull request comment on GitHub. */
async function planAndRecord(settings, run, provenance, runtime) {
    const result = explainFork(await (0,_commands_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .runPlan */ .F)(settings, provenance, runtime), run);
    await (0,_records_plan_records_js__WEBPACK_IMPORTED_MODULE_1__/* .recordPlan */ .BJ)(settings, run, result, runtime.github, runtime.log, runtime.secrets);
    return result;
}
/** Drift found by a scheduled plan, to be applied when self-heal is on. */
function shouldSelfHeal(settings, run, result) {
    return (result.validation.valid &&
        run.eventName === 'schedule' &&
        settings.deployment.selfHeal &&
        result.syncStatus === 'OutOfSync');
}
/**
 * Drift is usually someone else's change (kubectl edit/scale), owned by another field manager:
 * healing means taking those fields back, as Argo CD's selfHeal does.
 */
function healing(settings) {
    return { ...settings, apply: { ...settings.apply, forceConflicts: true } };
}
/** GitHub gives pull requests from forks no secrets; say so rather than leave the reader guessing. */
function explainFork(result, run) {
    if (!run.pullRequest?.fromFork || result.unknownCause !== 'no-credentials')
        return result;
    return {
        ...result,
        unknownReason: `pull request from a fork, which gets no secrets: ${result.unknownReason}`,
    };
}


/***/ })

};

//# sourceMappingURL=22.index.js.map