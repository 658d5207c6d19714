export { createGitHub, type GitHub } from './client.js';
export { dispatchWorkflow, sendRepositoryDispatch, type DispatchOutcome } from './dispatch.js';
export { currentRepo, runUrl, statusOf, type RepoRef } from './repository.js';
export { syncTrackingIssue, type IssueOutcome, type TrackingIssue } from './tracking-issue.js';
export { pullRequestOf, readEvent, type PullRequestInfo } from './event.js';
export { fileAtGitRef, git, gitOk, mergeBase, type FileAtCommit } from './git.js';
export { commentMarker, upsertStickyComment, type CommentOutcome } from './sticky-comment.js';
export { Deployment, type DeploymentPayload, type DeploymentState } from './deployments.js';
