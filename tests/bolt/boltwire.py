"""A minimal raw Bolt client (PackStream v1, Bolt 4.x/5.x), standard library only.

It exists to replay, byte for byte, what the Rust crate neo4rs 0.8 sends (see probe.py), and to
test which protocol versions a server accepts — things the official driver hides.
neo4rs 0.8.0 (src/version.rs, src/connection.rs, src/messages*.rs) does exactly this:
  handshake 60 60 B0 17 + [00 00 01 04][00 00 00 04][0][0]   (offers Bolt 4.1, then 4.0; no 4.4, no 5.x)
  HELLO {user_agent: "neo4rs", scheme: "basic", principal, credentials}   (+ routing for neo4j://)
  auto-commit Graph::run:     RUN q params {db}  -> DISCARD {n: -1, qid: -1}
  auto-commit Graph::execute: RUN q params {db}  -> PULL {n: 200, qid: -1} ...
  Graph::start_txn:           BEGIN {db} ; RUN/DISCARD... ; COMMIT (or ROLLBACK)
  pool recycle:               RESET
  default db when .db() is not set: "neo4j"
"""
import socket
import struct

MAGIC = b"\x60\x60\xb0\x17"

HELLO, GOODBYE, RESET, RUN, BEGIN, COMMIT, ROLLBACK, DISCARD, PULL, LOGON = (
    0x01, 0x02, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x2F, 0x3F, 0x6A)
SUCCESS, RECORD, IGNORED, FAILURE = 0x70, 0x71, 0x7E, 0x7F
NAMES = {SUCCESS: "SUCCESS", RECORD: "RECORD", IGNORED: "IGNORED", FAILURE: "FAILURE"}


class Struct:
    def __init__(self, tag, fields):
        self.tag, self.fields = tag, fields

    def __repr__(self):
        return f"Struct(0x{self.tag:02X}, {self.fields!r})"


# ---------------------------------------------------------------- PackStream
def pack(v) -> bytes:
    if v is None:
        return b"\xc0"
    if v is True:
        return b"\xc3"
    if v is False:
        return b"\xc2"
    if isinstance(v, int):
        if -16 <= v <= 127:
            return struct.pack(">b", v)
        if -128 <= v <= 127:
            return b"\xc8" + struct.pack(">b", v)
        if -32768 <= v <= 32767:
            return b"\xc9" + struct.pack(">h", v)
        if -(2 ** 31) <= v < 2 ** 31:
            return b"\xca" + struct.pack(">i", v)
        return b"\xcb" + struct.pack(">q", v)
    if isinstance(v, float):
        return b"\xc1" + struct.pack(">d", v)
    if isinstance(v, str):
        b = v.encode("utf-8")
        return _hdr(len(b), 0x80, 0xD0) + b
    if isinstance(v, (bytes, bytearray)):
        n = len(v)
        h = b"\xcc" + struct.pack(">B", n) if n < 256 else (
            b"\xcd" + struct.pack(">H", n) if n < 65536 else b"\xce" + struct.pack(">I", n))
        return h + bytes(v)
    if isinstance(v, (list, tuple)):
        return _hdr(len(v), 0x90, 0xD4) + b"".join(pack(x) for x in v)
    if isinstance(v, dict):
        return _hdr(len(v), 0xA0, 0xD8) + b"".join(pack(str(k)) + pack(x) for k, x in v.items())
    if isinstance(v, Struct):
        return bytes([0xB0 | len(v.fields), v.tag]) + b"".join(pack(x) for x in v.fields)
    raise TypeError(f"cannot pack {type(v)}")


def _hdr(n, tiny, base):
    if n < 16:
        return bytes([tiny | n])
    if n < 256:
        return bytes([base]) + struct.pack(">B", n)
    if n < 65536:
        return bytes([base + 1]) + struct.pack(">H", n)
    return bytes([base + 2]) + struct.pack(">I", n)


def unpack(b: bytes, i: int = 0):
    m = b[i]
    i += 1
    if m < 0x80:
        return m, i
    if m >= 0xF0:
        return m - 0x100, i
    hi = m & 0xF0
    if hi == 0x80:
        return b[i:i + (m & 0xF)].decode("utf-8"), i + (m & 0xF)
    if hi == 0x90:
        return _items(b, i, m & 0xF)
    if hi == 0xA0:
        return _map(b, i, m & 0xF)
    if hi == 0xB0:
        tag = b[i]
        fields, i = _items(b, i + 1, m & 0xF)
        return Struct(tag, fields), i
    if m == 0xC0:
        return None, i
    if m == 0xC1:
        return struct.unpack_from(">d", b, i)[0], i + 8
    if m == 0xC2:
        return False, i
    if m == 0xC3:
        return True, i
    for code, fmt, size in ((0xC8, ">b", 1), (0xC9, ">h", 2), (0xCA, ">i", 4), (0xCB, ">q", 8)):
        if m == code:
            return struct.unpack_from(fmt, b, i)[0], i + size
    sizes = {0: (">B", 1), 1: (">H", 2), 2: (">I", 4)}
    if 0xCC <= m <= 0xCE:
        fmt, sz = sizes[m - 0xCC]
        n = struct.unpack_from(fmt, b, i)[0]
        i += sz
        return bytes(b[i:i + n]), i + n
    if 0xD0 <= m <= 0xD2:
        fmt, sz = sizes[m - 0xD0]
        n = struct.unpack_from(fmt, b, i)[0]
        i += sz
        return b[i:i + n].decode("utf-8"), i + n
    if 0xD4 <= m <= 0xD6:
        fmt, sz = sizes[m - 0xD4]
        n = struct.unpack_from(fmt, b, i)[0]
        return _items(b, i + sz, n)
    if 0xD8 <= m <= 0xDA:
        fmt, sz = sizes[m - 0xD8]
        n = struct.unpack_from(fmt, b, i)[0]
        return _map(b, i + sz, n)
    raise ValueError(f"unknown PackStream marker 0x{m:02X} at {i - 1}")


def _items(b, i, n):
    out = []
    for _ in range(n):
        v, i = unpack(b, i)
        out.append(v)
    return out, i


def _map(b, i, n):
    out = {}
    for _ in range(n):
        k, i = unpack(b, i)
        v, i = unpack(b, i)
        out[k] = v
    return out, i


# ---------------------------------------------------------------- handshake
def version_bytes(major, minor, rng=0) -> bytes:
    return bytes([0, rng, minor, major])


def handshake(host, port, offers, timeout=5.0):
    """Offer up to 4 versions, each (major, minor) or (major, minor, range) or raw 4 bytes.

    Returns (socket, (major, minor)) on agreement; (None, None) when the server answers 0 or
    closes the connection; raises OSError when it cannot connect.
    """
    raw = []
    for o in offers:
        raw.append(o if isinstance(o, bytes) else version_bytes(*o))
    raw += [b"\x00\x00\x00\x00"] * (4 - len(raw))
    s = socket.create_connection((host, port), timeout=timeout)
    s.sendall(MAGIC + b"".join(raw))
    resp = _recv_exact(s, 4)
    if resp is None or resp == b"\x00\x00\x00\x00":
        s.close()
        return None, resp
    s.settimeout(300)  # a big DETACH DELETE can take several seconds
    return s, (resp[3], resp[2])


def _recv_exact(s, n):
    data = b""
    while len(data) < n:
        try:
            c = s.recv(n - len(data))
        except ConnectionResetError:
            return None if not data else data
        if not c:
            return None if not data else data
        data += c
    return data


# ---------------------------------------------------------------- messages
class Conn:
    def __init__(self, sock, version):
        self.s, self.version = sock, version

    def send(self, tag, *fields):
        body = pack(Struct(tag, list(fields)))
        out = b""
        for k in range(0, len(body), 65535):
            c = body[k:k + 65535]
            out += struct.pack(">H", len(c)) + c
        self.s.sendall(out + b"\x00\x00")

    def recv(self):
        """One response message as (NAME, fields); ("CLOSED", []) if the server hung up."""
        body = b""
        while True:
            h = _recv_exact(self.s, 2)
            if h is None or len(h) < 2:
                return "CLOSED", []
            n = struct.unpack(">H", h)[0]
            if n == 0:
                if body:
                    break
                continue  # NOOP keep-alive chunk
            c = _recv_exact(self.s, n)
            if c is None or len(c) < n:
                return "CLOSED", []
            body += c
        msg, _ = unpack(body)
        return NAMES.get(msg.tag, f"0x{msg.tag:02X}"), msg.fields

    def request(self, tag, *fields):
        """Send one message; return (summary NAME, summary fields, [records])."""
        self.send(tag, *fields)
        records = []
        while True:
            name, f = self.recv()
            if name == "RECORD":
                records.append(f[0])
                continue
            return name, (f[0] if f else {}), records

    def close(self):
        try:
            self.send(GOODBYE)
        except OSError:
            pass
        self.s.close()


def connect_like_neo4rs_08(host, port, user, password, routing=None):
    """Handshake and HELLO exactly as neo4rs 0.8.0 does. Returns (Conn or None, info dict)."""
    s, v = handshake(host, port, [(4, 1), (4, 0)])
    if s is None:
        return None, {"handshake": "refused", "answer": v.hex() if v else None}
    c = Conn(s, v)
    extra = {"user_agent": "neo4rs", "scheme": "basic", "principal": user, "credentials": password}
    if routing is not None and v >= (4, 1):
        extra["routing"] = routing
    name, meta, _ = c.request(HELLO, extra)
    info = {"version": f"{v[0]}.{v[1]}", "hello": name, "hello_meta": meta}
    if name != "SUCCESS":
        c.s.close()
        return None, info
    return c, info


def hello_for(c: Conn, user, password, agent="actorgraph-probe/1"):
    """HELLO (and LOGON for Bolt >= 5.1) for version c.version. Returns (NAME, meta)."""
    auth = {"scheme": "basic", "principal": user, "credentials": password}
    if c.version >= (5, 1):
        name, meta, _ = c.request(HELLO, {"user_agent": agent})
        if name != "SUCCESS":
            return name, meta
        name, meta, _ = c.request(LOGON, auth)
        return name, meta
    name, meta, _ = c.request(HELLO, dict(user_agent=agent, **auth))
    return name, meta
