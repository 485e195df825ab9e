/**
 * The open connections of the server, so that shutdown can end the ones that carry no request.
 * Node's `server.close()` waits for every connection, and it does not count a connection as
 * idle when the client opened it but has not sent a request on it (clients open spare ones):
 * without this, shutdown would wait for the keep-alive timeout (72 s).
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Connections of one server.
 *
 * @example
 * ```ts
 * const connections = trackConnections(app.server);
 * const closed = app.close();
 * connections.endIdle();
 * await closed;
 * ```
 */
export interface Connections {
  /** Ends every connection that has no request in progress; the others end with their answer. */
  endIdle(): void;
}

/**
 * Starts tracking the connections of `server`.
 *
 * @example
 * ```ts
 * const connections = trackConnections(app.server);
 * ```
 */
export function trackConnections(server: Server): Connections {
  const open = new Set<Socket>();
  const busy = new Map<Socket, number>();
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => {
      open.delete(socket);
      busy.delete(socket);
    });
  });
  server.on('request', (request, response) => {
    const socket = request.socket;
    busy.set(socket, (busy.get(socket) ?? 0) + 1);
    response.once('close', () => {
      const left = (busy.get(socket) ?? 1) - 1;
      if (left > 0) busy.set(socket, left);
      else busy.delete(socket);
    });
  });
  return {
    endIdle() {
      for (const socket of open) if (!busy.has(socket)) socket.destroy();
    },
  };
}
