import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per server process (and per hot reload in development).
const globalForDb = globalThis as unknown as { db?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: env().databaseUrl }) });
}

export function db(): PrismaClient {
  globalForDb.db ??= createClient();
  return globalForDb.db;
}
