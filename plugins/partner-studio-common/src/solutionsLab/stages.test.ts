import {
  LAB_STAGE_REFS,
  describeLabStage,
  findLabStage,
  isLabStageRef,
} from './stages';

describe('the Lab stage refs', () => {
  it('lists both playbooks, in stage order', () => {
    expect(LAB_STAGE_REFS).toEqual([
      'solution-development/qualify',
      'solution-development/design',
      'solution-development/build',
      'solution-development/validate',
      'solution-development/certify',
      'solution-development/launch',
      'solution-development/grow',
      'partner-led-customer-success/prepare',
      'partner-led-customer-success/path-requirements',
      'partner-led-customer-success/customer-proof',
      'partner-led-customer-success/specialization-review',
    ]);
  });

  it('finds and describes a stage, and nothing for an unknown ref', () => {
    expect(findLabStage('solution-development/validate')?.stage.name).toBe(
      'Validate',
    );
    expect(describeLabStage('solution-development/validate')).toBe(
      'the validate stage of Solution development',
    );
    expect(findLabStage('solution-development')).toBeUndefined();
    expect(findLabStage('solution-development/ship')).toBeUndefined();
    expect(isLabStageRef('partner-led-customer-success/prepare')).toBe(true);
    expect(isLabStageRef('prepare')).toBe(false);
  });
});
