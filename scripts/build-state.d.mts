// Types of build-state.mjs for the tests.

/** The sources' state as a build starts: their times and their contents' hash. */
export interface SourceState {
  stat: string;
  hash: string;
}

/** The sources' state as a build starts. */
export function sourceState(root: string): SourceState;
/** True when dist/ holds a finished build of exactly the current sources. */
export function isBuildFresh(root: string): boolean;
/** Records that dist/ now matches `state`. */
export function markBuilt(root: string, state: SourceState): void;
