import type { ApiErrorBody } from '@kotopaikka/contracts';

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

/** A cookie-keeping HTTP client for integration tests, like a browser tab: it fetches and sends the CSRF token. */
export class TestAgent {
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  clearCookies(): void {
    this.cookies.clear();
    this.csrfToken = null;
  }

  async csrf(): Promise<string> {
    if (!this.csrfToken) {
      const res = await this.request<{ token: string }>('GET', '/api/auth/csrf');
      this.csrfToken = res.body.token;
    }
    return this.csrfToken;
  }

  async login(email: string, password: string): Promise<TestResponse> {
    return this.post('/api/auth/login', { email, password });
  }

  get<T = unknown>(path: string): Promise<TestResponse<T>> {
    return this.request<T>('GET', path);
  }

  async post<T = unknown>(
    path: string,
    body?: unknown,
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<TestResponse<T>> {
    return this.send<T>('POST', path, body, options);
  }

  async patch<T = unknown>(path: string, body?: unknown, options: { csrf?: boolean } = {}): Promise<TestResponse<T>> {
    return this.send<T>('PATCH', path, body, options);
  }

  async put<T = unknown>(path: string, body?: unknown, options: { csrf?: boolean } = {}): Promise<TestResponse<T>> {
    return this.send<T>('PUT', path, body, options);
  }

  async delete<T = unknown>(path: string, options: { csrf?: boolean } = {}): Promise<TestResponse<T>> {
    return this.send<T>('DELETE', path, undefined, options);
  }

  private async send<T>(
    method: string,
    path: string,
    body: unknown,
    options: { csrf?: boolean; headers?: Record<string, string> },
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.csrf !== false) headers['x-csrf-token'] = await this.csrf();
    if (body !== undefined && !(body instanceof FormData) && typeof body !== 'string')
      headers['content-type'] = 'application/json';
    const payload =
      body === undefined
        ? undefined
        : body instanceof FormData || typeof body === 'string'
          ? body
          : JSON.stringify(body);
    return this.request<T>(method, path, payload, headers);
  }

  async request<T>(
    method: string,
    path: string,
    body?: BodyInit,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const cookieHeader = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(this.baseUrl + path, {
      method,
      body,
      redirect: 'manual',
      headers: { accept: 'application/json', ...(cookieHeader ? { cookie: cookieHeader } : {}), ...headers },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = decodeURIComponent(pair.slice(eq + 1).trim());
      const expired = attrs.some((a) => /^\s*max-age=0/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
      // The server rotates the CSRF token at sign-in; a browser tab would fetch the new one, so does the agent.
      if (name === 'kp_csrf') this.csrfToken = expired || value === '' ? null : value;
    }
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  }
}

export type ErrorResponse = TestResponse<ApiErrorBody>;
