# The HTTP service of trafficking-signals: `docker build -t trafficking-signals .` then
# `docker run --rm -p 8080:8080 trafficking-signals` (README, "Running as a service").

# Build: install everything, build dist/ (rules checked, bundles, JSON Schemas), then drop the
# development dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY tsconfig.json tsup.config.ts ./
COPY scripts ./scripts
COPY rules ./rules
COPY src ./src
# `npm ci` runs the package's `prepare` script, which is `npm run build`.
RUN npm ci && npm prune --omit=dev

# Run: the built program and its production dependencies only, as an unprivileged user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY LICENSE README.md ./
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 here and handles SIGTERM itself: `docker stop` lets requests in flight finish.
ENTRYPOINT ["node", "dist/cli.js"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080"]
