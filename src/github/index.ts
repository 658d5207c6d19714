export { createGitHub, type GitHub } from './client.js';
export { dispatchWorkflow, sendRepositoryDispatch, type DispatchOutcome } from './dispatch.js';
export { currentRepo, runUrl, statusOf, type RepoRef } from './repository.js';
export { syncTrackingIssue, type IssueOutcome, type TrackingIssue } from './tracking-issue.js';
