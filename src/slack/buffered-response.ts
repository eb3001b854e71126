/**
 * Response's constructor, typed as making only what the class below reads: lib.dom declares a
 * Response's methods as properties, which a subclass's methods may not override.
 */
const ResponseBase: new (
  body: null,
  init: ResponseInit,
) => Pick<Response, "status" | "statusText" | "headers"> = Response;

const UTF8 = new TextDecoder();

/**
 * A fetch Response whose body stays the Buffer it arrived in until something reads it. Node's
 * Response wraps every body in a web ReadableStream when it is made, which cost about as much CPU
 * as sending the request; Bolt's respond() only looks at the status, and the Web API client reads
 * `text()` or `arrayBuffer()`. Every way of reading a Response works, `body` included (made on
 * demand); unlike a Response, the body may be read more than once and `bodyUsed` stays false.
 */
class BufferedResponse extends ResponseBase {
  readonly #raw: Buffer;

  constructor(raw: Buffer, init: ResponseInit) {
    super(null, init);
    this.#raw = raw;
  }

  get body(): ReadableStream<Uint8Array> | null {
    return this.#raw.length === 0 ? null : new Response(this.#raw).body;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const raw = this.#raw;
    return raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer;
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(this.#raw);
  }

  /** Decoded as fetch decodes a body: UTF-8, a leading byte order mark dropped. */
  async text(): Promise<string> {
    return UTF8.decode(this.#raw);
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  /** Rare enough to leave to Response itself, which parses both form encodings. */
  formData(): Promise<FormData> {
    return new Response(this.#raw, { headers: this.headers }).formData();
  }

  async blob(): Promise<Blob> {
    return new Blob([this.#raw], { type: this.headers.get("content-type") ?? "" });
  }

  clone(): Response {
    const { status, statusText, headers } = this;
    return bufferedResponse(this.#raw, { status, statusText, headers });
  }
}

/** A Response (`instanceof Response` holds) over `raw`, which it never copies into a stream first. */
export const bufferedResponse = (raw: Buffer, init: ResponseInit): Response =>
  new BufferedResponse(raw, init) as unknown as Response;
