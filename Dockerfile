# api-sessions: multi-stage build on node:24-slim, runs as the non-root "node" user.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# the dev dependency `node` (Node 24 for npm scripts on older machines) comes along for the build and
# goes with `npm prune --omit=dev`; the image runs on node:24-slim's own node
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
COPY --chown=node:node config ./config
USER node
EXPOSE 8080 9091
# the admin port answers /healthz; node's fetch needs no extra package in the slim image
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:9091/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "dist/cli.js"]
CMD ["start", "-c", "config/sensor.yaml"]
