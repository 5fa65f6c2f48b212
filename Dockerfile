# The deployment image: a standalone Next.js server (output: "standalone"), with nothing but
# what it traced. `compose.yaml` runs it N times behind nginx, with PostgreSQL and a one-off
# `migrate` service (this file's `build` stage, which has the whole toolchain).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY scripts/prisma-engine-stub.js ./scripts/
RUN npm ci
COPY . .
RUN NEXT_OUTPUT=standalone NEXTAUTH_SECRET=build-only-not-a-secret npx next build

FROM node:20-bookworm-slim AS app
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000
RUN groupadd --system app && useradd --system --gid app app
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
USER app
EXPOSE 3000
# DATABASE_URL, NEXTAUTH_SECRET and NEXTAUTH_URL come from the environment (compose.yaml).
CMD ["node", "server.js"]
