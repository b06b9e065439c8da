/** The part of autocannon 8's programmatic API the benchmarks use (the package ships no types). */
declare module "autocannon" {
  /** One entry of `requests`; `setupRequest` may rewrite each request just before it is sent. */
  export type AutocannonRequest = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest | null;
  };

  export type AutocannonOptions = {
    url: string;
    requests?: AutocannonRequest[];
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds before a request counts as a timeout. */
    timeout?: number;
    pipelining?: number;
    warmup?: { connections?: number; duration?: number };
  };

  export type Histogram = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  };

  export type AutocannonResult = {
    url: string;
    connections: number;
    /** Seconds actually run. */
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
    /** Requests per second, one sample per second. */
    requests: Histogram & { total: number; sent: number };
    /** Milliseconds. */
    latency: Histogram & { totalCount: number };
  };

  export type AutocannonInstance = PromiseLike<AutocannonResult> & {
    stop: () => void;
    /** Every answer of the measured run (not of the warm-up), with its latency in fractional milliseconds. */
    on: (
      event: "response",
      listener: (client: unknown, statusCode: number, responseBytes: number, responseTimeMs: number) => void,
    ) => AutocannonInstance;
  };

  export default function autocannon(options: AutocannonOptions): AutocannonInstance;
}
