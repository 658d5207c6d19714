// GitHub's published OpenAPI description (@octokit/openapi), used by the fake server to route
// requests and to validate every request and response it sees.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
const require = createRequire(import.meta.url);
const SPEC_ID = 'https://api.github.com/openapi.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Json = any; // the description is untyped JSON by nature

export interface Operation {
  id: string;
  method: string;
  template: string;
  pattern: RegExp;
  paramNames: string[];
  literalSegments: number;
  spec: Json;
}

/** OpenAPI 3.0's `nullable` without `type` is not JSON Schema; rewrite it as anyOf with null. */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples' || key === 'description') continue;
    out[key] = toJsonSchema(value);
  }
  // GitHub answers null for nullable enums (a check run's conclusion) though the enum omits it.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

function pointRefsAtSpec(schema: Json): Json {
  return JSON.parse(JSON.stringify(toJsonSchema(schema)).replaceAll('"#/components/', `"${SPEC_ID}#/components/`));
}

function compileTemplate(template: string): Pick<Operation, 'pattern' | 'paramNames' | 'literalSegments'> {
  const paramNames: string[] = [];
  let literalSegments = 0;
  const source = template
    .split('/')
    .map((segment) => {
      const match = /^\{(.+)\}$/.exec(segment);
      if (!match) {
        literalSegments++;
        return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      }
      paramNames.push(match[1]!);
      // git refs and content paths carry slashes of their own
      return match[1] === 'ref' || match[1] === 'path' ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), paramNames, literalSegments };
}

export class OpenApi {
  readonly spec: Json;
  readonly operations: Operation[] = [];
  private readonly bodies = new Ajv({ strict: false, allErrors: true, logger: false });
  private readonly params = new Ajv({ strict: false, logger: false });
  private readonly coercedParams = new Ajv({ strict: false, coerceTypes: true, logger: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(spec: Json) {
    this.spec = spec;
    addFormats(this.bodies);
    const components = { $id: SPEC_ID, components: toJsonSchema(spec.components) };
    this.bodies.addSchema(components);
    this.params.addSchema(components);
    this.coercedParams.addSchema(components);
    for (const [template, item] of Object.entries<Json>(spec.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        this.operations.push({ id: op.operationId, method: method.toUpperCase(), template, spec: op, ...compileTemplate(template) });
      }
    }
    // Literal segments win over parameters: /releases/latest before /releases/{release_id}.
    this.operations.sort((a, b) => b.literalSegments - a.literalSegments || a.paramNames.length - b.paramNames.length);
  }

  match(method: string, pathname: string): { op: Operation; params: Record<string, string> } | undefined {
    for (const op of this.operations) {
      if (op.method !== method) continue;
      const m = op.pattern.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      op.paramNames.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      return { op, params };
    }
    return undefined;
  }

  example(name: string): Json {
    const example = this.spec.components.examples[name];
    if (!example) throw new Error(`no example named ${name} in the OpenAPI description`);
    return structuredClone(example.value);
  }

  private resolve(node: Json): Json {
    if (node && typeof node.$ref === 'string') {
      const path = node.$ref.replace(/^#\//, '').split('/');
      return path.reduce((acc: Json, key: string) => acc[key], this.spec);
    }
    return node;
  }

  private validator(key: string, ajv: Ajv, schema: Json): ValidateFunction {
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = ajv.compile(pointRefsAtSpec(schema));
      this.compiled.set(key, fn);
    }
    return fn;
  }

  private errors(fn: ValidateFunction): string {
    return (fn.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || '(root)'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`)
      .join('; ');
  }

  validateRequest(op: Operation, params: Record<string, string>, query: URLSearchParams, contentType: string, body: unknown): string[] {
    const problems: string[] = [];
    const declared = (op.spec.parameters ?? []).map((p: Json) => this.resolve(p));
    for (const param of declared) {
      if (param.in !== 'path' && param.in !== 'query') continue;
      const raw = param.in === 'path' ? params[param.name] : query.get(param.name) ?? undefined;
      if (raw === undefined) {
        if (param.required) problems.push(`missing required ${param.in} parameter '${param.name}'`);
        continue;
      }
      // URL values are strings: valid as a string (workflow_id: integer or string), or once coerced
      // to the declared type (per_page). Wrapped in an object so that coercion can replace the value.
      const schema = { type: 'object', properties: { value: param.schema ?? {} } };
      const asString = this.validator(`${op.id}:param:${param.name}`, this.params, schema);
      const coerced = this.validator(`${op.id}:param-coerced:${param.name}`, this.coercedParams, schema);
      if (!asString({ value: raw }) && !coerced({ value: raw })) problems.push(`${param.in} parameter '${param.name}'=${JSON.stringify(raw)}: ${this.errors(coerced)}`);
    }
    const known = new Set(declared.filter((p: Json) => p.in === 'query').map((p: Json) => p.name));
    for (const name of query.keys()) {
      if (!known.has(name)) problems.push(`unknown query parameter '${name}'`);
    }
    const requestBody = op.spec.requestBody ? this.resolve(op.spec.requestBody) : undefined;
    if (requestBody) {
      const jsonSchema = requestBody.content?.['application/json']?.schema;
      if (body === undefined) {
        if (requestBody.required) problems.push('missing required request body');
      } else if (jsonSchema && contentType.includes('json')) {
        const fn = this.validator(`${op.id}:request`, this.bodies, jsonSchema);
        if (!fn(body)) problems.push(`request body: ${this.errors(fn)}`);
      }
    } else if (body !== undefined && contentType.includes('json') && op.method !== 'GET') {
      problems.push('a request body was sent to an operation that takes none');
    }
    return problems;
  }

  validateResponse(op: Operation, status: number, body: unknown): string[] {
    const responses = op.spec.responses ?? {};
    let response = responses[String(status)] ?? responses.default;
    if (!response) {
      // GitHub answers errors that the description does not list (403, 429, 5xx) with its basic error shape.
      if (status >= 400) response = { content: { 'application/json': { schema: { $ref: '#/components/schemas/basic-error' } } } };
      else return [`status ${status} is not a documented response of ${op.id}`];
    }
    response = this.resolve(response);
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return body === undefined ? [] : typeof body === 'object' && status < 300 && status !== 302 ? [`${op.id} documents no JSON body for ${status}`] : [];
    const fn = this.validator(`${op.id}:response:${status}`, this.bodies, schema);
    return fn(body) ? [] : [`response ${status} body: ${this.errors(fn)}`];
  }
}

let loaded: OpenApi | undefined;

/** Parsed once per process: the description is 13 MB. */
export function githubOpenApi(): OpenApi {
  loaded ??= new OpenApi(JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')));
  return loaded;
}
