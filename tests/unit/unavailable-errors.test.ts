// lib/server/errors.ts isUnavailable: what the database layers raise when PostgreSQL cannot answer (each shape below
// was observed against a real cluster killed, frozen or slow) is « indisponible »; a refusal or a bug never is.
import { describe, expect, it } from "vitest";
import { isUnavailable, NotFoundError, UnavailableError } from "@/lib/server/errors";

const prisma = (code: string, cause: object) => Object.assign(new Error(`Invalid invocation ${code}`), { code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

describe("isUnavailable", () => {
  it.each([
    ["killed: Prisma P1001, adapter DatabaseNotReachable", prisma("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["connection reset", prisma("P1017", { kind: "ConnectionClosed" })],
    ["socket timeout", { kind: "SocketTimeout" }],
    ["too many connections", prisma("P2010", { kind: "TooManyConnections", code: "53300" })],
    ["statement timeout: 57014", prisma("P2010", { kind: "postgres", code: "57014", originalMessage: "canceling statement due to statement timeout" })],
    ["administrator shutdown: 57P01", { code: "57P01", message: "terminating connection due to administrator command" }],
    ["starting up: 57P03", { code: "57P03", message: "the database system is starting up" }],
    ["connection exception class 08", { code: "08006", message: "connection failure" }],
    ["frozen, answer never came: node-postgres", new Error("Query read timeout")],
    ["frozen, connect never finished: node-postgres", new Error("Connection terminated due to connection timeout", { cause: new Error("Connection terminated unexpectedly") })],
    ["pool exhausted", new Error("timeout exceeded when trying to connect")],
    ["refused socket", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["already classified", new UnavailableError(new Error("x"))],
    ["classified in another bundle (same name)", Object.assign(new Error("Service momentanément indisponible"), { name: "UnavailableError" })],
  ])("%s → indisponible", (_label, error) => {
    expect(isUnavailable(error)).toBe(true);
  });

  it.each([
    ["record not found P2025", prisma("P2025", { kind: "RecordNotFound" })],
    ["unique violation P2002", prisma("P2002", { kind: "UniqueConstraintViolation", code: "23505" })],
    ["serialization conflict", prisma("P2034", { kind: "TransactionWriteConflict", code: "40001" })],
    ["not found or not yours", new NotFoundError("Politique")],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["null", null],
    ["a string", "boom"],
  ])("%s → not « indisponible »", (_label, error) => {
    expect(isUnavailable(error)).toBe(false);
  });

  it("a cycle of causes terminates", () => {
    const a: { cause?: unknown; message: string } = { message: "a" };
    const b = { cause: a, message: "b" };
    a.cause = b;
    expect(isUnavailable(a)).toBe(false);
  });
});
