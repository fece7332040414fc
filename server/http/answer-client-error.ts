/**
 * Fastify's `clientErrorHandler`: requests Node's HTTP parser rejects before Fastify sees them
 * (headers or request line too large, a malformed request, a timeout) still get the catalogue's JSON.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { ApiFailure, describeError } from '../errors.js';
import { describeConnectionError } from './describe-framework-error.js';

/** Writes a `{ code, message }` answer on the raw socket, then closes it (the parser's state is lost). */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has no one to answer; a started response cannot take a second one.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const entry = describeConnectionError(error.code);
  const { status, body } = describeError(new ApiFailure(entry.code, entry.message));
  const json = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(error);
}
