import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";

type TContext = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, context: TContext) {
  return NextAuth(req as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
