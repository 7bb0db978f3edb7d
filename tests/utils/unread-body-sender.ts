// A sender that writes a chunked body before it reads anything, as a client
// that reads the answer only once its upload is written: if Switchyard closed
// the connection at once on a body it refuses, the sender's writes would meet
// a reset (EPIPE, ECONNRESET) and the answer waiting for it would be lost.
import { connect } from "node:net";

export interface UnreadBodyAnswer {
  /** The answer's status line. */
  statusLine: string;
  /** Milliseconds from the last write until Switchyard closed the connection. */
  closedAfter: number;
}

const CHUNK = Buffer.alloc(64 * 1024, 0x20);
const FRAMED_CHUNK = Buffer.concat([Buffer.from(`${CHUNK.length.toString(16)}\r\n`), CHUNK, Buffer.from("\r\n")]);

/**
 * Writes `bytes` of body to `path` without reading, then reads the answer; the body is left unfinished, as by a sender
 * still writing. Resolves once Switchyard closes the connection.
 */
export function sendBeforeReading(url: string, path: string, headers: Record<string, string>, bytes: number): Promise<UnreadBodyAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    socket.pause();
    let received = "";
    let writtenAt: number | undefined;
    socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () => {
      if (writtenAt === undefined || !received.includes("\r\n")) return reject(new Error(`closed unanswered: ${JSON.stringify(received)}`));
      resolve({ statusLine: received.slice(0, received.indexOf("\r\n")), closedAfter: Date.now() - writtenAt });
    });
    const head = [`POST ${path} HTTP/1.1`, `Host: ${hostname}`, "Transfer-Encoding: chunked"];
    for (const [name, value] of Object.entries(headers)) head.push(`${name}: ${value}`);
    socket.write(`${head.join("\r\n")}\r\n\r\n`);
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        sent += CHUNK.length;
        if (!socket.write(FRAMED_CHUNK)) return void socket.once("drain", write);
      }
      writtenAt = Date.now();
      socket.resume();
    };
    write();
  });
}
