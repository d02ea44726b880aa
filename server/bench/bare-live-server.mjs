// The baseline of `npm run bench:live`: a bare Socket.IO server (one process, in-memory adapter, no authentication,
// no persistence, no sequence numbers) that relays a chat message to everyone in a room.
// Run as a child of live-bench.mjs: env BARE_PORT; prints "ready" on stdout.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { serveClient: false });
const live = io.of('/live');
live.on('connection', (socket) => {
  socket.on('join', (room, ack) => {
    void socket.join(room);
    ack({ ok: true });
  });
  socket.on('chat', (payload, ack) => {
    live.to(payload.room).emit('message', { text: payload.text, at: new Date().toISOString() });
    ack({ ok: true });
  });
});
http.listen(Number(process.env.BARE_PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.once('SIGTERM', () => io.close(() => process.exit(0)));
