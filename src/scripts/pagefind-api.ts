/** The parts of Pagefind's browser API (pagefind.js, written by the build) that the search page uses. */
export interface PagefindApi {
  options(options: { baseUrl?: string; bundlePath?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
}

export interface PagefindSearch {
  readonly results: readonly { readonly id: string; data(): Promise<PagefindResult> }[];
}

export interface PagefindResult {
  readonly url: string;
  /** HTML: entities escaped, hits in <mark>. */
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly sub_results: readonly PagefindSubResult[];
}

export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  /** HTML: entities escaped, hits in <mark>. */
  readonly excerpt: string;
  /** Absent for hits before the first titled part of the page. */
  readonly anchor?: { readonly id: string };
}

/** Loads the search index's script from under the site's base path; undefined when the index is missing. */
export async function loadPagefind(base: string): Promise<PagefindApi | undefined> {
  try {
    const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await api.options({ baseUrl: base, bundlePath: `${base}pagefind/`, excerptLength: 24 });
    await api.init();
    return api;
  } catch {
    return undefined;
  }
}
