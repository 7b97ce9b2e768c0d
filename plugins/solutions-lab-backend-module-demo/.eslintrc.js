module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  testRules: {
    'jest/no-standalone-expect': [
      'error',
      { additionalTestBlockFunctions: ['itIfPostgres', 'itInCi'] },
    ],
    // supertest's `.expect(status)` asserts too.
    'jest/expect-expect': [
      'warn',
      { assertFunctionNames: ['expect', 'request.**.expect'] },
    ],
  },
});
