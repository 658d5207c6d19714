import * as core from '@actions/core';
import type { ActionIO, AnnotationLevel, AnnotationPlace } from './port.js';

function properties(place: AnnotationPlace | undefined): core.AnnotationProperties {
  if (!place) return {};
  return {
    file: place.file,
    startLine: place.line,
    endLine: place.endLine,
    startColumn: place.column,
    title: place.title,
  };
}

/** The GitHub runner: inputs from INPUT_*, outputs to GITHUB_OUTPUT, annotations as workflow commands. */
export function runnerIO(): ActionIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    annotate: (level: AnnotationLevel, message, place) => {
      const props = properties(place);
      if (level === 'error') core.error(message, props);
      else if (level === 'warning') core.warning(message, props);
      else core.notice(message, props);
    },
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    group: (name, body) => core.group(name, body),
    setSecret: (value) => core.setSecret(value),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    setFailed: (message) => core.setFailed(message),
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    env: process.env,
  };
}
