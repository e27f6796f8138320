export const id = 379;
export const ids = [379];
export const modules = {

/***/ 53760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyAndRecord: () => (/* binding */ applyAndRecord)
});

// EXTERNAL MODULE: ./src/app/commands/plan.ts + 2 modules
var plan = __webpack_require__(44987);
// EXTERNAL MODULE: ./src/model/plural.ts
var plural = __webpack_require__(70247);
// EXTERNAL MODULE: ./src/cluster/describe-error.ts
var describe_error = __webpack_require__(40626);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/model/cancel.ts
var cancel = __webpack_require__(61987);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/resource.ts
var resource = __webpack_require__(27813);
// EXTERNAL MODULE: ./src/cluster/api-error.ts
var api_error = __webpack_require__(34165);
;// CONCATENATED MODULE: ./src/cluster/lock.ts






const DEFAULT_LEASE_SECONDS = 20;
/** How long a Lease seen held counts as confirmed without reading it again. */
const SEEN_HELD_FRESH_MS = 1_000;
const LEASE_API_VERSION = 'coordination.k8s.io/v1';
/**
 * A holder identity unique to this process: the run URL a person can open, the attempt and job that
 * distinguish two jobs of one run (a matrix, a re-run), and a random suffix for everything else.
 */
function lockHolder(run, attempt, job) {
    const where = [attempt ? `attempt ${attempt}` : '', job ? `job ${job}` : ''].filter(Boolean).join(', ');
    return `${run}${where ? ` (${where})` : ''} #${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/**
 * One apply of an app at a time, across runners: a coordination.k8s.io/v1 Lease in the target namespace,
 * as Kubernetes controllers elect leaders (client-go's leaderelection). Another holder's lease counts as
 * expired only once this process has seen it unchanged for the lease's whole duration, so a runner with
 * a skewed clock never takes over a live lock early. Renewed while held; a renewal that finds another
 * holder, or that fails for longer than the lease, marks the lock lost.
 */
class ApplyLock {
    client;
    name;
    namespace;
    options;
    renewal;
    lostReason;
    renewing;
    released = false;
    lastRenewed = 0;
    lastSeenHeld = 0;
    written;
    constructor(client, name, namespace, options) {
        this.client = client;
        this.name = name;
        this.namespace = namespace;
        this.options = options;
    }
    get leaseSeconds() {
        return this.options.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
    }
    now() {
        return (this.options.now ?? (() => external_node_perf_hooks_.performance.now()))();
    }
    /**
     * Reads where Leases are served, so that acquire can start at once; run it beside other reads. A
     * failure here shows again, described, when the lock is taken.
     */
    async discover() {
        await this.client.resourceFor(LEASE_API_VERSION, 'Lease').catch(() => undefined);
    }
    async acquire() {
        // Most runs find no Lease (the last run deleted its own): create it straight away, and read it
        // only when that finds one.
        if (!(await this.claim(undefined)))
            await this.waitAndClaim();
        this.lastRenewed = this.now();
        this.lastSeenHeld = this.lastRenewed;
        this.renewal = setInterval(() => this.tick(), (this.leaseSeconds * 1000) / 4);
        this.renewal.unref();
    }
    /** Until the Lease is free or its holder stopped renewing it, then claims it (or times out). */
    async waitAndClaim() {
        const deadline = this.now() + this.options.timeoutMs;
        let observed;
        let announced = false;
        for (;;) {
            const current = await this.client.get(this.ref());
            const spec = specOf(current);
            const version = current ? JSON.stringify((0,resource/* metadataOf */.Nk)(current).resourceVersion) : '';
            // Our own earlier write took effect although its answer was lost (a reset, a 5xx).
            if (current && spec.holderIdentity === this.options.holder) {
                this.remember(current);
                break;
            }
            if (observed?.version !== version)
                observed = { version, since: this.now() };
            const unchangedMs = this.now() - observed.since;
            const expired = unchangedMs >= (spec.leaseDurationSeconds ?? this.leaseSeconds) * 1000;
            if (!current || !spec.holderIdentity || expired) {
                if (await this.claim(current)) {
                    if (current && spec.holderIdentity)
                        this.options.log?.(`took over the lock from ${spec.holderIdentity}: its Lease ${this.namespace}/${this.name} was not renewed for ${Math.round(unchangedMs / 1000)}s`);
                    break;
                }
                observed = undefined;
                continue;
            }
            const cancelled = (0,cancel/* cancellation */.WN)(this.options.signal);
            if (cancelled)
                throw cancelled;
            if (this.now() >= deadline) {
                throw new errors/* UserError */.y(`another apply of this app holds the lock (Lease ${this.namespace}/${this.name}, held by ${spec.holderIdentity}); it did not finish within lock-timeout. Wait for it, or raise lock-timeout`);
            }
            if (!announced) {
                this.options.log?.(`waiting for the lock: Lease ${this.namespace}/${this.name} is held by ${spec.holderIdentity}`);
                announced = true;
            }
            await (0,cancel/* pause */.v7)(Math.min(this.options.pollMs ?? 2000, Math.max(0, deadline - this.now())), this.options.signal);
        }
    }
    /**
     * Throws when the lock is no longer ours (another holder took it, or it could not be renewed): called
     * before each stage that changes the cluster, so a run that lost its lock stops before the next one.
     */
    async confirm() {
        this.checkRenewalDeadline();
        // Seen held a moment ago (taken, renewed or read): as client-go's leader does, trust that without
        // a round trip. Another run takes over only a Lease it saw unrenewed for the whole lease.
        if (!this.lostReason && this.now() - this.lastSeenHeld >= SEEN_HELD_FRESH_MS) {
            const current = await this.client.get(this.ref());
            if (specOf(current).holderIdentity !== this.options.holder)
                this.lostReason = `it is now held by ${specOf(current).holderIdentity ?? 'nobody'}`;
            else
                this.lastSeenHeld = this.now();
        }
        if (this.lostReason) {
            throw new errors/* UserError */.y(`lost the lock (Lease ${this.namespace}/${this.name}): ${this.lostReason}; stopped before the next stage so that two applies never run at once. Run the apply again`);
        }
    }
    /**
     * Deletes the Lease only while this process holds it, on the condition of its UID and
     * resourceVersion: first as this process last wrote it, and when it changed since (a renewal whose
     * answer was lost), as it reads now, if it still names this process.
     */
    async release() {
        clearInterval(this.renewal);
        this.renewal = undefined;
        this.released = true;
        // A renewal still in flight could otherwise land after the delete and keep the Lease alive.
        await this.renewing;
        if (this.written && (await this.deleteUnchanged(this.written)))
            return;
        const current = await this.client.get(this.ref());
        if (!current || specOf(current).holderIdentity !== this.options.holder)
            return;
        const { uid, resourceVersion } = (0,resource/* metadataOf */.Nk)(current);
        if (typeof uid === 'string' && typeof resourceVersion === 'string')
            await this.deleteUnchanged({ uid, resourceVersion });
    }
    /** False when the Lease changed since that version (409): no longer the one to delete. */
    async deleteUnchanged(version) {
        try {
            await this.client.delete(this.ref(), 'Background', version);
            return true;
        }
        catch (error) {
            if (error instanceof api_error/* KubeApiError */.W && error.status === 409)
                return false;
            throw error;
        }
    }
    async claim(current) {
        const now = microTime();
        const spec = {
            holderIdentity: this.options.holder,
            leaseDurationSeconds: this.leaseSeconds,
            acquireTime: now,
            renewTime: now,
        };
        try {
            const lease = await (current
                ? this.client.replace({ ...current, spec })
                : this.client.create({
                    apiVersion: LEASE_API_VERSION,
                    kind: 'Lease',
                    metadata: { name: this.name, namespace: this.namespace },
                    spec,
                }));
            // A create whose answer was lost is looked up, and may turn out to be someone else's.
            if (specOf(lease).holderIdentity !== this.options.holder)
                return false;
            this.remember(lease);
            return true;
        }
        catch (error) {
            // Someone else created or renewed it between our read and write: read again.
            if (error instanceof api_error/* KubeApiError */.W && error.status === 409)
                return false;
            throw error;
        }
    }
    /** One renewal at a time; while one hangs, the time since the last success still counts. */
    tick() {
        if (this.renewing) {
            this.checkRenewalDeadline();
            return;
        }
        this.renewing = this.renew().finally(() => {
            this.renewing = undefined;
        });
    }
    /**
     * The lock counts as lost once it has gone unrenewed for two thirds of the lease (client-go's
     * renewDeadline), well before another run may take it over.
     */
    checkRenewalDeadline() {
        if (!this.renewal || this.lostReason)
            return;
        const sinceMs = this.now() - this.lastRenewed;
        if (sinceMs >= (this.leaseSeconds * 1000 * 2) / 3)
            this.lostReason = `it could not be renewed for ${Math.round(sinceMs / 1000)}s`;
    }
    async renew() {
        if (this.lostReason || this.released)
            return;
        try {
            const current = await this.client.get(this.ref());
            if (this.released)
                return;
            if (!current || specOf(current).holderIdentity !== this.options.holder) {
                this.lostReason = `it is now held by ${specOf(current).holderIdentity ?? 'nobody'}`;
                return;
            }
            this.remember(await this.client.replace({
                ...current,
                spec: { ...specOf(current), renewTime: microTime() },
            }));
            this.lastRenewed = this.now();
            this.lastSeenHeld = this.lastRenewed;
        }
        catch (error) {
            this.options.log?.(`could not renew the lock: ${error.message}`);
            this.checkRenewalDeadline();
        }
    }
    /** The Lease as this process last wrote it, which release deletes on that condition. */
    remember(lease) {
        const { uid, resourceVersion } = (0,resource/* metadataOf */.Nk)(lease);
        if (typeof uid === 'string' && typeof resourceVersion === 'string')
            this.written = { uid, resourceVersion };
    }
    ref() {
        return {
            apiVersion: LEASE_API_VERSION,
            kind: 'Lease',
            namespace: this.namespace,
            name: this.name,
        };
    }
}
function specOf(lease) {
    return lease && (0,resource/* isRecord */.u4)(lease.spec) ? lease.spec : {};
}
/** Kubernetes MicroTime: RFC 3339 with microseconds. */
function microTime(date = new Date()) {
    return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

// EXTERNAL MODULE: ./src/cluster/namespace-state.ts
var namespace_state = __webpack_require__(42045);
// EXTERNAL MODULE: ./src/model/app-identity.ts
var app_identity = __webpack_require__(63529);
// EXTERNAL MODULE: ./src/model/namespace.ts
var namespace = __webpack_require__(59622);
// EXTERNAL MODULE: ./src/rbac/preflight.ts + 1 modules
var preflight = __webpack_require__(96796);
// EXTERNAL MODULE: ./src/app/commands/access-settings.ts
var access_settings = __webpack_require__(79742);
// EXTERNAL MODULE: ./src/manifests/image-reference.ts
var image_reference = __webpack_require__(7499);
// EXTERNAL MODULE: ./src/tools/exec-tool.ts
var exec_tool = __webpack_require__(94389);
;// CONCATENATED MODULE: ./src/build/build-tool.ts


const SHOWN_ON_FAILURE = 20;
/** The path of a builder's tool, or a UserError naming the workflow step that installs it. */
async function requireTool(command, missing) {
    const found = await (0,exec_tool/* findTool */.SG)(command);
    if (!found)
        throw new errors/* UserError */.y(`${command} was not found on PATH: ${missing}`);
    return found;
}
/**
 * Runs one step of a build, its output shown as it comes (a build takes minutes); when it fails, the
 * error carries the builder's last lines, stdout and stderr as they interleaved. Returns all it printed.
 */
async function runBuildStep(tool, args, description, log) {
    const lastLines = [];
    const result = await (0,exec_tool/* execTool */.wc)(tool, args, {
        onLine: (line) => {
            log.info(line);
            lastLines.push(line);
            if (lastLines.length > SHOWN_ON_FAILURE)
                lastLines.shift();
        },
    });
    (0,exec_tool/* failUnlessSucceeded */.ay)(result, description, lastLines.join('\n'));
    return `${result.stdout}\n${result.stderr}`;
}

;// CONCATENATED MODULE: ./src/build/digest.ts
/** An image digest as registries report it. */
function isDigest(value) {
    return typeof value === 'string' && /^sha256:[0-9a-f]{64}$/.test(value);
}
/**
 * The last digest a builder printed after `label`: docker push ends `<tag>: digest: sha256:… size: 1570`,
 * pack `*** Digest: sha256:…`. Undefined when there is none.
 */
function lastDigestAfter(output, label) {
    const digests = output.split('\n').flatMap((line) => {
        const at = line.indexOf(label);
        const candidate = at === -1 ? '' : (line.slice(at + label.length).split(/\s/)[0] ?? '');
        return isDigest(candidate) ? [candidate] : [];
    });
    return digests.at(-1);
}

;// CONCATENATED MODULE: ./src/build/buildpacks.ts



const SETUP_PACK = 'add the step buildpacks/github-actions/setup-pack (https://github.com/buildpacks/github-actions) before kubesync';
/** `pack build --publish`: pack pushes the image itself and ends with `*** Digest: sha256:…`. */
async function buildWithBuildpacks(build, log) {
    const pack = await requireTool('pack', `the buildpack builder needs the pack CLI; ${SETUP_PACK}`);
    const output = await runBuildStep(pack, packBuildArgs(build), `pack build of ${build.image}`, log);
    return digestFromPackOutput(output, build.image);
}
function packBuildArgs(build) {
    return [
        'build',
        build.image,
        '--path',
        build.context,
        '--publish',
        ...build.args.flatMap((arg) => ['--env', arg]),
    ];
}
function digestFromPackOutput(output, image) {
    const digest = lastDigestAfter(output, 'Digest: ');
    if (!digest)
        throw new errors/* UserError */.y(`pack build of ${image} printed no digest (a "*** Digest: sha256:…" line)`);
    return digest;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/build/dockerfile.ts







const SETUP_BUILDX = 'add the step docker/setup-buildx-action (https://github.com/docker/setup-buildx-action) before kubesync, or install Docker with buildx';
/** `docker buildx build --push`, the digest read from the metadata file buildx writes. */
async function buildWithDockerfile(build, log) {
    const docker = await requireTool('docker', `the dockerfile builder needs docker buildx; ${SETUP_BUILDX}`);
    const buildx = await (0,exec_tool/* execTool */.wc)(docker, ['buildx', 'version']);
    if (buildx.exitCode !== 0)
        throw new errors/* UserError */.y(`docker has no buildx plugin, which the dockerfile builder needs: ${SETUP_BUILDX}`);
    const folder = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'kubesync-build-'));
    try {
        const metadataFile = external_node_path_default().join(folder, 'metadata.json');
        await runBuildStep(docker, dockerBuildArgs(build, metadataFile), `docker buildx build of ${build.image}`, log);
        return digestFromMetadata(await (0,promises_.readFile)(metadataFile, 'utf8').catch(() => ''), build.image);
    }
    finally {
        await (0,promises_.rm)(folder, { recursive: true, force: true });
    }
}
function dockerBuildArgs(build, metadataFile) {
    return [
        'buildx',
        'build',
        '--push',
        '--metadata-file',
        metadataFile,
        ...(build.dockerfile ? ['-f', build.dockerfile] : []),
        '-t',
        build.image,
        ...build.args.flatMap((arg) => ['--build-arg', arg]),
        build.context,
    ];
}
/** buildx's `--metadata-file` JSON: the pushed manifest's digest is `containerimage.digest`. */
function digestFromMetadata(text, image) {
    let metadata;
    try {
        metadata = JSON.parse(text);
    }
    catch {
        metadata = undefined;
    }
    const digest = typeof metadata === 'object' && metadata !== null
        ? metadata['containerimage.digest']
        : undefined;
    if (!isDigest(digest))
        throw new errors/* UserError */.y(`docker buildx build of ${image} reported no pushed digest (containerimage.digest in its --metadata-file); is the buildx driver one that can push (docker/setup-buildx-action sets one up)?`);
    return digest;
}

;// CONCATENATED MODULE: ./src/build/nixpacks.ts



const INSTALL_NIXPACKS = 'install it before kubesync, e.g. a step running `curl -sSL https://nixpacks.com/install.sh | bash` (https://nixpacks.com/docs/install)';
/** `nixpacks build` into the local Docker, then `docker push`, whose last line names the digest. */
async function buildWithNixpacks(build, log) {
    const nixpacks = await requireTool('nixpacks', `the nixpacks builder needs it; ${INSTALL_NIXPACKS}`);
    const docker = await requireTool('docker', 'the nixpacks builder builds with Docker and pushes with docker push; install Docker (it is on GitHub-hosted Linux runners)');
    await runBuildStep(nixpacks, nixpacksBuildArgs(build), `nixpacks build of ${build.image}`, log);
    const pushed = await runBuildStep(docker, ['push', build.image], `docker push ${build.image}`, log);
    return digestFromPushOutput(pushed, build.image);
}
function nixpacksBuildArgs(build) {
    return ['build', build.context, '--name', build.image, ...build.args.flatMap((arg) => ['--env', arg])];
}
function digestFromPushOutput(output, image) {
    const digest = lastDigestAfter(output, 'digest: ');
    if (!digest)
        throw new errors/* UserError */.y(`docker push ${image} printed no digest (a "digest: sha256:…" line)`);
    return digest;
}

;// CONCATENATED MODULE: ./src/build/build-image.ts




const BUILDERS = {
    dockerfile: buildWithDockerfile,
    nixpacks: buildWithNixpacks,
    buildpack: buildWithBuildpacks,
};
/** Builds and pushes the image; returns the pushed image pinned by digest (`ghcr.io/acme/web@sha256:…`). */
async function buildImage(build, log) {
    const digest = await BUILDERS[build.builder](build, log);
    return pinnedReference(build.image, digest);
}
/** `ghcr.io/acme/web:abc123` pushed as `sha256:…` → `ghcr.io/acme/web@sha256:…`. */
function pinnedReference(image, digest) {
    return (0,image_reference/* joinImage */.OJ)({ name: (0,image_reference/* splitImage */.s5)(image).name, digest });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/manifests/load.ts + 10 modules
var load = __webpack_require__(53537);
;// CONCATENATED MODULE: ./src/build/plan-image-build.ts




/**
 * What building an Application's spec.build means here: the image (input `image` or spec.image)
 * tagged `image-tag` or the commit sha; the context relative to the repository root (default `.`),
 * the Dockerfile relative to the context (default `Dockerfile`), as docker compose reads them.
 */
async function planImageBuild(app, workspace, settings) {
    const name = app.metadata.name;
    const spec = app.spec.build;
    if (!spec) {
        throw new errors/* UserError */.y(`build is on, but Application ${name} has no spec.build: add one (builder: dockerfile, nixpacks or buildpack), or turn build off and deploy a pushed image`);
    }
    const named = settings.image || app.spec.image;
    if (!named) {
        throw new errors/* UserError */.y(`build is on, but Application ${name} names no image to push to: set spec.image (e.g. ghcr.io/acme/${name}) or the image input`);
    }
    const tag = settings.imageTag || (settings.commit === 'unknown' ? '' : settings.commit);
    if (!tag)
        throw new errors/* UserError */.y('build is on, but there is no commit to tag the image with: set image-tag');
    const context = await workspace.resolve(spec.context ?? '.', 'spec.build.context');
    const dockerfilePath = external_node_path_default().join(context, spec.dockerfile ?? 'Dockerfile');
    const builder = spec.builder ?? (spec.dockerfile !== undefined || (0,external_node_fs_.existsSync)(dockerfilePath) ? 'dockerfile' : 'nixpacks');
    const dockerfile = builder === 'dockerfile'
        ? await workspace.resolve(workspace.relative(dockerfilePath), 'spec.build.dockerfile')
        : undefined;
    return {
        builder,
        image: (0,load/* withTag */.Rd)(named, tag),
        context,
        ...(dockerfile ? { dockerfile } : {}),
        args: Object.entries(spec.args ?? {}).map(([key, value]) => `${key}=${String(value)}`),
    };
}

// EXTERNAL MODULE: ./src/manifests/workspace.ts + 1 modules
var workspace = __webpack_require__(17687);
;// CONCATENATED MODULE: ./src/app/commands/build-before-apply.ts





/**
 * With `build`, builds and pushes the Application's image, and hands back settings whose `image` is
 * the pushed digest: the apply then validates and deploys exactly what was built. Invalid manifests
 * are not built; the validation that follows reports them and applies nothing.
 */
async function buildBeforeApply(settings, provenance, log) {
    if (!settings.build)
        return { settings };
    const loaded = await (0,load/* loadManifests */.DD)(settings);
    if (loaded.type !== 'app') {
        throw new errors/* UserError */.y(`build builds a PipeOps Application's spec.build, but ${settings.manifest} is ${loaded.type} manifests: build and push the image in an earlier step (docker/build-push-action), and turn build off`);
    }
    if (!loaded.app || loaded.findings.some((finding) => finding.severity === 'error')) {
        log.info('build: skipped, the Application has errors (validation lists them)');
        return { settings };
    }
    const build = await planImageBuild(loaded.app, await workspace/* Workspace */.a.open(settings.workspace), {
        image: settings.image,
        imageTag: settings.imageTag,
        commit: provenance.commit,
    });
    // imageTag is cleared so the pinned reference is deployed as it is, not re-tagged.
    if (settings.apply.dryRun) {
        log.info(`dry-run: ${build.image} is not built or pushed; the plan shows it by tag`);
        return { settings: { ...settings, image: build.image, imageTag: '' } };
    }
    const image = await log.group(`build ${build.image} (${build.builder})`, async () => {
        const pinned = await buildImage(build, log);
        log.info(`pushed ${pinned}`);
        return pinned;
    });
    return { settings: { ...settings, image, imageTag: '' }, image };
}

// EXTERNAL MODULE: ./src/secrets/doppler-secret.ts
var doppler_secret = __webpack_require__(25150);
// EXTERNAL MODULE: ./src/app/commands/validate-and-connect.ts + 1 modules
var validate_and_connect = __webpack_require__(9850);
;// CONCATENATED MODULE: ./src/sync/commit-order.ts

/**
 * Applying a commit that does not come after the last applied one is almost always a delayed or
 * misdirected run: refused unless allow-older. History decides, never committer dates (a commit
 * dated in the future would block every later deploy). When history cannot tell, the apply goes on
 * with the warning this returns.
 */
async function checkCommitOrder(state, provenance, ancestry, allowOlder) {
    const last = state?.lastCommit;
    if (!last || last === provenance.commit)
        return undefined;
    const verdict = ancestry
        ? await ancestry(last, provenance.commit)
        : { relation: 'unknown', why: 'no git history was given' };
    const commit = commit_order_short(provenance.commit);
    switch (verdict.relation) {
        case 'same':
        case 'descendant':
            return undefined;
        case 'unknown':
            return `could not tell whether commit ${commit} comes after ${commit_order_short(last)}, which this app last applied: ${verdict.why}; applying it anyway`;
        case 'ancestor':
            if (allowOlder)
                return undefined;
            throw new errors/* UserError */.y(`commit ${commit} is older than ${commit_order_short(last)}, which this app last applied (it is one of its ancestors); refusing to go back. Set allow-older: true to roll back on purpose`);
        case 'diverged':
            if (allowOlder)
                return undefined;
            throw new errors/* UserError */.y(`commit ${commit} and ${commit_order_short(last)}, which this app last applied, have diverged: neither comes after the other (a force-push, or a deploy from another branch); refusing to apply it over the other. Set allow-older: true to apply it on purpose`);
    }
}
function commit_order_short(sha) {
    return sha.slice(0, 12);
}

// EXTERNAL MODULE: ./src/sync/record.ts
var record = __webpack_require__(74110);
// EXTERNAL MODULE: ./src/model/origin.ts
var origin = __webpack_require__(51579);
// EXTERNAL MODULE: ./src/plan/plan.ts + 3 modules
var plan_plan = __webpack_require__(15135);
// EXTERNAL MODULE: ./src/plan/destructive.ts
var destructive = __webpack_require__(11711);
;// CONCATENATED MODULE: ./src/sync/destructive-refusal.ts



/**
 * Why apply must not start: destructive changes no one approved, each named with what it destroys, and
 * how to approve them. Its first line stands alone, as the commit status shows only that. Undefined
 * when every destructive change is approved.
 */
function destructiveRefusal(changes) {
    const unapproved = (0,destructive/* unapprovedDestructive */.Dc)(changes);
    if (unapproved.length === 0)
        return undefined;
    const subjects = unapproved.map((change) => change.subject).join(', ');
    return [
        `refused ${(0,plural/* plural */.L)(unapproved.length, 'destructive change')} without approval: ${subjects}`,
        ...unapproved.map((change) => `  ${change.origin ? `${(0,origin/* formatOrigin */.cp)(change.origin)}: ` : ''}${change.subject}: ${change.destructive?.reasons.join('; ') ?? ''}`),
        'To apply them, set allow-destructive: true (e.g. on a workflow_dispatch run), or add the label that destructive-approval-label names (kubesync/allow-destructive unless set) to the pull request and merge it; otherwise change the manifests so that nothing is destroyed.',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/plan/ownership.ts
var ownership = __webpack_require__(59742);
;// CONCATENATED MODULE: ./src/sync/ownership-refusal.ts



/**
 * Why apply must not start: objects another owner claims that the workflow did not allow taking over,
 * each named with its owner and where it is declared, and what to do. Its first line stands alone, as
 * the commit status shows only that. Undefined when there are none.
 */
function ownershipRefusal(changes) {
    const owned = (0,ownership/* unadoptedOwned */.qJ)(changes);
    if (owned.length === 0)
        return undefined;
    return [
        `refused to take over ${(0,plural/* plural */.L)(owned.length, 'object')} that another owner manages: ${owned.map((change) => change.subject).join(', ')}`,
        ...owned.map((change) => `  ${change.origin ? `${(0,origin/* formatOrigin */.cp)(change.origin)}: ` : ''}${change.subject} is managed by ${change.owned?.owner ?? ''}`),
        `Remove these objects from this app's manifests (or from their owner, and delete the owner's markers from the live objects). To take them over, set allow-adoption: true in the workflow, or allow-adoption: annotated and the annotation ${ownership/* ADOPT_ANNOTATION */.l1}: "true" on each object.`,
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/sync/refusals.ts




/**
 * Why apply must not start with these changes: objects another owner claims that no one allowed taking
 * over, the destructive changes no one approved, then one line per change that cannot be applied as
 * planned.
 */
function refusalsOf(changes) {
    return [
        ownershipRefusal(changes) ?? [],
        destructiveRefusal(changes) ?? [],
        changes.flatMap((change) => refusalOf(change) ?? []),
    ].flat();
}
function refusalOf(change) {
    if (change.conflict)
        return change.conflict;
    if (!change.replace || change.replace.allowed)
        return undefined;
    const fields = change.replace.fields.join(', ');
    return `${change.origin ? `${(0,origin/* formatOrigin */.cp)(change.origin)}: ` : ''}${change.subject}: the update changes ${fields}, which the API server does not change in place (immutable). Set force-replace: true, or the annotation ${plan_plan/* REPLACE_ANNOTATION */.B}: "true" on this object, to delete it and create it again (its pods or data go with it), or leave ${fields} as it is`;
}

// EXTERNAL MODULE: ./src/plan/planned-hooks.ts
var planned_hooks = __webpack_require__(48692);
// EXTERNAL MODULE: ./src/model/object.ts
var model_object = __webpack_require__(97278);
// EXTERNAL MODULE: ./src/manifests/hook-labels.ts
var hook_labels = __webpack_require__(74331);
;// CONCATENATED MODULE: ./src/sync/replace.ts




/**
 * Deletes the object that has the given UID and waits until the server no longer has it (finalizers
 * and foreground deletion can keep it a while), so that a create of the same name can follow.
 */
async function deleteAndWaitUntilGone(client, ref, uid, options) {
    const preconditions = typeof uid === 'string' ? { uid } : {};
    try {
        await client.delete(ref, 'Foreground', preconditions);
    }
    catch (error) {
        // The precondition failed: the object was already replaced by someone else.
        if (!(error instanceof api_error/* KubeApiError */.W && error.status === 409))
            throw error;
    }
    // From here on the object goes, whatever happens to the wait.
    options.onDeleted?.();
    const deadline = Date.now() + options.timeoutMs;
    for (;;) {
        const current = await client.get(ref);
        if (!current || (0,resource/* metadataOf */.Nk)(current).uid !== uid)
            return;
        if (Date.now() >= deadline) {
            throw new errors/* UserError */.y(`${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}: still being deleted for replacement after the timeout (finalizers ${JSON.stringify((0,resource/* metadataOf */.Nk)(current).finalizers ?? [])}); nothing was created in its place`);
        }
        const cancelled = (0,cancel/* cancellation */.WN)(options.signal);
        if (cancelled)
            throw cancelled;
        await (0,cancel/* pause */.v7)(Math.min(options.pollMs ?? 1000, Math.max(0, deadline - Date.now())), options.signal);
    }
}

;// CONCATENATED MODULE: ./src/cluster/container-log.ts
/**
 * The last lines of one container's log, or undefined when there is none to read: the kubelet serves no
 * logs (a test cluster's stand-in), the container never started, or the read is not allowed. Evidence for
 * a failure report is a bonus; it never turns into a failure of its own.
 */
async function readContainerLog(client, namespace, target, tailLines = 20) {
    if (!client.podLog)
        return undefined;
    try {
        const text = await client.podLog(namespace, target.pod, target.container, {
            tailLines,
            previous: target.previous,
        });
        const lines = text.split('\n').filter((line, index, all) => line !== '' || index < all.length - 1);
        return lines.length > 0 ? { ...target, lines: lines.slice(-tailLines) } : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/cluster/warning-events.ts

/**
 * The Warning events in a namespace about the objects with these uids (a workload, its ReplicaSets and
 * pods): what `kubectl describe` lists under Events.
 */
async function readWarningEvents(client, namespace, objects) {
    const uids = new Set(objects.map((object) => (0,resource/* metadataOf */.Nk)(object).uid).filter((uid) => typeof uid === 'string'));
    if (uids.size === 0)
        return [];
    const events = await client.list('v1', 'Event', { namespace });
    return events.filter((event) => {
        const involved = event.involvedObject;
        return event.type === 'Warning' && uids.has(involved?.uid);
    });
}

;// CONCATENATED MODULE: ./src/cluster/label-selector.ts

/**
 * A LabelSelector (`spec.selector` of a workload) as the `labelSelector` query string of a list;
 * undefined when it selects nothing that can be written as one.
 */
function selectorQuery(selector) {
    if (!(0,resource/* isRecord */.u4)(selector))
        return undefined;
    const terms = [];
    if ((0,resource/* isRecord */.u4)(selector.matchLabels))
        for (const [key, value] of Object.entries(selector.matchLabels))
            terms.push(`${key}=${String(value)}`);
    for (const expression of Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []) {
        if (!(0,resource/* isRecord */.u4)(expression) || typeof expression.key !== 'string')
            continue;
        const values = Array.isArray(expression.values) ? expression.values.map(String).join(',') : '';
        switch (expression.operator) {
            case 'In':
                terms.push(`${expression.key} in (${values})`);
                break;
            case 'NotIn':
                terms.push(`${expression.key} notin (${values})`);
                break;
            case 'Exists':
                terms.push(expression.key);
                break;
            case 'DoesNotExist':
                terms.push(`!${expression.key}`);
                break;
        }
    }
    return terms.length > 0 ? terms.join(',') : undefined;
}

;// CONCATENATED MODULE: ./src/cluster/workload-pods.ts


const NONE = { replicaSets: [], pods: [] };
/** Kinds whose pods are found by their selector and owner reference. */
const POD_OWNERS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);
function uidOf(object) {
    const uid = (0,resource/* metadataOf */.Nk)(object).uid;
    return typeof uid === 'string' ? uid : undefined;
}
function ownedBy(object, owners) {
    const references = (0,resource/* metadataOf */.Nk)(object).ownerReferences;
    return (Array.isArray(references) &&
        references.some((reference) => (0,resource/* isRecord */.u4)(reference) && owners.has(String(reference.uid))));
}
/**
 * The pods of a workload, as the controllers own them: a Deployment's through its ReplicaSets, a Job's,
 * StatefulSet's, DaemonSet's or ReplicaSet's directly; a Pod is its own. Read by the workload's selector,
 * kept only when owned, so a pod that merely matches the labels is not counted.
 */
async function readWorkloadPods(client, object) {
    const kind = (0,resource/* kindOf */.I)(object) ?? '';
    const namespace = (0,resource/* metadataOf */.Nk)(object).namespace;
    if (kind === 'Pod')
        return { replicaSets: [], pods: [object] };
    const uid = uidOf(object);
    const spec = (0,resource/* isRecord */.u4)(object.spec) ? object.spec : {};
    const labelSelector = selectorQuery(spec.selector);
    if (!POD_OWNERS.has(kind) || !uid || typeof namespace !== 'string' || !labelSelector)
        return NONE;
    const options = { namespace, labelSelector };
    const own = new Set([uid]);
    const replicaSets = kind === 'Deployment'
        ? (await client.list('apps/v1', 'ReplicaSet', options)).filter((replicaSet) => ownedBy(replicaSet, own))
        : [];
    const owners = new Set([uid, ...replicaSets.flatMap((replicaSet) => uidOf(replicaSet) ?? [])]);
    const pods = (await client.list('v1', 'Pod', options)).filter((pod) => ownedBy(pod, owners));
    return { replicaSets, pods };
}

;// CONCATENATED MODULE: ./src/sync/failure-report.ts


/** How telling a finding is: the lower, the nearer the cause (a crash beats "0/1 replicas ready"). */
const CAUSE = 1;
const SCHEDULING = 2;
const CONTROLLER = 3;
const NOT_READY = 4;
const PENDING = 5;
const COUNTS = 6;
const IMAGE_PULL = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);
/** Waiting reasons of a container on its way up: nothing wrong yet. */
const STARTING = new Set(['ContainerCreating', 'PodInitializing']);
const EVENTS_SHOWN = 8;
function fields(value) {
    return (0,resource/* isRecord */.u4)(value) ? value : {};
}
function failure_report_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function num(value) {
    return typeof value === 'number' ? value : undefined;
}
function nameOf(object) {
    return failure_report_text((0,resource/* metadataOf */.Nk)(object).name) ?? '';
}
function conditionsOf(object) {
    const conditions = object ? fields(object.status).conditions : undefined;
    return Array.isArray(conditions) ? conditions.map(fields) : [];
}
function condition(object, type) {
    return conditionsOf(object).find((entry) => entry.type === type);
}
/** `Reason: message`, or whichever of the two there is. */
function reasonAndMessage(entry) {
    const reason = failure_report_text(entry.reason);
    const message = failure_report_text(entry.message);
    return [reason, message].filter(Boolean).join(': ');
}
/** `12s`, `3m`, `5h`, `2d`: how long ago, as kubectl prints ages. */
function ageOf(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 120)
        return `${seconds}s`;
    if (seconds < 7200)
        return `${Math.floor(seconds / 60)}m`;
    if (seconds < 172_800)
        return `${Math.floor(seconds / 3600)}h`;
    return `${Math.floor(seconds / 86_400)}d`;
}
/** What one container's status says is wrong, if anything. */
function containerFinding(pod, status, init) {
    const name = `${init ? 'init container' : 'container'} ${failure_report_text(status.name) ?? ''}`;
    const state = fields(status.state);
    const waiting = (0,resource/* isRecord */.u4)(state.waiting) ? state.waiting : undefined;
    const terminated = (0,resource/* isRecord */.u4)(state.terminated) ? state.terminated : undefined;
    const last = fields(fields(status.lastState).terminated);
    const restarts = num(status.restartCount) ?? 0;
    const reason = failure_report_text(waiting?.reason);
    if (reason && IMAGE_PULL.has(reason)) {
        const message = failure_report_text(waiting?.message);
        return {
            rank: CAUSE,
            key: `${name} ${reason}`,
            pod,
            text: `${name} cannot pull image ${failure_report_text(status.image) ?? ''}: ${reason}${message ? ` (${message})` : ''}`,
        };
    }
    if (reason === 'CrashLoopBackOff') {
        const lastEnd = exitOf(last);
        return {
            rank: CAUSE,
            key: `${name} ${reason}`,
            pod,
            text: `${name} is in CrashLoopBackOff, restarted ${(0,plural/* plural */.L)(restarts, 'time')}${lastEnd ? `; last run ${lastEnd}` : ''}`,
        };
    }
    if (reason && !STARTING.has(reason)) {
        const message = failure_report_text(waiting?.message);
        return {
            rank: CAUSE,
            key: `${name} ${reason}`,
            pod,
            text: `${name}: ${reason}${message ? ` (${message})` : ''}`,
        };
    }
    if (terminated && (num(terminated.exitCode) ?? 0) !== 0) {
        return { rank: CAUSE, key: `${name} exit`, pod, text: `${name} ${exitOf(terminated) ?? 'failed'}` };
    }
    if (!init && (0,resource/* isRecord */.u4)(state.running) && status.ready === false) {
        return { rank: NOT_READY, key: `${name} not ready`, pod, text: `${name} is running but not ready` };
    }
    if (reason)
        return { rank: PENDING, key: `${name} ${reason}`, pod, text: `${name}: ${reason}` };
    return undefined;
}
/** `was OOMKilled (exit code 137)`, `exited with code 1 (Error): message`. */
function exitOf(terminated) {
    const code = num(terminated.exitCode);
    if (code === undefined)
        return undefined;
    const reason = failure_report_text(terminated.reason);
    const message = failure_report_text(terminated.message);
    const how = reason === 'OOMKilled'
        ? `was OOMKilled, out of memory (exit code ${code})`
        : `exited with code ${code}${reason ? ` (${reason})` : ''}`;
    return `${how}${message ? `: ${message}` : ''}`;
}
/** What is wrong with one pod, most telling first. */
function podFindings(pod) {
    const name = nameOf(pod);
    const status = fields(pod.status);
    const phase = failure_report_text(status.phase) ?? 'Pending';
    const found = [];
    const scheduled = condition(pod, 'PodScheduled');
    if (scheduled?.status === 'False') {
        // What the scheduler tried after (preemption) only repeats that nothing fits.
        const message = failure_report_text(scheduled.message)?.replace(/\s+preemption:.*$/s, '');
        const said = reasonAndMessage({ reason: scheduled.reason, message }) || 'Unschedulable';
        found.push({
            rank: SCHEDULING,
            key: `unschedulable ${message ?? ''}`,
            pod: name,
            text: `${phase}, cannot be scheduled: ${said}`,
        });
    }
    if (phase === 'Failed' && (failure_report_text(status.reason) || failure_report_text(status.message))) {
        found.push({
            rank: CAUSE,
            key: `failed ${failure_report_text(status.reason) ?? ''}`,
            pod: name,
            text: `failed: ${reasonAndMessage(status)}`,
        });
    }
    const statuses = (key, init) => (Array.isArray(status[key]) ? status[key] : []).map((entry) => containerFinding(name, fields(entry), init));
    for (const finding of [...statuses('initContainerStatuses', true), ...statuses('containerStatuses', false)])
        if (finding)
            found.push(finding);
    if (found.length === 0 && phase === 'Pending')
        found.push({ rank: PENDING, key: 'pending', pod: name, text: 'Pending' });
    if (found.length === 0 && phase === 'Running' && condition(pod, 'Ready')?.status === 'False') {
        const ready = condition(pod, 'Ready') ?? {};
        found.push({
            rank: NOT_READY,
            key: 'not ready',
            pod: name,
            text: `Running, not ready: ${reasonAndMessage(ready)}`,
        });
    }
    return found;
}
/** What the object's own status and conditions say: deadlines, replica failures, generations, counts. */
function objectFindings(object) {
    if (!object)
        return [];
    const found = [];
    const status = fields(object.status);
    const spec = fields(object.spec);
    const generation = num((0,resource/* metadataOf */.Nk)(object).generation);
    const observed = num(status.observedGeneration);
    if (generation !== undefined && observed !== undefined && observed < generation) {
        found.push({
            rank: CONTROLLER,
            key: 'generation',
            text: `its controller has not observed generation ${generation} yet (status is of generation ${observed})`,
        });
    }
    // Since 1.31 a Job is FailureTarget while its pods are still being terminated, Failed only after.
    const failedYet = condition(object, 'Failed')?.status === 'True';
    for (const entry of conditionsOf(object)) {
        const type = failure_report_text(entry.type) ?? '';
        const bad = (type === 'FailureTarget' && entry.status === 'True' && !failedYet) ||
            (type === 'Progressing' && entry.reason === 'ProgressDeadlineExceeded') ||
            (type === 'ReplicaFailure' && entry.status === 'True') ||
            (type === 'Failed' && entry.status === 'True') ||
            (type === 'Stalled' && entry.status === 'True') ||
            ((type === 'Ready' || type === 'Available') && entry.status === 'False');
        if (!bad)
            continue;
        const rank = rankOfCondition(type, entry);
        found.push({
            rank,
            key: `condition ${type}`,
            text: `${type}=${failure_report_text(entry.status) ?? ''}: ${reasonAndMessage(entry)}`,
        });
    }
    const counts = replicaCounts((0,resource/* kindOf */.I)(object), spec, status);
    if (counts)
        found.push({ rank: COUNTS, key: 'counts', text: counts });
    return found;
}
/**
 * A ReplicaFailure (pods refused: a quota, a webhook) is the cause; a passed progress deadline only says
 * that something else (a pod never ready) kept the rollout from finishing.
 */
function rankOfCondition(type, entry) {
    if (type === 'ReplicaFailure')
        return CAUSE;
    if (type === 'Progressing' && entry.reason === 'ProgressDeadlineExceeded')
        return PENDING;
    if (type === 'Available' || type === 'Ready')
        return COUNTS;
    return CONTROLLER;
}
/** `replicas: 3 desired, 3 updated, 2 ready, 2 available`, as `kubectl get` shows them. */
function replicaCounts(kind, spec, status) {
    const count = (value) => num(value) ?? 0;
    switch (kind) {
        case 'Deployment':
        case 'StatefulSet':
        case 'ReplicaSet':
            return `replicas: ${num(spec.replicas) ?? 1} desired, ${count(status.updatedReplicas)} updated, ${count(status.readyReplicas)} ready, ${count(status.availableReplicas)} available`;
        case 'DaemonSet':
            return `pods: ${count(status.desiredNumberScheduled)} desired, ${count(status.updatedNumberScheduled)} updated, ${count(status.numberReady)} ready, ${count(status.numberAvailable)} available`;
        case 'Job':
            return `pods: ${count(status.active)} active, ${count(status.succeeded)} succeeded, ${count(status.failed)} failed`;
        default:
            return undefined;
    }
}
/** The pod's findings with the same key told once: `pod web-1 (and 2 more pods): …`. */
function grouped(findings) {
    const byKey = new Map();
    for (const finding of findings) {
        const seen = byKey.get(finding.key);
        if (seen)
            seen.pods += 1;
        else
            byKey.set(finding.key, { finding, pods: 1 });
    }
    return [...byKey.values()].map(({ finding, pods }) => ({
        ...finding,
        text: finding.pod
            ? `pod ${finding.pod}${pods > 1 ? ` (and ${(0,plural/* plural */.L)(pods - 1, 'more pod')})` : ''}: ${finding.text}`
            : finding.text,
    }));
}
function eventTime(event) {
    for (const value of [
        event.lastTimestamp,
        event.eventTime,
        fields(event.series).lastObservedTime,
        event.firstTimestamp,
        (0,resource/* metadataOf */.Nk)(event).creationTimestamp,
    ]) {
        const time = typeof value === 'string' ? Date.parse(value) : NaN;
        if (!Number.isNaN(time))
            return time;
    }
    return undefined;
}
/** Warning events, the same reason and message of one object told once with their count; newest first. */
function summarizeEvents(events, now) {
    const byKey = new Map();
    for (const event of events) {
        if (event.type !== 'Warning')
            continue;
        const involved = fields(event.involvedObject ?? event.regarding);
        const object = `${(failure_report_text(involved.kind) ?? '').toLowerCase()}/${failure_report_text(involved.name) ?? ''}`;
        const reason = failure_report_text(event.reason) ?? '';
        const message = (failure_report_text(event.message) ?? failure_report_text(event.note) ?? '').trim();
        const count = num(event.count) ?? num(fields(event.series).count) ?? 1;
        const last = eventTime(event) ?? now;
        const key = `${object}\u0000${reason}\u0000${message}`;
        const seen = byKey.get(key);
        if (seen) {
            seen.count += count;
            seen.last = Math.max(seen.last, last);
        }
        else
            byKey.set(key, { object, reason, message, count, last });
    }
    return [...byKey.values()]
        .sort((a, b) => b.last - a.last)
        .slice(0, EVENTS_SHOWN)
        .map(({ last, ...event }) => ({ ...event, age: ageOf(now - last) }));
}
/** Events that say why pods are missing or failing, worth naming as the reason when nothing else does. */
const TELLING_EVENTS = new Set([
    'Unhealthy',
    'FailedCreate',
    'FailedScheduling',
    'BackoffLimitExceeded',
    'DeadlineExceeded',
    'FailedMount',
    'FailedAttachVolume',
    'Failed',
    'BackOff',
]);
/**
 * Why the object did not become ready, from what the cluster said at the end of the wait: the pods'
 * container states and scheduling, the object's conditions and counts, and the Warning events. The most
 * telling finding comes first and is the report's reason.
 */
function buildFailureReport(evidence, now) {
    const pods = grouped(evidence.pods.flatMap(podFindings));
    const own = objectFindings(evidence.object);
    const replicaSets = evidence.replicaSets.flatMap((replicaSet) => objectFindings(replicaSet)
        .filter((finding) => finding.rank === CAUSE)
        .map((finding) => ({ ...finding, text: `replicaset ${nameOf(replicaSet)}: ${finding.text}` })));
    const events = summarizeEvents(evidence.events, now);
    const findings = [...pods, ...replicaSets, ...own].sort((a, b) => a.rank - b.rank);
    const telling = events.find((event) => TELLING_EVENTS.has(event.reason));
    const lines = findings.map((finding) => finding.text);
    const top = findings[0]?.rank ?? COUNTS;
    // An event (a webhook refusing the pods, a probe failing) says more than a pod merely not ready.
    if (telling && top >= NOT_READY)
        lines.unshift(`${telling.object}: ${telling.reason}: ${telling.message}`);
    // Without a cause, the wait's own words ("exceeded its progress deadline") stay the reason.
    const caused = (telling && top >= NOT_READY) || top <= NOT_READY;
    const [reason = evidence.status, ...rest] = caused ? lines : [evidence.status, ...lines];
    // A Deployment repeats its ReplicaSet's ReplicaFailure: told once is enough.
    const details = rest.filter((line) => !reason.endsWith(line));
    const log = evidence.logs.find((entry) => entry.lines.length > 0);
    return {
        subject: evidence.subject,
        reason,
        status: evidence.status,
        details,
        events,
        ...(log ? { log } : {}),
    };
}
/**
 * The containers whose log says most: a crashing one's previous run, one that exited with an error, one
 * running but never ready. One per distinct problem, at most `limit`.
 */
function failingContainers(pods, limit = 1) {
    const found = [];
    for (const pod of pods) {
        const statuses = fields(pod.status).containerStatuses;
        for (const entry of Array.isArray(statuses) ? statuses.map(fields) : []) {
            const state = fields(entry.state);
            const waiting = fields(state.waiting);
            const terminated = fields(state.terminated);
            const crashing = waiting.reason === 'CrashLoopBackOff';
            const failed = (num(terminated.exitCode) ?? 0) !== 0;
            const unready = (0,resource/* isRecord */.u4)(state.running) && entry.ready === false;
            if (crashing || failed || unready)
                found.push({ pod: nameOf(pod), container: failure_report_text(entry.name) ?? '', previous: crashing });
            if (found.length >= limit)
                return found;
        }
    }
    return found;
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/manifests/wait-for.ts
var wait_for = __webpack_require__(33011);
;// CONCATENATED MODULE: ./src/sync/readiness-verdict.ts
const ready = (message) => ({ done: true, ok: true, message });
const waiting = (message) => ({ done: false, ok: false, message });
const failed = (message) => ({ done: true, ok: false, message });

;// CONCATENATED MODULE: ./src/sync/object-conditions.ts

/** The object's condition of this type, if it has one. */
function conditionOf(object, type) {
    const conditions = (0,resource/* isRecord */.u4)(object.status) ? object.status.conditions : undefined;
    return Array.isArray(conditions)
        ? conditions.find((entry) => (0,resource/* isRecord */.u4)(entry) && entry.type === type)
        : undefined;
}
/** `failed: BackoffLimitExceeded (Job has reached the specified backoff limit)` */
function withCause(summary, cause) {
    return `${summary}${cause.reason ? `: ${cause.reason}` : ''}${cause.message ? ` (${cause.message})` : ''}`;
}

;// CONCATENATED MODULE: ./src/sync/custom-readiness.ts



function fieldsOf(value) {
    return (0,resource/* isRecord */.u4)(value) ? value : {};
}
function custom_readiness_num(value, fallback = 0) {
    return typeof value === 'number' ? value : fallback;
}
function generationOf(object) {
    const generation = (0,resource/* metadataOf */.Nk)(object).generation;
    return typeof generation === 'number' ? generation : undefined;
}
/** A condition written for an older spec than the object's. */
function conditionBehind(object, condition) {
    const generation = generationOf(object);
    return (generation !== undefined &&
        typeof condition.observedGeneration === 'number' &&
        condition.observedGeneration < generation);
}
/** cert-manager: Issuing first, then Ready. A failed issuance is retried only after an hour's back-off. */
function certificateReadiness(object) {
    const issuing = conditionOf(object, 'Issuing');
    if (issuing?.status === 'True')
        return waiting(withCause('issuing', issuing));
    const readyCondition = conditionOf(object, 'Ready');
    if (!readyCondition)
        return waiting('waiting for certificate');
    if (conditionBehind(object, readyCondition))
        return waiting(`waiting for cert-manager to observe generation ${generationOf(object)}`);
    if (readyCondition.status === 'True')
        return ready(readyCondition.message ?? 'ready');
    if (issuing?.status === 'False')
        return failed(withCause('issuance failed', issuing));
    return waiting(withCause('not ready', readyCondition));
}
/** Argo Rollouts, as Argo CD's health check reads it (paused counts as settled, as Suspended does there). */
function rolloutReadiness(object) {
    const status = fieldsOf(object.status);
    const spec = fieldsOf(object.spec);
    // status.observedGeneration is a string; before v0.10 it was a hash, which says nothing of generations.
    const observed = Number(status.observedGeneration ?? Number.NaN);
    if (!(0,resource/* isRecord */.u4)(object.status) || observed < (generationOf(object) ?? 0))
        return waiting('waiting for the rollout spec update to be observed');
    const conditions = Array.isArray(status.conditions) ? status.conditions : [];
    for (const condition of conditions) {
        if (condition.type === 'InvalidSpec')
            return failed(withCause('invalid spec', condition));
        if (condition.type === 'Progressing' && condition.reason === 'RolloutAborted')
            return failed(withCause('aborted', condition));
        if (condition.type === 'Progressing' && condition.reason === 'ProgressDeadlineExceeded')
            return failed(withCause('exceeded its progress deadline', condition));
    }
    const pauses = Array.isArray(status.pauseConditions) ? status.pauseConditions : [];
    if (pauses.length > 0 || spec.paused === true) {
        const reasons = pauses.map((pause) => pause.reason).filter(Boolean);
        return ready(`paused${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}: promote it to go on`);
    }
    const currentPodHash = status.currentPodHash;
    if (currentPodHash === undefined)
        return waiting('waiting for the rollout to be reconciled');
    const desired = custom_readiness_num(spec.replicas, 1);
    const replicas = custom_readiness_num(status.replicas);
    const updated = custom_readiness_num(status.updatedReplicas);
    const available = custom_readiness_num(status.availableReplicas);
    if (updated < desired)
        return waiting(`${updated}/${desired} replicas updated`);
    if (available < updated)
        return waiting(`${available}/${desired} replicas available`);
    const canaryStatus = fieldsOf(status.canary);
    const stableRS = status.stableRS ?? canaryStatus.stableRS ?? '';
    const strategy = fieldsOf(spec.strategy);
    if (strategy.blueGreen !== undefined) {
        if (fieldsOf(status.blueGreen).activeSelector !== currentPodHash)
            return waiting('active service cutover pending');
        if (stableRS !== '' && stableRS !== currentPodHash)
            return waiting('waiting for analysis to complete');
    }
    else if (strategy.canary !== undefined) {
        if (replicas > updated)
            return waiting(`${replicas - updated} old replicas pending termination`);
        if (stableRS === '' || stableRS !== currentPodHash)
            return waiting('waiting for the canary steps to finish');
    }
    return ready(`${available}/${desired} replicas available`);
}
/**
 * external-secrets: the Ready condition; with `refreshPolicy: OnChange`, only one set since the last
 * refresh. `syncedResourceVersion` (`<generation>-<hash>`) says which spec was synced.
 */
function externalSecretReadiness(object) {
    const status = fieldsOf(object.status);
    const readyCondition = conditionOf(object, 'Ready');
    const current = readyCondition &&
        (fieldsOf(object.spec).refreshPolicy !== 'OnChange' ||
            typeof status.refreshTime !== 'string' ||
            (readyCondition.lastTransitionTime ?? '') >= status.refreshTime);
    if (!readyCondition || !current)
        return waiting('waiting for the secret to be synced');
    if (readyCondition.status !== 'True')
        return waiting(withCause('not ready', readyCondition));
    const synced = status.syncedResourceVersion;
    const generation = generationOf(object);
    if (typeof synced === 'string' && generation !== undefined && !synced.startsWith(`${generation}-`))
        return waiting(`waiting for generation ${generation} to be synced`);
    return ready(readyCondition.message ?? 'ready');
}
/**
 * Flux Kustomization and HelmRelease: kstatus conditions and observedGeneration, a suspended one
 * settled; a HelmRelease also needs its release (Released or TestSuccess), as Argo CD's check says.
 */
function fluxReadiness(object) {
    if (fieldsOf(object.spec).suspend === true)
        return ready(`${(0,resource/* kindOf */.I)(object)} is suspended`);
    const generation = generationOf(object);
    const observed = fieldsOf(object.status).observedGeneration;
    if (generation !== undefined && custom_readiness_num(observed, -1) < generation)
        return waiting(`waiting for Flux to observe generation ${generation}`);
    const stalled = conditionOf(object, 'Stalled');
    if (stalled?.status === 'True')
        return failed(withCause('stalled', stalled));
    const readyCondition = conditionOf(object, 'Ready');
    if (!readyCondition)
        return waiting('waiting for Flux to reconcile');
    if (readyCondition.status !== 'True') {
        const reconciling = conditionOf(object, 'Reconciling');
        return waiting(withCause(reconciling?.status === 'True' ? 'reconciling' : 'not ready', readyCondition));
    }
    if ((0,resource/* kindOf */.I)(object) === 'HelmRelease') {
        const released = ['Released', 'TestSuccess'].some((type) => conditionOf(object, type)?.status === 'True');
        if (!released)
            return waiting('ready, waiting for the release (Released condition)');
    }
    return ready(readyCondition.message ?? 'ready');
}
/** Crossplane claims and composite resources: Synced and Ready, both True. */
function crossplaneReadiness(object) {
    const synced = conditionOf(object, 'Synced');
    const readyCondition = conditionOf(object, 'Ready');
    if (!synced && !readyCondition)
        return waiting('waiting for Crossplane to reconcile');
    if (synced?.status !== 'True')
        return waiting(synced ? withCause('not synced', synced) : 'waiting for Synced');
    const failedOperation = conditionOf(object, 'LastAsyncOperation');
    if (failedOperation?.status === 'False')
        return waiting(withCause('last operation failed', failedOperation));
    if (readyCondition?.status !== 'True')
        return waiting(readyCondition ? withCause('synced, not ready', readyCondition) : 'synced, waiting for Ready');
    return ready('synced and ready');
}
/**
 * A claim or composite resource, whatever its group (an XRD names it): the API server defaults a
 * claim's compositeDeletePolicy and compositionUpdatePolicy, Crossplane v2 nests its fields in
 * spec.crossplane.
 */
function isCrossplaneComposite(object) {
    const spec = fieldsOf(object.spec);
    return (['compositeDeletePolicy', 'compositionUpdatePolicy', 'compositionRef', 'compositionSelector'].some((field) => spec[field] !== undefined) || (0,resource/* isRecord */.u4)(spec.crossplane));
}
const RULES = new Map([
    ['cert-manager.io/Certificate', certificateReadiness],
    ['argoproj.io/Rollout', rolloutReadiness],
    ['external-secrets.io/ExternalSecret', externalSecretReadiness],
    ['kustomize.toolkit.fluxcd.io/Kustomization', fluxReadiness],
    ['helm.toolkit.fluxcd.io/HelmRelease', fluxReadiness],
]);
/** The rule for a custom resource kstatus misreads, or undefined to leave it to kstatus. */
function customResourceRuleFor(object) {
    const apiVersion = (0,resource/* apiVersionOf */.uO)(object);
    if (apiVersion === undefined)
        return undefined;
    const group = (0,resource/* groupOf */.F8)(apiVersion);
    if (group === '' || !group.includes('.'))
        return undefined;
    const rule = RULES.get(`${group}/${(0,resource/* kindOf */.I)(object) ?? ''}`);
    if (rule)
        return rule;
    return isCrossplaneComposite(object) ? crossplaneReadiness : undefined;
}

// EXTERNAL MODULE: ./src/manifests/kube-jsonpath.ts
var kube_jsonpath = __webpack_require__(19247);
;// CONCATENATED MODULE: ./src/sync/wait-for-readiness.ts




/**
 * Readiness exactly as the object's `kubesync.io/wait-for` says, as `kubectl wait --for` decides it;
 * `object` is undefined once the object is gone.
 */
function waitForReadiness(waitFor, object) {
    switch (waitFor.kind) {
        case 'none':
            return ready(`not waited for (${wait_for/* WAIT_FOR_ANNOTATION */.Cc}: none)`);
        case 'delete':
            return object === undefined ? ready('deleted') : waiting('waiting to be deleted');
        case 'all': {
            if (object === undefined)
                return waiting('not found yet');
            for (const clause of waitFor.clauses) {
                const check = checkClause(clause, object);
                if (check.holds)
                    continue;
                const message = `${clause.text}: ${check.seen}`;
                return check.final ? failed(message) : waiting(`waiting for ${message}`);
            }
            return ready(waitFor.clauses.map((clause) => clause.text).join('; '));
        }
    }
}
function checkClause(clause, object) {
    return clause.kind === 'condition' ? checkCondition(clause, object) : checkJsonPath(clause, object);
}
/**
 * kubectl's rule: the first condition of that type (ignoring case) decides; while its observedGeneration
 * (or else status.observedGeneration) is below metadata.generation, it is about an older spec and does
 * not hold.
 */
function checkCondition(clause, object) {
    const status = (0,resource/* isRecord */.u4)(object.status) ? object.status : {};
    const conditions = Array.isArray(status.conditions) ? status.conditions : [];
    const wanted = clause.type.toLowerCase();
    const condition = conditions.find((entry) => (0,resource/* isRecord */.u4)(entry) &&
        typeof entry.type === 'string' &&
        entry.type.toLowerCase() === wanted &&
        typeof entry.status === 'string');
    if (!condition)
        return { holds: false, seen: `no ${clause.type} condition yet` };
    const generation = (0,resource/* metadataOf */.Nk)(object).generation;
    const observed = typeof condition.observedGeneration === 'number'
        ? condition.observedGeneration
        : status.observedGeneration;
    if (typeof generation === 'number' && typeof observed === 'number' && observed < generation)
        return {
            holds: false,
            seen: `${String(condition.type)} is about generation ${observed}, not ${generation}`,
        };
    if (String(condition.status).toLowerCase() === clause.status.toLowerCase())
        return { holds: true };
    const reason = typeof condition.reason === 'string' ? `: ${condition.reason}` : '';
    const message = typeof condition.message === 'string' ? ` (${condition.message})` : '';
    return {
        holds: false,
        seen: `${String(condition.type)} is ${String(condition.status)}${reason}${message}`,
    };
}
/** kubectl's rule: exactly one value found; with a value to match, a scalar printed as Go prints it. */
function checkJsonPath(clause, object) {
    const values = (0,kube_jsonpath/* findValues */.EZ)(clause.path, object);
    if (values.length === 0)
        return { holds: false, seen: 'not set yet' };
    if (values.length > 1)
        return {
            holds: false,
            final: true,
            seen: `the path finds ${values.length} values, and kubectl wait needs one: narrow it, e.g. with a [?(@.type=="Ready")] filter`,
        };
    if (clause.value === undefined)
        return { holds: true };
    const [value] = values;
    if (typeof value === 'object' && value !== null)
        return {
            holds: false,
            final: true,
            seen: `the path finds ${Array.isArray(value) ? 'a list' : 'an object'}, which cannot equal "${clause.value}": point it at a single field`,
        };
    const found = (0,kube_jsonpath/* formatValue */.Fl)(value).trim();
    return found === clause.value.trim() ? { holds: true } : { holds: false, seen: `it is "${found}"` };
}

;// CONCATENATED MODULE: ./src/sync/unready-containers.ts

/**
 * What keeps a running pod from Ready, container by container: `sidecar proxy not ready`,
 * `container web CrashLoopBackOff`. Native sidecars (init containers with restartPolicy Always,
 * Kubernetes 1.29+) count as the kubelet counts them: the pod is Ready only once they are.
 */
function unreadyContainers(pod) {
    const spec = (0,resource/* isRecord */.u4)(pod.spec) ? pod.spec : {};
    const status = (0,resource/* isRecord */.u4)(pod.status) ? pod.status : {};
    const sidecars = listOf(spec.initContainers)
        .filter((container) => container.restartPolicy === 'Always')
        .map((container) => container.name);
    const statuses = (list) => listOf(list);
    const sidecarStatuses = statuses(status.initContainerStatuses).filter((entry) => sidecars.includes(entry.name));
    return [
        ...sidecarStatuses.flatMap((entry) => problemOf('sidecar', entry)),
        ...statuses(status.containerStatuses).flatMap((entry) => problemOf('container', entry)),
    ];
}
function problemOf(role, entry) {
    if (entry.ready === true)
        return [];
    const name = typeof entry.name === 'string' ? entry.name : '<no name>';
    const waiting = entry.state?.waiting?.reason;
    if (typeof waiting === 'string' && waiting !== '')
        return [`${role} ${name} ${waiting}`];
    return [`${role} ${name} ${entry.started === false ? 'not started' : 'not ready'}`];
}
function listOf(value) {
    return Array.isArray(value) ? value.filter(resource/* isRecord */.u4) : [];
}

;// CONCATENATED MODULE: ./src/sync/readiness.ts







function statusOf(object) {
    return (0,resource/* isRecord */.u4)(object.status) ? object.status : {};
}
function readiness_specOf(object) {
    return (0,resource/* isRecord */.u4)(object.spec) ? object.spec : {};
}
function readiness_num(value, fallback = 0) {
    return typeof value === 'number' ? value : fallback;
}
function readiness_text(value) {
    return typeof value === 'string' ? value : undefined;
}
function isTrue(object, type) {
    return conditionOf(object, type)?.status === 'True';
}
/** The controller has not seen the latest spec yet: nothing in status can be trusted. */
function stale(object) {
    return readiness_num(statusOf(object).observedGeneration, -1) < readiness_num((0,resource/* metadataOf */.Nk)(object).generation, 0);
}
function isBeingDeleted(object) {
    const timestamp = (0,resource/* metadataOf */.Nk)(object).deletionTimestamp;
    return typeof timestamp === 'string' && timestamp !== '';
}
/** `kubectl rollout status` rules for a Deployment. */
function deploymentReadiness(object) {
    if (stale(object))
        return waiting('waiting for the rollout to start');
    const progressing = conditionOf(object, 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') {
        return failed(`exceeded its progress deadline${progressing.message ? `: ${progressing.message}` : ''}`);
    }
    const status = statusOf(object);
    const desired = readiness_num(readiness_specOf(object).replicas, 1);
    const updated = readiness_num(status.updatedReplicas);
    const replicas = readiness_num(status.replicas);
    const available = readiness_num(status.availableReplicas);
    if (updated < desired)
        return waiting(`${updated}/${desired} replicas updated`);
    if (replicas > updated)
        return waiting(`${replicas - updated} old replicas pending termination`);
    if (available < updated)
        return waiting(`${available}/${desired} replicas ready`);
    return ready(`${available}/${desired} replicas ready`);
}
/**
 * `kubectl rollout status` rules. With a partition, pods below it keep the old revision on purpose, so
 * currentRevision never reaches updateRevision: the rollout is done once the pods from the partition up
 * are updated.
 */
function statefulSetReadiness(object) {
    if (stale(object))
        return waiting('waiting for the rollout to start');
    const spec = readiness_specOf(object);
    const strategy = (0,resource/* isRecord */.u4)(spec.updateStrategy) ? spec.updateStrategy : {};
    if (strategy.type === 'OnDelete')
        return ready('updates on delete');
    const status = statusOf(object);
    const desired = readiness_num(spec.replicas, 1);
    const readyReplicas = readiness_num(status.readyReplicas);
    const updated = readiness_num(status.updatedReplicas);
    if (readyReplicas < desired)
        return waiting(`${readyReplicas}/${desired} replicas ready`);
    const partition = (0,resource/* isRecord */.u4)(strategy.rollingUpdate) ? readiness_num(strategy.rollingUpdate.partition) : 0;
    if (partition > 0) {
        const toUpdate = Math.max(0, desired - partition);
        if (updated < toUpdate)
            return waiting(`${updated}/${toUpdate} replicas updated (partition ${partition})`);
        return ready(`${readyReplicas}/${desired} replicas ready, ${updated} updated (partition ${partition})`);
    }
    if (status.updateRevision !== status.currentRevision) {
        return waiting(`${updated}/${desired} replicas updated`);
    }
    return ready(`${readyReplicas}/${desired} replicas ready`);
}
function daemonSetReadiness(object) {
    if (stale(object))
        return waiting('waiting for the rollout to start');
    const status = statusOf(object);
    const desired = readiness_num(status.desiredNumberScheduled);
    const updated = readiness_num(status.updatedNumberScheduled);
    const available = readiness_num(status.numberAvailable);
    if (updated < desired)
        return waiting(`${updated}/${desired} pods updated`);
    if (available < desired)
        return waiting(`${available}/${desired} pods ready`);
    return ready(`${available}/${desired} pods ready`);
}
function replicaSetReadiness(object) {
    if (stale(object))
        return waiting('waiting for the controller to observe the spec');
    const status = statusOf(object);
    const desired = readiness_num(readiness_specOf(object).replicas, 1);
    const available = readiness_num(status.availableReplicas);
    const readyReplicas = readiness_num(status.readyReplicas);
    const replicas = readiness_num(status.replicas);
    const failure = conditionOf(object, 'ReplicaFailure');
    // kstatus keeps a ReplicaFailure (quota, admission) in progress: the controller retries it.
    if (failure?.status === 'True' && available < desired)
        return waiting(withCause('replica failure', failure));
    if (readyReplicas < desired)
        return waiting(`${readyReplicas}/${desired} replicas ready`);
    if (available < desired)
        return waiting(`${available}/${desired} replicas available`);
    if (replicas > desired)
        return waiting(`${replicas - desired} extra replicas pending termination`);
    return ready(`${available}/${desired} replicas ready`);
}
/**
 * Since 1.31 the Job controller first decides (FailureTarget, or SuccessCriteriaMet when a
 * successPolicy is met, GA in 1.33) and sets Failed or Complete once the Job's other pods have
 * terminated: the decision is already final.
 */
function jobReadiness(object) {
    const failure = [conditionOf(object, 'Failed'), conditionOf(object, 'FailureTarget')].find((entry) => entry?.status === 'True');
    if (failure)
        return failed(withCause('failed', failure));
    const successPolicy = conditionOf(object, 'SuccessCriteriaMet');
    if (successPolicy?.status === 'True')
        return ready(withCause('complete by its success policy', successPolicy));
    if (isTrue(object, 'Complete'))
        return ready('complete');
    // A suspended Job will not run until someone resumes it; waiting for it would only burn the timeout.
    if (isTrue(object, 'Suspended'))
        return ready('suspended');
    return waiting(`running (${readiness_num(statusOf(object).active)} active, ${readiness_num(statusOf(object).succeeded)} succeeded)`);
}
function podReadiness(object) {
    const status = statusOf(object);
    switch (status.phase) {
        case 'Succeeded':
            return ready('succeeded');
        case 'Failed':
            return failed(withCause('failed', { reason: readiness_text(status.reason), message: readiness_text(status.message) }));
        case 'Running': {
            if (isTrue(object, 'Ready'))
                return ready('running and ready');
            const unready = unreadyContainers(object);
            return waiting(`running, not ready${unready.length > 0 ? `: ${unready.join(', ')}` : ''}`);
        }
        default:
            return waiting(typeof status.phase === 'string' ? status.phase.toLowerCase() : 'not scheduled yet');
    }
}
function persistentVolumeClaimReadiness(object) {
    const phase = statusOf(object).phase;
    if (phase === 'Bound')
        return ready('bound');
    if (phase === 'Lost')
        return failed('lost its volume');
    return waiting(`${typeof phase === 'string' ? phase.toLowerCase() : 'pending'}, waiting to be bound`);
}
function customResourceDefinitionReadiness(object) {
    const names = conditionOf(object, 'NamesAccepted');
    // A name conflict with another CRD: it will never be established.
    if (names?.status === 'False')
        return failed(withCause('names not accepted', names));
    return isTrue(object, 'Established') ? ready('established') : waiting('waiting to be established');
}
/** A namespace being deleted is final for this apply: nothing can be created in it any more. */
function namespaceReadiness(object) {
    const phase = statusOf(object).phase;
    if (phase === 'Terminating' || isBeingDeleted(object))
        return failed('namespace is being deleted');
    return ready(phase === 'Active' ? 'active' : 'present');
}
/**
 * A LoadBalancer Service is ready once it has an address (`status.loadBalancer.ingress`), as kstatus
 * and Argo CD say; every other type at once. On a cluster with no load-balancer controller, the
 * Service's `kubesync.io/wait-for: none` says not to wait.
 */
function serviceReadiness(object) {
    if (readiness_specOf(object).type !== 'LoadBalancer')
        return ready('present');
    const balancer = statusOf(object).loadBalancer;
    const ingress = (0,resource/* isRecord */.u4)(balancer) && Array.isArray(balancer.ingress) ? balancer.ingress : [];
    const addresses = ingress.flatMap((entry) => (0,resource/* isRecord */.u4)(entry)
        ? [readiness_text(entry.ip) ?? readiness_text(entry.hostname)].filter((address) => address !== undefined)
        : []);
    if (ingress.length === 0)
        return waiting('waiting for a load balancer address');
    return ready(addresses.length > 0 ? `load balancer at ${addresses.join(', ')}` : 'load balancer ready');
}
/**
 * sigs.k8s.io/cli-utils kstatus for every kind without a rule of its own, plus the Ready condition most
 * operators set (kstatus itself ignores Ready). Without status or conditions an object is ready.
 */
function kstatusReadiness(object) {
    const generation = (0,resource/* metadataOf */.Nk)(object).generation;
    const observed = statusOf(object).observedGeneration;
    if (typeof generation === 'number' && typeof observed === 'number' && observed < generation) {
        return waiting(`waiting for the controller to observe generation ${generation}`);
    }
    const stalled = conditionOf(object, 'Stalled');
    if (stalled?.status === 'True')
        return failed(withCause('stalled', stalled));
    const reconciling = conditionOf(object, 'Reconciling');
    if (reconciling?.status === 'True')
        return waiting(withCause('reconciling', reconciling));
    const readyCondition = conditionOf(object, 'Ready');
    if (readyCondition?.status === 'True')
        return ready('ready');
    // Ready=False is often transient (a dependency not there yet); only Stalled is final.
    if (readyCondition)
        return waiting(withCause('not ready', readyCondition));
    return ready('present');
}
/** The built-in kinds with a rule of their own, with the API group that names them. */
const BUILT_IN = new Map([
    ['Deployment', { group: 'apps', rule: deploymentReadiness }],
    ['StatefulSet', { group: 'apps', rule: statefulSetReadiness }],
    ['DaemonSet', { group: 'apps', rule: daemonSetReadiness }],
    ['ReplicaSet', { group: 'apps', rule: replicaSetReadiness }],
    ['Job', { group: 'batch', rule: jobReadiness }],
    ['Pod', { group: '', rule: podReadiness }],
    ['PersistentVolumeClaim', { group: '', rule: persistentVolumeClaimReadiness }],
    ['Namespace', { group: '', rule: namespaceReadiness }],
    ['Service', { group: '', rule: serviceReadiness }],
    ['CustomResourceDefinition', { group: 'apiextensions.k8s.io', rule: customResourceDefinitionReadiness }],
]);
/** Built-in kinds whose controllers always write status.observedGeneration. */
const REPORTS_OBSERVED_GENERATION = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);
/** The rule for a built-in kind; a custom resource of the same kind name (batch.volcano.sh Job) gets none. */
function builtInRuleFor(object) {
    const builtIn = BUILT_IN.get((0,resource/* kindOf */.I)(object) ?? '');
    const apiVersion = (0,resource/* apiVersionOf */.uO)(object);
    if (!builtIn || (apiVersion !== undefined && (0,resource/* groupOf */.F8)(apiVersion) !== builtIn.group))
        return undefined;
    return builtIn.rule;
}
/** Waiting, while the object read back or its controller is behind the generation this apply wrote. */
function behindGeneration(object, generation, builtIn) {
    const observed = statusOf(object).observedGeneration;
    const reportsIt = builtIn
        ? REPORTS_OBSERVED_GENERATION.has((0,resource/* kindOf */.I)(object) ?? '')
        : typeof observed === 'number';
    if (!reportsIt)
        return undefined;
    const current = readiness_num((0,resource/* metadataOf */.Nk)(object).generation, -1);
    if (current < generation)
        return waiting(`read generation ${current}, waiting for ${generation}`);
    if (readiness_num(observed, -1) < generation) {
        return waiting(`waiting for the controller to observe generation ${generation}`);
    }
    return undefined;
}
/**
 * Readiness of any object: as its `kubesync.io/wait-for` says when it has one, else built-in kinds and
 * the common custom resources by their rules, every other kind by kstatus.
 */
function readinessOf(object, options = {}) {
    if (!object)
        return waiting('not found yet');
    const declared = (0,wait_for/* waitForOf */.aj)(object);
    if (declared)
        return declaredReadiness(declared, object, options);
    const builtInRule = builtInRuleFor(object);
    if (isBeingDeleted(object) && builtInRule !== namespaceReadiness)
        return waiting('being deleted');
    const behind = options.generation === undefined
        ? undefined
        : behindGeneration(object, options.generation, builtInRule !== undefined);
    return behind ?? (builtInRule ?? customResourceRuleFor(object) ?? kstatusReadiness)(object);
}
/**
 * The owner's own definition. Only a read older than what this apply wrote is waited out: everything
 * else is the expression's, as `kubectl wait --for` decides it.
 */
function declaredReadiness(declared, object, options) {
    if ('problem' in declared)
        return failed(`${wait_for/* WAIT_FOR_ANNOTATION */.Cc}: ${declared.problem}`);
    const current = readiness_num((0,resource/* metadataOf */.Nk)(object).generation, -1);
    if (options.generation !== undefined && current !== -1 && current < options.generation)
        return waiting(`read generation ${current}, waiting for ${options.generation}`);
    return waitForReadiness(declared.waitFor, object);
}
/**
 * What an observation of a waited-for object says, `lastSeen` being the one before: gone is what
 * `kubesync.io/wait-for: delete` waits for, and a failure for every other object.
 */
function observedReadiness(object, lastSeen, options = {}) {
    if (object !== undefined || lastSeen === undefined)
        return readinessOf(object, options);
    const declared = (0,wait_for/* waitForOf */.aj)(lastSeen);
    if (declared && 'waitFor' in declared && declared.waitFor.kind !== 'all')
        return waitForReadiness(declared.waitFor, undefined);
    return deletedWhileWaiting(lastSeen);
}
/**
 * An object gone while being waited for (deleted by someone, or its namespace going) fails the wait
 * instead of running out the timeout.
 */
function deletedWhileWaiting(lastSeen) {
    const ttl = readiness_specOf(lastSeen).ttlSecondsAfterFinished;
    return failed((0,resource/* kindOf */.I)(lastSeen) === 'Job' && typeof ttl === 'number'
        ? 'deleted while waiting (ttlSecondsAfterFinished removes a finished Job, so how it ended is unknown)'
        : 'deleted while waiting');
}

;// CONCATENATED MODULE: ./src/sync/pod-progress.ts

function pod_progress_fields(value) {
    return (0,resource/* isRecord */.u4)(value) ? value : {};
}
/** `Insufficient cpu` out of `0/3 nodes are available: 3 Insufficient cpu. preemption: …`. */
function schedulingCause(message) {
    const first = message.split(/\.\s/)[0]?.replace(/\.$/, '') ?? message;
    const causes = first.replace(/^\d+\/\d+ nodes are available:\s*/, '');
    return causes
        .split(/,\s*/)
        .map((cause) => cause.replace(/^\d+\s+/, ''))
        .join(', ');
}
/** What keeps one pod from being ready, in a word or two: `Pending: Insufficient cpu`, `CrashLoopBackOff`. */
function troubleOf(pod) {
    const status = pod_progress_fields(pod.status);
    const conditions = Array.isArray(status.conditions) ? status.conditions.map(pod_progress_fields) : [];
    const ready = conditions.find((entry) => entry.type === 'Ready');
    if (status.phase === 'Succeeded' || ready?.status === 'True')
        return undefined;
    const scheduled = conditions.find((entry) => entry.type === 'PodScheduled');
    if (scheduled?.status === 'False')
        return `Pending: ${typeof scheduled.message === 'string' ? schedulingCause(scheduled.message) : 'Unschedulable'}`;
    const statuses = [status.initContainerStatuses, status.containerStatuses].flatMap((list) => Array.isArray(list) ? list.map(pod_progress_fields) : []);
    for (const container of statuses) {
        const state = pod_progress_fields(container.state);
        const waiting = pod_progress_fields(state.waiting);
        const terminated = pod_progress_fields(state.terminated);
        if (typeof waiting.reason === 'string' && waiting.reason !== 'ContainerCreating')
            return waiting.reason;
        if (typeof terminated.exitCode === 'number' && terminated.exitCode !== 0)
            return typeof terminated.reason === 'string' ? terminated.reason : `exit code ${terminated.exitCode}`;
    }
    if (status.phase === 'Running')
        return 'Running, not ready';
    return typeof status.phase === 'string' ? status.phase : 'Pending';
}
/** `1 Pending: Insufficient cpu, 2 CrashLoopBackOff`: the pods that are not ready, by why; '' when none. */
function podTrouble(pods) {
    const counts = new Map();
    for (const pod of pods) {
        const trouble = troubleOf(pod);
        if (trouble)
            counts.set(trouble, (counts.get(trouble) ?? 0) + 1);
    }
    return [...counts].map(([trouble, count]) => `${count} ${trouble}`).join(', ');
}

;// CONCATENATED MODULE: ./src/sync/wait-progress.ts
/** `850ms`, `12s`, `2m05s`. */
function duration(ms) {
    if (ms < 1000)
        return `${Math.max(0, Math.round(ms))}ms`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds}s`;
    return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}
/**
 * The progress of a wait: what each object still waited for says, told when it changed and at most every
 * `everyMs`; a final line per object with the time it took.
 */
class WaitProgress {
    options;
    started;
    latest = new Map();
    told = new Map();
    lastTold = Number.NEGATIVE_INFINITY;
    constructor(options) {
        this.options = options;
        this.started = options.now();
    }
    /** What an object still waited for says now: `deployment/web: 2/3 replicas ready, 1 Pending: …`. */
    waiting(name, message) {
        this.latest.set(name, message);
    }
    /** Whether it is time to tell progress again; the wait reads the pods only then. */
    due() {
        return this.options.now() - this.lastTold >= this.options.everyMs;
    }
    /** Tells what changed since the last time, when it is due. */
    tell() {
        if (!this.due())
            return;
        this.lastTold = this.options.now();
        const changed = [...this.latest].filter(([name, message]) => this.told.get(name) !== message);
        if (changed.length === 0)
            return;
        for (const [name, message] of changed)
            this.told.set(name, message);
        if (this.options.status) {
            this.options.status([...this.latest].map(([name, message]) => `${name}: ${message}`).join(' · '));
            return;
        }
        for (const [name, message] of changed)
            this.options.line?.(`${name}: ${message}`);
    }
    /** The final line of one object: `deployment/web: 3/3 replicas ready (took 12s)`. */
    done(name, message) {
        this.latest.delete(name);
        this.options.line?.(`${name}: ${message} (took ${duration(this.options.now() - this.started)})`);
    }
}

;// CONCATENATED MODULE: ./src/sync/wait.ts






function shortName(ref) {
    return `${ref.kind.toLowerCase()}/${ref.name}`;
}
/** `Deployment shop/web`. */
function subjectOf(ref) {
    return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}
/** `2/3 replicas ready, 1 Pending: Insufficient cpu`: the readiness, and why pods are not ready. */
async function withPods(client, object, message) {
    if (!object)
        return message;
    try {
        const trouble = podTrouble((await readWorkloadPods(client, object)).pods);
        return trouble ? `${message}, ${trouble}` : message;
    }
    catch {
        // Progress is a courtesy: a read that fails leaves the line as the readiness says it.
        return message;
    }
}
/**
 * Polls the objects until each is ready, one fails, or the timeout passes. A failure that is final
 * (ProgressDeadlineExceeded, a failed Job, an object deleted under the wait) ends the wait at once
 * instead of burning the timeout.
 */
async function waitUntilReady(client, refs, options) {
    const now = options.now ?? Date.now;
    const deadline = now() + options.timeoutMs;
    const pending = new Map(refs.map((ref) => [ref, undefined]));
    const lastSeen = new Map();
    const limit = (0,p_limit/* default */.A)(options.concurrency ?? 8);
    const progress = new WaitProgress({
        now,
        everyMs: options.progressMs ?? 5000,
        line: options.log,
        status: options.status,
    });
    const observe = (ref, object) => {
        const seen = lastSeen.get(ref);
        const readiness = observedReadiness(object, seen, { generation: ref.generation });
        if (object)
            lastSeen.set(ref, object);
        pending.set(ref, readiness);
        if (readiness.ok)
            progress.done(shortName(ref), readiness.message);
        else if (readiness.done)
            options.log?.(`${shortName(ref)}: ${readiness.message}`);
        return readiness;
    };
    // Every few seconds, what the pods of each object still waited for say, when that changed.
    const tellProgress = async () => {
        if (!progress.due())
            return;
        await Promise.all([...pending].map(([ref, readiness]) => limit(async () => progress.waiting(shortName(ref), await withPods(client, lastSeen.get(ref), readiness?.message ?? 'no status')))));
        progress.tell();
    };
    // What the apply answered tells at once about most objects (a ConfigMap, a Service): only the
    // others are read again, straight after.
    let fromAnswers = refs.some((ref) => ref.applied);
    for (;;) {
        const observed = fromAnswers
            ? refs.flatMap((ref) => (ref.applied ? [{ ref, readiness: observe(ref, ref.applied) }] : []))
            : await Promise.all([...pending.keys()].map((ref) => limit(async () => ({ ref, readiness: observe(ref, await client.get(ref)) }))));
        const failed = observed.find(({ readiness }) => readiness.done && !readiness.ok);
        if (failed)
            return { ok: false, problems: [{ ref: failed.ref, message: failed.readiness.message }] };
        for (const { ref, readiness } of observed)
            if (readiness.done)
                pending.delete(ref);
        if (pending.size === 0)
            return { ok: true, problems: [] };
        if (fromAnswers) {
            fromAnswers = false;
            continue;
        }
        await tellProgress();
        const cancelled = (0,cancel/* cancellation */.WN)(options.signal);
        if (cancelled) {
            return {
                ok: false,
                cancelled: true,
                problems: [...pending].map(([ref, readiness]) => ({
                    ref,
                    message: `${cancelled.message} while waiting: ${readiness?.message ?? 'no status'}`,
                })),
            };
        }
        if (now() >= deadline) {
            const waited = options.timeoutMs < 1000 ? `${options.timeoutMs}ms` : `${Math.round(options.timeoutMs / 1000)}s`;
            return {
                ok: false,
                problems: [...pending].map(([ref, readiness]) => ({
                    ref,
                    message: `not ready after ${waited}: ${readiness?.message ?? 'no status'}`,
                })),
            };
        }
        await (0,cancel/* pause */.v7)(Math.min(options.pollMs ?? 2000, Math.max(0, deadline - now())), options.signal);
    }
}
/** `Deployment shop/web: not ready after 5m: 1/2 replicas ready`, one line per problem. */
function describeWaitProblems(result) {
    return result.problems.map(({ ref, message }) => `${subjectOf(ref)}: ${message}`);
}

;// CONCATENATED MODULE: ./src/sync/explain-failures.ts





/** Never a reason to fail: a read that does not work leaves its part of the report empty. */
async function orNothing(read, nothing) {
    try {
        return await read();
    }
    catch {
        return nothing;
    }
}
/** Everything `kubectl describe` would have shown about the object, its ReplicaSets and pods. */
async function gatherEvidence(client, ref, status) {
    const object = await orNothing(() => client.get(ref), undefined);
    const { replicaSets, pods } = object
        ? await orNothing(() => readWorkloadPods(client, object), { replicaSets: [], pods: [] })
        : { replicaSets: [], pods: [] };
    const namespace = ref.namespace ?? '';
    const involved = [...(object ? [object] : []), ...replicaSets, ...pods];
    const [events, logs] = await Promise.all([
        namespace ? orNothing(() => readWarningEvents(client, namespace, involved), []) : [],
        Promise.all(failingContainers(pods).map((target) => readContainerLog(client, namespace, target))),
    ]);
    return {
        object,
        subject: subjectOf(ref),
        status,
        replicaSets,
        pods,
        events,
        logs: logs.filter((log) => log !== undefined),
    };
}
/**
 * The problems of a failed wait, one line each, with why when the cluster tells: each object that did
 * not become ready gets a report (added to `reports`), and its line ends with the report's reason. A
 * cancelled wait is not explained: nobody waited long enough to learn why.
 */
async function explainWaitProblems(explaining, result) {
    const lines = describeWaitProblems(result);
    if (result.ok || result.cancelled)
        return lines;
    const now = explaining.now ?? Date.now;
    const reports = await Promise.all(result.problems.map(async ({ ref, message }) => buildFailureReport(await gatherEvidence(explaining.client, ref, message), now())));
    explaining.reports.push(...reports);
    return lines.map((line, index) => {
        const reason = reports[index]?.reason;
        return reason && reason !== result.problems[index]?.message ? `${line}; ${reason}` : line;
    });
}

;// CONCATENATED MODULE: ./src/sync/run-hooks.ts







/** The hooks of one phase, wave by wave (lowest first). */
function hooksInPhase(hooks, phase) {
    const inPhase = hooks.filter((hook) => hook.spec.phases.includes(phase));
    const waves = [...new Set(inPhase.map((hook) => hook.spec.wave))].sort((a, b) => a - b);
    return waves.map((wave) => inPhase.filter((hook) => hook.spec.wave === wave));
}
/**
 * Runs hooks as Argo CD does: the previous object of each is deleted first (BeforeHookCreation), it is
 * created (POST: a generateName gets its name from the server), and waited for until it completes;
 * then HookSucceeded or HookFailed delete it. The hooks of one call run side by side.
 */
async function runHooks(client, hooks, options) {
    const outcomes = await Promise.all(hooks.map((hook) => 
    // Whatever goes wrong with one hook is that hook's failure: SyncFail and rollback still follow.
    runHook(client, hook, options).catch((error) => ({
        ran: [],
        problems: [(0,describe_error/* describeApiError */.g)(error, hook.subject, hook.origin).message],
    }))));
    return {
        ran: outcomes.flatMap((outcome) => outcome.ran),
        problems: outcomes.flatMap((outcome) => outcome.problems),
    };
}
async function runHook(client, hook, options) {
    const policies = hook.spec.deletePolicies;
    let created;
    try {
        if (policies.includes('BeforeHookCreation'))
            await deletePrevious(client, hook, options);
        created = await client.create(hook.object);
    }
    catch (error) {
        return { ran: [], problems: [(0,describe_error/* describeApiError */.g)(error, hook.subject, hook.origin).message] };
    }
    const ref = (0,model_object/* refOf */.H)(created);
    const generation = (0,resource/* metadataOf */.Nk)(created).generation;
    const subject = (0,resource/* describeObject */.v8)(created);
    options.log.info(`${subject}: hook created`);
    const waited = await waitUntilReady(client, [{ ...ref, applied: created, generation: typeof generation === 'number' ? generation : undefined }], {
        timeoutMs: options.timeoutMs,
        pollMs: options.pollMs,
        signal: options.signal,
        log: options.log.info,
        status: options.status,
    });
    const explained = options.failures
        ? await explainWaitProblems({ client, reports: options.failures }, waited)
        : describeWaitProblems(waited);
    const problems = explained.map((problem) => `hook ${problem}`);
    const deleteNow = waited.ok ? policies.includes('HookSucceeded') : policies.includes('HookFailed');
    if (deleteNow) {
        try {
            await client.delete(ref, 'Background');
            options.log.info(`${subject}: hook deleted (${waited.ok ? 'HookSucceeded' : 'HookFailed'})`);
        }
        catch (error) {
            problems.push((0,describe_error/* describeApiError */.g)(error, subject).message);
        }
    }
    return { ran: [`${subject}: ${waited.ok ? 'complete' : 'failed'}`], problems };
}
/**
 * The objects an earlier run of this app created for this hook: found by its hook labels (a
 * generateName names each run's object differently), and by name, which a create would collide with.
 * Only this app's hooks are ever deleted: an object of the same name that is not one is an error.
 */
async function deletePrevious(client, hook, options) {
    const apiVersion = (0,resource/* apiVersionOf */.uO)(hook.object) ?? '';
    const kind = (0,resource/* kindOf */.I)(hook.object) ?? '';
    const namespace = (0,resource/* namespaceOf */.N6)(hook.object);
    const id = (0,hook_labels/* hookIdOf */.qL)(hook.object);
    const owner = (0,resource/* labelOf */.Wy)(hook.object, hook_labels/* HOOK_OF_LABEL */.HI);
    const labelled = id && owner
        ? await client.list(apiVersion, kind, {
            ...(namespace ? { namespace } : {}),
            labelSelector: `${hook_labels/* HOOK_ID_LABEL */.Rl}=${id},${hook_labels/* HOOK_OF_LABEL */.HI}=${owner}`,
        })
        : [];
    const name = (0,resource/* metadataOf */.Nk)(hook.object).name;
    const named = typeof name === 'string' && name ? await client.get((0,model_object/* refOf */.H)(hook.object)) : undefined;
    if (named && (!owner || (0,resource/* labelOf */.Wy)(named, hook_labels/* HOOK_OF_LABEL */.HI) !== owner)) {
        throw new Error(`${hook.subject} exists and is not a hook of this app (no ${hook_labels/* HOOK_OF_LABEL */.HI}: ${owner ?? ''} label); kubesync deletes only its own hooks: rename the hook or remove that object`);
    }
    const previous = new Map([...labelled, ...(named ? [named] : [])].map((object) => [String((0,resource/* metadataOf */.Nk)(object).uid), object]));
    for (const object of previous.values()) {
        const ref = { ...(0,model_object/* refOf */.H)(object), apiVersion };
        await deleteAndWaitUntilGone(client, ref, (0,resource/* metadataOf */.Nk)(object).uid, options);
        options.log.info(`${hook.subject}: previous hook ${ref.name} deleted (BeforeHookCreation)`);
    }
}

// EXTERNAL MODULE: ./src/secrets/secret-references.ts
var secret_references = __webpack_require__(38116);
// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
// EXTERNAL MODULE: ./src/cluster/session.ts
var cluster_session = __webpack_require__(58266);
// EXTERNAL MODULE: ./src/plan/order.ts
var order = __webpack_require__(92739);
// EXTERNAL MODULE: ./src/cluster/legacy-manager.ts
var legacy_manager = __webpack_require__(60885);
// EXTERNAL MODULE: ./src/plan/bookkeeping.ts
var bookkeeping = __webpack_require__(58691);
;// CONCATENATED MODULE: ./src/sync/apply.ts









/**
 * Staged server-side apply (fluxcd/pkg ssa ApplyAllStaged): Namespaces and CRDs first, then wait for
 * the CRDs to be established and refresh discovery so their custom resources resolve, then everything
 * else in parallel up to the concurrency bound. Only objects the plan found different are applied.
 */
async function applyChanges(client, changes, options) {
    const toApply = changes.filter((change) => change.desired && (change.action === 'create' || change.action === 'update'));
    const first = toApply.filter((change) => (0,order/* isFirstStage */.j)(change.desired ?? {}));
    const rest = toApply.filter((change) => !(0,order/* isFirstStage */.j)(change.desired ?? {}));
    const applied = [];
    const failures = [];
    await applyStage(client, first, options, applied, failures);
    const cancelled = () => {
        const error = (0,cancel/* cancellation */.WN)(options.signal);
        return error ? [error] : [];
    };
    if (failures.length > 0 || cancelled().length > 0)
        return { applied, failures: [...failures, ...cancelled()] };
    const crds = first
        .filter((change) => change.ref.kind === 'CustomResourceDefinition')
        .map((change) => change.ref);
    if (crds.length > 0) {
        const established = await waitUntilReady(client, crds, {
            timeoutMs: options.timeoutMs,
            pollMs: options.pollMs,
            log: options.log.info,
        });
        if (!established.ok) {
            return {
                applied,
                failures: established.problems.map((problem) => new Error(`${problem.ref.name}: ${problem.message}`)),
            };
        }
        const unserved = await untilServed(client, first.flatMap((change) => change.ref.kind === 'CustomResourceDefinition' ? [change.desired ?? {}] : []), options);
        if (unserved.length > 0)
            return { applied, failures: unserved };
    }
    await applyStage(client, rest, options, applied, failures);
    return { applied, failures: [...failures, ...cancelled()] };
}
/**
 * A CRD's kinds as discovery must serve them before its custom resources can be applied: Established
 * can come a moment before the API server's discovery lists the new group, more so on a busy server.
 * Discovery is read afresh until it serves each kind, bounded by the timeout. Says which never came.
 */
async function untilServed(client, crds, options) {
    const kinds = crds.flatMap(servedKinds);
    const deadline = Date.now() + options.timeoutMs;
    for (;;) {
        client.refreshDiscovery();
        const missing = [];
        for (const kind of kinds)
            if (!(await client.resourceFor(kind.apiVersion, kind.kind)))
                missing.push(kind);
        if (missing.length === 0)
            return [];
        if (Date.now() >= deadline || options.signal?.aborted)
            return missing.map(({ apiVersion, kind }) => new Error(`${kind} in ${apiVersion}: its CRD is established, but the API server does not serve it yet`));
        await (0,cancel/* pause */.v7)(Math.min(options.pollMs ?? 1000, Math.max(0, deadline - Date.now())), options.signal);
    }
}
/** `example.com/v1 Widget` for each served version of a CRD. */
function servedKinds(crd) {
    const spec = (0,resource/* isRecord */.u4)(crd.spec) ? crd.spec : {};
    const names = (0,resource/* isRecord */.u4)(spec.names) ? spec.names : {};
    const versions = Array.isArray(spec.versions) ? spec.versions : [];
    if (typeof spec.group !== 'string' || typeof names.kind !== 'string')
        return [];
    const kind = names.kind;
    const group = spec.group;
    return versions.flatMap((version) => (0,resource/* isRecord */.u4)(version) && version.served !== false && typeof version.name === 'string'
        ? [{ apiVersion: `${group}/${version.name}`, kind }]
        : []);
}
async function applyStage(client, changes, options, applied, failures) {
    const limit = (0,p_limit/* default */.A)(options.concurrency);
    await Promise.all(changes.map((change) => limit(async () => {
        if (options.signal?.aborted)
            return;
        let deleted = false;
        try {
            if (change.replace && change.live) {
                await deleteAndWaitUntilGone(client, change.ref, (0,resource/* metadataOf */.Nk)(change.live).uid, {
                    ...options,
                    onDeleted: () => {
                        deleted = true;
                    },
                });
            }
            // Adopted from another owner: first kubesync's bookkeeping, which another app may have written.
            if (change.owned?.adoptedBy)
                await client.apply((0,bookkeeping/* bookkeepingOf */.W)(change.desired ?? {}), { force: true });
            if ((0,legacy_manager/* holdsLegacyFields */.$0)(change.live, options.applySetId))
                await (0,legacy_manager/* migrateLegacyManager */.KC)(client, change.ref, options.applySetId, options.fieldManager);
            const result = await client.apply(change.desired ?? {}, { force: options.forceConflicts });
            applied.push({ ...change, result });
            options.log.info(`${change.subject}: ${pastTense(change)}`);
        }
        catch (error) {
            failures.push((0,describe_error/* describeApiError */.g)(error, change.subject, change.origin));
            // Deleted for a replacement that then failed: the rollback has to bring it back.
            if (deleted)
                applied.push({ ...change, result: {} });
        }
    })));
}
function pastTense(change) {
    if (change.replace)
        return 'replaced';
    return change.action === 'create' ? 'created' : 'configured';
}

// EXTERNAL MODULE: ./src/cluster/inventory.ts
var inventory = __webpack_require__(36186);
// EXTERNAL MODULE: ./src/manifests/sync-options.ts
var sync_options = __webpack_require__(47508);
// EXTERNAL MODULE: ./src/sync/waves.ts
var sync_waves = __webpack_require__(51825);
;// CONCATENATED MODULE: ./src/sync/prune.ts







/** An object changed between its read and its delete is read again, this many times at most. */
const ATTEMPTS = 3;
/**
 * Deletes the ApplySet members the plan marked for deletion, highest sync wave first and dependants
 * first within a wave (the apply order reversed). Each object is read again and deleted only if it
 * still carries this set's label, and only as it was read (its uid and resourceVersion as the delete's
 * preconditions), so a prune can never remove an object someone else took over in the meantime.
 */
async function pruneMembers(client, changes, applySetId, propagationPolicy, log) {
    const deletions = changes
        .filter((change) => change.action === 'delete')
        .sort((a, b) => (0,sync_waves/* waveOfChange */.N)(b) - (0,sync_waves/* waveOfChange */.N)(a) || (0,order/* compareObjects */.G)(b.live ?? {}, a.live ?? {}));
    const pruned = [];
    const kept = [];
    const failures = [];
    for (const change of deletions) {
        try {
            const outcome = await pruneOne(client, change, applySetId, propagationPolicy);
            if (outcome === 'pruned') {
                pruned.push(change);
                log.info(`${change.subject}: pruned`);
            }
            else if (outcome === 'not ours') {
                log.warning(`${change.subject}: no longer labelled as part of this app; left in place`);
            }
            else if (outcome !== 'gone') {
                log.info(`${change.subject}: kept (${outcome.kept})`);
                kept.push(change);
            }
        }
        catch (error) {
            failures.push({ change, error: (0,describe_error/* describeApiError */.g)(error, change.subject) });
        }
    }
    return { pruned, kept, failures };
}
/**
 * Deletes the member if, as read now, it still carries this set's label and nothing keeps it. The
 * server deletes only the version read: one changed since answers 409, and is read and checked again.
 */
async function pruneOne(client, change, applySetId, propagationPolicy) {
    for (let attempt = 1;; attempt++) {
        const current = await client.get(change.ref);
        if (!current)
            return 'gone';
        if (!(0,inventory/* isMember */.NB)(current, applySetId))
            return 'not ours';
        // Annotated since the plan (Prune=false, helm.sh/resource-policy: keep): still never pruned.
        const keptFor = (0,sync_options/* keptBy */.mA)(current);
        if (keptFor)
            return { kept: keptFor };
        const { uid, resourceVersion } = (0,resource/* metadataOf */.Nk)(current);
        const preconditions = {
            ...(typeof uid === 'string' ? { uid } : {}),
            ...(typeof resourceVersion === 'string' ? { resourceVersion } : {}),
        };
        try {
            return (await client.delete(change.ref, propagationPolicy, preconditions)) ? 'pruned' : 'gone';
        }
        catch (error) {
            if (!(error instanceof api_error/* KubeApiError */.W && error.status === 409) || attempt === ATTEMPTS)
                throw error;
        }
    }
}

// EXTERNAL MODULE: ./src/cluster/managed-fields.ts
var managed_fields = __webpack_require__(69973);
;// CONCATENATED MODULE: ./src/sync/rollback.ts






/**
 * Puts back what an apply changed, with the same field manager and operation the apply used (a PUT
 * would leave a second owner, the app's manager with operation Update, that the next apply conflicts with).
 * Objects it updated get back the fields kubesync managed before, with their values from before;
 * fields only this apply added are released, so the server removes them. Objects it created are
 * deleted, on the condition that they are still the ones it created.
 */
async function rollBack(client, applied, options) {
    const restored = [];
    const failures = [];
    for (const change of [...applied].reverse()) {
        try {
            const line = await rollBackOne(client, change, options);
            restored.push(`${change.subject}: ${line}`);
            options.log.info(`${change.subject}: ${line}`);
        }
        catch (error) {
            failures.push((0,describe_error/* describeApiError */.g)(error, `rollback of ${change.subject}`, change.origin));
        }
    }
    return { restored, failures };
}
async function rollBackOne(client, change, options) {
    const uid = (0,resource/* metadataOf */.Nk)(change.result).uid;
    if (change.action === 'create' || !change.live) {
        try {
            await client.delete(change.ref, 'Background', { uid: typeof uid === 'string' ? uid : undefined });
            return 'deleted (created by this apply)';
        }
        catch (error) {
            if (error instanceof api_error/* KubeApiError */.W && error.status === 409)
                return 'left in place (replaced by someone else since)';
            throw error;
        }
    }
    const current = await client.get(change.ref);
    const previous = previousState(change.live, current, options.fieldManager);
    if (change.replace && current) {
        // Its previous form differs in a field the server will not change in place: replace it back.
        await deleteAndWaitUntilGone(client, change.ref, (0,resource/* metadataOf */.Nk)(current).uid, options);
    }
    await client.apply(previous, { force: true });
    return 'restored';
}
/**
 * What kubesync last applied, as the server holds it: the fields it owned before this apply (and those
 * this apply took), with their values from before. Applying this releases every field the failed
 * apply added and owned alone.
 */
function previousState(live, current, fieldManager) {
    // Before this apply the fields may have been the legacy manager's, which the apply moved to the app's.
    const before = (0,managed_fields/* unionOf */.Z6)((0,managed_fields/* ownedFields */.zu)(live, fieldManager), (0,managed_fields/* ownedFields */.zu)(live, app_identity/* LEGACY_FIELD_MANAGER */.jb));
    const fields = (0,managed_fields/* unionOf */.Z6)(before, (0,managed_fields/* ownedFields */.zu)(current, fieldManager));
    const extracted = (0,managed_fields/* extractFields */.RP)(live, fields);
    const metadata = (0,resource/* metadataOf */.Nk)(live);
    return {
        ...extracted,
        apiVersion: live.apiVersion,
        kind: live.kind,
        metadata: {
            ...(0,resource/* metadataOf */.Nk)(extracted),
            name: metadata.name,
            ...(metadata.namespace ? { namespace: metadata.namespace } : {}),
        },
    };
}

// EXTERNAL MODULE: ./src/model/delivery.ts
var delivery = __webpack_require__(62441);
;// CONCATENATED MODULE: ./src/progressive/rollout.ts




/** Until the object (as the apply answered) is ready; the problems, one line each, when it is not. */
async function waitForRollout(context, applied) {
    const generation = (0,resource/* metadataOf */.Nk)(applied).generation;
    const result = await waitUntilReady(context.client, [{ ...(0,model_object/* refOf */.H)(applied), generation: typeof generation === 'number' ? generation : undefined, applied }], {
        timeoutMs: context.timeoutMs,
        pollMs: context.pollMs,
        signal: context.signal,
        log: context.log.info,
        status: context.log.status,
    });
    return explainWaitProblems({ client: context.client, reports: context.failures }, result);
}
/** Deletes the object; gone already is fine. */
async function remove(context, object, subject) {
    if (await context.client.delete((0,model_object/* refOf */.H)(object), 'Background'))
        context.log.info(`${subject}: deleted`);
}

// EXTERNAL MODULE: ./src/progressive/traffic.ts
var progressive_traffic = __webpack_require__(46);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/progressive/analysis.ts

/**
 * Samples the canary at the start, then every interval until the duration has passed, the last sample
 * at the end of the duration; stops at the first failing sample. The schedule is counted in steps,
 * never read from the clock, so a slow check shifts the samples but does not drop one. A cancelled
 * signal ends it by throwing the signal's reason.
 */
async function runAnalysis(options) {
    const { durationMs, intervalMs, check, signal, onSample } = options;
    const sleep = options.sleep ?? sleepUnlessCancelled;
    const samples = [];
    let plannedMs = 0;
    for (let index = 0;; index++) {
        signal?.throwIfAborted();
        const sample = await untilCancelled(check(), signal);
        samples.push(sample);
        onSample?.(sample, index);
        if (!sample.ok)
            return { passed: false, samples, failing: sample };
        if (plannedMs >= durationMs)
            return { passed: true, samples };
        // A non-positive interval would never advance: sample at the start and at the end only.
        const stepMs = intervalMs > 0 ? Math.min(intervalMs, durationMs - plannedMs) : durationMs - plannedMs;
        signal?.throwIfAborted();
        await untilCancelled(sleep(stepMs, signal), signal);
        plannedMs += stepMs;
    }
}
/** One sample of several checks (the pods, the metric): healthy only when every one is. */
function combineSamples(...parts) {
    return {
        ok: parts.every((part) => part.ok),
        description: parts.map((part) => part.description).join('; '),
    };
}
async function sleepUnlessCancelled(ms, signal) {
    try {
        await (0,external_node_timers_promises_.setTimeout)(ms, undefined, signal ? { signal } : {});
    }
    catch (error) {
        if (signal?.aborted)
            throw signal.reason;
        throw error;
    }
}
/** Settles with `work`, or rejects with the signal's reason as soon as it is cancelled, whichever is first. */
async function untilCancelled(work, signal) {
    if (!signal)
        return work;
    let onAbort;
    const cancelled = new Promise((_, reject) => {
        onAbort = () => reject(signal.reason);
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([work, cancelled]);
    }
    finally {
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
    }
}

// EXTERNAL MODULE: ./src/progressive/metric-check.ts + 1 modules
var metric_check = __webpack_require__(45463);
;// CONCATENATED MODULE: ./src/progressive/pod-health.ts



/** Pod name → restarts of all its containers so far, init containers (sidecars) included. */
function restartsByPod(pods) {
    return Object.fromEntries(pods.map((pod) => [podName(pod), restartsOf(pod)]));
}
/**
 * The Kubernetes half of a sample: healthy when at least the wanted number of pods are ready and no
 * container restarted since the analysis started. Otherwise it names each pod in trouble and why:
 * `web-canary: 1/2 ready, 3 restarts; web-canary-7d9f-abcde: CrashLoopBackOff, 3 restarts`.
 */
function podHealthSample(input) {
    let readyPods = 0;
    let restarts = 0;
    const troubles = [];
    for (const pod of input.pods) {
        const readiness = readinessOf(pod);
        const ready = readiness.ok;
        const restarted = Math.max(0, restartsOf(pod) - (input.restartsAtStart[podName(pod)] ?? 0));
        if (ready)
            readyPods++;
        restarts += restarted;
        if (ready && restarted === 0)
            continue;
        const reason = waitingReason(pod) ?? (ready ? lastTerminationReason(pod) : readiness.message);
        troubles.push(`${podName(pod)}: ${[reason, restarted ? (0,plural/* plural */.L)(restarted, 'restart') : undefined].filter(Boolean).join(', ')}`);
    }
    if (input.pods.length === 0)
        troubles.push('no pods');
    const summary = `${input.name}: ${readyPods}/${input.wantedReplicas} ready, ${(0,plural/* plural */.L)(restarts, 'restart')}`;
    return {
        ok: readyPods >= input.wantedReplicas && restarts === 0,
        description: [summary, ...troubles].join('; '),
    };
}
function podName(pod) {
    return (0,resource/* nameOf */.Vb)(pod) ?? '<no name>';
}
function containerStatuses(pod) {
    const status = (0,resource/* isRecord */.u4)(pod.status) ? pod.status : {};
    return [status.initContainerStatuses, status.containerStatuses].flatMap((list) => Array.isArray(list) ? list.filter(resource/* isRecord */.u4) : []);
}
function restartsOf(pod) {
    return containerStatuses(pod).reduce((sum, container) => sum + (typeof container.restartCount === 'number' ? container.restartCount : 0), 0);
}
/** `CrashLoopBackOff`, `ImagePullBackOff`, `CreateContainerConfigError`: why a container is not running. */
function waitingReason(pod) {
    return firstString(containerStatuses(pod).map((container) => container.state?.waiting?.reason));
}
/** `OOMKilled`, `Error`: how the container that restarted last ended. */
function lastTerminationReason(pod) {
    return firstString(containerStatuses(pod).map((container) => container.lastState?.terminated?.reason));
}
function firstString(values) {
    return values.find((value) => typeof value === 'string' && value !== '');
}

;// CONCATENATED MODULE: ./src/progressive/variant-analysis.ts




/** Samples a canary's or green's pods (ready, not restarting) and, when given, the metric, for the analysis' duration. */
async function analyseVariant(context, canary, replicas, options, metricQuery) {
    const name = (0,resource/* nameOf */.Vb)(canary) ?? '';
    const listPods = () => context.client.list('v1', 'Pod', {
        namespace: (0,resource/* namespaceOf */.N6)(canary),
        labelSelector: labelSelectorOf(canary),
    });
    const restartsAtStart = restartsByPod(await listPods());
    return runAnalysis({
        durationMs: options.analysisMs,
        intervalMs: options.metricIntervalMs,
        signal: context.signal,
        sleep: context.sleep,
        check: async () => {
            const pods = podHealthSample({
                name,
                pods: await listPods(),
                wantedReplicas: replicas,
                restartsAtStart,
            });
            if (!metricQuery)
                return pods;
            const metric = await (0,metric_check/* sampleMetric */.rO)({ prometheusUrl: options.prometheusUrl, query: metricQuery, threshold: options.metricThreshold }, { signal: context.signal });
            return combineSamples(pods, metric);
        },
        onSample: (sample, index) => context.log.info(`analysis sample ${index + 1}: ${sample.description}`),
    });
}
/** `app=web,kubesync.io/variant=canary`: the Deployment's matchLabels as a label selector. */
function labelSelectorOf(deployment) {
    const spec = (0,resource/* isRecord */.u4)(deployment.spec) ? deployment.spec : {};
    const selector = (0,resource/* isRecord */.u4)(spec.selector) && (0,resource/* isRecord */.u4)(spec.selector.matchLabels) ? spec.selector.matchLabels : {};
    return Object.entries(selector)
        .map(([key, value]) => `${key}=${String(value)}`)
        .join(',');
}
/** canary-metric-query for a variant: `{{canary}}` its pods, `{{primary}}` the primary's; undefined for none. */
function variantMetricQuery(options, namespace, primary, variant) {
    if (!options.metricQuery)
        return undefined;
    return (0,metric_check/* metricQueryFor */.eR)(options.metricQuery, {
        canary: (0,metric_check/* podMatchers */.hj)(namespace, variant),
        primary: (0,metric_check/* podMatchers */.hj)(namespace, primary),
    });
}

// EXTERNAL MODULE: ./src/progressive/variant.ts
var variant = __webpack_require__(26098);
;// CONCATENATED MODULE: ./src/progressive/blue-green.ts







/**
 * A blue-green update of one Deployment, as Azure's k8s-deploy does it: the new template runs as
 * `<name>-green` at full size beside the live pods; once it is ready (and passes the analysis, when a
 * metric query is given) the Services switch to it; after blue-green-keep the primary takes the new
 * template out of traffic, the Services switch back, and the green goes. A failure before the switch
 * leaves the traffic where it was. The Deployment keeps its own name, so the plan and prune see it as
 * written.
 */
async function runBlueGreen(context, change, options) {
    const desired = change.desired ?? {};
    const live = change.live ?? {};
    const name = (0,resource/* nameOf */.Vb)(desired) ?? '';
    const namespace = (0,resource/* namespaceOf */.N6)(desired) ?? '';
    const greenName = (0,variant/* variantName */.L$)(name, 'green');
    const green = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: greenName, namespace } };
    const metricQuery = variantMetricQuery(options.analysis, namespace, name, greenName);
    const services = await (0,progressive_traffic/* servicesSelecting */.dj)(context.client, live);
    const total = (0,variant/* desiredReplicas */.wT)(desired, live);
    const applied = await context.client.apply((0,variant/* variantDeployment */.D$)(desired, 'green', total), { force: true });
    context.log.info(`Deployment ${namespace}/${greenName}: the new template at full size, ${total} replicas`);
    const back = async () => {
        await switchTraffic(context, services, undefined);
        await remove(context, green, `Deployment ${namespace}/${greenName}`);
    };
    try {
        await context.progress(`blue-green: ${greenName} rolling out`);
        const notReady = await waitForRollout(context, applied);
        const failing = notReady.length > 0
            ? `never became ready (${notReady.join('; ')})`
            : await analysisFailure(context, applied, total, options.analysis, metricQuery);
        if (failing) {
            await back();
            return {
                kind: 'failed',
                problems: [
                    `${change.subject}: ${greenName} ${failing}; it was removed and the traffic stayed on ${name}`,
                ],
            };
        }
        await switchTraffic(context, services, 'green');
        await context.progress(`blue-green: traffic on ${greenName}`);
        if (options.keepMs > 0) {
            context.log.info(`${name}'s previous pods are kept for ${options.keepMs / 1000}s (blue-green-keep)`);
            await (context.sleep ?? cancel/* pause */.v7)(options.keepMs, context.signal);
        }
        const cancelled = (0,cancel/* cancellation */.WN)(context.signal);
        if (cancelled)
            throw cancelled;
    }
    catch (error) {
        // Cancelled or cut off before the primary changed: the traffic goes back to it, the green goes.
        await back().catch(() => undefined);
        throw error;
    }
    const result = await context.client.apply(desired, { force: options.forceConflicts });
    context.log.info(`${change.subject}: configured, out of traffic`);
    const primary = { ...change, result };
    const problems = await waitForRollout(context, result);
    if (problems.length > 0)
        return {
            kind: 'failed',
            applied: primary,
            problems: [
                ...problems,
                `${change.subject}: ${name} did not roll out and is rolled back; the traffic stays on ${greenName}, which runs the new template, until the next run finishes the switch`,
            ],
        };
    await switchTraffic(context, services, undefined);
    await remove(context, green, `Deployment ${namespace}/${greenName}`);
    return { kind: 'promoted', applied: primary, notes: [`${change.subject}: blue-green switch done`] };
}
/** Each Service selects the variant's pods only (`green`), or the Deployment's pods again (undefined). */
async function switchTraffic(context, services, variant) {
    for (const service of services) {
        const updated = await (0,progressive_traffic/* updateObject */.jq)(context.client, service, (live) => {
            if ((0,progressive_traffic/* selectorOf */.Bk)(live)[delivery/* VARIANT_LABEL */.z] === variant)
                return undefined;
            const selector = { ...(0,progressive_traffic/* selectorOf */.Bk)(live) };
            if (variant)
                selector[delivery/* VARIANT_LABEL */.z] = variant;
            else
                delete selector[delivery/* VARIANT_LABEL */.z];
            return { ...live, spec: { ...live.spec, selector } };
        });
        if (!updated)
            continue;
        context.log.info(`Service ${(0,resource/* namespaceOf */.N6)(service) ?? ''}/${(0,resource/* nameOf */.Vb)(service) ?? ''}: ${variant ? `selects ${variant} pods only` : 'selects the Deployment’s pods again'}`);
    }
}
async function analysisFailure(context, green, replicas, analysis, metricQuery) {
    if (!metricQuery)
        return undefined;
    await context.progress(`blue-green: analysing ${(0,resource/* nameOf */.Vb)(green) ?? ''}`);
    const outcome = await analyseVariant(context, green, replicas, analysis, metricQuery);
    return outcome.passed
        ? undefined
        : `failed its analysis at sample ${outcome.samples.length} (${outcome.failing?.description ?? 'unhealthy'})`;
}
/** A green an earlier run left, of a Deployment this run does not roll out blue-green: the traffic goes back, the green goes. */
async function abandonGreen(context, primary, green) {
    await switchTraffic(context, await (0,progressive_traffic/* servicesSelecting */.dj)(context.client, primary.live ?? {}), undefined);
    await remove(context, green, `Deployment ${(0,resource/* namespaceOf */.N6)(green) ?? ''}/${(0,resource/* nameOf */.Vb)(green) ?? ''}`);
}

// EXTERNAL MODULE: ./src/progressive/strategy.ts
var progressive_strategy = __webpack_require__(58058);
;// CONCATENATED MODULE: ./src/progressive/canary.ts







/**
 * A canary of one Deployment's update: the new template runs as `<name>-canary` at the weight (by pod
 * ratio, the primary scaled down by as many; or by an HTTPRoute's weights), is analysed, and is then
 * promoted (the primary takes the template, the canary goes) or aborted (the canary goes, the primary
 * was never changed). A canary an earlier run left is taken up again, or finished by the decision.
 */
async function runCanary(context, change, existing, options, writtenRoutes) {
    const desired = change.desired ?? {};
    const live = change.live ?? {};
    const name = (0,resource/* nameOf */.Vb)(desired) ?? '';
    const namespace = (0,resource/* namespaceOf */.N6)(desired) ?? '';
    const canaryName = (0,variant/* variantName */.L$)(name, 'canary');
    const traffic = await trafficOf(context, live);
    const primaryReplicas = primaryReplicasOf(existing, live);
    const finish = { context, change, traffic, writtenRoutes, canaryName, primaryReplicas };
    // The plan refused a decision without a canary to decide on (withDelivery).
    if (existing && options.decision === 'promote')
        return promote(finish, ['canary-decision: promote']);
    if (existing && options.decision === 'abort') {
        await abort(finish);
        return {
            kind: 'failed',
            problems: [
                `${change.subject}: canary aborted (canary-decision: abort); ${name} runs its previous template`,
            ],
        };
    }
    const metricQuery = variantMetricQuery(options, namespace, name, canaryName);
    const total = (0,variant/* desiredReplicas */.wT)(desired, live);
    const replicas = (0,progressive_strategy/* canaryReplicas */.Gy)(total, options.weight);
    const canary = await context.client.apply((0,variant/* variantDeployment */.D$)(desired, 'canary', replicas, {
        [delivery/* PRIMARY_REPLICAS_ANNOTATION */.rl]: String(primaryReplicas),
    }), { force: true });
    context.log.info(`Deployment ${namespace}/${canaryName}: ${existing ? 'configured' : 'created'} with the new template, ${replicas} of ${total} replicas (${options.weight} %)`);
    try {
        await context.progress(`canary ${canaryName} (${options.weight} %): rolling out`);
        const notReady = await waitForRollout(context, canary);
        if (notReady.length > 0) {
            await abort(finish);
            return {
                kind: 'failed',
                problems: [
                    `${change.subject}: the canary never became ready (${notReady.join('; ')}); it was removed and ${name} was never changed`,
                ],
            };
        }
        // Traffic moves only to a canary that is ready; the primary keeps at least one pod.
        await splitTraffic(finish, options.weight, Math.max(1, total - replicas));
        if (options.decision === 'manual')
            return {
                kind: 'waiting',
                notes: [
                    `${change.subject}: canary ${canaryName} runs the new template at ${options.weight} %; run again with canary-decision: promote or abort`,
                ],
            };
        await context.progress(`canary ${canaryName} (${options.weight} %): analysing`);
        const analysis = await analyseVariant(context, canary, replicas, options, metricQuery);
        if (!analysis.passed) {
            await abort(finish);
            const at = analysis.samples.length;
            return {
                kind: 'failed',
                problems: [
                    `${change.subject}: the canary failed its analysis at sample ${at} (${analysis.failing?.description ?? 'unhealthy'}); it was removed and ${name} was never changed`,
                ],
            };
        }
        return await promote(finish, [`${analysis.samples.length} healthy samples`]);
    }
    catch (error) {
        // Cancelled or cut off mid-rollout: the traffic and the primary's replicas go back first.
        await abort(finish).catch(() => undefined);
        throw error;
    }
}
/**
 * A canary an earlier run left, of a Deployment this run does not roll out by canary (its update was
 * reverted, or its strategy changed): the traffic and the primary's replicas go back, and it goes.
 */
async function abandonCanary(context, primary, canary, writtenRoutes) {
    const live = primary.live ?? {};
    const traffic = await trafficOf(context, live);
    await abort({
        context,
        change: primary,
        traffic,
        writtenRoutes,
        canaryName: (0,resource/* nameOf */.Vb)(canary) ?? '',
        primaryReplicas: primaryReplicasOf(canary, live),
    });
}
/** The primary takes the new template and rolls out; then the traffic returns to it and the canary goes. */
async function promote(finish, why) {
    const { context, change } = finish;
    await context.progress(`promoting: ${change.ref.name} rolls out the canary's template`);
    // A Deployment whose manifest leaves replicas to others (an HPA) gets back what it had.
    if (!(0,variant/* hasReplicas */.uH)(change.desired ?? {}) && finish.traffic.routed.length === 0)
        await scale(context, change.live ?? {}, finish.primaryReplicas);
    // Force: the primary's replicas were set aside for the canary, by this very rollout.
    const result = await context.client.apply(change.desired ?? {}, { force: true });
    context.log.info(`${change.subject}: configured with the canary's template`);
    const applied = { ...change, result };
    const problems = await waitForRollout(context, result);
    await removeCanary(finish);
    if (problems.length > 0)
        return { kind: 'failed', applied, problems };
    return { kind: 'promoted', applied, notes: [`${change.subject}: canary promoted (${why.join(', ')})`] };
}
/** The canary goes, the traffic returns to the primary, and the primary gets back its replicas. */
async function abort(finish) {
    const { context, change, traffic } = finish;
    if (traffic.routed.length === 0)
        await scale(context, change.live ?? {}, finish.primaryReplicas);
    await removeCanary(finish);
}
async function removeCanary(finish) {
    const { context, change, traffic, writtenRoutes, canaryName } = finish;
    const namespace = change.ref.namespace;
    for (const { service, routes } of traffic.routed) {
        const serviceName = (0,resource/* nameOf */.Vb)(service) ?? '';
        const canaryService = (0,variant/* variantName */.L$)(serviceName, 'canary');
        for (const route of routes) {
            const written = writtenOf(route, writtenRoutes);
            // A route of the manifests is applied as written again; anyone else's loses the canary's backend.
            if (written)
                await context.client.apply(written, { force: true });
            else
                await (0,progressive_traffic/* updateObject */.jq)(context.client, route, (current) => (0,progressive_traffic/* withoutCanary */.vQ)(current, serviceName, canaryService));
            context.log.info(`HTTPRoute ${namespace}/${(0,resource/* nameOf */.Vb)(route) ?? ''}: all traffic to ${serviceName}`);
        }
        await remove(context, { apiVersion: 'v1', kind: 'Service', metadata: { name: canaryService, namespace } }, `Service ${namespace}/${canaryService}`);
    }
    const canary = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: canaryName, namespace } };
    await remove(context, canary, `Deployment ${namespace}/${canaryName}`);
}
/** By a route's weights when one sends to the Service, which is exact; else by the pods' share. */
async function splitTraffic(finish, weight, primaryReplicas) {
    const { context, traffic, canaryName, writtenRoutes, change } = finish;
    if (traffic.routed.length === 0) {
        await scale(context, change.live ?? {}, primaryReplicas);
        return;
    }
    for (const { service, routes } of traffic.routed) {
        const serviceName = (0,resource/* nameOf */.Vb)(service) ?? '';
        const canaryService = (0,variant/* variantService */.Fu)(service, change.ref.name, 'canary');
        await context.client.apply(canaryService, { force: true });
        for (const route of routes) {
            const split = (current) => (0,progressive_traffic/* withCanaryWeight */.T1)(current, serviceName, (0,resource/* nameOf */.Vb)(canaryService) ?? '', weight);
            // A route of the manifests is applied by kubesync's own field manager, so the next plan sees its
            // own change, not another tool's conflict; anyone else's route is changed in place.
            const written = writtenOf(route, writtenRoutes);
            if (written)
                await context.client.apply(split(written), { force: true });
            else
                await (0,progressive_traffic/* updateObject */.jq)(context.client, route, split);
            context.log.info(`HTTPRoute ${(0,resource/* namespaceOf */.N6)(route) ?? ''}/${(0,resource/* nameOf */.Vb)(route) ?? ''}: ${100 - weight} % to ${serviceName}, ${weight} % to ${(0,resource/* nameOf */.Vb)(canaryService) ?? ''} (${canaryName})`);
        }
    }
}
async function trafficOf(context, live) {
    const services = await (0,progressive_traffic/* servicesSelecting */.dj)(context.client, live);
    const routed = [];
    for (const service of services) {
        const routes = await (0,progressive_traffic/* routesTo */.KB)(context.client, service);
        if (routes.length > 0)
            routed.push({ service, routes });
    }
    return { routed };
}
async function scale(context, deployment, replicas) {
    const updated = await (0,progressive_traffic/* updateObject */.jq)(context.client, deployment, (current) => (0,variant/* replicasOf */.N4)(current) === replicas
        ? undefined
        : { ...current, spec: { ...((0,resource/* isRecord */.u4)(current.spec) ? current.spec : {}), replicas } });
    if (updated)
        context.log.info(`Deployment ${(0,resource/* namespaceOf */.N6)(deployment) ?? ''}/${(0,resource/* nameOf */.Vb)(deployment) ?? ''}: scaled to ${replicas}`);
}
/** What the primary ran before the canary: recorded on a canary an earlier run left, else live now. */
function primaryReplicasOf(existing, live) {
    const recorded = existing ? Number((0,resource/* annotationOf */.lW)(existing, delivery/* PRIMARY_REPLICAS_ANNOTATION */.rl)) : NaN;
    return Number.isInteger(recorded) && recorded >= 0 ? recorded : (0,variant/* replicasOf */.N4)(live);
}
function writtenOf(route, writtenRoutes) {
    return writtenRoutes.find((candidate) => (0,resource/* nameOf */.Vb)(candidate) === (0,resource/* nameOf */.Vb)(route) && (0,resource/* namespaceOf */.N6)(candidate) === (0,resource/* namespaceOf */.N6)(route));
}

// EXTERNAL MODULE: ./src/progressive/plan-variants.ts
var plan_variants = __webpack_require__(72523);
;// CONCATENATED MODULE: ./src/sync/rollout-stage.ts





/** The changes of a wave that roll out by canary or blue-green; the rest are applied as they are. */
function rolloutsOf(changes, context) {
    return changes.flatMap((change) => {
        const strategy = (0,progressive_strategy/* strategyOf */.xS)(change, context.settings.delivery.strategy);
        return strategy === 'rolling' ? [] : [{ change, strategy }];
    });
}
/**
 * The routes a running canary split that its rollout goes on with (they send to a canary Service of
 * that Deployment): the rollout restores or splits them itself, so the wave neither applies them
 * first nor rolls them back to the split.
 */
function routesHeldBy(plan, changes, rollouts) {
    const continued = new Set(rollouts
        .filter(({ strategy }) => strategy === 'canary')
        .map(({ change }) => `${change.ref.namespace ?? ''}/${change.ref.name}`));
    const canaryServices = new Set((0,plan_variants/* variantsInPlan */.t)(plan.changes)
        .filter(({ object, of, namespace }) => object.kind === 'Service' && continued.has(`${namespace ?? ''}/${of}`))
        .map(({ object, namespace }) => `${namespace ?? ''}/${(0,resource/* nameOf */.Vb)(object) ?? ''}`));
    return changes.filter((change) => change.ref.kind === 'HTTPRoute' &&
        backendNamesOf(change.live).some((name) => canaryServices.has(`${change.ref.namespace ?? ''}/${name}`)));
}
function backendNamesOf(route) {
    const rules = route?.spec?.rules ?? [];
    return rules.flatMap((rule) => (rule.backendRefs ?? []).flatMap((ref) => (typeof ref.name === 'string' ? [ref.name] : [])));
}
/** Each rollout in turn; the first that fails ends the stage, and the sync rolls back what it applied. */
async function rolloutStage(context, plan, rollouts) {
    const rollout = rolloutContextOf(context);
    const applied = [];
    const notes = [];
    let waiting;
    for (const { change, strategy } of rollouts) {
        const outcome = await context.log.group(`${strategy} ${change.subject}`, () => runOne(rollout, context, plan, change, strategy));
        if (outcome.kind !== 'waiting' && outcome.applied)
            applied.push(outcome.applied);
        if (outcome.kind === 'failed')
            return { applied, problems: [...outcome.problems], notes };
        notes.push(...outcome.notes);
        if (outcome.kind === 'waiting')
            waiting ??= outcome.notes[0];
    }
    return { applied, problems: [], notes, ...(waiting ? { waiting } : {}) };
}
function runOne(rollout, context, plan, change, strategy) {
    const { delivery, apply } = context.settings;
    if (strategy === 'blue-green')
        return runBlueGreen(rollout, change, {
            analysis: delivery.canary,
            keepMs: delivery.blueGreenKeepMs,
            forceConflicts: apply.forceConflicts,
        });
    const existing = (0,plan_variants/* variantsInPlan */.t)(plan.changes).find(({ of, variant, namespace }) => of === change.ref.name && variant === 'canary' && namespace === change.ref.namespace);
    return runCanary(rollout, change, existing?.object, delivery.canary, writtenRoutesOf(plan));
}
/**
 * Canaries and greens an earlier run left (interrupted, or waiting for a decision) whose Deployment
 * this plan does not roll out the same way: each is removed, its traffic and replicas given back.
 */
async function leftoverStage(context, plan, rollouts) {
    const rollout = rolloutContextOf(context);
    const notes = [];
    for (const leftover of (0,plan_variants/* variantsInPlan */.t)(plan.changes)) {
        const continued = rollouts.some(({ change, strategy }) => change.ref.name === leftover.of &&
            change.ref.namespace === leftover.namespace &&
            (strategy === 'canary') === (leftover.variant === 'canary'));
        if (continued)
            continue;
        const primary = plan.changes.find((change) => change.ref.kind === 'Deployment' &&
            change.ref.name === leftover.of &&
            change.ref.namespace === leftover.namespace);
        if (!primary?.live)
            continue;
        await context.log.group(`remove the ${leftover.variant} of ${primary.subject}`, () => leftover.variant === 'canary'
            ? abandonCanary(rollout, primary, leftover.object, writtenRoutesOf(plan))
            : abandonGreen(rollout, primary, leftover.object));
        notes.push(`removed the ${leftover.variant} of ${primary.subject} that an earlier run left`);
    }
    return notes;
}
/** The HTTPRoutes as the manifests write them: what a route goes back to after a canary. */
function writtenRoutesOf(plan) {
    return plan.changes.flatMap((change) => change.ref.kind === 'HTTPRoute' && change.desired ? [change.desired] : []);
}
function rolloutContextOf(context) {
    const { session, settings, timing, log, hooks } = context;
    return {
        client: session.client,
        log,
        timeoutMs: settings.apply.timeoutMs,
        pollMs: timing.pollMs,
        signal: timing.signal,
        failures: context.failures,
        progress: async (description) => {
            log.info(description);
            await hooks.progress?.(description);
        },
    };
}

;// CONCATENATED MODULE: ./src/sync/sync-stages.ts











/**
 * The resources wave by wave (`argocd.argoproj.io/sync-wave`, lowest first): each wave is applied, its
 * Sync hooks run, and it is healthy before the next starts. The last wave is waited for with wait, or
 * when PostSync hooks follow.
 */
async function waveStages(context, plan, hooks) {
    const syncHooks = hooks.filter((hook) => hook.spec.phases.includes('Sync'));
    const postSync = hooks.some((hook) => hook.spec.phases.includes('PostSync'));
    const waves = (0,sync_waves/* wavesOf */.g)(plan.changes, syncHooks.map((hook) => hook.spec.wave));
    const rollouts = rolloutsOf(plan.changes, context);
    const notes = await leftoverStage(context, plan, rollouts);
    const applied = [];
    let waiting;
    for (const [index, wave] of waves.entries()) {
        const stopped = index > 0 ? await stopReason(context) : undefined;
        if (stopped)
            return { applied, problems: [stopped], notes };
        const group = waves.length === 1 && wave.wave === 0 ? 'apply' : `apply wave ${wave.wave}`;
        // A canary or blue-green Deployment rolls out after the rest of its wave is in place.
        const progressive = rollouts.filter(({ change }) => wave.changes.includes(change));
        const held = routesHeldBy(plan, wave.changes, rollouts);
        const plain = wave.changes.filter((change) => !held.includes(change) && !progressive.some((rollout) => rollout.change === change));
        const written = await sync_stages_applyStage(context, plain, group);
        applied.push(...written.applied);
        if (written.problems.length > 0)
            return { applied, problems: written.problems, notes };
        const waveHooks = syncHooks.filter((hook) => hook.spec.wave === wave.wave);
        if (waveHooks.length > 0) {
            const ran = await hookStage(context, waveHooks, 'Sync');
            if (ran.problems.length > 0)
                return { applied, problems: ran.problems, notes };
        }
        const last = index === waves.length - 1;
        // PostSync hooks run once everything is healthy, so the last wave is waited for when there are any.
        const problems = await waitStage(context, written.applied, !last || postSync || progressive.length > 0);
        if (problems.length > 0)
            return { applied, problems, notes };
        if (progressive.length === 0)
            continue;
        const rolled = await rolloutStage(context, plan, progressive);
        applied.push(...rolled.applied);
        notes.push(...rolled.notes);
        if (rolled.problems.length > 0)
            return { applied, problems: rolled.problems, notes };
        waiting ??= rolled.waiting;
    }
    return { applied, problems: [], notes, ...(waiting ? { waiting } : {}) };
}
async function sync_stages_applyStage(context, changes, group) {
    const { session, settings, timing, log } = context;
    const outcome = await log.group(group, () => applyChanges(session.client, changes, {
        applySetId: session.inventory.id,
        fieldManager: session.fieldManager,
        forceConflicts: settings.apply.forceConflicts,
        concurrency: settings.apply.concurrency,
        timeoutMs: settings.apply.timeoutMs,
        pollMs: timing.pollMs,
        signal: timing.signal,
        log,
    }));
    return { applied: outcome.applied, problems: outcome.failures.map((failure) => failure.message) };
}
/** The hooks of one phase, wave by wave; a wave with a failed hook ends the phase. */
async function hookStage(context, hooks, phase) {
    const { session, settings, timing, log } = context;
    const waves = hooksInPhase(hooks, phase);
    if (waves.length === 0)
        return { ran: [], problems: [] };
    return log.group(`${phase} hooks`, async () => {
        const ran = [];
        for (const wave of waves) {
            const stopped = await stopReason(context);
            if (stopped)
                return { ran, problems: [stopped] };
            const outcome = await runHooks(session.client, wave, {
                timeoutMs: settings.apply.timeoutMs,
                pollMs: timing.pollMs,
                signal: timing.signal,
                log,
                status: log.status,
                failures: context.failures,
            });
            ran.push(...outcome.ran);
            if (outcome.problems.length > 0)
                return { ran, problems: outcome.problems };
        }
        return { ran, problems: [] };
    });
}
/** SyncFail hooks, when the sync failed; a cancelled run starts none. */
async function failureHookStage(context, hooks) {
    if ((0,cancel/* cancellation */.WN)(context.timing.signal))
        return [];
    return (await hookStage(context, hooks, 'SyncFail')).problems;
}
/** Each object is waited for from the generation this apply wrote, never an older one's status. */
async function waitStage(context, applied, beforeNextWave = false) {
    const { session, settings, timing, log } = context;
    if (!settings.apply.wait && !beforeNextWave)
        return [];
    const targets = applied.map((change) => {
        const generation = (0,resource/* metadataOf */.Nk)(change.result).generation;
        return {
            ...change.ref,
            generation: typeof generation === 'number' ? generation : undefined,
            applied: change.result,
        };
    });
    const waited = await log.group('wait', () => waitUntilReady(session.client, targets, {
        timeoutMs: settings.apply.timeoutMs,
        concurrency: settings.apply.concurrency,
        pollMs: timing.pollMs,
        signal: timing.signal,
        log: log.info,
        status: log.status,
    }));
    return explainWaitProblems({ client: session.client, reports: context.failures }, waited);
}
/** Restores what the failed apply changed; a cancelled run stops short and leaves that to the next run. */
async function rollbackStage(context, applied, problems) {
    const { session, settings, timing, log } = context;
    if (!settings.apply.rollback || applied.length === 0 || (0,cancel/* cancellation */.WN)(timing.signal))
        return [];
    const rollback = await log.group('rollback', () => rollBack(session.client, applied, {
        timeoutMs: settings.apply.timeoutMs,
        pollMs: timing.pollMs,
        log,
        fieldManager: session.fieldManager,
    }));
    problems.push(...rollback.failures.map((failure) => failure.message));
    return rollback.restored;
}
async function pruneStage(context, plan) {
    const { session, settings, log } = context;
    if (!settings.apply.prune)
        return { subjects: [], notPruned: [], problems: [] };
    const result = await log.group('prune', () => pruneMembers(session.client, plan.changes, session.inventory.id, settings.apply.prunePropagation, log));
    return {
        subjects: result.pruned.map((change) => change.subject),
        // Kept and failed ones stay members of the set.
        notPruned: [...result.kept, ...result.failures.map((failure) => failure.change)],
        problems: result.failures.map((failure) => failure.error.message),
    };
}
/** Why the run must stop before its next stage (cancelled, or the lock lost), or undefined. */
async function stopReason(context) {
    try {
        await context.confirm();
        return undefined;
    }
    catch (error) {
        if (error instanceof errors/* UserError */.y)
            return error.message;
        throw error;
    }
}

// EXTERNAL MODULE: ./src/validate/validation-result.ts
var validation_result = __webpack_require__(72713);
;// CONCATENATED MODULE: ./src/sync/sync.ts













/**
 * One sync of an app under its lock, as a sequence of stages that each return what they did: plan
 * (every object dry-run) → refuse what cannot be applied as planned → PreSync hooks → record the
 * intent → staged apply and wait, wave by wave → PostSync hooks → on failure SyncFail hooks and roll
 * back → prune → record the commit.
 */
async function syncLocked(context) {
    const { session, settings, validation, provenance, log, app } = context;
    const state = await (0,cluster_session/* readInventory */.z)(session);
    const unordered = await checkCommitOrder(state, provenance, context.hooks.ancestry, settings.apply.allowOlder);
    if (unordered)
        log.warning(unordered);
    // An apply checked its permissions before taking the lock; a dry run checks them as a plan does.
    const planned = await log.group('plan', () => context.plan(settings.apply.dryRun ? 'plan' : 'apply', state));
    const base = {
        app,
        validation: (0,validation_result/* withFindings */.$)(validation, planned.findings),
        dryRun: settings.apply.dryRun,
        restored: [],
        pruned: [],
        server: session.client.server,
    };
    if (!planned.plan)
        return { ...base, syncStatus: 'Failed', problems: [`${planned.refused}; nothing was applied`] };
    if (!settings.apply.dryRun)
        refuseMissingSecrets(planned.findings, settings);
    const approval = await context.hooks.planned?.(planned.plan);
    const plan = approval?.destructiveApprovedBy
        ? { ...planned.plan, changes: (0,destructive/* approveDestructive */.sC)(planned.plan.changes, approval.destructiveApprovedBy) }
        : planned.plan;
    const refusals = refusalsOf(plan.changes);
    if (refusals.length > 0 && !settings.apply.dryRun)
        throw new errors/* UserError */.y(`${refusals.join('\n')}\nNothing was applied.`);
    if (settings.apply.dryRun)
        return { ...base, plan, syncStatus: plan.syncStatus, problems: [] };
    if (plan.syncStatus === 'Synced') {
        await context.confirm();
        await (0,record/* recordCommit */.rN)(session.client, session.inventory, plan, state, provenance, session.fieldManager);
        return { ...base, plan, syncStatus: 'Synced', problems: [] };
    }
    const hooks = (0,planned_hooks/* hooksOf */.uj)(plan);
    if (hooksInPhase(hooks, 'PreSync').length > 0) {
        await context.confirm();
        // A failed PreSync hook stops the sync before any resource (or the set's record) changes.
        const before = await hookStage(context, hooks, 'PreSync');
        if (before.problems.length > 0) {
            const onFailure = await failureHookStage(context, hooks);
            const problems = [...before.problems, 'a PreSync hook failed: nothing was applied', ...onFailure];
            return { ...base, plan, syncStatus: 'Failed', problems };
        }
    }
    await context.confirm();
    await (0,record/* recordIntent */.M8)(session.client, session.inventory, plan, state, session.fieldManager);
    const written = await waveStages(context, plan, hooks);
    const notes = written.notes;
    if (written.waiting && written.problems.length === 0) {
        // A canary waits for its decision: the sync is not done, so neither prune nor the record runs.
        return { ...base, plan, syncStatus: 'OutOfSync', problems: [], notes, waiting: written.waiting };
    }
    const problems = written.problems.length > 0 ? written.problems : (await hookStage(context, hooks, 'PostSync')).problems;
    if (problems.length > 0) {
        problems.push(...(await failureHookStage(context, hooks)));
        // A run that lost its lock leaves the objects to the run that holds it now (a cancelled run's
        // problems already say so, and it skips the rollback anyway).
        const stoppedBeforeRollback = (0,cancel/* cancellation */.WN)(context.timing.signal) ? undefined : await stopReason(context);
        if (stoppedBeforeRollback) {
            return { ...base, plan, syncStatus: 'Failed', problems: [...problems, stoppedBeforeRollback], notes };
        }
        const restored = await rollbackStage(context, written.applied, problems);
        return { ...base, plan, syncStatus: 'Failed', restored, problems, notes };
    }
    // Before prune deletes anything; a plan without deletes goes on to the check before the record.
    const stopped = plan.changes.some((change) => change.action === 'delete')
        ? await stopReason(context)
        : undefined;
    if (stopped)
        return { ...base, plan, syncStatus: 'Failed', problems: [stopped], notes };
    const pruned = await pruneStage(context, plan);
    const stoppedAfterPrune = await stopReason(context);
    if (stoppedAfterPrune) {
        const stoppedProblems = [...pruned.problems, stoppedAfterPrune];
        return {
            ...base,
            plan,
            pruned: pruned.subjects,
            syncStatus: 'Failed',
            problems: stoppedProblems,
            notes,
        };
    }
    await (0,record/* recordCommit */.rN)(session.client, session.inventory, plan, state, provenance, session.fieldManager, pruned.notPruned);
    const syncStatus = pruned.problems.length > 0 ? 'Failed' : 'Synced';
    return { ...base, plan, pruned: pruned.subjects, syncStatus, problems: pruned.problems, notes };
}
/** Nothing is applied when a workload reads Secrets that exist nowhere (unless allowed). */
function refuseMissingSecrets(findings, settings) {
    const missingSecrets = findings.filter((finding) => finding.rule === secret_references/* MISSING_SECRET_RULE */.j);
    if (missingSecrets.length > 0 && !settings.secrets.allowMissing) {
        throw new errors/* UserError */.y(`${missingSecrets.map(finding/* formatFinding */.tf).join('\n')}\nNothing was applied: create these Secrets (or keys) first, mark the references optional, or set allow-missing-secrets: true to apply anyway.`);
    }
}

;// CONCATENATED MODULE: ./src/app/commands/apply.ts















/**
 * (build and push the image) → validate → connect → lock → plan (every object dry-run) → staged apply →
 * wait → rollback on failure → prune → record in the ApplySet parent. Nothing is applied unless the
 * build succeeds and everything validates and dry-runs.
 */
async function runApply(settings, provenance, runtime, timing = {}, hooks = {}) {
    const built = await buildBeforeApply(settings, provenance, runtime.log);
    const result = await applySettings(built.settings, provenance, runtime, timing, hooks);
    return built.image ? { ...result, image: built.image } : result;
}
async function applySettings(settings, provenance, runtime, timing, hooks) {
    const { log } = runtime;
    const { validation, app, session } = await (0,validate_and_connect/* validateAndConnect */.q)(settings, runtime);
    if (!validation.valid) {
        return {
            app,
            validation,
            syncStatus: 'Failed',
            dryRun: settings.apply.dryRun,
            restored: [],
            pruned: [],
            problems: [`validation found ${(0,plural/* plural */.L)(validation.errors, 'error')}; nothing was applied`],
        };
    }
    if (!session) {
        throw new errors/* UserError */.y('no cluster credentials: set the kubeconfig input (a secret holding the kubeconfig file), or KUBECONFIG, to apply');
    }
    await hooks.started?.(app);
    // Before the lock: a run that cannot fill its Secrets changes nothing at all.
    if (!settings.apply.dryRun)
        (0,doppler_secret/* requireDopplerToken */.BQ)(validation.loaded.resources, settings.secrets.doppler.token !== '');
    const { leaseName } = (0,app_identity/* appIdentity */._L)(app, settings.namespace);
    const lock = new ApplyLock(session.client, leaseName, settings.namespace, {
        holder: lockHolder(provenance.run, provenance.attempt, provenance.job),
        timeoutMs: settings.apply.lockTimeoutMs,
        leaseSeconds: timing.leaseSeconds,
        pollMs: timing.lockPollMs,
        signal: timing.signal,
        log: log.info,
    });
    let createdNamespace = false;
    if (!settings.apply.dryRun) {
        // Every missing permission at once, before the namespace, the lock or anything else is touched;
        // what the next steps read is read meanwhile.
        const resources = validation.loaded.resources;
        const [, namespaceState] = await Promise.all([
            (0,preflight/* checkRunAccess */.S)(session.client, (0,access_settings/* accessSettingsOf */.L)(settings), { app, resources, stage: 'apply', state: 'unknown' }, log),
            (0,namespace_state/* readNamespaceState */.T)(session.client, settings.namespace),
            lock.discover(),
        ]);
        createdNamespace = await ensureTargetNamespace(session, settings, validation, namespaceState);
        await log.group('lock', async () => {
            await lock.acquire().catch((error) => {
                throw (0,describe_error/* describeApiError */.g)(error, `the lock Lease ${settings.namespace}/${leaseName}`);
            });
        });
    }
    // Before each stage that writes: not cancelled, and (a dry run takes no lock) still holding the lock.
    const confirm = async () => {
        const cancelled = (0,cancel/* cancellation */.WN)(timing.signal);
        if (cancelled)
            throw cancelled;
        if (!settings.apply.dryRun)
            await lock.confirm();
    };
    // A failed apply says so of the namespace it created first: "nothing was applied" is about the manifests.
    const sayCreatedNamespace = () => {
        if (createdNamespace)
            log.warning(`Namespace ${settings.namespace} was created before the plan (${settings.cluster.createNamespace ? 'create-namespace' : 'the manifests declare it'}), to hold the lock and the app's record; the failed apply leaves it in place`);
    };
    const failures = [];
    try {
        const synced = await syncLocked({
            session,
            settings,
            validation,
            provenance,
            log,
            timing,
            app,
            hooks,
            plan: (purpose, state) => (0,plan/* planAgainst */.J)(session, settings, validation, provenance, state, purpose, runtime, {
                accessChecked: purpose === 'apply',
            }),
            confirm,
            failures,
        });
        const result = failures.length > 0 ? { ...synced, failures } : synced;
        if (result.syncStatus === 'Failed')
            sayCreatedNamespace();
        return result;
    }
    catch (error) {
        sayCreatedNamespace();
        throw error;
    }
    finally {
        if (!settings.apply.dryRun)
            await lock
                .release()
                .catch((error) => log.warning(`could not release the lock: ${String(error)}`));
    }
}
/**
 * The lock and the ApplySet parent live in the target namespace, so it must exist before anything else.
 * It is created here when create-namespace is set or when the manifests declare it (stage one would
 * create it moments later anyway); otherwise the lock's error says how to fix it. One being deleted
 * fails at once. Says whether it created it.
 */
async function ensureTargetNamespace(session, settings, validation, state) {
    const name = settings.namespace;
    const declared = (0,namespace/* declaresNamespace */.Lj)(validation.loaded.resources, name);
    if (state === 'terminating')
        throw (0,namespace_state/* terminatingNamespace */.M)(name);
    if (state !== 'missing' || !(declared || settings.cluster.createNamespace))
        return false;
    await session.client.apply((0,namespace/* namespaceObject */.rE)(name)).catch((error) => {
        throw (0,describe_error/* describeApiError */.g)(error, `Namespace ${name}`);
    });
    return true;
}

// EXTERNAL MODULE: ./src/tools/git.ts
var tools_git = __webpack_require__(90615);
;// CONCATENATED MODULE: ./src/app/commit-ancestry.ts

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
    const git = (...args) => (0,tools_git/* gitOutput */.o)(workspace, ...args);
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

// EXTERNAL MODULE: ./src/github/github-unavailable.ts
var github_unavailable = __webpack_require__(29303);
// EXTERNAL MODULE: ./src/github/comment-marker.ts
var comment_marker = __webpack_require__(2429);
// EXTERNAL MODULE: ./src/app/records/plan-records.ts
var plan_records = __webpack_require__(82552);
// EXTERNAL MODULE: ./src/app/records/reviewed-plan.ts
var reviewed_plan = __webpack_require__(18741);
;// CONCATENATED MODULE: ./src/app/records/apply-records.ts








/**
 * What an apply leaves on GitHub: the commit status `kubesync/<environment>` going pending → success or
 * failure, and a GitHub Deployment for the commit going in_progress → success or failure. Before
 * anything is applied, the plan is compared with the one reviewed in the pull request the commit came
 * from (the stale-plan guard). Without a token or a repository every step is skipped. GitHub is not the
 * cluster: whatever GitHub does not do (unreachable, failing, refusing the token) the deploy goes on
 * without, and the end of the run warns once per cause, in one line that says what to check. A read
 * that fails means no reviewed plan to compare and no approval label found; only require-plan-match,
 * which the workflow sets to demand the comparison, refuses then.
 */
class ApplyRecords {
    settings;
    run;
    log;
    runAttempt;
    windowOverride;
    warnings = [];
    deploymentId;
    environmentUrl;
    github;
    app;
    idempotencyKey = (0,external_node_crypto_.randomUUID)();
    commitPullRequests;
    /** What GitHub did not do, by what happened: warned about once each, at the end. */
    missed = new Map();
    constructor(settings, run, github, log, runAttempt = '1', 
    /** Who let the apply through outside its deploy windows: the Deployment and the status say so. */
    windowOverride) {
        this.settings = settings;
        this.run = run;
        this.log = log;
        this.runAttempt = runAttempt;
        this.windowOverride = windowOverride;
        // Records go to the repository the run belongs to; without one there is nowhere to record.
        if (run.repository)
            this.github = github?.records;
    }
    /** GitHub's compare API, for the order of commits the checkout's history cannot tell. */
    get compareCommits() {
        const github = this.github;
        return github && ((base, head) => github.compareCommits(base, head));
    }
    get hooks() {
        return {
            started: (app) => this.started(app),
            planned: (plan) => this.planned(plan),
            progress: (description) => this.progress(description),
        };
    }
    get statusContext() {
        return (0,plan_records/* statusContextOf */.rM)(this.settings, this.app ?? '');
    }
    async started(app) {
        this.app = app;
        const github = this.github;
        if (!github)
            return;
        await this.record(`the commit status ${this.statusContext}`, () => github.setStatus(this.run.sha, this.statusContext, 'pending', 'Syncing…', this.run.runUrl));
    }
    async planned(plan) {
        const github = this.github;
        const app = this.app;
        if (!github || !app)
            return undefined;
        await this.checkReviewedPlan(github, app, plan);
        const destructiveApprovedBy = await this.approveByLabel(github, plan);
        const approval = destructiveApprovedBy ? { destructiveApprovedBy } : undefined;
        if (this.settings.apply.dryRun)
            return approval;
        const environment = (0,plan_records/* deploymentEnvironmentOf */.a$)(this.settings, app);
        // A Deployment someone else created (the deployment event) is the one whose statuses this run drives.
        this.deploymentId = this.run.deployment?.id;
        if (this.deploymentId === undefined)
            await this.record(`the GitHub Deployment for ${environment}`, async () => {
                // Kept the moment it exists: from here on, every way out gives it a final status.
                this.deploymentId = await github.createDeployment({
                    sha: this.run.sha,
                    environment,
                    production: this.settings.deployment.production === 'auto'
                        ? (this.settings.environment || app) === 'production'
                        : this.settings.deployment.production === 'true',
                    transient: this.settings.deployment.transient,
                    description: `kubesync apply of ${app}${this.windowOverride ? `, outside its deploy windows: let through by ${this.windowOverride}` : ''}`,
                    payload: {
                        app,
                        digest: plan.digest,
                        run: `${this.run.runUrl}/attempts/${this.runAttempt}`,
                        idempotency_key: this.idempotencyKey,
                    },
                });
            });
        const id = this.deploymentId;
        if (id === undefined)
            return approval;
        await this.record(`the statuses of GitHub Deployment ${id}`, () => github.setDeploymentStatus(id, 'in_progress', 'Applying', this.run.runUrl));
        return approval;
    }
    /** On a push, the pull request the commit came from carries the reviewed plan's digest in its comment. */
    async checkReviewedPlan(github, app, plan) {
        if (this.run.eventName !== 'push')
            return;
        const requireMatch = this.settings.deployment.requirePlanMatch;
        let reviewed;
        try {
            reviewed = await this.reviewedPlan(github, app);
        }
        catch (error) {
            if (!(0,github_unavailable/* isGitHubUnavailable */.Ww)(error))
                throw error;
            // The workflow asked for the match: a plan that could not be compared does not match.
            if (requireMatch) {
                throw new errors/* UserError */.y(`require-plan-match could not be checked, so nothing was applied: the reviewed plan could not be read, ${error.problem}; ${error.check}`);
            }
            this.miss('the comparison with the plan reviewed in the pull request', error);
            return;
        }
        const problem = (0,reviewed_plan/* reviewProblem */.g)(reviewed, app, {
            digest: plan.digest,
            desired: (0,reviewed_plan/* desiredDigest */.b)(plan, this.settings.ignoreDifferences),
        });
        if (!problem) {
            this.log.info(`the plan matches the one reviewed in pull request #${reviewed.pull}`);
            return;
        }
        if (requireMatch) {
            throw new errors/* UserError */.y(`${problem}; require-plan-match is set, so nothing was applied. Re-run the plan on a pull request and merge it`);
        }
        this.warn(problem);
    }
    /**
     * On a push, the merged pull request's label (destructive-approval-label) approves the plan's
     * destructive changes; without it they stay unapproved, and apply refuses them.
     */
    async approveByLabel(github, plan) {
        if (this.run.eventName !== 'push' || (0,destructive/* unapprovedDestructive */.Dc)(plan.changes).length === 0)
            return undefined;
        const label = this.settings.apply.destructiveApprovalLabel;
        let pull;
        try {
            // A label on a pull request that merely contains the commit (merged elsewhere, or still open)
            // approves nothing here.
            pull = (await this.pullRequestsOfCommit(github)).find((candidate) => candidate.mergedAs === this.run.sha);
        }
        catch (error) {
            if (!(0,github_unavailable/* isGitHubUnavailable */.Ww)(error))
                throw error;
            this.miss(`the merged pull request's labels (no ${label} found: destructive changes stay unapproved)`, error);
            return undefined;
        }
        if (!pull?.labels.includes(label))
            return undefined;
        this.log.info(`pull request #${pull.number} carries ${label}: its destructive changes are approved`);
        return `the label ${label} on pull request #${pull.number}`;
    }
    /** The pull requests of the pushed commit, asked once for the reviewed plan and the approval label. */
    pullRequestsOfCommit(github) {
        this.commitPullRequests ??= github.pullRequestsOf(this.run.sha);
        return this.commitPullRequests;
    }
    async reviewedPlan(github, app) {
        const pull = (await this.pullRequestsOfCommit(github))[0]?.number;
        if (pull === undefined)
            return { identity: '', ignoredAuthors: [] };
        const { ours, others } = await github.findComment(pull, (0,comment_marker/* commentMarker */.Ql)(app, this.settings.environment));
        const marker = ours ? (0,comment_marker/* readMarker */.t7)(ours.body, app, this.settings.environment) : undefined;
        return { pull, marker, identity: await github.identity(), ignoredAuthors: others };
    }
    /** A rollout's stage (a canary analysing), as the Deployment's in_progress status. */
    async progress(description) {
        const github = this.github;
        const id = this.deploymentId;
        if (!github || id === undefined)
            return;
        await this.record(`the statuses of GitHub Deployment ${id}`, () => github.setDeploymentStatus(id, 'in_progress', description, this.run.runUrl));
    }
    /**
     * The final statuses; `environment-url` is the input or https:// the Application's first domain.
     * The apply is over: what GitHub refuses or cannot take now is a warning. A canary waiting for its
     * decision is not final: the status stays pending.
     */
    async finish(result, error) {
        try {
            await this.finalRecords(result, error);
        }
        finally {
            this.warnMissed();
        }
    }
    async finalRecords(result, error) {
        const github = this.github;
        if (!github || !this.app)
            return;
        if (result?.waiting) {
            // Not finished: a canary waits for its decision, which a later run brings.
            await this.record(`the commit status ${this.statusContext}`, () => github.setStatus(this.run.sha, this.statusContext, 'pending', result.waiting ?? '', this.run.runUrl));
            await this.progress(result.waiting);
            return;
        }
        const failed = !result || result.syncStatus === 'Failed';
        // An object that did not become ready: the one most telling line of why, not "not ready after 5m".
        const failure = result?.failures?.[0];
        const reason = (failure ? `${failure.subject}: ${failure.reason}` : result?.problems[0]) ??
            ((0,errors/* isUserError */.i)(error) ? error.message : 'kubesync failed; see the log');
        const description = failed
            ? `Failed: ${reason.split('\n')[0] ?? ''}`
            : result.dryRun
                ? `Dry run: ${result.syncStatus}`
                : this.windowOverride
                    ? `Synced; deploy window overridden by ${this.windowOverride}`
                    : 'Synced';
        const state = failed ? 'failure' : 'success';
        await this.record(`the commit status ${this.statusContext}`, () => github.setStatus(this.run.sha, this.statusContext, state, description, this.run.runUrl), true);
        const id = this.deploymentId;
        if (id === undefined)
            return;
        const domain = result?.validation.loaded.app?.spec.network?.domains?.[0];
        this.environmentUrl =
            this.settings.deployment.environmentUrl || (domain ? `https://${domain}` : undefined);
        const url = failed ? undefined : this.environmentUrl;
        await this.record(`the statuses of GitHub Deployment ${id}`, () => github.setDeploymentStatus(id, state, description, this.run.runUrl, url), true);
    }
    /** A record GitHub does not take is missed, and the deploy goes on. */
    async record(what, write, final = false) {
        try {
            await write();
        }
        catch (error) {
            if ((0,github_unavailable/* isGitHubUnavailable */.Ww)(error))
                return this.miss(what, error);
            // Not GitHub's failure but kubesync's (a bug); after the apply it may not turn the outcome around.
            if (!final)
                throw error;
            this.warn(`could not record ${what} on GitHub: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    miss(what, failure) {
        const entry = this.missed.get(failure.problem) ?? {
            failure,
            what: new Set(),
            permissions: new Set(),
        };
        entry.what.add(what);
        if (failure.permission)
            entry.permissions.add(failure.permission);
        this.missed.set(failure.problem, entry);
    }
    /** One line per cause: what happened, what the run went on without, what to check. */
    warnMissed() {
        for (const { failure, what, permissions } of this.missed.values()) {
            const check = permissions.size > 0 ? (0,github_unavailable/* permissionsCheck */.pW)([...permissions]) : failure.check;
            this.warn(`${failure.problem}: the deploy went on without ${(0,plural/* listed */.K)([...what])}; ${check}`);
        }
        this.missed.clear();
    }
    warn(message) {
        this.warnings.push(message);
        this.log.warning(message);
    }
}

;// CONCATENATED MODULE: ./src/report/failure-report-text.ts
/** `3m ago  pod/web-7d4b9-x2x  BackOff  Back-off restarting failed container (x12)`. */
function eventLine(event) {
    const count = event.count > 1 ? ` (x${event.count})` : '';
    return `${event.age} ago  ${event.object}  ${event.reason}  ${event.message}${count}`;
}
/** One report as lines of text, its reason first: for the log and the CLI. */
function failureReportLines(report) {
    const lines = [`${report.subject}: ${report.reason}`];
    if (report.status !== report.reason)
        lines.push(`  wait: ${report.status}`);
    for (const detail of report.details)
        lines.push(`  ${detail}`);
    if (report.events.length > 0) {
        lines.push('  Warning events:');
        for (const event of report.events)
            lines.push(`    ${eventLine(event)}`);
    }
    if (report.log) {
        const { pod, container, previous, lines: logLines } = report.log;
        lines.push(`  last lines of the log of ${pod}/${container}${previous ? ' (previous run)' : ''}:`);
        for (const line of logLines)
            lines.push(`    ${line}`);
    }
    return lines;
}
/** Each report in a folded group of the log of its own: `why Deployment shop/web is not ready`. */
async function logFailureReports(log, reports) {
    for (const report of reports) {
        await log.group(`why ${report.subject} is not ready`, () => {
            for (const line of failureReportLines(report))
                log.info(line);
            return Promise.resolve();
        });
    }
}

// EXTERNAL MODULE: ./src/app/records/drift-issue.ts + 1 modules
var drift_issue = __webpack_require__(96540);
;// CONCATENATED MODULE: ./src/app/apply-app.ts





/** An apply, with its commit statuses and GitHub Deployment; a failure is recorded before it is thrown on. */
async function applyAndRecord(settings, provenance, runtime, context, windowOverride, 
/** A self-heal: the apply of the commit a scheduled plan found the cluster drifted from. */
options = {}) {
    const { run } = context;
    const attempt = runtime.env.GITHUB_RUN_ATTEMPT || '1';
    const records = new ApplyRecords(settings, run, runtime.github, runtime.log, attempt, windowOverride);
    let result;
    try {
        const ancestry = commitAncestry(settings.workspace, records.compareCommits);
        result = await runApply(settings, provenance, runtime, { signal: context.cancellation.signal }, { ...records.hooks, ancestry });
    }
    catch (error) {
        await records
            .finish(undefined, error)
            .catch((recordError) => runtime.log.warning(`could not record the failure on GitHub: ${String(recordError)}`));
        throw error;
    }
    // Each report a group of the log of its own, after the sync's groups (the runner's do not nest).
    if (result.failures)
        await logFailureReports(runtime.log, result.failures);
    await records.finish(result);
    const synced = !result.dryRun && result.syncStatus === 'Synced';
    const driftIssue = await (0,drift_issue/* closeDriftAfterApply */.Y)({ app: result.app, settings, run, github: runtime.github, log: runtime.log }, synced, Boolean(options.healing));
    return {
        kind: 'applied',
        label: result.app,
        environment: settings.environment,
        settings,
        result,
        recorded: {
            warnings: records.warnings,
            deploymentId: records.deploymentId,
            environmentUrl: records.environmentUrl,
            driftIssue,
        },
        ...(synced ? { lastApplied: { commit: provenance.commit, at: new Date().toISOString() } } : {}),
    };
}


/***/ }),

/***/ 96540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ closeDriftAfterApply),
  t: () => (/* binding */ recordDriftOfPlan)
});

// EXTERNAL MODULE: ./src/github/github-unavailable.ts
var github_unavailable = __webpack_require__(29303);
// EXTERNAL MODULE: ./src/github/comment-marker.ts
var comment_marker = __webpack_require__(2429);
// EXTERNAL MODULE: ./src/model/markdown-escape.ts
var markdown_escape = __webpack_require__(52654);
// EXTERNAL MODULE: ./src/report/change-blocks.ts + 2 modules
var change_blocks = __webpack_require__(76990);
// EXTERNAL MODULE: ./src/report/identifiers.ts
var identifiers = __webpack_require__(25566);
// EXTERNAL MODULE: ./src/report/inline.ts
var inline = __webpack_require__(28837);
// EXTERNAL MODULE: ./src/report/links.ts
var report_links = __webpack_require__(83303);
// EXTERNAL MODULE: ./src/report/markdown.ts + 3 modules
var markdown = __webpack_require__(82163);
// EXTERNAL MODULE: ./src/report/plan-overview.ts
var plan_overview = __webpack_require__(20507);
;// CONCATENATED MODULE: ./src/report/drift-issue.ts








/** `kubesync: web drifted in production`: the issue's title. */
function driftIssueTitle(app, environment) {
    return `kubesync: ${app} drifted${environment ? ` in ${environment}` : ''}`;
}
/**
 * The body of a drift issue: the hidden marker that finds it again, where and since which plan, the
 * overview and one diff per drifted object (the plan comment's renderers), and what ends it. Never
 * over GitHub's limit for an issue body; what does not fit points at the run's job summary.
 */
function renderDriftIssue(input, secrets) {
    (0,identifiers/* keepReportIdentifiers */.i)(secrets, input.plan, [], [input.app, input.environment, input.cluster]);
    const links = input.repositoryUrl
        ? { url: input.repositoryUrl, sha: input.sha }
        : undefined;
    const marker = `${(0,comment_marker/* driftIssueMarker */.T7)(input.app, input.environment)}\n`;
    const commit = (0,inline/* code */.aY)(input.sha.slice(0, 7));
    const where = input.cluster ? ` on ${(0,inline/* code */.aY)(input.cluster)}` : '';
    const head = [
        `### ${(0,markdown_escape/* escapeMarkdown */.F)(driftIssueTitle(input.app, input.environment))}`,
        '',
        `The cluster${where} no longer matches ${links ? (0,inline/* link */.nf)(commit, (0,report_links/* commitUrl */.Bg)(links)) : commit}, and nothing in git asked for the change: someone or something changed it in the cluster.`,
        '',
        `Last seen by the plan of ${(0,inline/* link */.nf)('this workflow run', input.runUrl)} at ${input.seenAt}. ${(0,plan_overview/* countsSentence */.KS)(input.plan)}.`,
        '',
        '',
    ].join('\n');
    const tail = [
        '',
        input.selfHeal
            ? '**Next:** self-heal is on: the scheduled run applies the commit, and this issue closes.'
            : `**Next:** apply the commit again (or set ${(0,inline/* code */.aY)('self-heal: true')}), or bring the change into git. This issue closes itself once a plan finds the app Synced.`,
        '',
    ].join('\n');
    const room = markdown/* COMMENT_LIMIT */.W$ - marker.length - head.length - tail.length;
    const [changes = ''] = (0,change_blocks/* renderChangePages */.V)(input.plan, input.runUrl, links, {
        first: room,
        next: room,
        count: 1,
    });
    // Redacted before it may be cut, so that a cut never leaves part of a secret.
    const end = secrets.redact(tail);
    const limit = markdown/* COMMENT_LIMIT */.W$ - marker.length - end.length;
    let body = secrets.redact(head + changes);
    if (body.length > limit) {
        const note = `\n_The list was cut to fit an issue; the [job summary](${input.runUrl}) has all of it._\n`;
        body = body.slice(0, limit - note.length) + note;
    }
    return marker + body + end;
}
/** The comment that closes a drift issue: how the app came back in sync, and where. */
function driftResolvedComment(how, sha, runUrl) {
    const commit = (0,inline/* code */.aY)(sha.slice(0, 7));
    const what = {
        healed: `self-heal applied ${commit} again`,
        applied: `${commit} was applied`,
        synced: `the plan finds the cluster matching ${commit} again`,
    }[how];
    return `The app is Synced again: ${what} (${(0,inline/* link */.nf)('workflow run', runUrl)}). Closing.`;
}

;// CONCATENATED MODULE: ./src/app/records/drift-issue.ts




/** The events that plan the default branch's head with no change in git: what they find OutOfSync is drift. */
const DRIFT_EVENTS = ['schedule', 'workflow_dispatch', 'repository_dispatch'];
/**
 * After a plan: drift found by a scheduled or dispatched plan opens the app's drift issue, or brings
 * the open one up to date; a plan that finds the app Synced closes it. Nothing happens unless
 * drift-issue is on, or on a pull request. GitHub's failures are warnings: the plan stands without.
 */
async function recordDriftOfPlan(target, result, secrets) {
    const { settings, run } = target;
    const plan = result.plan;
    if (!plan || !DRIFT_EVENTS.includes(run.eventName) || run.pullRequest)
        return undefined;
    const github = githubFor({ ...target, app: result.app });
    if (!github)
        return undefined;
    const marker = (0,comment_marker/* driftIssueMarker */.T7)(result.app, settings.environment);
    const label = settings.github.driftIssueLabel;
    return guarded({ ...target, app: result.app }, async () => {
        const open = await github.issues.findOpenIssue(label, marker);
        if (plan.syncStatus === 'Synced') {
            if (!open)
                return undefined;
            await github.issues.closeIssue(open.number, driftResolvedComment('synced', run.sha, run.runUrl));
            target.log.info(`drift issue #${open.number} closed: ${result.app} is Synced again`);
            return { number: open.number, url: open.url, state: 'closed' };
        }
        const body = renderDriftIssue({
            app: result.app,
            environment: settings.environment,
            sha: run.sha,
            cluster: result.context || result.server,
            plan,
            runUrl: run.runUrl,
            repositoryUrl: (0,report_links/* repositoryUrlOf */.ZN)(run.runUrl),
            seenAt: new Date().toISOString(),
            selfHeal: settings.deployment.selfHeal && run.eventName === 'schedule',
        }, secrets);
        if (open) {
            await github.issues.updateIssue(open.number, body);
            target.log.info(`drift issue #${open.number} updated: ${result.app} still drifts`);
            return { number: open.number, url: open.url, state: 'open' };
        }
        const title = driftIssueTitle(result.app, settings.environment);
        const created = await github.issues.createIssue({ title, body, label, marker });
        target.log.warning(`${result.app} drifted from git: drift issue #${created.number} opened (${created.url})`);
        return { number: created.number, url: created.url, state: 'open' };
    });
}
/**
 * After an apply that left the app Synced (self-heal, or the commit applied again), its open drift
 * issue is closed with a comment saying how.
 */
async function closeDriftAfterApply(target, synced, healed) {
    const github = githubFor(target);
    if (!github || !synced)
        return undefined;
    const { run, settings } = target;
    return guarded(target, async () => {
        const open = await github.issues.findOpenIssue(settings.github.driftIssueLabel, (0,comment_marker/* driftIssueMarker */.T7)(target.app, settings.environment));
        if (!open)
            return undefined;
        const comment = driftResolvedComment(healed ? 'healed' : 'applied', run.sha, run.runUrl);
        await github.issues.closeIssue(open.number, comment);
        target.log.info(`drift issue #${open.number} closed: ${target.app} is Synced again`);
        return { number: open.number, url: open.url, state: 'closed' };
    });
}
function githubFor(target) {
    if (!target.settings.github.driftIssue || !target.run.repository)
        return undefined;
    if (!target.github)
        target.log.warning('drift-issue is on but there is no github-token: no drift issue');
    return target.github;
}
/** What GitHub does not do is a warning naming what to check (the permission it refused): never a failure. */
async function guarded(target, record) {
    try {
        return await record();
    }
    catch (error) {
        if (!(0,github_unavailable/* isGitHubUnavailable */.Ww)(error))
            throw error;
        target.log.warning(`could not record the drift issue of ${target.app} on GitHub: ${error.message}`);
        return undefined;
    }
}


/***/ }),

/***/ 74110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ imagesOf),
/* harmony export */   M8: () => (/* binding */ recordIntent),
/* harmony export */   rN: () => (/* binding */ recordCommit)
/* harmony export */ });
/* harmony import */ var _cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36186);
/* harmony import */ var _cluster_legacy_manager_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60885);
/* harmony import */ var _manifests_image_overrides_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9867);



/**
 * Before the first write, the parent records the union of the old and the new kinds, so that a run
 * interrupted midway can still prune. It keeps the last applied commit until this one succeeds: a
 * failed apply must not erase the record that refuses older commits.
 */
async function recordIntent(client, inventory, plan, state, fieldManager) {
    await takeOverLegacyParent(client, inventory, state, fieldManager);
    const newMembers = plan.changes.flatMap((change) => change.desired && (0,_cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .isMember */ .NB)(change.desired, inventory.id) ? [change.desired] : []);
    const oldMembers = plan.changes.flatMap((change) => change.live && change.action !== 'create' ? [change.live] : []);
    const lastApplied = state?.lastCommit
        ? {
            sha: state.lastCommit,
            digest: state.lastDigest ?? '',
            images: state.lastImages,
            at: state.lastAppliedAt,
        }
        : undefined;
    await client.apply(inventory.parent([...newMembers, ...oldMembers], lastApplied), { force: true });
}
/**
 * Records the applied commit and exactly the kinds/namespaces still in the set: orphans, kept members
 * and members whose prune failed stay members, so the next run sees them (and prunes them again).
 */
async function recordCommit(client, inventory, plan, state, provenance, fieldManager, notPruned = []) {
    // Everything kubesync applies is a member, except a Namespace made by create-namespace (never pruned).
    const remaining = new Set(notPruned);
    const members = plan.changes
        .map((change) => change.desired ??
        (change.action === 'orphan' || change.action === 'keep' || remaining.has(change)
            ? change.live
            : undefined))
        .filter((object) => object !== undefined && (0,_cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .isMember */ .NB)(object, inventory.id));
    if (!state && members.length === 0)
        return;
    const applied = plan.changes.flatMap((change) => (change.desired ? [change.desired] : []));
    const commit = {
        sha: provenance.commit,
        digest: plan.digest,
        images: imagesOf(applied),
        at: new Date().toISOString(),
    };
    await takeOverLegacyParent(client, inventory, state, fieldManager);
    await client.apply(inventory.parent(members, commit), { force: true });
}
/** An older kubesync's parent: its fields move to the app's manager, so that one it stops writing goes. */
async function takeOverLegacyParent(client, inventory, state, fieldManager) {
    if (state?.legacyParent)
        await (0,_cluster_legacy_manager_js__WEBPACK_IMPORTED_MODULE_1__/* .migrateLegacyManager */ .KC)(client, inventory.parentRef, inventory.id, fieldManager);
}
/** The images the objects' containers run (init and ephemeral ones too), each once, sorted. */
function imagesOf(objects) {
    const images = objects.flatMap((object) => (0,_manifests_image_overrides_js__WEBPACK_IMPORTED_MODULE_2__/* .containersOf */ .Mz)(object).flatMap((container) => typeof container.image === 'string' && container.image ? [container.image] : []));
    return [...new Set(images)].sort();
}


/***/ })

};

//# sourceMappingURL=379.index.js.map