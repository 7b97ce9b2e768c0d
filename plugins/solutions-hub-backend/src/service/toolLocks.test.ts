import { defaultProgram } from '@partner-studio/scoring';
import { makeTool } from '../__testUtils__/tools';
import { evaluateToolLock } from './toolLocks';

const principal = defaultProgram.tiers.find(t => t.id === 'principal')!;
const gpuSandbox = makeTool('gpu-sandbox', {
  spec: { minimumTier: 'principal' },
});
const productionAccess = makeTool('production-access', {
  spec: { requiredLabStage: 'solution-development/validate' },
});
const both = makeTool('both', {
  spec: {
    minimumTier: 'pinnacle',
    requiredLabStage: 'solution-development/certify',
  },
});

describe('evaluateToolLock', () => {
  it('says which tier unlocks a tool and how far the caller is', () => {
    const lock = evaluateToolLock(
      gpuSandbox,
      {
        standing: { tier: 'advanced', totalPoints: principal.threshold - 12 },
        completedStageRefs: [],
      },
      defaultProgram,
    );
    expect(lock).toEqual({
      locked: true,
      unlockedBy: [
        {
          kind: 'tier',
          tier: 'principal',
          tierName: 'Principal',
          currentTier: 'advanced',
          currentTierName: 'Advanced',
          pointsToGo: 12,
          byInvitation: false,
          unknown: false,
          message: 'Reach Principal (you are Advanced, 12 points to go)',
        },
      ],
    });
  });

  it('says so when the points are there but other requirements are not', () => {
    const lock = evaluateToolLock(
      gpuSandbox,
      { standing: { tier: 'advanced', totalPoints: principal.threshold + 40 } },
      defaultProgram,
    );
    expect(lock.unlockedBy[0].message).toBe(
      "Reach Principal (you are Advanced and have the points; Principal's other requirements are not met yet)",
    );
  });

  it('unlocks at or above the tier', () => {
    for (const tier of ['principal', 'pinnacle'] as const) {
      expect(
        evaluateToolLock(
          gpuSandbox,
          { standing: { tier, totalPoints: 900 } },
          defaultProgram,
        ),
      ).toEqual({ locked: false, unlockedBy: [] });
    }
  });

  it('names the Lab stage that unlocks a tool', () => {
    expect(
      evaluateToolLock(
        productionAccess,
        {
          standing: { tier: 'select', totalPoints: 150 },
          completedStageRefs: ['solution-development/build'],
        },
        defaultProgram,
      ).unlockedBy,
    ).toEqual([
      {
        kind: 'lab-stage',
        stageRef: 'solution-development/validate',
        playbookId: 'solution-development',
        stageId: 'validate',
        unknown: false,
        message:
          'Complete the validate stage of Solution development in the Solutions Lab',
      },
    ]);
    expect(
      evaluateToolLock(
        productionAccess,
        { completedStageRefs: ['solution-development/validate'] },
        defaultProgram,
      ).locked,
    ).toBe(false);
  });

  it('lists every unmet condition, Pinnacle saying it is by invitation', () => {
    const lock = evaluateToolLock(
      both,
      {
        standing: { tier: 'community', totalPoints: 20 },
        completedStageRefs: [],
      },
      defaultProgram,
    );
    expect(lock.unlockedBy.map(c => c.message)).toEqual([
      expect.stringMatching(
        /^Reach Pinnacle \(you are Community, \d+ points to go; Pinnacle is by invitation\)$/,
      ),
      'Complete the certify stage of Solution development in the Solutions Lab',
    ]);
  });

  it('keeps a tool locked, saying why, while points or the Lab cannot be read', () => {
    const lock = evaluateToolLock(both, {}, defaultProgram);
    expect(lock.locked).toBe(true);
    expect(lock.unlockedBy.map(c => [c.unknown, c.message])).toEqual([
      [
        true,
        'Reach Pinnacle (your program tier could not be read right now; Pinnacle is by invitation)',
      ],
      [
        true,
        'Complete the certify stage of Solution development in the Solutions Lab (your engagements could not be read right now)',
      ],
    ]);
    // An unlocked tool stays unlocked whatever is missing.
    expect(evaluateToolLock(makeTool('open'), {}, defaultProgram).locked).toBe(
      false,
    );
  });

  it('locks nothing for experts and program admins', () => {
    expect(
      evaluateToolLock(both, { unrestricted: true }, defaultProgram).locked,
    ).toBe(false);
  });
});
