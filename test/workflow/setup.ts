// One repository's world for a workflow test: a fixture repository, the GitHub fake (whose OpenAPI
// violations fail the test when it stops), the results-service fake, and a runner for the workflows.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { FakeGitHub } from '../fakes/github-server.js';
import { FakeResultsService } from '../fakes/results-server.js';
import { FixtureRepository, type Files } from '../fixtures/repository.js';
import { WorkflowRunner, type RunnerOptions } from './runner.js';

export interface World {
  runner: WorkflowRunner;
  github: FakeGitHub;
  results: FakeResultsService;
  fixture: FixtureRepository;
  stop(): Promise<void>;
}

export async function startWorld(workflows: Record<string, string>, files: Files = {}, options: Partial<RunnerOptions> = {}): Promise<World> {
  const github = await new FakeGitHub().start();
  const results = await new FakeResultsService().start();
  const fixture = FixtureRepository.create({ 'README.md': '# fixture\n', ...Object.fromEntries(Object.entries(workflows).map(([f, c]) => [`.github/workflows/${f}`, c])), ...files });
  const cleanUp = async (dirs: string[]) => {
    await Promise.all([github.stop(), results.stop()]);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  let runner: WorkflowRunner;
  try {
    runner = await WorkflowRunner.create({ fixture, github, results, workflows, ...options });
  } catch (error) {
    await cleanUp([path.dirname(fixture.bare)]); // a workflow that cannot run: nothing is left behind
    throw error;
  }
  return {
    runner, github, results, fixture,
    async stop() {
      await cleanUp([runner.dir, path.dirname(fixture.bare)]);
      expect(github.violations).toEqual([]);
    },
  };
}
