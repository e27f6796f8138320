export const id = 494;
export const ids = [494];
export const modules = {

/***/ 54494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitAncestry: () => (/* binding */ commitAncestry)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71243);

const RELATION_OF = {
    ahead: 'descendant',
    behind: 'ancestor',
    identical: 'same',
    diverged: 'diverged',
};
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const FETCH_HISTORY = 'set fetch-depth: 0 on actions/checkout (or git fetch --unshallow) so that history decides';
/**
 * The order of two commits from git history: the checkout's own when it holds both, else `compare`
 * (GitHub) when there is one. Either being unavailable makes the answer `unknown`, never an error: it
 * must not stop a deploy.
 */
function commitAncestry(workspace, compare) {
    return async (lastApplied, commit) => {
        // Both reach git's command line: the last one comes from the cluster, so only a sha may pass.
        const notSha = [lastApplied, commit].find((sha) => !FULL_SHA.test(sha));
        if (notSha !== undefined)
            return { relation: 'unknown', why: `"${notSha}" is not a commit sha` };
        const local = await localAncestry(workspace, lastApplied, commit);
        if (local)
            return local;
        const lacking = 'the checkout does not hold the history between them';
        if (!compare)
            return { relation: 'unknown', why: `${lacking}; ${FETCH_HISTORY}` };
        try {
            return { relation: RELATION_OF[await compare(lastApplied, commit)] };
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            return {
                relation: 'unknown',
                why: `${lacking}, and GitHub's compare API did not answer (${reason}); ${FETCH_HISTORY}`,
            };
        }
    };
}
/** From the checkout (`git merge-base --is-ancestor`); undefined when it cannot tell. */
async function localAncestry(workspace, lastApplied, commit) {
    const git = (...args) => (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOutput */ .o)(workspace, ...args);
    const present = await Promise.all([lastApplied, commit].map((sha) => git('cat-file', '-e', `${sha}^{commit}`)));
    if (present.includes(undefined))
        return undefined;
    if ((await git('merge-base', '--is-ancestor', commit, lastApplied)) !== undefined)
        return { relation: commit === lastApplied ? 'same' : 'ancestor' };
    if ((await git('merge-base', '--is-ancestor', lastApplied, commit)) !== undefined)
        return { relation: 'descendant' };
    // A shallow clone's history stops at its cut: there, "neither" may only mean the path is cut off.
    if ((await git('rev-parse', '--is-shallow-repository')) === 'true')
        return undefined;
    return { relation: 'diverged' };
}


/***/ }),

/***/ 71243:
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

//# sourceMappingURL=494.index.js.map