# podnet: the GraphQL service, built from source with its SQLite database, run as compiled JavaScript.
# The base image is an argument so that a locally made image can stand in for it (scripts/container-check.sh).
# Node.js 24, the current LTS line (CI runs the suite on it; Node.js 20 reached its end of life in April 2026).
ARG NODE_IMAGE=node:24.22-bookworm-slim

# better-sqlite3 is compiled from its registry source (no prebuilt binary downloaded), against the base image's
# Node.js headers in /usr/local/include/node.
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
ENV npm_config_build_from_source=true \
    npm_config_nodedir=/usr/local \
    npm_config_update_notifier=false
WORKDIR /app
COPY package.json package-lock.json ./

# What the final image runs with: production dependencies only, compiled here so the final image needs no compiler.
FROM toolchain AS production-dependencies
RUN npm ci --omit=dev --no-audit --no-fund

FROM toolchain AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/bundle.ts scripts/bundle-service.ts scripts/
COPY src src
COPY seed seed
COPY migrations migrations
RUN npm run build \
 && node dist/src/db/build-cli.js var/podnet.sqlite

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=4000 \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=production-dependencies /app/node_modules node_modules
COPY package.json package-lock.json ./
# seed/ and migrations/ stay: at start the service hashes them and checks the database holds that data version.
COPY seed seed
COPY migrations migrations
COPY --from=build /app/dist dist
# The podnet CLI (`node bin/podnet.js ask "..."`) runs the compiled code in the image.
COPY bin bin
COPY --from=build /app/var/podnet.sqlite var/podnet.sqlite
# Everything above belongs to root and is only readable by the service's user: the root filesystem can be
# mounted read-only, and the database is opened read-only.
USER 10001:10001
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/ready`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/service/server.js"]
