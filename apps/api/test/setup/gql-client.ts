import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * A typed document from `graphql(...)` (`apps/api/test/gql`, generated from the schema by
 * `npx nx run web-data-access:codegen`): its result and variables are checked at compile time.
 */
export type TypedDocument<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };
type Document = string | TypedDocument<unknown, unknown>;

export interface GqlError {
  message: string;
  path?: string[];
  extensions?: { code?: string; fields?: Record<string, string[]>; [key: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors?: GqlError[];
  headers: Headers;
}

// Each test file starts at a random address: login throttling counts failures per address in the
// database, and files numbering their clients alike from 10.0.0.0 would lock each other out.
let addressCounter = Math.floor(Math.random() * 0xff_ff_00);

/** A GraphQL caller over real HTTP: keeps its own session cookie, or sends a bearer token. */
export class GqlClient {
  private cookie: string | null = null;
  /** Each client looks like a different machine (X-Forwarded-For; the test app trusts the proxy). */
  readonly address = `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter++ & 255}`;

  constructor(
    readonly baseUrl: string,
    private bearer: string | null = null,
  ) {}

  withBearer(token: string): GqlClient {
    return new GqlClient(this.baseUrl, token);
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }

  async request<T = Record<string, unknown>>(
    document: Document,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>> {
    const query = document.toString();
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-forwarded-for': this.address,
    };
    if (this.cookie) headers['cookie'] = this.cookie;
    if (this.bearer) headers['authorization'] = `Bearer ${this.bearer}`;
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(';');
      if (pair?.startsWith('thidua_session=')) this.cookie = pair.endsWith('=') ? null : pair;
    }
    const body = (await res.json()) as { data?: T; errors?: GqlError[] };
    return {
      status: res.status,
      data: body.data ?? null,
      errors: body.errors,
      headers: res.headers,
    };
  }

  /** Expects success; fails the test with the server's errors otherwise. */
  async ok<R, V>(document: TypedDocument<R, V>, variables?: V): Promise<R>;
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  async ok<T>(document: Document, variables?: unknown): Promise<T> {
    const res = await this.request<T>(document, variables as Record<string, unknown> | undefined);
    if (res.errors?.length || !res.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(res.errors ?? res, null, 2)}`);
    }
    return res.data;
  }

  /** Expects exactly one error and returns it. */
  async fails<V>(document: TypedDocument<unknown, V>, variables?: V): Promise<GqlError>;
  async fails(query: string, variables?: Record<string, unknown>): Promise<GqlError>;
  async fails(document: Document, variables?: unknown): Promise<GqlError> {
    const res = await this.request(document, variables as Record<string, unknown> | undefined);
    if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
    return res.errors[0] as GqlError;
  }

  async login(username: string, password: string): Promise<this> {
    await this.ok(`mutation($input: LoginInput!) { login(input: $input) { user { id } } }`, {
      input: { username, password },
    });
    return this;
  }
}
