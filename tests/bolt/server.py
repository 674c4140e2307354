#!/usr/bin/env python3
"""Run a throwaway ArcadeDB server with its Bolt (Neo4j wire protocol) plugin, for tests.

Usage: VENV/bin/python tests/bolt/server.py [--port N] [--http-port N] [--db NAME]
                                            [--password PW | env ARCADEDB_ROOT_PASSWORD]
                                            [--max-seconds 600] [--keep DIR]

Binds 127.0.0.1 only. Picks free ports (bind to port 0) unless --port/--http-port are given.
Prints exactly one line to stdout once the Bolt port accepts a handshake:

    READY bolt://127.0.0.1:PORT DB

then serves until stdin reaches EOF (so a parent that dies takes the server with it), SIGTERM,
SIGINT, or --max-seconds elapse, and stops cleanly. Exit code 0 on a clean stop, 1 on a
start failure (reason on stderr), 3 when --max-seconds ran out.

The user is "root" (ArcadeDB's only built-in user); the password must be >= 8 characters.
Everything ArcadeDB writes (./log, databases, JVM crash files) goes to a temp dir, removed on
exit unless --keep DIR is given (then that dir is used and kept).
Set BOLT_SERVER_STDIN=ignore to not watch stdin (e.g. when started with stdin=/dev/null).
"""
import argparse
import os
import shutil
import signal
import socket
import struct
import sys
import tempfile
import threading
import time


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bolt_handshake_ok(port: int) -> bool:
    """True when the port answers a Bolt handshake with a non-zero version."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
            s.sendall(b"\x60\x60\xb0\x17" + struct.pack(">4I", 0x0404, 0x0004, 0, 0))
            data = b""
            while len(data) < 4:
                chunk = s.recv(4 - len(data))
                if not chunk:
                    return False
                data += chunk
            return data != b"\x00\x00\x00\x00"
    except OSError:
        return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, default=0, help="Bolt port (0 = pick a free one)")
    ap.add_argument("--http-port", type=int, default=0, help="HTTP port (0 = pick a free one)")
    ap.add_argument("--db", default="actorgraph")
    ap.add_argument("--password", default=os.environ.get("ARCADEDB_ROOT_PASSWORD", "actorgraph-test"))
    ap.add_argument("--max-seconds", type=float, default=600.0)
    ap.add_argument("--keep", help="use this dir for databases/logs and keep it")
    args = ap.parse_args()

    if len(args.password) < 8:
        print("server.py: root password must be at least 8 characters", file=sys.stderr)
        return 1

    t0 = time.monotonic()
    if args.keep:
        work = os.path.abspath(args.keep)
        os.makedirs(work, exist_ok=True)
    else:
        work = tempfile.mkdtemp(prefix="actorgraph-bolt-")
    # ArcadeDB writes ./log relative to the cwd, and the JVM its crash files there too.
    os.chdir(work)
    os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", os.path.join(work, "log", "hs_err_pid%p.log"))

    stop = threading.Event()
    reason = {"why": "?"}

    def on_signal(signum, _frame):
        reason["why"] = signal.Signals(signum).name
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    # ArcadeDB logs to the console (fd 1/2) as well as ./log: send fd 1 and 2 to a file in the
    # work dir so that only the READY line reaches our stdout and only our own notes our stderr.
    # BOLT_SERVER_VERBOSE=1 passes ArcadeDB's console log through to stderr instead.
    out = os.fdopen(os.dup(1), "w", buffering=1)
    err = os.fdopen(os.dup(2), "w", buffering=1)
    console_log = os.path.join(work, "console.log")
    if os.environ.get("BOLT_SERVER_VERBOSE"):
        os.dup2(2, 1)
    else:
        fd = os.open(console_log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.close(fd)

    def note(msg: str) -> None:
        err.write(f"server.py: {msg}\n")
        err.flush()

    def console_tail(n: int = 30) -> str:
        try:
            with open(console_log, errors="replace") as f:
                return "".join(f.readlines()[-n:])
        except OSError:
            return ""

    srv = None
    rc = 0
    try:
        import arcadedb_embedded as arcadedb

        bolt_port = args.port or free_port()
        http_port = args.http_port or free_port()
        srv = arcadedb.create_server(
            os.path.join(work, "databases"),
            root_password=args.password,
            config={
                "host": "127.0.0.1",
                "http_port": http_port,
                "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
                "bolt_port": bolt_port,
                "bolt_host": "127.0.0.1",
            },
        )
        srv.start()
        # The JVM installs its own SIGTERM/SIGINT handlers when it starts and swallows SIGTERM
        # (seen: a SIGTERM was ignored until --max-seconds ran out): take them back.
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        srv.create_database(args.db)
        deadline = time.monotonic() + 60
        while not bolt_handshake_ok(bolt_port):
            if time.monotonic() > deadline or stop.is_set():
                raise RuntimeError(f"Bolt port {bolt_port} did not answer a handshake in 60 s")
            time.sleep(0.1)
        note(f"started in {time.monotonic() - t0:.1f}s (bolt {bolt_port}, http {http_port}), work dir {work}")
        out.write(f"READY bolt://127.0.0.1:{bolt_port} {args.db}\n")
        out.flush()

        if os.environ.get("BOLT_SERVER_STDIN") != "ignore":
            def watch_stdin():
                try:
                    while sys.stdin.buffer.read(65536):
                        pass
                except (OSError, ValueError):
                    pass
                reason["why"] = "stdin closed"
                stop.set()

            threading.Thread(target=watch_stdin, daemon=True).start()

        if not stop.wait(max(0.0, args.max_seconds - (time.monotonic() - t0))):
            reason["why"] = f"--max-seconds {args.max_seconds:g} elapsed"
            rc = 3
        note(f"stopping ({reason['why']})")
    except Exception as e:  # noqa: BLE001 - reported, then exit 1
        note(f"failed to start: {e}\n--- last lines of ArcadeDB's console log ---\n{console_tail()}")
        rc = 1
    finally:
        if srv is not None:
            try:
                t_stop = time.monotonic()
                srv.stop()
                note(f"ArcadeDB stopped in {time.monotonic() - t_stop:.1f}s")
            except Exception as e:  # noqa: BLE001
                note(f"stop failed: {e}")
                rc = rc or 1
        os.chdir("/")
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    # JPype's JVM shutdown can hang on leftover non-daemon threads: the server is stopped and
    # the data dir gone, so leave without waiting for it.
    note(f"exit {rc}")
    os._exit(rc)


if __name__ == "__main__":
    sys.exit(main())
