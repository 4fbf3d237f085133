// Just enough of CloudFormation and IAM to check fleetprobe's policies offline: YAML with the intrinsic-function
// tags, a template rendered for given parameters, and Allow statements evaluated against a call (action, resource,
// condition keys). Anything the evaluator does not know (a Deny, an unknown condition operator) fails loudly.
import { parse } from 'yaml';
import type { CollectionTag, ScalarTag } from 'yaml';
import type { Cloud } from './ssm-emulator/cloud.js';

const FUNCTIONS = ['Ref', 'Sub', 'If', 'Not', 'Equals', 'And', 'Or', 'GetAtt', 'Join', 'Select', 'Split'];

/** CloudFormation YAML: `!Ref x` becomes `{Ref: x}`, `!Sub s` becomes `{'Fn::Sub': s}`, and so on. */
export function parseCloudFormation(text: string): Record<string, unknown> {
  const key = (name: string) => (name === 'Ref' ? 'Ref' : `Fn::${name}`);
  const customTags: (ScalarTag | CollectionTag)[] = FUNCTIONS.flatMap((name): (ScalarTag | CollectionTag)[] => [
    { tag: `!${name}`, resolve: (value: string) => ({ [key(name)]: name === 'GetAtt' ? value.split('.') : value }) },
    { tag: `!${name}`, collection: 'seq', resolve: (value) => ({ [key(name)]: (value as { toJSON(): unknown }).toJSON() }) } as CollectionTag,
    { tag: `!${name}`, collection: 'map', resolve: (value) => ({ [key(name)]: (value as { toJSON(): unknown }).toJSON() }) } as CollectionTag,
  ]);
  return parse(text, { customTags }) as Record<string, unknown>;
}

const NO_VALUE = Symbol('AWS::NoValue');

/**
 * The template's Resources with every intrinsic evaluated for these parameters (defaults fill the rest), without
 * the resources whose condition is false. `values` gives what a resource's Ref (`Name`) or attribute
 * (`Name.Arn`) resolves to once deployed; any other is a `<Name>` / `<Name.Arn>` placeholder.
 */
export function render(
  template: Record<string, unknown>,
  given: Record<string, string>,
  pseudo: { account: string; partition?: string; region?: string; stackName?: string },
  values: Record<string, string> = {},
): Record<string, unknown> {
  const declared = (template['Parameters'] ?? {}) as Record<string, { Default?: string; AllowedPattern?: string }>;
  const params: Record<string, string> = {};
  for (const [name, p] of Object.entries(declared)) {
    const value = given[name] ?? p.Default;
    if (value === undefined) throw new Error(`parameter ${name} has no value`);
    if (p.AllowedPattern && !new RegExp(p.AllowedPattern, 'u').test(value)) throw new Error(`parameter ${name}: '${value}' does not match ${p.AllowedPattern}`);
    params[name] = value;
  }
  for (const name of Object.keys(given)) if (!(name in declared)) throw new Error(`unknown parameter ${name}`);
  const refs: Record<string, string> = { ...params, 'AWS::AccountId': pseudo.account, 'AWS::Partition': pseudo.partition ?? 'aws', 'AWS::Region': pseudo.region ?? 'us-east-1', 'AWS::StackName': pseudo.stackName ?? 'stack', 'AWS::URLSuffix': 'amazonaws.com' };
  const resources = Object.keys((template['Resources'] ?? {}) as object);
  const conditions = (template['Conditions'] ?? {}) as Record<string, unknown>;
  const ref = (name: string): string | typeof NO_VALUE => {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (name in refs) return refs[name]!;
    if (resources.includes(name)) return values[name] ?? `<${name}>`;
    throw new Error(`!Ref ${name}: no such parameter, pseudo parameter or resource`);
  };
  const evaluate = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(evaluate).filter((x) => x !== NO_VALUE);
    if (typeof node !== 'object' || node === null) return node;
    const entries = Object.entries(node);
    if (entries.length === 1) {
      const [fn, arg] = entries[0]!;
      switch (fn) {
        case 'Ref':
          return ref(arg as string);
        case 'Fn::Sub': {
          // `!Sub text` or `!Sub [text, {name: value}]`.
          const [text, vars] = typeof arg === 'string' ? [arg, {}] : (arg as [string, Record<string, unknown>]);
          return text.replace(/\$\{([^}]+)\}/g, (_, name: string) => {
            const v = name in vars ? evaluate(vars[name]) : ref(name);
            if (typeof v !== 'string') throw new Error(`\${${name}} inside !Sub is not a string`);
            return v;
          });
        }
        case 'Fn::Join': {
          const [delimiter, list] = arg as [string, unknown];
          return (evaluate(list) as string[]).join(delimiter);
        }
        case 'Fn::Split': {
          const [delimiter, text] = arg as [string, unknown];
          return (evaluate(text) as string).split(delimiter);
        }
        case 'Fn::If': {
          const [name, yes, no] = arg as [string, unknown, unknown];
          if (!(name in conditions)) throw new Error(`!If ${name}: no such condition`);
          return evaluate(evaluate(conditions[name]) === true ? yes : no);
        }
        case 'Fn::Not':
          return !(evaluate((arg as unknown[])[0]) as boolean);
        case 'Fn::And':
          return (arg as unknown[]).every((c) => evaluate(c) === true);
        case 'Fn::Equals': {
          const [a, b] = (arg as unknown[]).map(evaluate);
          return a === b;
        }
        case 'Fn::GetAtt': {
          const [name] = arg as string[];
          if (!resources.includes(name!)) throw new Error(`!GetAtt ${name}: no such resource`);
          return values[(arg as string[]).join('.')] ?? `<${(arg as string[]).join('.')}>`;
        }
        default:
          if (fn.startsWith('Fn::')) throw new Error(`${fn} is not evaluated here`);
      }
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, evaluate(v)] as const).filter(([, v]) => v !== NO_VALUE));
  };
  const condition = (name: unknown) => {
    if (typeof name !== 'string' || !(name in conditions)) throw new Error(`resource condition ${String(name)}: no such condition`);
    return evaluate(conditions[name]) === true;
  };
  const kept = Object.entries(template['Resources'] as Record<string, { Condition?: unknown }>).filter(([, r]) => r.Condition === undefined || condition(r.Condition));
  return evaluate(Object.fromEntries(kept)) as Record<string, unknown>;
}

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: string | string[];
  Principal?: unknown;
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface Call {
  action: string;
  /** The resource ARN the action is authorized on; absent for actions IAM authorizes on "*". */
  resource?: string;
  /** Condition keys the request carries (`ssm:resourceTag/fleetprobe`). */
  context?: Record<string, string>;
}

const asList = (x: string | string[] | undefined): string[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** IAM's wildcard match: `*` any run of characters, `?` one. */
export function globMatch(pattern: string, value: string, caseInsensitive = false): boolean {
  const source = `^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`;
  return new RegExp(source, caseInsensitive ? 'i' : '').test(value);
}

/** The statements allowing the call (none: denied). */
export function allowing(statements: readonly Statement[], call: Call): Statement[] {
  return statements.filter((s) => {
    if (s.Effect !== 'Allow') throw new Error(`statement ${s.Sid ?? '?'}: only Allow statements are evaluated here`);
    if (!asList(s.Action).some((a) => globMatch(a, call.action, true))) return false;
    const resources = asList(s.Resource);
    if (!(call.resource === undefined ? resources.includes('*') : resources.some((r) => globMatch(r, call.resource!)))) return false;
    for (const [operator, keys] of Object.entries(s.Condition ?? {})) {
      if (operator !== 'StringEquals' && operator !== 'StringLike') throw new Error(`condition operator ${operator} is not evaluated here`);
      for (const [key, wanted] of Object.entries(keys)) {
        const actual = call.context?.[key];
        if (actual === undefined || !asList(wanted).some((w) => (operator === 'StringEquals' ? w === actual : globMatch(w, actual)))) return false;
      }
    }
    return true;
  });
}

/**
 * SendCommand as IAM authorizes it, for every command the emulated cloud received: on the document, and on each
 * instance the command reached (per invocation, also with Targets), with the instance's tags as condition keys.
 */
export function sendCommandCalls(cloud: Cloud): (Call & { account: string })[] {
  const sends: (Call & { account: string })[] = [];
  for (const [key, model] of cloud.models) {
    const [account = '', region = ''] = key.split('/');
    for (const command of model.commands.values()) {
      sends.push({ account, action: 'ssm:SendCommand', resource: `arn:aws:ssm:${region}::document/AWS-RunShellScript` });
      for (const inv of command.invocations) {
        const context = Object.fromEntries(Object.entries(inv.instance.tags ?? {}).map(([k, v]) => [`ssm:resourceTag/${k}`, v]));
        sends.push({ account, action: 'ssm:SendCommand', resource: `arn:aws:ec2:${region}:${account}:instance/${inv.instance.id}`, context });
      }
    }
  }
  return sends;
}
