// A GitHub Deployment per roll-out: its payload says what was deployed, its statuses say when.
import type { GitHub } from './client.js';
import type { RepoRef } from './repository.js';

export interface DeploymentPayload {
  model: string;
  version: string;
  /** null in an initial roll-out (no stable version). */
  stable_version: string | null;
  steps: number[];
  run_id?: string;
  strategy?: 'canary' | 'ab';
  initial?: boolean;
}

export type DeploymentState = 'queued' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export class Deployment {
  constructor(
    private readonly gh: GitHub,
    private readonly repo: RepoRef,
    readonly id: number,
    private readonly logUrl: string,
  ) {}

  static async create(gh: GitHub, repo: RepoRef, ref: string, environment: string, payload: DeploymentPayload, logUrl: string): Promise<Deployment> {
    const { data } = await gh.rest.repos.createDeployment({ ...repo, ref, environment, auto_merge: false, required_contexts: [], payload: { ...payload }, description: `${payload.model} ${payload.version} canary`, production_environment: true });
    if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
    return new Deployment(gh, repo, data.id, logUrl);
  }

  /** The deployment this workflow run made for this model version, and its latest state. */
  static async recorded(gh: GitHub, repo: RepoRef, environment: string, payload: Pick<DeploymentPayload, 'model' | 'version' | 'run_id'>): Promise<{ id: number; state?: string; description?: string } | undefined> {
    const deployments = await gh.paginate(gh.rest.repos.listDeployments, { ...repo, environment, per_page: 100 });
    const mine = deployments.find((d) => {
      const p = (typeof d.payload === 'string' ? JSON.parse(d.payload || '{}') : d.payload) as Partial<DeploymentPayload>;
      return p.model === payload.model && p.version === payload.version && p.run_id === payload.run_id;
    });
    if (!mine) return undefined;
    const [latest] = (await gh.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: mine.id, per_page: 1 })).data;
    return { id: mine.id, state: latest?.state, description: latest?.description ?? undefined };
  }

  async status(state: DeploymentState, description: string): Promise<void> {
    await this.gh.rest.repos.createDeploymentStatus({ ...this.repo, deployment_id: this.id, state, description: description.slice(0, 140), log_url: this.logUrl, auto_inactive: state === 'success' });
  }
}
