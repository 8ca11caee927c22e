#!/bin/sh
# Installs api-sessions and a Node.js 24 of its own under PREFIX (default /opt/api-sessions), for
# the systemd unit beside this script. The system's node (Debian 12's is too old) is not used or
# touched. Needs npm (apt-get install npm) and the npm registry.
#
#   npm ci && npm pack                         # in a clone: builds, then api-sessions-X.Y.Z.tgz
#   sudo sh config/deploy/systemd/install.sh api-sessions-X.Y.Z.tgz
#
# Then /opt/api-sessions/bin/node runs /opt/api-sessions/lib/node_modules/api-sessions/dist/cli.js
# (the unit's ExecStart). The tarball carries npm-shrinkwrap.json: its dependencies install at the
# versions the release was tested with. Node.js comes from the registry package node-linux-<arch>
# (the official build, no install script). test/config/deploy.test.ts runs this script.
set -eu
tarball=${1:?usage: install.sh api-sessions-X.Y.Z.tgz}
prefix=${PREFIX:-/opt/api-sessions}
case $(uname -m) in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "install.sh: no Node.js package for $(uname -m)" >&2; exit 1 ;;
esac
npm install --global --prefix "$prefix" --omit=dev --no-audit --no-fund --loglevel=error \
  "$tarball" "node-linux-$arch@${NODE_VERSION:-24}"
"$prefix/bin/node" "$prefix/lib/node_modules/api-sessions/dist/cli.js" --version
