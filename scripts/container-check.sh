#!/usr/bin/env bash
# Builds the Dockerfile and checks the image it makes, where no registry image can be pulled and no Docker engine
# runs: the base image is made locally (Debian bookworm by debootstrap, plus this machine's Node.js, laid out as in
# the node:20-bookworm-slim image), the build runs under buildah with `--isolation chroot`, and the built image's
# server is started with podman, as its non-root user, on a read-only root filesystem, with every capability
# dropped. The check passes when the server reports healthy and ready, answers a GraphQL query with the data
# version of this checkout, cannot write to its root filesystem, and exits 0 on SIGTERM.
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

step "starting $IMAGE: read-only root filesystem, no capabilities, host loopback port $PORT"
podman rm -f "$CONTAINER" >/dev/null 2>&1 || true
trap 'podman rm -f "$CONTAINER" >/dev/null 2>&1 || true' EXIT
podman run --detach --name "$CONTAINER" --network host \
  --read-only --read-only-tmpfs=false --cap-drop ALL --security-opt no-new-privileges \
  --env PORT="$PORT" --env HOST=127.0.0.1 "$IMAGE" >/dev/null

ready=
for _ in $(seq 60); do
  if curl -fsS "http://127.0.0.1:$PORT/ready" >/dev/null 2>&1; then ready=1; break; fi
  sleep 1
done
[ -n "$ready" ] || { podman logs "$CONTAINER" | tail -20; fail "/ready never answered 200"; }

step "checks"
user=$(podman exec "$CONTAINER" id -u)
[ "$user" = 10001 ] || fail "the server runs as uid $user, not 10001"
echo "runs as uid $user"
if podman exec "$CONTAINER" sh -c 'touch /app/var/probe' 2>/dev/null; then fail "the root filesystem is writable"; fi
echo "root filesystem is read-only"
podman healthcheck run "$CONTAINER" >/dev/null || fail "HEALTHCHECK"
echo "HEALTHCHECK passes"
expected=$(npx tsx -e "import('./src/db/data-version.ts').then((m) => console.log(m.computeDataVersion()))")
answer=$(curl -fsS "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ about { dataVersion } }"}')
echo "answer: $answer"
[ "$answer" = "{\"data\":{\"about\":{\"dataVersion\":\"$expected\"}}}" ] || fail "expected data version $expected"

step "stopping with SIGTERM"
podman stop --time 30 "$CONTAINER" >/dev/null
exit_code=$(podman inspect --format '{{.State.ExitCode}}' "$CONTAINER")
podman logs "$CONTAINER" 2>&1 | tail -3
[ "$exit_code" = 0 ] || fail "exit code $exit_code after SIGTERM"

echo
echo "container check passed"
