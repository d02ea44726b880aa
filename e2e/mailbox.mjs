// The e2e harness's mail server: the platform sends real SMTP to it, and it appends each message, decoded, as one
// JSON line to a file the specs read. One-time links exist only in the sent mail (the mail log shows them redacted),
// so this is how a spec follows an invitation or password-reset link, as a person would from their inbox.
import { appendFileSync, writeFileSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';

/** Undoes the transfer encodings nodemailer uses for each MIME part: quoted-printable or base64. */
export function decodeMime(raw) {
  const parts = raw.split(/\r?\n(?=--)/);
  return parts
    .map((part) => {
      const split = part.search(/\r?\n\r?\n/);
      if (split < 0) return part;
      const headers = part.slice(0, split);
      const body = part.slice(split).trim();
      if (/content-transfer-encoding:\s*base64/i.test(headers))
        return `${headers}\n\n${Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')}`;
      if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
        const bytes = body
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
        return `${headers}\n\n${Buffer.from(bytes, 'latin1').toString('utf8')}`;
      }
      return part;
    })
    .join('\n');
}

/** Starts the mail server on `port`, writing to `file`; answers a function that stops it. */
export async function startMailbox(port, file) {
  writeFileSync(file, '');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        appendFileSync(file, `${JSON.stringify({ to, text: decodeMime(Buffer.concat(chunks).toString('latin1')) })}\n`);
        callback();
      });
    },
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolveListen);
  });
  return () => new Promise((resolveClose) => server.close(resolveClose));
}
