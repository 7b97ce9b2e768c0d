/*
 * Accepts `yarn --silent <script> [args…]`, as npm and Yarn 1 do, so that
 * `yarn --silent dev:token <ref>` prints only the token. Yarn 4 already runs
 * scripts without echoing them; it just rejects the flag.
 */
module.exports = {
  name: 'plugin-silent-run',
  factory: require => {
    const { BaseCommand } = require('@yarnpkg/cli');
    const { Option } = require('clipanion');

    class SilentRunCommand extends BaseCommand {
      static paths = [['--silent']];
      static usage = {
        description: 'run a script or binary, printing only its own output',
      };
      args = Option.Proxy();

      async execute() {
        return this.cli.run(['run', ...this.args]);
      }
    }

    return { commands: [SilentRunCommand] };
  },
};
