// Extractor vectors of nuclei's extract_test.go (semantics doc §3).
import { describe, expect, it } from 'vitest';
import { runExtractor } from '../../src/matchers/extractors.js';
import type { CompiledExtractor } from '../../src/matchers/operators.js';
import { operatorsFromYaml } from './support.js';

function extractor(yaml: string): CompiledExtractor {
  const e = operatorsFromYaml(`extractors:\n${yaml.replace(/^/gm, '  ')}`)?.extractors[0];
  if (e === undefined) throw new Error('no extractor');
  return e;
}

describe('extractors', () => {
  it('regex ([A-Z])\\w+: "RegEx" -> {RegEx}; "regex" -> {}', () => {
    const e = extractor("- type: regex\n  regex: ['([A-Z])\\w+']");
    expect(runExtractor(e, { response: 'RegEx' })).toEqual(['RegEx']);
    expect(runExtractor(e, { response: 'regex' })).toEqual([]);
  });

  it('regex group picks a submatch, de-duplicates, keeps first-found order; a group the regex lacks yields nothing', () => {
    const e = extractor("- type: regex\n  group: 1\n  regex: ['v(\\d+)', 'x(y)?']");
    expect(runExtractor(e, { response: 'v2 v1 v2 x' })).toEqual(['2', '1', '']);
    expect(runExtractor(extractor("- type: regex\n  group: 3\n  regex: ['v(\\d+)']"), { response: 'v2' })).toEqual([]);
  });

  it('regex on a missing part extracts nothing', () => {
    expect(runExtractor(extractor("- type: regex\n  part: stderr\n  regex: ['.+']"), { response: 'x' })).toEqual([]);
  });

  it('kval content_type on {content_type: text/html} -> {text/html}; case-insensitive lowers keys and values', () => {
    expect(runExtractor(extractor('- type: kval\n  kval: [content_type]'), { content_type: 'text/html' })).toEqual(['text/html']);
    expect(runExtractor(extractor('- type: kval\n  kval: [Hostname]'), { Hostname: 'H' })).toEqual([]);
    expect(runExtractor(extractor('- type: kval\n  case-insensitive: true\n  kval: [Hostname]'), { Hostname: 'H' })).toEqual(['h']);
  });

  it('dsl to_upper(hello): {hello: hi} -> {HI}; {hi: hello} -> {}', () => {
    const e = extractor("- type: dsl\n  dsl: ['to_upper(hello)']");
    expect(runExtractor(e, { hello: 'hi' })).toEqual(['HI']);
    expect(runExtractor(e, { hi: 'hello' })).toEqual([]);
  });

  it('dsl prints values with fmt.Sprint and stops at an error other than a missing variable', () => {
    expect(runExtractor(extractor("- type: dsl\n  dsl: ['len(response)', 'missing', 'response == \"x\"']"), { response: 'x' })).toEqual(['1', 'true']);
    expect(runExtractor(extractor("- type: dsl\n  dsl: ['response', 'to_number(response)', '\"after\"']"), { response: 'x' })).toEqual(['x']);
  });

  it('json .[] | .id: [{"id":1}] -> {1}; {"id":1} -> {} (the error stops the query)', () => {
    const e = extractor("- type: json\n  json: ['.[] | .id']");
    expect(runExtractor(e, { response: '[{"id":1}]' })).toEqual(['1']);
    expect(runExtractor(e, { response: '{"id":1}' })).toEqual([]);
    expect(runExtractor(e, { response: '[{"id":1},{"id":"b"},5,{"id":3}]' })).toEqual(['1', 'b']);
  });

  it('json paths, optional steps, objects printed as Go json.Marshal does, invalid JSON gives nothing', () => {
    const doc = JSON.stringify({ b: { z: 1, a: '<x>' }, list: [1, 2, 3], n: null });
    const run = (q: string) => runExtractor(extractor(`- type: json\n  json: ['${q}']`), { response: doc });
    expect(run('.b.a')).toEqual(['<x>']);
    expect(run('.b')).toEqual(['{"a":"\\u003cx\\u003e","z":1}']);
    expect(run('.list[-1]')).toEqual(['3']);
    expect(run('.["list"][0]')).toEqual(['1']);
    expect(run('.n')).toEqual(['']);
    expect(run('.list[]?.x')).toEqual([]);
    expect(run('.list.x?')).toEqual([]);
    expect(runExtractor(extractor("- type: json\n  json: ['.a']"), { response: 'not json' })).toEqual([]);
  });
});
