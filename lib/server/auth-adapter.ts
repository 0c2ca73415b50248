import "server-only";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import type { TDb } from "@/lib/db";

// next-auth's database adapter over our Prisma 7 client (the published adapter targets the
// default @prisma/client location, which Prisma 7 no longer generates).
function toAdapterUser(u: { id: string; email: string | null; emailVerified: Date | null; name: string | null; image: string | null }): AdapterUser {
  return { id: u.id, email: u.email ?? "", emailVerified: u.emailVerified, name: u.name, image: u.image };
}

export function prismaAuthAdapter(db: TDb): Adapter {
  return {
    async createUser(data: Omit<AdapterUser, "id">) {
      const user = await db.user.create({
        data: { email: data.email, emailVerified: data.emailVerified, name: data.name ?? null, image: data.image ?? null },
      });
      return toAdapterUser(user);
    },
    async getUser(id) {
      const user = await db.user.findUnique({ where: { id } });
      return user ? toAdapterUser(user) : null;
    },
    async getUserByEmail(email) {
      const user = await db.user.findUnique({ where: { email } });
      return user ? toAdapterUser(user) : null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db.account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        include: { user: true },
      });
      return account ? toAdapterUser(account.user) : null;
    },
    async updateUser({ id, ...data }) {
      const user = await db.user.update({
        where: { id },
        data: { email: data.email, emailVerified: data.emailVerified, name: data.name, image: data.image },
      });
      return toAdapterUser(user);
    },
    async linkAccount(account: AdapterAccount) {
      await db.account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          refresh_token: account.refresh_token ?? null,
          access_token: account.access_token ?? null,
          expires_at: account.expires_at ?? null,
          token_type: account.token_type ?? null,
          scope: account.scope ?? null,
          id_token: account.id_token ?? null,
          session_state: typeof account.session_state === "string" ? account.session_state : null,
        },
      });
    },
    async createSession(data) {
      return db.session.create({ data, select: { sessionToken: true, userId: true, expires: true } });
    },
    async getSessionAndUser(sessionToken) {
      const found = await db.session.findUnique({ where: { sessionToken }, include: { user: true } });
      if (!found) return null;
      const { user, ...session } = found;
      return { session: { sessionToken: session.sessionToken, userId: session.userId, expires: session.expires }, user: toAdapterUser(user) };
    },
    async updateSession({ sessionToken, ...data }) {
      return db.session.update({ where: { sessionToken }, data, select: { sessionToken: true, userId: true, expires: true } });
    },
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken } });
    },
    async createVerificationToken(data) {
      return db.verificationToken.create({ data });
    },
    // Single use: the token is deleted as it is read, so a link works once.
    async useVerificationToken({ identifier, token }) {
      const found = await db.verificationToken.findUnique({ where: { identifier_token: { identifier, token } } });
      if (!found) return null;
      const { count } = await db.verificationToken.deleteMany({ where: { identifier, token } });
      return count === 1 ? found : null;
    },
  };
}
