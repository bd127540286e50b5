# Production image: builds server and client, then runs on the current Node LTS.
FROM node:26-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/shared/package.json packages/shared/
COPY packages/embedded-db/package.json packages/embedded-db/
# Workspace manifest only: production runs the official LiveKit image (docker-compose.yml), never this build.
COPY packages/embedded-media/package.json packages/embedded-media/
COPY server/package.json server/
COPY client/package.json client/
COPY test/package.json test/
# The lock file lacks optional platform builds some registries do not serve; install keeps locked versions.
RUN npm install --no-audit --no-fund
COPY tsconfig.base.json ./
COPY packages packages
COPY server server
COPY client client
COPY scripts scripts
RUN npm run build && npm prune --omit=dev

FROM node:26-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "server/dist/main.js"]
