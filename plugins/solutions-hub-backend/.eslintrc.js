module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  testRules: {
    'jest/no-standalone-expect': [
      'error',
      { additionalTestBlockFunctions: ['itIfPostgres'] },
    ],
  },
});
