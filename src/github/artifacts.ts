import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';

/** Uploads files (inside `root`) as one artifact of this run; returns its id. */
export async function uploadArtifact(name: string, files: string[], root: string): Promise<number | undefined> {
  const client = new DefaultArtifactClient();
  const { id } = await client.uploadArtifact(name, files.map((f) => path.resolve(f)), root);
  return id;
}
