import { describe, expect, it } from 'vitest';
import { parseOptions } from '../src/options.js';

const parse = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) => parseOptions((name) => inputs[name], env);

describe('run options, shared by the action and the CLI', () => {
  it('applies the documented defaults', () => {
    const o = parse({ transport: 'local' });
    expect(o).toMatchObject({
      transport: 'local',
      templates: [],
      maxConcurrency: '50',
      maxErrors: '100%',
      deliveryTimeout: 600,
      executionTimeout: 600,
      deadline: 1320,
      timeout: 30,
      sarifFile: 'fleetprobe.sarif',
      jsonlFile: 'fleetprobe.jsonl',
      annotations: true,
      failOn: 'none',
      failOnUnaudited: false,
      allowUnsigned: false,
    });
  });

  it('splits lists on newlines and commas, selectors on newlines only', () => {
    const o = parse({ 'instance-ids': 'i-0123456789abcdef0, mi-0123456789abcdef0\n\ni-00000000000000001', 'aws-region': 'eu-west-1' });
    expect(o.instanceIds).toEqual(['i-0123456789abcdef0', 'mi-0123456789abcdef0', 'i-00000000000000001']);
    const t = parse({ targets: 'tag:Role=mail,relay\ntag-key=Owner' }, { AWS_REGION: 'us-east-1' });
    expect(t.targets).toEqual(['tag:Role=mail,relay', 'tag-key=Owner']);
    expect(t.awsRegion).toBe('us-east-1');
  });

  it('takes the region from AWS_DEFAULT_REGION when AWS_REGION is unset', () => {
    expect(parse({ 'instance-ids': 'i-1' }, { AWS_DEFAULT_REGION: 'ap-south-1' }).awsRegion).toBe('ap-south-1');
  });

  it.each([
    [{ transport: 'ssh' }, "input transport: 'ssh' is not allowed; expected one of ssm, local"],
    [{ transport: 'local', 'fail-on': 'urgent' }, "input fail-on: 'urgent' is not allowed; expected one of none, info, low, medium, high, critical"],
    [{ transport: 'local', 'execution-timeout': '10m' }, "input execution-timeout: '10m' is not allowed; expected a whole number of seconds from 1 to 172800"],
    [{ transport: 'local', 'delivery-timeout': '5' }, "input delivery-timeout: '5' is not allowed; expected a whole number from 30 to 2592000"],
    [{ transport: 'local', 'max-errors': '150%' }, "input max-errors: '150%' is not allowed; expected a positive count like 50, or a percentage from 1% to 100%"],
    [{ transport: 'local', 'allow-unsigned': 'yes' }, "input allow-unsigned: 'yes' is not allowed; expected true or false"],
    [{ 'aws-region': 'us-east-1' }, 'transport ssm needs instance-ids or targets (or use transport local)'],
    [{ 'instance-ids': 'i-1', targets: 'tag-key=Owner', 'aws-region': 'us-east-1' }, 'inputs instance-ids and targets: give one of them, not both'],
    [{ 'instance-ids': 'i-1' }, 'no AWS region: set input aws-region, or AWS_REGION / AWS_DEFAULT_REGION'],
    [{ transport: 'local', 'instance-ids': 'i-1' }, 'inputs instance-ids and targets apply only to transport ssm; transport is local'],
    [{ targets: 'a\nb\nc\nd\ne\nf', 'aws-region': 'us-east-1' }, 'input targets: 6 selectors given; SSM allows at most 5'],
  ])('refuses %j before any work', (inputs, message) => {
    expect(() => parse(inputs as Record<string, string>)).toThrowError(message);
  });
});
