"""``dialogan serve``: the web app and the HTTP APIs on one port."""
from __future__ import annotations

import argparse
import json
import os
import socket

from ..errors import DialoganError
from .store import KEEP_DAYS, without_password

_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
_WILDCARDS = {"0.0.0.0", "::", ""}
# What a worker process of `dialogan serve --workers N` reads to build its app (set by the parent).
WORKER_SETTINGS = "DIALOGAN_SERVE_WORKER"


def register(subparsers) -> None:
    p = subparsers.add_parser("serve", help="the web app, a REST API and an OpenAI-compatible API",
                              description="Serve the web app (/), the REST API (/api, schema at /docs) and the "
                                          "OpenAI-compatible API (/v1). Conversations are kept in SQLite, or in PostgreSQL "
                                          "(--db postgresql://...), which several server processes can share.")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--db", default="dialogan.db", metavar="PATH|URL",
                   help="where conversations are kept: a SQLite file (default: dialogan.db), or a PostgreSQL URL "
                        "postgresql://user@host/db shared by any number of server processes (needs psycopg)")
    p.add_argument("--checkpoint", metavar="DIR", help="a checkpoint folder (default: the shipped model)")
    p.add_argument("--api-key", default=os.environ.get("DIALOGAN_API_KEY") or None,
                   help="require this key from API clients (default: $DIALOGAN_API_KEY; none when unset)")
    p.add_argument("--threads", type=int, help="CPU threads for the model, per process (default: torch's choice)")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="server processes sharing the port (default: 1). Each holds its own copy of the model "
                        "and batches the turns it receives; conversations live in the database, so any process "
                        "continues any conversation (two turns of one conversation sent at the same moment to "
                        "two processes: one is kept, the other refused with 409). Each batches only its own turns: "
                        "on 2 cores one process carries more (BENCHMARKS.md §16)")
    p.add_argument("--device", default=None, help="cpu or cuda (default: cuda when present)")
    p.add_argument("--allowed-hosts", default="", metavar="NAMES",
                   help="comma-separated host names this server answers to besides the --host address and "
                        "localhost, e.g. the name behind a reverse proxy; any other Host header is refused, "
                        "which stops DNS rebinding ('*': answer to any, not advised)")
    p.add_argument("--keep-days", type=float, default=KEEP_DAYS, metavar="N",
                   help=f"delete conversations untouched for N days, and saved OpenAI thread states N days old, "
                        f"at start and hourly (default: {KEEP_DAYS:g}; 0: keep them for ever)")
    p.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    import uvicorn

    if not 0 < args.port < 65536:
        raise DialoganError(f"--port {args.port} is not a port number (1-65535)")
    if not args.keep_days >= 0:
        raise DialoganError(f"--keep-days {args.keep_days:g} must be 0 (keep for ever) or a number of days")
    if args.workers < 1:
        raise DialoganError(f"--workers {args.workers} must be 1 or more")
    if args.workers > 1 and str(args.db) == ":memory:":
        raise DialoganError("--workers N needs a database the processes share: a SQLite file or a PostgreSQL URL, "
                            "not :memory:")
    allowed = allowed_hosts(args.host, args.allowed_hosts)
    _check_port_free(args.host, args.port)  # before the model loads, not after
    settings = {"checkpoint": args.checkpoint, "db": str(args.db), "device": args.device, "threads": args.threads,
                "keep_days": args.keep_days, "api_key": args.api_key,
                "allowed_hosts": sorted(allowed) if allowed is not None else None}
    # One process loads the model and opens the database first: a bad checkpoint or database fails here, once,
    # and the tables exist before any worker starts.
    service = _service(settings)
    host = f"[{args.host}]" if ":" in args.host else args.host
    shown = "127.0.0.1" if args.host in ("0.0.0.0", "::") else host
    workers = f"; {args.workers} server processes" if args.workers > 1 else ""
    print(f"dialogan: open http://{shown}:{args.port}/ (API docs at /docs, OpenAI-compatible API at /v1; "
          f"conversations in {without_password(args.db)}{'; API key required' if args.api_key else ''}{workers})",
          flush=True)
    if not args.api_key and args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"dialogan: warning: listening on {args.host} without an API key; anyone who can reach this "
              "port can talk to it (set --api-key or DIALOGAN_API_KEY)", flush=True)
    if allowed is not None and args.host not in _LOOPBACK_NAMES:
        print(f"dialogan: answering to the hosts {', '.join(sorted(allowed))} (add others with --allowed-hosts)",
              flush=True)
    if args.workers == 1:
        service.warm_up()
        uvicorn.run(_app(service, settings), host=args.host, port=args.port, log_level="warning")
        return 0
    service.batcher.close()
    service.store.close()
    del service
    # uvicorn binds the port once and starts the workers; each builds its own app from the settings.
    os.environ[WORKER_SETTINGS] = json.dumps(settings)
    uvicorn.run(f"{__name__}:worker_app", factory=True, host=args.host, port=args.port, workers=args.workers,
                log_level="warning")
    return 0


def worker_app():
    """The app of one worker process of ``dialogan serve --workers N`` (uvicorn's factory)."""
    settings = json.loads(os.environ[WORKER_SETTINGS])
    service = _service(settings)
    service.warm_up()
    return _app(service, settings)


def _service(settings: dict):
    """The model and the store the settings name."""
    import torch

    from .service import ChatService

    if settings["threads"]:
        torch.set_num_threads(settings["threads"])
    device = settings["device"] or ("cuda" if torch.cuda.is_available() else "cpu")
    return ChatService.load(settings["checkpoint"], settings["db"], device=device, keep_days=settings["keep_days"])


def _app(service, settings: dict):
    """The whole app over ``service``, with the key and hosts the settings name."""
    from .app import create_app

    allowed = settings["allowed_hosts"]
    return create_app(service, api_key=settings["api_key"], allowed_hosts=set(allowed) if allowed is not None else None)


def allowed_hosts(bind: str, extra: str) -> set[str] | None:
    """The host names a server bound to ``bind`` answers to: that address, localhost and the names in
    ``extra`` (comma-separated); on a wildcard address also this machine's own name and addresses.
    None when ``extra`` is '*' (any host)."""
    names = {n.strip().lower() for n in extra.split(",") if n.strip()}
    if "*" in names:
        return None
    names |= _LOOPBACK_NAMES | {bind.strip("[]").lower()}
    if bind in _WILDCARDS:
        try:  # best effort: a machine without a resolvable name still has localhost and --allowed-hosts
            name = socket.gethostname()
            names |= {name.lower(), socket.getfqdn(name).lower(), *socket.gethostbyname_ex(name)[2]}
        except OSError:
            pass
    return names - _WILDCARDS


def _check_port_free(host: str, port: int) -> None:
    import socket
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            s.bind((host, port))
        except OSError as e:
            raise DialoganError(f"cannot listen on {host}:{port} ({e.strerror}); is another server there? "
                          "choose another --port") from None
