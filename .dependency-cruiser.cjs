/**
 * The architecture, checked by `npm run lint`: layers point down, no file imports itself back (type-only
 * imports included), and the runner's and GitHub's libraries stay behind their seams.
 * Lowest first; a folder may import its own layer and any below it.
 */
const LAYERS = [
  ['model'],
  ['tools'],
  ['manifests'],
  ['cluster'],
  ['secrets'],
  ['validate', 'build', 'promote', 'rbac'],
  ['plan'],
  ['sync', 'progressive'],
  ['settings', 'github'],
  ['app/apps'],
  ['app/events'],
  ['app/commands'],
  ['report'],
  ['app/records'],
  ['app'],
  ['action', 'cli'],
];

/** @param {string} folder */
const folderPattern = (folder) => (folder === 'app' ? '^src/app/[^/]+\\.ts$' : `^src/${folder}/`);
/** @param {number} index */
const above = (index) =>
  LAYERS.slice(index + 1)
    .flat()
    .map(folderPattern);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle, even of types only, means two modules are one; split what they share into a third.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).flatMap((folders, index) =>
      folders.map((folder) => ({
        name: `layers-${folder.replace('/', '-')}`,
        severity: 'error',
        comment: `${folder}/ is below ${LAYERS.slice(index + 1)
          .flat()
          .join(', ')}: it takes what it needs as parameters and types of its own layer or lower`,
        from: { path: folderPattern(folder) },
        to: { path: above(index) },
      })),
    ),
    {
      name: 'entry-files-only-at-the-root',
      severity: 'error',
      comment: 'src/ holds the entry files; everything else lives in the folder that says what it is',
      from: { path: '^src/[^/]+\\.ts$', pathNot: '^src/(index|entry)\\.ts$' },
      to: {},
    },
    {
      name: 'octokit-behind-the-github-seam',
      severity: 'error',
      comment: 'Every GitHub call goes through the GitHub interface (src/github/github.ts)',
      from: { path: '^src/', pathNot: '^src/github/' },
      to: { path: 'node_modules/(@actions/github|@octokit)/' },
    },
    {
      name: 'runner-only-in-the-action',
      severity: 'error',
      comment: 'Only the action reads inputs and writes outputs, annotations and the summary',
      from: { path: '^src/', pathNot: '^src/action/' },
      to: { path: 'node_modules/@actions/core/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generate/' },
  },
};
