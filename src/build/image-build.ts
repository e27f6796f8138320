/** The builders spec.build.builder names, as the Application schema spells them. */
export type BuilderName = 'dockerfile' | 'nixpacks' | 'buildpack';

/** One image to build and push, with every path resolved inside the repository. */
export interface ImageBuild {
  readonly builder: BuilderName;
  /** Where it is pushed, tagged: `ghcr.io/acme/web:<commit sha>`. */
  readonly image: string;
  /** The build context folder (absolute). */
  readonly context: string;
  /** The Dockerfile (absolute); only the dockerfile builder reads it. */
  readonly dockerfile?: string;
  /** spec.build.args as `NAME=value`, in the order written. */
  readonly args: readonly string[];
}
