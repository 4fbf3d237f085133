// The CDK app: one stack for the audit account. `synthesize()` is what `cdk synth` runs (through run.mjs) and
// what the template test runs, so the committed template is checked against the very same code.
import { App, DefaultStackSynthesizer, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { lambdaAsset } from './asset.js';
import { AuditStack } from './stack.js';

export const STACK_NAME = 'FleetprobeAudit';

export interface Synthesized {
  app: App;
  stack: AuditStack;
  /** The stack's CloudFormation template. */
  template: Record<string, unknown>;
}

export function synthesize(options: { bundle: string; memberRoleTemplate: string; outdir?: string }): Synthesized {
  const app = new App({
    ...(options.outdir ? { outdir: options.outdir } : {}),
    // Local paths in metadata would differ between machines; the template must not.
    // Over the CLI's own defaults too (`cdk synth` turns path and asset metadata on), so both synthesize one template.
    postCliContext: { 'aws:cdk:enable-path-metadata': false, 'aws:cdk:enable-asset-metadata': false, 'aws:cdk:version-reporting': false },
  });
  const asset = lambdaAsset(options.bundle);
  try {
    const stack = new AuditStack(app, STACK_NAME, {
      code: asset.code,
      memberRoleTemplate: options.memberRoleTemplate,
      analyticsReporting: false,
      // No bootstrap version rule: the template is also deployed without CDK (LambdaCodeBucket / LambdaCodeKey).
      synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }),
      description: 'fleetprobe scheduled compliance audit (audit account)',
    });
    // cdk-nag's AwsSolutions pack: an unacknowledged finding fails synthesis.
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
    const assembly = app.synth();
    return { app, stack, template: assembly.getStackByName(STACK_NAME).template as Record<string, unknown> };
  } finally {
    asset.dispose();
  }
}
