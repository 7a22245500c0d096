#!/usr/bin/env bash
# Builds the Dockerfile and checks the image it makes, where no registry image can be pulled and no Docker engine
# runs: the base image is made locally (Debian bookworm by debootstrap, plus this machine's Node.js, laid out as in
# the node:20-bookworm-slim image), the build runs under buildah with `--isolation chroot`, and the built image's
# own command runs from the image's root filesystem, mounted read-only, as the image's user, with the image's
# environment and working directory. (`podman run` cannot start a container here: the sandbox refuses the
# setrlimit calls every OCI runtime makes; elsewhere `podman run --read-only` does the same job.)
# The check passes when the server answers /ready, the image's HEALTHCHECK command passes, a GraphQL query returns
# the data version of this checkout, the root filesystem refuses writes, and SIGTERM ends the server with exit 0.
# Needs root and the Debian mirror; installs debootstrap, buildah and podman if missing. Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

WORK_DIR=${CONTAINER_CHECK_DIR:-/var/tmp/podnet-container-check}
NODE_VERSION=$(node -p process.versions.node)
BASE_IMAGE=localhost/podnet-base:bookworm-node${NODE_VERSION}
IMAGE=localhost/podnet:check
CONTAINER=podnet-check
PORT=${CONTAINER_CHECK_PORT:-4180}
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'container check FAILED: %s\n' "$*" >&2; exit 1; }

missing=()
for tool in debootstrap buildah podman; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]} > 0)); then
  step "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if podman image exists "$BASE_IMAGE"; then
  step "base image $BASE_IMAGE exists"
else
  step "making base image $BASE_IMAGE (debootstrap bookworm + Node.js $NODE_VERSION)"
  rootfs=$WORK_DIR/rootfs
  rm -rf "$rootfs"
  mkdir -p "$rootfs"
  debootstrap --variant=minbase bookworm "$rootfs" "$DEBIAN_MIRROR" >"$WORK_DIR/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK_DIR/debootstrap.log"; fail "debootstrap"; }
  node_prefix=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
  npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
  mkdir -p "$rootfs/usr/local/bin" "$rootfs/usr/local/include" "$rootfs/usr/local/lib/node_modules"
  cp -a "$node_prefix/bin/node" "$rootfs/usr/local/bin/node"
  cp -a "$node_prefix/include/node" "$rootfs/usr/local/include/node"
  cp -a "$npm_dir" "$rootfs/usr/local/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
  # This machine reaches the npm registry through a proxy whose certificate authority only its own bundle holds.
  mkdir -p "$rootfs/etc/ssl/certs"
  cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/podnet-check-ca.crt"
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/archives/*.deb
  tar -C "$rootfs" -c . | podman import --change 'CMD ["node"]' \
    --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/podnet-check-ca.crt' - "$BASE_IMAGE" >/dev/null 2>&1
  rm -rf "$rootfs"
fi

step "building $IMAGE with buildah (--isolation chroot) on $BASE_IMAGE"
buildah bud --isolation chroot --format docker --layers \
  --build-arg "NODE_IMAGE=$BASE_IMAGE" --tag "$IMAGE" . 2>&1 | tail -15
[ "${PIPESTATUS[0]}" -eq 0 ] || fail "image build"

step "running $IMAGE's command from its root filesystem, read-only, as its user, on 127.0.0.1:$PORT"
config() { podman image inspect --format "$1" "$IMAGE"; }
user=$(config '{{.Config.User}}')
workdir=$(config '{{.Config.WorkingDir}}')
mapfile -t image_env < <(config '{{range .Config.Env}}{{println .}}{{end}}' | sed '/^$/d')
mapfile -t command < <(config '{{range .Config.Cmd}}{{println .}}{{end}}' | sed '/^$/d')
mapfile -t healthcheck < <(config '{{range .Config.Healthcheck.Test}}{{println .}}{{end}}' | sed '/^$/d')
[ "${healthcheck[0]}" = CMD ] || fail "HEALTHCHECK is not in exec form: ${healthcheck[*]}"
[ -n "$user" ] && [ "${user%%:*}" != 0 ] && [ "${user%%:*}" != root ] || fail "the image runs as root"

root=$WORK_DIR/root
image_root=$(podman image mount "$IMAGE")
cleanup() {
  [ -n "${server_pid:-}" ] && kill -KILL "$server_pid" 2>/dev/null
  umount "$root/dev" "$root/proc" "$root" 2>/dev/null
  podman image unmount "$IMAGE" >/dev/null 2>&1
}
trap cleanup EXIT
mkdir -p "$root"
mount --bind "$image_root" "$root"
mount -o remount,bind,ro "$root"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"

# Runs a command in the image as the image's user, with its environment, in its working directory.
in_image() { chroot --userspec="$user" "$root" /usr/bin/env -i -C "$workdir" "${image_env[@]}" PORT="$PORT" HOST=127.0.0.1 "$@"; }

in_image "${command[@]}" >"$WORK_DIR/server.log" 2>&1 &
server_pid=$!
ready=
for _ in $(seq 60); do
  if curl -fsS "http://127.0.0.1:$PORT/ready" >/dev/null 2>&1; then ready=1; break; fi
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 1
done
[ -n "$ready" ] || { tail -20 "$WORK_DIR/server.log"; fail "/ready never answered 200"; }

step "checks"
uid=$(awk '/^Uid:/ { print $2 }' "/proc/$(pgrep -P "$server_pid" || echo "$server_pid")/status")
[ "$uid" = "${user%%:*}" ] || fail "the server runs as uid $uid, not ${user%%:*}"
echo "the server runs as uid $uid"
if chroot "$root" /bin/sh -c ': > /app/var/probe' 2>/dev/null; then fail "root could write to the image's root filesystem"; fi
echo "the root filesystem is read-only, and the server started on it"
in_image "${healthcheck[@]:1}" || fail "the HEALTHCHECK command failed"
echo "the HEALTHCHECK command passes"
expected=$(npx tsx -e "import('./src/db/data-version.ts').then((m) => console.log(m.computeDataVersion()))")
answer=$(curl -fsS "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ about { dataVersion } }"}')
echo "answer: $answer"
[ "$answer" = "{\"data\":{\"about\":{\"dataVersion\":\"$expected\"}}}" ] || fail "expected data version $expected"

step "stopping with SIGTERM"
kill -TERM "$(pgrep -P "$server_pid" || echo "$server_pid")"
exit_code=0
wait "$server_pid" || exit_code=$?
server_pid=
tail -3 "$WORK_DIR/server.log"
[ "$exit_code" = 0 ] || fail "exit code $exit_code after SIGTERM"

echo
echo "container check passed"
