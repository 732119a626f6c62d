import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../env";
import { AppError, ERROR_CODES, type ErrorCode } from "./errors";

/** RFC 9457 problem details, the one shape of every error this API answers. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  requestId: string;
  errors?: Array<{ path: string; message: string }>;
}

const problemType = (code: ErrorCode) => `https://painpoint.dev/problems/${code.replaceAll("_", "-")}`;

const CONNECTION_ERRORS = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|CONNECTION_|ENOTFOUND|terminating connection/;

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    const code = (Object.keys(ERROR_CODES) as ErrorCode[]).find(
      (k) => ERROR_CODES[k].status === error.status,
    );
    // Hono's JSON validator: "Malformed JSON in request body".
    return new AppError(code ?? "bad_request", error.message || "bad request", { cause: error });
  }
  const text = error instanceof Error ? `${(error as { code?: string }).code ?? ""} ${error.message}` : "";
  if (CONNECTION_ERRORS.test(text)) {
    return new AppError("unavailable", "the database is not answering; try again shortly", { cause: error });
  }
  return new AppError("internal", "an unexpected error occurred; the request id identifies it in the logs", {
    cause: error,
  });
}

export function problemResponse(c: Context<AppEnv>, error: AppError): Response {
  const body: Problem = {
    type: problemType(error.code),
    title: ERROR_CODES[error.code].title,
    status: error.status,
    detail: error.message,
    requestId: c.get("requestId") ?? "",
  };
  if (error.errors) body.errors = error.errors;
  const response = c.json(body, error.status as ContentfulStatusCode, error.headers);
  response.headers.set("Content-Type", "application/problem+json");
  return response;
}

/** The app's `onError`: every thrown error becomes problem+json; only unexpected ones are logged. */
export function handleError(error: unknown, c: Context<AppEnv>): Response {
  const appError = toAppError(error);
  if (appError.status >= 500) {
    const cause = appError.cause instanceof Error ? appError.cause : undefined;
    c.get("log")?.error("unhandled error", {
      requestId: c.get("requestId"),
      error: cause ? `${cause.name}: ${cause.message}` : appError.message,
      stack: cause?.stack,
    });
  }
  return problemResponse(c, appError);
}
