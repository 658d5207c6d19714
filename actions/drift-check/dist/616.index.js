export const id = 616;
export const ids = [616];
export const modules = {

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadLatestArtifact: () => (/* binding */ downloadLatestArtifact)
/* harmony export */ });
/* unused harmony export uploadArtifact */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56518);


/** Uploads files (inside `root`) as one artifact of this run; returns its id. */
async function uploadArtifact(name, files, root) {
    const client = new DefaultArtifactClient();
    const { id } = await client.uploadArtifact(name, files.map((f) => path.resolve(f)), root);
    return id;
}
/**
 * Downloads the newest artifact named `name` from any earlier run of this repository (found through
 * the REST API, fetched by the toolkit) into `into`; returns its id.
 */
async function downloadLatestArtifact(token, repo, apiUrl, name, into) {
    const { getOctokit } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 61351));
    const gh = getOctokit(token, { baseUrl: apiUrl });
    const { data } = await gh.rest.actions.listArtifactsForRepo({ ...repo, name, per_page: 100 });
    const latest = data.artifacts.filter((a) => !a.expired).sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''))[0];
    if (!latest)
        return undefined;
    await new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9().downloadArtifact(latest.id, {
        path: into,
        findBy: { token, workflowRunId: latest.workflow_run?.id ?? 0, repositoryOwner: repo.owner, repositoryName: repo.repo },
    });
    return latest.id;
}


/***/ })

};
