export const id = 275;
export const ids = [275];
export const modules = {

/***/ 55275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderManifests: () => (/* binding */ renderManifests),
  renderNotes: () => (/* reexport */ renderNotes)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/manifests/resource.ts
var manifests_resource = __webpack_require__(18516);
// EXTERNAL MODULE: ./src/manifests/scope.ts
var scope = __webpack_require__(85818);
// EXTERNAL MODULE: ./src/secrets/mask.ts
var mask = __webpack_require__(40997);
// EXTERNAL MODULE: ./src/commands/validate.ts + 11 modules
var validate = __webpack_require__(26326);
;// CONCATENATED MODULE: ./src/report/render-notes.ts
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

;// CONCATENATED MODULE: ./src/commands/render.ts





// In render's chunk: one file fewer to load before the first line is printed.

/** The Kubernetes objects kubesync would apply, Secret values masked unless asked not to. */
async function renderManifests(settings, secrets) {
    const validation = await (0,validate.validateManifests)(settings, secrets, { offline: true });
    if (!validation.valid)
        return { validation, objects: [], yaml: '', maskedSecrets: [], fetchedSecrets: [] };
    const { resources } = validation.loaded;
    const scopes = new scope/* ScopeCatalog */.K(resources);
    const maskedSecrets = [];
    const fetchedSecrets = [];
    const objects = resources.map((resource) => {
        const object = inNamespace(resource, scopes, settings.namespace);
        if ((0,manifests_resource/* kindOf */.I)(object) !== 'Secret')
            return object;
        // Values fetched at apply time (Doppler) are not known here, shown or not.
        if (resource.valueSources)
            fetchedSecrets.push((0,manifests_resource/* describeObject */.v8)(object));
        else if (settings.showSecrets)
            return object;
        else
            maskedSecrets.push((0,manifests_resource/* describeObject */.v8)(object));
        return (0,mask/* maskSecret */.$l)(object, resource.valueSources);
    });
    const yaml = objects.map((object) => `---\n${(0,dist/* stringify */.As)(object, { lineWidth: 0 })}`).join('');
    return { validation, objects, yaml, maskedSecrets, fetchedSecrets };
}
/**
 * The object with the namespace apply gives it: its own, else the default one for namespaced kinds
 * (as far as they are known offline); cluster-scoped kinds are left without one.
 */
function inNamespace(resource, scopes, defaultNamespace) {
    const namespace = scopes.effectiveNamespace(resource, defaultNamespace);
    const { object } = resource;
    const metadata = (0,manifests_resource/* isRecord */.u4)(object.metadata) ? object.metadata : {};
    if (namespace === undefined || metadata.namespace === namespace)
        return object;
    // The name first, then the namespace, as kubectl prints objects.
    const { name, ...rest } = metadata;
    return { ...object, metadata: { ...(name === undefined ? {} : { name }), namespace, ...rest } };
}


/***/ })

};

//# sourceMappingURL=275.index.js.map