import { useMutation } from '@tanstack/react-query';

import {
  ApiError,
  HTTP_ERROR,
  NETWORK_ERROR,
  NETWORK_ERROR_MESSAGE,
  messageForCode,
  parseGraphQLErrors,
  reportUnauthenticatedRead,
  type GraphQLErrorPayload,
} from './client';

/**
 * Files travel over REST next to GraphQL, on the same origin with the session cookie:
 * GET  /api/templates/<kind>.xlsx       empty import template (headers and a sample row)
 * POST /api/imports/<kind>              multipart field "file" → { batchId }
 * GET  /api/exports/<kind>.xlsx?<filters>
 * GET  /api/imports/<batchId>/problems.xlsx   the rows of an uploaded file that have problems
 * Errors come back as { code, message, fields? } (the API's REST error filter: the same code and
 * Vietnamese message GraphQL would give); a GraphQL-shaped { errors: [...] } body is read too.
 */
export type ImportFileKind =
  'units' | 'people' | 'campaign-registrations' | 'evaluations' | 'award-records';
/** Templates: every import's (the registrations' is filled for a plan with `?planId=`). */
export type TemplateFileKind = ImportFileKind;
export type ExportFileKind =
  | 'units'
  | 'people'
  | 'clusters'
  | 'users'
  | 'campaign-addressees'
  | 'campaign-registrations'
  | 'evaluations'
  | 'award-records'
  | 'initiatives'
  | 'holds'
  | 'award-nominees';

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** "?a=1&b=x" from the filters that are set (undefined, null and "" are left out), or "". */
export function toQueryString(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function templatePath(kind: TemplateFileKind, params: QueryParams = {}): string {
  return `/api/templates/${kind}.xlsx${toQueryString(params)}`;
}

export function exportPath(kind: ExportFileKind, filters: QueryParams = {}): string {
  return `/api/exports/${kind}.xlsx${toQueryString(filters)}`;
}

/** The rows with problems of an uploaded file, each with what to fix (only for who uploaded it). */
export function importProblemsPath(batchId: string): string {
  return `/api/imports/${encodeURIComponent(batchId)}/problems.xlsx`;
}

export function importPath(kind: ImportFileKind): string {
  return `/api/imports/${kind}`;
}

/** A REST error body: `{ code, message, fields? }`. */
interface RestErrorBody {
  code?: unknown;
  message?: unknown;
  fields?: unknown;
  errors?: GraphQLErrorPayload[];
}

/** The ApiError a JSON error body describes, if it describes one. */
function errorFromBody(body: RestErrorBody | null, status: number): ApiError | undefined {
  if (!body || typeof body !== 'object') return undefined;
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    return parseGraphQLErrors(body.errors, status);
  }
  if (typeof body.code === 'string' && body.code.length > 0) {
    // the same reading as a GraphQL error: one error whose extensions carry code and fields
    return parseGraphQLErrors(
      [
        {
          message: typeof body.message === 'string' ? body.message : '',
          extensions: { code: body.code, fields: body.fields },
        },
      ],
      status,
    );
  }
  return undefined;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const error = errorFromBody((await response.json()) as RestErrorBody | null, response.status);
      if (error) return error;
    } catch {
      // fall through to the status
    }
  }
  const code =
    response.status === 401
      ? 'UNAUTHENTICATED'
      : response.status === 403
        ? 'FORBIDDEN'
        : response.status === 404
          ? 'NOT_FOUND'
          : response.status === 429
            ? 'RATE_LIMITED'
            : HTTP_ERROR;
  return new ApiError(code, messageForCode(code), {}, response.status);
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, credentials: 'same-origin' });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(NETWORK_ERROR, NETWORK_ERROR_MESSAGE);
  }
}

/** The file name of a Content-Disposition header (RFC 5987 `filename*` first), if any. */
export function fileNameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a malformed encoding: try the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || undefined;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * Downloads a file (template, export) with the session cookie. Throws an ApiError with the API's
 * Vietnamese message when the server refuses (the browser would otherwise save the error as a file).
 */
export async function downloadFile(
  path: string,
  fallbackName: string,
  options: { signal?: AbortSignal } = {},
): Promise<DownloadedFile> {
  const response = await send(path, { method: 'GET', signal: options.signal });
  if (!response.ok) {
    const error = await errorFrom(response);
    reportUnauthenticatedRead(error, path);
    throw error;
  }
  const blob = await response.blob();
  const fileName =
    fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName;
  return { blob, fileName };
}

/** Uploads an .xlsx file for import; the API parses it into a batch to preview. */
export async function uploadImport(
  kind: ImportFileKind,
  file: File,
  options: { signal?: AbortSignal } = {},
): Promise<{ batchId: string }> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await send(importPath(kind), {
    method: 'POST',
    body,
    headers: { accept: 'application/json' },
    signal: options.signal,
  });
  if (!response.ok) throw await errorFrom(response);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  const batchId = (data as { batchId?: unknown } | null)?.batchId;
  if (typeof batchId === 'string' && batchId.length > 0) return { batchId };
  throw (
    errorFromBody(data as RestErrorBody | null, response.status) ??
    new ApiError(HTTP_ERROR, messageForCode(HTTP_ERROR), {}, response.status)
  );
}

/**
 * Uploads one file (multipart field "file") with a few text fields to `path` and returns the API's
 * JSON answer: a record's attachments (a sơ kết / tổng kết report's, POST
 * /api/campaign-reviews/:id/attachments with its `version`). The fields go first so the server reads
 * them before the file's bytes.
 */
export async function uploadFile<T>(
  path: string,
  file: File,
  fields: Record<string, string> = {},
  options: { signal?: AbortSignal } = {},
): Promise<T> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  body.append('file', file, file.name);
  const response = await send(path, {
    method: 'POST',
    body,
    headers: { accept: 'application/json' },
    signal: options.signal,
  });
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}

/** Downloads a template or an export; `mutate({ path, fallbackName })`. */
export function useDownloadFile() {
  return useMutation({
    mutationFn: ({ path, fallbackName }: { path: string; fallbackName: string }) =>
      downloadFile(path, fallbackName),
  });
}

export function useUploadImport() {
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportFileKind; file: File }) => uploadImport(kind, file),
  });
}
