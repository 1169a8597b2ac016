/**
 * The jobs the command line does, as library calls: each reads its inputs through the one way
 * in (readers/), runs the engine, and returns what a writer needs, with notices for people.
 * The commands only parse options, call one of these, and pick a writer. One module per job
 * (library/), so that a command loads only the engine it uses.
 */
export { parseInput, resolutionInput, tableFor, viewInput, type Notice } from './library/inputs.js';
export { applyInputs, proposalInput, type ApplyResult, type ProposalOptions, type ProposalsRead } from './library/proposals.js';
export { diffPaths, eachDiff } from './library/diff.js';
export { draftInputs } from './library/draft.js';
export { mergeInputs, type MergeResult } from './library/merge.js';
export { lintInput, lintInputs } from './library/lint.js';
export { checkInputs } from './library/check.js';
export { catalogueInputs } from './library/catalogue.js';
export { alignInputs } from './library/align.js';
