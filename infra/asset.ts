// The Lambda code asset: dist/lambda.js (one self-contained ES module bundle) with a package.json that makes
// Node load it as a module. Its hash is the bundle's sha256, nothing else: no file times, modes or build paths,
// so every machine that builds the same source synthesizes the same template.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AssetHashType } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export interface LambdaAsset {
  code: lambda.Code;
  /** sha256 of the bundle (hex). */
  hash: string;
  /** Removes the staging directory (after synthesis has copied it). */
  dispose(): void;
}

export function lambdaAsset(bundle: string): LambdaAsset {
  const bytes = readFileSync(bundle);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fleetprobe-lambda-'));
  copyFileSync(bundle, path.join(dir, 'lambda.js'));
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  return {
    code: lambda.Code.fromAsset(dir, { assetHash: hash, assetHashType: AssetHashType.CUSTOM }),
    hash,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
