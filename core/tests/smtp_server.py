"""A small SMTP server for tests, on 127.0.0.1: it can refuse chosen recipients, stop and restart.

Written here (about 100 lines of socketserver) rather than pulling aiosmtpd into the dev
requirements: the tests need only the few commands smtplib sends, a permanent refusal (550) for
chosen addresses (451 once for greylisted ones), and a hard stop that also cuts the sessions already open, as a crashed mail
server would.
"""

import contextlib
import email
import email.policy
import socket
import socketserver
import threading


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    block_on_close = False


class _Session(socketserver.StreamRequestHandler):
    def handle(self):
        owner = self.server.owner
        with owner.lock:
            owner.sessions.add(self.connection)
        try:
            self._converse(owner)
        except OSError:
            pass  # the test stopped the server under our feet
        finally:
            with owner.lock:
                owner.sessions.discard(self.connection)

    def _reply(self, text):
        self.wfile.write(text.encode("ascii") + b"\r\n")

    def _converse(self, owner):
        self._reply("220 faux.smtp.test ESMTP")
        sender, recipients = None, []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").rstrip("\r\n")
            verb = command.split(" ", 1)[0].upper()
            if verb == "EHLO":
                self._reply("250-faux.smtp.test\r\n250 8BITMIME")
            elif verb in {"HELO", "NOOP"}:
                self._reply("250 Ok")
            elif verb == "MAIL":
                sender, recipients = _address(command), []
                self._reply("250 2.1.0 Ok")
            elif verb == "RCPT":
                address = _address(command)
                with owner.lock:
                    owner.rcpt_seen.append(address)
                if address.lower() in owner.refuse:
                    self._reply(f"550 5.1.1 <{address}>: Recipient address rejected: User unknown")
                elif address.lower() in owner.greylist:
                    owner.greylist.discard(address.lower())  # accepted next time
                    self._reply(f"451 4.7.1 <{address}>: Recipient address rejected: Greylisted, try again later")
                else:
                    recipients.append(address)
                    self._reply("250 2.1.5 Ok")
            elif verb == "DATA":
                if not recipients:
                    self._reply("554 5.5.1 No valid recipients")
                    continue
                self._reply("354 End data with <CR><LF>.<CR><LF>")
                data = self._read_data()
                with owner.lock:
                    owner.received.append(
                        (sender, list(recipients), email.message_from_bytes(data, policy=email.policy.default))
                    )
                sender, recipients = None, []
                self._reply("250 2.0.0 Ok: queued")
            elif verb == "RSET":
                sender, recipients = None, []
                self._reply("250 2.0.0 Ok")
            elif verb == "QUIT":
                self._reply("221 2.0.0 Bye")
                return
            else:
                self._reply("502 5.5.2 Command not recognized")

    def _read_data(self):
        lines = []
        while True:
            line = self.rfile.readline()
            if not line or line in {b".\r\n", b".\n"}:
                return b"".join(lines)
            lines.append(line[1:] if line.startswith(b"..") else line)


def _address(command):
    _verb, _sep, rest = command.partition(":")
    return rest.strip().split(" ", 1)[0].strip("<>")


class FakeSMTPServer:
    """refuse: addresses answered 550 (permanent); greylist: answered 451 once (temporary), then accepted.

    received: (sender, recipients, email.message.Message) for every accepted message.
    """

    def __init__(self, *, refuse=(), greylist=()):
        self.refuse = {address.lower() for address in refuse}
        self.greylist = {address.lower() for address in greylist}
        self.lock = threading.Lock()
        self.received = []
        self.rcpt_seen = []
        self.sessions = set()
        self.port = 0
        self._server = None
        self._thread = None

    @property
    def running(self):
        return self._server is not None

    def start(self):
        """Listen on 127.0.0.1 (the same port again after a stop)."""
        server = _Server(("127.0.0.1", self.port), _Session)
        server.owner = self
        self.port = server.server_address[1]
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        self._server = server

    def stop(self):
        """Stop listening and cut every open session: a new connection is refused."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        with self.lock:
            sessions = list(self.sessions)
        for sock in sessions:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._server = None
