export const id = 764;
export const ids = [764];
export const modules = {

/***/ 25764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderManifests: () => (/* binding */ renderManifests)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27813);
/* harmony import */ var _manifests_scope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85818);
/* harmony import */ var _secrets_mask_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40997);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81341);





/** The Kubernetes objects kubesync would apply, Secret values masked unless asked not to. */
async function renderManifests(settings, secrets) {
    const validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateManifests */ .T)(settings, secrets, { offline: true });
    if (!validation.valid)
        return { validation, objects: [], yaml: '', maskedSecrets: [], fetchedSecrets: [] };
    const { resources } = validation.loaded;
    const scopes = new _manifests_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .ScopeCatalog */ .K(resources);
    const maskedSecrets = [];
    const fetchedSecrets = [];
    const objects = resources.map((resource) => {
        const object = (0,_manifests_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .inNamespace */ .d)(resource, scopes, settings.namespace);
        if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_3__/* .kindOf */ .I)(object) !== 'Secret')
            return object;
        // Values fetched at apply time (Doppler) are not known here, shown or not.
        if (resource.valueSources)
            fetchedSecrets.push((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_3__/* .describeObject */ .v8)(object));
        else if (settings.showSecrets)
            return object;
        else
            maskedSecrets.push((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_3__/* .describeObject */ .v8)(object));
        return (0,_secrets_mask_js__WEBPACK_IMPORTED_MODULE_4__/* .maskSecret */ .$l)(object, resource.valueSources);
    });
    const yaml = objects.map((object) => `---\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(object, { lineWidth: 0 })}`).join('');
    return { validation, objects, yaml, maskedSecrets, fetchedSecrets };
}


/***/ })

};

//# sourceMappingURL=764.index.js.map