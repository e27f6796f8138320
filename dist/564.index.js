export const id = 564;
export const ids = [564];
export const modules = {

/***/ 76564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readProvenance: () => (/* binding */ readProvenance)
/* harmony export */ });
/* harmony import */ var _tools_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90615);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);


/** Which commit and run this is: from the runner's environment in a workflow, from git in a terminal. */
async function readProvenance(env, workspace) {
    const git = (...args) => (0,_tools_git_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOutput */ .o)(workspace, ...args);
    const commit = env.GITHUB_SHA || (await git('rev-parse', 'HEAD')) || 'unknown';
    const run = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : `cli:${node_os__WEBPACK_IMPORTED_MODULE_0___default().userInfo().username}@${node_os__WEBPACK_IMPORTED_MODULE_0___default().hostname()}`;
    const ref = env.GITHUB_REF || (await git('rev-parse', '--abbrev-ref', 'HEAD')) || 'unknown';
    return {
        commit,
        run,
        ref,
        ...(env.GITHUB_RUN_ATTEMPT ? { attempt: env.GITHUB_RUN_ATTEMPT } : {}),
        ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
    };
}


/***/ }),

/***/ 90615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ gitOutput)
/* harmony export */ });
/** `git -C <workspace> <args>`'s output, trimmed; undefined when git fails or is not there. */
async function gitOutput(workspace, ...args) {
    try {
        // Loaded when first needed: most commands never run git, and start-up is what a user waits for.
        const { getExecOutput } = await __webpack_require__.e(/* import() */ 955).then(__webpack_require__.bind(__webpack_require__, 41955));
        const result = await getExecOutput('git', ['-C', workspace, ...args], {
            silent: true,
            ignoreReturnCode: true,
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};

//# sourceMappingURL=564.index.js.map