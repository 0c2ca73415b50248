import { landingResponse } from "@/lib/server/landing";

/** The landing page: plain HTML without any script (lib/server/landing.ts). */
export function GET(request: Request) {
  return landingResponse(request);
}
