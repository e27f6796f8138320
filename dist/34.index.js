export const id = 34;
export const ids = [34];
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

/***/ 25566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ keepReportIdentifiers),
/* harmony export */   j: () => (/* binding */ findingsOfPlan)
/* harmony export */ });
/* harmony import */ var _secrets_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34200);

/**
 * Tells the redaction every name a report of this plan prints (kinds, names, namespaces, labels, file
 * paths, and `extra`: the app, the environment, the cluster), so that no redaction of the report, here
 * or later (the Octokit hook, the job summary, the log), rewrites one of them.
 */
function keepReportIdentifiers(secrets, plan, findings, extra = []) {
    const names = new Set();
    for (const name of extra)
        if (name)
            names.add(name);
    for (const { origin } of findings)
        names.add(origin.file);
    for (const change of plan?.changes ?? []) {
        if (change.origin)
            names.add(change.origin.file);
        for (const object of [change.desired, change.live])
            if (object)
                for (const name of (0,_secrets_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .identifiersOf */ .Sd)(object))
                    names.add(name);
        const { kind, namespace, name } = change.ref;
        for (const part of [kind, namespace, name, change.subject])
            if (part)
                names.add(part);
    }
    secrets.keepIdentifiers(names);
}
/**
 * The findings a plan report shows: those given, and a warning for each Secret value in the plan too
 * short to be redacted from text (once, whoever else reported it).
 */
function findingsOfPlan(findings, plan) {
    const short = (0,_secrets_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .shortValueFindings */ .s1)((plan?.changes ?? []).flatMap((change) => change.desired ? [{ object: change.desired, origin: change.origin }] : []));
    const key = (finding) => `${finding.rule}\u0000${finding.origin.file}:${finding.origin.line}\u0000${finding.message}`;
    const known = new Set(findings.map(key));
    return [...findings, ...short.filter((finding) => !known.has(key(finding)))];
}


/***/ }),

/***/ 16034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planJson: () => (/* binding */ planJson)
/* harmony export */ });
/* harmony import */ var _findings_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4497);
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25566);


function planJson(result, secrets) {
    const { plan, validation } = result;
    const findings = (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsOfPlan */ .j)(validation.findings, plan);
    // The names in the document stay as written even where a Secret value happens to contain one.
    (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_0__/* .keepReportIdentifiers */ .i)(secrets, plan, findings, [result.app, result.server]);
    return {
        app: result.app,
        server: result.server ?? null,
        syncStatus: result.syncStatus,
        ...(result.unknownReason === undefined ? {} : { reason: result.unknownReason }),
        valid: validation.valid,
        counts: plan ? { ...plan.counts } : null,
        digest: plan?.digest ?? null,
        changes: (plan?.changes ?? []).map(({ subject, action, ref, diff, owned }) => ({
            subject,
            action,
            ref: { ...ref },
            diff,
            ...(owned ? { owned: { ...owned } } : {}),
        })),
        findings: (0,_findings_json_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsJson */ .p)(findings),
    };
}


/***/ })

};

//# sourceMappingURL=34.index.js.map